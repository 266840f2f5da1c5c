/** Excel's rules for sheet, table and defined names. */
import { columnIndex } from "../../core/address";
import type { SheetModel, WorkbookModel } from "../model";
import { invalidArgument, itemAlreadyExists } from "./errors";

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/**
 * Checks a worksheet name: 1–31 characters, none of `[]:*?/\`, not blank, no apostrophe at
 * either end, not `History`, unique case-insensitively among the other sheets.
 * @throws InvalidArgument or ItemAlreadyExists.
 */
export function checkSheetName(
  book: WorkbookModel,
  name: unknown,
  location: string,
  self?: SheetModel,
): string {
  if (typeof name !== "string" || name.trim() === "")
    throw invalidArgument("a sheet name cannot be blank", location);
  if (name.length > 31) throw invalidArgument(`sheet name '${name}' is longer than 31 characters`, location);
  if (SHEET_NAME_FORBIDDEN.test(name))
    throw invalidArgument(`sheet name '${name}' contains one of []:*?/\\`, location);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`sheet name '${name}' begins or ends with an apostrophe`, location);
  }
  if (name.toUpperCase() === "HISTORY") throw invalidArgument("'History' is reserved by Excel", location);
  const upper = name.toUpperCase();
  if (book.sheets.some((s) => s !== self && s.name.toUpperCase() === upper)) {
    throw itemAlreadyExists(`a sheet named '${name}'`, location);
  }
  return name;
}

/** A1 cell reference (up to XFD1048576) or an R1C1 reference: neither may be a name. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = columnIndex(a1[1]!) + 1;
    const row = Number(a1[2]);
    if (col <= 16_384 && row >= 1 && row <= 1_048_576) return true;
  }
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Checks a defined-name or table name: starts with a letter, `_` or `\`; then letters, digits,
 * `_`, `.` or `\`; no spaces; at most 255 characters; not a cell reference such as `A1` or `R1C1`.
 * @throws InvalidArgument.
 */
export function checkDefinedName(name: unknown, location: string): string {
  if (typeof name !== "string" || name === "") throw invalidArgument("a name cannot be empty", location);
  if (name.length > 255) throw invalidArgument(`name '${name}' is longer than 255 characters`, location);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    throw invalidArgument(`'${name}' is not a valid name (letters, digits, _ . \\; no spaces)`, location);
  }
  if (looksLikeReference(name)) throw invalidArgument(`'${name}' looks like a cell reference`, location);
  return name;
}

/** Table names and workbook-scope names share one namespace. */
export function checkNameIsFree(book: WorkbookModel, name: string, location: string, except?: object): void {
  const upper = name.toUpperCase();
  const taken =
    book.tables.some((t) => t !== except && t.name.toUpperCase() === upper) ||
    book.names.some((n) => n !== except && n.sheetId === undefined && n.name.toUpperCase() === upper);
  if (taken) throw itemAlreadyExists(`the name '${name}'`, location);
}
