/**
 * A write whose request failed on the way (the connection dropped, Excel on the web timed out): the
 * action cannot know whether the workbook took it. The error says what the action was writing, so
 * that a retry can look for it before writing again and finish it rather than write it twice.
 * Kept free of anything but types, so the task pane can import it without weighing on its chunks.
 */
import type { NoteDocument } from "../core/notes/note";

/** What an action was writing when a request failed. */
export type Writing =
  /** A delivery or return note: its sheet (named by its number) and its 发货 rows. */
  | { kind: "note"; note: NoteDocument }
  /** One customer's statement sheet. */
  | { kind: "statement"; sheet: string }
  /** The month-end batch: the 应收汇总 sheet and each customer's statement sheet. */
  | { kind: "statements"; summarySheet: string; sheets: { customer: string; sheet: string }[] };

export type NoteWriting = Extract<Writing, { kind: "note" }>;
export type StatementWriting = Extract<Writing, { kind: "statement" }>;
export type StatementsWriting = Extract<Writing, { kind: "statements" }>;

/**
 * Thrown by an action when a request failed after it had decided what to write: the host's error
 * (`cause`), with its message and code as they were, and what was being written. Pass `writing`
 * back to the same action as `retryOf` to retry without a duplicate.
 */
export class InterruptedWrite extends Error {
  override readonly name = "InterruptedWrite";
  /** The host's error code (e.g. `GeneralException`), so the pane says it as before. */
  readonly code: string | undefined;

  constructor(
    readonly writing: Writing,
    cause: unknown,
  ) {
    const { message, code } = (cause ?? {}) as { message?: unknown; code?: unknown };
    super(typeof message === "string" && message !== "" ? message : String(cause), { cause });
    this.code = typeof code === "string" ? code : undefined;
  }
}

/** What a failed action was writing, when its error says; undefined for any other error. */
export function writingOf(error: unknown): Writing | undefined {
  return error instanceof InterruptedWrite ? error.writing : undefined;
}

/**
 * Runs `work`, which calls `track` with what it is about to write (or undefined once that is no
 * longer in question); an error thrown while something is tracked becomes an InterruptedWrite
 * carrying it. An InterruptedWrite from within passes through as it is.
 */
export async function trackWriting<T>(
  work: (track: (writing: Writing | undefined) => void) => Promise<T>,
): Promise<T> {
  let writing: Writing | undefined;
  try {
    return await work((w) => {
      writing = w;
    });
  } catch (error) {
    if (writing === undefined || error instanceof InterruptedWrite) throw error;
    throw new InterruptedWrite(writing, error);
  }
}
