import type { PlanStep } from "../plan";
import { serial } from "../testing/factories";
import { MARGINS, SheetBuilder, TEXT_SIZE, periodTag, unusedSheetName } from "./sheetBuilder";

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

describe("SheetBuilder.steps orientation", () => {
  it("prints A4 landscape when asked, for a wide table; A5 stays landscape", () => {
    expect(builder().steps({ paper: "A4", titleRows: 1, orientation: "Landscape" }).at(-1)).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
    });
    expect(builder().steps({ paper: "A5", titleRows: 1, orientation: "Landscape" }).at(-1)).toMatchObject({
      orientation: "Landscape",
      paperSize: "A5",
    });
  });
});

describe("periodTag", () => {
  it.each([
    ["2026-10-01", "2026-10-31", "2026-10"],
    ["2024-02-01", "2024-02-29", "2024-02"],
    ["2026-01-01", "2026-12-31", "2026"],
    ["2026-10-01", "2026-11-30", "1001-1130"],
    ["2026-10-02", "2026-10-31", "1002-1031"],
    ["2026-10-01", "2026-10-01", "1001-1001"],
    ["2026-12-15", "2027-01-14", "20261215-20270114"],
  ])("%s to %s is %s", (from, to, tag) => {
    expect(periodTag(serial(from), serial(to))).toBe(tag);
  });

  it("refuses reversed periods and what is not a whole date", () => {
    expect(() => periodTag(serial("2026-10-02"), serial("2026-10-01"))).toThrow(RangeError);
    expect(() => periodTag(serial("2026-10-01") + 0.25, serial("2026-10-31"))).toThrow(RangeError);
    expect(() => periodTag(0, serial("2026-10-31"))).toThrow(RangeError);
  });
});

describe("unusedSheetName", () => {
  const name = (suffix: string): string => `Doc${suffix}`;

  it("is the name itself when free, else the first free version, compared without regard to case", () => {
    expect(unusedSheetName(name, [])).toBe("Doc");
    expect(unusedSheetName(name, ["doc"])).toBe("Doc (2)");
    expect(unusedSheetName(name, ["DOC", "doc (2)", "Doc (4)"])).toBe("Doc (3)");
  });

  it("hands the suffix over, so a long name can make room for it", () => {
    const long = (suffix: string): string => "x".repeat(31 - suffix.length) + suffix;
    expect(unusedSheetName(long, [long("")])).toBe(`${"x".repeat(27)} (2)`);
  });
});
