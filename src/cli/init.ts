/**
 * `gendan init`: creates a tracking workbook, or upgrades an existing one into a copy (-o) or in
 * place (--in-place). Never changes a file the user did not name as the output.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Lang } from "../core/problems";
import { hasErrors } from "../core/problems";
import { createActions, type ActionOutcome } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { readXlsx, unsupportedParts, writeXlsx, XlsxReadError } from "../memory-excel/xlsx";
import { emptyWorkbook, type WorkbookModel } from "../memory-excel/model";
import { TargetExistsError, writeFileAtomic } from "./files";
import type { CliReport } from "./report";
import type { SetupSummary } from "./strings";

export interface InitRequest {
  /** The workbook, as the user typed it. */
  book: string;
  /** -o: where the upgraded copy goes. */
  output?: string;
  inPlace: boolean;
  lang: Lang;
}

/** Thrown inside `runInit` to stop with a file error (exit 2); carries what the report needs. */
class FileFault extends Error {
  constructor(
    readonly file: string,
    readonly code: Parameters<CliReport["fileError"]>[1],
    message: string,
  ) {
    super(message);
  }
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function fsReason(error: unknown, report: CliReport): string {
  const code = errnoCode(error);
  if (code !== undefined) return report.strings.fsReason[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

function isXlsxName(file: string): boolean {
  return file.toLowerCase().endsWith(".xlsx");
}

/** Whether `path` exists, and its permissions; a folder or an unreadable entry is a FileFault. */
async function lookUp(path: string, file: string, report: CliReport): Promise<{ mode: number } | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileFault(file, "is-directory", report.strings.isDirectory);
    return { mode: info.mode & 0o777 };
  } catch (error) {
    if (error instanceof FileFault) throw error;
    if (errnoCode(error) === "ENOENT") return undefined;
    throw new FileFault(file, "unreadable", report.strings.cannotRead(fsReason(error, report)));
  }
}

/** Reads an existing workbook: its model and the parts a round trip would lose. */
async function readBook(
  path: string,
  file: string,
  report: CliReport,
): Promise<{ model: WorkbookModel; lost: string[] }> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    throw new FileFault(file, "unreadable", report.strings.cannotRead(fsReason(error, report)));
  }
  try {
    const lost = await unsupportedParts(data);
    const model = await readXlsx(data);
    return { model, lost };
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    throw new FileFault(file, error.kind, report.strings.readError[error.kind] ?? error.message);
  }
}

/** Runs setup on a workbook in memory (the same action the task pane runs in Excel). */
async function setUp(book: MemoryWorkbook, lang: Lang): Promise<ActionOutcome> {
  return await createActions(book.run.bind(book)).setupWorkbook(lang);
}

function summaryOf(outcome: ActionOutcome): SetupSummary {
  const params = outcome.done?.params ?? {};
  return {
    sheets: String(params.sheets ?? ""),
    tables: String(params.tables ?? ""),
    rows: Number(params.rows ?? 0),
    names: Number(params.names ?? 0),
  };
}

async function write(
  model: WorkbookModel,
  target: { path: string; file: string; overwrite: boolean; mode?: number },
  report: CliReport,
): Promise<void> {
  // No formula engine ships with the CLI, so cached results could be stale: leave them out and
  // let Excel or LibreOffice compute on open.
  const data = await writeXlsx(model, { omitFormulaResults: true });
  try {
    await writeFileAtomic(target.path, data, { overwrite: target.overwrite, mode: target.mode });
  } catch (error) {
    if (error instanceof TargetExistsError) {
      throw new FileFault(target.file, "output-exists", report.strings.outputExists);
    }
    throw new FileFault(target.file, "unwritable", report.strings.cannotWrite(fsReason(error, report)));
  }
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
      const outcome = await setUp(book, request.lang);
      if (hasErrors(outcome.problems)) return report.refused(request.book, outcome.problems);
      await write(book.model, { path: bookPath, file: request.book, overwrite: false }, report);
      return report.done(
        request.book,
        { written: true, line: s.wrote(request.book, summaryOf(outcome)), done: outcome.done },
        outcome.problems,
      );
    }

    if (request.output === undefined && !request.inPlace) {
      throw new FileFault(request.book, "exists", s.exists);
    }
    const targetFile = request.output ?? request.book;
    const targetPath = resolve(cwd, targetFile);
    if (request.output !== undefined) {
      if (await lookUp(targetPath, request.output, report)) {
        throw new FileFault(request.output, "output-exists", s.outputExists);
      }
      if (!isXlsxName(request.output)) throw new FileFault(request.output, "not-xlsx-name", s.notXlsxName);
    }

    const { model, lost } = await readBook(bookPath, request.book, report);
    if (lost.length > 0) {
      if (request.inPlace) {
        throw new FileFault(request.book, "unsupported-parts", s.unsupportedParts(lost.join(", ")));
      }
      report.note(s.droppedParts(targetFile, lost.join(", ")));
    }
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
    await write(
      book.model,
      { path: targetPath, file: targetFile, overwrite: request.inPlace, mode: existing.mode },
      report,
    );
    const line = unchanged ? s.wroteUnchanged(targetFile) : s.wrote(targetFile, summaryOf(outcome));
    return report.done(targetFile, { written: true, line, done: outcome.done }, outcome.problems);
  } catch (error) {
    if (error instanceof FileFault) return report.fileError(error.file, error.code, error.message);
    throw error;
  }
}
