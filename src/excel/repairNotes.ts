/**
 * The order check's repair: 发货 rows missing for a note sheet are appended again from the sheet,
 * the source document. Reads as the check does, writes the rows of every such note in one batch
 * (chunked only by the payload budget), then reads back what landed, as issueNote does.
 */
import { parseRectAddress, splitSheetAddress } from "../core/address";
import { makeProblem } from "../core/messages";
import { appendRow, ledgerSteps, missingLedgerLines } from "../core/notes/ledger";
import type { NoteRepair } from "../core/notes/reconcile";
import type { PlanStep } from "../core/plan";
import type { Lang } from "../core/problems";
import { SHIPMENTS_TABLE } from "../core/workbook/schema";
import type { TableData } from "../core/workbook/tableData";
import type { ActionOutcome } from "./actions";
import { applyPlan } from "./applyPlan";
import { findProblems } from "./checkWorkbook";
import type { ExcelRunner, ProgressListener } from "./host";
import { readTables } from "./readTables";

/** Rounds of verify and re-append before giving up when co-authors keep writing over the rows. */
const MAX_ROUNDS = 5;

/** The steps that append each repair's missing lines, one note after another, from body row `start`. */
function appendSteps(repairs: readonly NoteRepair[], ledger: TableData, start: number): PlanStep[] {
  const steps: PlanStep[] = [];
  let row = start;
  for (const repair of repairs) {
    steps.push(...ledgerSteps(repair.note, repair.missing, ledger, row));
    row += repair.missing.length;
  }
  return steps;
}

/**
 * Whether the rows appended from body row `start` still hold every repair's lines (a co-author
 * writing below the same table meanwhile may have pushed them down or written over them).
 */
async function rowsIntact(
  context: Excel.RequestContext,
  repairs: readonly NoteRepair[],
  ledger: TableData,
  start: number,
): Promise<boolean> {
  const count = repairs.reduce((n, r) => n + r.missing.length, 0);
  const range = context.workbook.tables.getItem(SHIPMENTS_TABLE.table).getRange().load("address");
  const block = context.workbook.worksheets
    .getItem(ledger.sheet)
    .getRangeByIndexes(ledger.row + 1 + start, ledger.col, count, ledger.headers.length)
    .load("values");
  await context.sync();
  const rect = parseRectAddress(splitSheetAddress(range.address).address);
  if (!rect || rect.row + rect.rows < ledger.row + 1 + start + count) return false;
  const found: TableData = { ...ledger, rows: block.values as TableData["rows"] };
  return repairs.every((r) => missingLedgerLines(r.note, found, r.missing).length === 0);
}

/**
 * Appends to 发货 the rows missing for each note sheet (see reconcileNotes), from the sheets.
 * Syncs: the check's reads, one write (plus payload chunks), one verify read; more only when a
 * co-author wrote below 发货 at the same moment.
 * @param today the serial date the check measures 交期 against (for the problems when nothing is
 *   missing).
 * @returns done `notes-repaired` {notes, rows} with no problems; or, when no note lacks rows, the
 *   order check's problems and nothing written; or `note-ledger-lost` for notes whose rows kept
 *   being written over.
 */
export async function repairNotes(
  run: ExcelRunner,
  lang: Lang,
  today: number,
  onProgress?: ProgressListener,
): Promise<ActionOutcome> {
  return await run(async (context) => {
    const { data, problems, repairs } = await findProblems(context, lang, today, onProgress);
    let ledger = data[SHIPMENTS_TABLE.table];
    if (repairs.length === 0 || !ledger) return { problems };
    const done: ActionOutcome = {
      problems: [],
      done: {
        code: "notes-repaired",
        params: { notes: repairs.length, rows: repairs.reduce((n, r) => n + r.missing.length, 0) },
      },
    };
    let pending = repairs;
    let start = appendRow(ledger);
    await applyPlan(context, { steps: appendSteps(pending, ledger, start) }, onProgress);
    for (let round = 1; round <= MAX_ROUNDS; round++) {
      // Each round needs the last one's answer; more than one happens only under a co-author's write.
      if (await rowsIntact(context, pending, ledger, start)) return done;
      const { data: again } = await readTables(context, [SHIPMENTS_TABLE.table]);
      const current = again[SHIPMENTS_TABLE.table];
      if (!current) break;
      pending = pending
        .map((r) => ({ ...r, missing: missingLedgerLines(r.note, current) }))
        .filter((r) => r.missing.length > 0);
      if (pending.length === 0) return done;
      ledger = current;
      start = appendRow(ledger);
      await applyPlan(context, { steps: appendSteps(pending, ledger, start) }, onProgress);
    }
    return {
      problems: pending.map((r) =>
        makeProblem(lang, "error", "note-ledger-lost", { sheet: r.sheet }, { number: r.note.number }),
      ),
    };
  });
}
