import type { MessageParams, Severity } from "../../core/problems";
import type { PaneAction } from "../paneState";

/** The outcome codes actions report in `ActionOutcome.done.code`. */
export type DoneCode =
  | "setup-done"
  | "setup-unchanged"
  | "check-done"
  /** 发货 rows restored from note sheets: `{notes, rows}`. */
  | "notes-repaired"
  /** A note written: `{number, lines, quantity, amount, currency}`. */
  | "delivery-issued"
  | "return-issued"
  /** A signed copy recorded: `{number, state, rows, date}`. */
  | "signed-copy-marked"
  /** A statement written: `{customer, currency, opening, deliveries, returns, payments, closing, sheet}`. */
  | "statement-issued"
  /** The month-end batch written: `{statements, summary, skipped}` (summary: the 应收汇总 sheet). */
  | "statements-issued";

/** The task pane's sections, in display order. */
export type SectionId = "workbook" | "orders" | "costing" | "deliveryNotes" | "statements";

/**
 * Every string the task pane shows, one object per language. Both languages are typed with this
 * interface, so a key missing from either fails the type-check.
 */
export interface Strings {
  /** The add-in's name in the header. */
  appTitle: string;
  /** The label of the language switch, which names the language it switches to. */
  switchLanguage: string;
  switchLanguageLabel: string;
  sections: Record<SectionId, string>;
  /** While a section's code loads (送货单 and 对账单 are loaded when first opened). */
  loading: string;
  workbookIntro: string;
  setupButton: string;
  /** What the status area says while an action runs, by action. */
  running: Record<PaneAction, string>;
  /** Progress phases that actions report (`ProgressListener`'s `step`); unknown phases show only the count. */
  steps: { write: string; read: string };
  /**
   * Phases that count something of their own, said with the count in place of `progress`: the
   * batch of statements reports `statement` once per customer laid out.
   */
  countedSteps: { statement: (done: number, total: number) => string };
  progress: (done: number, total: number) => string;
  statusLabel: string;
  done: Record<DoneCode, (p: MessageParams) => string>;
  /** An action ended well without saying what it did. */
  doneGeneric: string;
  /** For a done-code this version of the pane does not know. */
  doneUnknown: (code: string) => string;
  /** The action refused because of errors in the workbook; nothing was written. */
  refused: (errors: number) => string;
  failed: (message: string) => string;
  problemsTitle: string;
  problemsLabel: string;
  severity: Record<Severity, string>;
  /** How many problems of one severity, for the summary line. */
  severityCount: Record<Severity, (n: number) => string>;
  /** Where a problem is, for a problem about a whole sheet. */
  wholeSheet: string;
  selectProblemCell: (where: string) => string;
  /** Joins the parts of a summary line: "3 个错误，1 个警告". */
  listSeparator: string;

  // 订单 → 校验
  checkIntro: string;
  checkButton: string;
  /** The summary of a check that found nothing. */
  noProblems: string;
  /** Shown with 修复送货单 when the check found note sheets whose rows 发货 lacks. */
  repairNotesIntro: string;
  repairNotesButton: string;

  // 订单 → 跟踪
  trackingTitle: string;
  trackingIntro: string;
  trackingRefresh: string;
  /** Heading of the open lines counted by 生产状态. */
  productionTitle: string;
  /** A line whose 生产状态 is blank. */
  productionUnset: string;
  urgentTitle: string;
  urgentNone: string;
  daysLate: (days: number) => string;
  daysLeft: (days: number) => string;
  dueToday: string;
  /** Urgent lines beyond those listed. */
  moreLines: (count: number) => string;

  // 核价
  costingIntro: string;
  costingLoad: string;
  costingEmpty: string;
  /** Labels of the row picker and the what-if inputs and results. */
  costingFields: {
    product: string;
    price: string;
    rate: string;
    cost: string;
    profit: string;
    margin: string;
  };
  /** Under a margin below 最低利润率, which it names as a percentage. */
  belowMinimum: (minMargin: string) => string;
  belowMinimumTitle: string;
  pendingTitle: string;
  /** An empty list of rows. */
  none: string;
}
