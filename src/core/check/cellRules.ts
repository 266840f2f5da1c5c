/**
 * What a single input cell may hold, by its column's kind (schema.ts): the part of the order check
 * that needs no other cell.
 */
import { serialToIso } from "../dates";
import type { ProblemCode } from "../messages";
import { matchKey } from "../orders/tracking";
import type { CellConstant } from "../plan";
import type { MessageParams } from "../problems";
import type { ColumnSpec } from "../workbook/schema";

/** The last day Excel can show: 9999-12-31. */
export const MAX_DATE_SERIAL = 2_958_465;

/** A problem found in one cell, before it is placed and worded. */
export interface CellIssue {
  code: ProblemCode;
  params: MessageParams;
}

/** Longest cell text a message quotes; longer text is cut with an ellipsis. */
const QUOTE_LIMIT = 40;

/** A cell's value as a message quotes it: text as typed (cut when long), numbers without float noise. */
export function displayValue(value: CellConstant | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return displayNumber(value);
  const text = value.trim();
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/** A number as a person would write it: 105, not 105.00000000000001. */
export function displayNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : String(value);
}

/** A serial date as `YYYY-MM-DD` for messages (the number itself when Excel could not show it). */
export function displayDate(serial: number): string {
  return serialToIso(serial) || displayNumber(serial);
}

/** Whether a number can stand for a date Excel shows (1900-01-01 to 9999-12-31). */
export function isDateSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value < MAX_DATE_SERIAL + 1;
}

/** Judges one non-blank cell: its problem, or null when the value fits. */
export type CellRule = (value: CellConstant | undefined) => CellIssue | null;

/**
 * The rule a non-blank cell of `column` must meet by the column's kind alone (numbers, whole
 * numbers, real dates, one of the listed values), built once per column so checking a cell
 * allocates nothing unless it finds a problem.
 * @returns null for text and general columns, which take anything.
 */
export function cellKindRule(column: ColumnSpec): CellRule | null {
  const issue = (
    code: ProblemCode,
    value: CellConstant | undefined,
    extra: MessageParams = {},
  ): CellIssue => ({
    code,
    params: { column: column.header, value: displayValue(value), ...extra },
  });
  const isNumber = (value: CellConstant | undefined): value is number =>
    typeof value === "number" && Number.isFinite(value);
  switch (column.kind) {
    case "integer":
      return (value) => {
        if (!isNumber(value)) return issue("not-a-number", value);
        return Number.isInteger(value) ? null : issue("not-whole", value);
      };
    case "number":
    case "money":
    case "rate":
      return (value) => (isNumber(value) ? null : issue("not-a-number", value));
    case "date":
      return (value) =>
        isNumber(value) && isDateSerial(value)
          ? null
          : issue("not-a-date", value, { kind: typeof value === "string" ? "text" : "range" });
    case "enum": {
      const options = column.options ?? [];
      if (options.length === 0) return null;
      const exact: ReadonlySet<string> = new Set(options);
      const keys = new Set(options.map((o) => matchKey(o)));
      const listed = options.join(" / ");
      // Drop-downs type the option exactly: try that before comparing without regard to case.
      return (value) =>
        (typeof value === "string" && exact.has(value)) || keys.has(matchKey(value))
          ? null
          : issue("not-in-list", value, { options: listed });
    }
    case "text":
    case "general":
      return null;
  }
}
