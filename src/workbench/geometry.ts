/**
 * Pure geometry of the workbench grid: which rows to draw for a scroll position, where columns
 * start, the rectangle a drag selects, and how far to scroll to show a cell.
 */
import { DEFAULT_COLUMN_WIDTH, usedRect, type Rect, type SheetModel } from "../memory-excel/model";

/** Every grid row is drawn this tall: a fixed height keeps virtualisation a division. */
export const ROW_HEIGHT_PX = 20;
/** The column-letter header. */
export const HEADER_HEIGHT_PX = 20;
/** The row-number column. */
export const ROW_HEADER_WIDTH_PX = 46;
/** Rows and columns shown beyond the used range, so there is room to click. */
export const SPARE_ROWS = 30;
export const SPARE_COLUMNS = 4;
export const MIN_ROWS = 60;
export const MIN_COLUMNS = 16;

/** Excel points to CSS pixels (96 px per 72 pt). */
export function pointsToPx(points: number): number {
  return Math.round((points * 4) / 3);
}

export interface RowWindow {
  /** First row to draw. */
  first: number;
  /** One past the last row to draw. */
  end: number;
}

/**
 * The rows to draw for a scroll position: those in view plus `overscan` on each side, so a
 * small scroll shows no blank strip before the next render.
 */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 5,
): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(rowCount, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const end = Math.min(rowCount, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}

export interface CellPosition {
  row: number;
  col: number;
}

/** The rectangle between two cells, in whichever direction the mouse went. */
export function selectionFromDrag(a: CellPosition, b: CellPosition): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** A selection grown to take in every merged area it touches, as Excel does. */
export function expandToMerges(rect: Rect, merges: readonly Rect[]): Rect {
  let r = rect;
  for (let changed = true; changed;) {
    changed = false;
    for (const m of merges) {
      const overlaps =
        m.row < r.row + r.rows && r.row < m.row + m.rows && m.col < r.col + r.cols && r.col < m.col + m.cols;
      if (!overlaps) continue;
      const top = Math.min(r.row, m.row);
      const left = Math.min(r.col, m.col);
      const bottom = Math.max(r.row + r.rows, m.row + m.rows);
      const right = Math.max(r.col + r.cols, m.col + m.cols);
      if (top !== r.row || left !== r.col || bottom !== r.row + r.rows || right !== r.col + r.cols) {
        r = { row: top, col: left, rows: bottom - top, cols: right - left };
        changed = true;
      }
    }
  }
  return r;
}

/** Column widths in pixels for columns 0..count-1, from the sheet's widths in points. */
export function columnWidthsPx(widths: ReadonlyMap<number, number>, count: number): number[] {
  return Array.from({ length: count }, (_, c) => pointsToPx(widths.get(c) ?? DEFAULT_COLUMN_WIDTH));
}

/** Left edge of each column and, last, the total width: `lefts[c + 1] - lefts[c]` is column c's width. */
export function columnLefts(widthsPx: readonly number[]): number[] {
  const lefts = [0];
  for (const w of widthsPx) lefts.push((lefts[lefts.length - 1] ?? 0) + w);
  return lefts;
}

/** How many rows and columns to draw: the used range, merges, the selection and frozen rows, with room to spare. */
export function gridExtent(sheet: SheetModel, selection?: Rect): { rows: number; cols: number } {
  let rows = sheet.freeze.rows;
  let cols = 0;
  const take = (r: Rect | null | undefined) => {
    if (!r) return;
    rows = Math.max(rows, r.row + r.rows);
    cols = Math.max(cols, r.col + r.cols);
  };
  take(usedRect(sheet));
  sheet.merges.forEach(take);
  take(selection);
  for (const c of sheet.columnWidths.keys()) cols = Math.max(cols, c + 1);
  return { rows: Math.max(MIN_ROWS, rows + SPARE_ROWS), cols: Math.max(MIN_COLUMNS, cols + SPARE_COLUMNS) };
}

/** Where merged areas are: the area each covered cell belongs to, keyed `row,col`. */
export function mergeLookup(merges: readonly Rect[]): Map<string, Rect> {
  const lookup = new Map<string, Rect>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) lookup.set(`${r},${c}`, m);
    }
  }
  return lookup;
}

/** Merged areas that start above row `first` and reach into it: their top-left cell must be drawn too. */
export function mergesEnteringFrom(merges: readonly Rect[], first: number): Rect[] {
  return merges.filter((m) => m.row < first && m.row + m.rows > first);
}

/**
 * The scroll offset that brings [start, start + size) into a viewport of `viewport` pixels
 * scrolled to `current`, moving as little as possible (unchanged when already in view).
 */
export function scrollToReveal(current: number, viewport: number, start: number, size: number): number {
  if (start < current) return Math.max(0, start);
  if (start + size > current + viewport) return Math.max(0, start + size - viewport);
  return current;
}
