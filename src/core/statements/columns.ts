/**
 * The columns of the long tables a statement reads. With 200,000 发货 rows, reading only these
 * (excel/readTables' ColumnChoice) leaves eight of 发货's nineteen columns and 收款's 备注 unread.
 */
import { specHeader } from "../orders/tracking";
import { PAYMENTS_TABLE, SHIPMENTS_TABLE } from "../workbook/schema";

/**
 * The columns computeStatement and receivablesSummary read of 发货 and 收款, by table name (either
 * detail, refusals included): the others may be left blank by a reader that reads only these.
 * 参数 and 客户 are short and read whole.
 */
export const STATEMENT_INPUT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  [SHIPMENTS_TABLE.table]: [
    "单号",
    "日期",
    "类型",
    "客户",
    "订单号",
    "货号",
    "品名",
    "数量",
    "币种",
    "单价",
    "金额",
  ].map((header) => specHeader(SHIPMENTS_TABLE, header)),
  [PAYMENTS_TABLE.table]: ["收款日期", "客户", "订单号", "类型", "币种", "金额", "方式"].map((header) =>
    specHeader(PAYMENTS_TABLE, header),
  ),
};
