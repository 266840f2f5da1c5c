/**
 * Issuing a delivery or return note: read the tables, let core decide, write the note sheet and its
 * 发货 rows in one batch, then read back what landed. Co-authors may issue at the same moment:
 * the note's sheet name is its number, so a number taken meanwhile fails the write before anything
 * is written (the sheet is the batch's first operation) and the note is renumbered; ledger rows
 * overwritten by a co-author's rows are found by the verify read and appended again.
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
import type { ExcelRunner, ProgressListener } from "./host";
import type { NoteOutcome } from "./noteActions";
import { readTables } from "./readTables";

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
 * Issues a note (see prepareNote for every refusal). Syncs: the table reads, one write (plus
 * payload chunks), one verify read; more only when a co-author took the number or the rows.
 * @param lang the clerk's language, for refusals (the note prints in `request.lang`).
 */
export async function issueNote(
  run: ExcelRunner,
  request: NoteRequest,
  lang: Lang,
  onProgress?: ProgressListener,
): Promise<NoteOutcome> {
  return await run(async (context) => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Queued before the tables are read, so it travels in their first request.
      const sheets = context.workbook.worksheets.load("items/name");
      const { data, missing } = await readTables(context, NOTE_TABLES, onProgress, NOTE_INPUT_COLUMNS);
      const absent = missingTables(missing, lang);
      if (absent.length > 0) return { problems: absent };
      const decision = prepareNote(
        data,
        sheets.items.map((s) => s.name),
        request,
        lang,
      );
      if (!decision.note) return { problems: decision.problems };
      const note = decision.note;
      let ledger = data[SHIPMENTS_TABLE.table]!;
      let start = appendRow(ledger);
      let written: readonly NoteLine[] = note.lines;
      try {
        // The sheet first: when its name (the number) was taken meanwhile, the batch stops there.
        const steps = [...noteSheetPlan(note).steps, ...ledgerSteps(note, written, ledger, start)];
        await applyPlan(context, { steps }, onProgress);
      } catch (error) {
        if (errorCode(error) === "ItemAlreadyExists" && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      for (let round = 1; round <= MAX_ATTEMPTS; round++) {
        // Each round needs the last one's answer; more than one happens only under a co-author's write.
        if (await ledgerRowsIntact(context, note, written, ledger, start)) return issued(note);
        const { data: again } = await readTables(context, [SHIPMENTS_TABLE.table]);
        const current = again[SHIPMENTS_TABLE.table];
        if (!current) break;
        written = missingLedgerLines(note, current);
        if (written.length === 0) return issued(note);
        ledger = current;
        start = appendRow(ledger);
        await applyPlan(context, { steps: ledgerSteps(note, written, ledger, start) }, onProgress);
      }
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
  });
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
