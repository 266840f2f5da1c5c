import { parseRectAddress } from "../core/address";
import type { PlanStep } from "../core/plan";
import { MemoryWorkbook } from "../memory-excel";
import { emptyWorkbook, type SheetModel } from "../memory-excel/model";
import { readXlsx, writeXlsx } from "../memory-excel/xlsx";
import { applyPlan, chunkSteps, splitLargeSteps } from "./applyPlan";

function bigValues(rows: number): PlanStep {
  return {
    kind: "values",
    sheet: "订单",
    address: `A2:B${rows + 1}`,
    values: Array.from({ length: rows }, (_, i) => [`order-${i}`, i]),
  };
}

describe("payload chunks", () => {
  test("a small plan is one chunk", () => {
    const steps: PlanStep[] = [{ kind: "addSheet", sheet: "参数" }, bigValues(10)];
    expect(chunkSteps(steps)).toHaveLength(1);
  });

  test("a large block is cut into row bands under the budget that cover every row once", () => {
    const step = bigValues(5000);
    const budget = 20_000;
    const bands = splitLargeSteps([step], budget);
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands) expect(JSON.stringify(band).length).toBeLessThanOrEqual(budget);
    const rows = bands.flatMap((b) => (b.kind === "values" ? b.values : []));
    expect(rows).toEqual((step as Extract<PlanStep, { kind: "values" }>).values);
    expect(bands[0]!.kind === "values" && bands[0]!.address.startsWith("A2:B")).toBe(true);
    const last = bands[bands.length - 1]!;
    expect(last.kind === "values" && last.address.endsWith(":B5001")).toBe(true);
  });

  test("chunks keep the order of steps and stay under the budget", () => {
    const steps: PlanStep[] = [
      { kind: "addSheet", sheet: "订单" },
      bigValues(3000),
      { kind: "freeze", sheet: "订单", rows: 1, columns: 0 },
    ];
    const chunks = chunkSteps(steps, 20_000);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]![0]!.kind).toBe("addSheet");
    expect(chunks[chunks.length - 1]!.at(-1)!.kind).toBe("freeze");
    for (const chunk of chunks)
      expect(chunk.reduce((n, s) => n + JSON.stringify(s).length + 64, 0)).toBeLessThanOrEqual(20_000);
  });
});

describe("layout steps on memory-excel", () => {
  async function applied(steps: PlanStep[]): Promise<SheetModel> {
    const book = new MemoryWorkbook();
    await book.run((context) => applyPlan(context, { steps: [{ kind: "addSheet", sheet: "单" }, ...steps] }));
    return book.model.sheets.find((s) => s.name === "单")!;
  }

  /** The sheet after a trip through .xlsx. */
  async function throughXlsx(sheet: SheetModel): Promise<SheetModel> {
    const book = emptyWorkbook();
    book.sheets.push(sheet);
    return (await readXlsx(await writeXlsx(book))).sheets[0]!;
  }

  const styleAt = (sheet: SheetModel, address: string) => {
    const { row, col } = parseRectAddress(address)!;
    return sheet.cells[row]?.[col]?.style;
  };

  test("merge keeps the first value and makes one cell of the range", async () => {
    const sheet = await applied([
      { kind: "values", sheet: "单", address: "A1:C1", values: [["送货单", null, null]] },
      { kind: "merge", sheet: "单", address: "A1:C1" },
    ]);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(sheet.cells[0]?.[0]?.value).toBe("送货单");
    expect((await throughXlsx(sheet)).merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
  });

  test("border: the outline on the edges only, inside between cells, one side alone", async () => {
    const sheet = await applied([
      { kind: "border", sheet: "单", address: "A1:B2", edges: ["outline"], weight: "Medium" },
      { kind: "border", sheet: "单", address: "A1:B2", edges: ["inside"], weight: "Thin", style: "Dot" },
      { kind: "border", sheet: "单", address: "D4:E4", edges: ["bottom"], weight: "Thin" },
    ]);
    const medium = { style: "Continuous", weight: "Medium" };
    const dotted = { style: "Dot", weight: "Thin" };
    expect(styleAt(sheet, "A1")?.borders).toEqual({
      top: medium,
      left: medium,
      right: dotted,
      bottom: dotted,
    });
    expect(styleAt(sheet, "B2")?.borders).toEqual({
      top: dotted,
      left: dotted,
      right: medium,
      bottom: medium,
    });
    expect(styleAt(sheet, "E4")?.borders).toEqual({ bottom: { style: "Continuous", weight: "Thin" } });
    expect(styleAt(sheet, "C3")).toBeUndefined();
    const back = await throughXlsx(sheet);
    for (const cell of ["A1", "B2", "E4"])
      expect(styleAt(back, cell)?.borders).toEqual(styleAt(sheet, cell)?.borders);
  });

  test("alignment sets what it names and leaves the rest", async () => {
    const sheet = await applied([
      { kind: "alignment", sheet: "单", address: "A1:B1", horizontal: "Center", vertical: "Center" },
      { kind: "alignment", sheet: "单", address: "B1", wrap: true },
    ]);
    expect(styleAt(sheet, "A1")?.alignment).toEqual({ horizontal: "Center", vertical: "Center" });
    expect(styleAt(sheet, "B1")?.alignment).toEqual({
      horizontal: "Center",
      vertical: "Center",
      wrapText: true,
    });
    const back = await throughXlsx(sheet);
    expect(styleAt(back, "B1")?.alignment).toEqual({
      horizontal: "Center",
      vertical: "Center",
      wrapText: true,
    });
  });

  test("row height for every row of the range", async () => {
    const sheet = await applied([{ kind: "rowHeight", sheet: "单", address: "A2:A4", height: 27.75 }]);
    expect([...sheet.rowHeights]).toEqual([
      [1, 27.75],
      [2, 27.75],
      [3, 27.75],
    ]);
    expect([...(await throughXlsx(sheet)).rowHeights]).toEqual([...sheet.rowHeights]);
  });

  test("activate brings the sheet to the front; insertDown moves what is there down", async () => {
    const book = new MemoryWorkbook();
    await book.run((context) =>
      applyPlan(context, {
        steps: [
          { kind: "addSheet", sheet: "甲" },
          { kind: "values", sheet: "甲", address: "A1:A2", values: [["上"], ["下"]] },
          { kind: "insertDown", sheet: "甲", address: "A1" },
          { kind: "addSheet", sheet: "乙" },
          { kind: "activate", sheet: "甲" },
        ],
      }),
    );
    const sheet = book.model.sheets.find((s) => s.name === "甲")!;
    expect(book.model.activeSheetId).toBe(sheet.id);
    expect([sheet.cells[0]?.[0]?.value, sheet.cells[1]?.[0]?.value, sheet.cells[2]?.[0]?.value]).toEqual([
      undefined,
      "上",
      "下",
    ]);
  });

  test("gridlines hide", async () => {
    const sheet = await applied([{ kind: "gridlines", sheet: "单", show: false }]);
    expect(sheet.gridlines).toBe(false);
    expect((await throughXlsx(sheet)).gridlines).toBe(false);
  });

  test("page setup: paper, orientation, fit to one page wide, margins, centring, print area and titles", async () => {
    const margins = { top: 36, bottom: 36, left: 21.6, right: 21.6, header: 14.4, footer: 14.4 };
    const sheet = await applied([
      { kind: "values", sheet: "单", address: "A1", values: [["x"]] },
      {
        kind: "pageSetup",
        sheet: "单",
        orientation: "Landscape",
        paperSize: "A5",
        fitToPagesWide: 1,
        fitToPagesTall: 0,
        margins,
        centerHorizontally: true,
        printArea: "A1:M40",
        printTitleRows: "$1:$9",
      },
    ]);
    const expected = {
      orientation: "Landscape",
      paperSize: "A5",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      margins,
      centerHorizontally: true,
      printArea: { row: 0, col: 0, rows: 40, cols: 13 },
      printTitleRows: { first: 0, last: 8 },
    };
    expect(sheet.pageLayout).toEqual(expected);
    expect((await throughXlsx(sheet)).pageLayout).toEqual(expected);
  });

  test("page setup without margins, centring or titles leaves Excel's defaults", async () => {
    const sheet = await applied([
      {
        kind: "pageSetup",
        sheet: "单",
        orientation: "Portrait",
        paperSize: "A4",
        fitToPagesWide: 1,
        fitToPagesTall: 1,
        printArea: "B2:C3",
      },
    ]);
    expect(sheet.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      printArea: { row: 1, col: 1, rows: 2, cols: 2 },
    });
  });

  test("a merge over a table is refused by the host and leaves no merge", async () => {
    const book = new MemoryWorkbook();
    await book.run((context) =>
      applyPlan(context, {
        steps: [
          { kind: "addSheet", sheet: "单" },
          {
            kind: "values",
            sheet: "单",
            address: "A1:B2",
            values: [
              ["a", "b"],
              [1, 2],
            ],
          },
          { kind: "addTable", sheet: "单", address: "A1:B2", table: "T", style: "TableStyleLight1" },
        ],
      }),
    );
    await expect(
      book.run((context) =>
        applyPlan(context, { steps: [{ kind: "merge", sheet: "单", address: "A1:B1" }] }),
      ),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(book.model.sheets.find((s) => s.name === "单")!.merges).toEqual([]);
  });
});
