/**
 * What the 对账单 section's buttons do: each calls one statement action through the pane's runner
 * (so the status area shows it and every button waits) and feeds what comes back to the section's
 * reducer. Kept out of the component so the flows can be tested without a DOM.
 */
import type { Lang } from "../core/problems";
import type { StatementRequest } from "../core/statements/statement";
import type { StatementActions } from "../excel/statementActions";
import type { PaneRun } from "./paneState";
import type { StatementPanelEvent } from "./statementForm";

export interface StatementTasks {
  /** Reads the customers of 客户; why none could be listed goes to the problem list. */
  load(lang: Lang): Promise<void>;
  /** Issues the statement; refusals are said in `lang`, the pane's language. */
  issue(request: StatementRequest, lang: Lang): Promise<void>;
}

export function statementTasks(
  actions: StatementActions,
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
  };
}
