/**
 * The order lines a note could take, for the task pane's picker.
 */
import type { Problem } from "../problems";

/** One order line a note could take. */
export interface NoteCandidateLine {
  orderNo: string;
  lineNo: number;
  /** 货号 */
  itemNo: string;
  /** 品名 */
  name: string;
  /** 规格 */
  spec: string;
  /** 颜色 */
  color: string;
  /** 单位 */
  unit: string;
  /** 数量 ordered */
  quantity: number;
  /** Net delivered so far. */
  shipped: number;
  /** 数量 − shipped. */
  unshipped: number;
  /** 交货日期 (serial) or null. */
  due: number | null;
}

export interface NoteCandidateCustomer {
  name: string;
  /** 币种 of the customer, "" when unset. */
  currency: string;
  /** 结算方式, "" when unset. */
  terms: string;
  lines: NoteCandidateLine[];
}

export interface NoteCandidates {
  /** Customers with at least one candidate line, in 客户 order. */
  customers: NoteCandidateCustomer[];
  /** Order lines selected on 订单 (in sheet order), which the pane ticks for the clerk. */
  selected: { orderNo: string; lineNo: number }[];
  /** Why nothing could be listed (e.g. a missing table). */
  problems: Problem[];
}
