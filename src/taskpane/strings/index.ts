import type { Lang, MessageParams, Severity } from "../../core/problems";
import type { Running } from "../paneState";
import { en } from "./en";
import type { DoneCode, Strings } from "./types";
import { zh } from "./zh";

export type { DoneCode, SectionId, Strings } from "./types";

const catalogs: Record<Lang, Strings> = { zh, en };

/** The task pane's strings in `lang`. */
export function stringsFor(lang: Lang): Strings {
  return catalogs[lang];
}

function has<K extends string>(table: Record<K, unknown>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * What the status area says of a running action: its name, then how far it is — the phase and
 * `done / total`, or a phase that counts in words of its own ("第 3/12 位客户"). Only the name
 * until the action reports a total; an unknown phase shows only the count.
 */
export function runningText(strings: Strings, running: Running): string {
  const name = strings.running[running.action];
  const progress = running.progress;
  if (!progress || progress.total <= 0) return name;
  const { done, total, step } = progress;
  if (has(strings.countedSteps, step)) return `${name} ${strings.countedSteps[step](done, total)}`;
  return [name, has(strings.steps, step) ? strings.steps[step] : "", strings.progress(done, total)]
    .filter(Boolean)
    .join(" ");
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
