import { parseRectAddress } from "../address";
import { translateProblem } from "../messages";
import type { CellConstant } from "../plan";
import type { Lang, Problem } from "../problems";
import {
  makeCosting,
  makeCustomer,
  makeOrderLine,
  makePayment,
  makeProduct,
  makeSettingsRows,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
  TEST_TODAY,
  type RowValues,
  type WorkbookParts,
} from "../testing/factories";
import { CONTRACT_TABLES, ORDERS_TABLE, SETTINGS_TABLE, SHIPMENTS_TABLE } from "../workbook/schema";
import type { WorkbookData } from "../workbook/tableData";
import { checkWorkbook, summarize } from "./checkWorkbook";

function check(parts: WorkbookParts, lang: Lang = "zh"): Problem[] {
  return checkWorkbook(makeWorkbookData(parts), lang, TEST_TODAY);
}

/** Where and what: `订单!K2 not-positive`. */
function brief(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`);
}

/** The A1 address of an Orders body row's cell when the table sits at A1 (body row 0 is row 2). */
function orderCell(header: string, row = 0): string {
  return sheetCell(
    ORDERS_TABLE.columns.map((c) => c.header),
    header,
    row,
  );
}

function shipmentCell(header: string, row = 0): string {
  return sheetCell(
    SHIPMENTS_TABLE.columns.map((c) => c.header),
    header,
    row,
  );
}

function sheetCell(headers: string[], header: string, row: number): string {
  const col = headers.indexOf(header);
  if (col < 0) throw new Error(header);
  return `${String.fromCharCode(65 + col)}${row + 2}`;
}

/** A small, consistent workbook: two orders, deliveries, a return, payments, costing. */
function cleanParts(): WorkbookParts {
  return {
    customers: [
      makeCustomer(),
      makeCustomer({ 客户编号: "C002", 客户名称: "Acme Trading", 结算方式: "月结30天", 币种: "USD" }),
    ],
    products: [makeProduct(), makeProduct({ 货号: "B-200", 品名: "餐盒" })],
    costing: [makeCosting(), makeCosting({ 货号: "B-200", 成本: 8, 美金卖价: 1.6, 汇率: 7 })],
    orders: [
      makeOrderLine({ 生产状态: "生产中", 完成数量: 40 }),
      makeOrderLine({ 行号: 2, 货号: "B-200", 数量: 500, 单价: 3.2 }),
      makeOrderLine({
        订单号: "SO-002",
        客户: "Acme Trading",
        币种: "USD",
        单价: 1.6,
        生产状态: "已完工",
        交货日期: serial("2026-11-02"),
        下单日期: serial("2026-11-02"),
      }),
    ],
    shipments: [
      makeShipment(),
      makeShipment({ 单号: "SH20261121-01", 订单号: "SO-002", 数量: 100, 客户: "Acme Trading" }),
      makeShipment({
        单号: "TH20261121-01",
        类型: "退货",
        订单号: "SO-002",
        数量: -10,
        客户: "Acme Trading",
      }),
    ],
    payments: [makePayment({ 金额: 900 })],
  };
}

describe("a clean workbook", () => {
  test("has no problems", () => {
    expect(check(cleanParts())).toEqual([]);
    expect(check({})).toEqual([]);
  });

  test("rows left entirely blank are skipped, even with computed cells showing 0", () => {
    const blank = { 已发数量: 0, 未发数量: "", 收款状态: "", 金额: "" };
    const parts = cleanParts();
    expect(
      check({ ...parts, orders: [...(parts.orders ?? []), blank, {}], shipments: [{ 金额: "" }] }),
    ).toEqual([]);
  });
});

describe("structure", () => {
  test("a missing table is named with its sheet; nothing else is said about it", () => {
    const problems = check({ ...cleanParts(), without: ["Customers", "Payments"] });
    expect(problems.map((p) => [p.severity, p.code, p.sheet, p.cell])).toEqual([
      ["error", "table-missing", "客户", ""],
      ["error", "table-missing", "收款", ""],
    ]);
    expect(problems[0]?.message).toContain("Customers");
    expect(problems[0]?.message).toContain("初始化/升级");
  });

  test("a missing column is reported at the table's first header cell, once", () => {
    const data = makeWorkbookData(cleanParts());
    const headers = ORDERS_TABLE.columns.map((c) => c.header).filter((h) => h !== "交货日期" && h !== "单价");
    const rows = cleanParts().orders ?? [];
    data[ORDERS_TABLE.table] = makeTable(ORDERS_TABLE, rows, { headers, row: 2, col: 1 });
    const problems = checkWorkbook(data, "en", TEST_TODAY);
    expect(problems.map((p) => [p.code, p.sheet, p.cell, p.params.column])).toEqual([
      ["column-missing", "订单", "B3", "单价"],
      ["column-missing", "订单", "B3", "交货日期"],
    ]);
    expect(problems[0]?.message).toContain('"单价"');
  });
});

describe("missing-value", () => {
  const required = ORDERS_TABLE.columns.filter((c) => c.required).map((c) => c.header);

  test("the contract's required order columns", () => {
    expect(required).toEqual(["订单号", "行号", "下单日期", "客户", "货号", "数量", "单价", "交货日期"]);
  });

  test.each(required)("订单 %s blank", (header) => {
    const problems = check({ orders: [makeOrderLine({ [header]: header === "订单号" ? "  " : "" })] });
    expect(brief(problems)).toEqual([`订单!${orderCell(header)} missing-value`]);
    expect(problems[0]?.params).toEqual({ column: header });
  });

  test.each(["单号", "日期", "数量"])("发货 %s blank", (header) => {
    const problems = check({ orders: [makeOrderLine()], shipments: [makeShipment({ [header]: null })] });
    expect(brief(problems)).toEqual([`发货!${shipmentCell(header)} missing-value`]);
  });

  test("optional columns may stay blank", () => {
    const problems = check({
      orders: [makeOrderLine({ 客户PO号: "", 币种: "", 订金比例: "", 生产状态: "", 完成数量: "" })],
      shipments: [makeShipment({ 类型: "", 客户: "", 单价: "", 金额: "" })],
    });
    expect(problems).toEqual([]);
  });
});

describe("kinds of values", () => {
  test("not-a-number: text or a boolean where a number belongs", () => {
    const problems = check({
      orders: [
        makeOrderLine({ 数量: "ten" }),
        makeOrderLine({ 行号: 2, 单价: "12.5元" }),
        makeOrderLine({ 行号: 3, 订金比例: true }),
      ],
      payments: [makePayment({ 金额: "375 RMB" })],
    });
    expect(brief(problems)).toEqual([
      `订单!${orderCell("数量")} not-a-number`,
      `订单!${orderCell("单价", 1)} not-a-number`,
      `订单!${orderCell("订金比例", 2)} not-a-number`,
      "收款!F2 not-a-number",
    ]);
    expect(problems[1]?.params).toEqual({ column: "单价", value: "12.5元" });
    expect(problems[1]?.message).toContain("12.5元");
  });

  test("not-a-date: dates typed as text are called text; impossible serials are not dates", () => {
    const problems = check({
      orders: [
        makeOrderLine({ 交货日期: "2026-11-23" }),
        makeOrderLine({ 行号: 2, 下单日期: "2026/11/23" }),
        makeOrderLine({ 行号: 3, 交货日期: -5 }),
        makeOrderLine({ 行号: 4, 交货日期: 3_000_000 }),
      ],
    });
    expect(brief(problems)).toEqual([
      `订单!${orderCell("交货日期")} not-a-date`,
      `订单!${orderCell("下单日期", 1)} not-a-date`,
      `订单!${orderCell("交货日期", 2)} not-a-date`,
      `订单!${orderCell("交货日期", 3)} not-a-date`,
    ]);
    expect(problems.map((p) => p.params.kind)).toEqual(["text", "text", "range", "range"]);
    expect(problems[0]?.message).toContain("是文本，不是日期");
    expect(
      checkWorkbook(makeWorkbookData({ orders: [makeOrderLine({ 交货日期: "2026/11/23" })] }), "en", 0)[0]
        ?.message,
    ).toContain("is text, not a date");
  });

  test("not-positive: 数量 and 行号 above 0; 发货 数量 may be negative (returns)", () => {
    const happy = check({
      orders: [makeOrderLine({ 数量: 1 })],
      shipments: [makeShipment({ 类型: "退货", 数量: -1 })],
    });
    expect(happy).toEqual([]);
    const problems = check({
      orders: [
        makeOrderLine({ 数量: 0 }),
        makeOrderLine({ 行号: 0 }),
        makeOrderLine({ 行号: 3, 数量: -2.5 }),
      ],
      shipments: [makeShipment({ 行号: -1 })],
    });
    expect(brief(problems)).toEqual([
      `订单!${orderCell("数量")} not-positive`,
      `订单!${orderCell("行号", 1)} not-positive`,
      `订单!${orderCell("数量", 2)} not-positive`,
      `发货!${shipmentCell("行号")} not-positive`,
    ]);
  });

  test("not-whole: integer columns hold whole numbers", () => {
    const problems = check({
      orders: [
        makeOrderLine({ 数量: 10.5 }),
        makeOrderLine({ 行号: 2.5 }),
        makeOrderLine({ 行号: 3, 完成数量: 0.1 }),
      ],
      shipments: [makeShipment({ 数量: 1.5 })],
    });
    expect(brief(problems)).toEqual([
      `订单!${orderCell("数量")} not-whole`,
      `订单!${orderCell("行号", 1)} not-whole`,
      `订单!${orderCell("完成数量", 2)} not-whole`,
      `发货!${shipmentCell("数量")} not-whole`,
    ]);
    expect(problems[0]?.params).toEqual({ column: "数量", value: "10.5" });
  });

  test("not-in-list: an enumeration's values, compared without regard to case", () => {
    expect(
      check({ orders: [makeOrderLine({ 币种: "cny", 生产状态: "生产中" })], payments: [makePayment()] }),
    ).toEqual([]);
    const problems = check({
      orders: [makeOrderLine({ 币种: "RMB" }), makeOrderLine({ 行号: 2, 生产状态: "在做" })],
    });
    expect(brief(problems)).toEqual([
      `订单!${orderCell("币种")} not-in-list`,
      `订单!${orderCell("生产状态", 1)} not-in-list`,
    ]);
    expect(problems[0]?.params.options).toBe("CNY / USD");
  });
});

describe("unknown customers and products", () => {
  test("names match without regard to case; unknown ones are reported", () => {
    expect(check({ orders: [makeOrderLine({ 货号: "a-100" })] })).toEqual([]);
    const problems = check({
      orders: [makeOrderLine({ 客户: "华美贸易有限公司" }), makeOrderLine({ 行号: 2, 货号: "A-999" })],
      costing: [makeCosting({ 货号: "Z-1" })],
      payments: [makePayment({ 客户: "无名" })],
    });
    expect(brief(problems)).toEqual([
      "核价!A2 unknown-product",
      `订单!${orderCell("客户")} unknown-customer`,
      `订单!${orderCell("货号", 1)} unknown-product`,
      "收款!B2 unknown-customer",
    ]);
    expect(problems[1]?.message).toContain("华美贸易有限公司");
  });

  test("a product number typed as a number matches its text", () => {
    const products = [makeProduct({ 货号: "1001" })];
    expect(check({ products, orders: [makeOrderLine({ 货号: 1001 })] })).toEqual([]);
  });

  test("without the 客户 table only the table is reported", () => {
    expect(brief(check({ orders: [makeOrderLine()], without: ["Customers"] }))).toEqual([
      "客户! table-missing",
    ]);
  });
});

describe("duplicate-line", () => {
  test("the second and later occurrences name the first", () => {
    const problems = check({
      orders: [
        makeOrderLine(),
        makeOrderLine({ 行号: 2 }),
        makeOrderLine({ 订单号: "so-001", 行号: "1" }),
        makeOrderLine({ 订单号: "SO-002" }),
        makeOrderLine({ 行号: 1 }),
      ],
    });
    const dups = problems.filter((p) => p.code === "duplicate-line");
    expect(brief(dups)).toEqual([
      `订单!${orderCell("行号", 2)} duplicate-line`,
      `订单!${orderCell("行号", 4)} duplicate-line`,
    ]);
    expect(dups.map((p) => p.params.first)).toEqual([orderCell("行号"), orderCell("行号")]);
    expect(dups[0]?.message).toContain(orderCell("行号"));
  });
});

describe("dates, currencies and quantities across cells", () => {
  test("due-before-order: the same day is fine, a day before is not", () => {
    const ordered = serial("2026-11-02");
    expect(check({ orders: [makeOrderLine({ 下单日期: ordered, 交货日期: ordered })] })).toEqual([]);
    const problems = check({ orders: [makeOrderLine({ 下单日期: ordered, 交货日期: ordered - 1 })] });
    expect(brief(problems)).toEqual([`订单!${orderCell("交货日期")} due-before-order`]);
    expect(problems[0]?.params).toEqual({ due: "2026-11-01", ordered: "2026-11-02" });
  });

  test("currency-mismatch: the order's 币种 against the customer's; blanks are fine", () => {
    expect(check({ orders: [makeOrderLine({ 币种: "" })] })).toEqual([]);
    expect(
      check({ customers: [makeCustomer({ 币种: "" })], orders: [makeOrderLine({ 币种: "USD" })] }),
    ).toEqual([]);
    const problems = check({ orders: [makeOrderLine({ 币种: "USD" })] });
    expect(brief(problems)).toEqual([`订单!${orderCell("币种")} currency-mismatch`]);
    expect(problems[0]?.params).toEqual({ currency: "USD", customer: "华美贸易", customerCurrency: "CNY" });
  });

  test("done-above-quantity: 完成数量 may equal 数量, not exceed it", () => {
    expect(check({ orders: [makeOrderLine({ 完成数量: 100 })] })).toEqual([]);
    const problems = check({ orders: [makeOrderLine({ 完成数量: 101 })] });
    expect(brief(problems)).toEqual([`订单!${orderCell("完成数量")} done-above-quantity`]);
  });
});

describe("production-before-deposit", () => {
  const run = (customer: RowValues, status: string, payments: RowValues[] = []) =>
    check({ customers: [makeCustomer(customer)], orders: [makeOrderLine({ 生产状态: status })], payments });

  test("warns when production started for a pay-first customer without the deposit", () => {
    for (const status of ["生产中", "待验货", "已验货", "已完工"]) {
      const problems = run({}, status);
      expect(problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
        ["warning", "production-before-deposit", orderCell("生产状态")],
      ]);
    }
    expect(run({ 结算方式: "" }, "生产中").map((p) => p.code)).toEqual(["production-before-deposit"]);
    expect(run({}, "生产中")[0]?.message).toContain("款到发货");
  });

  test("quiet before production, once the deposit is in, and for customers on other terms", () => {
    expect(run({}, "待排产")).toEqual([]);
    expect(run({}, "")).toEqual([]);
    expect(run({}, "生产中", [makePayment({ 金额: 375 })])).toEqual([]);
    expect(run({ 结算方式: "月结30天" }, "生产中")).toEqual([]);
    expect(run({ 结算方式: "月结90天" }, "生产中")).toEqual([]);
    expect(run({ 结算方式: "货到付款" }, "生产中")).toEqual([]);
  });

  test("one fen short of the deposit still warns", () => {
    expect(run({}, "生产中", [makePayment({ 金额: 374.99 })]).map((p) => p.code)).toEqual([
      "production-before-deposit",
    ]);
  });
});

describe("overshipped", () => {
  const shipped = (quantities: number[], settings = {}) =>
    check({
      orders: [makeOrderLine()],
      shipments: quantities.map((数量, i) => makeShipment({ 单号: `SH-${i}`, 数量 })),
      settings,
    });

  test("exactly the ordered quantity is fine, one more is not", () => {
    expect(shipped([60, 40])).toEqual([]);
    const problems = shipped([60, 41]);
    expect(brief(problems)).toEqual([`订单!${orderCell("已发数量")} overshipped`]);
    expect(problems[0]?.params).toMatchObject({ shipped: "101", quantity: "100", limit: "100" });
  });

  test("returns count against what was shipped", () => {
    expect(shipped([110, -10])).toEqual([]);
  });

  test("OVERSHIP_RATE allows a margin: at the limit is fine, one above is not", () => {
    expect(shipped([105], { OVERSHIP_RATE: 0.05 })).toEqual([]);
    expect(shipped([106], { OVERSHIP_RATE: 0.05 }).map((p) => p.params.limit)).toEqual(["105"]);
    // 100 × 1.15 is 114.99999999999999 in binary; 115 is still within the limit.
    expect(100 * 1.15).toBeLessThan(115);
    expect(shipped([115], { OVERSHIP_RATE: 0.15 })).toEqual([]);
    expect(shipped([116], { OVERSHIP_RATE: 0.15 }).map((p) => p.params.limit)).toEqual(["115"]);
  });
});

describe("shipment-unknown-line", () => {
  test("a shipment must point at an order line (keys compare like SUMIFS)", () => {
    expect(
      check({ orders: [makeOrderLine()], shipments: [makeShipment({ 订单号: "so-001", 行号: 1 })] }),
    ).toEqual([]);
    expect(check({ orders: [makeOrderLine()], shipments: [makeShipment({ 订单号: "", 行号: "" })] })).toEqual(
      [],
    );
    const problems = check({
      orders: [makeOrderLine()],
      shipments: [
        makeShipment({ 订单号: "SO-404" }),
        makeShipment({ 行号: 2 }),
        makeShipment({ 行号: "" }),
        makeShipment({ 订单号: "" }),
      ],
    });
    expect(brief(problems)).toEqual(
      [0, 1, 2, 3].map((row) => `发货!${shipmentCell("订单号", row)} shipment-unknown-line`),
    );
    expect(problems[2]?.message).toContain("行号 （空）");
  });

  test("a 行号 that is not a line number is reported once, as such", () => {
    const problems = check({ orders: [makeOrderLine()], shipments: [makeShipment({ 行号: "一" })] });
    expect(problems.map((p) => p.code)).toEqual(["not-a-number"]);
  });
});

describe("setting-invalid", () => {
  /** The 值 cell of a setting when 参数 sits at A1 with the default rows. */
  const valueCell = (name: string) =>
    `B${makeSettingsRows().findIndex((r) => r["项目"] === itemOf(name)) + 2}`;
  const itemOf = (name: string) =>
    ({
      FX_USD: "美元汇率",
      NET_FACTOR: "净收汇系数",
      DEPOSIT_RATE: "订金比例",
      DUE_WARN_DAYS: "交期预警天数",
    })[name];

  test.each<[string, CellConstant]>([
    ["FX_USD", ""],
    ["FX_USD", "abc"],
    ["FX_USD", 0],
    ["FX_USD", -7.1],
    ["NET_FACTOR", true],
    ["DEPOSIT_RATE", 1.5],
    ["DEPOSIT_RATE", -0.1],
    ["DEPOSIT_RATE", "30%"],
    ["MIN_MARGIN", 2],
    ["OVERSHIP_RATE", 1.01],
    ["DUE_WARN_DAYS", -1],
  ])("%s = %p is reported at its 值 cell", (name, value) => {
    const problems = check({ settings: { [name]: value } });
    expect(problems.map((p) => [p.code, p.sheet])).toEqual([["setting-invalid", "参数"]]);
    if (itemOf(name)) expect(problems[0]?.cell).toBe(valueCell(name));
  });

  test.each<[string, CellConstant]>([
    ["FX_USD", 0.01],
    ["DEPOSIT_RATE", 0],
    ["DEPOSIT_RATE", 1],
    ["OVERSHIP_RATE", 0],
    ["DUE_WARN_DAYS", 0],
    ["MIN_MARGIN", 1],
  ])("%s = %p is fine", (name, value) => {
    expect(check({ settings: { [name]: value } })).toEqual([]);
  });

  test("a missing setting row is reported at the table's header", () => {
    const data = makeWorkbookData();
    const rows = makeSettingsRows().filter((r) => r["项目"] !== "美元汇率");
    data[SETTINGS_TABLE.table] = makeTable(SETTINGS_TABLE, rows, { row: 1, col: 0 });
    const problems = checkWorkbook(data, "zh", TEST_TODAY);
    expect(brief(problems)).toEqual(["参数!A2 setting-invalid"]);
    expect(problems[0]?.message).toContain("美元汇率");
  });

  test("messages say what the value should be", () => {
    expect(check({ settings: { DEPOSIT_RATE: 1.5 } })[0]?.message).toContain("0 到 100%");
    expect(check({ settings: { FX_USD: "" } }, "en")[0]?.message).toContain("is blank");
  });
});

describe("order and placement of problems", () => {
  test("sheet (tab) order, then rows, then columns", () => {
    const problems = check({
      settings: { FX_USD: 0 },
      orders: [makeOrderLine({ 交货日期: "x", 数量: "y" }), makeOrderLine({ 行号: 2, 单价: "" })],
      shipments: [makeShipment({ 订单号: "SO-404" })],
      costing: [makeCosting({ 成本: "" })],
    });
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      `参数!${"B5"}`,
      "核价!D2",
      `订单!${orderCell("数量")}`,
      `订单!${orderCell("交货日期")}`,
      `订单!${orderCell("单价", 1)}`,
      `发货!${shipmentCell("订单号")}`,
    ]);
  });

  test("addresses follow where the table sits", () => {
    const data = makeWorkbookData();
    data[ORDERS_TABLE.table] = makeTable(
      ORDERS_TABLE,
      [makeOrderLine(), makeOrderLine({ 行号: 2, 数量: 0 })],
      {
        row: 3,
        col: 2,
      },
    );
    const problems = checkWorkbook(data, "zh", TEST_TODAY);
    // 数量 is the 11th column: C + 10 = M; body row 1 of a header at row 4 is row 6.
    expect(brief(problems)).toEqual(["订单!M6 not-positive"]);
  });
});

describe("messages", () => {
  test("each problem is worded in the language asked for, and translates back", () => {
    const parts: WorkbookParts = {
      settings: { FX_USD: "" },
      orders: [makeOrderLine({ 币种: "USD", 数量: 0, 生产状态: "生产中", 完成数量: 5 }), makeOrderLine()],
      shipments: [makeShipment({ 订单号: "SO-9" })],
      without: ["Costing"],
    };
    const zh = check(parts, "zh");
    const en = check(parts, "en");
    expect(zh.map((p) => p.code)).toEqual(en.map((p) => p.code));
    expect(new Set(zh.map((p) => p.code)).size).toBeGreaterThanOrEqual(6);
    zh.forEach((p, i) => {
      const other = en[i]!;
      expect(p.message).not.toBe(other.message);
      expect(`${p.message}${other.message}`).not.toMatch(/undefined|NaN|\[object/);
      expect(translateProblem(other, "zh")).toEqual(p);
    });
  });
});

describe("never throws", () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const GARBAGE: (CellConstant | undefined)[] = [
    "",
    " ",
    null,
    undefined,
    true,
    false,
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    1e300,
    -1e300,
    2958466,
    "NaN",
    "#N/A",
    "#VALUE!",
    "2026-11-23",
    "=SUM(A1)",
    "SO-001",
    1,
    "1",
    "华美贸易",
    "A-100",
    "生产中",
    "USD",
    "款到发货",
    "x".repeat(300),
    serial("2026-11-22"),
  ];

  function garbageWorkbook(next: () => number): WorkbookData {
    const pick = () => GARBAGE[Math.floor(next() * GARBAGE.length)];
    const data: WorkbookData = {};
    for (const spec of CONTRACT_TABLES) {
      if (next() < 0.1) continue;
      const headers = spec.columns.map((c) => c.header).filter(() => next() > 0.05);
      if (next() < 0.2) headers.reverse();
      if (next() < 0.1) headers.push("我的列", headers[0] ?? "x");
      const rowCount = Math.floor(next() * 12);
      const rows: CellConstant[][] = [];
      for (let r = 0; r < rowCount; r++) {
        // Ragged rows too: shorter or longer than the headers.
        const width = next() < 0.1 ? Math.floor(next() * (headers.length + 3)) : headers.length;
        rows.push(Array.from({ length: width }, () => pick() as CellConstant));
      }
      const settingsRows = spec === SETTINGS_TABLE && next() < 0.5;
      data[spec.table] = {
        table: spec.table,
        sheet: spec.sheet,
        row: Math.floor(next() * 5),
        col: Math.floor(next() * 5),
        headers,
        rows: settingsRows
          ? (makeSettingsRows().map((r) =>
              headers.map((h) => (next() < 0.3 ? pick() : r[h]) ?? ""),
            ) as CellConstant[][])
          : rows,
      };
    }
    return data;
  }

  /** What is wrong with where a problem points, or null when it names a cell inside its table. */
  function misplaced(p: Problem, data: WorkbookData): string | null {
    if (/undefined|\[object/.test(p.message)) return `message: ${p.message}`;
    if (p.cell === "") return p.code === "table-missing" ? null : `no cell for ${p.code}`;
    const table = Object.values(data).find((t) => t?.sheet === p.sheet);
    const rect = parseRectAddress(p.cell);
    if (!table || !rect || rect.rows !== 1 || rect.cols !== 1) return `not a cell: ${p.sheet}!${p.cell}`;
    const inside =
      rect.row >= table.row &&
      rect.row <= table.row + table.rows.length &&
      rect.col >= table.col &&
      rect.col < table.col + Math.max(1, table.headers.length);
    return inside ? null : `outside ${table.table}: ${p.sheet}!${p.cell} ${p.code}`;
  }

  test("random cells give problems, never an exception; each cell lies inside its table", () => {
    const next = random(20261122);
    const codes = new Set<string>();
    const wrong: string[] = [];
    for (let i = 0; i < 300; i++) {
      const data = garbageWorkbook(next);
      const today = TEST_TODAY + Math.floor(next() * 60) - 30;
      const problems = checkWorkbook(data, i % 2 === 0 ? "zh" : "en", today);
      for (const p of problems) {
        codes.add(p.code);
        const why = misplaced(p, data);
        if (why) wrong.push(`workbook ${i}: ${why}`);
      }
    }
    // One assertion over everything: expect() per problem would make this test slow.
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(codes.size).toBeGreaterThanOrEqual(12);
  });
});

test("summarize counts by severity", () => {
  const problems = check({
    orders: [makeOrderLine({ 数量: "x" }), makeOrderLine({ 行号: 2, 生产状态: "生产中" })],
  });
  expect(summarize(problems)).toEqual({ error: 1, warning: 1, info: 0 });
  expect(summarize([])).toEqual({ error: 0, warning: 0, info: 0 });
});
