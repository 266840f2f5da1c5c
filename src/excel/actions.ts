import type { Lang, MessageParams, Problem } from "../core/problems";
import type { ExcelRunner, ProgressListener } from "./host";
import { selectCell } from "./selection";
import { setupWorkbook } from "./setupWorkbook";

/** What an action reports back to the task pane or the CLI. */
export interface ActionOutcome {
  /** Problems found; when any is an error, the action wrote nothing. */
  problems: Problem[];
  /** What was done, as a code and its values; the caller says it in the user's language. */
  done?: { code: string; params: MessageParams };
}

/** Everything the task pane can ask of the workbook. Each call is one `Excel.run`. */
export interface Actions {
  /** 工作簿 → 初始化/升级: adds whatever of the tracking workbook is missing. */
  setupWorkbook(lang: Lang, onProgress?: ProgressListener): Promise<ActionOutcome>;
  /** Selects one cell, e.g. the cell a problem names. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** The actions, bound to a host's runner. */
export function createActions(run: ExcelRunner): Actions {
  return {
    setupWorkbook: (lang, onProgress) => setupWorkbook(run, lang, onProgress),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
