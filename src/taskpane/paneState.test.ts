import type { Problem } from "../core/problems";
import {
  errorText,
  initialPaneState,
  paneReducer,
  paneRunner,
  type PaneEvent,
  type PaneState,
} from "./paneState";
import { makeCostingSnapshot, makeTrackingView } from "./testing/views";

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
    expect(state).toEqual({
      ...initialPaneState,
      result: { kind: "done", outcome },
      problems: outcome.problems,
    });
  });

  test("a check's outcome is counted by severity for the summary line", () => {
    let state = paneReducer(initialPaneState, { type: "start", action: "checkWorkbook" });
    state = paneReducer(state, { type: "progress", done: 40, total: 120, step: "read" });
    const problems = [
      makeProblem(),
      makeProblem({ cell: "B2" }),
      makeProblem({ severity: "warning" }),
      makeProblem({ severity: "info" }),
    ];
    const outcome = { problems, done: { code: "check-done", params: { errors: 2, warnings: 1, infos: 1 } } };
    state = paneReducer(state, { type: "finish", outcome });
    expect(state.checked).toEqual({ error: 2, warning: 1, info: 1 });
    expect(state.problems).toBe(problems);
    expect(state.running).toBeNull();
  });

  test("a clean check counts zeros, not null", () => {
    const running = paneReducer(initialPaneState, { type: "start", action: "checkWorkbook" });
    const done = paneReducer(running, {
      type: "finish",
      outcome: { problems: [], done: { code: "check-done", params: { errors: 0, warnings: 0, infos: 0 } } },
    });
    expect(done.checked).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test("starting setup clears the previous result, problems and check summary; the views stay", () => {
    const tracking = makeTrackingView();
    const before: PaneState = {
      ...initialPaneState,
      result: { kind: "failed", message: "boom" },
      problems: [makeProblem()],
      checked: { error: 1, warning: 0, info: 0 },
      tracking,
    };
    expect(paneReducer(before, { type: "start", action: "setupWorkbook" })).toEqual({
      ...initialPaneState,
      running: { action: "setupWorkbook" },
      tracking,
    });
  });

  test("setup finishing does not count as a check", () => {
    const running = paneReducer(initialPaneState, { type: "start", action: "setupWorkbook" });
    const done = paneReducer(running, { type: "finish", outcome: { problems: [makeProblem()] } });
    expect(done.checked).toBeNull();
  });

  test("selecting a problem's cell keeps the list and the last result", () => {
    const before: PaneState = {
      ...initialPaneState,
      result: { kind: "done", outcome: { problems: [makeProblem()] } },
      problems: [makeProblem()],
      checked: { error: 1, warning: 0, info: 0 },
    };
    const running = paneReducer(before, { type: "start", action: "selectCell" });
    expect(running.problems).toBe(before.problems);
    expect(running.result).toBe(before.result);
    expect(paneReducer(running, { type: "settle" })).toEqual(before);
  });

  test("reading a view keeps the problems and the check summary, and replaces only that view", () => {
    const costing = makeCostingSnapshot();
    const before: PaneState = {
      ...initialPaneState,
      result: { kind: "done", outcome: { problems: [makeProblem()] } },
      problems: [makeProblem()],
      checked: { error: 1, warning: 0, info: 0 },
      costing,
    };
    const running = paneReducer(before, { type: "start", action: "trackingView" });
    expect(running.running).toEqual({ action: "trackingView" });
    const view = makeTrackingView();
    const after = paneReducer(running, { type: "tracking", view });
    expect(after).toEqual({ ...before, tracking: view });
    expect(after.costing).toBe(costing);

    const next = makeCostingSnapshot({ selected: 0 });
    const reloaded = paneReducer(paneReducer(after, { type: "start", action: "costingView" }), {
      type: "costing",
      view: next,
    });
    expect(reloaded).toEqual({ ...after, costing: next });
    expect(reloaded.tracking).toBe(view);
  });

  test("a view read or a cell selection clears a failure it follows", () => {
    const failed: PaneState = { ...initialPaneState, result: { kind: "failed", message: "boom" } };
    expect(paneReducer(failed, { type: "start", action: "costingView" }).result).toBeNull();
    expect(paneReducer(failed, { type: "start", action: "selectCell" }).result).toBeNull();
  });

  test("a failure shows its message and keeps the problems and views", () => {
    const before: PaneState = {
      ...initialPaneState,
      running: { action: "trackingView" },
      problems: [makeProblem()],
      costing: makeCostingSnapshot(),
    };
    const after = paneReducer(before, { type: "fail", message: "ItemNotFound" });
    expect(after).toEqual({
      ...before,
      running: null,
      result: { kind: "failed", message: "ItemNotFound" },
    });
  });

  test("progress after the action ended is ignored", () => {
    expect(paneReducer(initialPaneState, { type: "progress", done: 1, total: 2, step: "write" })).toBe(
      initialPaneState,
    );
  });
});

describe("notes in the pane state", () => {
  test("issuing a note clears the last problems and check summary; reading lines keeps them", () => {
    const before: PaneState = {
      ...initialPaneState,
      result: { kind: "done", outcome: { problems: [makeProblem()] } },
      problems: [makeProblem()],
      checked: { error: 1, warning: 0, info: 0 },
    };
    expect(paneReducer(before, { type: "start", action: "issueNote" })).toEqual({
      ...initialPaneState,
      running: { action: "issueNote" },
    });
    expect(paneReducer(before, { type: "start", action: "markSignedCopy" }).problems).toEqual([]);
    expect(paneReducer(before, { type: "start", action: "noteCandidates" })).toEqual({
      ...before,
      running: { action: "noteCandidates" },
    });
  });
});

describe("paneRunner", () => {
  function recorder() {
    const events: PaneEvent[] = [];
    return { events, run: paneRunner((e) => events.push(e)) };
  }

  test("start, progress, then the event made of the result; the result is returned", async () => {
    const { events, run } = recorder();
    const result = await run(
      "issueNote",
      async (onProgress) => {
        onProgress(1, 2, "write");
        return 42;
      },
      (n) => ({ type: "finish", outcome: { problems: [], done: { code: "x", params: { n } } } }),
    );
    expect(result).toBe(42);
    expect(events).toEqual([
      { type: "start", action: "issueNote" },
      { type: "progress", done: 1, total: 2, step: "write" },
      { type: "finish", outcome: { problems: [], done: { code: "x", params: { n: 42 } } } },
    ]);
  });

  test("without a report the action settles", async () => {
    const { events, run } = recorder();
    await run("signedCopies", async () => []);
    expect(events.at(-1)).toEqual({ type: "settle" });
  });

  test("a failure is reported and undefined returned", async () => {
    const { events, run } = recorder();
    const result = await run("noteCandidates", () => Promise.reject(new Error("ItemNotFound")));
    expect(result).toBeUndefined();
    expect(events.at(-1)).toEqual({ type: "fail", message: "ItemNotFound" });
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
