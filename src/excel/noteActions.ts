/**
 * What the task pane's 送货单 section asks of the workbook. Implemented by createActions.
 */
import type { NoteCandidates } from "../core/notes/candidates";
import type { NoteDocument, NoteKind, NoteRequest } from "../core/notes/note";
import type { PendingSignedCopy, SignedCopyMark } from "../core/notes/signedCopies";
import type { Lang } from "../core/problems";
import type { ActionOutcome } from "./actions";
import type { ProgressListener } from "./host";
import type { NoteWriting } from "./interruptedWrite";

/** The outcome of issuing a note: the note as written, or the problems that stopped it. */
export interface NoteOutcome extends ActionOutcome {
  /** The note written (absent when refused). */
  note?: NoteDocument;
}

export interface NoteActions {
  /**
   * The customers and order lines a note could take (open lines for a delivery, lines with
   * something delivered for a return) and the order lines selected on 订单.
   */
  noteCandidates(kind: NoteKind): Promise<NoteCandidates>;
  /**
   * Issues a delivery or return note: its sheet (made the active sheet) and its 发货 rows, or a
   * refusal writing nothing. Refusals are said in `lang` (default: the note's language). Done codes:
   * `delivery-issued` / `return-issued` with {number, lines, quantity, amount, currency}.
   * When a request fails after the note was decided, it throws InterruptedWrite; the same request
   * with its `writing` as `retryOf` finishes that note instead of issuing a second one.
   */
  issueNote(
    request: NoteRequest,
    onProgress?: ProgressListener,
    lang?: Lang,
    retryOf?: NoteWriting,
  ): Promise<NoteOutcome>;
  /** Notes whose 回单状态 is still 未回 more than `days` days after their date. */
  pendingSignedCopies(days: number): Promise<PendingSignedCopy[]>;
  /**
   * Marks a note's 发货 rows 已回 (with today's date) or 异常 (with a remark). Done code
   * `signed-copy-marked` with {number, state, rows, date}.
   */
  markSignedCopy(mark: SignedCopyMark, lang?: Lang): Promise<ActionOutcome>;
}
