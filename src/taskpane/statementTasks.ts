/**
 * What the 对账单 section's buttons do: each calls one statement action through the pane's runner
 * (so the status area shows it and every button waits) and feeds what comes back to the section's
 * reducer. Kept out of the component so the flows can be tested without a DOM.
 */
import type { Lang } from "../core/problems";
import type { StatementRequest } from "../core/statements/statement";
import type { ActionOutcome, Actions } from "../excel/actions";
import type { ProgressListener } from "../excel/host";
import { writingOf } from "../excel/interruptedWrite";
import type { PaneAction, PaneRun } from "./paneState";
import type { PeriodRequest, StatementPanelEvent, StatementRetry } from "./statementForm";

/** What the section asks of the workbook: the customers, one statement, every customer's, and going to a sheet. */
export type StatementSectionActions = Pick<
  Actions,
  "statementCustomers" | "issueStatement" | "issueStatements" | "selectCell"
>;

export interface StatementTasks {
  /** Reads the customers of 客户; why none could be listed goes to the problem list. */
  load(lang: Lang): Promise<void>;
  /**
   * Issues the statement; refusals are said in `lang`, the pane's language. When its request
   * fails, the section offers 重试. `pending` is that offer, if any: the same request sent again
   * is its retry, so no (2) version comes of a lost response.
   */
  issue(request: StatementRequest, lang: Lang, pending?: StatementRetry | null): Promise<void>;
  /**
   * 全部客户: issues every customer's statement for the period and the 应收汇总 sheet in front,
   * progress in the status area; customers left out go to the problem list, in `lang`. A failed
   * request is offered for 重试 as `issue`'s is.
   */
  issueAll(request: PeriodRequest, lang: Lang, pending?: StatementRetry | null): Promise<void>;
  /** 重试: sends a failed issue's request again with what it was writing; nothing is written twice. */
  retry(pending: StatementRetry, lang: Lang): Promise<void>;
  /** Brings `sheet` (a statement or the summary just written) to the front, its first cell selected. */
  open(sheet: string): Promise<void>;
}

/** Whether two requests ask for the same statements (built by the form, so their keys come in one order). */
function sameRequest(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs an issue under the pane's runner, its outcome shown in the status area and the problem list.
 * When it throws, tells the section what 重试 sends: `failed` makes that of the error; when it
 * answers, the offer goes.
 * @returns the outcome, or undefined when the issue failed.
 */
async function offeringRetry<T extends ActionOutcome>(
  run: PaneRun,
  action: PaneAction,
  work: (onProgress: ProgressListener) => Promise<T>,
  failed: (error: unknown) => StatementRetry,
  dispatch: (event: StatementPanelEvent) => void,
): Promise<T | undefined> {
  let failure: unknown;
  const outcome = await run(
    action,
    async (onProgress) => {
      try {
        return await work(onProgress);
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    (o) => ({ type: "finish", outcome: o }),
  );
  dispatch({ type: "retry", retry: outcome === undefined ? failed(failure) : null });
  return outcome;
}

export function statementTasks(
  actions: StatementSectionActions,
  run: PaneRun,
  dispatch: (event: StatementPanelEvent) => void,
): StatementTasks {
  const one = async (request: StatementRequest, lang: Lang, earlier?: StatementRetry) => {
    const writing = earlier?.kind === "one" ? earlier.writing : undefined;
    const outcome = await offeringRetry(
      run,
      "issueStatement",
      (onProgress) => actions.issueStatement(request, onProgress, lang, writing),
      (error) => {
        const said = writingOf(error);
        return { kind: "one", request, writing: said?.kind === "statement" ? said : writing };
      },
      dispatch,
    );
    if (outcome?.statement && outcome.sheet !== undefined) {
      dispatch({ type: "issued", issued: { statement: outcome.statement, sheet: outcome.sheet } });
    }
  };
  const all = async (request: PeriodRequest, lang: Lang, earlier?: StatementRetry) => {
    const writing = earlier?.kind === "all" ? earlier.writing : undefined;
    const outcome = await offeringRetry(
      run,
      "issueStatements",
      (onProgress) => actions.issueStatements(request, onProgress, lang, writing),
      (error) => {
        const said = writingOf(error);
        return { kind: "all", request, writing: said?.kind === "statements" ? said : writing };
      },
      dispatch,
    );
    if (outcome?.statements && outcome.summarySheet !== undefined) {
      dispatch({
        type: "batch",
        batch: { summarySheet: outcome.summarySheet, statements: outcome.statements },
      });
    }
  };
  return {
    async load(lang) {
      const listed = await run(
        "statementCustomers",
        () => actions.statementCustomers(lang),
        (l) =>
          l.problems.length > 0 ? { type: "finish", outcome: { problems: l.problems } } : { type: "settle" },
      );
      if (listed) dispatch({ type: "customers", customers: listed.customers });
    },
    issue: (request, lang, pending) =>
      one(
        request,
        lang,
        pending?.kind === "one" && sameRequest(pending.request, request) ? pending : undefined,
      ),
    issueAll: (request, lang, pending) =>
      all(
        request,
        lang,
        pending?.kind === "all" && sameRequest(pending.request, request) ? pending : undefined,
      ),
    retry: (pending, lang) =>
      pending.kind === "one" ? one(pending.request, lang, pending) : all(pending.request, lang, pending),
    async open(sheet) {
      // Like selecting a problem's cell: the status and the problem list being worked through stay.
      await run("selectCell", () => actions.selectCell(sheet, "A1"));
    },
  };
}
