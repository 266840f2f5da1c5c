import { parseRectAddress } from "../address";
import type { Fen } from "../money";
import type { CellConstant, PlanStep } from "../plan";
import { serial } from "../testing/factories";
import type { CurrencyTotals, ReceivableRow, ReceivablesSummary } from "./aging";
import { sheetLinkFormula, summarySheetName, summarySheetPlan } from "./summaryLayout";

const COMPANY = {
  name: "宁波恒信日用品有限公司",
  address: "宁波市鄞州区工业路 8 号",
  phone: "0574-8888 1234",
};
const SHEET = "应收汇总 2026-10";
const NO_LINKS: ReadonlyMap<string, string> = new Map();

const fen = (n: number): Fen => n as Fen;

function makeRow(overrides: Partial<ReceivableRow> = {}): ReceivableRow {
  return {
    customer: "华美贸易",
    terms: "月结30天",
    currency: "CNY",
    opening: fen(100_000),
    deliveries: fen(56_216),
    returns: fen(2_500),
    payments: fen(40_050),
    closing: fen(113_666),
    aging: { days0to30: fen(53_716), days31to60: fen(19_100), days61to90: fen(0), over90: fen(40_850) },
    overdue: fen(59_950),
    ...overrides,
  };
}

/** A summary of `rows` for October 2026 made on 2026-11-02, its totals added up here. */
function makeSummary(rows: ReceivableRow[]): ReceivablesSummary {
  const totals = new Map<string, CurrencyTotals>();
  for (const r of rows) {
    const t = totals.get(r.currency) ?? {
      currency: r.currency,
      customers: 0,
      opening: fen(0),
      deliveries: fen(0),
      returns: fen(0),
      payments: fen(0),
      closing: fen(0),
      aging: { days0to30: fen(0), days31to60: fen(0), days61to90: fen(0), over90: fen(0) },
      overdue: fen(0),
    };
    totals.set(r.currency, {
      ...t,
      customers: t.customers + 1,
      opening: fen(t.opening + r.opening),
      deliveries: fen(t.deliveries + r.deliveries),
      returns: fen(t.returns + r.returns),
      payments: fen(t.payments + r.payments),
      closing: fen(t.closing + r.closing),
      overdue: fen(t.overdue + r.overdue),
    });
  }
  return {
    from: serial("2026-10-01"),
    to: serial("2026-10-31"),
    today: serial("2026-11-02"),
    customers: rows,
    totals: [...totals.values()],
  };
}

/** Three customers, two currencies: USD appears first, so its totals row comes first. */
function threeCustomers(): ReceivablesSummary {
  return makeSummary([
    makeRow({ customer: "Greenleaf", currency: "USD", terms: "货到付款" }),
    makeRow(),
    makeRow({ customer: "宏达", terms: "款到发货", closing: fen(60_000) }),
  ]);
}

function stepsOf<K extends PlanStep["kind"]>(steps: PlanStep[], kind: K): Extract<PlanStep, { kind: K }>[] {
  return steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
}

/** The sheet's cells from A1 (blank as ""): constants from "values" steps, then formulas over them. */
function gridOf(steps: PlanStep[]): CellConstant[][] {
  const grid: CellConstant[][] = [];
  for (const step of steps) {
    if (step.kind !== "values" && step.kind !== "formulas") continue;
    const rect = parseRectAddress(step.address)!;
    const rows: CellConstant[][] = step.kind === "values" ? step.values : step.formulas;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cells = (grid[rect.row + r] ??= []);
        cells[rect.col + c] = value;
      }),
    );
  }
  const width = Math.max(...grid.map((row) => row.length));
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ""));
}

/** The 1-based row holding `text` in some cell. */
function rowWith(grid: CellConstant[][], text: CellConstant): number {
  const r = grid.findIndex((row) => row.includes(text));
  if (r < 0) throw new Error(`${String(text)} is not on the sheet`);
  return r + 1;
}

const ZH_HEADERS = [
  "客户",
  "币种",
  "结算方式",
  "上期结欠",
  "本期送货",
  "本期退货",
  "本期收款",
  "本期结欠",
  "0–30天",
  "31–60天",
  "61–90天",
  "90天以上",
  "逾期金额",
  "对账单",
];

describe("summarySheetPlan", () => {
  const summary = threeCustomers();
  const links = new Map([
    ["Greenleaf", "对账单 Greenleaf 2026-10"],
    ["华美贸易", "对账单 华美贸易 2026-10"],
  ]);
  const plan = summarySheetPlan(summary, SHEET, COMPANY, "zh", links);
  const grid = gridOf(plan.steps);

  test("adds the named sheet first, writes constants as one block, then formulas; all on that sheet", () => {
    expect(plan.sheet).toBe(SHEET);
    expect(plan.steps[0]).toEqual({ kind: "addSheet", sheet: SHEET });
    expect(plan.steps[1]?.kind).toBe("values");
    expect(stepsOf(plan.steps, "values")).toHaveLength(1);
    expect(plan.steps[2]?.kind).toBe("formulas");
    for (const step of plan.steps) if ("sheet" in step) expect(step.sheet).toBe(SHEET);
  });

  test("company header, title, period, the day ageing is measured and the day it was made", () => {
    expect(grid[0]![0]).toBe(COMPANY.name);
    expect(grid[1]![0]).toBe("地址：宁波市鄞州区工业路 8 号　　电话：0574-8888 1234");
    expect(grid[2]![0]).toBe("应收汇总");
    const cells = grid.flat();
    expect(cells).toEqual(
      expect.arrayContaining([
        "对账期间：",
        "2026-10-01 至 2026-10-31",
        "账龄截至：",
        "2026-10-31",
        "制表日期：",
        "2026-11-02",
      ]),
    );
    expect(rowWith(grid, "对账期间：")).toBe(rowWith(grid, "制表日期："));
  });

  test("the table header, then one row per customer, constants as core has them", () => {
    const header = plan.rowsStart - 1;
    expect(grid[header - 1]).toEqual(ZH_HEADERS);
    expect([plan.rowsStart, plan.rowsEnd]).toEqual([header + 1, header + 3]);
    const rows = grid.slice(plan.rowsStart - 1, plan.rowsEnd);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["Greenleaf", "USD", "货到付款"],
      ["华美贸易", "CNY", "月结30天"],
      ["宏达", "CNY", "款到发货"],
    ]);
    // 上期结欠 … 本期收款, then the ageing and 逾期金额, in yuan.
    expect(rows[1]!.slice(3, 7)).toEqual([1000, 562.16, 25, 400.5]);
    expect(rows[1]!.slice(8, 13)).toEqual([537.16, 191, 0, 408.5, 599.5]);
  });

  test("本期结欠 is the statement sheet's formula on each row, not a constant", () => {
    const r = plan.rowsStart;
    expect(grid[r - 1]![7]).toBe(`=ROUND(D${r}+E${r}-F${r}-G${r},2)`);
    expect(grid[plan.rowsEnd - 1]![7]).toBe(`=ROUND(D${r + 2}+E${r + 2}-F${r + 2}-G${r + 2},2)`);
    const values = stepsOf(plan.steps, "values")[0]!.values;
    // The constant block leaves 本期结欠 blank: the closing comes from the formula only.
    expect(values[r - 1]![7]).toBeNull();
  });

  test("a 合计 row per currency in the summary's totals order, each figure a SUMIF by 币种", () => {
    expect(plan.totalsStart).toBe(plan.rowsEnd + 1);
    const usd = grid[plan.totalsStart - 1]!;
    const cny = grid[plan.totalsStart]!;
    expect(usd.slice(0, 3)).toEqual(["合计", "USD", ""]);
    expect(cny.slice(0, 3)).toEqual(["合计", "CNY", ""]);
    const [a, z, t] = [plan.rowsStart, plan.rowsEnd, plan.totalsStart];
    expect(usd[3]).toBe(`=SUMIF($B$${a}:$B$${z},$B${t},D$${a}:D$${z})`);
    expect(cny[7]).toBe(`=SUMIF($B$${a}:$B$${z},$B${t + 1},H$${a}:H$${z})`);
    expect(cny[12]).toBe(`=SUMIF($B$${a}:$B$${z},$B${t + 1},M$${a}:M$${z})`);
    expect(cny[13]).toBe("");
    // Every money column of both rows, and nothing after them.
    const totals = stepsOf(plan.steps, "formulas").find((s) => s.formulas[0]?.[0]?.startsWith("=SUMIF"));
    expect(totals?.address).toBe(`D${t}:M${t + 1}`);
    expect(grid).toHaveLength(t + 1);
  });

  test("对账单 links to the customer's statement sheet; a customer without one gets a blank", () => {
    const r = plan.rowsStart - 1;
    expect(grid[r]![13]).toBe(`=HYPERLINK("#'对账单 Greenleaf 2026-10'!A1","对账单 Greenleaf 2026-10")`);
    expect(grid[r + 1]![13]).toBe(`=HYPERLINK("#'对账单 华美贸易 2026-10'!A1","对账单 华美贸易 2026-10")`);
    expect(grid[r + 2]![13]).toBe("");
    // The two linked rows are next to each other: one step writes both.
    const linkSteps = stepsOf(plan.steps, "formulas").filter((s) => s.address.startsWith("N"));
    expect(linkSteps.map((s) => s.address)).toEqual([`N${r + 1}:N${r + 2}`]);
  });

  test("links around a customer without one are written by separate steps, never as empty formulas", () => {
    const split = summarySheetPlan(
      summary,
      SHEET,
      COMPANY,
      "zh",
      new Map([
        ["Greenleaf", "a"],
        ["宏达", "c"],
      ]),
    );
    const r = split.rowsStart;
    const linkSteps = stepsOf(split.steps, "formulas").filter((s) => s.address.startsWith("N"));
    expect(linkSteps.map((s) => [s.address, s.formulas])).toEqual([
      [`N${r}`, [[`=HYPERLINK("#'a'!A1","a")`]]],
      [`N${r + 2}`, [[`=HYPERLINK("#'c'!A1","c")`]]],
    ]);
  });

  test("the customers of one currency stand together, currencies as the totals list them", () => {
    const mixed = makeSummary([
      makeRow({ customer: "华美贸易" }),
      makeRow({ customer: "Greenleaf", currency: "USD" }),
      makeRow({ customer: "宏达" }),
      makeRow({ customer: "O'Brien Ltd", currency: "USD" }),
      makeRow({ customer: "=1+1" }),
    ]);
    const p = summarySheetPlan(mixed, SHEET, COMPANY, "zh", new Map([["宏达", "对账单 宏达 2026-10"]]));
    const g = gridOf(p.steps);
    expect(g.slice(p.rowsStart - 1, p.rowsEnd).map((r) => [r[0], r[1], r[13]])).toEqual([
      ["华美贸易", "CNY", ""],
      ["宏达", "CNY", `=HYPERLINK("#'对账单 宏达 2026-10'!A1","对账单 宏达 2026-10")`],
      ["=1+1", "CNY", ""],
      ["Greenleaf", "USD", ""],
      ["O'Brien Ltd", "USD", ""],
    ]);
    expect(g.slice(p.totalsStart - 1).map((r) => r.slice(0, 2))).toEqual([
      ["合计", "CNY"],
      ["合计", "USD"],
    ]);
    expect(p.customers.map((c) => c.customer)).toEqual([
      "华美贸易",
      "宏达",
      "=1+1",
      "Greenleaf",
      "O'Brien Ltd",
    ]);
    const r = p.rowsStart;
    expect(p.charts.map((c) => [c.currency, c.values])).toEqual([
      ["CNY", `H${r}:H${r + 2}`],
      ["USD", `H${r + 3}:H${r + 4}`],
    ]);
    // Each row's closing formula is its own row's.
    expect(g[r + 3]![7]).toBe(`=ROUND(D${r + 4}+E${r + 4}-F${r + 4}-G${r + 4},2)`);
  });

  test("a row is as tall as its link's sheet name needs in the 对账单 column", () => {
    const long = "对账单 杭州优品贸易有限公司第一分公司 2026-10";
    const heights = (p: ReturnType<typeof summarySheetPlan>): Map<string, number> =>
      new Map(stepsOf(p.steps, "rowHeight").map((s) => [s.address, s.height]));
    const tall = summarySheetPlan(
      makeSummary([makeRow()]),
      SHEET,
      COMPANY,
      "zh",
      new Map([["华美贸易", long]]),
    );
    const plain = summarySheetPlan(makeSummary([makeRow()]), SHEET, COMPANY, "zh", NO_LINKS);
    const row = `A${tall.rowsStart}:A${tall.rowsStart}`;
    expect(heights(plain).get(row)).toBe(18);
    expect(heights(tall).get(row)).toBeGreaterThan(18);
  });

  test("money is #,##0.00 from the first customer to the last totals row, 上期结欠 to 逾期金额", () => {
    const formats = stepsOf(plan.steps, "numberFormat");
    expect(formats).toEqual([
      {
        kind: "numberFormat",
        sheet: SHEET,
        address: `D${plan.rowsStart}:M${plan.totalsStart + 1}`,
        format: "#,##0.00",
      },
    ]);
  });

  test("prints A4 landscape, one page wide, the rows down to the table header repeated, the charts included", () => {
    const setup = stepsOf(plan.steps, "pageSetup")[0]!;
    const lastChart = parseRectAddress(plan.charts.at(-1)!.position)!;
    expect(setup).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: `A1:N${lastChart.row + lastChart.rows}`,
      printTitleRows: `$1:$${plan.rowsStart - 1}`,
    });
    expect(stepsOf(plan.steps, "gridlines")).toEqual([{ kind: "gridlines", sheet: SHEET, show: false }]);
    const widths = stepsOf(plan.steps, "columnWidth").map((s) => s.width);
    expect(widths).toHaveLength(14);
    // Between the margins of A4 landscape (842 − 2 × 21.6 points) at no less than 80 %.
    expect(widths.reduce((a, b) => a + b, 0) * 0.8).toBeLessThanOrEqual(842 - 43.2);
  });

  test("a bar chart per currency below the table, one blank row before and between them, over the table's width", () => {
    const t = plan.totalsStart;
    expect(plan.chartAnchor).toEqual({ row: t + 2, col: 0 });
    // USD's one customer, then CNY's two, as the rows are.
    expect(plan.charts.map((c) => [c.currency, c.categories, c.values])).toEqual([
      ["USD", `A${plan.rowsStart}`, `H${plan.rowsStart}`],
      ["CNY", `A${plan.rowsStart + 1}:A${plan.rowsEnd}`, `H${plan.rowsStart + 1}:H${plan.rowsEnd}`],
    ]);
    const [usd, cny] = plan.charts.map((c) => parseRectAddress(c.position)!);
    // 0-based row t + 2 is the 1-based row after the blank one below the last totals row.
    expect(usd).toMatchObject({ row: t + 2, col: 0, cols: 14 });
    expect(cny).toMatchObject({ row: usd!.row + usd!.rows + 1, col: 0, cols: 14 });
    // Nothing is written at or below the anchor.
    expect(grid.length).toBeLessThan(plan.chartAnchor.row);
  });

  test("each chart is a chart step titled with its currency, the series 本期结欠, after everything else", () => {
    const charts = stepsOf(plan.steps, "chart");
    expect(charts).toEqual(
      plan.charts.map((c) => ({
        kind: "chart",
        sheet: SHEET,
        chartType: "BarClustered",
        title: `本期结欠（${c.currency}）`,
        seriesName: "本期结欠",
        categories: c.categories,
        values: c.values,
        position: c.position,
      })),
    );
    expect(plan.steps.slice(-charts.length)).toEqual(charts);
    const en = summarySheetPlan(summary, SHEET, COMPANY, "en", links);
    expect(stepsOf(en.steps, "chart").map((c) => [c.title, c.seriesName])).toEqual([
      ["Balance due (USD)", "Balance due"],
      ["Balance due (CNY)", "Balance due"],
    ]);
  });

  test("the chart rows are 15 points, so the charts are as tall in any workbook font", () => {
    const last = parseRectAddress(plan.charts.at(-1)!.position)!;
    const heights = stepsOf(plan.steps, "rowHeight");
    expect(heights.at(-1)).toEqual({
      kind: "rowHeight",
      sheet: SHEET,
      address: `A${plan.totalsStart + 2}:A${last.row + last.rows}`,
      height: 15,
    });
  });

  test("a chart grows with its customers, from 150 points for a few to 450 for many", () => {
    const rowsOf = (n: number): number => {
      const rows = Array.from({ length: n }, (_, i) => makeRow({ customer: `客户${i + 1}` }));
      const p = summarySheetPlan(makeSummary(rows), SHEET, COMPANY, "zh", NO_LINKS);
      expect(p.charts).toHaveLength(1);
      return parseRectAddress(p.charts[0]!.position)!.rows;
    };
    expect(rowsOf(1)).toBe(10);
    expect(rowsOf(4)).toBe(10);
    // 72 points besides the bars, 18 per bar: 20 customers are 432 points, 29 rows of 15.
    expect(rowsOf(20)).toBe(29);
    expect(rowsOf(21)).toBe(30);
    expect(rowsOf(60)).toBe(30);
  });

  test("text that looks like a formula is written as a constant", () => {
    const odd = summarySheetPlan(
      makeSummary([makeRow({ customer: "=1+1", terms: "=A1" })]),
      SHEET,
      COMPANY,
      "zh",
      NO_LINKS,
    );
    const values = stepsOf(odd.steps, "values")[0]!.values;
    expect(values[odd.rowsStart - 1]!.slice(0, 3)).toEqual(["=1+1", "CNY", "=A1"]);
    const formulas = stepsOf(odd.steps, "formulas").flatMap((s) => s.formulas.flat());
    expect(formulas.some((f) => f.includes("1+1") || f.includes("=A1"))).toBe(false);
  });

  test("in English: title, headers, period, dates and totals label", () => {
    const en = summarySheetPlan(summary, SHEET, COMPANY, "en", links);
    const g = gridOf(en.steps);
    expect(g[2]![0]).toBe("RECEIVABLES SUMMARY");
    expect(g[en.rowsStart - 2]).toEqual([
      "Customer",
      "Curr.",
      "Terms",
      "Balance brought forward",
      "Deliveries",
      "Returns",
      "Payments",
      "Balance due",
      "0–30 days",
      "31–60 days",
      "61–90 days",
      "Over 90 days",
      "Overdue",
      "Statement",
    ]);
    expect(g.flat()).toEqual(
      expect.arrayContaining(["Period: ", "2026-10-01 to 2026-10-31", "Aged as of: ", "Prepared on: "]),
    );
    expect(g[en.totalsStart - 1]![0]).toBe("Total");
    expect(g[1]![0]).toBe("Address: 宁波市鄞州区工业路 8 号    Tel: 0574-8888 1234");
  });

  test("one currency: one totals row", () => {
    const one = summarySheetPlan(
      makeSummary([makeRow(), makeRow({ customer: "宏达" })]),
      SHEET,
      COMPANY,
      "zh",
      NO_LINKS,
    );
    const g = gridOf(one.steps);
    expect(g.slice(one.totalsStart - 1).map((r) => r.slice(0, 2))).toEqual([["合计", "CNY"]]);
    expect(stepsOf(one.steps, "formulas").some((s) => s.address.startsWith("N"))).toBe(false);
  });

  test("no customers: the header, a line saying so, no formulas, no totals and no chart", () => {
    const empty = summarySheetPlan(makeSummary([]), SHEET, COMPANY, "zh", NO_LINKS);
    const g = gridOf(empty.steps);
    expect(empty.rowsEnd).toBe(empty.rowsStart - 1);
    expect(g[empty.rowsStart - 2]).toEqual(ZH_HEADERS);
    expect(g[empty.rowsStart - 1]![0]).toBe("本期没有应收款项。");
    expect(g).toHaveLength(empty.rowsStart);
    expect(empty.totalsStart).toBe(empty.rowsStart + 1);
    expect(stepsOf(empty.steps, "formulas")).toEqual([]);
    expect(stepsOf(empty.steps, "numberFormat")).toEqual([]);
    expect(stepsOf(empty.steps, "merge").map((m) => m.address)).toContain(
      `A${empty.rowsStart}:N${empty.rowsStart}`,
    );
    expect(empty.charts).toEqual([]);
    expect(stepsOf(empty.steps, "chart")).toEqual([]);
    expect(empty.chartAnchor).toEqual({ row: empty.rowsStart + 1, col: 0 });
    expect(stepsOf(empty.steps, "pageSetup")[0]?.printArea).toBe(`A1:N${empty.rowsStart}`);
    const en = gridOf(summarySheetPlan(makeSummary([]), SHEET, COMPANY, "en", NO_LINKS).steps);
    expect(en.flat()).toContain("No receivables in this period.");
  });

  test("totals listed without customer rows are not written: there is nothing to sum", () => {
    const odd = { ...makeSummary([]), totals: threeCustomers().totals };
    const p = summarySheetPlan(odd, SHEET, COMPANY, "zh", NO_LINKS);
    expect(gridOf(p.steps).flat()).not.toContain("合计");
    expect(stepsOf(p.steps, "formulas")).toEqual([]);
  });

  test("a blank company address and phone leave out their line", () => {
    const p = summarySheetPlan(summary, SHEET, { name: "恒信", address: "", phone: "" }, "zh", NO_LINKS);
    const g = gridOf(p.steps);
    expect(g[0]![0]).toBe("恒信");
    expect(g[1]![0]).toBe("应收汇总");
  });
});

describe("sheetLinkFormula", () => {
  test.each([
    ["对账单 华美贸易 2026-10", `=HYPERLINK("#'对账单 华美贸易 2026-10'!A1","对账单 华美贸易 2026-10")`],
    // An apostrophe is doubled inside the quoted sheet reference, not in the shown name.
    ["对账单 O'Brien 2026-10", `=HYPERLINK("#'对账单 O''Brien 2026-10'!A1","对账单 O'Brien 2026-10")`],
    // A double quote (allowed in sheet names) is doubled in both strings.
    ['对账单 "优品" 2026-10', `=HYPERLINK("#'对账单 ""优品"" 2026-10'!A1","对账单 ""优品"" 2026-10")`],
    ["Sheet1", `=HYPERLINK("#'Sheet1'!A1","Sheet1")`],
  ])("%s", (sheet, formula) => {
    expect(sheetLinkFormula(sheet)).toBe(formula);
  });
});

describe("summarySheetName", () => {
  test.each([
    ["2026-10-01", "2026-10-31", "应收汇总 2026-10"],
    ["2026-01-01", "2026-12-31", "应收汇总 2026"],
    ["2026-10-01", "2026-10-15", "应收汇总 1001-1015"],
    ["2026-12-15", "2027-01-14", "应收汇总 20261215-20270114"],
    ["2024-02-01", "2024-02-29", "应收汇总 2024-02"],
  ])("%s to %s is %s", (from, to, name) => {
    expect(summarySheetName(serial(from), serial(to), ["Sheet1", "对账单 华美贸易 2026-10"])).toBe(name);
  });

  test("a name already taken gets the next free version", () => {
    const from = serial("2026-10-01");
    const to = serial("2026-10-31");
    expect(summarySheetName(from, to, ["应收汇总 2026-10"])).toBe("应收汇总 2026-10 (2)");
    expect(summarySheetName(from, to, ["应收汇总 2026-10", "应收汇总 2026-10 (2)"])).toBe(
      "应收汇总 2026-10 (3)",
    );
    // Versions are taken in order: a free (2) is used even when (3) exists.
    expect(summarySheetName(from, to, ["应收汇总 2026-10", "应收汇总 2026-10 (3)"])).toBe(
      "应收汇总 2026-10 (2)",
    );
    const jan = summarySheetName(serial("2026-01-05"), serial("2026-01-09"), ["应收汇总 0105-0109"]);
    expect(jan).toBe("应收汇总 0105-0109 (2)");
    const cross = "应收汇总 20261215-20270114";
    expect(summarySheetName(serial("2026-12-15"), serial("2027-01-14"), [cross])).toBe(`${cross} (2)`);
    expect(`${cross} (99)`.length).toBeLessThanOrEqual(31);
  });

  test("refuses what is not a period of whole dates", () => {
    expect(() => summarySheetName(serial("2026-10-31"), serial("2026-10-01"), [])).toThrow(RangeError);
    expect(() => summarySheetName(serial("2026-10-01") + 0.5, serial("2026-10-31"), [])).toThrow(RangeError);
    expect(() => summarySheetName(Number.NaN, serial("2026-10-31"), [])).toThrow(RangeError);
  });
});
