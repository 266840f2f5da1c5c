/**
 * Rectangles and A1 addresses as the API speaks them: whole columns (`A:C`), whole rows (`2:5`),
 * sheet-qualified addresses, and the rectangle arithmetic behind validation and formats.
 */
import { columnLetters, parseRectAddress, quoteSheetName, splitSheetAddress } from "../../core/address";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../model";

/** Splits an address that may carry a sheet (`'my sheet'!A1`, `订单!A1:B2`). */
export function parseAddress(text: string): { sheet: string; rect: Rect } | null {
  const { sheet, address } = splitSheetAddress(text.trim());
  const rect = parseRectAddress(address);
  return rect ? { sheet, rect } : null;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rows === MAX_ROWS;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.col === 0 && rect.cols === MAX_COLUMNS;
}

function corner(row: number, col: number, absolute: boolean): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** `A1:C3`, `A:C` or `2:5` as Excel writes it (absolute with `$` when asked). */
export function localAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (isWholeColumns(rect) && !isWholeRows(rect)) {
    return `${d}${columnLetters(rect.col)}:${d}${columnLetters(lastCol)}`;
  }
  if (isWholeRows(rect) && !isWholeColumns(rect)) return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  const tl = corner(rect.row, rect.col, absolute);
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:${corner(lastRow, lastCol, absolute)}`;
}

/** `订单!A1:C3`, `'my sheet'!B2`: a Range's `address`. */
export function sheetAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${localAddress(rect, absolute)}`;
}

/** Parses a reference formula such as `=参数!$B$5` or `='my sheet'!$A$1:$A$9`. */
export function parseReferenceFormula(formula: string): { sheet: string; rect: Rect } | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!text.includes("!")) return null;
  return parseAddress(text);
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.cols;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const end = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (end <= row || colEnd <= col) return null;
  return { row, col, rows: end - row, cols: colEnd - col };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const end = Math.max(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.max(a.col + a.cols, b.col + b.cols);
  return { row, col, rows: end - row, cols: colEnd - col };
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** `a` without the cells of `b`, as at most four rectangles (bands above and below, sides between). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const hit = intersect(a, b);
  if (!hit) return [a];
  const out: Rect[] = [];
  if (hit.row > a.row) out.push({ row: a.row, col: a.col, rows: hit.row - a.row, cols: a.cols });
  const hitEnd = hit.row + hit.rows;
  const aEnd = a.row + a.rows;
  if (aEnd > hitEnd) out.push({ row: hitEnd, col: a.col, rows: aEnd - hitEnd, cols: a.cols });
  if (hit.col > a.col) out.push({ row: hit.row, col: a.col, rows: hit.rows, cols: hit.col - a.col });
  const hitColEnd = hit.col + hit.cols;
  const aColEnd = a.col + a.cols;
  if (aColEnd > hitColEnd)
    out.push({ row: hit.row, col: hitColEnd, rows: hit.rows, cols: aColEnd - hitColEnd });
  return out;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
