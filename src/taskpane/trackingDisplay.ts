/** How the 订单 section says the tracking view's lines and counts, as pure functions. */
import { UNSET_PRODUCTION, type UrgentLine } from "../core/orders/views";
import type { Strings } from "./strings";

/** The order line as the clerk names it: 订单号-行号, "SO-2401-2". */
export function lineName(line: Pick<UrgentLine, "orderNo" | "lineNo">): string {
  return line.lineNo ? `${line.orderNo}-${line.lineNo}` : line.orderNo;
}

/** "逾期 3 天" / "3 days late" for an overdue line; "还剩 2 天", or "今天到期" on the day, for a line due soon. */
export function urgencyText(
  strings: Strings,
  line: Pick<UrgentLine, "status" | "daysLate" | "daysLeft">,
): string {
  if (line.status === "逾期") return strings.daysLate(line.daysLate);
  return line.daysLeft === 0 ? strings.dueToday : strings.daysLeft(line.daysLeft);
}

/** A 生产状态 as the pane shows it: the sheet's own word, or "未填" / "Not set" for a blank one. */
export function productionLabel(strings: Strings, state: string): string {
  return state === UNSET_PRODUCTION ? strings.productionUnset : state;
}
