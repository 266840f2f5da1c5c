/**
 * A customer statement (对账单): read 参数, 客户, 发货 and 收款, let core compute the statement, and
 * write it as a new sheet in one batch. The sheet's name is new each time (… (2) for a second
 * statement of the same customer and period), so a statement that may have been sent is never
 * overwritten; when a colleague takes the name at the same moment, the next version is used.
 */
import { fenToNumber } from "../core/money";
import { makeProblem, tableMissingProblem } from "../core/messages";
import { companyOf } from "../core/notes/prepare";
import type { Lang } from "../core/problems";
import { computeStatement } from "../core/statements/compute";
import { receivablesSummary, type ReceivablesSummary } from "../core/statements/aging";
import { statementSheetName, statementSheetPlan } from "../core/statements/layout";
import { summarySheetName, summarySheetPlan } from "../core/statements/summaryLayout";
import type { PlanStep } from "../core/plan";
import type { Statement, StatementRequest } from "../core/statements/statement";
import { CUSTOMERS_TABLE, PAYMENTS_TABLE, SETTINGS_TABLE, SHIPMENTS_TABLE } from "../core/workbook/schema";
import type { ActionOutcome } from "./actions";
import { applyPlan } from "./applyPlan";
import type { ExcelRunner, ProgressListener } from "./host";
import { readTables } from "./readTables";

const STATEMENT_TABLES = [SETTINGS_TABLE, CUSTOMERS_TABLE, SHIPMENTS_TABLE, PAYMENTS_TABLE];

/** Tries before giving up when co-authors keep taking the sheet's name. */
const MAX_ATTEMPTS = 5;

/** The outcome of a statement: the statement and its sheet, or the problems that stopped it. */
export interface StatementOutcome extends ActionOutcome {
  statement?: Statement;
  sheet?: string;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Makes a customer's statement for a period (see computeStatement for every refusal). Syncs: the
 * table reads (one request for a small workbook), one write (plus payload chunks).
 * @param lang the clerk's language, for refusals (the statement prints in `request.lang`).
 */
export async function issueStatement(
  run: ExcelRunner,
  request: StatementRequest,
  lang: Lang,
  onProgress?: ProgressListener,
): Promise<StatementOutcome> {
  return await run(async (context) => {
    for (let attempt = 1; ; attempt++) {
      // Queued before the tables are read, so it travels in their first request.
      const sheets = context.workbook.worksheets.load("items/name");
      const { data, missing } = await readTables(
        context,
        STATEMENT_TABLES.map((t) => t.table),
        onProgress,
      );
      const absent = STATEMENT_TABLES.filter(
        (spec) => missing.includes(spec.table) && spec !== SETTINGS_TABLE,
      );
      if (absent.length > 0) return { problems: absent.map((spec) => tableMissingProblem(lang, spec)) };
      const decision = computeStatement(data, request, lang);
      if (!decision.statement) return { problems: decision.problems };
      const statement = decision.statement;
      const sheet = statementSheetName(
        statement.customer.name,
        statement.from,
        statement.to,
        sheets.items.map((s) => s.name),
      );
      const plan = statementSheetPlan(statement, sheet, companyOf(data));
      try {
        await applyPlan(context, { steps: [...plan.steps, { kind: "activate", sheet }] }, onProgress);
      } catch (error) {
        // The sheet is the batch's first operation: a name just taken by a colleague stops it there.
        if (errorCode(error) === "ItemAlreadyExists" && attempt < MAX_ATTEMPTS) continue;
        if (errorCode(error) === "ItemAlreadyExists") {
          return { problems: [makeProblem(lang, "error", "statement-name-taken", { sheet }, { sheet })] };
        }
        throw error;
      }
      return {
        problems: [],
        statement,
        sheet,
        done: { code: "statement-issued", params: statementParams(statement, sheet) },
      };
    }
  });
}

/** The figures the pane and the CLI report, amounts with two decimals. */
export function statementParams(statement: Statement, sheet: string): Record<string, string> {
  const money = (fen: Statement["closing"]) => fenToNumber(fen).toFixed(2);
  return {
    customer: statement.customer.name,
    currency: statement.customer.currency,
    opening: money(statement.opening),
    deliveries: money(statement.deliveries),
    returns: money(statement.returns),
    payments: money(statement.payments),
    closing: money(statement.closing),
    sheet,
  };
}

/** One statement of the month-end batch. */
export interface BatchStatement {
  statement: Statement;
  sheet: string;
}

/** The outcome of the month-end batch: every statement made and the summary sheet, or why not. */
export interface StatementBatchOutcome extends ActionOutcome {
  statements?: BatchStatement[];
  summary?: ReceivablesSummary;
  summarySheet?: string;
}

/**
 * The month-end batch: a statement for every customer with entries in the period or a balance at
 * its end, and the 应收汇总 sheet listing them with aging, overdue amounts, totals per currency and a
 * link to each statement — all written in one batch (plus payload chunks), after one read.
 * Customers whose rows cannot make a statement (another currency, an unreadable cell) are reported
 * and left out; the others are written.
 * @param onProgress told after each customer's statement is laid out, then for each write request.
 */
export async function issueStatements(
  run: ExcelRunner,
  request: Omit<StatementRequest, "customer">,
  today: number,
  lang: Lang,
  onProgress?: ProgressListener,
): Promise<StatementBatchOutcome> {
  return await run(async (context) => {
    for (let attempt = 1; ; attempt++) {
      const sheets = context.workbook.worksheets.load("items/name");
      const { data, missing } = await readTables(
        context,
        STATEMENT_TABLES.map((t) => t.table),
        onProgress,
      );
      const absent = STATEMENT_TABLES.filter(
        (spec) => missing.includes(spec.table) && spec !== SETTINGS_TABLE,
      );
      if (absent.length > 0) return { problems: absent.map((spec) => tableMissingProblem(lang, spec)) };
      const made = receivablesSummary(data, request.from, request.to, today, lang);
      if (!made.summary) return { problems: made.problems };
      const summary = made.summary;
      const problems = [...made.problems];
      const company = companyOf(data);
      const taken = sheets.items.map((s) => s.name);
      const statements: BatchStatement[] = [];
      const steps: PlanStep[] = [];
      summary.customers.forEach((row, i) => {
        const decision = computeStatement(data, { ...request, customer: row.customer }, lang);
        if (!decision.statement) {
          problems.push(...decision.problems);
          return;
        }
        const statement = decision.statement;
        const sheet = statementSheetName(statement.customer.name, statement.from, statement.to, taken);
        taken.push(sheet);
        steps.push(...statementSheetPlan(statement, sheet, company).steps);
        statements.push({ statement, sheet });
        onProgress?.(i + 1, summary.customers.length, "statement");
      });
      const summarySheet = summarySheetName(request.from, request.to, taken);
      const links = new Map(statements.map((s) => [s.statement.customer.name, s.sheet]));
      const plan = summarySheetPlan(summary, summarySheet, company, request.lang, links);
      // The summary first: it names the batch, and a name taken by a colleague stops the batch there.
      const all = [...plan.steps, ...steps, { kind: "activate", sheet: summarySheet } as const];
      try {
        await applyPlan(context, { steps: all }, onProgress);
      } catch (error) {
        if (errorCode(error) === "ItemAlreadyExists" && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      return {
        problems,
        statements,
        summary,
        summarySheet,
        done: {
          code: "statements-issued",
          params: {
            statements: statements.length,
            summary: summarySheet,
            skipped: summary.customers.length - statements.length,
          },
        },
      };
    }
  });
}
