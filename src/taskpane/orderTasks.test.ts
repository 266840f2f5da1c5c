import { makeProblem } from "../core/messages";
import type { Lang } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import type { ProgressListener } from "../excel/host";
import { canRepairNotes, orderTasks } from "./orderTasks";
import { initialPaneState, paneReducer, paneRunner, type PaneState } from "./paneState";

const rowsMissing = (number: string, count: number) =>
  makeProblem("zh", "error", "note-rows-missing", { sheet: number }, { number, count });
const overdue = makeProblem("zh", "warning", "name-taken", { sheet: "订单", cell: "B3" }, { name: "Orders" });

/** A check's outcome as the action reports it: its problems and their counts. */
function checked(problems: ActionOutcome["problems"]): ActionOutcome {
  const n = (s: string) => problems.filter((p) => p.severity === s).length;
  return {
    problems,
    done: { code: "check-done", params: { errors: n("error"), warnings: n("warning"), infos: n("info") } },
  };
}

/** checkWorkbook and repairNotes answering from queues a test fills, recording every call. */
class FakeOrderActions {
  calls: string[] = [];
  checks: (ActionOutcome | Error)[] = [];
  repairs: (ActionOutcome | Error)[] = [];

  async checkWorkbook(lang: Lang, onProgress?: ProgressListener): Promise<ActionOutcome> {
    this.calls.push(`checkWorkbook ${lang}`);
    onProgress?.(1, 2, "read");
    const next = this.checks.shift() ?? checked([]);
    if (next instanceof Error) throw next;
    return next;
  }
  async repairNotes(lang: Lang, onProgress?: ProgressListener): Promise<ActionOutcome> {
    this.calls.push(`repairNotes ${lang}`);
    onProgress?.(1, 1, "write");
    const next = this.repairs.shift() ?? { problems: [] };
    if (next instanceof Error) throw next;
    return next;
  }
}

/** The pane as the tasks leave it, with the pane's own runner and reducer. */
function harness(start: PaneState = initialPaneState) {
  const actions = new FakeOrderActions();
  const world = { pane: start, started: [] as string[] };
  const run = paneRunner((event) => {
    if (event.type === "start") world.started.push(event.action);
    world.pane = paneReducer(world.pane, event);
  });
  return { actions, world, tasks: orderTasks(actions, run) };
}

const repaired: ActionOutcome = {
  problems: [],
  done: { code: "notes-repaired", params: { notes: 2, rows: 3 } },
};

describe("订单 tasks", () => {
  test("校验 lists the problems and counts them for the summary line", async () => {
    const { actions, world, tasks } = harness();
    const outcome = checked([rowsMissing("SH20261122-01", 2), overdue]);
    actions.checks.push(outcome);
    await tasks.check("en");
    expect(actions.calls).toEqual(["checkWorkbook en"]);
    expect(world.pane.checked).toEqual({ error: 1, warning: 1, info: 0 });
    expect(world.pane.problems.map((p) => p.code)).toEqual(["note-rows-missing", "name-taken"]);
    expect(world.pane.result).toEqual({ kind: "done", outcome });
    expect(canRepairNotes(world.pane.problems)).toBe(true);
  });

  test("修复 restores the rows, then checks again: the status says both, the list is the new check's", async () => {
    const { actions, world, tasks } = harness();
    actions.repairs.push(repaired);
    const fresh = checked([overdue]);
    actions.checks.push(fresh);
    await tasks.repairNotes("zh");
    expect(actions.calls).toEqual(["repairNotes zh", "checkWorkbook zh"]);
    expect(world.started).toEqual(["repairNotes", "checkWorkbook"]);
    expect(world.pane.running).toBeNull();
    expect(world.pane.result).toEqual({ kind: "done", outcome: fresh, prior: repaired.done });
    expect(world.pane.problems).toEqual([overdue]);
    expect(world.pane.checked).toEqual({ error: 0, warning: 1, info: 0 });
    expect(canRepairNotes(world.pane.problems)).toBe(false);
  });

  test("nothing left to restore: the repair's problems (the check's) are shown and the check is not repeated", async () => {
    const { actions, world, tasks } = harness();
    // A co-author restored the rows meanwhile: repairNotes answers with the check's problems only.
    actions.repairs.push({ problems: [overdue] });
    await tasks.repairNotes("zh");
    expect(actions.calls).toEqual(["repairNotes zh"]);
    expect(world.pane.result).toEqual({ kind: "done", outcome: { problems: [overdue] } });
    expect(world.pane.problems).toEqual([overdue]);
  });

  test("rows written over again and again: the refusal stays in the list, no check hides it", async () => {
    const { actions, world, tasks } = harness();
    const lost = makeProblem(
      "en",
      "error",
      "note-ledger-lost",
      { sheet: "SH20261122-01" },
      { number: "SH20261122-01" },
    );
    actions.repairs.push({ problems: [lost] });
    await tasks.repairNotes("en");
    expect(actions.calls).toEqual(["repairNotes en"]);
    expect(world.pane.problems).toEqual([lost]);
    expect(world.pane.result).toEqual({ kind: "done", outcome: { problems: [lost] } });
  });

  test("a repair that fails says why and checks nothing", async () => {
    const { actions, world, tasks } = harness();
    actions.repairs.push(new Error("The request failed (GeneralException)"));
    await tasks.repairNotes("zh");
    expect(actions.calls).toEqual(["repairNotes zh"]);
    expect(world.pane.result).toEqual({ kind: "failed", message: "The request failed (GeneralException)" });
  });

  test("a check after the repair that fails says why", async () => {
    const { actions, world, tasks } = harness();
    actions.repairs.push(repaired);
    actions.checks.push(new Error("boom"));
    await tasks.repairNotes("zh");
    expect(actions.calls).toEqual(["repairNotes zh", "checkWorkbook zh"]);
    expect(world.pane.result).toEqual({ kind: "failed", message: "boom" });
    expect(world.pane.running).toBeNull();
  });

  test("starting a repair clears the list it was offered from", async () => {
    const listed = { ...initialPaneState, problems: [rowsMissing("SH20261122-01", 1)] };
    const { world } = harness(listed);
    const running = paneReducer(world.pane, { type: "start", action: "repairNotes" });
    expect(running.problems).toEqual([]);
    expect(running.checked).toBeNull();
    expect(running.running).toEqual({ action: "repairNotes" });
  });
});

describe("canRepairNotes", () => {
  test("only the check's missing-rows problem offers the repair", () => {
    expect(canRepairNotes([])).toBe(false);
    expect(canRepairNotes([overdue])).toBe(false);
    const differ = makeProblem(
      "zh",
      "warning",
      "note-rows-differ",
      { sheet: "发货" },
      { number: "X", lines: "1" },
    );
    expect(canRepairNotes([differ])).toBe(false);
    expect(canRepairNotes([overdue, rowsMissing("SH20261122-01", 1)])).toBe(true);
  });
});
