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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Parses `B3` or `A1:C3` (optionally with `$`, without a sheet) into a rectangle.
 * @returns null when the text is not a cell or range address.
 */
export function parseRectAddress(text: string): Rect | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p.trim()));
  if (cells.some((m) => m === null)) return null;
  const points = cells.map((m) => ({ col: columnIndex(m![1]!), row: Number(m![2]) - 1 }));
  const a = points[0]!;
  const b = points[1] ?? a;
  if (a.row < 0 || b.row < 0) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
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
