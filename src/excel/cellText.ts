/**
 * Writing a string through `Range.values` makes Excel parse it as if typed: `=1+1` becomes a
 * formula, `00123` a number, `2026-11-22` a date, `TRUE` a boolean. A leading apostrophe makes
 * Excel keep the rest as text (the apostrophe itself is not stored). Text stays text (DESIGN.md §2.3).
 */
const PARSED_AS_INPUT = /^(?:[=+\-@'#]|\s*[-+$¥€£(]?\s*[\d.])|^(?:true|false)$|^[A-Za-z]{3,9}[\s-]+\d/i;

/** The input that makes Excel store exactly `text` as a text value. */
export function textInput(text: string): string {
  return PARSED_AS_INPUT.test(text) ? `'${text}` : text;
}

/** Constants for `Range.values`: strings guarded by `textInput`, numbers and booleans as they are. */
export function constantsInput(
  values: readonly (readonly (string | number | boolean | null)[])[],
): (string | number | boolean)[][] {
  return values.map((row) => row.map((v) => (v === null ? "" : typeof v === "string" ? textInput(v) : v)));
}
