/**
 * What the 订单 section's 校验 and 修复送货单 buttons do, through the pane's runner (the status area
 * shows each action and every button waits). Kept out of the component so the flows can be tested
 * without a DOM.
 */
import type { ProblemCode } from "../core/messages";
import type { Lang, Problem } from "../core/problems";
import type { Actions } from "../excel/actions";
import type { Done, PaneEvent, PaneRun } from "./paneState";

/** The check's problem for a note sheet whose lines 发货 lacks: what 修复送货单 restores. */
const NOTE_ROWS_MISSING: ProblemCode = "note-rows-missing";

/** Whether the listed problems include 发货 rows missing for a note sheet, which the pane can restore. */
export function canRepairNotes(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.code === NOTE_ROWS_MISSING);
}

export interface OrderTasks {
  /** 校验: lists the workbook's problems and counts them for the summary line. */
  check(lang: Lang): Promise<void>;
  /**
   * 修复送货单: appends the missing 发货 rows from the note sheets, then checks again so the list
   * shows what is left; the status says what was restored, then what the check found. When
   * nothing was restored (nothing was missing any more, or a co-author kept writing over the
   * rows) its problems are shown as they are and the check is not repeated.
   */
  repairNotes(lang: Lang): Promise<void>;
}

export function orderTasks(
  actions: Pick<Actions, "checkWorkbook" | "repairNotes">,
  run: PaneRun,
): OrderTasks {
  /** Runs the check; `prior` is what a repair just did, said before what the check found. */
  const check = async (lang: Lang, prior?: Done) => {
    await run(
      "checkWorkbook",
      (onProgress) => actions.checkWorkbook(lang, onProgress),
      (outcome): PaneEvent => (prior ? { type: "finish", outcome, prior } : { type: "finish", outcome }),
    );
  };
  return {
    check: (lang) => check(lang),
    async repairNotes(lang) {
      const repaired = await run(
        "repairNotes",
        (onProgress) => actions.repairNotes(lang, onProgress),
        (outcome): PaneEvent => ({ type: "finish", outcome }),
      );
      if (repaired?.done) await check(lang, repaired.done);
    },
  };
}
