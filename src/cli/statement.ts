/**
 * `gendan statement`: one customer's statement (对账单) for a period, as a new sheet of a workbook
 * file written to a new file (-o) or in place. A refusal writes nothing at all.
 */
import { serialToIso } from "../core/dates";
import { hasErrors, type Lang } from "../core/problems";
import type { StatementDetail } from "../core/statements/statement";
import { createActions } from "../excel/actions";
import { statementParams } from "../excel/issueStatement";
import { MemoryWorkbook } from "../memory-excel";
import { FileFault, openForEdit, writeBook } from "./book";
import type { CliReport } from "./report";

export interface StatementCommand {
  book: string;
  output?: string;
  inPlace: boolean;
  lang: Lang;
  customer: string;
  /** Serial dates, inclusive. */
  from: number;
  to: number;
  detail: StatementDetail;
  today: number;
}

/**
 * `gendan statement <book> --customer 客户名称 [--from --to] (-o out | --in-place)`.
 * @returns 0 written, 1 refused (nothing written), 2 a file problem.
 */
export async function runStatement(
  request: StatementCommand,
  cwd: string,
  report: CliReport,
): Promise<number> {
  const s = report.strings;
  try {
    const { model, target } = await openForEdit(request, cwd, report, s.noteNeedsTarget);
    const book = new MemoryWorkbook({ model });
    const actions = createActions(book.run.bind(book), { today: () => request.today });
    const outcome = await actions.issueStatement(
      {
        customer: request.customer,
        from: request.from,
        to: request.to,
        detail: request.detail,
        lang: request.lang,
      },
      undefined,
      request.lang,
    );
    if (!outcome.statement || !outcome.sheet || hasErrors(outcome.problems)) {
      return report.refused(request.book, outcome.problems);
    }
    await writeBook(book.model, target, report);
    const figures = statementParams(outcome.statement, outcome.sheet);
    return report.done(
      target.file,
      {
        written: true,
        line: s.wroteStatement(target.file, figures),
        done: outcome.done,
        extra: {
          statement: {
            ...figures,
            from: serialToIso(outcome.statement.from),
            to: serialToIso(outcome.statement.to),
          },
        },
      },
      outcome.problems,
    );
  } catch (error) {
    if (error instanceof FileFault) return report.fileError(error.file, error.code, error.message);
    throw error;
  }
}

/**
 * `gendan statement <book> --all [--from --to] (-o out | --in-place)`: every customer's statement and
 * the 应收汇总 sheet. Customers whose rows cannot make a statement are listed and left out; when
 * no statement can be made at all, nothing is written (exit 1).
 */
export async function runStatements(
  request: Omit<StatementCommand, "customer">,
  cwd: string,
  report: CliReport,
): Promise<number> {
  const s = report.strings;
  try {
    const { model, target } = await openForEdit(request, cwd, report, s.noteNeedsTarget);
    const book = new MemoryWorkbook({ model });
    const actions = createActions(book.run.bind(book), { today: () => request.today });
    const outcome = await actions.issueStatements(
      { from: request.from, to: request.to, detail: request.detail, lang: request.lang },
      undefined,
      request.lang,
    );
    if (!outcome.statements || !outcome.summarySheet) return report.refused(request.book, outcome.problems);
    await writeBook(book.model, target, report);
    const statements = outcome.statements.map(({ statement, sheet }) => ({
      ...statementParams(statement, sheet),
      from: serialToIso(statement.from),
      to: serialToIso(statement.to),
    }));
    return report.done(
      target.file,
      {
        written: true,
        line: s.wroteStatements(target.file, statements.length, outcome.summarySheet),
        done: outcome.done,
        extra: { statements, summary: outcome.summarySheet },
      },
      outcome.problems,
    );
  } catch (error) {
    if (error instanceof FileFault) return report.fileError(error.file, error.code, error.message);
    throw error;
  }
}
