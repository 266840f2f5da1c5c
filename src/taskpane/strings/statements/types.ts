import type { Lang } from "../../../core/problems";
import type { StatementDetail } from "../../../core/statements/statement";
import type { StatementFigure, StatementFormIssue } from "../../statementForm";

/**
 * The 对账单 section's strings, one object per language. They load with the section's code, not
 * with the pane, so the pane's first download stays within its budget.
 */
export interface StatementStrings {
  intro: string;
  customer: string;
  /** The customer drop-down before a customer is chosen. */
  chooseCustomer: string;
  /** A customer in the drop-down, with the currency its statement is in. */
  customerOption: (name: string, currency: string) => string;
  refresh: string;
  /** 客户 holds no customer. */
  noCustomers: string;
  from: string;
  to: string;
  detail: string;
  details: Record<StatementDetail, string>;
  statementLang: string;
  langs: Record<Lang, string>;
  issue: string;
  /** Why the issue button waits. */
  issues: Record<StatementFormIssue, string>;
  issued: (customer: string) => string;
  /** The statement's period and currency, dates as `YYYY-MM-DD`. */
  period: (from: string, to: string, currency: string) => string;
  /** The figures of the result, as the statement prints them. */
  figures: Record<StatementFigure, string>;
  /** The action opened the statement's sheet. */
  sheetOpen: (sheet: string) => string;
}
