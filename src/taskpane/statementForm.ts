/**
 * The 对账单 section's state as a pure reducer: the customers to choose from, the form (customer,
 * period, detail, language) and what was issued last (one statement, or every customer's), or the
 * retry offered when the request failed. Building the request from the form is pure too, so the
 * panel only wires events to actions.
 */
import { isoToSerial, serialToIso } from "../core/dates";
import type { Lang } from "../core/problems";
import { lastMonth } from "../core/statements/compute";
import type { StatementCustomer } from "../core/statements/customers";
import type { Statement, StatementDetail, StatementRequest } from "../core/statements/statement";
import type { StatementsWriting, StatementWriting } from "../excel/interruptedWrite";

export interface StatementForm {
  /** 客户名称 of the customer the statement is for; "" until one is chosen. */
  customer: string;
  /** First and last day of the period, `YYYY-MM-DD` as the date inputs give them ("" while incomplete). */
  from: string;
  to: string;
  detail: StatementDetail;
  /** The language the statement is printed in; null follows the pane's language. */
  lang: Lang | null;
}

/** A statement written, and the sheet it is on. */
export interface IssuedStatement {
  statement: Statement;
  sheet: string;
}

/** The month-end batch written: the 应收汇总 sheet and each customer's statement, in its order. */
export interface IssuedBatch {
  summarySheet: string;
  statements: IssuedStatement[];
}

/**
 * A statement (`one`) or the month-end batch (`all`) whose request failed: the request 重试 sends
 * again, and what that try was writing, when it said.
 */
export type StatementRetry =
  | { kind: "one"; request: StatementRequest; writing?: StatementWriting }
  | { kind: "all"; request: PeriodRequest; writing?: StatementsWriting };

export interface StatementPanelState {
  form: StatementForm;
  /** The customers of 客户, or null before the first read. */
  customers: StatementCustomer[] | null;
  /**
   * What was issued last, one statement or the batch (the other is null): it stays while the clerk
   * prepares the next, and the next replaces it, so the section never shows two results.
   */
  issued: IssuedStatement | null;
  batch: IssuedBatch | null;
  /** The last issue failed on the way (the connection dropped): what 重试 sends; null otherwise. */
  retry: StatementRetry | null;
}

/** The fields a plain edit of the form sets. */
export type StatementFormPatch = Partial<StatementForm>;

export type StatementPanelEvent =
  | { type: "customers"; customers: StatementCustomer[] }
  | { type: "form"; patch: StatementFormPatch }
  | { type: "issued"; issued: IssuedStatement }
  | { type: "batch"; batch: IssuedBatch }
  /** The issue failed on the way (`retry` is what 重试 sends), or was answered (null). */
  | { type: "retry"; retry: StatementRetry | null };

/** The figures the result shows, in the statement's order. */
export const STATEMENT_FIGURES = ["opening", "deliveries", "returns", "payments", "closing"] as const;
export type StatementFigure = (typeof STATEMENT_FIGURES)[number];

/**
 * The period a statement is for unless the clerk picks another: the last calendar month before
 * `today` (`YYYY-MM-DD`), as month-end statements are; blank when `today` is not a date.
 */
export function defaultPeriod(today: string): { from: string; to: string } {
  const serial = isoToSerial(today);
  if (serial === null) return { from: "", to: "" };
  const { from, to } = lastMonth(serial);
  return { from: serialToIso(from), to: serialToIso(to) };
}

/** The section before anything was read; `today` is `YYYY-MM-DD`. */
export function initialStatementPanelState(today: string): StatementPanelState {
  return {
    form: { customer: "", ...defaultPeriod(today), detail: "notes", lang: null },
    customers: null,
    issued: null,
    batch: null,
    retry: null,
  };
}

/**
 * The form for a freshly read list: the customer chosen before stays while still listed, a lone
 * customer is chosen, otherwise the clerk chooses.
 */
function withCustomers(state: StatementPanelState, customers: StatementCustomer[]): StatementPanelState {
  const kept = customers.find((c) => c.name === state.form.customer);
  const customer = kept ?? (customers.length === 1 ? customers[0] : undefined);
  return { ...state, customers, form: { ...state.form, customer: customer?.name ?? "" } };
}

/** The next state of the 对账单 section after `event`. */
export function statementPanelReducer(
  state: StatementPanelState,
  event: StatementPanelEvent,
): StatementPanelState {
  switch (event.type) {
    case "customers":
      return withCustomers(state, event.customers);
    case "form":
      return { ...state, form: { ...state.form, ...event.patch } };
    case "issued":
      return { ...state, issued: event.issued, batch: null, retry: null };
    case "batch":
      return { ...state, issued: null, batch: event.batch, retry: null };
    case "retry":
      return { ...state, retry: event.retry };
  }
}

/** Why the form cannot be sent yet, as the pane says it. */
export type StatementFormIssue = "no-customer" | "bad-from" | "bad-to" | "reversed";

/** What stops the form from being sent, in the order the clerk fills it in; empty when it can go. */
export function statementFormIssues(form: StatementForm): StatementFormIssue[] {
  const issues: StatementFormIssue[] = [];
  if (form.customer === "") issues.push("no-customer");
  const from = isoToSerial(form.from);
  const to = isoToSerial(form.to);
  if (from === null) issues.push("bad-from");
  if (to === null) issues.push("bad-to");
  if (from !== null && to !== null && from > to) issues.push("reversed");
  return issues;
}

/** The form's request without its customer: the period, the detail and the language. */
export type PeriodRequest = Omit<StatementRequest, "customer">;

/**
 * What every statement the form asks for shares: the period as serial dates, the detail and the
 * statement's language (the pane's unless chosen). 全部客户 sends this for every customer.
 * @returns null while the period is incomplete or reversed (the customer is not asked for).
 */
export function periodRequest(form: StatementForm, paneLang: Lang): PeriodRequest | null {
  const from = isoToSerial(form.from);
  const to = isoToSerial(form.to);
  if (from === null || to === null || from > to) return null;
  return { from, to, detail: form.detail, lang: form.lang ?? paneLang };
}

/**
 * The request the form makes for the chosen customer: its period, detail and language as
 * `periodRequest` makes them.
 * @returns null while `statementFormIssues` finds something.
 */
export function statementRequest(form: StatementForm, paneLang: Lang): StatementRequest | null {
  const period = periodRequest(form, paneLang);
  if (!period || statementFormIssues(form).length > 0) return null;
  return { customer: form.customer, ...period };
}
