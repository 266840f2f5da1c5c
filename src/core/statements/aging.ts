/**
 * The month-end receivables summary (应收账款汇总): every customer's statement figures for a period
 * and the age of what each still owes at the period's end, with totals per currency.
 *
 * Ageing rules: what is owed is made of the opening balance (dated 期初日期, or without one the
 * customer's earliest counted row; with neither, older than anything) and each delivery; returns
 * and payments pay off the oldest first (FIFO), whatever their own date. What is left of each is
 * aged by the days from its date to `to` (0–30, 31–60, 61–90, over 90) and is overdue when its due
 * date is before `to`: 款到发货 and 货到付款 are due on delivery, 月结N天 N days after the end of the
 * delivery's month; blank or other terms count as due on delivery (no credit was agreed).
 */
import { dateToSerial, serialToDate } from "../dates";
import { makeProblem } from "../messages";
import { addFen, type Fen } from "../money";
import { columnReader, specHeader } from "../orders/tracking";
import type { Lang, Problem } from "../problems";
import { CUSTOMERS_TABLE, PAYMENTS_TABLE, SHIPMENTS_TABLE } from "../workbook/schema";
import { tableReader, type WorkbookData } from "../workbook/tableData";
import {
  balanceEffect,
  type CustomerAccount,
  customerRowsByKey,
  isSerialDay,
  periodProblems,
  readAccount,
  replyDaysOf,
  rowsByCustomer,
  statementOf,
  statementTableProblems,
} from "./compute";
import type { Statement, StatementRequest } from "./statement";

/** What is still owed, by days since it was delivered. */
export interface AgingBuckets {
  days0to30: Fen;
  days31to60: Fen;
  days61to90: Fen;
  over90: Fen;
}

/** Something owed (amount > 0) or paid off (amount < 0) on a date; null for "before everything". */
export interface AgingItem {
  date: number | null;
  amount: Fen;
}

/** One customer's line of the summary. */
export interface ReceivableRow {
  customer: string;
  /** 结算方式 as 客户 has it. */
  terms: string;
  currency: string;
  opening: Fen;
  deliveries: Fen;
  returns: Fen;
  payments: Fen;
  closing: Fen;
  /** The closing balance by age; all 0 when the customer owes nothing or is in credit. */
  aging: AgingBuckets;
  /** The part of the closing balance past its due date at `to`. */
  overdue: Fen;
}

/** The sums of the rows in one currency. */
export interface CurrencyTotals {
  currency: string;
  /** How many customers the sums are over. */
  customers: number;
  opening: Fen;
  deliveries: Fen;
  returns: Fen;
  payments: Fen;
  closing: Fen;
  aging: AgingBuckets;
  overdue: Fen;
}

export interface ReceivablesSummary {
  from: number;
  to: number;
  /** The day the summary was made (printed on it); ageing is measured at `to`. */
  today: number;
  /** Customers with entries in the period or a balance at its end, in 客户's order. */
  customers: ReceivableRow[];
  /** In the order the currencies first appear among the customers. */
  totals: CurrencyTotals[];
}

const ZERO = 0 as Fen;
/** 月结30天, 月结 60 天, ...: monthly terms, due N days after the end of the delivery's month. */
const MONTHLY_TERMS = /^月结\s*(\d+)\s*天$/;

function noBuckets(): AgingBuckets {
  return { days0to30: ZERO, days31to60: ZERO, days61to90: ZERO, over90: ZERO };
}

/**
 * The day a delivery on `date` falls due under `terms`: the day itself for 款到发货, 货到付款 and
 * any terms Gendan does not know; for 月结N天, N days after the last day of `date`'s month.
 * `dueDate(serial("2024-01-31"), "月结30天")` is 2024-03-01 (a leap year).
 */
export function dueDate(date: number, terms: string): number {
  const match = MONTHLY_TERMS.exec(terms.trim());
  const parts = serialToDate(date);
  if (!match || !parts) return date;
  // Day 0 of the next month is the last day of this one.
  return dateToSerial(parts.year, parts.month + 1, 0) + Number(match[1]);
}

/**
 * Ages a balance measured at `at`: credits (negative items) pay off the oldest debits first; each
 * debit's rest goes to the bucket of its age and, when due before `at`, to the overdue part.
 * A debit without a date is older than any other and always overdue.
 * @returns buckets summing to the balance when it is positive; all 0 when it is not.
 */
export function ageBalance(
  items: readonly AgingItem[],
  at: number,
  terms: string,
): { aging: AgingBuckets; overdue: Fen } {
  let credit = 0;
  const debits: AgingItem[] = [];
  for (const item of items) {
    if (item.amount < 0) credit -= item.amount;
    else if (item.amount > 0) debits.push(item);
  }
  // Oldest first; sort is stable, so items of one day keep their order.
  debits.sort((a, b) => (a.date ?? -Infinity) - (b.date ?? -Infinity));
  const aging = noBuckets();
  let overdue = ZERO;
  // Debits of one day come together (sorted): its due date is worked out once, not per delivery.
  const due = { date: NaN, day: NaN };
  for (const debit of debits) {
    const paid = Math.min(credit, debit.amount);
    credit -= paid;
    const rest = (debit.amount - paid) as Fen;
    if (rest === 0) continue;
    const age = debit.date === null ? Infinity : at - debit.date;
    const bucket: keyof AgingBuckets =
      age <= 30 ? "days0to30" : age <= 60 ? "days31to60" : age <= 90 ? "days61to90" : "over90";
    aging[bucket] = addFen(aging[bucket], rest);
    if (debit.date !== null && debit.date !== due.date)
      [due.date, due.day] = [debit.date, dueDate(debit.date, terms)];
    if (debit.date === null || due.day < at) overdue = addFen(overdue, rest);
  }
  return { aging, overdue };
}

/** What an account owes and has paid up to `to`, for ageing. */
function agingItems(account: CustomerAccount, to: number): AgingItem[] {
  const items: AgingItem[] = account.movements.map((m) => ({ date: m.date, amount: balanceEffect(m) }));
  const { openingDate, openingBalance } = account;
  if (openingDate === null || openingDate <= to) {
    // Without 期初日期 the opening balance is at least as old as the earliest row (movements are sorted).
    items.unshift({ date: openingDate ?? account.movements[0]?.date ?? null, amount: openingBalance });
  }
  return items;
}

function rowOf(statement: Statement, account: CustomerAccount, to: number): ReceivableRow {
  const { aging, overdue } = ageBalance(agingItems(account, to), to, statement.customer.terms);
  return {
    customer: statement.customer.name,
    terms: statement.customer.terms,
    currency: statement.customer.currency,
    opening: statement.opening,
    deliveries: statement.deliveries,
    returns: statement.returns,
    payments: statement.payments,
    closing: statement.closing,
    aging,
    overdue,
  };
}

function totalsOf(rows: readonly ReceivableRow[]): CurrencyTotals[] {
  const totals = new Map<string, CurrencyTotals>();
  for (const row of rows) {
    let t = totals.get(row.currency);
    if (!t) {
      t = {
        currency: row.currency,
        customers: 0,
        opening: ZERO,
        deliveries: ZERO,
        returns: ZERO,
        payments: ZERO,
        closing: ZERO,
        aging: noBuckets(),
        overdue: ZERO,
      };
      totals.set(row.currency, t);
    }
    t.customers += 1;
    t.opening = addFen(t.opening, row.opening);
    t.deliveries = addFen(t.deliveries, row.deliveries);
    t.returns = addFen(t.returns, row.returns);
    t.payments = addFen(t.payments, row.payments);
    t.closing = addFen(t.closing, row.closing);
    t.overdue = addFen(t.overdue, row.overdue);
    for (const key of Object.keys(t.aging) as (keyof AgingBuckets)[]) {
      t.aging[key] = addFen(t.aging[key], row.aging[key]);
    }
  }
  return [...totals.values()];
}

/** The month-end batch's figures: the summary and the statement of each customer it lists. */
export interface MonthEndStatements {
  summary: ReceivablesSummary;
  /** The statement of each row of `summary.customers`, in the same order. */
  statements: Statement[];
}

/**
 * The month-end summary: for each customer in 客户 with entries in the period or a balance at its
 * end, its statement figures, the age of its closing balance at `to` and the overdue part, plus
 * totals per currency.
 * Refuses (problems, no summary) when the period or `today` is not a date, `from` is after `to`, or
 * a table or column statements read is missing. A customer whose statement would be refused (rows in
 * another currency, an unreadable date or 金额) is left out of the rows and totals and its problems
 * are returned beside the summary; so are warnings for 发货 and 收款 rows whose 客户 is not in 客户.
 * @param today the day the summary is made; ageing is measured at `to`.
 */
export function receivablesSummary(
  data: WorkbookData,
  from: number,
  to: number,
  today: number,
  lang: Lang = "zh",
): { summary: ReceivablesSummary; problems: Problem[] } | { summary?: undefined; problems: Problem[] } {
  const made = monthEndStatements(data, { from, to, detail: "notes", lang }, today, lang);
  return made.summary ? { summary: made.summary, problems: made.problems } : { problems: made.problems };
}

/**
 * The month-end batch: the summary (see receivablesSummary, whose refusals and problems these are)
 * and, for each customer it lists, the statement computeStatement gives for that customer and
 * `request`. 发货 and 收款 are gone through once and each customer's account is read once, so the
 * cost grows with the rows, not with customers × rows.
 * Every listed customer has its statement: a customer whose statement would be refused is not listed.
 * @param request the period, and the detail and language the statements print in.
 * @param today the day the summary is made; ageing is measured at `to`.
 * @param lang the language of the problems.
 */
export function monthEndStatements(
  data: WorkbookData,
  request: Omit<StatementRequest, "customer">,
  today: number,
  lang: Lang = request.lang,
):
  | (MonthEndStatements & { problems: Problem[] })
  | { summary?: undefined; statements?: undefined; problems: Problem[] } {
  const { from, to } = request;
  const refusals = [...periodProblems(from, to, lang), ...statementTableProblems(data, lang)];
  if (!isSerialDay(today)) {
    refusals.push(
      makeProblem(
        lang,
        "error",
        "statement-bad-period",
        { sheet: "" },
        { bound: "today", value: String(today) },
      ),
    );
  }
  if (refusals.length > 0) return { problems: refusals };

  const problems: Problem[] = [];
  const customerRows = customerRowsByKey(data);
  const ledger = rowsByCustomer(data);
  const options = { from, to, detail: request.detail, lang: request.lang, replyDays: replyDaysOf(data) };
  const rows: ReceivableRow[] = [];
  const statements: Statement[] = [];
  for (const [key, customerRow] of customerRows) {
    const read = readAccount(data, customerRow, ledger.get(key) ?? { shipments: [], payments: [] }, to, lang);
    if (!read.account) {
      problems.push(...read.problems);
      continue;
    }
    // A row's figures, and whether it has entries, are the same whatever the statement's detail.
    const statement = statementOf(read.account, options);
    if (statement.entries.length === 0 && statement.closing === 0) continue;
    rows.push(rowOf(statement, read.account, to));
    statements.push(statement);
  }
  problems.push(...unknownCustomerProblems(data, ledger, customerRows, lang));
  return { problems, statements, summary: { from, to, today, customers: rows, totals: totalsOf(rows) } };
}

/** A warning per table and 客户 value that 客户 does not list: those rows are in no statement. */
function unknownCustomerProblems(
  data: WorkbookData,
  ledger: ReadonlyMap<string, { shipments: number[]; payments: number[] }>,
  customerRows: ReadonlyMap<string, number>,
  lang: Lang,
): Problem[] {
  const problems: Problem[] = [];
  const tables = [
    { table: data[SHIPMENTS_TABLE.table], header: specHeader(SHIPMENTS_TABLE, "客户"), pick: "shipments" },
    { table: data[PAYMENTS_TABLE.table], header: specHeader(PAYMENTS_TABLE, "客户"), pick: "payments" },
  ] as const;
  for (const [key, rows] of ledger) {
    if (customerRows.has(key)) continue;
    for (const { table, header, pick } of tables) {
      const first = rows[pick][0];
      if (!table || first === undefined) continue;
      const value = columnReader(table, header)(first);
      problems.push(
        makeProblem(
          lang,
          "warning",
          "summary-unknown-customer",
          { sheet: table.sheet, cell: tableReader(table).cell(first, header) },
          {
            customer: typeof value === "string" ? value.trim() : String(value ?? ""),
            sheet: table.sheet,
            count: rows[pick].length,
            customers: CUSTOMERS_TABLE.sheet,
          },
        ),
      );
    }
  }
  return problems;
}
