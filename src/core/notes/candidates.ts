/**
 * The order lines a note could take, for the task pane's picker.
 */
import { cellNumber, computeOrderTracking, matchKey } from "../orders/tracking";
import type { Problem } from "../problems";
import { CUSTOMERS_TABLE, ORDERS_TABLE } from "../workbook/schema";
import { cellText, tableReader, type WorkbookData } from "../workbook/tableData";
import { CUSTOMER as C, ORDER as O } from "./columns";
import type { NoteItem, NoteKind } from "./note";

/** One order line a note could take. */
export interface NoteCandidateLine extends NoteItem {
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

/**
 * The lines a note of `kind` could take, grouped by customer: for a delivery, lines with something
 * left to ship; for a return, lines with something delivered net. Customers follow 客户's order
 * (customers only named in 订单 come after, in order of appearance).
 * @param selectedRows body rows of 订单 the clerk has selected; those that are candidates come
 *   back in `selected`.
 */
export function noteCandidates(
  data: WorkbookData,
  kind: NoteKind,
  today: number,
  selectedRows: readonly number[] = [],
): Omit<NoteCandidates, "problems"> {
  const orders = data[ORDERS_TABLE.table];
  if (!orders) return { customers: [], selected: [] };
  const tracking = computeOrderTracking(data, today);
  const order = tableReader(orders);
  const byCustomer = new Map<string, NoteCandidateCustomer>();
  const customers = data[CUSTOMERS_TABLE.table];
  if (customers) {
    const customer = tableReader(customers);
    for (let row = 0; row < customers.rows.length; row++) {
      const name = cellText(customer.get(row, C.name));
      const key = matchKey(name);
      if (key === null || byCustomer.has(key)) continue;
      byCustomer.set(key, {
        name,
        currency: cellText(customer.get(row, C.currency)).toUpperCase(),
        terms: cellText(customer.get(row, C.terms)),
        lines: [],
      });
    }
  }
  const candidateRows = new Map<number, NoteCandidateLine>();
  for (let row = 0; row < orders.rows.length; row++) {
    const orderNo = cellText(order.get(row, O.orderNo));
    const lineNo = cellNumber(order.get(row, O.lineNo));
    const quantity = cellNumber(order.get(row, O.quantity));
    const customerName = cellText(order.get(row, O.customer));
    const key = matchKey(customerName);
    if (orderNo === "" || lineNo === null || quantity === null || key === null) continue;
    const track = tracking[row]!;
    const unshipped = track.unshipped ?? 0;
    if (kind === "delivery" ? unshipped <= 0 : track.shipped <= 0) continue;
    let group = byCustomer.get(key);
    if (!group) {
      group = { name: customerName, currency: "", terms: "", lines: [] };
      byCustomer.set(key, group);
    }
    const line: NoteCandidateLine = {
      orderNo,
      lineNo,
      itemNo: cellText(order.get(row, O.itemNo)),
      name: cellText(order.get(row, O.name)),
      spec: cellText(order.get(row, O.spec)),
      color: cellText(order.get(row, O.color)),
      unit: cellText(order.get(row, O.unit)),
      quantity,
      shipped: track.shipped,
      unshipped,
      due: cellNumber(order.get(row, O.due)),
    };
    group.lines.push(line);
    candidateRows.set(row, line);
  }
  const selected = [...new Set(selectedRows)]
    .sort((a, b) => a - b)
    .flatMap((row) => {
      const line = candidateRows.get(row);
      return line ? [{ orderNo: line.orderNo, lineNo: line.lineNo }] : [];
    });
  return { customers: [...byCustomer.values()].filter((c) => c.lines.length > 0), selected };
}
