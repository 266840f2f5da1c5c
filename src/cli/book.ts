/**
 * The workbook files the commands work on: looking them up, reading them into memory-excel and
 * writing them back atomically, with every failure turned into a FileFault (exit 2, one line).
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { readXlsx, unsupportedParts, writeXlsx, XlsxReadError } from "../memory-excel/xlsx";
import type { WorkbookModel } from "../memory-excel/model";
import { TargetExistsError, writeFileAtomic } from "./files";
import type { CliReport } from "./report";

/** Thrown inside a command to stop with a file error (exit 2); carries what the report needs. */
export class FileFault extends Error {
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

export function fsReason(error: unknown, report: CliReport): string {
  const code = errnoCode(error);
  if (code !== undefined) return report.strings.fsReason[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

export function isXlsxName(file: string): boolean {
  return file.toLowerCase().endsWith(".xlsx");
}

/** Whether `path` exists, and its permissions; a folder or an unreadable entry is a FileFault. */
export async function lookUp(
  path: string,
  file: string,
  report: CliReport,
): Promise<{ mode: number } | undefined> {
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
export async function readBook(
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

/** Writes a workbook; no formula results are cached, so Excel or LibreOffice compute on open. */
export async function writeBook(
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

/** Where an edited workbook goes: a new file (-o) or the input itself (--in-place). */
export interface EditTarget {
  path: string;
  file: string;
  overwrite: boolean;
  mode: number;
}

/**
 * Opens an existing workbook for a command that changes it, with the output settled first so that
 * nothing is computed for a target that cannot be written: -o must name a new .xlsx file;
 * --in-place is refused when the workbook holds parts a round trip would lose.
 * @param exists what to say when neither -o nor --in-place was given.
 */
export async function openForEdit(
  request: { book: string; output?: string; inPlace: boolean },
  cwd: string,
  report: CliReport,
  exists: string,
): Promise<{ model: WorkbookModel; target: EditTarget }> {
  const s = report.strings;
  const bookPath = resolve(cwd, request.book);
  const existing = await lookUp(bookPath, request.book, report);
  if (!existing) throw new FileFault(request.book, "missing", s.fileMissing);
  if (request.output === undefined && !request.inPlace) throw new FileFault(request.book, "exists", exists);
  const file = request.output ?? request.book;
  const path = resolve(cwd, file);
  if (request.output !== undefined) {
    if (await lookUp(path, request.output, report)) {
      throw new FileFault(request.output, "output-exists", s.outputExists);
    }
    if (!isXlsxName(request.output)) throw new FileFault(request.output, "not-xlsx-name", s.notXlsxName);
  }
  const { model, lost } = await readBook(bookPath, request.book, report);
  if (lost.length > 0) {
    if (request.inPlace) {
      throw new FileFault(request.book, "unsupported-parts", s.unsupportedParts(lost.join(", ")));
    }
    report.note(s.droppedParts(file, lost.join(", ")));
  }
  return { model, target: { path, file, overwrite: request.inPlace, mode: existing.mode } };
}
