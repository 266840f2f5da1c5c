/**
 * Fixture builders for tests: contract tables as excel/ would read them, with a valid row by
 * default and only what a test cares about spelled out (`makeOrderLine({ 数量: 10 })`).
 * Test-only: nothing outside *.test.ts files imports this module.
 */
import { isoToSerial } from "../dates";
import type { CellConstant } from "../plan";
import {
  COSTING_TABLE,
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SETTINGS,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../workbook/schema";
import type { TableData, WorkbookData } from "../workbook/tableData";

/** One table row by header; headers left out read as empty cells (""). */
export type RowValues = Record<string, CellConstant>;

/** The serial of a `YYYY-MM-DD` date, for readable fixtures. */
export function serial(iso: string): number {
  const value = isoToSerial(iso);
  if (value === null) throw new Error(`Not a date: ${iso}`);
  return value;
}

/** The day the fixtures take as today: 2026-11-22. */
export const TEST_TODAY = serial("2026-11-22");

/**
 * A table of `spec` holding `rows`, by default with the spec's headers and its header row at A1.
 * Values for headers the table lacks are dropped; missing values are "".
 */
export function makeTable(
  spec: TableSpec,
  rows: readonly RowValues[],
  options: { row?: number; col?: number; headers?: readonly string[] } = {},
): TableData {
  const headers = [...(options.headers ?? spec.columns.map((c) => c.header))];
  return {
    table: spec.table,
    sheet: spec.sheet,
    row: options.row ?? 0,
    col: options.col ?? 0,
    headers,
    rows: rows.map((values) => headers.map((h) => values[h] ?? "")),
  };
}

/** A customer paying before delivery (款到发货) in CNY. */
export function makeCustomer(overrides: RowValues = {}): RowValues {
  return {
    客户编号: "C001",
    客户名称: "华美贸易",
    联系人: "王经理",
    电话: "0574-88886666",
    地址: "宁波市鄞州区",
    结算方式: "款到发货",
    币种: "CNY",
    ...overrides,
  };
}

export function makeProduct(overrides: RowValues = {}): RowValues {
  return { 货号: "A-100", 品名: "保温杯", 规格: "500ml", 颜色: "白", 单位: "个", 装箱数: 24, ...overrides };
}

export function makeCosting(overrides: RowValues = {}): RowValues {
  return {
    货号: "A-100",
    品名: "保温杯",
    贸易方式: "一般贸易",
    成本: 20,
    美金卖价: 4,
    汇率: "",
    ...overrides,
  };
}

/** Line 1 of order SO-001: 100 × 12.50 for 华美贸易, ordered 2026-11-02, due 2026-12-20. */
export function makeOrderLine(overrides: RowValues = {}): RowValues {
  return {
    订单号: "SO-001",
    行号: 1,
    客户PO号: "PO-7788",
    下单日期: serial("2026-11-02"),
    客户: "华美贸易",
    货号: "A-100",
    数量: 100,
    币种: "CNY",
    单价: 12.5,
    交货日期: serial("2026-12-20"),
    物料状态: "未备料",
    生产状态: "待排产",
    跟单员: "小李",
    ...overrides,
  };
}

/** A delivery of 10 pieces of SO-001 line 1. */
export function makeShipment(overrides: RowValues = {}): RowValues {
  return {
    单号: "SH20261120-01",
    日期: serial("2026-11-20"),
    类型: "送货",
    客户: "华美贸易",
    订单号: "SO-001",
    行号: 1,
    货号: "A-100",
    数量: 10,
    币种: "CNY",
    单价: 12.5,
    金额: 125,
    回单状态: "未回",
    ...overrides,
  };
}

/** A 375.00 deposit for SO-001 (30 % of 1,250.00). */
export function makePayment(overrides: RowValues = {}): RowValues {
  return {
    收款日期: serial("2026-11-05"),
    客户: "华美贸易",
    订单号: "SO-001",
    类型: "订金",
    币种: "CNY",
    金额: 375,
    方式: "银行转账",
    ...overrides,
  };
}

/** 参数 rows with their default values, `values` (by workbook name, e.g. FX_USD) overriding. */
export function makeSettingsRows(values: Partial<Record<string, CellConstant>> = {}): RowValues[] {
  return SETTINGS.map((s) => ({ 项目: s.item, 值: values[s.name] ?? s.defaultValue, 说明: s.note }));
}

export interface WorkbookParts {
  /** Setting values by workbook name; the rest take their defaults. */
  settings?: Partial<Record<string, CellConstant>>;
  customers?: readonly RowValues[];
  products?: readonly RowValues[];
  costing?: readonly RowValues[];
  orders?: readonly RowValues[];
  shipments?: readonly RowValues[];
  payments?: readonly RowValues[];
  /** Tables to leave out, by table name (e.g. "Payments"). */
  without?: readonly string[];
}

/**
 * A whole workbook's contract tables: default settings, one customer and one product (those
 * makeOrderLine refers to), and whatever orders, shipments and payments the test gives.
 */
export function makeWorkbookData(parts: WorkbookParts = {}): WorkbookData {
  const tables: TableData[] = [
    makeTable(SETTINGS_TABLE, makeSettingsRows(parts.settings)),
    makeTable(CUSTOMERS_TABLE, parts.customers ?? [makeCustomer()]),
    makeTable(PRODUCTS_TABLE, parts.products ?? [makeProduct()]),
    makeTable(COSTING_TABLE, parts.costing ?? []),
    makeTable(ORDERS_TABLE, parts.orders ?? []),
    makeTable(SHIPMENTS_TABLE, parts.shipments ?? []),
    makeTable(PAYMENTS_TABLE, parts.payments ?? []),
  ];
  const data: WorkbookData = {};
  for (const t of tables) if (!parts.without?.includes(t.table)) data[t.table] = t;
  return data;
}
