import type { PlanStep } from "../plan";
import { MARGINS, SheetBuilder, TEXT_SIZE } from "./sheetBuilder";

function builder(): SheetBuilder {
  const b = new SheetBuilder("Doc", [30, 40]);
  b.field(b.addRow(20), b.all, "title");
  b.addRow(20);
  b.addRow(18);
  b.font(0, b.all, { bold: true });
  return b;
}

describe("SheetBuilder.steps", () => {
  it("adds the sheet, writes the grid, then the formulas, body size, formats, merges, widths and heights", () => {
    const b = builder();
    const formula: PlanStep = { kind: "formulas", sheet: "Doc", address: "B2", formulas: [["=1+1"]] };
    const steps = b.steps({ paper: "A4", titleRows: 2, formulas: [formula] });
    expect(steps.map((s) => s.kind)).toEqual([
      "addSheet",
      "values",
      "formulas",
      "font",
      "font",
      "merge",
      "columnWidth",
      "columnWidth",
      "rowHeight",
      "rowHeight",
      "gridlines",
      "pageSetup",
    ]);
    expect(steps[1]).toEqual({ kind: "values", sheet: "Doc", address: "A1:B3", values: b.grid });
    expect(steps[3]).toEqual({ kind: "font", sheet: "Doc", address: "A1:B3", size: TEXT_SIZE });
    expect(steps.filter((s) => s.kind === "rowHeight")).toEqual([
      { kind: "rowHeight", sheet: "Doc", address: "A1:A2", height: 20 },
      { kind: "rowHeight", sheet: "Doc", address: "A3:A3", height: 18 },
    ]);
    expect(steps.at(-1)).toEqual({
      kind: "pageSetup",
      sheet: "Doc",
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      margins: MARGINS,
      centerHorizontally: true,
      printArea: "A1:B3",
      printTitleRows: "$1:$2",
    });
  });

  it("prints A5 landscape and writes no formulas when there are none", () => {
    const steps = builder().steps({ paper: "A5", titleRows: 1 });
    expect(steps.some((s) => s.kind === "formulas")).toBe(false);
    expect(steps.at(-1)).toMatchObject({
      orientation: "Landscape",
      paperSize: "A5",
      printTitleRows: "$1:$1",
    });
  });
});
