/**
 * Exact-match indexes over ranges, for the lookup and conditional-sum functions that replace
 * HyperFormula's scans (see excelFunctions.ts). Each plugin instance keeps its own indexes;
 * HyperFormula creates plugin instances per engine, the engine is rebuilt for every
 * recalculation, and a range's cells are computed before any formula reading it, so an index
 * never holds a stale value.
 */
import type { SimpleRangeValue } from "hyperformula";

/** Unwraps HyperFormula's typed numbers (dates, percents, currencies) to plain numbers. */
export function plainScalar(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/**
 * The key MATCH / VLOOKUP look `value` up under (case-insensitive text, numbers, booleans), or
 * null when the lookup needs HyperFormula's general path (wildcards, blanks, ranges).
 */
export function lookupKey(value: unknown): string | null {
  const plain = plainScalar(value);
  if (typeof plain === "number") return Number.isFinite(plain) ? `n:${plain}` : null;
  if (typeof plain === "boolean") return `b:${plain}`;
  if (typeof plain === "string" && plain !== "" && !/[*?~]/.test(plain)) return `s:${plain.toLowerCase()}`;
  return null;
}

/**
 * A matcher for Excel wildcard text (`*` any run, `?` one character, `~` escapes the next),
 * case-insensitive, against strict keys; null when `value` is not text with wildcards.
 */
export function wildcardMatcher(value: unknown): ((key: string | null) => boolean) | null {
  const plain = plainScalar(value);
  if (typeof plain !== "string" || !/[*?~]/.test(plain)) return null;
  let pattern = "";
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i]!;
    if (ch === "~" && i + 1 < plain.length) {
      pattern += escapeRegExp(plain[++i]!);
    } else if (ch === "*") pattern += "[\\s\\S]*";
    else if (ch === "?") pattern += "[\\s\\S]";
    else pattern += escapeRegExp(ch);
  }
  const regex = new RegExp(`^s:${pattern}$`, "i");
  return (key) => key !== null && regex.test(key);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The key an exact-match SUMIFS / COUNTIFS criterion looks up, or null when it needs
 * HyperFormula's general matching (operators, wildcards, numbers or dates written as text,
 * booleans, blanks, errors).
 */
export function criterionKey(criterion: unknown): string | null {
  const value = plainScalar(criterion);
  if (typeof value === "number") return Number.isFinite(value) ? `n:${value}` : null;
  if (typeof value !== "string" || value === "") return null;
  if (/^[<>=]/.test(value) || /[*?~]/.test(value)) return null;
  const trimmed = value.trim();
  if (trimmed === "" || Number.isFinite(Number(trimmed)) || /^(true|false)$/i.test(trimmed)) return null;
  // Text that may read as a date ("2026-01-05", "1/5") matches dates in Excel: leave it general.
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(trimmed)) return null;
  return `s:${value.toLowerCase()}`;
}

/** The strict key of a cell value (as lookupKey), and for numeric text its number too. */
function cellKeys(value: unknown): [string | null, string | null] {
  const plain = plainScalar(value);
  if (typeof plain === "number") return [Number.isFinite(plain) ? `n:${plain}` : null, null];
  if (typeof plain === "boolean") return [`b:${plain}`, null];
  if (typeof plain === "string") {
    const asNumber = plain.trim() === "" ? Number.NaN : Number(plain);
    return [`s:${plain.toLowerCase()}`, Number.isFinite(asNumber) ? `n:${asNumber}` : null];
  }
  return [null, null];
}

/** An exact-match index over one range (or one column of it), by row-major offset. */
export interface RangeIndex {
  /** Key → offsets of cells holding exactly it (what MATCH finds), ascending. */
  strict: Map<string, number[]>;
  /** Key → offsets, numeric text also under its number (what SUMIFS criteria match). */
  coerced: Map<string, number[]>;
  strictKeys: (string | null)[];
  numericTextKeys: (string | null)[];
}

function pushTo(map: Map<string, number[]>, key: string, offset: number): void {
  const list = map.get(key);
  if (list) list.push(offset);
  else map.set(key, [offset]);
}

function buildIndex(cells: unknown[]): RangeIndex {
  const index: RangeIndex = {
    strict: new Map(),
    coerced: new Map(),
    strictKeys: new Array<string | null>(cells.length),
    numericTextKeys: new Array<string | null>(cells.length),
  };
  cells.forEach((cell, offset) => {
    const [strictKey, numericKey] = cellKeys(cell);
    index.strictKeys[offset] = strictKey;
    index.numericTextKeys[offset] = numericKey;
    if (strictKey !== null) {
      pushTo(index.strict, strictKey, offset);
      pushTo(index.coerced, strictKey, offset);
    }
    if (numericKey !== null) pushTo(index.coerced, numericKey, offset);
  });
  return index;
}

/** The indexes and values of the ranges one plugin instance has seen, by range address. */
export class RangeIndexes {
  private readonly indexes = new Map<string, RangeIndex>();
  private readonly values = new Map<string, unknown[]>();

  /**
   * The index of a range's cells (row-major), or of one of its columns (by row) when `column`
   * is given. Undefined for computed arrays, which have no address to key them by.
   */
  of(range: SimpleRangeValue, column?: number): RangeIndex | undefined {
    const address = rangeAddress(range);
    if (address === null) return undefined;
    const key = column === undefined ? address : `${address}|${column}`;
    let index = this.indexes.get(key);
    if (!index) {
      index = buildIndex(column === undefined ? range.data.flat() : range.data.map((row) => row[column]));
      this.indexes.set(key, index);
    }
    return index;
  }

  /** A range's cell values, row-major. */
  valuesOf(range: SimpleRangeValue): unknown[] | undefined {
    const address = rangeAddress(range);
    if (address === null) return undefined;
    let values = this.values.get(address);
    if (!values) {
      values = range.data.flat();
      this.values.set(address, values);
    }
    return values;
  }
}

function rangeAddress(range: SimpleRangeValue): string | null {
  const r = range.range;
  if (!r) return null;
  return `${r.start.sheet}:${r.start.row}:${r.start.col}:${r.end.row}:${r.end.col}`;
}
