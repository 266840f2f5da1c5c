/**
 * Moves the relative references of a formula, as Excel does when a formula written for one cell
 * stands for another: a conditional format's formula is written for the top-left cell of its
 * range and read, for each cell, shifted by that cell's offset from it.
 */
import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from "../core/address";
import { isFunctionCall, isSheetPrefix, tokenize, type Token } from "../memory-excel/formula/lexer";

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN_REF = /^(\$?)([A-Za-z]{1,3})$/;
const ROW_REF = /^(\$?)(\d+)$/;
const REF_ERROR = "#REF!";

/** True when the token at `index` is one end of a `:` range (`A:C`, `2:5`). */
function isRangeEnd(tokens: readonly Token[], index: number): boolean {
  return Boolean(tokens[index - 1]?.text.endsWith(":") || tokens[index + 1]?.text.startsWith(":"));
}

/** A 0-based column moved by `by` unless absolute; null when it leaves the sheet. */
function movedColumn(col: number, absolute: boolean, by: number): number | null {
  const moved = absolute ? col : col + by;
  return moved >= 0 && moved < MAX_COLUMNS ? moved : null;
}

/** A 0-based row moved by `by` unless absolute; null when it leaves the sheet. */
function movedRow(row: number, absolute: boolean, by: number): number | null {
  const moved = absolute ? row : row + by;
  return moved >= 0 && moved < MAX_ROWS ? moved : null;
}

/** The shifted text of one reference word, or undefined when the word is not a reference. */
function shiftWord(word: string, rangeEnd: boolean, rows: number, cols: number): string | undefined {
  const cell = CELL_REF.exec(word);
  if (cell) {
    const col = columnIndex(cell[2]!);
    const row = Number(cell[4]) - 1;
    // `ZZZ1` or `A0` are not cells (Excel would read them as names, or refuse them).
    if (col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
    const newCol = movedColumn(col, cell[1] === "$", cols);
    const newRow = movedRow(row, cell[3] === "$", rows);
    if (newCol === null || newRow === null) return REF_ERROR;
    return `${cell[1]!}${columnLetters(newCol)}${cell[3]!}${newRow + 1}`;
  }
  if (!rangeEnd) return undefined;
  const column = COLUMN_REF.exec(word);
  if (column) {
    const col = columnIndex(column[2]!);
    if (col >= MAX_COLUMNS) return undefined;
    const newCol = movedColumn(col, column[1] === "$", cols);
    return newCol === null ? REF_ERROR : `${column[1]!}${columnLetters(newCol)}`;
  }
  const rowRef = ROW_REF.exec(word);
  if (rowRef) {
    const row = Number(rowRef[2]) - 1;
    if (row < 0 || row >= MAX_ROWS) return undefined;
    const newRow = movedRow(row, rowRef[1] === "$", rows);
    return newRow === null ? REF_ERROR : `${rowRef[1]!}${newRow + 1}`;
  }
  return undefined;
}

/**
 * `formula` as it reads `rows` rows down and `cols` columns right of where it was written:
 * relative parts of A1 references (`B2`, `B$2`, `$B2`, `A:C`, `2:5`, on any sheet) move, `$` parts
 * stay; text literals, function names, workbook names and structured references are untouched.
 * A reference moved off the sheet becomes `#REF!`, as when Excel copies such a formula.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const tokens = tokenize(formula);
  let out = "";
  tokens.forEach((token, index) => {
    const isReference =
      (token.kind === "word" || token.kind === "number") &&
      !isFunctionCall(tokens, index) &&
      !isSheetPrefix(tokens, index);
    // A bare number is a reference only as a row range's end (`2:5`).
    const rangeEnd = isReference && isRangeEnd(tokens, index);
    const shifted =
      isReference && (token.kind === "word" || rangeEnd)
        ? shiftWord(token.text, rangeEnd, rows, cols)
        : undefined;
    out += shifted ?? token.text;
  });
  return out;
}
