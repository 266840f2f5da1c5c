/**
 * The statement sheet as a spreadsheet gets it: the plan applied through excel/ on memory-excel
 * with HyperFormula computing its formulas, exported to .xlsx and read back, and recalculated by
 * LibreOffice. Its running balances, SUMs and 本期结欠 must compute the statement's own numbers,
 * and a corrected figure must carry through.
 *
 * With GENDAN_STATEMENT_PREVIEW=<dir> the test also leaves statements as PDF and PNG there.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Fen, fenToNumber } from "../../src/core/money";
import type { CellConstant } from "../../src/core/plan";
import { serial } from "../../src/core/testing/factories";
import { makeEntry, makeStatement } from "../../src/core/testing/statementFixtures";
import { statementSheetName, statementSheetPlan } from "../../src/core/statements/layout";
import type { Statement } from "../../src/core/statements/statement";
import { applyPlan } from "../../src/excel/applyPlan";
import { MemoryWorkbook, type SheetModel, type WorkbookModel } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";
import { readXlsx, writeXlsx } from "../../src/memory-excel/xlsx";
import { libreOfficePdf, libreOfficeRuns, libreOfficeSheets, pdfPageCount } from "../support/libreOffice";

const COMPANY = {
  name: "宁波恒信日用品有限公司",
  address: "宁波市鄞州区工业路 8 号",
  phone: "0574-8888 1234",
};

/** Two months of a customer with items, a return, payments and text that looks like a formula. */
function busyStatement(overrides: Partial<Statement> = {}): Statement {
  return makeStatement({
    customer: { ...makeStatement().customer, name: "=1+1" },
    opening: 1_234_567 as Fen,
    entries: [
      makeEntry({ date: serial("2026-10-08"), amount: 333_333 as Fen }),
      makeEntry({ date: serial("2026-10-09"), reference: "SH20261009-01", amount: 10 as Fen }),
      makeEntry({
        kind: "return",
        date: serial("2026-10-12"),
        reference: "TH20261012-01",
        amount: -20 as Fen,
      }),
      makeEntry({
        kind: "payment",
        date: serial("2026-10-15"),
        reference: "=SUM(A1:A3)",
        amount: 1_000_001 as Fen,
      }),
      makeEntry({ date: serial("2026-10-20"), reference: "SH20261020-01", amount: 70 as Fen }),
      makeEntry({ kind: "payment", date: serial("2026-10-30"), reference: "现金", amount: 567_959 as Fen }),
    ],
    ...overrides,
  });
}

function linesStatement(): Statement {
  return makeStatement({
    detail: "lines",
    entries: [
      makeEntry({
        itemNo: "A-100",
        name: "不锈钢保温杯",
        quantity: 120,
        price: 1250 as Fen,
        amount: 150_000 as Fen,
      }),
      makeEntry({
        itemNo: "B-200",
        name: "玻璃水杯",
        quantity: 48,
        price: 625 as Fen,
        amount: 30_000 as Fen,
      }),
      makeEntry({
        kind: "return",
        date: serial("2026-10-20"),
        reference: "TH20261020-01",
        itemNo: "A-100",
        name: "不锈钢保温杯",
        quantity: -10,
        price: 1250 as Fen,
        amount: -12_500 as Fen,
      }),
      makeEntry({
        kind: "payment",
        date: serial("2026-10-25"),
        reference: "银行转账",
        amount: 100_000 as Fen,
      }),
    ],
  });
}

async function bookWith(
  statement: Statement,
  engine = true,
): Promise<{ book: MemoryWorkbook; name: string }> {
  const book = new MemoryWorkbook(engine ? { engine: new HyperFormulaEngine() } : {});
  const name = statementSheetName(statement.customer.name, statement.from, statement.to, ["Sheet1"]);
  const plan = statementSheetPlan(statement, name, COMPANY);
  await book.run((context) => applyPlan(context, { steps: plan.steps }));
  return { book, name };
}

function sheetNamed(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Range.values of the sheet from A1 to the end of its used range. */
async function usedValues(book: MemoryWorkbook, name: string): Promise<CellConstant[][]> {
  return book.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true));
    used.load("values");
    await context.sync();
    return used.values as CellConstant[][];
  });
}

/** The figures a statement sheet shows, found by their labels in Range.values (or CSV text). */
interface Figures {
  balances: number[];
  deliveries: number;
  returns: number;
  payments: number;
  closing: number;
  summary: number[];
}

function figures(rows: readonly (readonly CellConstant[])[], statement: Statement): Figures {
  const plan = statementSheetPlan(statement, "x", COMPANY);
  const number = (v: CellConstant | undefined): number => {
    const n = typeof v === "number" ? v : Number(v);
    if (v === "" || v === null || v === undefined || Number.isNaN(n))
      throw new Error(`not a number: ${String(v)}`);
    return n;
  };
  const header = rows[plan.entriesStart - 3]!;
  const col = (text: string): number => header.indexOf(text);
  const balance = col("余额");
  const totals = rows[plan.entriesEnd]!;
  const summaryStart = rows.findIndex((r) => r[0] === "上期结欠：");
  const summaryCol = rows[summaryStart]!.findIndex((v, c) => c > 0 && v !== "" && v !== null);
  return {
    balances: rows.slice(plan.entriesStart - 1, plan.entriesEnd).map((r) => number(r[balance])),
    deliveries: number(totals[col("送货金额")]),
    returns: number(totals[col("退货金额")]),
    payments: number(totals[col("收款金额")]),
    closing: number(totals[balance]),
    summary: rows.slice(summaryStart, summaryStart + 5).map((r) => number(r[summaryCol])),
  };
}

/** What the figures must be: the statement's own numbers. */
function expectFigures(actual: Figures, statement: Statement): void {
  expect(actual.balances).toHaveLength(statement.entries.length);
  actual.balances.forEach((b, i) => expect(b).toBeCloseTo(fenToNumber(statement.entries[i]!.balance), 9));
  expect(actual.deliveries).toBeCloseTo(fenToNumber(statement.deliveries), 9);
  expect(actual.returns).toBeCloseTo(fenToNumber(statement.returns), 9);
  expect(actual.payments).toBeCloseTo(fenToNumber(statement.payments), 9);
  expect(actual.closing).toBeCloseTo(fenToNumber(statement.closing), 9);
  const summary = [
    statement.opening,
    statement.deliveries,
    statement.returns,
    statement.payments,
    statement.closing,
  ];
  actual.summary.forEach((v, i) => expect(v).toBeCloseTo(fenToNumber(summary[i]!), 9));
}

describe("a statement sheet on memory-excel, computed by HyperFormula", () => {
  test("one sync writes it; balances, SUMs, 本期结欠 and the summary compute the statement's numbers", async () => {
    const statement = busyStatement();
    const { book, name } = await bookWith(statement);
    expect(book.syncLog).toHaveLength(1);
    expect(name).toBe("对账单 =1+1 2026-10");
    expectFigures(figures(await usedValues(book, name), statement), statement);
    // Worked by hand: 12,345.67 + 3,333.33 + 0.10 − 0.20 − 10,000.01 + 0.70 − 5,679.59 = 0.00.
    expect(statement.closing).toBe(0);
  });

  test("text that looks like a formula stays text; only the plan's cells hold formulas", async () => {
    const statement = busyStatement();
    const { book, name } = await bookWith(statement);
    const sheet = sheetNamed(book.model, name);
    const cells = sheet.cells.flat();
    expect(cells.find((c) => c?.value === "=1+1")).toBeDefined();
    expect(cells.find((c) => c?.value === "=SUM(A1:A3)")).toBeDefined();
    const formulas = cells.filter((c) => c?.formula !== undefined).length;
    // One balance per entry, four totals, five summary lines.
    expect(formulas).toBe(statement.entries.length + 4 + 5);
  });

  test("a corrected delivery amount carries through the balances, the SUMs and 本期结欠", async () => {
    const statement = makeStatement();
    const { book, name } = await bookWith(statement);
    const plan = statementSheetPlan(statement, name, COMPANY);
    // The first delivery was 1,500.00; the customer's records say 1,450.00.
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(name).getRange(`D${plan.entriesStart}`).values = [[1450]];
      await context.sync();
    });
    const corrected = makeStatement({
      entries: makeStatement().entries.map((e, i) => (i === 0 ? { ...e, amount: 145_000 as Fen } : e)),
    });
    expectFigures(figures(await usedValues(book, name), statement), corrected);
  });

  test("with item lines, and in a quiet period with only 上期结欠", async () => {
    for (const statement of [linesStatement(), makeStatement({ entries: [], opening: 98_765 as Fen })]) {
      const { book, name } = await bookWith(statement);
      expectFigures(figures(await usedValues(book, name), statement), statement);
    }
  });

  test("a second statement for the same customer and period goes to a new sheet", async () => {
    const statement = makeStatement();
    const { book, name } = await bookWith(statement);
    const names = await book.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    const second = statementSheetName(statement.customer.name, statement.from, statement.to, names);
    expect(second).toBe(`${name} (2)`);
    await book.run((context) =>
      applyPlan(context, { steps: statementSheetPlan(statement, second, COMPANY).steps }),
    );
    expectFigures(figures(await usedValues(book, second), statement), statement);
  });

  test("the .xlsx keeps formulas, merges, heights, widths, page setup, print area and titles", async () => {
    const statement = busyStatement();
    const { book, name } = await bookWith(statement);
    const before = sheetNamed(book.model, name);
    const back = sheetNamed(await readXlsx(await writeXlsx(book.model)), name);
    expect(back.merges).toEqual(expect.arrayContaining(before.merges));
    expect(back.merges).toHaveLength(before.merges.length);
    expect(back.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      centerHorizontally: true,
      printArea: before.pageLayout.printArea,
      printTitleRows: before.pageLayout.printTitleRows,
      margins: before.pageLayout.margins,
    });
    const plan = statementSheetPlan(statement, name, COMPANY);
    expect(before.pageLayout.printTitleRows).toEqual({ first: 0, last: plan.entriesStart - 3 });
    expect(back.gridlines).toBe(false);
    expect([...back.rowHeights]).toEqual([...before.rowHeights]);
    for (const [col, width] of before.columnWidths) expect(back.columnWidths.get(col)).toBeCloseTo(width, 0);
    const firstBalance = back.cells[plan.entriesStart - 1]?.[6];
    expect(firstBalance?.formula).toBe(before.cells[plan.entriesStart - 1]?.[6]?.formula);
    expect(firstBalance?.style?.numberFormat).toBe("#,##0.00");
    expect(back.cells[plan.entriesStart - 1]?.[0]?.style?.numberFormat).toBe("yyyy-mm-dd");
  });
});

/** The statement alone in a workbook (LibreOffice prints every sheet), formulas without cached results. */
async function statementFile(statement: Statement): Promise<{ xlsx: Uint8Array; name: string }> {
  // No engine: the file carries no computed results, so what LibreOffice shows it computed itself.
  const { book, name } = await bookWith(statement, false);
  const model = book.model;
  model.sheets = model.sheets.filter((s) => s.name === name);
  model.activeSheetId = model.sheets[0]?.id;
  return { xlsx: await writeXlsx(model), name };
}

(libreOfficeRuns ? describe : describe.skip)("LibreOffice recalculates the statement", () => {
  test("balances and totals equal the statement's numbers; text prints as written", async () => {
    for (const statement of [busyStatement(), linesStatement()]) {
      const { xlsx, name } = await statementFile(statement);
      const rows = libreOfficeSheets(xlsx, { alwaysRecalculate: true }).get(name);
      expect(rows).toBeDefined();
      expectFigures(figures(rows!, statement), statement);
      const cells = rows!.flat();
      for (const text of [
        "对账单",
        "上期结欠",
        "本期合计",
        "2026-10-01 至 2026-10-31",
        "以上账目核对无误。",
      ]) {
        expect(cells).toContain(text);
      }
      expect(cells).toContain("2026-10-08");
    }
    const busy = libreOfficeSheets((await statementFile(busyStatement())).xlsx, { alwaysRecalculate: true });
    const cells = [...busy.values()][0]!.flat();
    expect(cells).toContain("=1+1");
    expect(cells).toContain("=SUM(A1:A3)");
    expect(cells).toContain("零元整");
  }, 120_000);

  test("a month's statement prints on one A4 page; 80 entries take several, the header repeated", async () => {
    expect(pdfPageCount(libreOfficePdf((await statementFile(makeStatement())).xlsx))).toBe(1);
    const entries = Array.from({ length: 80 }, (_, i) =>
      makeEntry({
        date: serial("2026-10-01") + (i % 31),
        reference: `SH202610${String((i % 31) + 1).padStart(2, "0")}-01`,
      }),
    );
    const pages = pdfPageCount(libreOfficePdf((await statementFile(makeStatement({ entries }))).xlsx));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
  }, 120_000);

  const preview = process.env.GENDAN_STATEMENT_PREVIEW;
  (preview ? test : test.skip)(
    "leaves previews to look at",
    async () => {
      const dir = preview!;
      const previews: [string, Statement][] = [
        ["statement-preview", makeStatement()],
        ["statement-preview-lines", linesStatement()],
        [
          "statement-preview-en",
          makeStatement({
            lang: "en",
            customer: { ...makeStatement().customer, name: "Acme Trading LLC", currency: "USD" },
          }),
        ],
        ["statement-preview-quiet", makeStatement({ entries: [] })],
      ];
      for (const [file, statement] of previews) {
        const pdf = join(dir, `${file}.pdf`);
        writeFileSync(pdf, libreOfficePdf((await statementFile(statement)).xlsx));
        spawnSync("gs", [
          "-q",
          "-sDEVICE=png16m",
          "-r110",
          "-dFirstPage=1",
          "-dLastPage=1",
          "-o",
          join(dir, `${file}.png`),
          pdf,
        ]);
      }
    },
    300_000,
  );
});
