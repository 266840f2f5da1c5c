/**
 * What the task pane's 订单 and 核价 sections show, computed from the tables as read: the lines
 * that need the clerk today, counts by 生产状态, and the 核价 rows to look at.
 */
import { serialToIso } from "../dates";
import { fenToNumber } from "../money";
import { PRODUCTION_STATES, COSTING_TABLE, ORDERS_TABLE } from "../workbook/schema";
import { isBlank, tableReader, type WorkbookData } from "../workbook/tableData";
import {
  computeCosting,
  computeOrderTracking,
  readTrackingSettings,
  type TrackingSettings,
} from "./tracking";

/** An order line that is overdue or due soon. */
export interface UrgentLine {
  sheet: string;
  /** The line's 交货日期 cell, where a click takes the clerk. */
  cell: string;
  orderNo: string;
  lineNo: string;
  customer: string;
  product: string;
  /** 交货日期 as YYYY-MM-DD. */
  due: string;
  /** Days past 交货日期 (positive) or left until it (negative is never shown: left is ≥ 0). */
  daysLate: number;
  daysLeft: number;
  status: "逾期" | "将到期";
  production: string;
}

export interface TrackingView {
  /** Overdue lines first, most days late first; then due-soon lines, soonest first. */
  urgent: UrgentLine[];
  /** Lines not yet complete, by 生产状态 (blank counted as UNSET_PRODUCTION). */
  byProduction: { state: string; count: number }[];
  /** How many urgent lines there were before `limit` cut the list. */
  urgentTotal: number;
}

/** How trackingView names a blank 生产状态 (the pane says it in the user's language). */
export const UNSET_PRODUCTION = "未填";

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The production tracking view of 订单 on `today`.
 * @param limit the most urgent lines to list
 */
export function trackingView(data: WorkbookData, today: number, limit = 50): TrackingView {
  const orders = data[ORDERS_TABLE.table];
  if (!orders) return { urgent: [], byProduction: [], urgentTotal: 0 };
  const read = tableReader(orders);
  const tracking = computeOrderTracking(data, today);
  const urgent: UrgentLine[] = [];
  const counts = new Map<string, number>(PRODUCTION_STATES.map((s) => [s, 0]));
  tracking.forEach((line, row) => {
    if (line.dueStatus === "" || line.dueStatus === "已完成") return;
    const production = isBlank(read.get(row, "生产状态"))
      ? UNSET_PRODUCTION
      : text(read.get(row, "生产状态"));
    counts.set(production, (counts.get(production) ?? 0) + 1);
    if (line.dueStatus !== "逾期" && line.dueStatus !== "将到期") return;
    const due = Number(read.get(row, "交货日期"));
    urgent.push({
      sheet: orders.sheet,
      cell: read.cell(row, "交货日期"),
      orderNo: text(read.get(row, "订单号")),
      lineNo: text(read.get(row, "行号")),
      customer: text(read.get(row, "客户")),
      product: text(read.get(row, "货号")),
      due: serialToIso(due),
      daysLate: line.daysLate ?? 0,
      daysLeft: Math.max(0, due - today),
      status: line.dueStatus,
      production,
    });
  });
  urgent.sort((a, b) =>
    a.status !== b.status
      ? a.status === "逾期"
        ? -1
        : 1
      : b.daysLate - a.daysLate || a.daysLeft - b.daysLeft,
  );
  return {
    urgent: urgent.slice(0, limit),
    urgentTotal: urgent.length,
    byProduction: [...counts].map(([state, count]) => ({ state, count })).filter((c) => c.count > 0),
  };
}

/** A 核价 row as the costing view lists it. */
export interface CostingRow {
  sheet: string;
  /** The row's 货号 cell. */
  cell: string;
  product: string;
  cost: number | null;
  usdPrice: number | null;
  /** 汇率 as typed; null when blank (FX_USD applies). */
  rate: number | null;
  profit: number | null;
  margin: number | null;
  review: string;
  belowMinimum: boolean;
}

export interface CostingView {
  settings: Pick<TrackingSettings, "fxUsd" | "netFactor" | "minMargin">;
  /** Every 核价 row with a 货号, in sheet order. */
  rows: CostingRow[];
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The 核价 rows with what the sheet's formulas compute for them. */
export function costingView(data: WorkbookData): CostingView {
  const settings = readTrackingSettings(data);
  const view: CostingView = {
    settings: { fxUsd: settings.fxUsd, netFactor: settings.netFactor, minMargin: settings.minMargin },
    rows: [],
  };
  const costing = data[COSTING_TABLE.table];
  if (!costing) return view;
  const read = tableReader(costing);
  const results = computeCosting(data, settings);
  results.forEach((result, row) => {
    if (isBlank(read.get(row, "货号"))) return;
    view.rows.push({
      sheet: costing.sheet,
      cell: read.cell(row, "货号"),
      product: text(read.get(row, "货号")),
      cost: numberOrNull(read.get(row, "成本")),
      usdPrice: numberOrNull(read.get(row, "美金卖价")),
      rate: numberOrNull(read.get(row, "汇率")),
      profit: result.profit === null ? null : fenToNumber(result.profit),
      margin: result.margin,
      review: text(read.get(row, "审核状态")),
      belowMinimum: result.margin !== null && result.margin < settings.minMargin,
    });
  });
  return view;
}
