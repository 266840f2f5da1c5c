/**
 * Where the grid's rows are when some have their own height (a note sheet's title, wrapped
 * lines): tops and heights in pixels, and the rows a scroll position shows. Rows without a height
 * of their own keep the default, so a sheet without any costs nothing more than before.
 */
import { pointsToPx, ROW_HEIGHT_PX } from "./geometry";

export interface RowLayout {
  /** Pixels from the top of row 0 to the top of `row`. */
  top(row: number): number;
  /** Height of `row` in pixels (0 for a hidden row). */
  height(row: number): number;
  /** The row at `y` pixels from the top of row 0 (the last row for y past the end). */
  rowAt(y: number): number;
  /** Rows laid out. */
  readonly count: number;
}

/**
 * The layout of `count` rows whose heights in points are in `heights` (absent: the default).
 * Lookups are binary searches over the rows that have a height of their own.
 */
export function rowLayout(heights: ReadonlyMap<number, number>, count: number): RowLayout {
  const custom = [...heights.keys()].filter((r) => r >= 0 && r < count).sort((a, b) => a - b);
  const extra = custom.map((r) => pointsToPx(heights.get(r) ?? 0) - ROW_HEIGHT_PX);
  // before[i]: the extra pixels of custom rows 0..i-1.
  const before = [0];
  for (const e of extra) before.push((before[before.length - 1] ?? 0) + e);

  /** How many custom rows lie above `row`. */
  function customAbove(row: number): number {
    let lo = 0;
    let hi = custom.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((custom[mid] ?? 0) < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  const top = (row: number): number => row * ROW_HEIGHT_PX + (before[customAbove(row)] ?? 0);
  const height = (row: number): number => {
    const i = customAbove(row);
    return custom[i] === row ? ROW_HEIGHT_PX + (extra[i] ?? 0) : ROW_HEIGHT_PX;
  };
  const rowAt = (y: number): number => {
    // The last row whose top is at or above y.
    let lo = 0;
    let hi = Math.max(count - 1, 0);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (top(mid) <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { top, height, rowAt, count };
}

/**
 * The rows to draw from `first` (the first scrolling row) for a scroll position: those in view
 * plus `overscan` on each side.
 * @returns `first..end` as row numbers (end exclusive), inside `first..layout.count`.
 */
export function visibleRows(
  layout: RowLayout,
  first: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 5,
): { first: number; end: number } {
  if (layout.count <= first) return { first, end: first };
  const origin = layout.top(first);
  const top = origin + Math.max(0, scrollTop);
  const start = Math.max(first, layout.rowAt(top) - overscan);
  // The last row in view holds the viewport's last pixel.
  const bottom = top + Math.max(0, viewportHeight - 1);
  const end = Math.min(layout.count, layout.rowAt(bottom) + 1 + overscan);
  return { first: start, end: Math.max(start, end) };
}
