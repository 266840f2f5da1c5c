/**
 * What the task pane's 对账单 section asks of the workbook: the customers to choose from, and the
 * statement itself (issueStatement). Implemented by createActions.
 */
import { tableMissingProblem } from "../core/messages";
import { specHeader } from "../core/orders/tracking";
import type { Lang, Problem } from "../core/problems";
import { statementCustomers, type StatementCustomer } from "../core/statements/customers";
import { CUSTOMERS_TABLE } from "../core/workbook/schema";
import type { Actions } from "./actions";
import type { ExcelRunner } from "./host";
import { readTables } from "./readTables";

/** The customers a statement can be made for, or why none could be listed. */
export interface StatementCustomers {
  customers: StatementCustomer[];
  /** 客户 missing; empty otherwise. */
  problems: Problem[];
}

export type StatementActions = Pick<Actions, "statementCustomers" | "issueStatement">;

/** The columns of 客户 the list shows; the others are not read beyond the first rows. */
const LISTED_COLUMNS = ["客户名称", "币种"].map((header) => specHeader(CUSTOMERS_TABLE, header));

/** 对账单: every customer of 客户 in sheet order, with its currency. Writes nothing. */
export async function readStatementCustomers(run: ExcelRunner, lang: Lang): Promise<StatementCustomers> {
  return await run(async (context) => {
    const { data, missing } = await readTables(context, [CUSTOMERS_TABLE.table], undefined, {
      [CUSTOMERS_TABLE.table]: LISTED_COLUMNS,
    });
    const problems = missing.includes(CUSTOMERS_TABLE.table)
      ? [tableMissingProblem(lang, CUSTOMERS_TABLE)]
      : [];
    return { customers: statementCustomers(data), problems };
  });
}
