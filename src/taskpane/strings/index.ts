import type { Lang, MessageParams, Severity } from "../../core/problems";
import { en } from "./en";
import type { DoneCode, Strings } from "./types";
import { zh } from "./zh";

export type { DoneCode, SectionId, Strings } from "./types";

const catalogs: Record<Lang, Strings> = { zh, en };

/** The task pane's strings in `lang`. */
export function stringsFor(lang: Lang): Strings {
  return catalogs[lang];
}

function isDoneCode(strings: Strings, code: string): code is DoneCode {
  return Object.prototype.hasOwnProperty.call(strings.done, code);
}

/**
 * What an action did, said in the pane's language.
 * @returns the done-code's message, or a generic one naming the code when this pane does not know it.
 */
export function doneMessage(strings: Strings, code: string, params: MessageParams): string {
  return isDoneCode(strings, code) ? strings.done[code](params) : strings.doneUnknown(code);
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Problems counted by severity as one line, most severe first and without the zeros:
 * "3 个错误，1 个警告", "3 errors, 1 warning"; "未发现问题" when there are none.
 */
export function severitySummary(strings: Strings, counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => strings.severityCount[s](counts[s]));
  return parts.length > 0 ? parts.join(strings.listSeparator) : strings.noProblems;
}
