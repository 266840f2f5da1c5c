import { MAX_COLUMNS, MAX_ROWS } from "../core/address";
import { editorWidthCh, keyIntent, stepCell, type KeyPress } from "./editing";

function press(key: string, more: Partial<KeyPress> = {}): KeyPress {
  return { key, shift: false, command: false, composing: false, ...more };
}

describe("keys on a selected cell (not editing)", () => {
  test("arrows move the active cell; with Shift they extend the selection", () => {
    expect(keyIntent(press("ArrowDown"), null)).toEqual({ kind: "move", rows: 1, cols: 0, extend: false });
    expect(keyIntent(press("ArrowLeft"), null)).toEqual({ kind: "move", rows: 0, cols: -1, extend: false });
    expect(keyIntent(press("ArrowRight", { shift: true }), null)).toEqual({
      kind: "move",
      rows: 0,
      cols: 1,
      extend: true,
    });
  });
  test("Enter moves down, Tab right; with Shift back", () => {
    expect(keyIntent(press("Enter"), null)).toEqual({ kind: "move", rows: 1, cols: 0, extend: false });
    expect(keyIntent(press("Enter", { shift: true }), null)).toEqual({
      kind: "move",
      rows: -1,
      cols: 0,
      extend: false,
    });
    expect(keyIntent(press("Tab"), null)).toEqual({ kind: "move", rows: 0, cols: 1, extend: false });
    expect(keyIntent(press("Tab", { shift: true }), null)).toEqual({
      kind: "move",
      rows: 0,
      cols: -1,
      extend: false,
    });
  });
  test("Delete clears, Backspace starts an empty entry, F2 edits the content", () => {
    expect(keyIntent(press("Delete"), null)).toEqual({ kind: "clear" });
    expect(keyIntent(press("Backspace"), null)).toEqual({ kind: "editEmpty" });
    expect(keyIntent(press("F2"), null)).toEqual({ kind: "editContent" });
  });
  test("letters, Escape and shortcuts are not the grid's", () => {
    expect(keyIntent(press("a"), null)).toBeNull();
    expect(keyIntent(press("Escape"), null)).toBeNull();
    expect(keyIntent(press("Delete", { command: true }), null)).toBeNull();
    expect(keyIntent(press("ArrowDown", { command: true }), null)).toBeNull();
  });
});

describe("keys in an open edit", () => {
  test("Enter and Tab commit and move; Escape cancels", () => {
    for (const mode of ["enter", "edit"] as const) {
      expect(keyIntent(press("Enter"), mode)).toEqual({ kind: "commit", rows: 1, cols: 0 });
      expect(keyIntent(press("Enter", { shift: true }), mode)).toEqual({ kind: "commit", rows: -1, cols: 0 });
      expect(keyIntent(press("Tab"), mode)).toEqual({ kind: "commit", rows: 0, cols: 1 });
      expect(keyIntent(press("Escape"), mode)).toEqual({ kind: "cancel" });
    }
  });
  test("typing over a cell, arrows commit and move; editing its content, they move the caret", () => {
    expect(keyIntent(press("ArrowUp"), "enter")).toEqual({ kind: "commit", rows: -1, cols: 0 });
    expect(keyIntent(press("ArrowUp"), "edit")).toBeNull();
  });
  test("Delete, Backspace and letters edit the text; Alt+Enter is no commit", () => {
    for (const key of ["Delete", "Backspace", "a", "F2"]) expect(keyIntent(press(key), "enter")).toBeNull();
    expect(keyIntent(press("Enter", { command: true }), "edit")).toBeNull();
  });
  test("an input method's composition keeps every key", () => {
    expect(keyIntent(press("Enter", { composing: true }), "enter")).toBeNull();
    expect(keyIntent(press("ArrowDown", { composing: true }), null)).toBeNull();
  });
});

describe("stepCell", () => {
  test("moves by rows and columns", () => {
    expect(stepCell({ row: 4, col: 2 }, 1, 0)).toEqual({ row: 5, col: 2 });
    expect(stepCell({ row: 4, col: 2 }, 0, -1)).toEqual({ row: 4, col: 1 });
  });
  test("stays inside the grid at its edges", () => {
    expect(stepCell({ row: 0, col: 0 }, -1, -1)).toEqual({ row: 0, col: 0 });
    expect(stepCell({ row: MAX_ROWS - 1, col: MAX_COLUMNS - 1 }, 1, 1)).toEqual({
      row: MAX_ROWS - 1,
      col: MAX_COLUMNS - 1,
    });
  });
});

describe("editorWidthCh", () => {
  test("CJK characters count twice", () => {
    expect(editorWidthCh("")).toBe(2);
    expect(editorWidthCh("abc")).toBe(5);
    expect(editorWidthCh("保温杯")).toBe(8);
  });
});
