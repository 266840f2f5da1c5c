/** The languages Gendan speaks: UI, problem messages and printed documents. */
export type Lang = "zh" | "en";

export type Severity = "error" | "warning" | "info";

/** Values a message template may mention. */
export type MessageParams = Record<string, string | number>;

/**
 * Something wrong with the workbook or the user's input, as a value (never thrown).
 * `sheet` and `cell` name where it is, so the task pane can select it and the CLI can print it.
 */
export interface Problem {
  severity: Severity;
  /** Stable identifier, e.g. `sheet-not-ours`; tests and --json consumers rely on it. */
  code: string;
  sheet: string;
  /** A1 address on `sheet`, or "" when the problem is about the whole sheet. */
  cell: string;
  /** In the language the problem was made in. */
  message: string;
  /** What the message was made from, so a UI can say it again in another language. */
  params: MessageParams;
}

/** Counts problems by severity, for the summary line. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
