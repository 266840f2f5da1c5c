import { ROW_HEIGHT_PX, visibleWindow } from "./geometry";
import { rowLayout, visibleRows } from "./rowLayout";

describe("rowLayout", () => {
  test("without heights of their own, rows are the default height apart", () => {
    const layout = rowLayout(new Map(), 100);
    expect(layout.top(0)).toBe(0);
    expect(layout.top(7)).toBe(7 * ROW_HEIGHT_PX);
    expect(layout.height(7)).toBe(ROW_HEIGHT_PX);
    expect(layout.rowAt(7 * ROW_HEIGHT_PX + 3)).toBe(7);
  });

  test("rows with their own height (points) push the rows below down", () => {
    // Row 1 is 30 points (40 px), row 3 hidden, row 5 is 7.5 points (10 px).
    const layout = rowLayout(
      new Map([
        [1, 30],
        [3, 0],
        [5, 7.5],
      ]),
      10,
    );
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => layout.top(r))).toEqual([0, 20, 60, 80, 80, 100, 110]);
    expect([0, 1, 3, 5].map((r) => layout.height(r))).toEqual([20, 40, 0, 10]);
    expect(layout.rowAt(0)).toBe(0);
    expect(layout.rowAt(59)).toBe(1);
    expect(layout.rowAt(80)).toBe(4);
    expect(layout.rowAt(105)).toBe(5);
    expect(layout.rowAt(10_000)).toBe(9);
    expect(layout.rowAt(-5)).toBe(0);
  });

  test("heights beyond the rows laid out are ignored", () => {
    expect(rowLayout(new Map([[50, 100]]), 10).top(9)).toBe(9 * ROW_HEIGHT_PX);
  });
});

describe("visibleRows", () => {
  test("with default heights it draws what visibleWindow draws, offset by the frozen rows", () => {
    const layout = rowLayout(new Map(), 500);
    for (const scrollTop of [0, 13, 400, 9000]) {
      const fixed = visibleWindow(scrollTop, 300, ROW_HEIGHT_PX, 500 - 2);
      expect(visibleRows(layout, 2, scrollTop, 300)).toEqual({ first: fixed.first + 2, end: fixed.end + 2 });
    }
  });

  test("tall rows mean fewer rows in view", () => {
    const tall = new Map(Array.from({ length: 100 }, (_, r) => [r, 60] as [number, number]));
    expect(visibleRows(rowLayout(tall, 100), 0, 0, 400, 0)).toEqual({ first: 0, end: 5 });
    expect(visibleRows(rowLayout(new Map(), 100), 0, 0, 400, 0)).toEqual({ first: 0, end: 20 });
  });

  test("nothing to draw below the last row", () => {
    expect(visibleRows(rowLayout(new Map(), 3), 3, 0, 400)).toEqual({ first: 3, end: 3 });
  });
});
