/**
 * The task pane's state as a pure reducer: which action runs (with its progress), the last
 * result, the problems the last check or setup found, and the 订单 and 核价 views last read.
 */
import type { TrackingView } from "../core/orders/views";
import { countBySeverity, type Problem, type Severity } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import type { ProgressListener } from "../excel/host";
import type { CostingSnapshot } from "../excel/views";

/** The actions the pane runs, as named in `Strings.running`. */
export type PaneAction =
  | "setupWorkbook"
  | "checkWorkbook"
  | "repairNotes"
  | "trackingView"
  | "costingView"
  | "selectCell"
  | "noteCandidates"
  | "issueNote"
  | "signedCopies"
  | "markSignedCopy"
  | "statementCustomers"
  | "issueStatement"
  | "issueStatements";

/** Actions whose outcome replaces the result and the problem list; the others keep them. */
const OUTCOME_ACTIONS: ReadonlySet<PaneAction> = new Set([
  "setupWorkbook",
  "checkWorkbook",
  "repairNotes",
  "issueNote",
  "markSignedCopy",
  "issueStatement",
  "issueStatements",
]);

export interface Progress {
  done: number;
  total: number;
  step: string;
}

export interface Running {
  action: PaneAction;
  /** Absent until the action reports progress: the bar is indeterminate until then. */
  progress?: Progress;
}

/** What an action reports it did (`ActionOutcome.done`). */
export type Done = NonNullable<ActionOutcome["done"]>;

export type Result =
  /** `prior`: what the action this one followed up did (a repair, then its re-check), said first. */
  { kind: "done"; outcome: ActionOutcome; prior?: Done } | { kind: "failed"; message: string };

export interface PaneState {
  running: Running | null;
  result: Result | null;
  problems: Problem[];
  /** Problems of the last check by severity; null until a check ran, or after setup changed the workbook. */
  checked: Record<Severity, number> | null;
  tracking: TrackingView | null;
  costing: CostingSnapshot | null;
}

export type PaneEvent =
  | { type: "start"; action: PaneAction }
  | ({ type: "progress" } & Progress)
  | { type: "finish"; outcome: ActionOutcome; prior?: Done }
  | { type: "tracking"; view: TrackingView }
  | { type: "costing"; view: CostingSnapshot }
  /** An action that reports nothing (selecting a cell) ended well: the last result stays. */
  | { type: "settle" }
  | { type: "fail"; message: string };

export const initialPaneState: PaneState = {
  running: null,
  result: null,
  problems: [],
  checked: null,
  tracking: null,
  costing: null,
};

/**
 * Runs `work` as the pane's action `action`: the status area shows it running and its progress,
 * then the event `report` makes of its result (by default it settles, keeping the last result),
 * or the failure. Every button waits meanwhile.
 * @returns the work's result, or undefined when it failed (the status area says why).
 */
export type PaneRun = <T>(
  action: PaneAction,
  work: (onProgress: ProgressListener) => Promise<T>,
  report?: (result: T) => PaneEvent,
) => Promise<T | undefined>;

/** The pane's runner: tells `dispatch` when an action starts, how far it is and how it ended. */
export function paneRunner(dispatch: (event: PaneEvent) => void): PaneRun {
  return async (action, work, report) => {
    dispatch({ type: "start", action });
    try {
      const result = await work((done, total, step) => dispatch({ type: "progress", done, total, step }));
      dispatch(report ? report(result) : { type: "settle" });
      return result;
    } catch (error) {
      dispatch({ type: "fail", message: errorText(error) });
      return undefined;
    }
  };
}

/** The next state of the pane after `event`. */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "start":
      if (OUTCOME_ACTIONS.has(event.action)) {
        return { ...state, running: { action: event.action }, result: null, problems: [], checked: null };
      }
      // Selecting a problem's cell or reading a view must not clear the list being worked
      // through; only a failure it may replace goes.
      return {
        ...state,
        running: { action: event.action },
        result: state.result?.kind === "failed" ? null : state.result,
      };
    case "progress":
      if (!state.running) return state;
      return {
        ...state,
        running: { ...state.running, progress: { done: event.done, total: event.total, step: event.step } },
      };
    case "finish":
      return {
        ...state,
        running: null,
        result: event.prior
          ? { kind: "done", outcome: event.outcome, prior: event.prior }
          : { kind: "done", outcome: event.outcome },
        problems: event.outcome.problems,
        checked: state.running?.action === "checkWorkbook" ? countBySeverity(event.outcome.problems) : null,
      };
    case "tracking":
      return { ...state, running: null, tracking: event.view };
    case "costing":
      return { ...state, running: null, costing: event.view };
    case "settle":
      return { ...state, running: null };
    case "fail":
      return { ...state, running: null, result: { kind: "failed", message: event.message } };
  }
}

/** What to show of a thrown value: its message, with the Office error code when it carries one. */
export function errorText(error: unknown): string {
  if (error instanceof Error || (typeof error === "object" && error !== null && "message" in error)) {
    const { message, code } = error as { message?: unknown; code?: unknown };
    const text = typeof message === "string" && message !== "" ? message : String(error);
    return typeof code === "string" && code !== "" && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(error);
}
