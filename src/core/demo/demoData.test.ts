import { dateToSerial, serialToDate, serialToIso } from "../dates";
import { computeCosting, computeOrderTracking, DUE_STATUSES, PAYMENT_STATUSES } from "../orders/tracking";
import {
  COSTING_TABLE,
  CUSTOMERS_TABLE,
  MATERIAL_STATES,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTION_STATES,
  PRODUCTS_TABLE,
  SETTINGS,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../workbook/schema";
import type { WorkbookData } from "../workbook/tableData";
import { buildDemo, type DemoCell, type DemoData } from "./demoData";

const TODAY = dateToSerial(2026, 11, 22);
const DATA_TABLES = [
  CUSTOMERS_TABLE,
  PRODUCTS_TABLE,
  COSTING_TABLE,
  ORDERS_TABLE,
  SHIPMENTS_TABLE,
  PAYMENTS_TABLE,
];
/** Days that cross a month end, a year end, a leap day and a short February. */
const TODAYS = [TODAY, dateToSerial(2024, 2, 29), dateToSerial(2026, 1, 1), dateToSerial(2027, 3, 1)];

type Row = Record<string, DemoCell>;
/** A cell read by header: undefined only when a test names a column the table lacks. */
type Cell = DemoCell | undefined;

function setting(name: string): number {
  const spec = SETTINGS.find((s) => s.name === name);
  if (!spec) throw new Error(name);
  return Number(spec.defaultValue);
}
const FX_USD = setting("FX_USD");
const NET_FACTOR = setting("NET_FACTOR");
const MIN_MARGIN = setting("MIN_MARGIN");
const DEPOSIT_RATE = setting("DEPOSIT_RATE");
const DUE_WARN_DAYS = setting("DUE_WARN_DAYS");

function table(data: DemoData, spec: TableSpec): Row[] {
  return (data.rows[spec.table] ?? []).map((cells) =>
    Object.fromEntries(spec.columns.map((c, i) => [c.header, cells[i] ?? null])),
  );
}

function tables(data: DemoData) {
  return {
    customers: table(data, CUSTOMERS_TABLE),
    products: table(data, PRODUCTS_TABLE),
    costing: table(data, COSTING_TABLE),
    orders: table(data, ORDERS_TABLE),
    shipments: table(data, SHIPMENTS_TABLE),
    payments: table(data, PAYMENTS_TABLE),
  };
}

const num = (v: Cell): number => (typeof v === "number" ? v : NaN);
const str = (v: Cell): string => (typeof v === "string" ? v : "");
const fen = (v: Cell): number => Math.round(num(v) * 100);
const lineKey = (r: Row): string => `${str(r["订单号"])}#${num(r["行号"])}`;
const isBlank = (v: Cell): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const count = <T>(items: readonly T[], pred: (item: T) => boolean): number => items.filter(pred).length;

/** 交期状态 as the workbook's formula computes it. */
function dueStatus(order: Row, shipped: number, today: number): string {
  const due = num(order["交货日期"]);
  if (num(order["数量"]) - shipped <= 0) return "已完成";
  if (due < today) return "逾期";
  if (due - today <= DUE_WARN_DAYS) return "将到期";
  return "正常";
}

function netShipped(shipments: Row[]): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const s of shipments) shipped.set(lineKey(s), (shipped.get(lineKey(s)) ?? 0) + num(s["数量"]));
  return shipped;
}

/** A value of the wrong kind for its column, or a blank required cell: the check's type rules. */
function cellProblem(spec: TableSpec, header: string, v: Cell): string | null {
  const column = spec.columns.find((c) => c.header === header);
  if (!column) return "no-column";
  if (isBlank(v)) return column.required ? "missing-value" : null;
  switch (column.kind) {
    case "text":
      return typeof v === "string" ? null : "wrong-type";
    case "enum":
      return typeof v === "string" && (column.options ?? []).includes(v) ? null : "wrong-type";
    case "date":
    case "integer":
      return Number.isInteger(v) ? null : "wrong-type";
    case "money":
      return typeof v === "number" && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6 ? null : "wrong-type";
    case "number":
    case "rate":
      return typeof v === "number" && Number.isFinite(v) ? null : "wrong-type";
    case "general":
      return null;
  }
}

/**
 * Our own reading of what the order check reports (see the brief): anything found here that was
 * not planted is a flaw in the demo data. Deliberately strict (plain float arithmetic for deposits).
 */
function orderCheck(data: DemoData): { code: string; table: string; row: number; column: string }[] {
  const { customers, products, orders, shipments, payments } = tables(data);
  const found: { code: string; table: string; row: number; column: string }[] = [];
  const add = (code: string, spec: TableSpec, row: number, column: string): void => {
    found.push({ code, table: spec.table, row, column });
  };
  for (const [spec, rows] of [
    [CUSTOMERS_TABLE, customers],
    [PRODUCTS_TABLE, products],
    [COSTING_TABLE, tables(data).costing],
    [ORDERS_TABLE, orders],
    [SHIPMENTS_TABLE, shipments],
    [PAYMENTS_TABLE, payments],
  ] as const) {
    rows.forEach((r, i) => {
      for (const [header, v] of Object.entries(r)) {
        const problem = cellProblem(spec, header, v);
        if (problem) add(problem, spec, i, header);
      }
    });
  }
  const customerByName = new Map(customers.map((c) => [str(c["客户名称"]), c]));
  const skus = new Set(products.map((p) => str(p["货号"])));
  const lines = new Map<string, Row>();
  const totals = new Map<string, number>();
  const paid = new Map<string, number>();
  for (const p of payments) {
    const no = str(p["订单号"]);
    if (no) paid.set(no, (paid.get(no) ?? 0) + num(p["金额"]));
  }
  for (const o of orders) {
    const no = str(o["订单号"]);
    totals.set(no, (totals.get(no) ?? 0) + Math.round(num(o["数量"]) * num(o["单价"]) * 100) / 100);
  }
  orders.forEach((o, i) => {
    const customer = customerByName.get(str(o["客户"]));
    if (!customer) add("unknown-customer", ORDERS_TABLE, i, "客户");
    if (!skus.has(str(o["货号"]))) add("unknown-product", ORDERS_TABLE, i, "货号");
    if (lines.has(lineKey(o))) add("duplicate-line", ORDERS_TABLE, i, "行号");
    lines.set(lineKey(o), o);
    if (!(num(o["数量"]) > 0)) add("quantity", ORDERS_TABLE, i, "数量");
    if (num(o["交货日期"]) < num(o["下单日期"])) add("due-before-order", ORDERS_TABLE, i, "交货日期");
    if (customer && o["币种"] !== customer["币种"]) add("currency-mismatch", ORDERS_TABLE, i, "币种");
    if (!isBlank(o["完成数量"]) && num(o["完成数量"]) > num(o["数量"])) {
      add("done-above-quantity", ORDERS_TABLE, i, "完成数量");
    }
    const terms = customer?.["结算方式"];
    if (o["生产状态"] !== PRODUCTION_STATES[0] && (terms === "款到发货" || isBlank(terms ?? null))) {
      const rate = isBlank(o["订金比例"]) ? DEPOSIT_RATE : num(o["订金比例"]);
      const no = str(o["订单号"]);
      if ((paid.get(no) ?? 0) < (totals.get(no) ?? 0) * rate) {
        add("production-before-deposit", ORDERS_TABLE, i, "生产状态");
      }
    }
  });
  const shipped = netShipped(shipments);
  orders.forEach((o, i) => {
    if ((shipped.get(lineKey(o)) ?? 0) > num(o["数量"]))
      add("shipped-above-quantity", ORDERS_TABLE, i, "数量");
  });
  shipments.forEach((s, i) => {
    if (!lines.has(lineKey(s))) add("shipment-without-line", SHIPMENTS_TABLE, i, "订单号");
  });
  return found;
}

const sortProblems = <T extends { code: string; row: number }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.code.localeCompare(b.code) || a.row - b.row);

describe("buildDemo: shape", () => {
  const data = buildDemo(TODAY);

  it.each(DATA_TABLES.map((spec) => [spec.table, spec] as const))(
    "%s rows are as wide as the contract, with computed columns null",
    (_name, spec) => {
      const rows = data.rows[spec.table];
      expect(rows?.length).toBeGreaterThan(0);
      for (const row of rows ?? []) {
        expect(row).toHaveLength(spec.columns.length);
        spec.columns.forEach((c, i) => {
          if (c.computed) expect(row[i]).toBeNull();
        });
      }
    },
  );

  it("holds no other tables than the six data tables", () => {
    expect(Object.keys(data.rows).sort()).toEqual(DATA_TABLES.map((s) => s.table).sort());
  });

  it.each(DATA_TABLES.map((spec) => [spec.table, spec] as const))(
    "%s values fit their columns (dates and integers whole, money to the fen, enums from the list)",
    (_name, spec) => {
      const wrong = table(data, spec).flatMap((r, i) =>
        Object.entries(r)
          .map(([h, v]) => [i, h, v, cellProblem(spec, h, v)] as const)
          .filter(([, , , p]) => p !== null),
      );
      expect(wrong).toEqual([]);
    },
  );

  it("never writes text that Excel would take as a formula", () => {
    const texts = Object.values(data.rows).flatMap((rows) =>
      rows.flatMap((r) => r.filter((v): v is string => typeof v === "string")),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => /^[=+@-]/.test(t) || t !== t.trim())).toEqual([]);
  });

  it("sets the company's name, address and phone by their 参数 items, and only values of known items", () => {
    const items = new Set(SETTINGS.map((s) => s.item));
    for (const key of Object.keys(data.settings)) expect(items.has(key)).toBe(true);
    for (const name of ["COMPANY_NAME", "COMPANY_ADDRESS", "COMPANY_PHONE"]) {
      const item = SETTINGS.find((s) => s.name === name)?.item ?? "";
      expect(String(data.settings[item] ?? "").length).toBeGreaterThan(4);
    }
  });

  it("leaves most defaulted 品名/规格/单位 cells to the lookup formula", () => {
    const { orders, costing } = tables(data);
    for (const header of ["品名", "规格", "单位"]) {
      expect(count(orders, (o) => o[header] === null)).toBeGreaterThan(orders.length * 0.8);
    }
    expect(count(costing, (c) => c["品名"] === null)).toBeGreaterThan(costing.length * 0.8);
  });
});

describe("buildDemo: dates and determinism", () => {
  it("gives the same data for the same day", () => {
    expect(buildDemo(TODAY)).toEqual(buildDemo(TODAY));
  });

  it("drops a fraction of a day", () => {
    expect(buildDemo(TODAY + 0.75)).toEqual(buildDemo(TODAY));
  });

  it("moves every date with today, except 期初日期 which stays a month end", () => {
    const isOpening = (spec: TableSpec, header: string): boolean =>
      spec === CUSTOMERS_TABLE && header === "期初日期";
    const dates = (data: DemoData): number[] =>
      DATA_TABLES.flatMap((spec) =>
        (data.rows[spec.table] ?? []).flatMap((r) =>
          spec.columns.flatMap((c, i) =>
            c.kind === "date" && r[i] !== null && !isOpening(spec, c.header) ? [num(r[i] ?? null)] : [],
          ),
        ),
      );
    const before = dates(buildDemo(TODAY));
    expect(dates(buildDemo(TODAY + 40))).toEqual(before.map((d) => d + 40));
  });

  it.each(TODAYS.map((t) => [serialToIso(t), t]))(
    "keeps every date of %s on or before today, except 交货日期",
    (_iso, t) => {
      const data = buildDemo(t);
      for (const spec of DATA_TABLES) {
        for (const r of table(data, spec)) {
          for (const c of spec.columns) {
            const v = r[c.header] ?? null;
            if (c.kind !== "date" || v === null || c.header === "交货日期") continue;
            expect(v).toBeLessThanOrEqual(t);
          }
        }
      }
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 180, 2_958_465])("refuses %p as today", (t) => {
    expect(() => buildDemo(t)).toThrow(RangeError);
  });

  it("accepts the earliest and latest today it documents", () => {
    expect(() => buildDemo(181)).not.toThrow();
    expect(serialToIso(2_958_465 - 60)).toBe("9999-11-01");
    expect(() => buildDemo(2_958_465 - 60)).not.toThrow();
  });
});

describe("buildDemo: customers and products", () => {
  const { customers, products } = tables(buildDemo(TODAY));

  it("has about 8 customers numbered C001… with all four usual terms and two USD export customers", () => {
    expect(customers.length).toBeGreaterThanOrEqual(6);
    expect(customers.length).toBeLessThanOrEqual(10);
    customers.forEach((c, i) => expect(c["客户编号"]).toBe(`C${String(i + 1).padStart(3, "0")}`));
    expect(new Set(customers.map((c) => c["客户名称"])).size).toBe(customers.length);
    const terms = new Set(customers.map((c) => c["结算方式"]));
    for (const t of ["款到发货", "货到付款", "月结30天", "月结60天"]) expect(terms.has(t)).toBe(true);
    expect(count(customers, (c) => c["币种"] === "USD")).toBe(2);
    expect(count(customers, (c) => c["币种"] === "CNY")).toBe(customers.length - 2);
  });

  it("dates each 期初应收 more than 60 days back, and only those", () => {
    const withOpening = customers.filter((c) => c["期初应收"] !== null);
    expect(withOpening.length).toBeGreaterThanOrEqual(2);
    for (const c of customers) {
      expect(c["期初应收"] === null).toBe(c["期初日期"] === null);
      if (c["期初日期"] !== null) {
        expect(num(c["期初日期"])).toBeLessThan(TODAY - 60);
        expect(serialToDate(num(c["期初日期"]) + 1)?.day).toBe(1);
      }
    }
  });

  it("has about 20 products with unique 货号 like BT-1001, usual units and sane packing", () => {
    expect(products.length).toBeGreaterThanOrEqual(18);
    expect(products.length).toBeLessThanOrEqual(25);
    expect(new Set(products.map((p) => p["货号"])).size).toBe(products.length);
    for (const p of products) {
      expect(str(p["货号"])).toMatch(/^[A-Z]{2}-\d{4}$/);
      expect(["个", "套", "箱", "只"]).toContain(p["单位"]);
      expect(num(p["装箱数"])).toBeGreaterThan(0);
      expect(num(p["毛重"])).toBeGreaterThan(num(p["净重"]));
      expect(num(p["体积"])).toBeGreaterThan(0);
    }
  });
});

describe("buildDemo: costing", () => {
  const { costing, products } = tables(buildDemo(TODAY));
  const margin = (c: Row): number => {
    const rate = c["汇率"] === null ? FX_USD : num(c["汇率"]);
    const sales = num(c["美金卖价"]) * rate;
    const profit = Math.round((sales * NET_FACTOR - num(c["成本"])) * 100) / 100;
    return profit / sales;
  };

  it("has about 12 rows of known products, most at the default exchange rate, some at their own", () => {
    expect(costing.length).toBeGreaterThanOrEqual(10);
    const skus = new Set(products.map((p) => p["货号"]));
    for (const c of costing) expect(skus.has(c["货号"])).toBe(true);
    const explicit = count(costing, (c) => c["汇率"] !== null);
    expect(explicit).toBeGreaterThan(0);
    expect(explicit).toBeLessThan(costing.length / 2);
  });

  it("has exactly one row below the minimum margin, clearly so, and the rest clearly above", () => {
    const low = costing.filter((c) => margin(c) < MIN_MARGIN);
    expect(low).toHaveLength(1);
    expect(margin(low[0] ?? {})).toBeLessThan(MIN_MARGIN - 0.01);
    for (const c of costing) if (c !== low[0]) expect(margin(c)).toBeGreaterThan(MIN_MARGIN + 0.05);
  });

  it("has exactly one 待审核 (no reviewer yet), one 已驳回 and the rest 已审核 with reviewer and date", () => {
    expect(count(costing, (c) => c["审核状态"] === "待审核")).toBe(1);
    expect(count(costing, (c) => c["审核状态"] === "已驳回")).toBe(1);
    expect(count(costing, (c) => c["审核状态"] === "已审核")).toBe(costing.length - 2);
    for (const c of costing) {
      if (c["审核状态"] === "待审核") {
        expect(c["审核人"]).toBeNull();
        expect(c["审核日期"]).toBeNull();
      } else {
        expect(str(c["审核人"])).not.toBe("");
        expect(num(c["审核日期"])).toBeLessThanOrEqual(TODAY);
      }
    }
  });

  it("shows the four cases on four different rows", () => {
    const rows = new Set([
      costing.find((c) => margin(c) < MIN_MARGIN),
      costing.find((c) => c["审核状态"] === "待审核"),
      costing.find((c) => c["审核状态"] === "已驳回"),
      costing.find((c) => c["审核状态"] === "已审核" && margin(c) >= MIN_MARGIN),
    ]);
    expect(rows.size).toBe(4);
    expect(rows.has(undefined)).toBe(false);
  });
});

describe("buildDemo: orders", () => {
  const data = buildDemo(TODAY);
  const { orders, customers } = tables(data);
  const byOrder = new Map<string, Row[]>();
  for (const o of orders) byOrder.set(str(o["订单号"]), [...(byOrder.get(str(o["订单号"])) ?? []), o]);

  it("has about 60 lines, 1–4 per order, numbered 1..n", () => {
    expect(orders.length).toBeGreaterThanOrEqual(50);
    expect(orders.length).toBeLessThanOrEqual(70);
    for (const lines of byOrder.values()) {
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(4);
      expect(lines.map((l) => l["行号"])).toEqual(lines.map((_l, i) => i + 1));
    }
  });

  it.each(TODAYS.map((t) => [serialToIso(t), t]))(
    "numbers orders on %s as PO + yymm of 下单日期 + a 3-digit sequence, one customer and date per order",
    (_iso, t) => {
      const { orders: lines } = tables(buildDemo(t));
      const seen = new Map<string, Row>();
      for (const o of lines) {
        const parts = serialToDate(num(o["下单日期"]));
        const yymm = `${String((parts?.year ?? 0) % 100).padStart(2, "0")}${String(parts?.month).padStart(2, "0")}`;
        expect(str(o["订单号"])).toMatch(new RegExp(`^PO${yymm}-\\d{3}$`));
        const first = seen.get(str(o["订单号"])) ?? o;
        seen.set(str(o["订单号"]), first);
        expect([o["客户"], o["下单日期"], o["交货日期"], o["订金比例"]]).toEqual([
          first["客户"],
          first["下单日期"],
          first["交货日期"],
          first["订金比例"],
        ]);
      }
    },
  );

  it("places each order before its delivery date and never finishes more than ordered", () => {
    for (const o of orders) {
      expect(num(o["下单日期"])).toBeLessThan(num(o["交货日期"]));
      if (o["完成数量"] !== null) expect(num(o["完成数量"])).toBeLessThanOrEqual(num(o["数量"]));
    }
  });

  it("uses every production and material state, and names a follow-up clerk on every line", () => {
    expect(new Set(orders.map((o) => o["生产状态"]))).toEqual(new Set(PRODUCTION_STATES));
    expect(new Set(orders.map((o) => o["物料状态"]))).toEqual(new Set(MATERIAL_STATES));
    for (const o of orders) expect(str(o["跟单员"])).not.toBe("");
  });

  it("leaves 订金比例 blank on most orders and sets it on a few", () => {
    const rates = [...byOrder.values()].map((lines) => lines[0]?.["订金比例"] ?? null);
    const explicit = rates.filter((r) => r !== null);
    expect(explicit.length).toBeGreaterThanOrEqual(2);
    expect(explicit.length).toBeLessThan(rates.length / 4);
  });

  it("prices every line in its customer's currency except the planted one", () => {
    const currency = new Map(customers.map((c) => [c["客户名称"], c["币种"]]));
    const mismatched = orders.flatMap((o, i) => (o["币种"] === currency.get(o["客户"]) ? [] : [i]));
    const planted = data.planted.find((p) => p.code === "currency-mismatch");
    expect(mismatched).toEqual([planted?.row]);
    expect(count(orders, (o) => o["币种"] === "USD")).toBeGreaterThan(5);
  });

  it.each(TODAYS.map((t) => [serialToIso(t), t]))("has every 交期状态 on %s", (_iso, t) => {
    const { orders: lines, shipments } = tables(buildDemo(t));
    const shipped = netShipped(shipments);
    const statuses = lines.map((o) => dueStatus(o, shipped.get(lineKey(o)) ?? 0, t));
    for (const s of ["已完成", "逾期", "将到期", "正常"])
      expect(count(statuses, (x) => x === s)).toBeGreaterThan(2);
  });

  it("has lines due today and exactly DUE_WARN_DAYS ahead (将到期) and one day later (正常)", () => {
    const ahead = new Set(orders.map((o) => num(o["交货日期"]) - TODAY));
    for (const d of [0, DUE_WARN_DAYS, DUE_WARN_DAYS + 1]) expect(ahead.has(d)).toBe(true);
  });
});

describe("buildDemo: shipments", () => {
  const data = buildDemo(TODAY);
  const { orders, products, shipments } = tables(data);
  const lines = new Map(orders.map((o) => [lineKey(o), o]));
  const productBySku = new Map(products.map((p) => [p["货号"], p]));

  it("has about 25 rows, every one pointing at an order line of the same customer", () => {
    expect(shipments.length).toBeGreaterThanOrEqual(20);
    expect(shipments.length).toBeLessThanOrEqual(30);
    for (const s of shipments) expect(lines.get(lineKey(s))?.["客户"]).toBe(s["客户"]);
  });

  it("copies the order line's values, with 金额 = 数量 × 单价 and 箱数 from 装箱数", () => {
    for (const s of shipments) {
      const o = lines.get(lineKey(s)) ?? {};
      const p = productBySku.get(o["货号"]) ?? {};
      for (const h of ["货号", "币种", "单价"]) expect(s[h]).toBe(o[h]);
      for (const h of ["品名", "规格", "颜色", "单位"]) expect(s[h]).toBe(o[h] ?? p[h]);
      expect(fen(s["金额"])).toBe(num(s["数量"]) * fen(s["单价"]));
      expect(s["箱数"]).toBe(Math.ceil(Math.abs(num(s["数量"])) / num(p["装箱数"])));
    }
  });

  it.each(TODAYS.map((t) => [serialToIso(t), t]))(
    "numbers notes on %s as prefix + yyyymmdd of their date + a daily sequence from 01",
    (_iso, t) => {
      const { shipments: rows } = tables(buildDemo(t));
      const perDay = new Map<string, Set<string>>();
      const noteOf = new Map<string, Row>();
      for (const s of rows) {
        const prefix = s["类型"] === "退货" ? "TH" : "SH";
        const day = `${prefix}${serialToIso(num(s["日期"])).replace(/-/g, "")}`;
        expect(str(s["单号"])).toMatch(new RegExp(`^${day}-\\d{2}$`));
        perDay.set(day, (perDay.get(day) ?? new Set()).add(str(s["单号"])));
        const first = noteOf.get(str(s["单号"])) ?? s;
        noteOf.set(str(s["单号"]), first);
        expect([s["日期"], s["客户"], s["类型"]]).toEqual([first["日期"], first["客户"], first["类型"]]);
      }
      for (const [day, nos] of perDay) {
        expect([...nos].sort()).toEqual([...nos].map((_n, i) => `${day}-${String(i + 1).padStart(2, "0")}`));
      }
      expect([...perDay.values()].some((nos) => nos.size > 1)).toBe(true);
    },
  );

  it("never delivers more than ordered or finished, and has both partial and full deliveries", () => {
    const delivered = new Map<string, number>();
    for (const s of shipments) {
      if (num(s["数量"]) > 0) delivered.set(lineKey(s), (delivered.get(lineKey(s)) ?? 0) + num(s["数量"]));
    }
    let partial = 0;
    let full = 0;
    for (const [key, qty] of delivered) {
      const o = lines.get(key) ?? {};
      expect(qty).toBeLessThanOrEqual(num(o["数量"]));
      expect(qty).toBeLessThanOrEqual(num(o["完成数量"]));
      if (qty < num(o["数量"])) partial += 1;
      else full += 1;
    }
    expect(partial).toBeGreaterThanOrEqual(2);
    expect(full).toBeGreaterThanOrEqual(10);
  });

  it("has exactly one return (TH, negative), of no more than was delivered on its line before it", () => {
    const returns = shipments.filter((s) => s["类型"] === "退货");
    expect(returns).toHaveLength(1);
    const r = returns[0] ?? {};
    expect(str(r["单号"])).toMatch(/^TH/);
    expect(num(r["数量"])).toBeLessThan(0);
    expect(num(r["金额"])).toBeLessThan(0);
    const before = shipments
      .filter((s) => lineKey(s) === lineKey(r) && s["类型"] === "送货" && num(s["日期"]) <= num(r["日期"]))
      .reduce((sum, s) => sum + num(s["数量"]), 0);
    expect(-num(r["数量"])).toBeLessThanOrEqual(before);
    expect(count(shipments, (s) => num(s["数量"]) < 0)).toBe(1);
  });

  it("mixes signed-copy states, dating only returned copies, on or after delivery", () => {
    const states = new Set(shipments.map((s) => s["回单状态"]));
    expect(states).toEqual(new Set(["未回", "已回", "异常"]));
    for (const s of shipments) {
      if (s["回单状态"] === "未回") expect(s["回单日期"]).toBeNull();
      if (s["回单状态"] === "已回") {
        expect(num(s["回单日期"])).toBeGreaterThanOrEqual(num(s["日期"]));
        expect(num(s["回单日期"])).toBeLessThanOrEqual(TODAY);
      }
    }
  });
});

describe("buildDemo: payments", () => {
  const { customers, orders, shipments, payments } = tables(buildDemo(TODAY));
  const customerByName = new Map(customers.map((c) => [c["客户名称"], c]));
  const orderCustomer = new Map(orders.map((o) => [o["订单号"], o["客户"]]));
  const sumFenBy = (rows: Row[], key: string): Map<string, number> => {
    const sums = new Map<string, number>();
    for (const r of rows)
      if (r[key] !== null) sums.set(str(r[key]), (sums.get(str(r[key])) ?? 0) + fen(r["金额"]));
    return sums;
  };

  it("has about 20 receipts in the customer's currency, each against one of that customer's orders or none", () => {
    expect(payments.length).toBeGreaterThanOrEqual(15);
    for (const p of payments) {
      expect(p["币种"]).toBe(customerByName.get(p["客户"])?.["币种"]);
      expect(num(p["金额"])).toBeGreaterThan(0);
      if (p["订单号"] !== null) expect(orderCustomer.get(p["订单号"])).toBe(p["客户"]);
    }
  });

  it("books 订金 and 余款 against orders and monthly customers' 货款 without one", () => {
    const types = new Set(payments.map((p) => p["类型"]));
    for (const t of ["订金", "余款", "货款"]) expect(types.has(t)).toBe(true);
    for (const p of payments) {
      if (p["类型"] === "订金" || p["类型"] === "余款") expect(p["订单号"]).not.toBeNull();
      const terms = str(customerByName.get(p["客户"])?.["结算方式"] ?? null);
      if (terms.startsWith("月结")) expect(p["订单号"]).toBeNull();
    }
    const monthly = payments.filter(
      (p) =>
        p["类型"] === "货款" && str(customerByName.get(p["客户"])?.["结算方式"] ?? null).startsWith("月结"),
    );
    expect(monthly.length).toBeGreaterThanOrEqual(3);
  });

  it("has 款到发货 customers paid at least what was shipped on each order", () => {
    const paid = sumFenBy(payments, "订单号");
    const shipped = sumFenBy(shipments, "订单号");
    let checked = 0;
    for (const [no, value] of shipped) {
      if (customerByName.get(orderCustomer.get(no) ?? null)?.["结算方式"] !== "款到发货") continue;
      expect(paid.get(no) ?? 0).toBeGreaterThanOrEqual(value);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});

describe("buildDemo: planted problems", () => {
  const data = buildDemo(TODAY);
  const { customers, products, orders, payments } = tables(data);
  const planted = (code: string): Row => orders[data.planted.find((p) => p.code === code)?.row ?? -1] ?? {};
  const customerOf = (o: Row): Row => customers.find((c) => c["客户名称"] === o["客户"]) ?? {};

  it("lists exactly the three planted problems, on 订单 columns", () => {
    expect(data.planted.map((p) => p.code).sort()).toEqual([
      "currency-mismatch",
      "production-before-deposit",
      "unknown-product",
    ]);
    for (const p of data.planted) {
      expect(p.table).toBe(ORDERS_TABLE.table);
      expect(ORDERS_TABLE.columns.map((c) => c.header)).toContain(p.column);
    }
  });

  it("plants a line in another currency than its customer's", () => {
    const o = planted("currency-mismatch");
    expect(o["币种"]).not.toBe(customerOf(o)["币种"]);
  });

  it("plants a line of a 款到发货 customer in production with nothing received for its order", () => {
    const o = planted("production-before-deposit");
    expect(customerOf(o)["结算方式"]).toBe("款到发货");
    expect(o["生产状态"]).toBe("生产中");
    expect(count(payments, (p) => p["订单号"] === o["订单号"])).toBe(0);
  });

  it("plants a 货号 that 产品 lacks, a typo of one it has", () => {
    const o = planted("unknown-product");
    const skus = products.map((p) => str(p["货号"]));
    expect(skus).not.toContain(o["货号"]);
    expect(skus).toContain(str(o["货号"]).replace(/O/g, "0"));
  });

  it.each(TODAYS.map((t) => [serialToIso(t), t]))(
    "on %s, a check by the rules finds the planted problems and nothing else",
    (_iso, t) => {
      const d = buildDemo(t);
      expect(sortProblems(orderCheck(d))).toEqual(sortProblems(d.planted));
    },
  );

  it("the rule check is not blind: it finds a shipment over the order quantity", () => {
    const d = buildDemo(TODAY);
    const shipments = d.rows[SHIPMENTS_TABLE.table] ?? [];
    const qtyCol = SHIPMENTS_TABLE.columns.findIndex((c) => c.header === "数量");
    const first = shipments[0] ?? [];
    first[qtyCol] = num(first[qtyCol] ?? null) + 1_000_000;
    expect(orderCheck(d).map((p) => p.code)).toContain("shipped-above-quantity");
  });

  it("the rule check is not blind: it finds a deposit one fen short", () => {
    const d = buildDemo(TODAY);
    const rows = tables(d);
    // A deposit that is the only receipt of an order already in production.
    const deposit = rows.payments.findIndex(
      (p) =>
        p["类型"] === "订金" &&
        count(rows.payments, (q) => q["订单号"] === p["订单号"]) === 1 &&
        rows.orders.some((o) => o["订单号"] === p["订单号"] && o["生产状态"] !== PRODUCTION_STATES[0]),
    );
    expect(deposit).toBeGreaterThanOrEqual(0);
    const amountCol = PAYMENTS_TABLE.columns.findIndex((c) => c.header === "金额");
    const row = d.rows[PAYMENTS_TABLE.table]?.[deposit] ?? [];
    const no = rows.payments[deposit]?.["订单号"];
    const orderRows = rows.orders.filter((o) => o["订单号"] === no);
    const total = orderRows.reduce((s, o) => s + num(o["数量"]) * num(o["单价"]), 0);
    const rate = orderRows[0]?.["订金比例"] ?? DEPOSIT_RATE;
    row[amountCol] = Math.round(total * num(rate) * 100) / 100 - 0.01;
    expect(orderCheck(d).map((p) => p.code)).toContain("production-before-deposit");
    expect(orderCheck(d).length).toBeGreaterThan(d.planted.length);
  });
});

/** The demo as excel/ would read it back after setup wrote it (blank cells as ""). */
function asWorkbook(data: DemoData): WorkbookData {
  const workbook: WorkbookData = {};
  for (const spec of [SETTINGS_TABLE, ...DATA_TABLES]) {
    const rows =
      spec === SETTINGS_TABLE
        ? SETTINGS.map((s) => [s.item, data.settings[s.item] ?? s.defaultValue, s.note])
        : (data.rows[spec.table] ?? []).map((r) => r.map((v) => v ?? ""));
    const headers = spec.columns.map((c) => c.header);
    workbook[spec.table] = { table: spec.table, sheet: spec.sheet, row: 0, col: 0, headers, rows };
  }
  return workbook;
}

describe("buildDemo: as core's tracking computes the sheet's formulas", () => {
  it.each(TODAYS.map((t) => [serialToIso(t), t]))("shows every 交期状态 and 收款状态 on %s", (_iso, t) => {
    const tracking = computeOrderTracking(asWorkbook(buildDemo(t)), t);
    expect(new Set(tracking.map((l) => l.dueStatus))).toEqual(new Set(DUE_STATUSES));
    expect(new Set(tracking.map((l) => l.paymentStatus))).toEqual(new Set(PAYMENT_STATUSES));
  });

  it("has every 款到发货 order in production at least at 已收订金, except the planted one", () => {
    const data = buildDemo(TODAY);
    const { orders, customers } = tables(data);
    const tracking = computeOrderTracking(asWorkbook(data), TODAY);
    const terms = new Map(customers.map((c) => [c["客户名称"], c["结算方式"]]));
    const unpaid = orders.flatMap((o, i) =>
      terms.get(o["客户"]) === "款到发货" &&
      o["生产状态"] !== PRODUCTION_STATES[0] &&
      tracking[i]?.paymentStatus === "未收订金"
        ? [i]
        : [],
    );
    expect(unpaid).toEqual([data.planted.find((p) => p.code === "production-before-deposit")?.row]);
  });

  it("has exactly one costing row below MIN_MARGIN by computeCosting", () => {
    const margins = computeCosting(asWorkbook(buildDemo(TODAY))).map((c) => c.margin);
    expect(margins.every((m) => m !== null)).toBe(true);
    expect(margins.filter((m) => (m ?? 1) < MIN_MARGIN)).toHaveLength(1);
  });
});
