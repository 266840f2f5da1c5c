/**
 * What the 送货单 section's buttons do: each calls one note action through the pane's runner (so
 * the status area shows it and every button waits) and feeds what comes back to the section's
 * reducer. Kept out of the component so the flows can be tested without a DOM.
 */
import type { NoteKind, NoteRequest } from "../core/notes/note";
import type { SignedCopyMark } from "../core/notes/signedCopies";
import { hasErrors } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import { writingOf, type NoteWriting } from "../excel/interruptedWrite";
import type { NoteActions } from "../excel/noteActions";
import type { NotePanelEvent, NoteRetry } from "./noteForm";
import type { PaneEvent, PaneRun } from "./paneState";

export interface NoteTasks {
  /** Reads the lines a note of `kind` could take; `preselect` ticks those selected on 订单. */
  load(kind: NoteKind, preselect: boolean): Promise<void>;
  /**
   * Issues the note; when written, reads the lines again (their quantities changed). When its
   * request fails, the section offers 重试. `pending` is that offer, if any: the same request sent
   * again is its retry (a clerk clicking 生成送货单 once more gets no second note either).
   */
  issue(request: NoteRequest, pending?: NoteRetry | null): Promise<void>;
  /** 重试: sends a failed issue's request again with what it was writing, so the note is finished, never issued twice. */
  retry(pending: NoteRetry): Promise<void>;
  /** Reads the notes whose signed copy is out more than `days` days. */
  loadPending(days: number): Promise<void>;
  /** Records a signed copy, then reads the list again. */
  mark(mark: SignedCopyMark, days: number): Promise<void>;
}

/** The status area and the problem list show an action's outcome: what it did, or why it refused. */
const finish = (outcome: ActionOutcome): PaneEvent => ({ type: "finish", outcome });

/** Whether two requests ask for the same note (built by noteRequest, so their keys come in one order). */
function sameRequest(a: NoteRequest, b: NoteRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function noteWriting(error: unknown): NoteWriting | undefined {
  const writing = writingOf(error);
  return writing?.kind === "note" ? writing : undefined;
}

export function noteTasks(
  actions: NoteActions,
  run: PaneRun,
  dispatch: (event: NotePanelEvent) => void,
): NoteTasks {
  const load = async (kind: NoteKind, preselect: boolean) => {
    const candidates = await run(
      "noteCandidates",
      () => actions.noteCandidates(kind),
      // Why nothing could be listed (a missing table) goes to the problem list like a refusal.
      (c) => (c.problems.length > 0 ? finish({ problems: c.problems }) : { type: "settle" }),
    );
    if (candidates) dispatch({ type: "candidates", kind, candidates, preselect });
  };
  const loadPending = async (days: number) => {
    const pending = await run("signedCopies", () => actions.pendingSignedCopies(days));
    if (pending) dispatch({ type: "pending", pending });
  };
  const send = async (request: NoteRequest, writing?: NoteWriting) => {
    let failure: unknown;
    const outcome = await run(
      "issueNote",
      async (onProgress) => {
        try {
          return await actions.issueNote(request, onProgress, undefined, writing);
        } catch (error) {
          failure = error;
          throw error;
        }
      },
      finish,
    );
    if (!outcome) {
      // The status area says what failed; the section offers the same request again. A retry that
      // failed before it learnt more keeps what the first try was writing.
      dispatch({ type: "interrupted", retry: { request, writing: noteWriting(failure) ?? writing } });
      return;
    }
    dispatch({ type: "issued", outcome });
    // What is left to deliver changed; nothing is ticked again, so the note is not issued twice.
    if (outcome.note) await load(request.kind, false);
  };
  return {
    load,
    loadPending,
    issue: (request, pending) =>
      send(request, pending && sameRequest(pending.request, request) ? pending.writing : undefined),
    retry: (pending) => send(pending.request, pending.writing),
    async mark(mark, days) {
      const outcome = await run("markSignedCopy", () => actions.markSignedCopy(mark), finish);
      if (!outcome || hasErrors(outcome.problems)) return;
      dispatch({ type: "remark", remark: null });
      await loadPending(days);
    },
  };
}
