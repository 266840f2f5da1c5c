import { parseRectAddress } from "../core/address";
import type { PlanStep } from "../core/plan";
import { MemoryWorkbook } from "../memory-excel";
import { emptyWorkbook, type SheetModel } from "../memory-excel/model";
import { readXlsx, writeXlsx } from "../memory-excel/xlsx";
import { applyPlan, chunkSteps, PAYLOAD_BUDGET_BYTES, requestBytes } from "./applyPlan";

function bigValues(rows: number): PlanStep {
  return {
    kind: "values",
    sheet: "订单",
    address: `A2:B${rows + 1}`,
    values: Array.from({ length: rows }, (_, i) => [`order-${i}`, i]),
  };
}

type Block = Extract<PlanStep, { kind: "values" | "formulas" | "numberFormat" }>;

/** Every block step of the chunks, in order. */
const blocksOf = (chunks: PlanStep[][]) =>
  chunks.flat().filter((s): s is Block => ["values", "formulas", "numberFormat"].includes(s.kind));

describe("payload chunks", () => {
  test("a small plan is one chunk", () => {
    const steps: PlanStep[] = [{ kind: "addSheet", sheet: "参数" }, bigValues(10)];
    expect(chunkSteps(steps)).toHaveLength(1);
  });

  test("a large block is cut into row bands under the budget that cover every row once", () => {
    const step = bigValues(5000);
    const budget = 20_000;
    const chunks = chunkSteps([step], budget);
    expect(chunks.length).toBeGreaterThan(1);
    for (const bytes of requestBytes(chunks)) expect(bytes).toBeLessThanOrEqual(budget);
    const bands = blocksOf(chunks);
    const rows = bands.flatMap((b) => (b.kind === "values" ? b.values : []));
    expect(rows).toEqual((step as Extract<PlanStep, { kind: "values" }>).values);
    expect(bands[0]!.address.startsWith("A2:B")).toBe(true);
    expect(bands.at(-1)!.address.endsWith(":B5001")).toBe(true);
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
    expect(chunks.at(-1)!.at(-1)!.kind).toBe("freeze");
    for (const bytes of requestBytes(chunks)) expect(bytes).toBeLessThanOrEqual(20_000);
  });

  test("a number format is counted filled out to its range and cut into bands that tile it", () => {
    const step: PlanStep = { kind: "numberFormat", sheet: "订单", address: "N2:O100001", format: "#,##0.00" };
    // As written the step is a few dozen bytes; as sent, 2 × 100,000 formats of 10 bytes and more.
    expect(requestBytes([[step]])[0]).toBeGreaterThan(2_000_000);
    const chunks = chunkSteps([step]);
    expect(chunks).toHaveLength(3);
    for (const bytes of requestBytes(chunks)) expect(bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    const bands = blocksOf(chunks).map((b) => parseRectAddress(b.address)!);
    expect(bands[0]).toMatchObject({ row: 1, col: 13, cols: 2 });
    bands.slice(1).forEach((band, i) => expect(band.row).toBe(bands[i]!.row + bands[i]!.rows));
    expect(bands.reduce((n, b) => n + b.rows, 0)).toBe(100_000);
    expect(blocksOf(chunks).every((b) => b.kind === "numberFormat" && b.format === "#,##0.00")).toBe(true);
  });

  test("a block that does not fit the request under way fills it and goes on in the next", () => {
    const values = bigValues(3000);
    const formats = (col: string): PlanStep => ({
      kind: "numberFormat",
      sheet: "订单",
      address: `${col}2:${col}3001`,
      format: "0",
    });
    const steps: PlanStep[] = [{ kind: "addSheet", sheet: "订单" }, formats("A"), values, formats("C")];
    // The values fit a request alone but not after the first formats: sent whole, three requests.
    const budget = requestBytes([[values]])[0]! + 1_000;
    expect(requestBytes([steps.slice(0, 3)])[0]).toBeGreaterThan(budget);
    expect(requestBytes([steps])[0]).toBeLessThan(2 * budget);
    const chunks = chunkSteps(steps, budget);
    expect(chunks).toHaveLength(2);
    for (const bytes of requestBytes(chunks)) expect(bytes).toBeLessThanOrEqual(budget);
    expect(blocksOf(chunks).map((b) => b.address)).toEqual([
      "A2:A3001",
      expect.stringMatching(/^A2:B\d+$/),
      expect.stringMatching(/^A\d+:B3001$/),
      "C2:C3001",
    ]);
  });

  test("a single row larger than the budget goes alone", () => {
    const wide: PlanStep = {
      kind: "values",
      sheet: "订单",
      address: "A1:A3",
      values: [["x".repeat(300)], ["y".repeat(300)], ["z"]],
    };
    const chunks = chunkSteps([{ kind: "addSheet", sheet: "订单" }, wide], 250);
    expect(blocksOf(chunks).map((b) => b.address)).toEqual(["A1", "A2", "A3"]);
    expect(chunks.map((c) => c.length)).toEqual([1, 1, 1, 1]);
  });

  test("each sheet is looked up once per plan, in the first request that needs it", () => {
    const fill = (address: string): PlanStep => ({ kind: "fill", sheet: "订单", address, color: "#FFFF00" });
    const [first, second] = requestBytes([[fill("A1")], [fill("A1")]]);
    expect(first).toBeGreaterThan(second!);
    expect(requestBytes([[{ kind: "addSheet", sheet: "订单" }, fill("A1")]])[0]).toBe(
      requestBytes([[{ kind: "addSheet", sheet: "订单" }]])[0]! + second!,
    );
  });
});

/** One step of every kind, over long ranges where a range is taken, on sheet 单 (see `prepared`). */
const SAMPLES: Record<PlanStep["kind"], PlanStep[]> = {
  addSheet: [{ kind: "addSheet", sheet: "新表", tabColor: "#FF0000" }],
  values: [
    {
      kind: "values",
      sheet: "单",
      address: "A2:C20001",
      // Text that would parse as a formula or a number goes out with an apostrophe, blanks as "".
      values: Array.from({ length: 20_000 }, (_, i) => [`=客户${i}`, i % 2 ? null : `00${i}`, 1.25 * i]),
    },
  ],
  formulas: [
    {
      kind: "formulas",
      sheet: "单",
      address: "D2:D10001",
      formulas: Array.from({ length: 10_000 }, () => ['=IFERROR(INDEX(单!$C:$C,MATCH("甲",单!$A:$A,0)),"")']),
    },
  ],
  numberFormat: [
    { kind: "numberFormat", sheet: "单", address: "B2:C30001", format: "#,##0.00" },
    { kind: "numberFormat", sheet: "单", address: "E2", format: "yyyy-mm-dd" },
  ],
  font: [{ kind: "font", sheet: "单", address: "A1:A100000", bold: true, color: "#333333", size: 12 }],
  fill: [{ kind: "fill", sheet: "单", address: "A2:A100000", color: "#DDEBF7" }],
  addTable: [{ kind: "addTable", sheet: "单", address: "H1:I2", table: "样表", style: "TableStyleMedium2" }],
  addName: [{ kind: "addName", name: "样名", reference: "=单!$A$1", comment: "说明" }],
  columnWidth: [{ kind: "columnWidth", sheet: "单", address: "A1:Z1", width: 84 }],
  freeze: [
    { kind: "freeze", sheet: "单", rows: 1, columns: 0 },
    { kind: "freeze", sheet: "单", rows: 2, columns: 1 },
  ],
  addTableColumn: [{ kind: "addTableColumn", table: "已有表", header: "订单总额" }],
  merge: [{ kind: "merge", sheet: "单", address: "K1:M1" }],
  border: [
    { kind: "border", sheet: "单", address: "A2:B100000", edges: ["outline", "inside"], weight: "Thin" },
    { kind: "border", sheet: "单", address: "A5:F5", edges: ["bottom"], weight: "Medium", style: "Double" },
  ],
  alignment: [
    {
      kind: "alignment",
      sheet: "单",
      address: "A2:A100000",
      horizontal: "Center",
      vertical: "Top",
      wrap: true,
    },
  ],
  rowHeight: [{ kind: "rowHeight", sheet: "单", address: "A2:A100000", height: 27.75 }],
  insertDown: [{ kind: "insertDown", sheet: "单", address: "P2:Q3" }],
  activate: [{ kind: "activate", sheet: "单" }],
  gridlines: [{ kind: "gridlines", sheet: "单", show: false }],
  pageSetup: [
    {
      kind: "pageSetup",
      sheet: "单",
      orientation: "Landscape",
      paperSize: "A5",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      margins: { top: 36, bottom: 36, left: 21.6, right: 21.6, header: 14.4, footer: 14.4 },
      centerHorizontally: true,
      printArea: "A1:M40",
      printTitleRows: "$1:$9",
    },
  ],
  validation: [
    {
      kind: "validation",
      sheet: "单",
      address: "K2:K100000",
      rule: { kind: "list", source: "=LIST_CUSTOMERS" },
      prompt: { title: "客户", message: "从客户表中选择" },
      error: { title: "客户", message: "客户表中没有这个客户" },
    },
  ],
  conditionalFormat: [
    {
      kind: "conditionalFormat",
      sheet: "单",
      address: "A2:Z100000",
      formula: '=AND($W2="逾期",$V2>0)',
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
  ],
  chart: [
    {
      kind: "chart",
      sheet: "单",
      chartType: "BarClustered",
      title: "应收账款",
      seriesName: "结欠",
      categories: "S2:S4",
      values: "T2:T4",
      position: "V2:AB20",
    },
  ],
};

/** A workbook with sheet 单 holding what the samples act on: a table 已有表 and a chart's data. */
async function prepared(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await book.run((context) =>
    applyPlan(context, {
      steps: [
        { kind: "addSheet", sheet: "单" },
        {
          kind: "values",
          sheet: "单",
          address: "S1:T4",
          values: [
            ["客户", "结欠"],
            ["甲", 1],
            ["乙", 2],
            ["丙", 3],
          ],
        },
        { kind: "addTable", sheet: "单", address: "S1:T4", table: "已有表", style: "TableStyleLight1" },
      ],
    }),
  );
  book.resetSyncLog();
  return book;
}

describe("request bytes as memory-excel counts them", () => {
  test.each(
    Object.values(SAMPLES)
      .flat()
      .map((step) => [step.kind, step] as const),
  )("%s: the estimate covers what is sent, however long the range", async (_kind, step) => {
    const book = await prepared();
    const chunks = chunkSteps([step]);
    expect(chunks).toHaveLength(1);
    await book.run((context) => applyPlan(context, { steps: [step] }));
    expect(book.syncLog).toHaveLength(1);
    const sent = book.syncLog[0]!.requestBytes;
    const estimate = requestBytes(chunks)[0]!;
    expect(estimate).toBeGreaterThanOrEqual(sent);
    // Not so far above it that plans of many small steps take needless requests.
    expect(estimate).toBeLessThanOrEqual(Math.max(2.5 * sent, sent + 1_000));
  });

  test("blocks of cells are estimated within 1 % of what is sent", async () => {
    const blocks = [...SAMPLES.values, ...SAMPLES.formulas, SAMPLES.numberFormat[0]!];
    for (const step of blocks) {
      const book = await prepared();
      await book.run((context) => applyPlan(context, { steps: [step] }));
      const sent = book.syncLog[0]!.requestBytes;
      expect(requestBytes([[step]])[0]! / sent).toBeLessThan(1.01);
    }
  });
});

describe("long columns under the payload budget", () => {
  const ROWS = 100_000;
  const body = (col: string) => `${col}2:${col}${ROWS + 1}`;
  // What setup writes for columns of a 100,000-line 订单 table, and a long block of formulas.
  const steps: PlanStep[] = [
    { kind: "values", sheet: "单", address: "A1:C1", values: [["数量", "订单总额", "订单已收"]] },
    { kind: "numberFormat", sheet: "单", address: `B2:C${ROWS + 1}`, format: "#,##0.00" },
    { kind: "numberFormat", sheet: "单", address: body("D"), format: "yyyy-mm-dd" },
    SAMPLES.validation[0]!,
    SAMPLES.conditionalFormat[0]!,
    {
      kind: "formulas",
      sheet: "单",
      address: "E2:E30001",
      formulas: Array.from({ length: 30_000 }, (_, i) => [`=IFERROR(B${i + 2}-C${i + 2},"")`]),
    },
  ];

  test("a 100,000-row number format goes out in requests under the budget, formatting what one write would", async () => {
    const book = await prepared();
    await book.run((context) => applyPlan(context, { steps }));
    expect(book.syncLog.length).toBeGreaterThan(1);
    for (const sync of book.syncLog) expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(book.syncLog.length).toBe(chunkSteps(steps).length);

    // The same cells written in one request per step, each block whole (under Excel's 5 MB limit).
    const whole = await prepared();
    for (const step of steps) {
      await whole.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("单");
        if (step.kind === "numberFormat") {
          const { rows, cols } = parseRectAddress(step.address)!;
          sheet.getRange(step.address).numberFormat = Array.from({ length: rows }, () =>
            Array.from({ length: cols }, () => step.format),
          );
        } else if (step.kind === "formulas") {
          sheet.getRange(step.address).formulas = step.formulas;
        } else {
          await applyPlan(context, { steps: [step] });
        }
      });
    }
    expect(whole.syncLog.some((s) => s.requestBytes > PAYLOAD_BUDGET_BYTES)).toBe(true);
    const sheet = (b: MemoryWorkbook) => b.model.sheets.find((s) => s.name === "单")!;
    expect(sheet(book).cells).toEqual(sheet(whole).cells);
    expect(sheet(book).dataValidations).toEqual(sheet(whole).dataValidations);
    expect(sheet(book).conditionalFormats).toEqual(sheet(whole).conditionalFormats);

    const at = (address: string) => {
      const { row, col } = parseRectAddress(address)!;
      return sheet(book).cells[row]?.[col];
    };
    expect(at("B2")?.style?.numberFormat).toBe("#,##0.00");
    expect(at(`C${ROWS + 1}`)?.style?.numberFormat).toBe("#,##0.00");
    expect(at(`B${ROWS + 2}`)?.style?.numberFormat).toBeUndefined();
    expect(at("B1")?.style?.numberFormat).toBeUndefined();
    expect(at(`D${ROWS + 1}`)?.style?.numberFormat).toBe("yyyy-mm-dd");
    expect(at("E30001")?.formula).toBe('=IFERROR(B30001-C30001,"")');
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
