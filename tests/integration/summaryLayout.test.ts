/**
 * The receivables summary sheet as a spreadsheet gets it: a summary computed by core from a
 * month's 客户, 发货 and 收款, its plan applied through excel/ on memory-excel with HyperFormula
 * computing the formulas, exported to .xlsx and read back, and recalculated by LibreOffice. Each
 * row's 本期结欠 and the SUMIF totals per currency must compute the summary's own numbers, a
 * corrected figure must carry through to its own currency's totals only, and each link must show
 * its statement sheet's name.
 *
 * With GENDAN_SUMMARY_PREVIEW=<dir> the test also leaves summaries as PDF and PNG there.
 */
import { spawnSync } from "node:child_process";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fenToNumber } from "../../src/core/money";
import type { CellConstant, PlanStep } from "../../src/core/plan";
import {
  makeCustomer,
  makePayment,
  makeShipment,
  makeWorkbookData,
  serial,
  type RowValues,
} from "../../src/core/testing/factories";
import { type ReceivablesSummary, receivablesSummary } from "../../src/core/statements/aging";
import { statementSheetName } from "../../src/core/statements/layout";
import { summarySheetName, summarySheetPlan } from "../../src/core/statements/summaryLayout";
import type { Lang } from "../../src/core/problems";
import { applyPlan } from "../../src/excel/applyPlan";
import { parseRectAddress } from "../../src/core/address";
import { MemoryWorkbook, type SheetModel, type WorkbookModel } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";
import { readXlsx, writeXlsx } from "../../src/memory-excel/xlsx";
import {
  libreOfficePdf,
  libreOfficeRecalculated,
  libreOfficeRuns,
  libreOfficeSheets,
} from "../support/libreOffice";

const COMPANY = {
  name: "宁波恒信日用品有限公司",
  address: "宁波市鄞州区工业路 8 号",
  phone: "0574-8888 1234",
};
const NOV_1 = serial("2026-11-01");
const NOV_30 = serial("2026-11-30");
const TODAY = serial("2026-12-02");

/**
 * November 2026, two currencies, cents that add up awkwardly and names that need care:
 * - 华美贸易 (CNY, 月结30天): 1,000.00 at 09-30, 191.00 on 10-05 paid 10-20; 562.16 on 11-03,
 *   25.00 returned 11-10, 300.50 and 100.00 paid.
 * - 宏达 (CNY, 款到发货): 1,000.00 delivered 08-01, 400.00 paid 11-15.
 * - O'Brien Ltd (USD, 货到付款): 2,000.00 期初应收, 500.10 delivered 11-20, 2,000.00 paid 11-25.
 * - =1+1 (CNY): 0.10 and 0.20 delivered, 0.30 paid: owes nothing.
 * - Greenleaf (USD, 月结60天): 300.00 期初应收 and nothing else.
 */
function november(): ReceivablesSummary {
  const customer = (name: string, values: RowValues = {}): RowValues =>
    makeCustomer({ 客户名称: name, 结算方式: "款到发货", ...values });
  const data = makeWorkbookData({
    customers: [
      customer("华美贸易", { 结算方式: "月结30天", 期初应收: 1000, 期初日期: serial("2026-09-30") }),
      customer("宏达"),
      customer("O'Brien Ltd", { 币种: "USD", 结算方式: "货到付款", 期初应收: 2000 }),
      customer("=1+1"),
      customer("Greenleaf", { 币种: "USD", 结算方式: "月结60天", 期初应收: 300 }),
    ],
    shipments: [
      makeShipment({ 单号: "SH20261005-01", 日期: serial("2026-10-05"), 金额: 191 }),
      makeShipment({ 单号: "SH20261103-01", 日期: serial("2026-11-03"), 金额: 562.16 }),
      makeShipment({ 单号: "TH20261110-01", 日期: serial("2026-11-10"), 类型: "退货", 金额: -25 }),
      makeShipment({ 客户: "宏达", 日期: serial("2026-08-01"), 金额: 1000 }),
      makeShipment({ 客户: "O'Brien Ltd", 币种: "USD", 日期: serial("2026-11-20"), 金额: 500.1 }),
      makeShipment({ 客户: "=1+1", 单号: "SH20261102-01", 日期: serial("2026-11-02"), 金额: 0.1 }),
      makeShipment({ 客户: "=1+1", 单号: "SH20261103-02", 日期: serial("2026-11-03"), 金额: 0.2 }),
    ],
    payments: [
      makePayment({ 收款日期: serial("2026-10-20"), 金额: 191 }),
      makePayment({ 收款日期: serial("2026-11-10"), 金额: 300.5 }),
      makePayment({ 收款日期: NOV_30, 金额: 100 }),
      makePayment({ 客户: "宏达", 收款日期: serial("2026-11-15"), 金额: 400 }),
      makePayment({ 客户: "O'Brien Ltd", 币种: "USD", 收款日期: serial("2026-11-25"), 金额: 2000 }),
      makePayment({ 客户: "=1+1", 收款日期: serial("2026-11-05"), 金额: 0.3 }),
    ],
  });
  const { summary, problems } = receivablesSummary(data, NOV_1, NOV_30, TODAY);
  expect(problems).toEqual([]);
  return summary!;
}

/** Statement sheet names for every customer but the last, as the month-end batch would make them. */
function statementLinks(summary: ReceivablesSummary): Map<string, string> {
  const links = new Map<string, string>();
  for (const row of summary.customers.slice(0, -1)) {
    links.set(row.customer, statementSheetName(row.customer, summary.from, summary.to, [...links.values()]));
  }
  return links;
}

function planFor(summary: ReceivablesSummary, lang: Lang = "zh"): ReturnType<typeof summarySheetPlan> {
  const name = summarySheetName(summary.from, summary.to, ["Sheet1"]);
  return summarySheetPlan(summary, name, COMPANY, lang, statementLinks(summary));
}

/** A workbook holding the statement sheets the links go to and the summary. */
async function bookWith(
  summary: ReceivablesSummary,
  engine = true,
): Promise<{ book: MemoryWorkbook; plan: ReturnType<typeof summarySheetPlan> }> {
  const book = new MemoryWorkbook(engine ? { engine: new HyperFormulaEngine() } : {});
  const plan = planFor(summary);
  const statements: PlanStep[] = [...statementLinks(summary).values()].map((sheet) => ({
    kind: "addSheet",
    sheet,
  }));
  await book.run((context) => applyPlan(context, { steps: [...statements, ...plan.steps] }));
  return { book, plan };
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

const number = (v: CellConstant | undefined): number => {
  const n = typeof v === "number" ? v : Number(v);
  if (v === "" || v === null || v === undefined || Number.isNaN(n))
    throw new Error(`not a number: ${String(v)}`);
  return n;
};

/** `$A$8:$A$10` for `A8:A10`. */
function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** Columns of the table, 0-based. */
const CLOSING = 7;
const LINK = 13;

/** What the sheet shows: each row's 本期结欠 and link text, each totals row's currency and figures. */
interface Shown {
  closings: number[];
  links: string[];
  totals: { currency: string; figures: number[] }[];
}

function shown(
  rows: readonly (readonly CellConstant[])[],
  plan: ReturnType<typeof summarySheetPlan>,
  count: number,
): Shown {
  const customerRows = rows.slice(plan.rowsStart - 1, plan.rowsEnd);
  return {
    closings: customerRows.map((r) => number(r[CLOSING])),
    links: customerRows.map((r) => String(r[LINK] ?? "")),
    totals: rows.slice(plan.totalsStart - 1, plan.totalsStart - 1 + count).map((r) => ({
      currency: String(r[1]),
      figures: r.slice(3, 13).map(number),
    })),
  };
}

/** The figures of a totals row as the summary has them, in the sheet's column order. */
function expectedTotals(summary: ReceivablesSummary): { currency: string; figures: number[] }[] {
  return summary.totals.map((t) => ({
    currency: t.currency,
    figures: [
      t.opening,
      t.deliveries,
      t.returns,
      t.payments,
      t.closing,
      t.aging.days0to30,
      t.aging.days31to60,
      t.aging.days61to90,
      t.aging.over90,
      t.overdue,
    ].map(fenToNumber),
  }));
}

/**
 * The customers as the sheet lists them: those of one currency together, currencies as the totals
 * list them (worked out here, not taken from the plan, so that a plan listing them otherwise fails).
 */
function sheetOrder(summary: ReceivablesSummary): ReceivablesSummary["customers"] {
  return summary.totals.flatMap((t) => summary.customers.filter((c) => c.currency === t.currency));
}

function expectShown(actual: Shown, summary: ReceivablesSummary, links: ReadonlyMap<string, string>): void {
  const customers = sheetOrder(summary);
  expect(customers).toHaveLength(summary.customers.length);
  expect(actual.closings).toHaveLength(customers.length);
  actual.closings.forEach((c, i) => expect(c).toBeCloseTo(fenToNumber(customers[i]!.closing), 9));
  expect(actual.links).toEqual(customers.map((r) => links.get(r.customer) ?? ""));
  const expected = expectedTotals(summary);
  expect(actual.totals.map((t) => t.currency)).toEqual(expected.map((t) => t.currency));
  actual.totals.forEach((t, i) =>
    t.figures.forEach((f, j) => expect(f).toBeCloseTo(expected[i]!.figures[j]!, 9)),
  );
}

describe("the fixture", () => {
  test("has two currencies, a customer owing nothing and a statement sheet name with an apostrophe", () => {
    const summary = november();
    expect(summary.customers.map((r) => [r.customer, r.currency, fenToNumber(r.closing)])).toEqual([
      // 1,000 + 562.16 − 25 − 300.50 − 100
      ["华美贸易", "CNY", 1136.66],
      ["宏达", "CNY", 600],
      // 2,000 + 500.10 − 2,000
      ["O'Brien Ltd", "USD", 500.1],
      ["=1+1", "CNY", 0],
      ["Greenleaf", "USD", 300],
    ]);
    expect(summary.totals.map((t) => t.currency)).toEqual(["CNY", "USD"]);
    expect(statementLinks(summary).get("O'Brien Ltd")).toBe("对账单 O'Brien Ltd 2026-11");
  });
});

describe("a summary sheet on memory-excel, computed by HyperFormula", () => {
  test("one sync writes it; 本期结欠 per row and the SUMIF totals per currency are the summary's numbers", async () => {
    const summary = november();
    const { book, plan } = await bookWith(summary);
    expect(book.syncLog).toHaveLength(1);
    expect(plan.sheet).toBe("应收汇总 2026-11");
    expect(plan.customers).toEqual(sheetOrder(summary));
    const rows = await usedValues(book, plan.sheet);
    expectShown(shown(rows, plan, summary.totals.length), summary, statementLinks(summary));
    // Worked by hand: CNY 1,136.66 + 600 + 0; USD 500.10 + 300.
    expect(number(rows[plan.totalsStart - 1]![3 + 4])).toBeCloseTo(1736.66, 9);
    expect(number(rows[plan.totalsStart]![3 + 4])).toBeCloseTo(800.1, 9);
  });

  test("text that looks like a formula stays text; only the plan's cells hold formulas", async () => {
    const summary = november();
    const { book, plan } = await bookWith(summary);
    const cells = sheetNamed(book.model, plan.sheet).cells.flat();
    expect(cells.find((c) => c?.value === "=1+1")).toBeDefined();
    const formulas = cells.filter((c) => c?.formula !== undefined).length;
    // 本期结欠 per customer, a link for all but one, ten figures per totals row.
    const customers = summary.customers.length;
    expect(formulas).toBe(customers + (customers - 1) + 10 * summary.totals.length);
  });

  test("a corrected delivery recomputes its row's 本期结欠 and its own currency's totals only", async () => {
    const summary = november();
    const { book, plan } = await bookWith(summary);
    // 宏达's records say 50.00 was delivered in November, which the workbook lacks.
    const row = plan.rowsStart + 1;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(plan.sheet).getRange(`E${row}`).values = [[50]];
      await context.sync();
    });
    const rows = await usedValues(book, plan.sheet);
    expect(number(rows[row - 1]![CLOSING])).toBeCloseTo(650, 9);
    const [cny, usd] = [rows[plan.totalsStart - 1]!, rows[plan.totalsStart]!];
    // 华美贸易 562.16 and =1+1 0.30 before.
    expect(number(cny[4])).toBeCloseTo(562.16 + 0.3 + 50, 9);
    expect(number(cny[CLOSING])).toBeCloseTo(1736.66 + 50, 9);
    const [, usdTotals] = expectedTotals(summary);
    expect(usd.slice(3, 13).map(number)).toEqual(usdTotals!.figures.map((f) => expect.closeTo(f, 9)));
  });

  test("a second summary of the same period goes to a new sheet", async () => {
    const summary = november();
    const { book, plan } = await bookWith(summary);
    const names = await book.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    const second = summarySheetName(summary.from, summary.to, names);
    expect(second).toBe(`${plan.sheet} (2)`);
    const again = summarySheetPlan(summary, second, COMPANY, "zh", statementLinks(summary));
    await book.run((context) => applyPlan(context, { steps: again.steps }));
    expectShown(
      shown(await usedValues(book, second), again, summary.totals.length),
      summary,
      statementLinks(summary),
    );
  });

  test("a summary with no customers writes its header and the line saying so", async () => {
    const empty: ReceivablesSummary = { from: NOV_1, to: NOV_30, today: TODAY, customers: [], totals: [] };
    const book = new MemoryWorkbook({ engine: new HyperFormulaEngine() });
    const plan = summarySheetPlan(empty, "应收汇总 2026-11", COMPANY, "zh", new Map());
    await book.run((context) => applyPlan(context, { steps: plan.steps }));
    const rows = await usedValues(book, plan.sheet);
    expect(rows[plan.rowsStart - 2]![0]).toBe("客户");
    expect(rows[plan.rowsStart - 1]![0]).toBe("本期没有应收款项。");
    expect(rows).toHaveLength(plan.rowsStart);
    expect(sheetNamed(book.model, plan.sheet).charts).toEqual([]);
  });

  test("a bar chart per currency over its own rows' names and 本期结欠, where the plan puts it", async () => {
    const summary = november();
    const { book, plan } = await bookWith(summary);
    const charts = sheetNamed(book.model, plan.sheet).charts;
    const ref = (address: string): string => `='${plan.sheet}'!${absolute(address)}`;
    expect(charts).toEqual(
      plan.charts.map((c, i) => ({
        name: `Chart ${i + 1}`,
        chartType: "BarClustered",
        title: { visible: true, text: `本期结欠（${c.currency}）` },
        legend: { visible: false, position: "Bottom" },
        series: [{ name: "本期结欠", values: ref(c.values), categories: ref(c.categories) }],
        categoryAxis: { reversePlotOrder: true, position: "Maximum" },
        cells: parseRectAddress(c.position),
      })),
    );
    // What each chart reads: its currency's customers and their closing balances, as computed.
    const read = await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      const ranges = plan.charts.map((c) => [
        sheet.getRange(c.categories).load("values"),
        sheet.getRange(c.values).load("values"),
      ]);
      await context.sync();
      return ranges.map(([names, values]) => [names!.values.flat(), values!.values.flat()]);
    });
    expect(plan.charts.map((c) => c.currency)).toEqual(["CNY", "USD"]);
    expect(read).toEqual([
      [
        ["华美贸易", "宏达", "=1+1"],
        [expect.closeTo(1136.66, 9), expect.closeTo(600, 9), expect.closeTo(0, 9)],
      ],
      [
        ["O'Brien Ltd", "Greenleaf"],
        [expect.closeTo(500.1, 9), expect.closeTo(300, 9)],
      ],
    ]);
  });

  test("the .xlsx keeps formulas, links, merges, heights, landscape page setup, print area and titles", async () => {
    const summary = november();
    const { book, plan } = await bookWith(summary);
    const before = sheetNamed(book.model, plan.sheet);
    const back = sheetNamed(await readXlsx(await writeXlsx(book.model)), plan.sheet);
    expect(back.merges).toEqual(expect.arrayContaining(before.merges));
    expect(back.merges).toHaveLength(before.merges.length);
    expect(back.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      centerHorizontally: true,
      printArea: before.pageLayout.printArea,
      printTitleRows: before.pageLayout.printTitleRows,
      margins: before.pageLayout.margins,
    });
    expect(before.pageLayout.printTitleRows).toEqual({ first: 0, last: plan.rowsStart - 2 });
    expect(back.gridlines).toBe(false);
    expect([...back.rowHeights]).toEqual([...before.rowHeights]);
    // The CNY customers come first: 华美贸易, 宏达, =1+1, then O'Brien Ltd (0-based row).
    const obrien = plan.rowsStart + 2;
    expect(back.cells[obrien]?.[LINK]?.formula).toBe(
      `=HYPERLINK("#'对账单 O''Brien Ltd 2026-11'!A1","对账单 O'Brien Ltd 2026-11")`,
    );
    const total = back.cells[plan.totalsStart - 1]?.[CLOSING];
    expect(total?.formula).toBe(before.cells[plan.totalsStart - 1]?.[CLOSING]?.formula);
    expect(total?.style?.numberFormat).toBe("#,##0.00");
    expect(back.charts).toEqual(before.charts);
    expect(back.charts).toHaveLength(2);
  });
});

/** The summary alone in a workbook (LibreOffice prints every sheet), formulas without cached results. */
async function summaryFile(
  summary: ReceivablesSummary,
  lang: Lang = "zh",
): Promise<{ xlsx: Uint8Array; name: string }> {
  // No engine: the file carries no computed results, so what LibreOffice shows it computed itself.
  const book = new MemoryWorkbook();
  const plan = planFor(summary, lang);
  await book.run((context) => applyPlan(context, { steps: plan.steps }));
  const model = book.model;
  model.sheets = model.sheets.filter((s) => s.name === plan.sheet);
  model.activeSheetId = model.sheets[0]?.id;
  return { xlsx: await writeXlsx(model), name: plan.sheet };
}

/** What a chart part says, found with patterns: its kind, title, formulas and cached values. */
interface ChartPart {
  barDir: string | undefined;
  title: string;
  categories: string | undefined;
  values: string | undefined;
  cachedValues: number[];
}

async function chartParts(xlsx: Uint8Array): Promise<ChartPart[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const paths = Object.keys(zip.files)
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const decode = (text: string): string =>
    text
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return Promise.all(
    paths.map(async (path) => {
      const xml = await zip.file(path)!.async("string");
      const formula = (element: string): string | undefined => {
        const m = new RegExp(`<c:${element}>.*?<c:f>(.*?)</c:f>`).exec(xml);
        return m ? decode(m[1]!) : undefined;
      };
      const numbers = /<c:numCache>(.*?)<\/c:numCache>/.exec(xml)?.[1] ?? "";
      return {
        barDir: /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1],
        title: decode(
          [...(/<c:title>(.*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>(.*?)<\/a:t>/g)]
            .map((m) => m[1])
            .join(""),
        ),
        categories: formula("cat"),
        values: formula("val"),
        cachedValues: [...numbers.matchAll(/<c:v>(.*?)<\/c:v>/g)].map((m) => Number(m[1])),
      };
    }),
  );
}

/** Pages in a PDF (its page objects) and the first page's size in points. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString("latin1");
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return {
    pages: (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    width: Number(box?.[1]),
    height: Number(box?.[2]),
  };
}

(libreOfficeRuns ? describe : describe.skip)("LibreOffice recalculates the summary", () => {
  test("本期结欠 per row, the SUMIF totals and the links' text equal the summary's", async () => {
    const summary = november();
    const { xlsx, name } = await summaryFile(summary);
    const rows = libreOfficeSheets(xlsx, { alwaysRecalculate: true }).get(name);
    expect(rows).toBeDefined();
    const plan = planFor(summary);
    expectShown(shown(rows!, plan, summary.totals.length), summary, statementLinks(summary));
    const cells = rows!.flat();
    for (const text of ["应收汇总", "=1+1", "2026-11-01 至 2026-11-30", "90天以上", "合计"]) {
      expect(cells).toContain(text);
    }
  }, 120_000);

  test("a month's summary prints on one A4 landscape page, charts included; 60 customers take a few, one page wide", async () => {
    const one = pdfPages(libreOfficePdf((await summaryFile(november())).xlsx));
    expect(one.pages).toBe(1);
    // A4 landscape: 842 × 595 points.
    expect([Math.round(one.width), Math.round(one.height)]).toEqual([842, 595]);
    const base = november();
    const many: ReceivablesSummary = {
      ...base,
      customers: Array.from({ length: 60 }, (_, i) => ({
        ...base.customers[i % 2]!,
        customer: `客户${i + 1}`,
      })),
    };
    const pages = pdfPages(libreOfficePdf((await summaryFile(many)).xlsx)).pages;
    // 60 rows need two or three pages tall and their chart (at its tallest) one more; a page per
    // column group would be many more.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
  }, 120_000);

  test("the charts survive LibreOffice: a bar chart per currency, titled, over the same cells, showing the balances", async () => {
    const summary = november();
    const { xlsx, name } = await summaryFile(summary);
    const plan = planFor(summary);
    const fileRef = (address: string): string => `'${name}'!${absolute(address)}`;
    // Ours, as written: the formulas of the plan's ranges.
    const expected = plan.charts.map((c) => ({
      barDir: "bar",
      title: `本期结欠（${c.currency}）`,
      categories: fileRef(c.categories),
      values: fileRef(c.values),
    }));
    expect((await chartParts(xlsx)).map(({ cachedValues: _, ...rest }) => rest)).toEqual(expected);
    const saved = await chartParts(libreOfficeRecalculated(xlsx, { alwaysRecalculate: false }));
    expect(saved.map(({ cachedValues: _, ...rest }) => rest)).toEqual(expected);
    // LibreOffice computed the 本期结欠 formulas and shows their results as the bars.
    const closings = plan.charts.map((c) =>
      sheetOrder(summary)
        .filter((r) => r.currency === c.currency)
        .map((r) => fenToNumber(r.closing)),
    );
    expect(saved.map((c) => c.cachedValues)).toEqual(
      closings.map((list) => list.map((v) => expect.closeTo(v, 9))),
    );
  }, 120_000);

  const preview = process.env.GENDAN_SUMMARY_PREVIEW;
  (preview ? test : test.skip)(
    "leaves previews to look at",
    async () => {
      const dir = preview!;
      const empty: ReceivablesSummary = { ...november(), customers: [], totals: [] };
      const previews: [string, ReceivablesSummary, Lang][] = [
        ["summary-preview", november(), "zh"],
        ["summary-preview-en", november(), "en"],
        ["summary-preview-empty", empty, "zh"],
      ];
      for (const [file, summary, lang] of previews) {
        const pdf = join(dir, `${file}.pdf`);
        writeFileSync(pdf, libreOfficePdf((await summaryFile(summary, lang)).xlsx));
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
