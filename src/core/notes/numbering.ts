/**
 * Note numbers: prefix + yyyymmdd + "-" + a daily sequence of at least two digits
 * (SH20261122-01). A number is taken when the 发货 ledger holds it as 单号 or a sheet bears it
 * as its name; both are compared without regard to case, as Excel compares sheet names.
 */
import { serialToDate } from "../dates";

/** Characters a sheet name may not hold (the note's sheet is named by its number). */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Longest prefix that keeps the number a valid sheet name (31 characters) with a 3-digit sequence. */
export const MAX_PREFIX_LENGTH = 31 - "20261122-100".length;

/** Whether `prefix` can start note numbers: non-blank, short enough, and legal in a sheet name. */
export function isValidNotePrefix(prefix: string): boolean {
  const trimmed = prefix.trim();
  return (
    trimmed.length > 0 &&
    trimmed === prefix &&
    prefix.length <= MAX_PREFIX_LENGTH &&
    !SHEET_NAME_FORBIDDEN.test(prefix) &&
    !prefix.startsWith("'")
  );
}

/** `yyyymmdd` of a serial date. @throws RangeError for a serial that is not a date. */
export function compactDate(serial: number): string {
  const parts = serialToDate(serial);
  if (!parts) throw new RangeError(`Not a date serial: ${serial}`);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(parts.year, 4)}${pad(parts.month, 2)}${pad(parts.day, 2)}`;
}

/** The number for a prefix, date and sequence, e.g. `noteNumber("SH", d, 1)` → `SH20261122-01`. */
export function noteNumber(prefix: string, date: number, sequence: number): string {
  return `${prefix}${compactDate(date)}-${String(sequence).padStart(2, "0")}`;
}

/**
 * The first free number of the day: one past the highest sequence already used with this prefix
 * and date, so a number is never reused even when an earlier note was deleted from the ledger.
 * @param taken 单号 values of 发货 and the workbook's sheet names (any text; others are ignored).
 */
export function nextNoteNumber(prefix: string, date: number, taken: Iterable<string>): string {
  const stem = `${prefix}${compactDate(date)}-`.toUpperCase();
  let highest = 0;
  for (const name of taken) {
    const upper = name.trim().toUpperCase();
    if (!upper.startsWith(stem)) continue;
    const rest = upper.slice(stem.length);
    if (!/^\d{1,6}$/.test(rest)) continue;
    highest = Math.max(highest, Number(rest));
  }
  return noteNumber(prefix, date, highest + 1);
}
