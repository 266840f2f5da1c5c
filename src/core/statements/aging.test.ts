import { buildDemo } from "../demo/demoData";
import { type Fen, fenToNumber, toFen } from "../money";
import {
  makeCustomer,
  makePayment,
  makeSettingsRows,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
  type RowValues,
} from "../testing/factories";
import { CONTRACT_TABLES, SETTINGS_TABLE } from "../workbook/schema";
import type { TableData, WorkbookData } from "../workbook/tableData";
import {
  type AgingBuckets,
  type AgingItem,
  ageBalance,
  dueDate,
  monthEndStatements,
  receivablesSummary,
} from "./aging";
import { computeStatement, lastMonth } from "./compute";
import type { StatementDetail, StatementRequest } from "./statement";

const NOV_1 = serial("2026-11-01");
const NOV_30 = serial("2026-11-30");
const TODAY = serial("2026-12-02");

const yuan = (fen: Fen): number => fenToNumber(fen);
const bucketsInYuan = (b: AgingBuckets): number[] =>
  [b.days0to30, b.days31to60, b.days61to90, b.over90].map(yuan);
const item = (date: string | null, amount: number): AgingItem => ({
  date: date === null ? null : serial(date),
  amount: toFen(amount),
});

describe("dueDate", () => {
  test.each([
    ["款到发货", "2026-11-10", "2026-11-10"],
    ["货到付款", "2026-11-10", "2026-11-10"],
    ["", "2026-11-10", "2026-11-10"],
    ["现结", "2026-11-10", "2026-11-10"],
    // 11-30 + 30 days
    ["月结30天", "2026-11-10", "2026-12-30"],
    ["月结30天", "2026-11-30", "2026-12-30"],
    // 12-31 + 30 days crosses the year
    ["月结30天", "2026-12-01", "2027-01-30"],
    // 11-30 + 60: 31 days to 12-31, 29 more to 01-29
    ["月结60天", "2026-11-01", "2027-01-29"],
    // 12-31 + 90: 01-31 (31), 02-28 (59), 03-31 (90)
    ["月结90天", "2026-12-15", "2027-03-31"],
    // leap years: 01-31 + 30 is 03-01 in 2024, 03-02 in 2023
    ["月结30天", "2024-01-31", "2024-03-01"],
    ["月结30天", "2023-01-31", "2023-03-02"],
    // February's own end: 02-29 + 30 in 2024, 02-28 + 30 in 2023, both 03-30
    ["月结30天", "2024-02-10", "2024-03-30"],
    ["月结30天", "2023-02-10", "2023-03-30"],
    // 2024-02-29 + 60: 03-31 (31), 04-29 (60); 2000 was a leap year, 1900 and 2100 are not
    ["月结60天", "2024-02-29", "2024-04-29"],
    ["月结30天", "2000-01-15", "2000-03-01"],
    ["月结30天", "2100-01-15", "2100-03-02"],
    // terms as a clerk might type them: spaces, another number of days
    [" 月结 45 天 ", "2026-11-10", "2027-01-14"],
  ])("%p from %s is due %s", (terms, date, due) => {
    expect(dueDate(serial(date), terms)).toBe(serial(due));
  });
});

describe("ageBalance", () => {
  /**
   * Owed: 1,000.00 opening at 07-31, 800.00 on 09-15, 600.00 on 10-20, 400.00 on 11-25 (2,800.00).
   * Paid off: 700.00 on 10-01, a 100.00 return on 11-26, 500.00 on 11-28 (1,300.00), oldest first:
   * the opening is cleared (1,300 − 1,000 = 300 left), 09-15 keeps 800 − 300 = 500.00, the rest
   * stays whole. Balance 2,800 − 1,300 = 1,500.00.
   */
  const ITEMS = [
    item("2026-10-01", -700),
    item("2026-07-31", 1000),
    item("2026-11-25", 400),
    item("2026-09-15", 800),
    item("2026-11-26", -100),
    item("2026-10-20", 600),
    item("2026-11-28", -500),
  ];

  test("FIFO: returns and payments pay off the oldest first; the rest is aged at the measuring day", () => {
    // ages at 11-30: 09-15 is 76 days (61–90), 10-20 is 41 (31–60), 11-25 is 5 (0–30)
    const { aging } = ageBalance(ITEMS, NOV_30, "月结30天");
    expect(bucketsInYuan(aging)).toEqual([400, 600, 500, 0]);
  });

  test.each([
    // 09-15 due 10-30, 10-20 due 11-30 (not past at 11-30), 11-25 due 12-30
    ["月结30天", NOV_30, 500],
    // one day later 10-20's 600.00 is past due too
    ["月结30天", serial("2026-12-01"), 1100],
    // 09-15 due 09-30 + 60 = 11-29
    ["月结60天", NOV_30, 500],
    ["月结60天", serial("2026-11-29"), 0],
    // 09-15 due 09-30 + 90 = 12-29
    ["月结90天", NOV_30, 0],
    // due on delivery: everything delivered before the measuring day
    ["款到发货", NOV_30, 1500],
    ["货到付款", NOV_30, 1500],
    // 11-25 is due that day: not overdue when measured on 11-25
    ["货到付款", serial("2026-11-25"), 1500 - 400],
  ])("overdue under %s measured at %p: %p", (terms, at, overdue) => {
    expect(yuan(ageBalance(ITEMS, at, terms).overdue)).toBe(overdue);
  });

  test.each([
    // [age in days, bucket index]
    [0, 0],
    [30, 0],
    [31, 1],
    [60, 1],
    [61, 2],
    [90, 2],
    [91, 3],
    [400, 3],
  ])("a debt %p days old is in bucket %p", (age, bucket) => {
    const expected = [0, 0, 0, 0];
    expected[bucket] = 1;
    const { aging } = ageBalance([{ date: NOV_30 - age, amount: toFen(1) }], NOV_30, "");
    expect(bucketsInYuan(aging)).toEqual(expected);
  });

  test("partial payments leave part of one debt; a debt without a date is older than all and overdue", () => {
    const { aging, overdue } = ageBalance(
      [item("2026-11-20", 300), item(null, 200), item("2026-11-21", -150), item("2026-11-22", -100.5)],
      NOV_30,
      "月结30天",
    );
    // 250.50 paid: the undated 200.00 first, then 50.50 of 11-20's 300.00 → 249.50 left
    expect(bucketsInYuan(aging)).toEqual([249.5, 0, 0, 0]);
    expect(yuan(overdue)).toBe(0);
    const unpaid = ageBalance([item(null, 200), item("2026-11-20", 300)], NOV_30, "月结90天");
    expect(bucketsInYuan(unpaid.aging)).toEqual([300, 0, 0, 200]);
    expect(yuan(unpaid.overdue)).toBe(200);
  });

  test("a customer in credit (or square) has nothing aged or overdue", () => {
    for (const items of [
      [item("2026-08-01", 100), item("2026-11-01", -250)],
      [item("2026-08-01", 100), item("2026-09-01", -100)],
      [],
    ]) {
      const { aging, overdue } = ageBalance(items, NOV_30, "款到发货");
      expect([...bucketsInYuan(aging), yuan(overdue)]).toEqual([0, 0, 0, 0, 0]);
    }
  });

  test("a credit dated after a debt still pays off the older debt first", () => {
    // A 100.00 advance on 08-01 and debts of 60.00 (09-01) and 80.00 (10-01): 60 + 40 paid, 40.00 left of 10-01
    const { aging } = ageBalance(
      [item("2026-08-01", -100), item("2026-10-01", 80), item("2026-09-01", 60)],
      NOV_30,
      "",
    );
    expect(bucketsInYuan(aging)).toEqual([0, 40, 0, 0]);
  });
});

/**
 * The month-end example (November 2026):
 * - 华美贸易 (CNY, 月结30天): 1,000.00 at 2026-09-30; 125 + 66 on 10-05; 191.00 paid 10-20;
 *   562.16 on 11-03; 25.00 returned 11-10; 300.50 paid 11-10, 100.00 paid 11-30.
 * - 宏达 (CNY, 款到发货): 1,000.00 delivered 08-01, 400.00 paid 11-15.
 * - Greenleaf (USD, 货到付款): 2,000.00 期初应收 without 期初日期; 500.00 delivered 11-20,
 *   2,000.00 paid 11-25.
 * - 静默 (nothing), 已结清 (100.00 delivered 09-01 and paid 10-01): left out.
 * - 两清 (100.00 delivered and paid in November): in, owing nothing.
 * - 混币 (CNY with a USD receipt): a problem, left out.
 * - Nordhaus (USD, 月结60天): 300.00 期初应收, no date and no rows.
 * - a 发货 row for 无名, who is not in 客户.
 */
function monthEnd(): WorkbookData {
  const customer = (name: string, values: RowValues = {}): RowValues =>
    makeCustomer({ 客户名称: name, 结算方式: "款到发货", ...values });
  return makeWorkbookData({
    customers: [
      customer("华美贸易", { 结算方式: "月结30天", 期初应收: 1000, 期初日期: serial("2026-09-30") }),
      customer("宏达"),
      customer("Greenleaf", { 币种: "USD", 结算方式: "货到付款", 期初应收: 2000 }),
      customer("静默"),
      customer("已结清"),
      customer("两清"),
      customer("混币"),
      customer("Nordhaus", { 币种: "USD", 结算方式: "月结60天", 期初应收: 300 }),
    ],
    shipments: [
      makeShipment({ 单号: "SH20261005-01", 日期: serial("2026-10-05"), 金额: 125 }),
      makeShipment({ 单号: "SH20261005-01", 日期: serial("2026-10-05"), 金额: 66 }),
      makeShipment({ 单号: "SH20261103-01", 日期: serial("2026-11-03"), 金额: 500 }),
      makeShipment({ 单号: "SH20261103-01", 日期: serial("2026-11-03"), 金额: 62.16 }),
      makeShipment({ 单号: "TH20261110-01", 日期: serial("2026-11-10"), 类型: "退货", 金额: -25 }),
      makeShipment({ 客户: "宏达", 日期: serial("2026-08-01"), 金额: 1000 }),
      makeShipment({ 客户: "Greenleaf", 币种: "USD", 日期: serial("2026-11-20"), 金额: 500 }),
      makeShipment({ 客户: "已结清", 日期: serial("2026-09-01"), 金额: 100 }),
      makeShipment({ 客户: "两清", 日期: serial("2026-11-02"), 金额: 100 }),
      makeShipment({ 客户: "混币", 日期: serial("2026-11-02"), 金额: 100 }),
      makeShipment({ 客户: "无名", 日期: serial("2026-11-02"), 金额: 100 }),
    ],
    payments: [
      makePayment({ 收款日期: serial("2026-10-20"), 金额: 191 }),
      makePayment({ 收款日期: serial("2026-11-10"), 金额: 300.5 }),
      makePayment({ 收款日期: NOV_30, 金额: 100 }),
      makePayment({ 客户: "宏达", 收款日期: serial("2026-11-15"), 金额: 400 }),
      makePayment({ 客户: "Greenleaf", 币种: "USD", 收款日期: serial("2026-11-25"), 金额: 2000 }),
      makePayment({ 客户: "已结清", 收款日期: serial("2026-10-01"), 金额: 100 }),
      makePayment({ 客户: "两清", 收款日期: serial("2026-11-05"), 金额: 100 }),
      makePayment({ 客户: "混币", 币种: "USD", 收款日期: serial("2026-11-05"), 金额: 10 }),
    ],
  });
}

describe("receivablesSummary", () => {
  test("the month-end example: figures, ageing and overdue per customer", () => {
    const result = receivablesSummary(monthEnd(), NOV_1, NOV_30, TODAY);
    const summary = result.summary!;
    expect([summary.from, summary.to, summary.today]).toEqual([NOV_1, NOV_30, TODAY]);
    const rows = summary.customers.map((r) => [
      r.customer,
      r.currency,
      r.terms,
      ...[r.opening, r.deliveries, r.returns, r.payments, r.closing].map(yuan),
      bucketsInYuan(r.aging),
      yuan(r.overdue),
    ]);
    expect(rows).toEqual([
      // 1,000 + 125 + 66 − 191 = 1,000 opening; 1,000 + 562.16 − 25 − 400.50 = 1,136.66.
      // FIFO: 191 + 25 + 300.50 + 100 = 616.50 paid off the 09-30 opening → 383.50 left (61 days,
      // due 10-30: overdue); 10-05's 191.00 (56 days, due 11-30: not yet); 11-03's 562.16 (27 days).
      ["华美贸易", "CNY", "月结30天", 1000, 562.16, 25, 400.5, 1136.66, [562.16, 191, 383.5, 0], 383.5],
      // 1,000 − 400 = 600.00 of 08-01 (121 days), due on delivery
      ["宏达", "CNY", "款到发货", 1000, 0, 0, 400, 600, [0, 0, 0, 600], 600],
      // the undated opening counts from the earliest row (11-20) and is paid first: 500.00 of 11-20 left
      ["Greenleaf", "USD", "货到付款", 2000, 500, 0, 2000, 500, [500, 0, 0, 0], 500],
      ["两清", "CNY", "款到发货", 0, 100, 0, 100, 0, [0, 0, 0, 0], 0],
      // no date and no rows: older than anything, overdue
      ["Nordhaus", "USD", "月结60天", 300, 0, 0, 0, 300, [0, 0, 0, 300], 300],
    ]);
  });

  test("totals per currency, in the order the currencies first appear", () => {
    const { totals } = receivablesSummary(monthEnd(), NOV_1, NOV_30, TODAY).summary!;
    expect(
      totals.map((t) => [
        t.currency,
        t.customers,
        ...[t.opening, t.deliveries, t.returns, t.payments, t.closing].map(yuan),
        bucketsInYuan(t.aging),
        yuan(t.overdue),
      ]),
    ).toEqual([
      // 1,000 + 1,000 + 0; 562.16 + 100; 25; 400.50 + 400 + 100; 1,136.66 + 600 + 0
      ["CNY", 3, 2000, 662.16, 25, 900.5, 1736.66, [562.16, 191, 383.5, 600], 983.5],
      // 2,000 + 300; 500; 0; 2,000; 500 + 300
      ["USD", 2, 2300, 500, 0, 2000, 800, [500, 0, 0, 300], 800],
    ]);
  });

  test("a customer whose rows mix currencies is a problem and left out; so are rows of unknown customers", () => {
    const { problems, summary } = receivablesSummary(monthEnd(), NOV_1, NOV_30, TODAY);
    expect(problems.map((p) => [p.severity, p.code, p.sheet, p.cell, p.params.customer])).toEqual([
      ["error", "statement-mixed-currency", "收款", "E9", "混币"],
      ["warning", "summary-unknown-customer", "发货", "D12", "无名"],
    ]);
    expect(problems[1]!.message).toBe(
      "发货表中有 1 行的客户「无名」不在客户表中，这些行不计入任何对账单和应收汇总。请改正客户名称，或在客户表添加该客户。",
    );
    expect(summary!.customers.map((r) => r.customer)).not.toContain("混币");
  });

  test("each row agrees with the customer's own statement, and its ageing adds up to what it owes", () => {
    const data = monthEnd();
    const { summary } = receivablesSummary(data, NOV_1, NOV_30, TODAY);
    for (const row of summary!.customers) {
      const { statement } = computeStatement(data, {
        customer: row.customer,
        from: NOV_1,
        to: NOV_30,
        detail: "notes",
        lang: "zh",
      });
      expect([row.opening, row.deliveries, row.returns, row.payments, row.closing]).toEqual([
        statement!.opening,
        statement!.deliveries,
        statement!.returns,
        statement!.payments,
        statement!.closing,
      ]);
      expect(row.closing).toBe(row.opening + row.deliveries - row.returns - row.payments);
      const aged = Object.values(row.aging).reduce((a, b) => a + b, 0);
      expect(aged).toBe(Math.max(row.closing, 0));
      expect(row.overdue).toBeLessThanOrEqual(aged);
    }
  });

  test("a customer in credit is listed with its negative balance and nothing aged", () => {
    const data = makeWorkbookData({ payments: [makePayment({ 收款日期: serial("2026-11-05"), 金额: 375 })] });
    const [row] = receivablesSummary(data, NOV_1, NOV_30, TODAY).summary!.customers;
    expect([yuan(row!.closing), ...bucketsInYuan(row!.aging), yuan(row!.overdue)]).toEqual([
      -375, 0, 0, 0, 0, 0,
    ]);
  });

  test("an account opened after the period is not in it", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer({ 期初应收: 500, 期初日期: serial("2026-12-01") })],
      shipments: [makeShipment({ 日期: serial("2026-11-20") })],
    });
    const result = receivablesSummary(data, NOV_1, NOV_30, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.summary!.customers).toEqual([]);
    expect(result.summary!.totals).toEqual([]);
  });

  test("rows after the period neither count nor age", () => {
    const data = makeWorkbookData({
      shipments: [
        makeShipment({ 日期: serial("2026-10-01"), 金额: 100 }),
        makeShipment({ 日期: serial("2026-12-01"), 金额: 999 }),
      ],
      payments: [makePayment({ 收款日期: serial("2026-12-01"), 金额: 100 })],
    });
    const [row] = receivablesSummary(data, NOV_1, NOV_30, TODAY).summary!.customers;
    // 100.00 of 10-01 is 60 days old at 11-30 and was due on delivery
    expect([yuan(row!.closing), ...bucketsInYuan(row!.aging), yuan(row!.overdue)]).toEqual([
      100, 0, 100, 0, 0, 100,
    ]);
  });

  test.each([
    ["from after to", NOV_30, NOV_1, TODAY, ["statement-period-reversed"]],
    ["a bad from", Number.NaN, NOV_30, TODAY, ["statement-bad-period"]],
    ["a bad today", NOV_1, NOV_30, 0.5, ["statement-bad-period"]],
  ])("refused: %s", (_label, from, to, today, codes) => {
    const result = receivablesSummary(monthEnd(), from, to, today, "en");
    expect(result.summary).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(codes);
  });

  test("refused when a table is missing", () => {
    const result = receivablesSummary(makeWorkbookData({ without: ["Payments"] }), NOV_1, NOV_30, TODAY);
    expect(result.problems.map((p) => [p.code, p.params.table])).toEqual([["table-missing", "Payments"]]);
  });

  test("today's bad date is said as such", () => {
    const [problem] = receivablesSummary(monthEnd(), NOV_1, NOV_30, 0.5).problems;
    expect(problem!.message).toBe("今天的日期「0.5」无效。请输入日期，如 2026-11-01。");
  });
});

/** The demo workbook's tables as core reads them, 参数 at its defaults. */
function demoData(today: number): WorkbookData {
  const demo = buildDemo(today);
  const data: WorkbookData = {};
  for (const spec of CONTRACT_TABLES) {
    const table: TableData =
      spec === SETTINGS_TABLE
        ? makeTable(SETTINGS_TABLE, makeSettingsRows())
        : {
            table: spec.table,
            sheet: spec.sheet,
            row: 0,
            col: 0,
            headers: spec.columns.map((c) => c.header),
            rows: demo.rows[spec.table] ?? [],
          };
    data[spec.table] = table;
  }
  return data;
}

describe("receivablesSummary on the demo workbook", () => {
  const today = serial("2026-11-23");
  const data = demoData(today);

  /** Each customer's balance at `to` summed straight from the rows, as SUMIFS would. */
  function plainBalances(to: number): Map<string, number> {
    const read = (table: string, header: string, row: readonly unknown[]): unknown =>
      row[data[table]!.headers.indexOf(header)];
    const balances = new Map<string, number>();
    const opened = new Map<string, number>();
    for (const c of data.Customers!.rows) {
      const name = String(read("Customers", "客户名称", c));
      const openingDate = read("Customers", "期初日期", c);
      opened.set(name, typeof openingDate === "number" ? openingDate : -Infinity);
      balances.set(name, Math.round(Number(read("Customers", "期初应收", c) ?? 0) * 100));
    }
    const add = (table: string, dateHeader: string, sign: number): void => {
      for (const r of data[table]!.rows) {
        const name = String(read(table, "客户", r));
        const date = Number(read(table, dateHeader, r));
        if (date > to || date < opened.get(name)!) continue;
        balances.set(name, balances.get(name)! + sign * Math.round(Number(read(table, "金额", r)) * 100));
      }
    };
    add("Shipments", "日期", 1);
    add("Payments", "收款日期", -1);
    return balances;
  }

  test.each([
    ["last month", lastMonth(today)],
    ["this month to date", { from: serial("2026-11-01"), to: today }],
  ])("%s: no problems, and every balance is the rows' plain sum", (_label, period) => {
    const result = receivablesSummary(data, period.from, period.to, today);
    expect(result.problems).toEqual([]);
    const rows = result.summary!.customers;
    expect(rows.length).toBeGreaterThan(3);
    const plain = plainBalances(period.to);
    for (const row of rows)
      expect([row.customer, row.closing]).toEqual([row.customer, plain.get(row.customer)]);
    for (const [name, balance] of plain) {
      if (balance !== 0) expect(rows.map((r) => r.customer)).toContain(name);
    }
    expect(result.summary!.totals.map((t) => t.currency).sort()).toEqual(["CNY", "USD"]);
  });
});

/**
 * A ledger made up from `seed`, the same for the same seed: customers with and without 期初应收
 * and 期初日期 (some after the period, one unreadable), in CNY, USD or blank, one listed twice in
 * other case and a number for a name; 发货 and 收款 rows over four months, names spelt with other
 * cases and spaces, some of a customer 客户 does not list, some in another currency, with a bad
 * date or 金额, or a 类型 against the sign of 金额.
 */
function generatedLedger(seed: number): WorkbookData {
  // mulberry32: a small PRNG, so the ledger is random-looking yet repeatable.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number): boolean => random() < p;
  const amount = (max: number): number => Math.round(random() * max * 100) / 100;
  const day = (): number => serial("2026-08-01") + Math.floor(random() * 150);

  const names: (string | number)[] = ["华美贸易", "宏达", "Greenleaf", "nordhaus GmbH", "宁波 五金", 1001];
  for (let i = 0; i < 14; i++) names.push(`客户${i}`);
  const currencies = new Map<string | number, string>();
  const customers: RowValues[] = names.map((name) => {
    const currency = pick(["", "CNY", "CNY", "USD"]);
    currencies.set(name, currency || "CNY");
    const openingDate = pick([null, null, serial("2026-09-30"), serial("2026-11-15"), serial("2026-12-20")]);
    return makeCustomer({
      客户名称: name,
      币种: currency,
      结算方式: pick(["款到发货", "货到付款", "月结30天", "月结60天", ""]),
      期初应收: chance(0.5) ? amount(5000) : "",
      期初日期: chance(0.05) ? "上月底" : (openingDate ?? ""),
    });
  });
  // Listed again in other case: the first row wins, this one is never read.
  customers.push(makeCustomer({ 客户名称: "GREENLEAF", 币种: "CNY", 期初应收: 999 }));

  const spelt = (name: string | number): string | number =>
    typeof name === "number" ? name : pick([name, ` ${name} `, name.toUpperCase(), name.toLowerCase()]);
  const rowCurrency = (name: string | number): string =>
    chance(0.005) ? "EUR" : chance(0.3) ? "" : (currencies.get(name) ?? "CNY");
  const shipments: RowValues[] = [];
  for (let i = 0; i < 400; i++) {
    const name = chance(0.03) ? "无名" : pick(names);
    const isReturn = chance(0.15);
    const value = isReturn ? -amount(300) : amount(2000);
    shipments.push(
      makeShipment({
        单号: `${isReturn ? "TH" : "SH"}-${Math.floor(random() * 60)}`,
        日期: chance(0.004) ? "待定" : day() + (chance(0.2) ? 0.5 : 0),
        类型: chance(0.004) ? "退货" : pick(["", isReturn ? "退货" : "送货"]),
        客户: spelt(name),
        订单号: `SO-${Math.floor(random() * 30)}`,
        币种: rowCurrency(name),
        金额: chance(0.004) ? "一百" : value,
      }),
    );
  }
  const payments: RowValues[] = [];
  for (let i = 0; i < 150; i++) {
    const name = chance(0.03) ? "无名" : pick(names);
    payments.push(
      makePayment({
        收款日期: chance(0.004) ? 0.5 : day(),
        客户: spelt(name),
        类型: pick(["订金", "余款", "货款"]),
        币种: rowCurrency(name),
        金额: chance(0.05) ? -amount(100) : amount(3000),
        方式: pick(["银行转账", "现金", ""]),
      }),
    );
  }
  return makeWorkbookData({ customers, shipments, payments });
}

describe("monthEndStatements", () => {
  const today = serial("2026-11-23");

  /**
   * The batch agrees with what it replaces: receivablesSummary's summary and problems, and for each
   * listed customer computeStatement's statement for the same request.
   */
  function expectBatchAgrees(
    data: WorkbookData,
    request: Omit<StatementRequest, "customer">,
  ): { listed: number; problems: number } {
    const made = monthEndStatements(data, request, today, "zh");
    const alone = receivablesSummary(data, request.from, request.to, today, "zh");
    expect(made.problems).toEqual(alone.problems);
    expect(made.summary).toEqual(alone.summary);
    const rows = made.summary!.customers;
    const expected = rows.map(
      (row) => computeStatement(data, { ...request, customer: row.customer }, "zh").statement,
    );
    expect(expected.every((s) => s !== undefined)).toBe(true);
    expect(made.statements).toEqual(expected);
    return { listed: rows.length, problems: made.problems.length };
  }

  const requests: [string, StatementDetail, "zh" | "en"][] = [
    ["notes", "notes", "zh"],
    ["lines, printed in English", "lines", "en"],
  ];

  describe.each(requests)("%s", (_label, detail, lang) => {
    test.each([
      ["last month", lastMonth(today)],
      ["this month to date", { from: serial("2026-11-01"), to: today }],
    ])("the demo workbook, %s: each listed customer's statement is computeStatement's", (_period, period) => {
      const { listed } = expectBatchAgrees(demoData(today), { ...period, detail, lang });
      expect(listed).toBeGreaterThan(3);
    });

    test.each([1, 2, 3, 4, 5])(
      "a generated ledger (seed %p): the same statements, problems and summary",
      (seed) => {
        const period = { from: NOV_1, to: NOV_30, detail, lang };
        const { listed, problems } = expectBatchAgrees(generatedLedger(seed), period);
        // Both paths are taken: customers listed, and customers refused or rows warned about.
        expect(listed).toBeGreaterThan(3);
        expect(problems).toBeGreaterThan(0);
      },
    );
  });

  test("each statement is in the request's detail and language, the summary's figures whatever the detail", () => {
    const data = monthEnd();
    const lines = monthEndStatements(
      data,
      { from: NOV_1, to: NOV_30, detail: "lines", lang: "en" },
      TODAY,
      "zh",
    );
    const notes = monthEndStatements(
      data,
      { from: NOV_1, to: NOV_30, detail: "notes", lang: "zh" },
      TODAY,
      "zh",
    );
    expect(lines.statements!.map((s) => [s.customer.name, s.detail, s.lang])).toEqual(
      ["华美贸易", "宏达", "Greenleaf", "两清", "Nordhaus"].map((name) => [name, "lines", "en"]),
    );
    // 华美贸易's 11-03 note has two lines
    expect(lines.statements![0]!.entries.length).toBe(notes.statements![0]!.entries.length + 1);
    expect(lines.summary).toEqual(notes.summary);
  });

  test("refuses as receivablesSummary does, in the problems' language", () => {
    const result = monthEndStatements(
      monthEnd(),
      { from: NOV_30, to: NOV_1, detail: "notes", lang: "zh" },
      0.5,
      "en",
    );
    expect(result.summary).toBeUndefined();
    expect(result.statements).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.params.bound])).toEqual([
      ["statement-period-reversed", undefined],
      ["statement-bad-period", "today"],
    ]);
    expect(result.problems[1]!.message).toContain("0.5");
  });
});
