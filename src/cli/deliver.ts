/**
 * `gendan deliver` and `gendan return`: a delivery or return note on a workbook file, written to a
 * new file (-o) or in place. A refusal writes nothing at all.
 */
import { serialToIso } from "../core/dates";
import { type Fen, fenToNumber } from "../core/money";
import type { NoteDocument, NoteKind, NoteLineRequest, NotePaper } from "../core/notes/note";
import { hasErrors, type Lang } from "../core/problems";
import { createActions } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { FileFault, openForEdit, writeBook } from "./book";
import type { CliReport } from "./report";

export interface NoteCommand {
  kind: NoteKind;
  book: string;
  output?: string;
  inPlace: boolean;
  lang: Lang;
  lines: NoteLineRequest[];
  /** Serial date of the note. */
  date: number;
  withPrices: boolean;
  paper: NotePaper;
  override?: string;
  today: number;
}

/** The note as `--json` prints it: amounts as decimals with two places. */
function noteJson(note: NoteDocument, sheet: string) {
  const money = (fen: Fen) => fenToNumber(fen).toFixed(2);
  return {
    kind: note.kind,
    number: note.number,
    sheet,
    date: serialToIso(note.date),
    customer: note.customer.name,
    currency: note.customer.currency,
    orders: note.orderNos,
    lines: note.lines.map((l) => ({
      orderNo: l.orderNo,
      lineNo: l.lineNo,
      itemNo: l.itemNo,
      quantity: l.quantity,
      price: l.price === null ? null : money(l.price),
      amount: money(l.amount),
      boxes: l.boxes,
    })),
    totals: { quantity: note.totals.quantity, boxes: note.totals.boxes, amount: money(note.totals.amount) },
    override: note.override,
  };
}

/**
 * `gendan deliver|return <book> --lines ... (-o out | --in-place)`.
 * @returns 0 written, 1 refused (nothing written), 2 a file problem.
 */
export async function runNote(request: NoteCommand, cwd: string, report: CliReport): Promise<number> {
  const s = report.strings;
  try {
    const { model, target } = await openForEdit(request, cwd, report, s.noteNeedsTarget);
    const book = new MemoryWorkbook({ model });
    const actions = createActions(book.run.bind(book), { today: () => request.today });
    const outcome = await actions.issueNote(
      {
        kind: request.kind,
        lines: request.lines,
        date: request.date,
        withPrices: request.withPrices,
        lang: request.lang,
        paper: request.paper,
        override: request.override,
      },
      undefined,
      request.lang,
    );
    if (!outcome.note || hasErrors(outcome.problems)) return report.refused(request.book, outcome.problems);
    await writeBook(book.model, target, report);
    const note = outcome.note;
    return report.done(
      target.file,
      {
        written: true,
        line: s.wroteNote(target.file, {
          kind: note.kind,
          number: note.number,
          customer: note.customer.name,
          lines: note.lines.length,
          quantity: note.totals.quantity,
          amount: fenToNumber(note.totals.amount).toFixed(2),
          currency: note.customer.currency,
        }),
        done: outcome.done,
        extra: { note: noteJson(note, note.number) },
      },
      outcome.problems,
    );
  } catch (error) {
    if (error instanceof FileFault) return report.fileError(error.file, error.code, error.message);
    throw error;
  }
}
