import { checkWorkbook as checkData } from "../core/check/checkWorkbook";
import { readNoteSheet } from "../core/notes/layout";
import { noteSheetNames, reconcileNotes, type NoteRepair, type NoteSheetRead } from "../core/notes/reconcile";
import type { CellConstant } from "../core/plan";
import { countBySeverity, type Lang, type Problem } from "../core/problems";
import { CONTRACT_TABLES } from "../core/workbook/schema";
import type { WorkbookData } from "../core/workbook/tableData";
import type { ActionOutcome } from "./actions";
import { PAYLOAD_BUDGET_BYTES } from "./applyPlan";
import type { ExcelRunner, ProgressListener } from "./host";
import { readTables } from "./readTables";

/**
 * Estimated response bytes of one note sheet's values, used to pack several sheets into one
 * request: about 80 rows (a note of some 50 lines with its header and footer) × 14 columns × 24
 * bytes a cell. A longer note only makes its request larger than estimated, not wrong.
 */
const NOTE_SHEET_BYTES = 80 * 14 * 24;

/**
 * Reads the values of the named sheets (their used range, from its first cell with a value) and
 * what readNoteSheet makes of them, packing as many sheets into each request as the payload budget
 * allows by the estimate above. A sheet with no values reads as not a note.
 */
export async function readNoteSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  onProgress?: ProgressListener,
): Promise<NoteSheetRead[]> {
  const perRequest = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / NOTE_SHEET_BYTES));
  const read: NoteSheetRead[] = [];
  for (let first = 0; first < names.length; first += perRequest) {
    const batch = names.slice(first, first + perRequest).map((name) => ({
      name,
      range: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values"),
    }));
    // One request per pack of sheets: the budget forbids asking for all of them at once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { name, range } of batch) {
      const content = range.isNullObject ? null : readNoteSheet(range.values as CellConstant[][]);
      read.push({ name, content });
    }
    onProgress?.(read.length, names.length, "read");
  }
  return read;
}

/** What the order check found, with what it read and the repairs it can offer. */
export interface CheckFindings {
  data: WorkbookData;
  problems: Problem[];
  repairs: NoteRepair[];
}

/**
 * Reads every contract table and the note sheets, and checks them: the data's problems (core's
 * checkWorkbook), then the note sheets against 发货 (reconcileNotes). The sheet names ride the
 * tables' first request; note sheets cost more requests only when the workbook has any.
 */
export async function findProblems(
  context: Excel.RequestContext,
  lang: Lang,
  today: number,
  onProgress?: ProgressListener,
): Promise<CheckFindings> {
  const sheets = context.workbook.worksheets.load("items/name");
  const { data } = await readTables(
    context,
    CONTRACT_TABLES.map((t) => t.table),
    onProgress,
  );
  const names = noteSheetNames(
    data,
    sheets.items.map((s) => s.name),
  );
  const notes = names.length > 0 ? await readNoteSheets(context, names, onProgress) : [];
  const reconciled = reconcileNotes(data, notes, lang);
  return {
    data,
    problems: [...checkData(data, lang, today), ...reconciled.problems],
    repairs: reconciled.repairs,
  };
}

/**
 * 订单 → 校验: reads every table of the contract and the note sheets and reports what is wrong,
 * cell by cell. Writes nothing.
 * @param today the serial date 交期 is measured against
 */
export async function checkWorkbook(
  run: ExcelRunner,
  lang: Lang,
  today: number,
  onProgress?: ProgressListener,
): Promise<ActionOutcome> {
  return await run(async (context) => {
    const { problems } = await findProblems(context, lang, today, onProgress);
    const counts = countBySeverity(problems);
    return {
      problems,
      done: {
        code: "check-done",
        params: { errors: counts.error, warnings: counts.warning, infos: counts.info },
      },
    };
  });
}
