/**
 * `gendan check`: the order check on a workbook file. Reads it, reports every problem with its
 * sheet and cell, and never writes anything.
 */
import { resolve } from "node:path";
import { countBySeverity, type Lang } from "../core/problems";
import { createActions } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { FileFault, lookUp, readBook } from "./book";
import type { CliReport } from "./report";

export interface CheckRequest {
  book: string;
  lang: Lang;
  /** Today as a serial date, for 交期 and overdue rules. */
  today: number;
}

/**
 * `gendan check <book>`.
 * @returns 0 when there are no errors (warnings allowed), 1 when there are, 2 for a file problem.
 */
export async function runCheck(request: CheckRequest, cwd: string, report: CliReport): Promise<number> {
  try {
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
