/**
 * What the 对账单 section's buttons do: each calls one statement action through the pane's runner
 * (so the status area shows it and every button waits) and feeds what comes back to the section's
 * reducer. Kept out of the component so the flows can be tested without a DOM.
 */
import type { Lang } from "../core/problems";
import type { StatementRequest } from "../core/statements/statement";
import type { Actions } from "../excel/actions";
import type { PaneRun } from "./paneState";
import type { PeriodRequest, StatementPanelEvent } from "./statementForm";

/** What the section asks of the workbook: the customers, one statement, every customer's, and going to a sheet. */
export type StatementSectionActions = Pick<
  Actions,
  "statementCustomers" | "issueStatement" | "issueStatements" | "selectCell"
>;

export interface StatementTasks {
  /** Reads the customers of 客户; why none could be listed goes to the problem list. */
  load(lang: Lang): Promise<void>;
  /** Issues the statement; refusals are said in `lang`, the pane's language. */
  issue(request: StatementRequest, lang: Lang): Promise<void>;
  /**
   * 全部客户: issues every customer's statement for the period and the 应收汇总 sheet in front,
   * progress in the status area; customers left out go to the problem list, in `lang`.
   */
  issueAll(request: PeriodRequest, lang: Lang): Promise<void>;
  /** Brings `sheet` (a statement or the summary just written) to the front, its first cell selected. */
  open(sheet: string): Promise<void>;
}

export function statementTasks(
  actions: StatementSectionActions,
  run: PaneRun,
  dispatch: (event: StatementPanelEvent) => void,
): StatementTasks {
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
    async issue(request, lang) {
      const outcome = await run(
        "issueStatement",
        (onProgress) => actions.issueStatement(request, onProgress, lang),
        (o) => ({ type: "finish", outcome: o }),
      );
      if (outcome?.statement && outcome.sheet !== undefined) {
        dispatch({ type: "issued", issued: { statement: outcome.statement, sheet: outcome.sheet } });
      }
    },
    async issueAll(request, lang) {
      const outcome = await run(
        "issueStatements",
        (onProgress) => actions.issueStatements(request, onProgress, lang),
        (o) => ({ type: "finish", outcome: o }),
      );
      if (outcome?.statements && outcome.summarySheet !== undefined) {
        dispatch({
          type: "batch",
          batch: { summarySheet: outcome.summarySheet, statements: outcome.statements },
        });
      }
    },
    async open(sheet) {
      // Like selecting a problem's cell: the status and the problem list being worked through stay.
      await run("selectCell", () => actions.selectCell(sheet, "A1"));
    },
  };
}
