import type { Fen } from "../money";
import { SETTINGS, SETTINGS_TABLE, ORDERS_TABLE } from "../workbook/schema";
import {
  makeOrderLine,
  makePayment,
  makeSettingsRows,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
  TEST_TODAY,
  type RowValues,
  type WorkbookParts,
} from "../testing/factories";
import {
  computeCosting,
  computeOrderTracking,
  costingProfit,
  findSetting,
  lineKey,
  matchKey,
  paymentStatusOf,
  readTrackingSettings,
  specHeader,
  type TrackingSettings,
} from "./tracking";

const DEFAULTS: TrackingSettings = {
  fxUsd: 7.1,
  netFactor: 0.96,
  depositRate: 0.3,
  dueWarnDays: 7,
  minMargin: 0.1,
  overshipRate: 0,
};

function track(parts: WorkbookParts, today = TEST_TODAY) {
  return computeOrderTracking(makeWorkbookData(parts), today);
}

/** The tracking of the only order line in `parts`. */
function trackOne(parts: WorkbookParts, today = TEST_TODAY) {
  const [line] = track(parts, today);
  if (!line) throw new Error("no line");
  return line;
}

describe("keys compare as SUMIF and MATCH do", () => {
  test("text ignores case; a number equals its text", () => {
    expect(matchKey("so-001")).toBe(matchKey("SO-001"));
    expect(matchKey(1)).toBe(matchKey("1"));
    expect(matchKey(1001)).not.toBe(matchKey("1001 "));
  });

  test("blanks match nothing", () => {
    expect(matchKey("")).toBeNull();
    expect(matchKey("   ")).toBeNull();
    expect(matchKey(null)).toBeNull();
    expect(matchKey(undefined)).toBeNull();
    expect(lineKey("SO-1", "")).toBeNull();
    expect(lineKey("", 1)).toBeNull();
    expect(lineKey("so-1", "1")).toBe(lineKey("SO-1", 1));
    expect(lineKey("SO-1", 1)).not.toBe(lineKey("SO-1", 2));
  });
});

describe("settings", () => {
  test("defaults when 参数 holds the defaults", () => {
    expect(readTrackingSettings(makeWorkbookData())).toEqual(DEFAULTS);
  });

  test("values typed in 参数 are used", () => {
    const data = makeWorkbookData({ settings: { FX_USD: 6.9, DEPOSIT_RATE: 0.5, OVERSHIP_RATE: 0.05 } });
    expect(readTrackingSettings(data)).toEqual({
      ...DEFAULTS,
      fxUsd: 6.9,
      depositRate: 0.5,
      overshipRate: 0.05,
    });
  });

  test("a missing table, a missing row or a value that is not a number falls back to the default", () => {
    expect(readTrackingSettings(makeWorkbookData({ without: ["Settings"] }))).toEqual(DEFAULTS);
    const data = makeWorkbookData({ settings: { NET_FACTOR: "abc", DUE_WARN_DAYS: "" } });
    expect(readTrackingSettings(data)).toEqual(DEFAULTS);
    const rows = makeSettingsRows({ FX_USD: 6.5 }).filter((r) => r["项目"] !== "净收汇系数");
    data[SETTINGS_TABLE.table] = makeTable(SETTINGS_TABLE, rows);
    expect(readTrackingSettings(data)).toEqual({ ...DEFAULTS, fxUsd: 6.5 });
  });

  test("findSetting names the row, whatever order the rows are in", () => {
    const rows = makeSettingsRows().reverse();
    const data = makeWorkbookData();
    data[SETTINGS_TABLE.table] = makeTable(SETTINGS_TABLE, rows);
    const fx = findSetting(data, "FX_USD");
    expect(fx?.row).toBe(SETTINGS.length - 1 - SETTINGS.findIndex((s) => s.name === "FX_USD"));
    expect(fx?.value).toBe(7.1);
    expect(findSetting(data, "NO_SUCH")).toBeNull();
  });

  test("specHeader refuses a header the contract lacks", () => {
    expect(specHeader(ORDERS_TABLE, "数量")).toBe("数量");
    expect(() => specHeader(ORDERS_TABLE, "數量")).toThrow("Orders");
  });
});

describe("金额 and order totals", () => {
  test("金额 = ROUND(数量 × 单价, 2) in fen", () => {
    expect(trackOne({ orders: [makeOrderLine()] }).amount).toBe(125000);
    expect(trackOne({ orders: [makeOrderLine({ 数量: 3, 单价: 0.335 })] }).amount).toBe(101);
  });

  test("金额 is blank without 数量 or 单价, or when they are not numbers", () => {
    const cases: RowValues[] = [{ 数量: "" }, { 单价: "" }, { 数量: "ten" }, { 单价: true }];
    for (const overrides of cases) {
      expect(trackOne({ orders: [makeOrderLine(overrides)] }).amount).toBeNull();
    }
  });

  test("the order total sums the lines with the same 订单号, case-insensitively", () => {
    const lines = track({
      orders: [
        makeOrderLine({ 订单号: "SO-001", 行号: 1, 数量: 10, 单价: 1.1 }),
        makeOrderLine({ 订单号: "so-001", 行号: 2, 数量: 20, 单价: 2.2 }),
        makeOrderLine({ 订单号: "SO-002", 行号: 1, 数量: 5, 单价: 10 }),
        makeOrderLine({ 订单号: "SO-001", 行号: 3, 数量: "" }),
      ],
    });
    expect(lines.map((l) => l.orderTotal)).toEqual([5500, 5500, 5000, 5500]);
  });

  test("a line without 订单号 belongs to no order", () => {
    const lines = track({
      orders: [makeOrderLine({ 订单号: "" }), makeOrderLine({ 订单号: "" })],
      payments: [makePayment({ 订单号: "" })],
      shipments: [makeShipment({ 订单号: "" })],
    });
    expect(lines[0]).toMatchObject({ orderTotal: 0, paid: 0, paymentStatus: "", shipped: 0, unshipped: 100 });
  });
});

describe("收款状态", () => {
  const status = (payments: number[], orderOverrides = {}) =>
    trackOne({
      orders: [makeOrderLine(orderOverrides)],
      payments: payments.map((金额) => makePayment({ 金额 })),
    }).paymentStatus;

  test("未收订金 / 已收订金 / 已收全款 against 30 % of 1,250.00", () => {
    expect(status([])).toBe("未收订金");
    expect(status([374.99])).toBe("未收订金");
    expect(status([375])).toBe("已收订金");
    expect(status([200, 175])).toBe("已收订金");
    expect(status([1249.99])).toBe("已收订金");
    expect(status([375, 875])).toBe("已收全款");
    expect(status([2000])).toBe("已收全款");
  });

  test("the line's own 订金比例 overrides DEPOSIT_RATE; 0 means any payment is enough", () => {
    expect(status([375], { 订金比例: 0.5 })).toBe("未收订金");
    expect(status([625], { 订金比例: 0.5 })).toBe("已收订金");
    expect(status([0.01], { 订金比例: 0 })).toBe("已收订金");
    expect(status([], { 订金比例: 0 })).toBe("未收订金");
    expect(trackOne({ orders: [makeOrderLine({ 订金比例: 0.5 })] }).depositRate).toBe(0.5);
    expect(trackOne({ orders: [makeOrderLine({ 订金比例: "" })] }).depositRate).toBe(0.3);
  });

  test("the deposit is rounded to the fen once, as ROUND(total × rate, 2)", () => {
    // 0.05 × 0.3 = 0.015 → 0.02 rounding half away from zero
    expect(status([0.01], { 数量: 1, 单价: 0.05 })).toBe("未收订金");
    expect(status([0.02], { 数量: 1, 单价: 0.05 })).toBe("已收订金");
  });

  test("blank when the order has no amount", () => {
    expect(status([100], { 单价: "" })).toBe("");
    expect(status([100], { 单价: 0 })).toBe("");
  });

  test("payments count by 订单号 (case-insensitive, number = text) and ignore text amounts", () => {
    const line = trackOne({
      orders: [makeOrderLine({ 订单号: 1001 })],
      payments: [
        makePayment({ 订单号: "1001", 金额: 100 }),
        makePayment({ 订单号: 1001, 金额: 200 }),
        makePayment({ 订单号: 1002, 金额: 5000 }),
        makePayment({ 订单号: 1001, 金额: "75" }),
      ],
    });
    expect(line.paid).toBe(30000);
    expect(line.paymentStatus).toBe("未收订金");
  });
});

describe("已发数量 / 未发数量", () => {
  test("net of deliveries and returns for the same line only", () => {
    const lines = track({
      orders: [makeOrderLine({ 行号: 1 }), makeOrderLine({ 行号: 2, 数量: 50 })],
      shipments: [
        makeShipment({ 行号: 1, 数量: 60 }),
        makeShipment({ 行号: 1, 订单号: "so-001", 数量: 30 }),
        makeShipment({ 行号: 1, 类型: "退货", 数量: -5 }),
        makeShipment({ 行号: 2, 数量: 50 }),
        makeShipment({ 订单号: "SO-002", 行号: 1, 数量: 1000 }),
        makeShipment({ 行号: 1, 数量: "abc" }),
      ],
    });
    expect(lines.map((l) => [l.shipped, l.unshipped])).toEqual([
      [85, 15],
      [50, 0],
    ]);
  });

  test("matches as the sheet's `=` does: text and a number are never the same 订单号 or 行号", () => {
    const [byNumber, byText] = track({
      orders: [makeOrderLine({ 订单号: 1001, 行号: 1 }), makeOrderLine({ 订单号: "1001", 行号: "2" })],
      shipments: [
        makeShipment({ 订单号: 1001, 行号: 1, 数量: 10 }),
        makeShipment({ 订单号: "1001", 行号: 1, 数量: 200 }),
        makeShipment({ 订单号: 1001, 行号: "1", 数量: 3000 }),
        makeShipment({ 订单号: "1001", 行号: "2", 数量: 4 }),
        makeShipment({ 订单号: "1001", 行号: 2, 数量: 50000 }),
      ],
    });
    expect(byNumber!.shipped).toBe(10);
    expect(byText!.shipped).toBe(4);
  });

  test("0 while 订单号 or 行号 is blank; a blank 发货 cell equals only 0 (as `=` has it)", () => {
    const lines = track({
      orders: [makeOrderLine({ 订单号: "" }), makeOrderLine({ 行号: "" }), makeOrderLine({ 行号: 0 })],
      shipments: [
        makeShipment({ 订单号: "", 行号: "", 数量: 7 }),
        makeShipment({ 行号: "", 数量: 20 }),
        makeShipment({ 行号: 0, 数量: 300 }),
      ],
    });
    expect(lines.map((l) => l.shipped)).toEqual([0, 0, 320]);
  });

  test("未发数量 is blank without 数量", () => {
    expect(trackOne({ orders: [makeOrderLine({ 数量: "" })], shipments: [makeShipment()] })).toMatchObject({
      shipped: 10,
      unshipped: null,
    });
  });
});

describe("交期状态 and 延期天数", () => {
  const at = (due: number, shipped = 0, overrides = {}) =>
    trackOne({
      orders: [makeOrderLine({ 交货日期: due, ...overrides })],
      shipments: shipped ? [makeShipment({ 数量: shipped })] : [],
    });

  test("正常 beyond the warning days, 将到期 within them (today included), 逾期 after", () => {
    expect(at(TEST_TODAY + 8)).toMatchObject({ dueStatus: "正常", daysLate: 0 });
    expect(at(TEST_TODAY + 7)).toMatchObject({ dueStatus: "将到期", daysLate: 0 });
    expect(at(TEST_TODAY)).toMatchObject({ dueStatus: "将到期", daysLate: 0 });
    expect(at(TEST_TODAY - 1)).toMatchObject({ dueStatus: "逾期", daysLate: 1 });
    expect(at(TEST_TODAY - 30, 40)).toMatchObject({ dueStatus: "逾期", daysLate: 30 });
  });

  test("已完成 when nothing is left to ship, even when late; no days late then", () => {
    expect(at(TEST_TODAY - 10, 100)).toMatchObject({ dueStatus: "已完成", daysLate: 0 });
    expect(at(TEST_TODAY + 30, 101)).toMatchObject({ dueStatus: "已完成", daysLate: 0 });
  });

  test("DUE_WARN_DAYS from 参数", () => {
    const line = trackOne({
      orders: [makeOrderLine({ 交货日期: TEST_TODAY + 8 })],
      settings: { DUE_WARN_DAYS: 10 },
    });
    expect(line.dueStatus).toBe("将到期");
  });

  test("blank without 交货日期 or 数量, or when the date is text", () => {
    const cases: RowValues[] = [{ 交货日期: "" }, { 数量: "" }, { 交货日期: "2026-11-23" }];
    for (const overrides of cases) {
      expect(at(TEST_TODAY - 3, 0, overrides)).toMatchObject({ dueStatus: "", daysLate: null });
    }
  });

  test("today is a parameter", () => {
    const due = serial("2026-12-20");
    expect(trackOne({ orders: [makeOrderLine()] }, due + 2)).toMatchObject({
      dueStatus: "逾期",
      daysLate: 2,
    });
  });
});

test("every body row gets an entry, blank rows too; no Orders table gives none", () => {
  const data = makeWorkbookData({ orders: [makeOrderLine(), {}, makeOrderLine({ 行号: 2 })] });
  const lines = computeOrderTracking(data, TEST_TODAY);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toEqual({
    amount: null,
    depositRate: 0.3,
    firstLine: null,
    holdsOrderFigures: false,
    orderTotal: 0,
    paid: 0,
    paymentStatus: "",
    shipped: 0,
    unshipped: null,
    dueStatus: "",
    daysLate: null,
  });
  expect(computeOrderTracking(makeWorkbookData({ without: ["Orders"] }), TEST_TODAY)).toEqual([]);
});

test("columns are found by header, whatever their order", () => {
  const rows = [makeOrderLine({ 数量: 4, 单价: 2.5 })];
  const headers = ORDERS_TABLE.columns.map((c) => c.header).reverse();
  const data = makeWorkbookData();
  data[ORDERS_TABLE.table] = makeTable(ORDERS_TABLE, rows, { headers, row: 4, col: 2 });
  expect(computeOrderTracking(data, TEST_TODAY)[0]?.amount).toBe(1000);
});

describe("核价 利润 and 销售利润率", () => {
  const settings = { fxUsd: 7.1, netFactor: 0.96 };

  test("利润 = ROUND(美金卖价 × 汇率 × NET_FACTOR − 成本, 2); 销售利润率 = 利润 ÷ (美金卖价 × 汇率)", () => {
    // 4 × 7.1 × 0.96 − 20 = 7.264
    const result = costingProfit({ cost: 20, usdPrice: 4, rate: "" }, settings);
    expect(result.profit).toBe(726);
    expect(result.margin).toBeCloseTo(7.26 / 28.4, 12);
    const ownRate = costingProfit({ cost: 20, usdPrice: 4, rate: 7 }, settings);
    expect(ownRate.profit).toBe(688);
    expect(ownRate.margin).toBeCloseTo(6.88 / 28, 12);
  });

  test("a loss is negative; blank 成本 counts as 0", () => {
    expect(costingProfit({ cost: 40, usdPrice: 4, rate: "" }, settings).profit).toBe(-1274);
    expect(costingProfit({ cost: "", usdPrice: 1, rate: 7 }, settings).profit).toBe(672);
  });

  test("both blank while the price is blank; a price of 0 gives −成本 and no margin, as the formulas do", () => {
    expect(costingProfit({ cost: 20, usdPrice: "", rate: "" }, settings)).toEqual({
      profit: null,
      margin: null,
    });
    expect(costingProfit({ cost: 20, usdPrice: 0, rate: "" }, settings)).toEqual({
      profit: -2000,
      margin: null,
    });
  });

  test("a zero rate has no margin; text where a number belongs gives nothing", () => {
    expect(costingProfit({ cost: 20, usdPrice: 4, rate: 0 }, settings)).toEqual({
      profit: -2000,
      margin: null,
    });
    for (const input of [
      { cost: "abc", usdPrice: 4, rate: "" },
      { cost: 20, usdPrice: "4 USD", rate: "" },
      { cost: 20, usdPrice: 4, rate: "seven" },
    ]) {
      expect(costingProfit(input, settings)).toEqual({ profit: null, margin: null });
    }
  });

  test("computeCosting reads every row with the workbook's settings", () => {
    const data = makeWorkbookData({
      costing: [{ 货号: "A-100", 成本: 20, 美金卖价: 4 }, { 货号: "A-200" }],
      settings: { NET_FACTOR: 1 },
    });
    expect(computeCosting(data)).toEqual([
      { profit: 840, margin: expect.closeTo(8.4 / 28.4, 12) },
      { profit: null, margin: null },
    ]);
    expect(computeCosting(makeWorkbookData({ without: ["Costing"] }))).toEqual([]);
  });
});

describe("paymentStatusOf with numbers beyond any deposit", () => {
  test("a rate too large to multiply gives 未收订金 instead of throwing", () => {
    expect(paymentStatusOf(875252107315600 as Fen, 100 as Fen, 2958466)).toBe("未收订金");
    expect(paymentStatusOf(1000 as Fen, 1000 as Fen, 1e300)).toBe("已收全款");
  });
});

describe("订单首行: the line that holds the order's figures", () => {
  test("a line whose 订单号 differs from the line above's holds them; the others point at the order's first line", () => {
    const lines = track({
      orders: [
        makeOrderLine({ 订单号: "A", 行号: 1, 数量: 10, 单价: 1 }),
        makeOrderLine({ 订单号: "a", 行号: 2, 数量: 20, 单价: 1 }),
        makeOrderLine({ 订单号: "B", 行号: 1, 数量: 40, 单价: 1 }),
        makeOrderLine({ 订单号: "A", 行号: 3, 数量: 80, 单价: 1 }),
        makeOrderLine({ 订单号: "A", 行号: 4, 数量: 160, 单价: 1 }),
        makeOrderLine({ 订单号: "", 行号: 1 }),
        makeOrderLine({ 订单号: 7, 行号: 1, 数量: 1, 单价: 1 }),
        makeOrderLine({ 订单号: "7", 行号: 1, 数量: 2, 单价: 1 }),
        makeOrderLine({ 订单号: 7, 行号: 2, 数量: 4, 单价: 1 }),
      ],
    });
    expect(lines.map((l) => l.firstLine)).toEqual([1, 1, 3, 4, 1, null, 7, 8, 9]);
    expect(lines.map((l) => l.holdsOrderFigures)).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
    ]);
    // Every line of an order has the whole order's figures, wherever its lines are.
    expect(lines.slice(0, 5).map((l) => l.orderTotal)).toEqual([27000, 27000, 4000, 27000, 27000]);
  });

  test("a first row equal to nothing above it holds its own; 0 below a blank line is the same 订单号 as blank is", () => {
    const lines = track({
      orders: [makeOrderLine({ 订单号: 0 }), makeOrderLine({ 订单号: "" }), makeOrderLine({ 订单号: 0 })],
    });
    expect(lines.map((l) => l.firstLine)).toEqual([1, null, 1]);
  });
});
