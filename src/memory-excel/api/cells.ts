/**
 * Reading and writing cell grids on the model: values, formulas, number formats and styles over a
 * rectangle, straight on the sparse `cells[row][col]` arrays so that 100,000-row blocks stay fast.
 */
import { formatValue } from "../numberFormat";
import {
  type Cell,
  type CellStyle,
  type ComputedValue,
  isErrorValue,
  type Rect,
  type Scalar,
  type SheetModel,
} from "../model";
import { invalidArgument } from "./errors";
import { isWholeColumns, isWholeRows } from "./rects";

/** Days from Excel's epoch (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
/** The short date format a zh-CN Excel gives a typed date. */
export const TYPED_DATE_FORMAT = "yyyy/m/d";

/** What a typed string becomes in a cell, as Excel parses input. */
interface ParsedInput {
  value: Scalar;
  numberFormat?: string;
}

/**
 * Parses a string written through `values` the way Excel parses typing: numbers, percentages,
 * TRUE/FALSE and ISO dates become numbers/booleans; a leading apostrophe keeps the rest as text.
 * Currency symbols and locale-specific dates are not parsed (they stay text).
 */
export function parseTypedInput(text: string): ParsedInput {
  const first = text.charCodeAt(0);
  if (first === 39 /* ' */) return { value: text.slice(1) };
  // Most text cannot be anything else: only digits, signs, dots and T/F start other kinds of input.
  const maybeParsed =
    (first >= 48 && first <= 57) ||
    first === 43 ||
    first === 45 ||
    first === 46 ||
    (first | 32) === 116 ||
    (first | 32) === 102;
  if (!maybeParsed) return { value: text };
  if (NUMBER.test(text)) return { value: Number(text) };
  if (GROUPED_NUMBER.test(text)) return { value: Number(text.replace(/,/g, "")) };
  const percent = PERCENT.exec(text);
  if (percent) {
    const n = Number(percent[1]) / 100;
    return { value: n, numberFormat: Number.isInteger(n * 100) ? "0%" : "0.00%" };
  }
  const upper = text.length <= 5 ? text.toUpperCase() : "";
  if (upper === "TRUE") return { value: true };
  if (upper === "FALSE") return { value: false };
  const date = ISO_DATE.exec(text);
  if (date) {
    const y = Number(date[1]);
    const m = Number(date[2]);
    const d = Number(date[3]);
    const ms = Date.UTC(y, m - 1, d);
    const check = new Date(ms);
    if (
      check.getUTCFullYear() === y &&
      check.getUTCMonth() === m - 1 &&
      check.getUTCDate() === d &&
      y >= 1900
    ) {
      return { value: ms / MS_PER_DAY + UNIX_EPOCH_SERIAL, numberFormat: TYPED_DATE_FORMAT };
    }
  }
  return { value: text };
}

/** Checks a 2-D array against the range's shape; a non-array is one value for every cell. */
export function checkShape(data: unknown, rect: Rect, location: string): void {
  if (!Array.isArray(data)) {
    if (data !== null && typeof data === "object") throw invalidArgument("expected a 2-D array", location);
    return;
  }
  if (data.length !== rect.rows) {
    throw invalidArgument(`the array has ${data.length} rows but the range has ${rect.rows}`, location);
  }
  for (const row of data) {
    if (!Array.isArray(row) || row.length !== rect.cols) {
      throw invalidArgument(
        `a row of the array has ${Array.isArray(row) ? row.length : "no"} columns but the range has ${rect.cols}`,
        location,
      );
    }
  }
}

function rowOf(sheet: SheetModel, row: number): (Cell | undefined)[] {
  let cells = sheet.cells[row];
  if (!cells) {
    cells = [];
    sheet.cells[row] = cells;
  }
  return cells;
}

function withNumberFormat(style: CellStyle | undefined, numberFormat: string): CellStyle {
  return { ...style, numberFormat };
}

/** Sets a cell's constant. `delete` only when needed: deleting turns objects into slow dictionaries. */
function setConstant(cells: (Cell | undefined)[], col: number, value: Scalar): Cell {
  const cell = cells[col];
  if (!cell) {
    const fresh: Cell = { value };
    cells[col] = fresh;
    return fresh;
  }
  cell.value = value;
  if (cell.formula !== undefined) delete cell.formula;
  if (cell.computed !== undefined) delete cell.computed;
  return cell;
}

/** Writes one input value into a cell; null/undefined leave it unchanged, as in Office.js. */
function writeInput(cells: (Cell | undefined)[], col: number, input: unknown, location: string): boolean {
  if (input === null || input === undefined) return false;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument("numbers must be finite", location);
    setConstant(cells, col, input);
    return true;
  }
  if (typeof input === "boolean") {
    setConstant(cells, col, input);
    return true;
  }
  if (typeof input !== "string") throw invalidArgument(`cannot write a ${typeof input} to a cell`, location);
  const cell = cells[col];
  if (input === "") {
    if (!cell) return true;
    if (!cell.style) {
      cells[col] = undefined;
      return true;
    }
    if (cell.value !== undefined) delete cell.value;
    if (cell.formula !== undefined) delete cell.formula;
    if (cell.computed !== undefined) delete cell.computed;
    return true;
  }
  if (input.length > 1 && input.charCodeAt(0) === 61 /* = */) {
    if (!cell) cells[col] = { formula: input };
    else {
      cell.formula = input;
      if (cell.value !== undefined) delete cell.value;
      if (cell.computed !== undefined) delete cell.computed;
    }
    return true;
  }
  const parsed = parseTypedInput(input);
  const written = setConstant(cells, col, parsed.value);
  if (parsed.numberFormat && (written.style?.numberFormat ?? "General") === "General") {
    written.style = withNumberFormat(written.style, parsed.numberFormat);
  }
  return true;
}

/**
 * Writes values or formulas (Office.js treats both alike on input) into `rect`.
 * @returns the number of cells written.
 * @throws InvalidArgument for a shape mismatch or a value no cell can hold.
 */
export function writeCells(sheet: SheetModel, rect: Rect, data: unknown, location: string): number {
  checkShape(data, rect, location);
  let written = 0;
  const grid = Array.isArray(data) ? (data as unknown[][]) : null;
  for (let r = 0; r < rect.rows; r++) {
    const cells = rowOf(sheet, rect.row + r);
    const source = grid ? grid[r]! : null;
    for (let c = 0; c < rect.cols; c++) {
      if (writeInput(cells, rect.col + c, source ? source[c] : data, location)) written++;
    }
  }
  return written;
}

/** An error value as Office.js `values` shows it, e.g. `#N/A`. */
function shownValue(v: ComputedValue): Scalar {
  if (v === null) return "";
  if (isErrorValue(v)) return v.error;
  return v;
}

export function cellShownValue(cell: Cell | undefined): Scalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return shownValue(cell.computed ?? null);
  return cell.value ?? "";
}

function cellFormula(cell: Cell | undefined): Scalar {
  if (!cell) return "";
  return cell.formula ?? cell.value ?? "";
}

function cellValueType(cell: Cell | undefined): string {
  if (!cell) return "Empty";
  const v = cell.formula !== undefined ? (cell.computed ?? null) : (cell.value ?? null);
  if (v === null || v === "") return "Empty";
  if (isErrorValue(v)) return "Error";
  switch (typeof v) {
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    default:
      return "String";
  }
}

function cellNumberFormat(cell: Cell | undefined): string {
  return cell?.style?.numberFormat ?? "General";
}

/**
 * What a cell displays. The number-format engine replaces this one function; until then a
 * number shows as JavaScript prints it.
 */
/** What Excel shows in the cell: the value under its number format. */
function cellText(cell: Cell | undefined): string {
  return formatValue(cellShownValue(cell), cellNumberFormat(cell));
}

/** The grid properties of a Range that read cells. */
export type GridProperty = "values" | "formulas" | "text" | "valueTypes" | "numberFormat";

const READERS: Record<GridProperty, (cell: Cell | undefined) => unknown> = {
  values: cellShownValue,
  formulas: cellFormula,
  text: cellText,
  valueTypes: cellValueType,
  numberFormat: cellNumberFormat,
};

/** A 2-D array of one grid property over `rect`. */
export function readGrid(sheet: SheetModel, rect: Rect, property: GridProperty): unknown[][] {
  const read = READERS[property];
  const out: unknown[][] = new Array<unknown[]>(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const cells = sheet.cells[rect.row + r];
    const row = new Array<unknown>(rect.cols);
    for (let c = 0; c < rect.cols; c++) row[c] = read(cells ? cells[rect.col + c] : undefined);
    out[r] = row;
  }
  return out;
}

/** Writes number formats (2-D array, or one format for every cell); null leaves a cell's format. */
export function writeNumberFormats(sheet: SheetModel, rect: Rect, data: unknown, location: string): number {
  checkShape(data, rect, location);
  const grid = Array.isArray(data) ? (data as unknown[][]) : null;
  const target = grid ? rect : clipToUsed(sheet, rect);
  const cache = new Map<CellStyle | undefined, Map<string, CellStyle>>();
  let written = 0;
  for (let r = 0; r < target.rows; r++) {
    const cells = rowOf(sheet, target.row + r);
    const source = grid ? grid[r]! : null;
    for (let c = 0; c < target.cols; c++) {
      const input = source ? source[c] : data;
      if (input === null || input === undefined) continue;
      if (typeof input !== "string") throw invalidArgument("a number format is a string", location);
      const col = target.col + c;
      let cell = cells[col];
      if (!cell) {
        cell = {};
        cells[col] = cell;
      }
      let byFormat = cache.get(cell.style);
      if (!byFormat) {
        byFormat = new Map();
        cache.set(cell.style, byFormat);
      }
      let style = byFormat.get(input);
      if (!style) {
        style = withNumberFormat(cell.style, input);
        byFormat.set(input, style);
      }
      cell.style = style;
      written++;
    }
  }
  return written;
}

/**
 * Whole rows and columns are clipped to the cells that exist: the model keeps no row or column
 * styles, and a million styled empty cells would help nobody.
 */
export function clipToUsed(sheet: SheetModel, rect: Rect): Rect {
  if (!isWholeColumns(rect) && !isWholeRows(rect)) return rect;
  const rowEnd = Math.min(rect.row + rect.rows, sheet.cells.length);
  let colEnd = rect.col;
  for (let r = rect.row; r < rowEnd; r++) {
    const len = sheet.cells[r]?.length ?? 0;
    if (len > colEnd) colEnd = len;
  }
  colEnd = Math.min(colEnd, rect.col + rect.cols);
  return {
    row: rect.row,
    col: rect.col,
    rows: Math.max(0, rowEnd - rect.row),
    cols: Math.max(0, colEnd - rect.col),
  };
}

/**
 * Replaces the style of every cell in `rect` with `update(style)`. Cells sharing a style share
 * the updated one, so a 100,000-row column costs one new style, not 100,000.
 */
export function updateStyles(
  sheet: SheetModel,
  rect: Rect,
  update: (style: CellStyle | undefined, row: number, col: number) => CellStyle | undefined,
  perCell = false,
): void {
  const target = clipToUsed(sheet, rect);
  const cache = new Map<CellStyle | undefined, CellStyle | undefined>();
  for (let r = 0; r < target.rows; r++) {
    const row = target.row + r;
    const cells = rowOf(sheet, row);
    for (let c = 0; c < target.cols; c++) {
      const col = target.col + c;
      const cell = cells[col];
      const old = cell?.style;
      let next: CellStyle | undefined;
      if (!perCell && cache.has(old)) next = cache.get(old);
      else {
        next = update(old, row, col);
        if (!perCell) cache.set(old, next);
      }
      if (next === old) continue;
      if (cell) {
        if (next === undefined) delete cell.style;
        else cell.style = next;
      } else if (next !== undefined) cells[col] = { style: next };
    }
  }
}

/**
 * One style property over `rect`: its value when every cell agrees, null when they differ
 * (Office.js returns null for mixed formats).
 */
export function readUniform<V>(
  sheet: SheetModel,
  rect: Rect,
  read: (style: CellStyle | undefined) => V,
): V | null {
  const target = clipToUsed(sheet, rect);
  let first = true;
  let result: V | null = null;
  const consider = (v: V): boolean => {
    if (first) {
      result = v;
      first = false;
      return true;
    }
    return v === result;
  };
  if (target.rows * target.cols < rect.rows * rect.cols && !consider(read(undefined))) return null;
  for (let r = 0; r < target.rows; r++) {
    const cells = sheet.cells[target.row + r];
    for (let c = 0; c < target.cols; c++) {
      if (!consider(read(cells?.[target.col + c]?.style))) return null;
    }
  }
  return first ? read(undefined) : result;
}

/** Clears contents and/or formats of `rect`. */
export function clearCells(sheet: SheetModel, rect: Rect, contents: boolean, formats: boolean): number {
  const target = clipToUsed(sheet, rect);
  let cleared = 0;
  for (let r = 0; r < target.rows; r++) {
    const cells = sheet.cells[target.row + r];
    if (!cells) continue;
    for (let c = 0; c < target.cols; c++) {
      const col = target.col + c;
      const cell = cells[col];
      if (!cell) continue;
      if (contents) {
        delete cell.value;
        delete cell.formula;
        delete cell.computed;
      }
      if (formats) delete cell.style;
      if (cell.value === undefined && cell.formula === undefined && cell.style === undefined)
        cells[col] = undefined;
      cleared++;
    }
  }
  return cleared;
}

/** Whether any cell in `rect` holds a value or a formula. */
export function hasContent(sheet: SheetModel, rect: Rect): boolean {
  const target = clipToUsed(sheet, rect);
  for (let r = 0; r < target.rows; r++) {
    const cells = sheet.cells[target.row + r];
    if (!cells) continue;
    for (let c = 0; c < target.cols; c++) {
      const cell = cells[target.col + c];
      if (cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== "")))
        return true;
    }
  }
  return false;
}
