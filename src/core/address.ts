/**
 * A1 addresses: column letters, cell and range addresses, parsing. 0-based rows and columns.
 * Pure, shared by core, excel/ and memory-excel.
 */

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Converts a 0-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Converts column letters to a 0-based index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `B3` for row 2, col 1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `A1` or `A1:C3` (no sheet, no `$`) for a rectangle. */
export function rectAddress(rect: Rect): string {
  const tl = cellAddress(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/** Excel's grid limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function inGrid(row: number, col: number): boolean {
  return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLUMNS;
}

/** The rectangle spanned by two corners, in either order. */
function span(r1: number, c1: number, r2: number, c2: number): Rect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r1 - r2) + 1, cols: Math.abs(c1 - c2) + 1 };
}

/**
 * Parses a sheet-local address: `B3`, `A1:C3`, `$A$1`, whole columns `A:C`, whole rows `2:5`.
 * @returns null when the text is not an address inside Excel's grid.
 */
export function parseRectAddress(text: string): Rect | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const first = parts[0]!.trim();
  const second = (parts[1] ?? parts[0]!).trim();
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const c1 = columnIndex(a[1]!);
    const r2 = Number(b[2]) - 1;
    const c2 = columnIndex(b[1]!);
    if (!inGrid(r1, c1) || !inGrid(r2, c2)) return null;
    return span(r1, c1, r2, c2);
  }
  if (parts.length !== 2) return null;
  const ca = COLUMN.exec(first);
  const cb = COLUMN.exec(second);
  if (ca && cb) {
    const c1 = columnIndex(ca[1]!);
    const c2 = columnIndex(cb[1]!);
    if (!inGrid(0, c1) || !inGrid(0, c2)) return null;
    return { ...span(0, c1, 0, c2), row: 0, rows: MAX_ROWS };
  }
  const ra = ROW.exec(first);
  const rb = ROW.exec(second);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    if (!inGrid(r1, 0) || !inGrid(r2, 0)) return null;
    return { ...span(r1, 0, r2, 0), col: 0, cols: MAX_COLUMNS };
  }
  return null;
}

/** Splits `'my sheet'!A1:B2` or `订单!A1` into sheet and local address; sheet is "" when absent. */
export function splitSheetAddress(text: string): { sheet: string; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1) };
}

/** Quotes a sheet name for a reference when Excel would: `'my sheet'!A1`, `订单!A1`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to one cell with its sheet, e.g. `参数!$B$5`. */
export function absoluteCellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!$${columnLetters(col)}$${row + 1}`;
}
