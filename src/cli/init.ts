/**
 * `gendan init`: creates a tracking workbook, or upgrades an existing one into a copy (-o) or in
 * place (--in-place). Never changes a file the user did not name as the output.
 */
import { resolve } from "node:path";
import { buildDemo } from "../core/demo/demoData";
import type { Lang } from "../core/problems";
import { hasErrors } from "../core/problems";
import type { SetupSeed } from "../core/workbook/setup";
import { createActions, type ActionOutcome } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { emptyWorkbook } from "../memory-excel/model";
import { FileFault, isXlsxName, lookUp, openForEdit, writeBook } from "./book";
import type { CliReport } from "./report";
import type { SetupSummary } from "./strings";

export interface InitRequest {
  /** The workbook, as the user typed it. */
  book: string;
  /** -o: where the upgraded copy goes. */
  output?: string;
  inPlace: boolean;
  lang: Lang;
  /** --demo: fill the new workbook with the demo factory's data, dated around `today`. */
  demo: boolean;
  /** Today as a serial date. */
  today: number;
}

/** Runs setup on a workbook in memory (the same action the task pane runs in Excel). */
async function setUp(book: MemoryWorkbook, lang: Lang, seed?: SetupSeed): Promise<ActionOutcome> {
  return await createActions(book.run.bind(book)).setupWorkbook(lang, undefined, seed);
}

function summaryOf(outcome: ActionOutcome): SetupSummary {
  const params = outcome.done?.params ?? {};
  return {
    sheets: String(params.sheets ?? ""),
    tables: String(params.tables ?? ""),
    rows: Number(params.rows ?? 0),
    names: Number(params.names ?? 0),
    columns: String(params.columns ?? ""),
  };
}

/**
 * `gendan init <book> [-o out | --in-place]`.
 * @returns the exit code (0 written or up to date, 1 setup refused, 2 a file problem).
 */
export async function runInit(request: InitRequest, cwd: string, report: CliReport): Promise<number> {
  const s = report.strings;
  try {
    const bookPath = resolve(cwd, request.book);
    const existing = await lookUp(bookPath, request.book, report);

    if (!existing) {
      if (request.output !== undefined || request.inPlace) {
        throw new FileFault(request.book, "missing", s.fileMissing);
      }
      if (!isXlsxName(request.book)) throw new FileFault(request.book, "not-xlsx-name", s.notXlsxName);
      // Excel's new workbook would bring an empty Sheet1; a new tracking workbook holds only its own sheets.
      const book = new MemoryWorkbook({ model: emptyWorkbook() });
      const outcome = await setUp(book, request.lang, request.demo ? buildDemo(request.today) : undefined);
      if (hasErrors(outcome.problems)) return report.refused(request.book, outcome.problems);
      await writeBook(book.model, { path: bookPath, file: request.book, overwrite: false }, report);
      return report.done(
        request.book,
        { written: true, line: s.wrote(request.book, summaryOf(outcome)), done: outcome.done },
        outcome.problems,
      );
    }

    if (request.demo) throw new FileFault(request.book, "exists", s.demoNeedsNewFile);
    const { model, target } = await openForEdit(request, cwd, report, s.exists);
    const book = new MemoryWorkbook({ model });
    const outcome = await setUp(book, request.lang);
    if (hasErrors(outcome.problems)) return report.refused(request.book, outcome.problems);
    const unchanged = outcome.done?.code === "setup-unchanged";
    if (request.inPlace && unchanged) {
      // Rewriting an up-to-date file could only lose what the reader does not keep.
      return report.done(
        request.book,
        { written: false, line: s.alreadyUpToDate(request.book), done: outcome.done },
        outcome.problems,
      );
    }
    await writeBook(book.model, target, report);
    const line = unchanged ? s.wroteUnchanged(target.file) : s.wrote(target.file, summaryOf(outcome));
    return report.done(target.file, { written: true, line, done: outcome.done }, outcome.problems);
  } catch (error) {
    if (error instanceof FileFault) return report.fileError(error.file, error.code, error.message);
    throw error;
  }
}
