/**
 * Issuing a delivery or return note: read the tables, let core decide, write the note sheet and its
 * 发货 rows in one batch, then read back what landed. Co-authors may issue at the same moment:
 * the note's sheet name is its number, so a number taken meanwhile fails the write before anything
 * is written (the sheet is the batch's first operation) and the note is renumbered; ledger rows
 * overwritten by a co-author's rows are found by the verify read and appended again.
 *
 * When a request fails after the note was decided, the error (InterruptedWrite) carries the note.
 * Retried with it, the action first looks for that note: its sheet there and the same note → the
 * rows 发货 lacks are appended (none: nothing is written); no sheet, or a colleague's note under
 * the number → the note is issued afresh, renumbered as needed.
 */
import { parseRectAddress, splitSheetAddress } from "../core/address";
import { fenToNumber } from "../core/money";
import { makeProblem, tableMissingProblem } from "../core/messages";
import { appendRow, ledgerSteps, missingLedgerLines } from "../core/notes/ledger";
import { noteSheetPlan } from "../core/notes/layout";
import type { NoteDocument, NoteLine, NoteRequest } from "../core/notes/note";
import { serialToIso } from "../core/dates";
import { NOTE_INPUT_COLUMNS, prepareNote } from "../core/notes/prepare";
import type { Lang, Problem } from "../core/problems";
import {
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
} from "../core/workbook/schema";
import type { TableData } from "../core/workbook/tableData";
import { applyPlan } from "./applyPlan";
import { readNoteSheets } from "./checkWorkbook";
import type { ExcelRunner, ProgressListener } from "./host";
import { trackWriting, type NoteWriting } from "./interruptedWrite";
import type { NoteOutcome } from "./noteActions";
import { readTables } from "./readTables";
import { bringToFront, hasSheet, isNoteFor, isSameNote } from "./resume";

const NOTE_TABLES = [
  SETTINGS_TABLE,
  CUSTOMERS_TABLE,
  PRODUCTS_TABLE,
  ORDERS_TABLE,
  SHIPMENTS_TABLE,
  PAYMENTS_TABLE,
].map((t) => t.table);

/** Tries before giving up when co-authors keep taking the numbers or the ledger rows. */
const MAX_ATTEMPTS = 5;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The tables a note cannot do without, reported as missing. */
function missingTables(missing: readonly string[], lang: Lang): Problem[] {
  return [ORDERS_TABLE, SHIPMENTS_TABLE, CUSTOMERS_TABLE]
    .filter((spec) => missing.includes(spec.table))
    .map((spec) => tableMissingProblem(lang, spec));
}

/**
 * Whether the rows written from body row `start` still hold `written` (a co-author writing below
 * the same table at the same moment may have written over them). Also brings the note's sheet to
 * the front, in the same request.
 */
async function ledgerRowsIntact(
  context: Excel.RequestContext,
  note: NoteDocument,
  written: readonly NoteLine[],
  ledger: TableData,
  start: number,
): Promise<boolean> {
  const range = context.workbook.tables.getItem(SHIPMENTS_TABLE.table).getRange().load("address");
  const block = context.workbook.worksheets
    .getItem(ledger.sheet)
    .getRangeByIndexes(ledger.row + 1 + start, ledger.col, written.length, ledger.headers.length)
    .load("values");
  context.workbook.worksheets.getItem(note.number).activate();
  await context.sync();
  const rect = parseRectAddress(splitSheetAddress(range.address).address);
  if (!rect || rect.row + rect.rows < ledger.row + 1 + start + written.length) return false;
  const found: TableData = { ...ledger, rows: block.values as TableData["rows"] };
  return missingLedgerLines(note, found, written).length === 0;
}

/**
 * Makes sure 发货 holds the note's rows after `written` was just written from body row `start` of
 * `ledger`: reads them back (bringing the note's sheet to the front) and appends again whatever a
 * co-author's write took, a few rounds at most.
 * @returns whether every row is there.
 */
async function settleLedger(
  context: Excel.RequestContext,
  note: NoteDocument,
  written: readonly NoteLine[],
  ledger: TableData,
  start: number,
  onProgress?: ProgressListener,
): Promise<boolean> {
  for (let round = 1; round <= MAX_ATTEMPTS; round++) {
    // Each round needs the last one's answer; more than one happens only under a co-author's write.
    if (await ledgerRowsIntact(context, note, written, ledger, start)) return true;
    const { data: again } = await readTables(context, [SHIPMENTS_TABLE.table]);
    const current = again[SHIPMENTS_TABLE.table];
    if (!current) return false;
    written = missingLedgerLines(note, current);
    if (written.length === 0) return true;
    ledger = current;
    start = appendRow(ledger);
    await applyPlan(context, { steps: ledgerSteps(note, written, ledger, start) }, onProgress);
  }
  return false;
}

/**
 * Finishes a note a failed request may have written, when its sheet is there and is that note:
 * appends the 发货 rows missing (writing nothing when none is) and brings the sheet to the front.
 * @returns the outcome, or null when the note is not there (no sheet, or another note under its
 *   number) and must be issued afresh.
 */
async function resumeNote(
  context: Excel.RequestContext,
  note: NoteDocument,
  sheetNames: readonly string[],
  ledger: TableData,
  lang: Lang,
  onProgress?: ProgressListener,
): Promise<NoteOutcome | null> {
  if (!hasSheet(sheetNames, note.number)) return null;
  const [read] = await readNoteSheets(context, [note.number]);
  if (!isSameNote(read?.content ?? null, note)) return null;
  const missing = missingLedgerLines(note, ledger);
  if (missing.length === 0) {
    await bringToFront(context, note.number);
    return issued(note);
  }
  const start = appendRow(ledger);
  await applyPlan(context, { steps: ledgerSteps(note, missing, ledger, start) }, onProgress);
  return (await settleLedger(context, note, missing, ledger, start, onProgress))
    ? issued(note)
    : { problems: [ledgerLost(note, lang)] };
}

/**
 * Issues a note (see prepareNote for every refusal). Syncs: the table reads, one write (plus
 * payload chunks), one verify read; more only when a co-author took the number or the rows.
 * A retry (`retryOf`) costs one more read when the note's sheet is there.
 * @param lang the clerk's language, for refusals (the note prints in `request.lang`).
 * @param retryOf what an earlier try of the same request was writing when it failed
 *   (InterruptedWrite.writing): that note is finished rather than issued a second time.
 * @throws InterruptedWrite carrying the note when a request fails after the note was decided.
 */
export async function issueNote(
  run: ExcelRunner,
  request: NoteRequest,
  lang: Lang,
  onProgress?: ProgressListener,
  retryOf?: NoteWriting,
): Promise<NoteOutcome> {
  return await run((context) =>
    trackWriting(async (track) => {
      // What an earlier try of this very request was writing; another request's note is not looked for.
      let earlier = retryOf && isNoteFor(retryOf.note, request) ? retryOf.note : undefined;
      // A retry that fails before it knows more still carries the note it was looking for.
      track(retryOf);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        // Queued before the tables are read, so it travels in their first request.
        const sheets = context.workbook.worksheets.load("items/name");
        const { data, missing } = await readTables(context, NOTE_TABLES, onProgress, NOTE_INPUT_COLUMNS);
        const absent = missingTables(missing, lang);
        if (absent.length > 0) return { problems: absent };
        const sheetNames = sheets.items.map((s) => s.name);
        const ledger = data[SHIPMENTS_TABLE.table]!;
        if (earlier) {
          const resumed = await resumeNote(context, earlier, sheetNames, ledger, lang, onProgress);
          if (resumed) return resumed;
          // Not there, or a colleague's note under the number: this try starts afresh.
          earlier = undefined;
          track(undefined);
        }
        const decision = prepareNote(data, sheetNames, request, lang);
        if (!decision.note) return { problems: decision.problems };
        const note = decision.note;
        const start = appendRow(ledger);
        track({ kind: "note", note });
        try {
          // The sheet first: when its name (the number) was taken meanwhile, the batch stops there.
          const steps = [...noteSheetPlan(note).steps, ...ledgerSteps(note, note.lines, ledger, start)];
          await applyPlan(context, { steps }, onProgress);
        } catch (error) {
          if (errorCode(error) === "ItemAlreadyExists" && attempt < MAX_ATTEMPTS) {
            // Nothing was written: the next try takes the next free number.
            track(undefined);
            continue;
          }
          throw error;
        }
        if (await settleLedger(context, note, note.lines, ledger, start, onProgress)) return issued(note);
        return { problems: [ledgerLost(note, lang)] };
      }
      return {
        problems: [
          makeProblem(
            lang,
            "error",
            "note-numbers-exhausted",
            { sheet: "" },
            { date: serialToIso(request.date), number: "" },
          ),
        ],
      };
    }),
  );
}

/** The ledger kept losing the note's rows: the sheet stands, and the order check's repair restores them. */
function ledgerLost(note: NoteDocument, lang: Lang): Problem {
  return makeProblem(lang, "error", "note-ledger-lost", { sheet: note.number }, { number: note.number });
}

function issued(note: NoteDocument): NoteOutcome {
  return {
    problems: [],
    note,
    done: {
      code: note.kind === "return" ? "return-issued" : "delivery-issued",
      params: {
        number: note.number,
        lines: note.lines.length,
        quantity: note.totals.quantity,
        amount: fenToNumber(note.totals.amount).toFixed(2),
        currency: note.customer.currency,
      },
    },
  };
}
