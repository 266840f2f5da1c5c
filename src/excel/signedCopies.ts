/**
 * 回单 tracking in the workbook: the notes whose signed copy is overdue, and marking one. Each reads
 * only 发货; core decides; marking writes the plan in one more request.
 */
import { serialToIso } from "../core/dates";
import {
  markSignedCopyPlan,
  pendingSignedCopies,
  type PendingSignedCopy,
  type SignedCopyMark,
} from "../core/notes/signedCopies";
import type { Lang } from "../core/problems";
import { SHIPMENTS_TABLE } from "../core/workbook/schema";
import type { ActionOutcome } from "./actions";
import { applyPlan } from "./applyPlan";
import type { ExcelRunner } from "./host";
import { readTables } from "./readTables";

/**
 * 送货单 → 回单: notes whose 回单状态 is still 未回 (or blank) more than `days` days after their
 * date, oldest first. Writes nothing.
 * @param today the serial date the age is measured against
 */
export async function readPendingSignedCopies(
  run: ExcelRunner,
  today: number,
  days: number,
): Promise<PendingSignedCopy[]> {
  return await run(async (context) => {
    const { data } = await readTables(context, [SHIPMENTS_TABLE.table]);
    return pendingSignedCopies(data, today, days);
  });
}

/**
 * Marks a note's signed copy 已回 or 异常 on all its 发货 rows, dated today, the remark added to
 * 备注. Refuses, writing nothing, when the note has no rows, 异常 has no remark, or 发货 lacks a
 * column it writes.
 * @returns done `signed-copy-marked` with the note's number, the state, its row count and the date.
 */
export async function markSignedCopy(
  run: ExcelRunner,
  mark: SignedCopyMark,
  today: number,
  lang: Lang,
): Promise<ActionOutcome> {
  return await run(async (context) => {
    const { data } = await readTables(context, [SHIPMENTS_TABLE.table]);
    const plan = markSignedCopyPlan(data, mark, today, lang);
    if ("problems" in plan) return { problems: plan.problems };
    if (plan.steps.length > 0) await applyPlan(context, { steps: plan.steps });
    return {
      problems: [],
      done: {
        code: "signed-copy-marked",
        params: { number: plan.number, state: mark.state, rows: plan.rows, date: serialToIso(today) },
      },
    };
  });
}
