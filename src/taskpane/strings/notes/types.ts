import type { NoteKind, NotePaper } from "../../../core/notes/note";
import type { Lang } from "../../../core/problems";
import type { FormIssue } from "../../noteForm";

/**
 * The 送货单 section's strings, one object per language. They load with the section's code, not
 * with the pane, so the pane's first download stays within its budget.
 */
export interface NoteStrings {
  intro: string;
  kindLabel: string;
  kinds: Record<NoteKind, string>;
  customer: string;
  /** The customer drop-down before a customer is chosen. */
  chooseCustomer: string;
  /** A customer in the drop-down, with its 结算方式 when it has one. */
  customerOption: (name: string, terms: string) => string;
  refresh: string;
  /** No customer has a line this kind of note could take. */
  noCustomers: Record<NoteKind, string>;
  /** Lines selected on 订单 that could not be ticked. */
  skipped: (count: number) => string;
  linesLabel: string;
  /** 数量 / 已发 / 未发 of a line. */
  lineFigures: (quantity: number, shipped: number, unshipped: number) => string;
  /** The quantity input of a line, named for screen readers. */
  quantityLabel: (line: string) => string;
  date: string;
  vehicle: string;
  driver: string;
  waybill: string;
  remark: string;
  noPrice: string;
  paper: string;
  papers: Record<NotePaper, string>;
  noteLang: string;
  langs: Record<Lang, string>;
  issue: Record<NoteKind, string>;
  /** Why the issue button waits. */
  issues: Record<FormIssue, string>;
  issued: Record<NoteKind, (number: string) => string>;
  totals: (quantity: number, amount: string, currency: string) => string;
  /** The issue action opened the note's sheet, named after the note. */
  sheetOpen: (sheet: string) => string;
  /** A 款到发货 customer has not paid enough for the note. */
  shortfall: (customer: string, shortfall: string, currency: string) => string;
  overrideReason: string;
  overrideSubmit: string;
  /**
   * The issue's request failed on the way: whether the note `number` was written is not known, and
   * 重试 finishes it without a second note ("" when nothing was being written yet).
   */
  interrupted: (number: string) => string;
  retry: string;
  signedTitle: string;
  signedIntro: string;
  signedDays: string;
  signedRefresh: string;
  signedNone: string;
  /** Who, when and how long ago a pending note went out. */
  signedDetails: (customer: string, date: string, days: number) => string;
  returned: string;
  problem: string;
  confirmProblem: string;
  cancel: string;
  remarkLabel: string;
}
