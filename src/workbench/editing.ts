/**
 * What a key does in the workbench grid, as in Excel: pure decisions, so the page only carries
 * them out. Excel has two ways of editing a cell: typing over it ("enter" mode, where arrow keys
 * finish the entry and move on) and editing its content (F2, a double-click or the formula bar:
 * "edit" mode, where arrow keys move the caret).
 */
import { MAX_COLUMNS, MAX_ROWS } from "../core/address";
import type { CellPosition } from "./geometry";

export type EditMode = "enter" | "edit";

/** The parts of a keyboard event the decision needs. */
export interface KeyPress {
  key: string;
  shift: boolean;
  /** Ctrl, Alt or Meta held: shortcuts this grid leaves alone. */
  command: boolean;
  /** Part of an input method's composition (pinyin being typed): never ours. */
  composing: boolean;
}

export type KeyIntent =
  /** Move the active cell, or with `extend` the far corner of the selection. */
  | { kind: "move"; rows: number; cols: number; extend: boolean }
  /** Finish the edit, then move the active cell. */
  | { kind: "commit"; rows: number; cols: number }
  | { kind: "cancel" }
  /** Delete: clear the contents of the selected cells. */
  | { kind: "clear" }
  /** F2: edit the cell's content in place. */
  | { kind: "editContent" }
  /** Backspace on a cell: start an empty entry. */
  | { kind: "editEmpty" };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The intent of a key pressed in the grid (`editing` null) or in an open edit.
 * @returns null when the key is not the grid's: the input field handles it (typing, caret moves).
 */
export function keyIntent(press: KeyPress, editing: EditMode | null): KeyIntent | null {
  if (press.composing) return null;
  const back = press.shift ? -1 : 1;
  switch (press.key) {
    case "Enter":
      // Alt+Enter is a line break inside the cell in Excel; not a commit.
      if (press.command) return null;
      return editing
        ? { kind: "commit", rows: back, cols: 0 }
        : { kind: "move", rows: back, cols: 0, extend: false };
    case "Tab":
      if (press.command) return null;
      return editing
        ? { kind: "commit", rows: 0, cols: back }
        : { kind: "move", rows: 0, cols: back, extend: false };
    case "Escape":
      return editing ? { kind: "cancel" } : null;
    case "Delete":
      return editing || press.command ? null : { kind: "clear" };
    case "Backspace":
      return editing || press.command ? null : { kind: "editEmpty" };
    case "F2":
      return editing ? null : { kind: "editContent" };
  }
  const arrow = ARROWS[press.key];
  if (!arrow || press.command) return null;
  if (editing === "edit") return null;
  if (editing === "enter") return { kind: "commit", rows: arrow[0], cols: arrow[1] };
  return { kind: "move", rows: arrow[0], cols: arrow[1], extend: press.shift };
}

/** `cell` moved by (rows, cols), kept inside Excel's grid. */
export function stepCell(cell: CellPosition, rows: number, cols: number): CellPosition {
  return {
    row: Math.min(MAX_ROWS - 1, Math.max(0, cell.row + rows)),
    col: Math.min(MAX_COLUMNS - 1, Math.max(0, cell.col + cols)),
  };
}

/**
 * The in-cell editor's width in `ch`: enough for `text` (CJK characters are two wide), so a long
 * entry spills over the cells to its right as in Excel; the cell's own width is the minimum.
 */
export function editorWidthCh(text: string): number {
  let width = 2;
  for (const ch of text)
    width += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}
