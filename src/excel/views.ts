import { parseRectAddress, splitSheetAddress } from "../core/address";
import { costingView, trackingView, type CostingView, type TrackingView } from "../core/orders/views";
import {
  COSTING_TABLE,
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
} from "../core/workbook/schema";
import { tableMissingProblem } from "../core/messages";
import { noteCandidates, type NoteCandidates } from "../core/notes/candidates";
import type { NoteKind } from "../core/notes/note";
import type { Lang } from "../core/problems";
import type { ExcelRunner } from "./host";
import { readTables } from "./readTables";

/** 订单 → 跟踪: the lines overdue or due soon, and open lines by 生产状态. Writes nothing. */
export async function readTrackingView(run: ExcelRunner, today: number): Promise<TrackingView> {
  return await run(async (context) => {
    const tables = [SETTINGS_TABLE, ORDERS_TABLE, SHIPMENTS_TABLE, PAYMENTS_TABLE].map((t) => t.table);
    const { data } = await readTables(context, tables);
    return trackingView(data, today);
  });
}

/** The 核价 section's rows, and which of them the selection is on (its index in `rows`, or -1). */
export interface CostingSnapshot extends CostingView {
  selected: number;
}

/** 核价: every row with its profit and margin, and the row the clerk has selected. Writes nothing. */
export async function readCostingView(run: ExcelRunner): Promise<CostingSnapshot> {
  return await run(async (context) => {
    // Queued before the tables are read, so it travels in their first request.
    const selection = context.workbook.getSelectedRange().load("address");
    const { data } = await readTables(context, [SETTINGS_TABLE.table, COSTING_TABLE.table]);
    const view = costingView(data);
    const { sheet, address } = splitSheetAddress(selection.address);
    const rect = parseRectAddress(address);
    const selected =
      rect && sheet === data[COSTING_TABLE.table]?.sheet
        ? view.rows.findIndex((r) => parseRectAddress(r.cell)?.row === rect.row)
        : -1;
    return { ...view, selected };
  });
}

/**
 * 送货单: the order lines a note could take, by customer, and the order lines selected on 订单.
 * Writes nothing.
 */
export async function readNoteCandidates(
  run: ExcelRunner,
  kind: NoteKind,
  today: number,
  lang: Lang,
): Promise<NoteCandidates> {
  return await run(async (context) => {
    // Queued before the tables are read, so it travels in their first request.
    const selection = context.workbook.getSelectedRange().load("address");
    const tables = [SETTINGS_TABLE, CUSTOMERS_TABLE, ORDERS_TABLE, SHIPMENTS_TABLE, PAYMENTS_TABLE].map(
      (t) => t.table,
    );
    const { data, missing } = await readTables(context, tables);
    const orders = data[ORDERS_TABLE.table];
    const { sheet, address } = splitSheetAddress(selection.address);
    const rect = parseRectAddress(address);
    const selectedRows: number[] = [];
    if (orders && rect && sheet === orders.sheet) {
      const first = Math.max(rect.row, orders.row + 1);
      const last = Math.min(rect.row + rect.rows, orders.row + 1 + orders.rows.length);
      for (let row = first; row < last; row++) selectedRows.push(row - orders.row - 1);
    }
    const problems = [ORDERS_TABLE, SHIPMENTS_TABLE]
      .filter((spec) => missing.includes(spec.table))
      .map((spec) => tableMissingProblem(lang, spec));
    return { ...noteCandidates(data, kind, today, selectedRows), problems };
  });
}
