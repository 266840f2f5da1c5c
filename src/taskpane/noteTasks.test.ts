import type { NoteCandidates } from "../core/notes/candidates";
import type { NoteKind, NoteRequest } from "../core/notes/note";
import type { PendingSignedCopy, SignedCopyMark } from "../core/notes/signedCopies";
import type { ActionOutcome } from "../excel/actions";
import { InterruptedWrite, type NoteWriting } from "../excel/interruptedWrite";
import type { NoteActions, NoteOutcome } from "../excel/noteActions";
import {
  initialNotePanelState,
  notePanelReducer,
  noteRequest,
  paymentShortfall,
  type NotePanelEvent,
  type NotePanelState,
} from "./noteForm";
import { noteTasks } from "./noteTasks";
import { initialPaneState, paneReducer, paneRunner, type PaneState } from "./paneState";
import {
  makeCandidates,
  makeNoteDocument,
  makePendingSignedCopy,
  makeShortfallProblem,
} from "./testing/notes";

/** Note actions answering from queues a test fills, recording every call. */
class FakeNoteActions implements NoteActions {
  calls: string[] = [];
  requests: NoteRequest[] = [];
  /** What each issue was given as `retryOf`. */
  retries: (NoteWriting | undefined)[] = [];
  marks: SignedCopyMark[] = [];
  candidates: NoteCandidates[] = [];
  outcomes: (NoteOutcome | Error)[] = [];
  pending: PendingSignedCopy[][] = [];
  markOutcomes: ActionOutcome[] = [];

  async noteCandidates(kind: NoteKind): Promise<NoteCandidates> {
    this.calls.push(`noteCandidates ${kind}`);
    return this.candidates.shift() ?? makeCandidates();
  }
  async issueNote(
    request: NoteRequest,
    onProgress?: (done: number, total: number, step: string) => void,
    _lang?: string,
    retryOf?: NoteWriting,
  ) {
    this.calls.push("issueNote");
    this.requests.push(request);
    this.retries.push(retryOf);
    onProgress?.(1, 2, "write");
    const next = this.outcomes.shift() ?? { problems: [] };
    if (next instanceof Error) throw next;
    return next;
  }
  async pendingSignedCopies(days: number): Promise<PendingSignedCopy[]> {
    this.calls.push(`pendingSignedCopies ${days}`);
    return this.pending.shift() ?? [];
  }
  async markSignedCopy(mark: SignedCopyMark): Promise<ActionOutcome> {
    this.calls.push(`markSignedCopy ${mark.number} ${mark.state}`);
    this.marks.push(mark);
    return this.markOutcomes.shift() ?? { problems: [] };
  }
}

/** The section and the pane as the tasks leave them, with the pane's own runner and reducers. */
function harness(start: NotePanelState = initialNotePanelState("2026-11-22")) {
  const actions = new FakeNoteActions();
  const world = { section: start, pane: initialPaneState as PaneState, progress: [] as string[] };
  const run = paneRunner((event) => {
    if (event.type === "progress") world.progress.push(`${event.done}/${event.total}`);
    world.pane = paneReducer(world.pane, event);
  });
  const tasks = noteTasks(actions, run, (event: NotePanelEvent) => {
    world.section = notePanelReducer(world.section, event);
  });
  const dispatch = (event: NotePanelEvent) => (world.section = notePanelReducer(world.section, event));
  return { actions, world, tasks, dispatch };
}

describe("送货单 tasks", () => {
  test("opening reads the lines and ticks those selected on 订单; the pane settles", async () => {
    const { actions, world, tasks } = harness();
    actions.candidates.push(makeCandidates({ selected: [{ orderNo: "SO-2401", lineNo: 1 }] }));
    await tasks.load("delivery", true);
    expect(actions.calls).toEqual(["noteCandidates delivery"]);
    expect(world.section.form.customer).toBe("宁波华美");
    expect(world.section.form.lines["SO-2401:1"]).toEqual({ checked: true, quantity: "60" });
    expect(world.pane.running).toBeNull();
    expect(world.pane.result).toBeNull();
  });

  test("lines that cannot be listed show why in the problem list", async () => {
    const { actions, world, tasks } = harness();
    const missing = makeShortfallProblem({
      code: "table-missing",
      sheet: "订单",
      params: { table: "Orders" },
    });
    actions.candidates.push(makeCandidates({ customers: [], problems: [missing] }));
    await tasks.load("delivery", true);
    expect(world.pane.problems).toEqual([missing]);
    expect(world.section.candidates?.customers).toEqual([]);
  });

  test("a refusal is shown with its problems and writes nothing more; the lines are not read again", async () => {
    const { actions, world, tasks } = harness();
    actions.candidates.push(makeCandidates({ selected: [{ orderNo: "SO-2402", lineNo: 1 }] }));
    await tasks.load("delivery", true);
    const refusal = { problems: [makeShortfallProblem()] };
    actions.outcomes.push(refusal);
    await tasks.issue(noteRequest(world.section, "zh")!);
    expect(actions.calls).toEqual(["noteCandidates delivery", "issueNote"]);
    expect(world.pane.result).toEqual({ kind: "done", outcome: refusal });
    expect(world.pane.problems).toEqual(refusal.problems);
    expect(world.progress).toEqual(["1/2"]);
    expect(paymentShortfall(world.section)).toMatchObject({ customer: "杭州利达", shortfall: "500.00" });
  });

  test("override: the reason goes with the same lines, and the note written is shown, nothing ticked again", async () => {
    const { actions, world, tasks, dispatch } = harness();
    actions.candidates.push(makeCandidates({ selected: [{ orderNo: "SO-2402", lineNo: 1 }] }));
    await tasks.load("delivery", true);
    actions.outcomes.push({ problems: [makeShortfallProblem()] });
    await tasks.issue(noteRequest(world.section, "zh")!);

    dispatch({ type: "overrideReason", text: "老客户，月底付清" });
    const note = makeNoteDocument({
      number: "SH20261122-02",
      customer: { ...makeNoteDocument().customer, name: "杭州利达" },
    });
    const done = { code: "delivery-issued", params: { number: note.number, lines: 1 } };
    actions.outcomes.push({ problems: [], note, done });
    // The lines are read again after the note is written; this time the selection is still there.
    actions.candidates.push(makeCandidates({ selected: [{ orderNo: "SO-2402", lineNo: 1 }] }));
    await tasks.issue(noteRequest(world.section, "zh", world.section.overrideReason)!);

    expect(actions.requests).toHaveLength(2);
    expect(actions.requests[0]).not.toHaveProperty("override");
    expect(actions.requests[1]).toEqual({ ...actions.requests[0], override: "老客户，月底付清" });
    expect(actions.calls.slice(-2)).toEqual(["issueNote", "noteCandidates delivery"]);
    expect(world.section.outcome?.note).toBe(note);
    expect(paymentShortfall(world.section)).toBeNull();
    expect(world.section.form.lines["SO-2402:1"]?.checked).toBe(false);
    expect(world.pane.result).toEqual({ kind: "done", outcome: { problems: [], note, done } });
    expect(world.pane.running).toBeNull();
  });

  test("an action that fails says so in the status area and offers 重试 with the same request", async () => {
    const { actions, world, tasks } = harness();
    actions.candidates.push(makeCandidates({ selected: [{ orderNo: "SO-2401", lineNo: 1 }] }));
    await tasks.load("delivery", true);
    const before = world.section;
    actions.outcomes.push(Object.assign(new Error("The workbook is busy"), { code: "GeneralException" }));
    const request = noteRequest(world.section, "zh")!;
    await tasks.issue(request);
    expect(world.pane.result).toEqual({ kind: "failed", message: "The workbook is busy (GeneralException)" });
    // Nothing was being written yet: the retry is the same request, afresh.
    expect(world.section).toEqual({ ...before, retry: { request, writing: undefined } });
  });

  describe("重试 after a request failed on the way", () => {
    const lost = Object.assign(new Error("The response was lost"), { code: "GeneralException" });
    const writing: NoteWriting = { kind: "note", note: makeNoteDocument({ number: "SH20261122-01" }) };

    async function interrupted() {
      const h = harness();
      h.actions.candidates.push(makeCandidates({ selected: [{ orderNo: "SO-2401", lineNo: 1 }] }));
      await h.tasks.load("delivery", true);
      h.actions.outcomes.push(new InterruptedWrite(writing, lost));
      const request = noteRequest(h.world.section, "zh")!;
      await h.tasks.issue(request);
      return { ...h, request };
    }

    test("the offer holds the request and the note it was writing; the status says the host's words", async () => {
      const { world, request } = await interrupted();
      expect(world.section.retry).toEqual({ request, writing });
      expect(world.pane.result).toEqual({
        kind: "failed",
        message: "The response was lost (GeneralException)",
      });
    });

    test("重试 sends the same request with that note; written, the offer goes and the lines are read again", async () => {
      const { actions, world, tasks, request } = await interrupted();
      const note = writing.note;
      actions.outcomes.push({
        problems: [],
        note,
        done: { code: "delivery-issued", params: { number: note.number } },
      });
      await tasks.retry(world.section.retry!);
      expect(actions.requests.slice(-1)).toEqual([request]);
      expect(actions.retries).toEqual([undefined, writing]);
      expect(actions.calls.slice(-2)).toEqual(["issueNote", "noteCandidates delivery"]);
      expect(world.section.retry).toBeNull();
      expect(world.section.outcome?.note).toBe(note);
    });

    test("a retry failing before it learns more keeps the note the first try was writing", async () => {
      const { actions, world, tasks } = await interrupted();
      actions.outcomes.push(Object.assign(new Error("Still offline"), { code: "GeneralException" }));
      await tasks.retry(world.section.retry!);
      expect(world.section.retry?.writing).toBe(writing);
      expect(world.pane.result).toMatchObject({ kind: "failed" });
    });

    test("生成送货单 again with the same request is the retry; with another request it is a new note", async () => {
      const { actions, world, tasks, request } = await interrupted();
      actions.outcomes.push({ problems: [makeShortfallProblem()] });
      await tasks.issue(request, world.section.retry);
      expect(actions.retries.at(-1)).toBe(writing);
      // Answered (here refused): the offer goes.
      expect(world.section.retry).toBeNull();

      const h = await interrupted();
      await h.tasks.issue({ ...h.request, date: h.request.date + 1 }, h.world.section.retry);
      expect(h.actions.retries.at(-1)).toBeUndefined();
    });
  });

  test("回单: the list for the days given; 已回 marks the note and reads the list again", async () => {
    const { actions, world, tasks } = harness();
    const first = makePendingSignedCopy({ number: "SH20261101-01" });
    const second = makePendingSignedCopy({ number: "SH20261105-02", customer: "杭州利达", days: 17 });
    actions.pending.push([first, second], [second]);
    await tasks.loadPending(10);
    expect(world.section.pending).toEqual([first, second]);

    actions.markOutcomes.push({
      problems: [],
      done: { code: "signed-copy-marked", params: { number: first.number, state: "已回", rows: 2 } },
    });
    await tasks.mark({ number: first.number, state: "已回" }, 10);
    expect(actions.calls).toEqual([
      "pendingSignedCopies 10",
      "markSignedCopy SH20261101-01 已回",
      "pendingSignedCopies 10",
    ]);
    expect(actions.marks).toEqual([{ number: first.number, state: "已回" }]);
    expect(world.section.pending).toEqual([second]);
    expect(world.pane.result).toMatchObject({
      kind: "done",
      outcome: { done: { code: "signed-copy-marked" } },
    });
  });

  test("回单: 异常 goes with its remark, which is cleared once recorded", async () => {
    const { actions, world, tasks, dispatch } = harness();
    dispatch({ type: "remark", remark: { number: "SH20261101-01", text: "少 2 箱" } });
    await tasks.mark({ number: "SH20261101-01", state: "异常", remark: "少 2 箱" }, 7);
    expect(actions.marks).toEqual([{ number: "SH20261101-01", state: "异常", remark: "少 2 箱" }]);
    expect(actions.calls.at(-1)).toBe("pendingSignedCopies 7");
    expect(world.section.remark).toBeNull();
  });

  test("回单: a refused mark keeps the remark and the list, and shows why", async () => {
    const { actions, world, tasks, dispatch } = harness();
    dispatch({ type: "remark", remark: { number: "SH404", text: "丢失" } });
    const refusal = makeShortfallProblem({
      code: "signed-copy-unknown",
      sheet: "发货",
      params: { number: "SH404" },
    });
    actions.markOutcomes.push({ problems: [refusal] });
    await tasks.mark({ number: "SH404", state: "异常", remark: "丢失" }, 7);
    expect(actions.calls).toEqual(["markSignedCopy SH404 异常"]);
    expect(world.section.remark).toEqual({ number: "SH404", text: "丢失" });
    expect(world.pane.problems).toEqual([refusal]);
  });
});
