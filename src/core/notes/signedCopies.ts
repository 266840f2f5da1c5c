/**
 * 回单 (signed copy) tracking: which notes' signed copies have not come back, and marking them.
 */

/** A note whose signed copy is overdue. */
export interface PendingSignedCopy {
  /** 单号 */
  number: string;
  /** The note's date (serial). */
  date: number;
  customer: string;
  /** Days since the note's date. */
  days: number;
  /** 发货 rows of the note. */
  rows: number;
}

/** What the clerk records about a note's signed copy. */
export interface SignedCopyMark {
  number: string;
  state: "已回" | "异常";
  /** Why, for 异常; written to 备注 of the note's rows. */
  remark?: string;
}
