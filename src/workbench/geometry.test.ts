import { newSheet } from "../memory-excel/model";
import {
  columnLefts,
  columnWidthsPx,
  expandToMerges,
  gridExtent,
  MIN_COLUMNS,
  MIN_ROWS,
  mergeLookup,
  mergesEnteringFrom,
  pointsToPx,
  scrollToReveal,
  selectionFromDrag,
  SPARE_ROWS,
  visibleWindow,
} from "./geometry";

describe("visibleWindow", () => {
  test("the rows in view plus overscan", () => {
    expect(visibleWindow(0, 200, 20, 10_000, 5)).toEqual({ first: 0, end: 15 });
    expect(visibleWindow(2000, 200, 20, 10_000, 5)).toEqual({ first: 95, end: 115 });
  });

  test("a partly shown row counts", () => {
    expect(visibleWindow(10, 30, 20, 100, 0)).toEqual({ first: 0, end: 2 });
  });

  test("clamped at the end of the sheet", () => {
    expect(visibleWindow(199_900, 400, 20, 10_000, 5)).toEqual({ first: 9990, end: 10_000 });
    expect(visibleWindow(1e9, 400, 20, 10_000, 5)).toEqual({ first: 10_000, end: 10_000 });
  });

  test("nothing to draw for no rows, negative scroll treated as top", () => {
    expect(visibleWindow(0, 400, 20, 0)).toEqual({ first: 0, end: 0 });
    expect(visibleWindow(-50, 40, 20, 100, 0)).toEqual({ first: 0, end: 2 });
  });
});

describe("selectionFromDrag", () => {
  test("in any direction", () => {
    const rect = { row: 2, col: 1, rows: 4, cols: 3 };
    expect(selectionFromDrag({ row: 2, col: 1 }, { row: 5, col: 3 })).toEqual(rect);
    expect(selectionFromDrag({ row: 5, col: 3 }, { row: 2, col: 1 })).toEqual(rect);
    expect(selectionFromDrag({ row: 5, col: 1 }, { row: 2, col: 3 })).toEqual(rect);
  });

  test("one cell", () => {
    expect(selectionFromDrag({ row: 7, col: 0 }, { row: 7, col: 0 })).toEqual({
      row: 7,
      col: 0,
      rows: 1,
      cols: 1,
    });
  });
});

describe("expandToMerges", () => {
  test("takes in every merged area it touches, transitively", () => {
    const merges = [
      { row: 0, col: 0, rows: 1, cols: 3 },
      { row: 0, col: 2, rows: 3, cols: 1 },
    ];
    expect(expandToMerges({ row: 0, col: 0, rows: 1, cols: 1 }, merges)).toEqual({
      row: 0,
      col: 0,
      rows: 3,
      cols: 3,
    });
  });

  test("unchanged away from merges", () => {
    const rect = { row: 5, col: 5, rows: 2, cols: 2 };
    expect(expandToMerges(rect, [{ row: 0, col: 0, rows: 2, cols: 2 }])).toEqual(rect);
  });
});

describe("columns", () => {
  test("points to pixels", () => {
    expect(pointsToPx(48)).toBe(64);
    expect(pointsToPx(96)).toBe(128);
    expect(pointsToPx(160)).toBe(213);
  });

  test("widths from the model, default elsewhere, and their left edges", () => {
    const widths = columnWidthsPx(new Map([[1, 96]]), 3);
    expect(widths).toEqual([64, 128, 64]);
    expect(columnLefts(widths)).toEqual([0, 64, 192, 256]);
  });
});

describe("gridExtent", () => {
  test("a blank sheet gets the minimum", () => {
    expect(gridExtent(newSheet("s1", "Sheet1"))).toEqual({ rows: MIN_ROWS, cols: MIN_COLUMNS });
  });

  test("the used range, merges and the selection with room to spare", () => {
    const sheet = newSheet("s1", "Sheet1");
    sheet.cells[9999] = [{ value: 1 }];
    sheet.merges.push({ row: 0, col: 20, rows: 1, cols: 3 });
    expect(gridExtent(sheet)).toEqual({ rows: 10_000 + SPARE_ROWS, cols: 27 });
    expect(gridExtent(sheet, { row: 20_000, col: 0, rows: 1, cols: 1 }).rows).toBe(20_001 + SPARE_ROWS);
  });
});

describe("merges", () => {
  const merges = [
    { row: 0, col: 0, rows: 2, cols: 2 },
    { row: 10, col: 1, rows: 5, cols: 1 },
  ];

  test("each covered cell knows its area", () => {
    const lookup = mergeLookup(merges);
    expect(lookup.size).toBe(9);
    expect(lookup.get("1,1")).toBe(merges[0]);
    expect(lookup.get("14,1")).toBe(merges[1]);
    expect(lookup.get("2,0")).toBeUndefined();
  });

  test("areas entering a window from above", () => {
    expect(mergesEnteringFrom(merges, 12)).toEqual([merges[1]]);
    expect(mergesEnteringFrom(merges, 10)).toEqual([]);
    expect(mergesEnteringFrom(merges, 15)).toEqual([]);
  });
});

describe("scrollToReveal", () => {
  test("stays when in view", () => {
    expect(scrollToReveal(100, 300, 200, 20)).toBe(100);
  });

  test("scrolls up to a cell above, down to one below, just enough", () => {
    expect(scrollToReveal(100, 300, 40, 20)).toBe(40);
    expect(scrollToReveal(100, 300, 500, 20)).toBe(220);
  });
});
