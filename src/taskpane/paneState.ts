/**
 * The task pane's state as a pure reducer: which action runs (with its progress), the last
 * result, and the problems the last check or setup found.
 */
import type { Problem } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";

/** The actions the pane runs, as named in `Strings.running`. */
export type PaneAction = "setupWorkbook" | "selectCell";

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

export type Result = { kind: "done"; outcome: ActionOutcome } | { kind: "failed"; message: string };

export interface PaneState {
  running: Running | null;
  result: Result | null;
  problems: Problem[];
}

export type PaneEvent =
  | { type: "start"; action: PaneAction }
  | ({ type: "progress" } & Progress)
  | { type: "finish"; outcome: ActionOutcome }
  /** An action that reports nothing (selecting a cell) ended well: the last result stays. */
  | { type: "settle" }
  | { type: "fail"; message: string };

export const initialPaneState: PaneState = { running: null, result: null, problems: [] };

/** The next state of the pane after `event`. */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "start":
      // Selecting a problem's cell must not clear the list being worked through.
      return event.action === "selectCell"
        ? { ...state, running: { action: event.action } }
        : { running: { action: event.action }, result: null, problems: [] };
    case "progress":
      if (!state.running) return state;
      return {
        ...state,
        running: { ...state.running, progress: { done: event.done, total: event.total, step: event.step } },
      };
    case "finish":
      return {
        running: null,
        result: { kind: "done", outcome: event.outcome },
        problems: event.outcome.problems,
      };
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
