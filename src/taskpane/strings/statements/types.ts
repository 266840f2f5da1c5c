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
  /** 全部客户: what it does, its button, and the list of what it wrote. */
  allIntro: string;
  all: string;
  allTitle: string;
  /** The 应收汇总 sheet's line in that list, under its sheet name. */
  allSummary: string;
  /** A statement's line in that list, under its customer: the balance due, an amount as formatted. */
  allClosing: (amount: string, currency: string) => string;
  /** What clicking a line of the list does. */
  openSheet: (sheet: string) => string;
  /**
   * The request failed on the way: whether `sheet` (the statement's, or the batch's summary) was
   * written is not known, and 重试 keeps what was written rather than add a (2) version ("" when
   * nothing was being written yet).
   */
  interrupted: (sheet: string) => string;
  retry: string;
}
