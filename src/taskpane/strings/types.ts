import type { MessageParams, Severity } from "../../core/problems";

/** The outcome codes actions report in `ActionOutcome.done.code`. */
export type DoneCode = "setup-done" | "setup-unchanged";

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
  /** One line for the sections that are not built yet. */
  comingSoon: Record<Exclude<SectionId, "workbook">, string>;
  workbookIntro: string;
  setupButton: string;
  /** What the status area says while an action runs, by action. */
  running: { setupWorkbook: string; selectCell: string };
  /** Progress phases that actions report (`ProgressListener`'s `step`); unknown phases show only the count. */
  steps: { write: string };
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
}
