/**
 * What the 送货单 section's buttons do: each calls one note action through the pane's runner (so
 * the status area shows it and every button waits) and feeds what comes back to the section's
 * reducer. Kept out of the component so the flows can be tested without a DOM.
 */
import type { NoteKind, NoteRequest } from "../core/notes/note";
import type { SignedCopyMark } from "../core/notes/signedCopies";
import { hasErrors } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import type { NoteActions } from "../excel/noteActions";
import type { NotePanelEvent } from "./noteForm";
import type { PaneEvent, PaneRun } from "./paneState";

export interface NoteTasks {
  /** Reads the lines a note of `kind` could take; `preselect` ticks those selected on 订单. */
  load(kind: NoteKind, preselect: boolean): Promise<void>;
  /** Issues the note; when written, reads the lines again (their quantities changed). */
  issue(request: NoteRequest): Promise<void>;
  /** Reads the notes whose signed copy is out more than `days` days. */
  loadPending(days: number): Promise<void>;
  /** Records a signed copy, then reads the list again. */
  mark(mark: SignedCopyMark, days: number): Promise<void>;
}

/** The status area and the problem list show an action's outcome: what it did, or why it refused. */
const finish = (outcome: ActionOutcome): PaneEvent => ({ type: "finish", outcome });

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
  return {
    load,
    loadPending,
    async issue(request) {
      const outcome = await run("issueNote", (onProgress) => actions.issueNote(request, onProgress), finish);
      if (!outcome) return;
      dispatch({ type: "issued", outcome });
      // What is left to deliver changed; nothing is ticked again, so the note is not issued twice.
      if (outcome.note) await load(request.kind, false);
    },
    async mark(mark, days) {
      const outcome = await run("markSignedCopy", () => actions.markSignedCopy(mark), finish);
      if (!outcome || hasErrors(outcome.problems)) return;
      dispatch({ type: "remark", remark: null });
      await loadPending(days);
    },
  };
}
