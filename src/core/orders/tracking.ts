/**
 * The computed columns of 订单 and 核价 in pure TypeScript, with the meaning the workbook's native
 * formulas give them (DESIGN.md §4, formulas.ts): what the check, documents and tests compare with
 * the sheet. One pass over each table builds maps, so 100,000 order lines and 200,000 shipment rows
 * take linear time.
 *
 * Where a cell holds something the formulas cannot compute with (text in 数量, a date typed as text),
 * the sheet shows an error value; here the result is blank (null or "") and the order check reports
 * the cell.
 */
import { type Fen, fenToNumber, mulFenByNumber, toFenOrNull } from "../money";
import type { CellConstant } from "../plan";
import {
  COSTING_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  SETTINGS,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../workbook/schema";
import { cellText, isBlank, type TableData, type WorkbookData } from "../workbook/tableData";

/** 收款状态 values, "" when the order has no amount yet. */
export const PAYMENT_STATUSES = ["未收订金", "已收订金", "已收全款"] as const;
export type PaymentStatus = "" | (typeof PAYMENT_STATUSES)[number];

/** 交期状态 values, "" without a 交货日期 or 数量. */
export const DUE_STATUSES = ["已完成", "逾期", "将到期", "正常"] as const;
export type DueStatus = "" | (typeof DUE_STATUSES)[number];

/**
 * A header of a contract table, checked against the spec when this module loads, so a renamed
 * column in schema.ts fails every test instead of silently reading nothing.
 * @throws Error when the spec has no such column.
 */
export function specHeader(spec: TableSpec, header: string): string {
  if (!spec.columns.some((c) => c.header === header)) {
    throw new Error(`Table ${spec.table} has no column ${header}`);
  }
  return header;
}

const O = {
  orderNo: specHeader(ORDERS_TABLE, "订单号"),
  lineNo: specHeader(ORDERS_TABLE, "行号"),
  quantity: specHeader(ORDERS_TABLE, "数量"),
  price: specHeader(ORDERS_TABLE, "单价"),
  due: specHeader(ORDERS_TABLE, "交货日期"),
  depositRate: specHeader(ORDERS_TABLE, "订金比例"),
};
const S = {
  orderNo: specHeader(SHIPMENTS_TABLE, "订单号"),
  lineNo: specHeader(SHIPMENTS_TABLE, "行号"),
  quantity: specHeader(SHIPMENTS_TABLE, "数量"),
};
const P = {
  orderNo: specHeader(PAYMENTS_TABLE, "订单号"),
  amount: specHeader(PAYMENTS_TABLE, "金额"),
};
const C = {
  cost: specHeader(COSTING_TABLE, "成本"),
  usdPrice: specHeader(COSTING_TABLE, "美金卖价"),
  rate: specHeader(COSTING_TABLE, "汇率"),
};
const SETTING_ITEM = specHeader(SETTINGS_TABLE, "项目");
const SETTING_VALUE = specHeader(SETTINGS_TABLE, "值");

/**
 * How SUMIF and MATCH compare keys (订单号, 行号, 客户, 货号): text without regard to case, a number
 * equal to its text form. Blank cells never match anything.
 * @returns the comparable form, or null for a blank cell.
 */
export function matchKey(value: CellConstant | undefined): string | null {
  switch (typeof value) {
    case "string":
      return value.trim() === "" ? null : value.toUpperCase();
    case "number":
      return String(value);
    case "boolean":
      return value ? "TRUE" : "FALSE";
    default:
      return null;
  }
}

/** The key of an order line (订单号, 行号), or null when either is blank. */
export function lineKey(orderNo: CellConstant | undefined, lineNo: CellConstant | undefined): string | null {
  const order = matchKey(orderNo);
  const line = matchKey(lineNo);
  return order === null || line === null ? null : joinKeys(order, line);
}

/** One key of two matchKeys; the separator cannot be typed into a cell. */
function joinKeys(order: string, line: string): string {
  return `${order}\u0000${line}`;
}

/** Whether a cell is blank as a formula's `=""` sees it: empty, or the empty text. */
function isFormulaBlank(value: CellConstant | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * How a formula's `=` and an exact MATCH compare a non-blank cell: text without regard to case, a
 * number only equal to a number, a boolean only to a boolean.
 * @returns the comparable form, or null for a blank cell.
 */
export function equalityKey(value: CellConstant | undefined): string | null {
  switch (typeof value) {
    case "string":
      return value === "" ? null : `s${value.toUpperCase()}`;
    case "number":
      return `n${String(value)}`;
    case "boolean":
      return `b${String(value)}`;
    default:
      return null;
  }
}

/** The key of a blank cell among equalityKeys (no equalityKey starts with `-`). */
const BLANK_KEY = "-";

/** The keys of the cells a non-blank `value` equals under `=`: its own, and blank's for 0 and FALSE. */
function keysEqualTo(value: CellConstant | undefined): string[] {
  const key = equalityKey(value);
  if (key === null) return [];
  return value === 0 || value === false ? [key, BLANK_KEY] : [key];
}

/** Whether two cells are equal under a formula's `=` (a blank cell equals "", 0 and FALSE). */
function formulaEquals(a: CellConstant | undefined, b: CellConstant | undefined): boolean {
  if (isFormulaBlank(a) || isFormulaBlank(b)) {
    const other = isFormulaBlank(a) ? b : a;
    return isFormulaBlank(other) || other === 0 || other === false;
  }
  return equalityKey(a) === equalityKey(b);
}

/** A cell's number, or null when it holds anything else (blank, text, a boolean, NaN). */
export function cellNumber(value: CellConstant | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Reads one column of a table by header: `undefined` for every row when the column is missing. */
export function columnReader(
  data: TableData | undefined,
  header: string,
): (row: number) => CellConstant | undefined {
  const col = data ? data.headers.indexOf(header) : -1;
  if (!data || col < 0) return () => undefined;
  const rows = data.rows;
  return (row) => rows[row]?.[col];
}

/** The numeric settings the computed columns use (参数 values behind FX_USD, NET_FACTOR, ...). */
export interface TrackingSettings {
  /** 美元汇率 FX_USD */
  fxUsd: number;
  /** 净收汇系数 NET_FACTOR */
  netFactor: number;
  /** 订金比例 DEPOSIT_RATE */
  depositRate: number;
  /** 交期预警天数 DUE_WARN_DAYS */
  dueWarnDays: number;
  /** 最低利润率 MIN_MARGIN */
  minMargin: number;
  /** 超发允许比例 OVERSHIP_RATE */
  overshipRate: number;
}

const TRACKING_SETTING_NAMES: Record<keyof TrackingSettings, string> = {
  fxUsd: "FX_USD",
  netFactor: "NET_FACTOR",
  depositRate: "DEPOSIT_RATE",
  dueWarnDays: "DUE_WARN_DAYS",
  minMargin: "MIN_MARGIN",
  overshipRate: "OVERSHIP_RATE",
};

/** A setting row as found in 参数: its body row (for the 值 cell's address) and its value. */
export interface SettingCell {
  row: number;
  value: CellConstant | undefined;
}

/**
 * Finds a setting's row in 参数 by its 项目 (the first row naming it, as setup wrote it).
 * @param name the setting's workbook name, e.g. `FX_USD` (see SETTINGS).
 * @returns null when the Settings table, its columns or the row is missing.
 */
export function findSetting(data: WorkbookData, name: string): SettingCell | null {
  const spec = SETTINGS.find((s) => s.name === name);
  const table = data[SETTINGS_TABLE.table];
  if (!spec || !table || !table.headers.includes(SETTING_VALUE)) return null;
  const item = columnReader(table, SETTING_ITEM);
  const value = columnReader(table, SETTING_VALUE);
  for (let row = 0; row < table.rows.length; row++) {
    const text = item(row);
    if (typeof text === "string" && text.trim() === spec.item) return { row, value: value(row) };
  }
  return null;
}

/** A 参数 value as text; its default from SETTINGS when the row or the value is missing. */
export function settingText(data: WorkbookData, name: string): string {
  const found = findSetting(data, name)?.value;
  if (found !== undefined && !isBlank(found)) return cellText(found);
  return String(SETTINGS.find((s) => s.name === name)?.defaultValue ?? "");
}

/**
 * The numeric settings from 参数. A setting that is missing or not a number takes its default from
 * SETTINGS (the check reports it as setting-invalid); a number is used as it is, as the formulas do.
 */
export function readTrackingSettings(data: WorkbookData): TrackingSettings {
  const read = (key: keyof TrackingSettings): number => {
    const name = TRACKING_SETTING_NAMES[key];
    const found = cellNumber(findSetting(data, name)?.value);
    if (found !== null) return found;
    const fallback = SETTINGS.find((s) => s.name === name)?.defaultValue;
    return typeof fallback === "number" ? fallback : 0;
  };
  return {
    fxUsd: read("fxUsd"),
    netFactor: read("netFactor"),
    depositRate: read("depositRate"),
    dueWarnDays: read("dueWarnDays"),
    minMargin: read("minMargin"),
    overshipRate: read("overshipRate"),
  };
}

/** The computed columns of one 订单 row. */
export interface OrderLineTracking {
  /** 金额 = ROUND(数量 × 单价, 2); null while either is blank (or not a number). */
  amount: Fen | null;
  /** 订金比例, blank (or not a number) meaning DEPOSIT_RATE. */
  depositRate: number;
  /**
   * 订单首行: the body row (1-based, as the sheet numbers it) that holds the order's figures — this
   * line when its 订单号 differs from the line above's, else the order's first line; null without
   * a 订单号.
   */
  firstLine: number | null;
  /** Whether this line is its own 订单首行, so its 首行总额 and 首行已收 show the order's figures. */
  holdsOrderFigures: boolean;
  /** The sum of 金额 over the order's lines (same 订单号); 0 without a 订单号. */
  orderTotal: Fen;
  /** The sum of 收款 金额 for the 订单号; 0 without a 订单号. */
  paid: Fen;
  /** 收款状态 */
  paymentStatus: PaymentStatus;
  /**
   * 已发数量: net 发货 数量 of the rows whose 行号 and 订单号 equal the line's under `=` (see
   * equalityKey; returns are negative rows); 0 while either is blank.
   */
  shipped: number;
  /** 未发数量 = 数量 − 已发数量; null without a 数量. */
  unshipped: number | null;
  /** 交期状态 */
  dueStatus: DueStatus;
  /** 延期天数; null without a 交货日期 or 数量. */
  daysLate: number | null;
}

/** Adds `amount` to the running sum under `key`. */
function addTo<K>(sums: Map<K, number>, key: K, amount: number): void {
  sums.set(key, (sums.get(key) ?? 0) + amount);
}

/** 收款状态 of a line from its order's figures. */
export function paymentStatusOf(orderTotal: Fen, paid: Fen, depositRate: number): PaymentStatus {
  if (orderTotal <= 0) return "";
  if (paid >= orderTotal) return "已收全款";
  // A rate typed absurdly large (a date in the rate column, say) has no deposit a sum could reach.
  const deposit =
    Number.isFinite(depositRate) && Math.abs(orderTotal * depositRate) <= Number.MAX_SAFE_INTEGER
      ? mulFenByNumber(orderTotal, depositRate)
      : null;
  if (paid > 0 && deposit !== null && paid >= deposit) return "已收订金";
  return "未收订金";
}

/** 交期状态 and 延期天数 of a line, given its 交货日期, 数量, 未发数量 and today. */
export function dueStatusOf(
  due: number | null,
  quantity: number | null,
  unshipped: number | null,
  today: number,
  dueWarnDays: number,
): { dueStatus: DueStatus; daysLate: number | null } {
  if (due === null || quantity === null || unshipped === null) return { dueStatus: "", daysLate: null };
  const daysLate = unshipped > 0 && today > due ? today - due : 0;
  if (unshipped <= 0) return { dueStatus: "已完成", daysLate };
  if (due < today) return { dueStatus: "逾期", daysLate };
  if (due - today <= dueWarnDays) return { dueStatus: "将到期", daysLate };
  return { dueStatus: "正常", daysLate };
}

/**
 * The computed columns of every 订单 row, in body-row order (entry `i` is body row `i`, blank
 * rows included). Empty when the workbook has no Orders table.
 * @param today the serial date TODAY() stands for (core never reads the clock).
 * @param settings defaults to `readTrackingSettings(data)`.
 */
export function computeOrderTracking(
  data: WorkbookData,
  today: number,
  settings: TrackingSettings = readTrackingSettings(data),
): OrderLineTracking[] {
  const orders = data[ORDERS_TABLE.table];
  if (!orders) return [];
  const shipments = data[SHIPMENTS_TABLE.table];
  const payments = data[PAYMENTS_TABLE.table];

  const orderNo = columnReader(orders, O.orderNo);
  const lineNo = columnReader(orders, O.lineNo);
  const quantity = columnReader(orders, O.quantity);
  const price = columnReader(orders, O.price);
  const due = columnReader(orders, O.due);
  const deposit = columnReader(orders, O.depositRate);
  const count = orders.rows.length;

  const amounts: (Fen | null)[] = new Array<Fen | null>(count);
  const orderKeys: (string | null)[] = new Array<string | null>(count);
  const totals = new Map<string, number>();
  for (let row = 0; row < count; row++) {
    const q = cellNumber(quantity(row));
    const p = cellNumber(price(row));
    const amount = q === null || p === null ? null : toFenOrNull(q * p);
    amounts[row] = amount;
    const key = matchKey(orderNo(row));
    orderKeys[row] = key;
    if (key !== null && amount !== null) addTo(totals, key, amount);
  }

  const paidByOrder = new Map<string, number>();
  if (payments) {
    const payOrder = columnReader(payments, P.orderNo);
    const payAmount = columnReader(payments, P.amount);
    for (let row = 0; row < payments.rows.length; row++) {
      const key = matchKey(payOrder(row));
      const amount = cellNumber(payAmount(row));
      const fen = amount === null ? null : toFenOrNull(amount);
      if (key !== null && fen !== null) addTo(paidByOrder, key, fen);
    }
  }

  // 已发数量 compares with `=` (SUMPRODUCT in the sheet): keyed by equalityKey, blank cells apart.
  const shippedByLine = new Map<string, number>();
  if (shipments) {
    const shipOrder = columnReader(shipments, S.orderNo);
    const shipLine = columnReader(shipments, S.lineNo);
    const shipQuantity = columnReader(shipments, S.quantity);
    for (let row = 0; row < shipments.rows.length; row++) {
      const q = cellNumber(shipQuantity(row));
      if (q === null) continue;
      const order = equalityKey(shipOrder(row)) ?? BLANK_KEY;
      const line = equalityKey(shipLine(row)) ?? BLANK_KEY;
      addTo(shippedByLine, joinKeys(order, line), q);
    }
  }
  /** What 已发数量's SUMPRODUCT gives for a line: 0 while 订单号 or 行号 is blank. */
  const shippedFor = (order: CellConstant | undefined, line: CellConstant | undefined): number => {
    if (isFormulaBlank(order) || isFormulaBlank(line)) return 0;
    let sum = 0;
    for (const o of keysEqualTo(order)) {
      for (const l of keysEqualTo(line)) sum += shippedByLine.get(joinKeys(o, l)) ?? 0;
    }
    return sum;
  };

  // 订单首行: a line whose 订单号 differs from the line above's holds its own figures; any other
  // line's are on the first line whose 订单号 equals its own (MATCH's first hit).
  const firstByKey = new Map<string, number>();
  for (let row = 0; row < count; row++) {
    const key = equalityKey(orderNo(row));
    if (key !== null && !firstByKey.has(key)) firstByKey.set(key, row + 1);
  }
  const firstLineOf = (row: number): number | null => {
    const order = orderNo(row);
    if (isFormulaBlank(order)) return null;
    if (row === 0 || !formulaEquals(order, orderNo(row - 1))) return row + 1;
    return firstByKey.get(equalityKey(order)!) ?? row + 1;
  };

  const result: OrderLineTracking[] = new Array<OrderLineTracking>(count);
  for (let row = 0; row < count; row++) {
    const orderKey = orderKeys[row] ?? null;
    const orderTotal = (orderKey === null ? 0 : (totals.get(orderKey) ?? 0)) as Fen;
    const paid = (orderKey === null ? 0 : (paidByOrder.get(orderKey) ?? 0)) as Fen;
    const rate = cellNumber(deposit(row)) ?? settings.depositRate;
    const shipped = shippedFor(orderNo(row), lineNo(row));
    const q = cellNumber(quantity(row));
    const unshipped = q === null ? null : q - shipped;
    const firstLine = firstLineOf(row);
    result[row] = {
      amount: amounts[row] ?? null,
      depositRate: rate,
      firstLine,
      holdsOrderFigures: firstLine === row + 1,
      orderTotal,
      paid,
      paymentStatus: paymentStatusOf(orderTotal, paid, rate),
      shipped,
      unshipped,
      ...dueStatusOf(cellNumber(due(row)), q, unshipped, today, settings.dueWarnDays),
    };
  }
  return result;
}

/** One 核价 row's inputs, as read from the cells. */
export interface CostingInput {
  /** 成本 (blank counts as 0, as in the formula) */
  cost: CellConstant | undefined;
  /** 美金卖价 */
  usdPrice: CellConstant | undefined;
  /** 汇率, blank meaning FX_USD */
  rate: CellConstant | undefined;
}

/** 核价's computed columns: 利润 in fen and 销售利润率 as a ratio. */
export interface CostingResult {
  profit: Fen | null;
  margin: number | null;
}

/**
 * 利润 and 销售利润率 exactly as costingProfitFormula / costingMarginFormula compute them:
 * 利润 = ROUND(美金卖价 × 汇率 × NET_FACTOR − 成本, 2), blank while 美金卖价 is blank (a price of 0
 * still gives −成本); 销售利润率 = 利润 ÷ (美金卖价 × 汇率), blank while the price is blank or 0.
 * Values the formulas would turn into an error (text in a number cell, a zero rate) give null.
 */
export function costingProfit(
  input: CostingInput,
  settings: Pick<TrackingSettings, "fxUsd" | "netFactor">,
): CostingResult {
  if (isBlank(input.usdPrice)) return { profit: null, margin: null };
  const price = cellNumber(input.usdPrice);
  const rate = isBlank(input.rate) ? settings.fxUsd : cellNumber(input.rate);
  const cost = isBlank(input.cost) ? 0 : cellNumber(input.cost);
  if (price === null || rate === null || cost === null) return { profit: null, margin: null };
  const profit = toFenOrNull(price * rate * settings.netFactor - cost);
  const revenue = price * rate;
  const margin = profit === null || price === 0 || revenue === 0 ? null : fenToNumber(profit) / revenue;
  return { profit, margin };
}

/** costingProfit for every 核价 row, in body-row order; empty without a Costing table. */
export function computeCosting(
  data: WorkbookData,
  settings: TrackingSettings = readTrackingSettings(data),
): CostingResult[] {
  const table = data[COSTING_TABLE.table];
  if (!table) return [];
  const cost = columnReader(table, C.cost);
  const usdPrice = columnReader(table, C.usdPrice);
  const rate = columnReader(table, C.rate);
  return table.rows.map((_, row) =>
    costingProfit({ cost: cost(row), usdPrice: usdPrice(row), rate: rate(row) }, settings),
  );
}
