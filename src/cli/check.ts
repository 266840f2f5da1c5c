/**
 * `gendan check`: the order check on a workbook file. Reads it and reports every problem with its
 * sheet and cell; writes nothing unless asked to repair (--repair with -o or --in-place), which
 * first appends to 发货 the rows missing for note sheets, from the sheets.
 */
import { resolve } from "node:path";
import { countBySeverity, type Lang } from "../core/problems";
import { createActions } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { FileFault, lookUp, openForEdit, readBook, writeBook } from "./book";
import type { CliReport } from "./report";

export interface CheckRequest {
  book: string;
  lang: Lang;
  /** Today as a serial date, for 交期 and overdue rules. */
  today: number;
  /** Append the 发货 rows missing for note sheets, then check the result. */
  repair?: boolean;
  /** With `repair`: the new file to write. */
  output?: string;
  /** With `repair`: change `book` itself. */
  inPlace?: boolean;
}

/**
 * `gendan check <book> [--repair (-o out | --in-place)]`.
 * @returns 0 when there are no errors (warnings allowed) — after the repair, when repairing —, 1
 *   when there are, 2 for a file problem.
 */
export async function runCheck(request: CheckRequest, cwd: string, report: CliReport): Promise<number> {
  try {
    if (request.repair) return await runRepair(request, cwd, report);
    const path = resolve(cwd, request.book);
    if (!(await lookUp(path, request.book, report))) {
      throw new FileFault(request.book, "missing", report.strings.fileMissing);
    }
    const { model } = await readBook(path, request.book, report);
    const book = new MemoryWorkbook({ model });
    const actions = createActions(book.run.bind(book), { today: () => request.today });
    const outcome = await actions.checkWorkbook(request.lang);
    return report.checked(
      request.book,
      outcome.problems,
      report.strings.checked(request.book, countBySeverity(outcome.problems)),
    );
  } catch (error) {
    if (error instanceof FileFault) return report.fileError(error.file, error.code, error.message);
    throw error;
  }
}

/**
 * The repair, then the check of what it wrote. Nothing is written when no rows are missing.
 * @returns 0 when the repaired workbook has no errors, 1 when errors remain (or nothing was missing
 *   and the check found errors).
 */
async function runRepair(request: CheckRequest, cwd: string, report: CliReport): Promise<number> {
  const s = report.strings;
  const { model, target } = await openForEdit(
    { book: request.book, output: request.output, inPlace: request.inPlace === true },
    cwd,
    report,
    s.repairNeedsTarget,
  );
  const book = new MemoryWorkbook({ model });
  const actions = createActions(book.run.bind(book), { today: () => request.today });
  const repair = await actions.repairNotes(request.lang);
  if (!repair.done) {
    const counts = countBySeverity(repair.problems);
    return report.checked(request.book, repair.problems, s.nothingToRepair(s.checked(request.book, counts)));
  }
  await writeBook(book.model, target, report);
  const outcome = await actions.checkWorkbook(request.lang);
  const counts = countBySeverity(outcome.problems);
  const notes = Number(repair.done.params.notes);
  const rows = Number(repair.done.params.rows);
  report.done(
    target.file,
    {
      written: true,
      line: s.repaired(target.file, notes, rows, s.checked(target.file, counts)),
      done: repair.done,
      // `ok` as the check says it (no errors left); `extra` comes after done's own `ok: true`.
      extra: { ok: counts.error === 0, counts },
    },
    outcome.problems,
  );
  return counts.error > 0 ? 1 : 0;
}
