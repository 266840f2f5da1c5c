/**
 * A customer statement (对账单): read 参数, 客户, 发货 and 收款, let core compute the statement, and
 * write it as a new sheet in one batch. The sheet's name is new each time (… (2) for a second
 * statement of the same customer and period), so a statement that may have been sent is never
 * overwritten; when a colleague takes the name at the same moment, the next version is used.
 *
 * When a request fails after the sheets were named, the error (InterruptedWrite) names them.
 * Retried with it, the action reads back each named sheet that is there against the plan that
 * writes it: holding it, the sheet is kept (cut off part-way, it is finished); absent, it is
 * written under its name; holding something else, the document goes to a new version.
 */
import { STATEMENT_INPUT_COLUMNS } from "../core/statements/columns";
import { type Fen, fenToNumber, formatFen } from "../core/money";
import { makeProblem, tableMissingProblem } from "../core/messages";
import { companyOf } from "../core/notes/prepare";
import type { Lang, Problem } from "../core/problems";
import { computeStatement } from "../core/statements/compute";
import { monthEndStatements, type ReceivablesSummary } from "../core/statements/aging";
import { statementSheetName, statementSheetPlan } from "../core/statements/layout";
import { summarySheetName, summarySheetPlan } from "../core/statements/summaryLayout";
import type { PlanStep } from "../core/plan";
import type { Statement, StatementRequest } from "../core/statements/statement";
import { CUSTOMERS_TABLE, PAYMENTS_TABLE, SETTINGS_TABLE, SHIPMENTS_TABLE } from "../core/workbook/schema";
import type { WorkbookData } from "../core/workbook/tableData";
import type { ActionOutcome } from "./actions";
import { applyPlan } from "./applyPlan";
import type { ExcelRunner, ProgressListener } from "./host";
import { trackWriting, type StatementsWriting, type StatementWriting } from "./interruptedWrite";
import { readTables } from "./readTables";
import { bringToFront, hasSheet, readWrittenStates, type WrittenState } from "./resume";

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
 * What a statement reads, in one request for a small workbook: 参数 and 客户 whole, of 发货 and 收款
 * the columns statements use, and the workbook's sheet names; or the missing tables' problems
 * (参数 may be missing: its company header is then left blank).
 */
async function readStatementTables(
  context: Excel.RequestContext,
  lang: Lang,
  onProgress: ProgressListener | undefined,
): Promise<{ data: WorkbookData; names: string[] } | { problems: Problem[] }> {
  // Queued before the tables are read, so it travels in their first request.
  const sheets = context.workbook.worksheets.load("items/name");
  const { data, missing } = await readTables(
    context,
    STATEMENT_TABLES.map((t) => t.table),
    onProgress,
    STATEMENT_INPUT_COLUMNS,
  );
  const absent = STATEMENT_TABLES.filter((spec) => missing.includes(spec.table) && spec !== SETTINGS_TABLE);
  if (absent.length > 0) return { problems: absent.map((spec) => tableMissingProblem(lang, spec)) };
  return { data, names: sheets.items.map((s) => s.name) };
}

/** A statement written to `sheet`, as the action reports it. */
function issuedStatement(statement: Statement, sheet: string): StatementOutcome {
  return {
    problems: [],
    statement,
    sheet,
    // The status line is read by people: amounts grouped as the sheet shows them (45,420.00).
    done: { code: "statement-issued", params: statementParams(statement, sheet, formatFen) },
  };
}

/** The steps that finish a document sheet cut off part-way: the plan's steps but adding the sheet. */
function finishing(steps: readonly PlanStep[]): PlanStep[] {
  return steps.filter((step) => step.kind !== "addSheet");
}

/**
 * Makes a customer's statement for a period (see computeStatement for every refusal). Syncs: the
 * table reads (one request for a small workbook), one write (plus payload chunks). A retry
 * (`retryOf`) costs one more read when the sheet it names is there.
 * @param lang the clerk's language, for refusals (the statement prints in `request.lang`).
 * @param retryOf what an earlier try of the same request was writing when it failed
 *   (InterruptedWrite.writing): its sheet holding this statement is the statement issued (finished
 *   when cut off part-way) rather than written again as a new version.
 * @throws InterruptedWrite naming the sheet when a request fails after the sheet was named.
 */
export async function issueStatement(
  run: ExcelRunner,
  request: StatementRequest,
  lang: Lang,
  onProgress?: ProgressListener,
  retryOf?: StatementWriting,
): Promise<StatementOutcome> {
  return await run((context) =>
    trackWriting(async (track) => {
      let earlier = retryOf?.sheet;
      // A retry that fails before it knows more still carries the sheet it was looking for.
      track(retryOf);
      for (let attempt = 1; ; attempt++) {
        const read = await readStatementTables(context, lang, onProgress);
        if ("problems" in read) return { problems: read.problems };
        const { data, names } = read;
        const decision = computeStatement(data, request, lang);
        if (!decision.statement) return { problems: decision.problems };
        const statement = decision.statement;
        const company = companyOf(data);
        let sheet: string | undefined;
        let steps: PlanStep[] | undefined;
        if (earlier !== undefined && hasSheet(names, earlier)) {
          const plan = statementSheetPlan(statement, earlier, company);
          const [state] = await readWrittenStates(context, [plan]);
          if (state === "complete") {
            await bringToFront(context, earlier);
            return issuedStatement(statement, earlier);
          }
          // Cut off part-way: finish it. Anything else under the name is not this statement.
          if (state === "partial") [sheet, steps] = [earlier, finishing(plan.steps)];
        } else if (earlier !== undefined) {
          // Never written: the name is still free.
          sheet = earlier;
        }
        earlier = undefined;
        sheet ??= statementSheetName(statement.customer.name, statement.from, statement.to, names);
        steps ??= statementSheetPlan(statement, sheet, company).steps;
        track({ kind: "statement", sheet });
        try {
          await applyPlan(context, { steps: [...steps, { kind: "activate", sheet }] }, onProgress);
        } catch (error) {
          // The sheet is the batch's first operation: a name just taken by a colleague stops it there.
          if (errorCode(error) === "ItemAlreadyExists" && attempt < MAX_ATTEMPTS) {
            track(undefined);
            continue;
          }
          if (errorCode(error) === "ItemAlreadyExists") {
            return { problems: [makeProblem(lang, "error", "statement-name-taken", { sheet }, { sheet })] };
          }
          throw error;
        }
        return issuedStatement(statement, sheet);
      }
    }),
  );
}

/**
 * The figures the pane and the CLI report, amounts with two decimals (as JSON gives them, 45420.00,
 * unless `money` formats them otherwise).
 */
export function statementParams(
  statement: Statement,
  sheet: string,
  money: (fen: Fen) => string = (fen) => fenToNumber(fen).toFixed(2),
): Record<string, string> {
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

/** A sheet of the batch: its name and the plan that writes it. */
interface BatchSheet {
  sheet: string;
  steps: PlanStep[];
}

/** Where a sheet's steps go in the batch's write, by what a retry found of it (nothing: a new sheet). */
function placeSheet(
  plan: BatchSheet,
  state: WrittenState | undefined,
  write: { fresh: PlanStep[]; finish: PlanStep[] },
): void {
  if (state === "complete") return;
  if (state === "partial") write.finish.push(...finishing(plan.steps));
  else write.fresh.push(...plan.steps);
}

/**
 * The month-end batch: a statement for every customer with entries in the period or a balance at
 * its end, and the 应收汇总 sheet listing them with aging, overdue amounts, totals per currency and a
 * link to each statement — all written in one batch (plus payload chunks), after one read.
 * Customers whose rows cannot make a statement (another currency, an unreadable cell) are reported
 * and left out; the others are written.
 * @param onProgress told after each customer's statement is laid out, then for each write request.
 * @param retryOf what an earlier try of the same request was writing when it failed
 *   (InterruptedWrite.writing): each sheet it names that holds its document is kept (finished when
 *   cut off part-way), one never written is written under its name, and one holding something
 *   else leaves its document to a new version. A retry costs one more read when any is there.
 * @throws InterruptedWrite naming the sheets when a request fails after they were named.
 */
export async function issueStatements(
  run: ExcelRunner,
  request: Omit<StatementRequest, "customer">,
  today: number,
  lang: Lang,
  onProgress?: ProgressListener,
  retryOf?: StatementsWriting,
): Promise<StatementBatchOutcome> {
  return await run((context) =>
    trackWriting(async (track) => {
      let earlier = retryOf;
      // A retry that fails before it knows more still carries the sheets it was looking for.
      track(retryOf);
      for (let attempt = 1; ; attempt++) {
        const read = await readStatementTables(context, lang, onProgress);
        if ("problems" in read) return { problems: read.problems };
        const { data, names } = read;
        const made = monthEndStatements(data, request, today, lang);
        if (!made.summary) return { problems: made.problems };
        const { summary, statements: computed, problems } = made;
        const company = companyOf(data);

        // The names an earlier try gave come first, so that new names keep clear of them.
        const taken = [...names];
        const keep = (sheet: string | undefined): string | undefined => {
          if (sheet !== undefined && !hasSheet(taken, sheet)) taken.push(sheet);
          return sheet;
        };
        const kept = computed.map((s) =>
          keep(earlier?.sheets.find((e) => e.customer === s.customer.name)?.sheet),
        );
        const keptSummary = keep(earlier?.summarySheet);
        const newName = (statement: Statement): string => {
          const sheet = statementSheetName(statement.customer.name, statement.from, statement.to, taken);
          taken.push(sheet);
          return sheet;
        };
        const statements: BatchStatement[] = computed.map((statement, i) => ({
          statement,
          sheet: kept[i] ?? newName(statement),
        }));
        const statementPlan = ({ statement, sheet }: BatchStatement): BatchSheet => ({
          sheet,
          steps: statementSheetPlan(statement, sheet, company).steps,
        });
        const summaryPlan = (sheet: string): BatchSheet => {
          const links = new Map(statements.map((s) => [s.statement.customer.name, s.sheet]));
          return { sheet, steps: summarySheetPlan(summary, sheet, company, request.lang, links).steps };
        };
        const plans = statements.map((s, i) => {
          const plan = statementPlan(s);
          onProgress?.(i + 1, statements.length, "statement");
          return plan;
        });
        let summarySheet = summaryPlan(keptSummary ?? summarySheetName(request.from, request.to, taken));

        // What of an earlier try is there: one read of every sheet it named that exists.
        const there = earlier ? [...plans, summarySheet].filter((p) => hasSheet(names, p.sheet)) : [];
        const found = there.length > 0 ? await readWrittenStates(context, there) : [];
        const states = new Map(there.map((plan, i) => [plan, found[i]!]));
        earlier = undefined;

        const write = { fresh: [] as PlanStep[], finish: [] as PlanStep[] };
        let renamed = false;
        plans.forEach((plan, i) => {
          const state = states.get(plan);
          if (state !== "different") return placeSheet(plan, state, write);
          // Not this statement under its name: it goes to a new version, which the summary links to.
          const moved = { ...statements[i]!, sheet: newName(statements[i]!.statement) };
          statements[i] = moved;
          placeSheet(statementPlan(moved), undefined, write);
          renamed = true;
        });
        let summaryState = states.get(summarySheet);
        if (summaryState === "different") {
          summarySheet = summaryPlan(summarySheetName(request.from, request.to, taken));
          summaryState = undefined;
        } else if (summaryState !== undefined && renamed) {
          // Ours, but linking to a statement that went to a new version: its cells are written
          // again in place, the links with them.
          summarySheet = summaryPlan(summarySheet.sheet);
          summaryState = "partial";
        }
        const summaryWrite = { fresh: [] as PlanStep[], finish: [] as PlanStep[] };
        placeSheet(summarySheet, summaryState, summaryWrite);

        const writing: StatementsWriting = {
          kind: "statements",
          summarySheet: summarySheet.sheet,
          sheets: statements.map((s) => ({ customer: s.statement.customer.name, sheet: s.sheet })),
        };
        track(writing);
        // New sheets first, the summary leading: a name a colleague takes meanwhile stops the batch
        // at its sheet, and the next try finds what was written before it.
        const all: PlanStep[] = [
          ...summaryWrite.fresh,
          ...write.fresh,
          ...summaryWrite.finish,
          ...write.finish,
          { kind: "activate", sheet: summarySheet.sheet },
        ];
        try {
          await applyPlan(context, { steps: all }, onProgress);
        } catch (error) {
          if (errorCode(error) === "ItemAlreadyExists" && attempt < MAX_ATTEMPTS) {
            earlier = writing;
            continue;
          }
          throw error;
        }
        return {
          problems,
          statements,
          summary,
          summarySheet: summarySheet.sheet,
          done: {
            code: "statements-issued",
            params: {
              statements: statements.length,
              summary: summarySheet.sheet,
              skipped: summary.customers.length - statements.length,
            },
          },
        };
      }
    }),
  );
}
