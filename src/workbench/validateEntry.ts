/**
 * Excel's data validation of what a clerk types into a cell, applied by the workbench before it
 * writes the entry: the rule covering the cell (the sheet's `dataValidations`), the entry read as
 * Excel reads typing, and, when the entry breaks the rule, the rule's error alert.
 *
 * Pure: reads the workbook model (list sources and bounds that refer to cells, names or table
 * columns are looked up in it, using formula results as last calculated) and changes nothing.
 */
import { parseRectAddress, splitSheetAddress } from "../core/address";
import { isoToSerial } from "../core/dates";
import { parseTypedInput } from "../memory-excel/api/cells";
import { findStructuredRefs, resolveParts } from "../memory-excel/formula/structuredRefs";
import {
  cellValue,
  getCell,
  isErrorValue,
  rectContains,
  type BasicValidation,
  type DataValidationModel,
  type DataValidationRuleModel,
  type NamedItemModel,
  type Rect,
  type Scalar,
  type SheetModel,
  type WorkbookModel,
} from "../memory-excel/model";

/** Excel's alert styles: Stop refuses the entry; Warning and Information let the clerk keep it. */
export type AlertStyle = "Stop" | "Warning" | "Information";

/** The error alert to show. Empty title or message: the caller shows Excel's default text. */
export interface ValidationAlert {
  style: AlertStyle;
  title: string;
  message: string;
}

export type EntryVerdict = { ok: true } | { ok: false; alert: ValidationAlert };

const OK: EntryVerdict = { ok: true };

/** Names refer to names, which may refer to names: stop following them after this many. */
const MAX_NAME_DEPTH = 8;

/** The rule covering a cell; Excel keeps one per cell, so the first that covers it is the one. */
export function findValidation(sheet: SheetModel, row: number, col: number): DataValidationModel | undefined {
  return sheet.dataValidations.find((v) => v.ranges.some((r) => rectContains(r, row, col)));
}

/** What a typed entry holds for validation: blank, a formula (its result is not known yet), or a value. */
export type TypedEntry = { kind: "blank" } | { kind: "formula" } | { kind: "value"; value: Scalar };

/**
 * Reads `text` as Excel reads typing into a cell with `numberFormat`: a leading `=` makes a
 * formula, a leading `'` keeps the rest as text, numbers, percentages, TRUE/FALSE and dates become
 * values. In a Text (`@`) cell, everything typed stays text.
 */
export function typedEntry(text: string, numberFormat: string | undefined): TypedEntry {
  if (text === "") return { kind: "blank" };
  if (numberFormat === "@") return { kind: "value", value: text.startsWith("'") ? text.slice(1) : text };
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula" };
  return { kind: "value", value: parseTypedInput(text).value };
}

/**
 * Whether Excel accepts `text` typed into cell (row, col) of `sheet`.
 *
 * Rules checked: list (a comma-separated source, or `=` a range, a table column or a name
 * referring to either), whole number, decimal, date and time with their operator and bounds, and
 * text length. Custom formulas and bounds that are formulas other than a reference or a name are
 * not evaluated here, and formula entries are not checked (Excel checks their result, which is
 * known only once written): those entries are accepted. A rule whose alert is switched off
 * accepts everything, as in Excel. Blank entries pass when the rule ignores blanks.
 */
export function validateEntry(
  book: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  text: string,
): EntryVerdict {
  const validation = findValidation(sheet, row, col);
  if (!validation) return OK;
  const alert = validation.errorAlert;
  if (alert && !alert.showAlert) return OK;
  const entry = typedEntry(text, getCell(sheet, row, col)?.style?.numberFormat);
  if (entry.kind === "formula") return OK;
  const accepted =
    entry.kind === "blank"
      ? validation.ignoreBlanks
      : ruleAccepts(validation.rule, entry.value, { book, sheet, row, col });
  if (accepted !== false) return OK;
  return {
    ok: false,
    alert: { style: alertStyle(alert?.style), title: alert?.title ?? "", message: alert?.message ?? "" },
  };
}

function alertStyle(style: string | undefined): AlertStyle {
  return style === "Warning" || style === "Information" ? style : "Stop";
}

/** Where a rule is evaluated: references without a sheet are on `sheet`. */
export interface Place {
  book: WorkbookModel;
  sheet: SheetModel;
  row: number;
  col: number;
}

/** true or false, or null when the rule cannot be evaluated here (the entry is then accepted). */
function ruleAccepts(rule: DataValidationRuleModel, value: Scalar, place: Place): boolean | null {
  if (rule.wholeNumber)
    return typeof value === "number" && Number.isInteger(value) && compares(rule.wholeNumber, value, place);
  if (rule.decimal) return typeof value === "number" && compares(rule.decimal, value, place);
  if (rule.date) return typeof value === "number" && compares(rule.date, value, place);
  if (rule.time)
    return typeof value === "number" && value >= 0 && value < 1 && compares(rule.time, value, place);
  if (rule.textLength) return compares(rule.textLength, String(value).length, place);
  if (rule.list) {
    const items = listItems(rule.list.source, place);
    return items === null ? null : items.some((item) => sameEntry(value, item));
  }
  return null;
}

/** `value` against the rule's operator and bounds; null when a bound cannot be evaluated. */
function compares(rule: BasicValidation, value: number, place: Place): boolean | null {
  const a = boundValue(rule.formula1, place);
  if (a === null) return null;
  const needsSecond = rule.operator === "Between" || rule.operator === "NotBetween";
  const b = needsSecond ? (rule.formula2 === undefined ? null : boundValue(rule.formula2, place)) : a;
  if (b === null) return null;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  switch (rule.operator) {
    case "Between":
      return value >= low && value <= high;
    case "NotBetween":
      return value < low || value > high;
    case "EqualTo":
      return value === a;
    case "NotEqualTo":
      return value !== a;
    case "GreaterThan":
      return value > a;
    case "LessThan":
      return value < a;
    case "GreaterThanOrEqualTo":
      return value >= a;
    case "LessThanOrEqualTo":
      return value <= a;
    default:
      return null;
  }
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A bound as a number: a number, a number or date (`2000-01-01`) or time (`9:30`) written as
 * text, or `=` a number, a reference to one cell or a name referring to either.
 */
function boundValue(bound: string | number, place: Place, depth = 0): number | null {
  if (typeof bound === "number") return Number.isFinite(bound) ? bound : null;
  const text = bound.trim();
  if (text.startsWith("=")) {
    const values = referenceValues(text.slice(1).trim(), place, depth);
    if (values !== null) {
      const first = values.length === 1 ? values[0] : undefined;
      return typeof first === "number" ? first : null;
    }
    return constantNumber(text.slice(1).trim());
  }
  return constantNumber(text);
}

function constantNumber(text: string): number | null {
  if (text === "") return null;
  const asDate = isoToSerial(text.replace(/\//g, "-"));
  if (asDate !== null) return asDate;
  const time = TIME.exec(text);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400;
  const parsed = parseTypedInput(text).value;
  return typeof parsed === "number" ? parsed : null;
}

/**
 * The allowed entries of a list rule: the items of a comma-separated source (read as typed
 * input, so `1,2,3` holds numbers), or the non-blank values of the cells a `=` source refers to.
 * @returns null when the source is a formula this module does not evaluate (e.g. `=INDIRECT(...)`).
 */
export function listItems(source: string, place: Place): Scalar[] | null {
  const text = source.trim();
  if (!text.startsWith("=")) {
    return text
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "")
      .map((item) => parseTypedInput(item).value);
  }
  const values = referenceValues(text.slice(1).trim(), place, 0);
  return values === null ? null : values.filter((v) => v !== "");
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/**
 * The values (formula results included, blanks and errors left out) of the cells `reference`
 * names: a name, a table column (`Customers[客户名称]`), or an A1 range with or without its
 * sheet. Null when it is none of these.
 */
function referenceValues(reference: string, place: Place, depth: number): Scalar[] | null {
  if (depth > MAX_NAME_DEPTH) return null;
  const target = resolveReference(reference, place);
  if (target) return rectValues(target.sheet, target.rect);
  if (!NAME.test(reference)) return null;
  const name = findName(place, reference);
  if (!name) return null;
  const formula = name.formula.trim();
  return formula.startsWith("=") ? referenceValues(formula.slice(1).trim(), place, depth + 1) : null;
}

/** Sheet-scoped names of the rule's sheet first, then workbook names, matched without case as Excel does. */
function findName(place: Place, name: string): NamedItemModel | undefined {
  const wanted = name.toLowerCase();
  const matching = place.book.names.filter((n) => n.name.toLowerCase() === wanted);
  return matching.find((n) => n.sheetId === place.sheet.id) ?? matching.find((n) => n.sheetId === undefined);
}

function resolveReference(reference: string, place: Place): { sheet: SheetModel; rect: Rect } | null {
  const structured = findStructuredRefs(reference, place.book);
  if (structured.length === 1 && structured[0]!.start === 0 && structured[0]!.end === reference.length) {
    const resolved = resolveParts(structured[0]!.ref, place.book, place.sheet.id, place.row, place.col);
    if ("error" in resolved) return null;
    const sheet = place.book.sheets.find((s) => s.id === resolved.sheetId);
    return sheet ? { sheet, rect: resolved.rect } : null;
  }
  const { sheet: sheetName, address } = splitSheetAddress(reference);
  const rect = parseRectAddress(address);
  if (!rect) return null;
  if (sheetName === "") return { sheet: place.sheet, rect };
  const wanted = sheetName.toLowerCase();
  const sheet = place.book.sheets.find((s) => s.name.toLowerCase() === wanted);
  return sheet ? { sheet, rect } : null;
}

/** Non-empty values in `rect`, row by row; whole columns stop where the sheet's rows end. */
function rectValues(sheet: SheetModel, rect: Rect): Scalar[] {
  const values: Scalar[] = [];
  const rowEnd = Math.min(rect.row + rect.rows, sheet.cells.length);
  for (let r = rect.row; r < rowEnd; r++) {
    const cells = sheet.cells[r];
    if (!cells) continue;
    const colEnd = Math.min(rect.col + rect.cols, cells.length);
    for (let c = rect.col; c < colEnd; c++) {
      const v = cellValue(cells[c]);
      if (v !== null && v !== "" && !isErrorValue(v)) values.push(v);
    }
  }
  return values;
}

/** List matching as Excel does it: numbers by value, text without regard to case. */
function sameEntry(entry: Scalar, item: Scalar): boolean {
  if (typeof entry === "number" && typeof item === "number") return entry === item;
  return String(entry).toLowerCase() === String(item).toLowerCase();
}
