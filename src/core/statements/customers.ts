/**
 * The customers a statement can be asked for, as the task pane's drop-down lists them: every
 * customer of 客户 in sheet order, found the way computeStatement finds one.
 */
import { columnReader, specHeader } from "../orders/tracking";
import { customerKey } from "./compute";
import { CUSTOMERS_TABLE } from "../workbook/schema";
import { cellText, type WorkbookData } from "../workbook/tableData";
import { DEFAULT_CURRENCY } from "./compute";

const NAME = specHeader(CUSTOMERS_TABLE, "客户名称");
const CURRENCY = specHeader(CUSTOMERS_TABLE, "币种");

/** A customer a statement can be made for, and the currency the statement will be in. */
export interface StatementCustomer {
  /** 客户名称 as typed (trimmed). */
  name: string;
  /** 币种 in capitals, CNY when blank (as the statement takes it). */
  currency: string;
}

/**
 * Every customer in 客户, in sheet order: rows with a blank 客户名称 are left out, and of rows whose
 * names differ only in case the first stands for them all, because that is the row a statement
 * for the name reads.
 * @returns [] when 客户 is missing or holds no named customer.
 */
export function statementCustomers(data: WorkbookData): StatementCustomer[] {
  const table = data[CUSTOMERS_TABLE.table];
  if (!table) return [];
  const name = columnReader(table, NAME);
  const currency = columnReader(table, CURRENCY);
  const seen = new Set<string>();
  const customers: StatementCustomer[] = [];
  for (let row = 0; row < table.rows.length; row++) {
    const key = customerKey(name(row));
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    customers.push({
      name: cellText(name(row)),
      currency: cellText(currency(row)).toUpperCase() || DEFAULT_CURRENCY,
    });
  }
  return customers;
}
