import type { Problem } from "../core/problems";
import { errorText, initialPaneState, paneReducer, type PaneState } from "./paneState";

function makeProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    severity: "error",
    code: "name-taken",
    sheet: "参数",
    cell: "A1",
    message: "名称「参数」已被占用",
    params: { name: "参数" },
    ...overrides,
  };
}

describe("pane state", () => {
  test("setup runs indeterminate, then reports progress, then its outcome and problems", () => {
    let state = paneReducer(initialPaneState, { type: "start", action: "setupWorkbook" });
    expect(state.running).toEqual({ action: "setupWorkbook" });
    state = paneReducer(state, { type: "progress", done: 1, total: 3, step: "write" });
    expect(state.running?.progress).toEqual({ done: 1, total: 3, step: "write" });
    const outcome = {
      problems: [makeProblem({ severity: "warning" })],
      done: { code: "setup-done", params: {} },
    };
    state = paneReducer(state, { type: "finish", outcome });
    expect(state).toEqual({ running: null, result: { kind: "done", outcome }, problems: outcome.problems });
  });

  test("starting setup clears the previous result and problems", () => {
    const before: PaneState = {
      running: null,
      result: { kind: "failed", message: "boom" },
      problems: [makeProblem()],
    };
    expect(paneReducer(before, { type: "start", action: "setupWorkbook" })).toEqual({
      running: { action: "setupWorkbook" },
      result: null,
      problems: [],
    });
  });

  test("selecting a problem's cell keeps the list and the last result", () => {
    const before: PaneState = {
      running: null,
      result: { kind: "done", outcome: { problems: [makeProblem()] } },
      problems: [makeProblem()],
    };
    const running = paneReducer(before, { type: "start", action: "selectCell" });
    expect(running.problems).toBe(before.problems);
    expect(running.result).toBe(before.result);
    expect(paneReducer(running, { type: "settle" })).toEqual(before);
  });

  test("a failure shows its message and keeps the problems", () => {
    const before: PaneState = { running: { action: "selectCell" }, result: null, problems: [makeProblem()] };
    const after = paneReducer(before, { type: "fail", message: "ItemNotFound" });
    expect(after).toEqual({
      running: null,
      result: { kind: "failed", message: "ItemNotFound" },
      problems: before.problems,
    });
  });

  test("progress after the action ended is ignored", () => {
    expect(paneReducer(initialPaneState, { type: "progress", done: 1, total: 2, step: "write" })).toBe(
      initialPaneState,
    );
  });
});

describe("errorText", () => {
  test("an Error's message", () => {
    expect(errorText(new Error("The request failed"))).toBe("The request failed");
  });

  test("an Office error's code is added when the message lacks it", () => {
    const officeError = Object.assign(new Error("The sheet was not found."), { code: "ItemNotFound" });
    expect(errorText(officeError)).toBe("The sheet was not found. (ItemNotFound)");
    const saysCode = Object.assign(new Error("ItemNotFound: no sheet"), { code: "ItemNotFound" });
    expect(errorText(saysCode)).toBe("ItemNotFound: no sheet");
  });

  test("anything else thrown is shown as text", () => {
    expect(errorText("plain string")).toBe("plain string");
    expect(errorText({ message: "" })).toBe("[object Object]");
  });
});
