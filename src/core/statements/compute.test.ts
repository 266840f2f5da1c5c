import { columnLetters } from "../address";
import { type Fen, fenToNumber } from "../money";
import {
  makeCustomer,
  makePayment,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
  type RowValues,
  type WorkbookParts,
} from "../testing/factories";
import { CUSTOMERS_TABLE, PAYMENTS_TABLE, SHIPMENTS_TABLE, type TableSpec } from "../workbook/schema";
import type { WorkbookData } from "../workbook/tableData";
import { computeStatement, lastMonth } from "./compute";
import type { Statement, StatementRequest } from "./statement";

const NOV_1 = serial("2026-11-01");
const NOV_30 = serial("2026-11-30");

function request(overrides: Partial<StatementRequest> = {}): StatementRequest {
  return { customer: "华美贸易", from: NOV_1, to: NOV_30, detail: "notes", lang: "zh", ...overrides };
}

/** The sheet address of body row `row` (0-based) in `header`'s column, the table at A1. */
function cell(spec: TableSpec, row: number, header: string): string {
  const index = spec.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(header);
  return `${columnLetters(index)}${row + 2}`;
}

/** Fen as yuan, for readable expectations. */
const yuan = (fen: Fen | null): number | null => (fen === null ? null : fenToNumber(fen));

/**
 * Computes a statement that must succeed, and checks the arithmetic every statement owes: each
 * entry's balance is the one before plus its effect, the last is the closing, and
 * closing = opening + deliveries − returns − payments, each total the sum of its entries.
 */
function ok(data: WorkbookData, overrides: Partial<StatementRequest> = {}): Statement {
  const result = computeStatement(data, request(overrides));
  expect(result.problems).toEqual([]);
  const s = result.statement!;
  let balance = s.opening as number;
  const sums = { delivery: 0, return: 0, payment: 0 };
  for (const e of s.entries) {
    balance += e.kind === "payment" ? -e.amount : e.amount;
    expect(e.balance).toBe(balance);
    sums[e.kind] += e.amount;
    if (e.kind === "delivery") expect(e.amount).toBeGreaterThanOrEqual(0);
    if (e.kind === "return") expect(e.amount).toBeLessThanOrEqual(0);
    expect(Number.isSafeInteger(e.amount)).toBe(true);
  }
  expect(s.deliveries).toBe(sums.delivery);
  expect(s.returns).toBe(0 - sums.return);
  expect(s.payments).toBe(sums.payment);
  expect(s.closing).toBe(s.opening + s.deliveries - s.returns - s.payments);
  expect(s.closing).toBe(balance);
  return s;
}

function refused(data: WorkbookData, overrides: Partial<StatementRequest> = {}, lang?: "zh" | "en") {
  const result = computeStatement(data, request(overrides), lang);
  expect(result.statement).toBeUndefined();
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

/**
 * The worked example: 华美贸易 on 月结30天 with 1,000.00 期初应收 at 2026-09-30; statement for
 * November 2026. Rows before 期初日期 and after the period are decoys that must not count.
 */
function workedExample(parts: WorkbookParts = {}): WorkbookData {
  return makeWorkbookData({
    customers: [makeCustomer({ 结算方式: "月结30天", 期初应收: 1000, 期初日期: serial("2026-09-30") })],
    shipments: [
      // Before 期初日期: already inside the 1,000.00.
      makeShipment({ 单号: "SH20260915-01", 日期: serial("2026-09-15"), 数量: 40, 金额: 500 }),
      // Before the period: 10 × 12.50 = 125.00 and 20 × 3.30 = 66.00, one note.
      makeShipment({ 单号: "SH20261005-01", 日期: serial("2026-10-05"), 数量: 10, 金额: 125 }),
      makeShipment({
        单号: "SH20261005-01",
        日期: serial("2026-10-05"),
        订单号: "SO-002",
        货号: "B-200",
        数量: 20,
        单价: 3.3,
        金额: 66,
      }),
      // In the period: 40 × 12.50 = 500.00 and 7 × 8.88 = 62.16 on one note, 562.16.
      makeShipment({
        单号: "SH20261103-01",
        日期: serial("2026-11-03"),
        品名: "保温杯",
        数量: 40,
        金额: 500,
      }),
      makeShipment({
        单号: "SH20261103-01",
        日期: serial("2026-11-03"),
        订单号: "SO-003",
        货号: "C-300",
        品名: "杯套",
        数量: 7,
        单价: 8.88,
        金额: 62.16,
      }),
      // A return of 2 × 12.50 = −25.00, the same day as a payment listed before it.
      makeShipment({
        单号: "TH20261110-01",
        日期: serial("2026-11-10"),
        类型: "退货",
        数量: -2,
        金额: -25,
      }),
      // After the period.
      makeShipment({ 单号: "SH20261201-01", 日期: serial("2026-12-01"), 数量: 24, 金额: 300 }),
    ],
    payments: [
      makePayment({ 收款日期: serial("2026-11-10"), 金额: 300.5, 类型: "货款", 方式: "银行转账" }),
      makePayment({ 收款日期: serial("2026-09-20"), 金额: 200 }),
      makePayment({ 收款日期: serial("2026-10-20"), 金额: 191 }),
      makePayment({ 收款日期: serial("2026-11-30"), 金额: 100, 类型: "余款", 方式: "", 订单号: "SO-003" }),
      makePayment({ 收款日期: serial("2026-12-02"), 金额: 50 }),
    ],
    ...parts,
  });
}

describe("computeStatement: the worked example", () => {
  test("opening, notes in date order with running balance, totals and closing", () => {
    const s = ok(workedExample());
    // 上期结欠 = 1,000.00 (期初应收 at 09-30) + 125.00 + 66.00 (10-05) − 191.00 (10-20) = 1,000.00;
    // the 500.00 delivered 09-15 and the 200.00 received 09-20 are before 期初日期 and ignored.
    expect(yuan(s.opening)).toBe(1000);
    expect(s.openingAsOf).toBe(NOV_1);
    expect(
      s.entries.map((e) => [e.kind, e.date, e.reference, e.orderNos, yuan(e.amount), yuan(e.balance)]),
    ).toEqual([
      // 1,000.00 + 562.16 = 1,562.16
      ["delivery", serial("2026-11-03"), "SH20261103-01", "SO-001、SO-003", 562.16, 1562.16],
      // 1,562.16 − 25.00 = 1,537.16 (on 11-10 the note comes before the payment)
      ["return", serial("2026-11-10"), "TH20261110-01", "SO-001", -25, 1537.16],
      // 1,537.16 − 300.50 = 1,236.66
      ["payment", serial("2026-11-10"), "银行转账", "SO-001", 300.5, 1236.66],
      // 1,236.66 − 100.00 = 1,136.66; 方式 blank, so 类型 is the reference
      ["payment", NOV_30, "余款", "SO-003", 100, 1136.66],
    ]);
    // 本期送货 562.16, 本期退货 25.00, 本期收款 300.50 + 100.00 = 400.50;
    // 本期结欠 = 1,000.00 + 562.16 − 25.00 − 400.50 = 1,136.66.
    expect([yuan(s.deliveries), yuan(s.returns), yuan(s.payments), yuan(s.closing)]).toEqual([
      562.16, 25, 400.5, 1136.66,
    ]);
    expect(s.entries.every((e) => e.itemNo === "" && e.quantity === null && e.price === null)).toBe(true);
  });

  test("the customer block, currency, terms, period, language and 对账回传天数 come along", () => {
    const s = ok(workedExample({ settings: { STATEMENT_REPLY_DAYS: 10 } }), { lang: "en" });
    expect(s.customer).toEqual({
      name: "华美贸易",
      contact: "王经理",
      phone: "0574-88886666",
      address: "宁波市鄞州区",
      currency: "CNY",
      terms: "月结30天",
    });
    expect([s.from, s.to, s.detail, s.lang, s.replyDays]).toEqual([NOV_1, NOV_30, "notes", "en", 10]);
  });

  test("对账回传天数 missing or not a whole number falls back to its default of 7", () => {
    expect(ok(workedExample({ settings: { STATEMENT_REPLY_DAYS: "一周" } })).replyDays).toBe(7);
    expect(ok(workedExample({ settings: { STATEMENT_REPLY_DAYS: 2.5 } })).replyDays).toBe(7);
    expect(ok(workedExample({ settings: { STATEMENT_REPLY_DAYS: 0 } })).replyDays).toBe(0);
  });

  test('detail "lines": one entry per delivered item, with 货号, 品名, 数量 and 单价, same totals', () => {
    const notes = ok(workedExample());
    const lines = ok(workedExample(), { detail: "lines" });
    expect(
      lines.entries.map((e) => [
        e.kind,
        e.reference,
        e.orderNos,
        e.itemNo,
        e.name,
        e.quantity,
        yuan(e.price),
        yuan(e.amount),
        yuan(e.balance),
      ]),
    ).toEqual([
      // 1,000.00 + 500.00 = 1,500.00, then + 62.16 = 1,562.16: the note's balance after its last line
      ["delivery", "SH20261103-01", "SO-001", "A-100", "保温杯", 40, 12.5, 500, 1500],
      ["delivery", "SH20261103-01", "SO-003", "C-300", "杯套", 7, 8.88, 62.16, 1562.16],
      ["return", "TH20261110-01", "SO-001", "A-100", "", -2, 12.5, -25, 1537.16],
      ["payment", "银行转账", "SO-001", "", "", null, null, 300.5, 1236.66],
      ["payment", "余款", "SO-003", "", "", null, null, 100, 1136.66],
    ]);
    expect(lines.detail).toBe("lines");
    for (const key of ["opening", "deliveries", "returns", "payments", "closing"] as const) {
      expect(lines[key]).toBe(notes[key]);
    }
  });

  test("the period's edges are inclusive: from and to count, the day before and after do not", () => {
    // October: opening 1,000.00 at 09-30; 125.00 + 66.00 on 10-05; −191.00 on 10-20 → 1,000.00.
    const october = ok(workedExample(), { from: serial("2026-10-05"), to: serial("2026-10-20") });
    expect(october.entries.map((e) => e.date)).toEqual([serial("2026-10-05"), serial("2026-10-20")]);
    expect([yuan(october.opening), yuan(october.closing)]).toEqual([1000, 1000]);
    const after = ok(workedExample(), { from: serial("2026-10-06"), to: serial("2026-10-19") });
    expect(after.entries).toEqual([]);
    // 1,000.00 + 191.00 delivered before 10-06 = 1,191.00, nothing in the period.
    expect([yuan(after.opening), yuan(after.closing)]).toEqual([1191, 1191]);
  });

  test("a later statement's opening is an earlier one's closing", () => {
    const november = ok(workedExample());
    const december = ok(workedExample(), { from: serial("2026-12-01"), to: serial("2026-12-31") });
    expect(december.opening).toBe(november.closing);
    // 1,136.66 + 300.00 − 50.00 = 1,386.66
    expect(yuan(december.closing)).toBe(1386.66);
  });
});

describe("computeStatement: customers and currencies", () => {
  test("a quiet period still gives a statement: no entries, opening = closing", () => {
    const s = ok(workedExample(), { from: serial("2026-11-11"), to: serial("2026-11-29") });
    expect(s.entries).toEqual([]);
    // 1,000.00 + 562.16 − 25.00 − 300.50 = 1,236.66 before 11-11
    expect([yuan(s.opening), yuan(s.deliveries), yuan(s.returns), yuan(s.payments), yuan(s.closing)]).toEqual(
      [1236.66, 0, 0, 0, 1236.66],
    );
  });

  test("a customer with nothing at all: a statement of zeros", () => {
    const s = ok(makeWorkbookData());
    expect(s.entries).toEqual([]);
    expect([s.opening, s.closing]).toEqual([0, 0]);
  });

  test("an opening-only customer without 期初日期 owes its 期初应收 from the beginning", () => {
    const s = ok(makeWorkbookData({ customers: [makeCustomer({ 期初应收: 5000.05 })] }));
    expect([yuan(s.opening), yuan(s.closing), s.entries.length]).toEqual([5000.05, 5000.05, 0]);
  });

  test("a USD customer: amounts in dollars, rows with a blank or lower-case 币种 are its own", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer({ 客户名称: "Greenleaf", 币种: "USD", 期初应收: 1200 })],
      shipments: [
        makeShipment({ 客户: "Greenleaf", 币种: "USD", 日期: serial("2026-11-05"), 金额: 3150.4 }),
        makeShipment({
          单号: "SH20261106-01",
          客户: "greenleaf",
          币种: "",
          日期: serial("2026-11-06"),
          金额: 99.6,
        }),
      ],
      payments: [
        makePayment({
          客户: "GREENLEAF",
          币种: "usd",
          收款日期: serial("2026-11-20"),
          金额: 2000,
          方式: "T/T",
        }),
      ],
    });
    const s = ok(data, { customer: "Greenleaf" });
    expect(s.customer.currency).toBe("USD");
    // 1,200.00 + 3,150.40 + 99.60 − 2,000.00 = 2,450.00
    expect(s.entries.map((e) => yuan(e.balance))).toEqual([4350.4, 4450, 2450]);
    expect(yuan(s.closing)).toBe(2450);
  });

  test("a customer with a blank 币种 is in CNY", () => {
    const s = ok(
      makeWorkbookData({ customers: [makeCustomer({ 币种: "" })], shipments: [makeShipment({ 币种: "" })] }),
    );
    expect(s.customer.currency).toBe("CNY");
    expect(yuan(s.closing)).toBe(125);
  });

  test("rows in another currency are refused, one message per table listing their cells", () => {
    const data = makeWorkbookData({
      shipments: [
        makeShipment(),
        makeShipment({ 币种: "USD" }),
        makeShipment({ 币种: "usd" }),
        makeShipment({ 客户: "别家", 币种: "USD" }),
      ],
      payments: [makePayment(), makePayment({ 币种: "EUR" })],
    });
    const problems = refused(data);
    expect(
      problems.map((p) => [p.code, p.sheet, p.cell, p.params.count, p.params.cells, p.params.currencies]),
    ).toEqual([
      ["statement-mixed-currency", "发货", cell(SHIPMENTS_TABLE, 1, "币种"), 2, "M3、M4", "USD"],
      ["statement-mixed-currency", "收款", cell(PAYMENTS_TABLE, 1, "币种"), 1, "E3", "EUR"],
    ]);
    expect(problems[0]!.message).toBe(
      "客户「华美贸易」的币种为 CNY，但发货表中有 2 行为其他币种（USD）：M3、M4。对账单不能混合币种：请改正这些行的币种，或为该币种另建客户。",
    );
    expect(refused(data, {}, "en")[1]!.message).toContain("1 row of 收款 is in another currency (EUR): E3");
  });

  test("a long list of foreign rows names the first ten and counts them all", () => {
    const rows = Array.from({ length: 12 }, () => makeShipment({ 币种: "USD" }));
    const [problem] = refused(makeWorkbookData({ shipments: rows }));
    expect(problem!.params.count).toBe(12);
    expect(problem!.params.cells).toBe("M2、M3、M4、M5、M6、M7、M8、M9、M10、M11…");
  });

  test("foreign rows that do not count (before 期初日期, after the period) are not refused", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer({ 期初日期: serial("2026-10-01") })],
      shipments: [
        makeShipment({ 币种: "USD", 日期: serial("2026-09-30") }),
        makeShipment({ 币种: "USD", 日期: serial("2026-12-01") }),
      ],
    });
    expect(ok(data).closing).toBe(0);
  });

  test("customer names match without regard to case, as SUMIF does, and the first 客户 row wins", () => {
    const data = makeWorkbookData({
      customers: [
        makeCustomer({ 客户名称: "Acme Ltd", 联系人: "Ann" }),
        makeCustomer({ 客户名称: "ACME LTD", 联系人: "Bob" }),
      ],
      shipments: [
        makeShipment({ 客户: "acme ltd", 日期: serial("2026-11-02") }),
        makeShipment({ 客户: "Acme", 日期: serial("2026-11-02") }),
      ],
    });
    const s = ok(data, { customer: "  ACME ltd " });
    expect([s.customer.name, s.customer.contact, s.entries.length, yuan(s.closing)]).toEqual([
      "Acme Ltd",
      "Ann",
      1,
      125,
    ]);
  });

  test("another customer's rows do not count, and their bad cells do not stop this statement", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer(), makeCustomer({ 客户名称: "宏达" })],
      shipments: [makeShipment(), makeShipment({ 客户: "宏达", 金额: "abc", 日期: "昨天" })],
      payments: [makePayment({ 客户: "宏达", 币种: "USD" })],
    });
    expect(yuan(ok(data).closing)).toBe(125);
  });
});

describe("computeStatement: order and grouping", () => {
  test("same day: notes by number (digits as numbers), returns after deliveries, then payments", () => {
    const day = serial("2026-11-12");
    const data = makeWorkbookData({
      shipments: [
        makeShipment({ 单号: "TH20261112-01", 日期: day, 类型: "退货", 数量: -1, 金额: -12.5 }),
        makeShipment({ 单号: "SH20261112-10", 日期: day, 金额: 100 }),
        makeShipment({ 单号: "SH20261112-2", 日期: day, 金额: 200 }),
        makeShipment({ 单号: "SH20261111-05", 日期: day - 1, 金额: 300 }),
      ],
      payments: [
        makePayment({ 收款日期: day, 金额: 50, 方式: "现金" }),
        makePayment({ 收款日期: day - 1, 金额: 60, 方式: "支付宝" }),
        makePayment({ 收款日期: day, 金额: 70, 方式: "微信" }),
      ],
    });
    const s = ok(data);
    expect(s.entries.map((e) => e.reference)).toEqual([
      "SH20261111-05",
      "支付宝",
      "SH20261112-2",
      "SH20261112-10",
      "TH20261112-01",
      "现金",
      "微信",
    ]);
    // 300 − 60 + 200 + 100 − 12.50 − 50 − 70 = 407.50
    expect(yuan(s.closing)).toBe(407.5);
  });

  test("a note's rows group by 单号 without regard to case; rows without 单号 stay apart", () => {
    const data = makeWorkbookData({
      shipments: [
        makeShipment({ 单号: "SH-1", 订单号: "SO-001", 金额: 10 }),
        makeShipment({ 单号: "", 订单号: "SO-009", 金额: 1 }),
        makeShipment({ 单号: "sh-1", 订单号: "so-001", 金额: 20 }),
        makeShipment({ 单号: "SH-1", 订单号: "SO-002", 金额: 30 }),
        makeShipment({ 单号: "", 订单号: "SO-009", 金额: 2 }),
      ],
    });
    const s = ok(data);
    expect(s.entries.map((e) => [e.reference, e.orderNos, yuan(e.amount)])).toEqual([
      ["", "SO-009", 1],
      ["", "SO-009", 2],
      ["SH-1", "SO-001、SO-002", 60],
    ]);
  });

  test("a 单号 with rows on two dates or of both kinds gives one entry for each", () => {
    const data = makeWorkbookData({
      shipments: [
        makeShipment({ 单号: "SH-1", 日期: serial("2026-10-31"), 金额: 40 }),
        makeShipment({ 单号: "SH-1", 日期: serial("2026-11-02"), 金额: 10 }),
        makeShipment({ 单号: "SH-1", 日期: serial("2026-11-02"), 类型: "退货", 数量: -1, 金额: -5 }),
        makeShipment({ 单号: "SH-1", 日期: serial("2026-11-02"), 金额: 20 }),
      ],
    });
    const s = ok(data);
    expect(yuan(s.opening)).toBe(40);
    expect(s.entries.map((e) => [e.kind, yuan(e.amount)])).toEqual([
      ["delivery", 30],
      ["return", -5],
    ]);
    // 40 + 30 − 5 = 65
    expect(yuan(s.closing)).toBe(65);
  });

  test("a date with a time of day counts on its day", () => {
    const s = ok(makeWorkbookData({ shipments: [makeShipment({ 日期: NOV_30 + 0.75 })] }));
    expect(s.entries.map((e) => e.date)).toEqual([NOV_30]);
  });

  test("a 发货 row's kind: 类型 退货 is a return; blank 类型 goes by the sign of 金额", () => {
    const data = makeWorkbookData({
      shipments: [
        makeShipment({ 单号: "A", 类型: "", 金额: -10 }),
        makeShipment({ 单号: "B", 类型: "", 金额: 30 }),
        makeShipment({ 单号: "C", 类型: "退货", 金额: 0 }),
        makeShipment({ 单号: "D", 类型: "送货", 金额: 0 }),
      ],
    });
    const s = ok(data);
    expect(s.entries.map((e) => [e.reference, e.kind])).toEqual([
      ["A", "return"],
      ["B", "delivery"],
      ["C", "return"],
      ["D", "delivery"],
    ]);
    expect([yuan(s.deliveries), yuan(s.returns), yuan(s.closing)]).toEqual([30, 10, 20]);
  });

  test("amounts are exact in fen: 0.1 + 0.2 − 0.3 leaves nothing owed", () => {
    const data = makeWorkbookData({
      shipments: [makeShipment({ 单号: "A", 金额: 0.1 }), makeShipment({ 单号: "B", 金额: 0.2 })],
      payments: [makePayment({ 收款日期: serial("2026-11-21"), 金额: 0.3 })],
    });
    const s = ok(data);
    expect([s.deliveries, s.payments, s.closing]).toEqual([30, 30, 0]);
  });

  test("a refund (negative payment) raises the balance; a customer in credit has a negative balance", () => {
    const data = makeWorkbookData({
      payments: [
        makePayment({ 收款日期: serial("2026-11-03"), 金额: 500 }),
        makePayment({ 收款日期: serial("2026-11-04"), 金额: -200, 类型: "其他", 方式: "退款" }),
      ],
    });
    const s = ok(data);
    expect(s.entries.map((e) => yuan(e.balance))).toEqual([-500, -300]);
    expect(yuan(s.payments)).toBe(300);
  });
});

describe("computeStatement: 期初日期", () => {
  /** 期初应收 800.00; 10.00 on every one of the dates given, as deliveries. */
  function opening(openingDate: number | "", dates: string[]): WorkbookData {
    return makeWorkbookData({
      customers: [makeCustomer({ 期初应收: 800, 期初日期: openingDate })],
      shipments: dates.map((d, i) => makeShipment({ 单号: `SH-${i + 1}`, 日期: serial(d), 金额: 10 })),
    });
  }
  const DATES = [
    "2026-01-15",
    "2026-10-30",
    "2026-10-31",
    "2026-11-01",
    "2026-11-14",
    "2026-11-15",
    "2026-11-30",
  ];

  test.each([
    // [期初日期, opening, openingAsOf, dates in the period, closing]
    // blank: 800 + 10 × 3 before November = 830; 4 in November → 870
    ["blank", "", 830, "2026-11-01", ["2026-11-01", "2026-11-14", "2026-11-15", "2026-11-30"], 870],
    // 10-31: the rows of 01-15 and 10-30 are history; 800 + 10 (10-31) = 810; → 850
    [
      "before the period",
      serial("2026-10-31"),
      810,
      "2026-11-01",
      ["2026-11-01", "2026-11-14", "2026-11-15", "2026-11-30"],
      850,
    ],
    // on the first day: 800, every earlier row ignored; → 840
    [
      "the first day",
      NOV_1,
      800,
      "2026-11-01",
      ["2026-11-01", "2026-11-14", "2026-11-15", "2026-11-30"],
      840,
    ],
    // inside the period: the opening stands at 11-15 and 11-01, 11-14 are history; → 820
    ["inside the period", serial("2026-11-15"), 800, "2026-11-15", ["2026-11-15", "2026-11-30"], 820],
    // the last day: 800 + 10 → 810
    ["the last day", NOV_30, 800, "2026-11-30", ["2026-11-30"], 810],
  ] as const)("期初日期 %s", (_label, openingDate, openingYuan, asOf, datesIn, closingYuan) => {
    const s = ok(opening(openingDate, DATES));
    expect(yuan(s.opening)).toBe(openingYuan);
    expect(s.openingAsOf).toBe(serial(asOf));
    expect(s.entries.map((e) => e.date)).toEqual(datesIn.map(serial));
    expect(yuan(s.closing)).toBe(closingYuan);
  });

  test("期初日期 after the period is refused: the workbook holds nothing before it", () => {
    const [problem] = refused(opening(serial("2026-12-01"), DATES));
    expect([problem!.code, problem!.sheet, problem!.cell]).toEqual([
      "statement-opening-after-period",
      "客户",
      cell(CUSTOMERS_TABLE, 0, "期初日期"),
    ]);
    expect(problem!.message).toContain("2026-12-01");
  });

  test("期初应收 blank with a 期初日期: the date still cuts off the history before it", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer({ 期初应收: "", 期初日期: serial("2026-11-10") })],
      shipments: [makeShipment({ 日期: serial("2026-11-09") }), makeShipment({ 日期: serial("2026-11-10") })],
    });
    const s = ok(data);
    expect([s.opening, yuan(s.closing), s.entries.length]).toEqual([0, 125, 1]);
  });

  test("a negative 期初应收 (a prepayment carried over) is a credit", () => {
    const s = ok(
      makeWorkbookData({ customers: [makeCustomer({ 期初应收: -300 })], shipments: [makeShipment()] }),
    );
    expect([yuan(s.opening), yuan(s.closing)]).toEqual([-300, -175]);
  });

  test.each([
    ["期初日期", "上月底", "statement-bad-date"],
    ["期初日期", true, "statement-bad-date"],
    ["期初日期", -5, "statement-bad-date"],
    ["期初应收", "一千", "statement-bad-amount"],
  ] as const)("%s %p on the customer is refused, naming the cell", (header, value, code) => {
    const problems = refused(
      makeWorkbookData({ customers: [makeCustomer({ 期初应收: 100, [header]: value })] }),
    );
    expect(problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      [code, "客户", cell(CUSTOMERS_TABLE, 0, header)],
    ]);
  });
});

describe("computeStatement: dates Excel can show", () => {
  test.each([0, 0.999, -1])("a 发货 dated serial %p, which Excel shows as no date, is refused", (date) => {
    const problems = refused(makeWorkbookData({ shipments: [makeShipment({ 日期: date })] }));
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ["statement-bad-date", cell(SHIPMENTS_TABLE, 0, "日期")],
    ]);
  });

  test.each([1, 1.75])("a 收款 dated serial %p is on 1900-01-01: history before the period", (date) => {
    const s = ok(makeWorkbookData({ payments: [makePayment({ 收款日期: date, 金额: 10 })] }));
    expect([yuan(s.opening), s.entries.length]).toEqual([-10, 0]);
  });
});

describe("computeStatement: customer names", () => {
  test("spaces around a name in 客户, 发货 or 收款, or in the request, do not hide the customer's rows", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer({ 客户名称: " 华美贸易 ", 结算方式: "月结30天" })],
      shipments: [makeShipment({ 客户: "华美贸易 ", 日期: serial("2026-11-10"), 金额: 125 })],
      payments: [makePayment({ 客户: " 华美贸易", 收款日期: serial("2026-11-12"), 金额: 100 })],
    });
    const s = ok(data, { customer: "华美贸易  " });
    expect([yuan(s.deliveries), yuan(s.payments), yuan(s.closing)]).toEqual([125, 100, 25]);
  });
});

describe("computeStatement: refusals", () => {
  test.each([
    ["unknown", "宏达"],
    ["blank", "  "],
  ])("a customer that is %s", (_label, customer) => {
    const problems = refused(makeWorkbookData(), { customer });
    expect(problems.map((p) => [p.code, p.sheet])).toEqual([["statement-unknown-customer", "客户"]]);
    expect(problems[0]!.message).toContain(`「${customer}」`);
  });

  test.each([
    ["from after to", { from: NOV_30, to: NOV_1 }, [["statement-period-reversed", {}]]],
    ["from not whole", { from: NOV_1 + 0.5 }, [["statement-bad-period", { bound: "from" }]]],
    ["to NaN", { to: Number.NaN }, [["statement-bad-period", { bound: "to" }]]],
    ["serial 0 (1900-01-00)", { from: 0 }, [["statement-bad-period", { bound: "from" }]]],
    [
      "both negative",
      { from: -1, to: -2 },
      [
        ["statement-bad-period", { bound: "from" }],
        ["statement-bad-period", { bound: "to" }],
      ],
    ],
  ] as const)("a malformed period: %s", (_label, period, expected) => {
    const problems = refused(makeWorkbookData(), period);
    expect(problems.map((p) => [p.code, p.params])).toEqual(
      expected.map(([code, params]) => [code, expect.objectContaining(params)]),
    );
  });

  test("the period's messages in both languages", () => {
    const zh = refused(makeWorkbookData(), { from: NOV_30, to: NOV_1 });
    expect(zh[0]!.message).toBe("对账期的开始日期 2026-11-30 晚于结束日期 2026-11-01。请改正对账期。");
    const en = refused(makeWorkbookData(), { from: 1.5 }, "en");
    expect(en[0]!.message).toBe(
      `The period's first day "1.5" is not a valid date. Type a date, e.g. 2026-11-01.`,
    );
  });

  test.each([
    ["发货", "金额", "一百", "statement-bad-amount", SHIPMENTS_TABLE, makeShipment],
    ["发货", "金额", "", "statement-bad-amount", SHIPMENTS_TABLE, makeShipment],
    ["发货", "日期", "11月3日", "statement-bad-date", SHIPMENTS_TABLE, makeShipment],
    ["发货", "日期", "", "statement-bad-date", SHIPMENTS_TABLE, makeShipment],
    ["收款", "金额", "三百", "statement-bad-amount", PAYMENTS_TABLE, makePayment],
    ["收款", "金额", null, "statement-bad-amount", PAYMENTS_TABLE, makePayment],
    ["收款", "收款日期", "2026/11/5", "statement-bad-date", PAYMENTS_TABLE, makePayment],
  ] as const)(
    "%s %s %p on the customer's row is refused, naming the cell",
    (sheet, header, value, code, spec, make) => {
      const rows: RowValues[] = [make({}), make({ [header]: value })];
      const data = makeWorkbookData(spec === SHIPMENTS_TABLE ? { shipments: rows } : { payments: rows });
      const problems = refused(data);
      expect(problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([[code, sheet, cell(spec, 1, header)]]);
      expect(problems[0]!.message).toContain(`「${header}」`);
    },
  );

  test("a bad 金额 dated after the period does not count and is not read", () => {
    const data = makeWorkbookData({
      shipments: [makeShipment({ 日期: serial("2026-12-01"), 金额: "待定" })],
    });
    expect(ok(data).closing).toBe(0);
  });

  test("every bad row is reported at once", () => {
    const data = makeWorkbookData({
      shipments: [makeShipment({ 金额: "x" }), makeShipment({ 日期: "y" }), makeShipment({ 币种: "USD" })],
      payments: [makePayment({ 金额: "z" })],
    });
    expect(refused(data).map((p) => p.cell)).toEqual(["O2", "B3", "F2", "M4"]);
  });

  test.each([
    ["退货", 25, "statement-type-mismatch"],
    ["送货", -25, "statement-type-mismatch"],
  ])("类型 %s with 金额 %p is refused rather than counted the wrong way", (type, amount, code) => {
    const problems = refused(makeWorkbookData({ shipments: [makeShipment({ 类型: type, 金额: amount })] }));
    expect(problems.map((p) => [p.code, p.cell])).toEqual([[code, cell(SHIPMENTS_TABLE, 0, "金额")]]);
    expect(problems[0]!.message).toContain("SH20261120-01");
  });

  test.each(["Customers", "Shipments", "Payments"])("a missing %s table is refused", (table) => {
    const problems = refused(makeWorkbookData({ without: [table] }));
    expect(problems.map((p) => [p.code, p.params.table])).toEqual([["table-missing", table]]);
  });

  test("a missing column the statement reads is refused", () => {
    const headers = SHIPMENTS_TABLE.columns.map((c) => c.header).filter((h) => h !== "金额");
    const data = makeWorkbookData();
    data[SHIPMENTS_TABLE.table] = makeTable(SHIPMENTS_TABLE, [makeShipment()], { headers });
    const problems = refused(data);
    expect(problems.map((p) => [p.code, p.sheet, p.params.column])).toEqual([
      ["column-missing", "发货", "金额"],
    ]);
  });

  test("optional columns may be missing: 单号 missing leaves every row on its own", () => {
    const headers = SHIPMENTS_TABLE.columns
      .map((c) => c.header)
      .filter((h) => !["单号", "币种", "类型"].includes(h));
    const data = makeWorkbookData();
    data[SHIPMENTS_TABLE.table] = makeTable(SHIPMENTS_TABLE, [makeShipment(), makeShipment({ 金额: -5 })], {
      headers,
    });
    const s = ok(data);
    expect(s.entries.map((e) => [e.kind, e.reference, yuan(e.amount)])).toEqual([
      ["delivery", "", 125],
      ["return", "", -5],
    ]);
  });

  test("tables placed elsewhere on their sheets name the right cells", () => {
    const data = makeWorkbookData();
    data[SHIPMENTS_TABLE.table] = makeTable(SHIPMENTS_TABLE, [makeShipment({ 金额: "?" })], {
      row: 3,
      col: 1,
    });
    expect(refused(data).map((p) => p.cell)).toEqual(["P5"]);
  });

  test("problems are said in the language asked for, the statement's own language aside", () => {
    const data = makeWorkbookData({ shipments: [makeShipment({ 金额: "?" })] });
    const [problem] = refused(data, { lang: "zh" }, "en");
    expect(problem!.message).toBe(
      `No statement for "华美贸易": "金额" in 发货 is "?", not a number. Type the amount as a number.`,
    );
  });
});

describe("lastMonth", () => {
  test.each([
    ["2026-11-22", "2026-10-01", "2026-10-31"],
    ["2026-12-01", "2026-11-01", "2026-11-30"],
    ["2027-01-15", "2026-12-01", "2026-12-31"],
    ["2026-01-01", "2025-12-01", "2025-12-31"],
    ["2024-03-31", "2024-02-01", "2024-02-29"],
    ["2023-03-01", "2023-02-01", "2023-02-28"],
    ["2000-03-10", "2000-02-01", "2000-02-29"],
    ["2100-03-10", "2100-02-01", "2100-02-28"],
  ])("today %s → %s to %s", (today, from, to) => {
    expect(lastMonth(serial(today))).toEqual({ from: serial(from), to: serial(to) });
  });

  test("a time of day is dropped", () => {
    expect(lastMonth(serial("2027-01-31") + 0.99)).toEqual(lastMonth(serial("2027-01-01")));
  });

  test.each([Number.NaN, -1, 0])("today %p is not a date", (today) => {
    expect(() => lastMonth(today)).toThrow(RangeError);
  });
});
