/**
 * Structured references (`Orders[金额]`, `[@数量]`, `Orders[[#This Row],[数量]]`, `Orders[#All]`):
 * finding them in formula text, resolving them to A1 references, and translating between the
 * Office.js / UI syntax the model stores and the syntax .xlsx files store.
 */
import { columnLetters, quoteSheetName, rectContains } from "../model";
import type { Rect, TableModel, WorkbookModel } from "../model";
import { followsSheetPrefix, isFunctionCall, isSheetPrefix, tokenize } from "./lexer";
import type { StructuredRefParts, TableItem, Token } from "./lexer";

export type { StructuredRefParts, TableItem } from "./lexer";

/** A structured reference found in formula text: `formula.slice(start, end)` is its text. */
export interface StructuredRefSpan {
  start: number;
  end: number;
  text: string;
  ref: StructuredRefParts;
}

/**
 * Finds the structured references in a formula, skipping string literals and quoted sheet names.
 * A bare table name (`=SUM(Orders)`) counts only when `book` is given and holds that table.
 */
export function findStructuredRefs(formula: string, book?: WorkbookModel): StructuredRefSpan[] {
  const spans: StructuredRefSpan[] = [];
  const tokens = tokenize(formula);
  let offset = 0;
  tokens.forEach((token, index) => {
    const ref = structuredParts(tokens, index, book);
    if (ref) spans.push({ start: offset, end: offset + token.text.length, text: token.text, ref });
    offset += token.text.length;
  });
  return spans;
}

/** The structured reference a token stands for: a `structured` token, or a bare table name. */
export function structuredParts(
  tokens: readonly Token[],
  index: number,
  book: WorkbookModel | undefined,
): StructuredRefParts | null {
  const token = tokens[index]!;
  if (token.kind === "structured") return token.ref;
  if (token.kind !== "word" || !book) return null;
  if (isFunctionCall(tokens, index) || isSheetPrefix(tokens, index) || followsSheetPrefix(tokens, index))
    return null;
  const table = findTable(book, token.text);
  if (!table) return null;
  return { table: table.name, items: [], atShorthand: false, firstColumn: null, lastColumn: null };
}

/** The table called `name` (case-insensitive, as Excel matches names). */
export function findTable(book: WorkbookModel, name: string): TableModel | undefined {
  const wanted = name.toLowerCase();
  return book.tables.find((t) => t.name.toLowerCase() === wanted);
}

/** The table on `sheetId` whose range holds (row, col). */
export function tableAt(
  book: WorkbookModel,
  sheetId: string,
  row: number,
  col: number,
): TableModel | undefined {
  return book.tables.find((t) => t.sheetId === sheetId && rectContains(t.ref, row, col));
}

/** True when `row` is one of the table's body rows (where a this-row reference resolves). */
export function tableBodyHasRow(table: TableModel, row: number): boolean {
  const { data } = tableRows(table);
  return row >= data.first && row < data.first + data.rows;
}

/** The 0-based rows of a table's parts. `data` is empty (rows 0) when the table has no body. */
function tableRows(table: TableModel): {
  header: number | null;
  data: { first: number; rows: number };
  totals: number | null;
} {
  const header = table.showHeaders ? table.ref.row : null;
  const totals = table.showTotals ? table.ref.row + table.ref.rows - 1 : null;
  const first = table.ref.row + (table.showHeaders ? 1 : 0);
  const rows = table.ref.rows - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
  return { header, data: { first, rows: Math.max(0, rows) }, totals };
}

/** The index of a column in its table (case-insensitive), or -1. */
function columnOffset(table: TableModel, name: string): number {
  const wanted = name.toLowerCase();
  return table.columns.findIndex((c) => c.name.toLowerCase() === wanted);
}

/** Where a structured reference points, or an Excel error text. */
export type ResolvedRef = { sheetId: string; rect: Rect; thisRow: boolean } | { error: "#REF!" | "#VALUE!" };

/**
 * Resolves structured reference parts written in cell (row, col) of `sheetId`. Unqualified
 * references resolve against the table holding that cell.
 * @returns the cells referred to, or `#REF!` (unknown table or column, missing header or totals
 *   row) / `#VALUE!` (this row outside the table's body, as Excel reports it).
 */
export function resolveParts(
  ref: StructuredRefParts,
  book: WorkbookModel,
  sheetId: string,
  row: number,
  col: number,
): ResolvedRef {
  const table = ref.table === null ? tableAt(book, sheetId, row, col) : findTable(book, ref.table);
  if (!table) return { error: "#REF!" };
  let firstCol = table.ref.col;
  let lastCol = table.ref.col + table.ref.cols - 1;
  if (ref.firstColumn !== null) {
    const a = columnOffset(table, ref.firstColumn);
    const b = columnOffset(table, ref.lastColumn ?? ref.firstColumn);
    if (a < 0 || b < 0) return { error: "#REF!" };
    firstCol = table.ref.col + Math.min(a, b);
    lastCol = table.ref.col + Math.max(a, b);
  }
  const parts = tableRows(table);
  const items = new Set<TableItem>(ref.items.length === 0 ? ["#Data"] : ref.items);
  const cols = lastCol - firstCol + 1;
  if (items.has("#This Row")) {
    const inBody = row >= parts.data.first && row < parts.data.first + parts.data.rows;
    if (table.sheetId !== sheetId || !inBody) return { error: "#VALUE!" };
    return { sheetId: table.sheetId, rect: { row, col: firstCol, rows: 1, cols }, thisRow: true };
  }
  let top: number;
  let bottom: number;
  if (items.has("#All")) {
    top = table.ref.row;
    bottom = table.ref.row + table.ref.rows - 1;
  } else {
    // The named parts must be adjacent: headers, data, totals.
    const spans: [number, number][] = [];
    if (items.has("#Headers")) {
      if (parts.header === null) return { error: "#REF!" };
      spans.push([parts.header, parts.header]);
    }
    if (items.has("#Data")) {
      if (parts.data.rows === 0) return { error: "#REF!" };
      spans.push([parts.data.first, parts.data.first + parts.data.rows - 1]);
    }
    if (items.has("#Totals")) {
      if (parts.totals === null) return { error: "#REF!" };
      spans.push([parts.totals, parts.totals]);
    }
    top = Math.min(...spans.map((s) => s[0]));
    bottom = Math.max(...spans.map((s) => s[1]));
  }
  return {
    sheetId: table.sheetId,
    rect: { row: top, col: firstCol, rows: bottom - top + 1, cols },
    thisRow: false,
  };
}

/**
 * An A1 reference for a resolved structured reference: columns absolute, rows absolute except
 * a this-row reference's row, which stays relative (`订单!$K5`) so copies of one formula down a
 * column are the same formula relative to their cells.
 */
export function resolvedRefText(
  resolved: ResolvedRef,
  book: WorkbookModel,
  quoteSheet: (name: string) => string = quoteSheetName,
  thisRowText?: string,
): string {
  if ("error" in resolved) return resolved.error;
  const sheet = book.sheets.find((s) => s.id === resolved.sheetId);
  if (!sheet) return "#REF!";
  const { rect } = resolved;
  const rowMark = resolved.thisRow ? "" : "$";
  const rowText = (r: number): string =>
    resolved.thisRow && thisRowText !== undefined ? thisRowText : String(r + 1);
  const corner = (r: number, c: number): string => `$${columnLetters(c)}${rowMark}${rowText(r)}`;
  const tl = corner(rect.row, rect.col);
  const br = corner(rect.row + rect.rows - 1, rect.col + rect.cols - 1);
  return `${quoteSheet(sheet.name)}!${rect.rows === 1 && rect.cols === 1 ? tl : `${tl}:${br}`}`;
}

/**
 * Replaces every structured reference in `formula` (written in cell (row, col) of `sheetId`)
 * with an A1 reference with its sheet, e.g. `[@数量]` → `订单!$K5`, `Orders[金额]` →
 * `订单!$N$2:$N$61`. `[@x]` and `[x]` resolve against the table holding the cell.
 * @returns the rewritten formula; unknown tables or columns become `#REF!`.
 */
export function resolveStructuredRefs(
  formula: string,
  book: WorkbookModel,
  sheetId: string,
  row: number,
  col: number,
): string {
  const tokens = tokenize(formula);
  return tokens
    .map((token, index) => {
      const ref = structuredParts(tokens, index, book);
      if (!ref) return token.text;
      return resolvedRefText(resolveParts(ref, book, sheetId, row, col), book);
    })
    .join("");
}

/** Escapes a column name for a bracket: `'` before `[`, `]`, `#` and `'`. */
export function escapeColumnName(name: string): string {
  return name.replace(/['[\]#]/g, (ch) => `'${ch}`);
}

/** Characters that make Excel wrap a column name in its own brackets after `@`. */
const NEEDS_INNER_BRACKETS = /[\s,:.[\]#'"{}$^&*+=\-><\\/]/;

function columnsText(ref: StructuredRefParts): string | null {
  if (ref.firstColumn === null) return null;
  const first = `[${escapeColumnName(ref.firstColumn)}]`;
  const last = ref.lastColumn ?? ref.firstColumn;
  return last.toLowerCase() === ref.firstColumn.toLowerCase()
    ? first
    : `${first}:[${escapeColumnName(last)}]`;
}

/** The file (xlsx) form of a structured reference, always qualified: `Orders[[#This Row],[数量]]`. */
export function fileStructuredRef(table: string, ref: StructuredRefParts): string {
  const columns = columnsText(ref);
  const items = ref.items.map((item) => `[${item}]`);
  if (!columns) return items.length === 1 ? `${table}${items[0]}` : `${table}[${items.join(",")}]`;
  const singleColumn = !columns.includes("]:[");
  if (items.length === 0 && singleColumn) return `${table}${columns}`;
  return `${table}[${[...items, columns].join(",")}]`;
}

/** The `@` form of a this-row reference: `[@数量]`, `[@[列 名]]`, `Orders[@数量]`. */
function atStructuredRef(table: string | null, ref: StructuredRefParts): string {
  const prefix = table ?? "";
  if (ref.firstColumn === null) return `${prefix}[@]`;
  const last = ref.lastColumn ?? ref.firstColumn;
  const single = last.toLowerCase() === ref.firstColumn.toLowerCase();
  if (single && !NEEDS_INNER_BRACKETS.test(ref.firstColumn))
    return `${prefix}[@${escapeColumnName(ref.firstColumn)}]`;
  return `${prefix}[@${columnsText(ref)!}]`;
}

/**
 * Functions newer than Excel 2007, which .xlsx files store with the `_xlfn.` prefix (and for
 * a few, `_xlfn._xlws.`). Without it Excel and LibreOffice read the name as unknown (#NAME?).
 */
const FUTURE_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ...[
    "AGGREGATE",
    "ARABIC",
    "BASE",
    "BITAND",
    "BITOR",
    "BITXOR",
    "CEILING.MATH",
    "CEILING.PRECISE",
    "CONCAT",
    "COVARIANCE.P",
    "COVARIANCE.S",
    "DAYS",
    "DECIMAL",
    "FLOOR.MATH",
    "FLOOR.PRECISE",
    "FORMULATEXT",
    "IFNA",
    "IFS",
    "ISFORMULA",
    "ISOWEEKNUM",
    "LAMBDA",
    "LET",
    "MAXIFS",
    "MINIFS",
    "MODE.SNGL",
    "NETWORKDAYS.INTL",
    "NORM.DIST",
    "NORM.INV",
    "NUMBERVALUE",
    "PERCENTILE.EXC",
    "PERCENTILE.INC",
    "QUARTILE.EXC",
    "QUARTILE.INC",
    "RANDARRAY",
    "RANK.AVG",
    "RANK.EQ",
    "SEQUENCE",
    "SHEET",
    "SHEETS",
    "STDEV.P",
    "STDEV.S",
    "SWITCH",
    "TEXTJOIN",
    "UNICHAR",
    "UNICODE",
    "UNIQUE",
    "VAR.P",
    "VAR.S",
    "WORKDAY.INTL",
    "XLOOKUP",
    "XMATCH",
    "XOR",
  ].map((name): [string, string] => [name, `_xlfn.${name}`]),
  ...["FILTER", "SORT", "SORTBY"].map((name): [string, string] => [name, `_xlfn._xlws.${name}`]),
]);

const FILE_PREFIX = /^(?:_xlfn\.)?(?:_xlws\.)?/i;

/**
 * Translates a model formula (Office.js / UI syntax, `=` first) written in cell (row, col) of
 * `sheetId` into the text an .xlsx `<f>` element holds: no leading `=`; this-row shorthand
 * (`[@数量]`, `Orders[@数量]`) and unqualified references spelt out with their table
 * (`Orders[[#This Row],[数量]]`), since LibreOffice reads `[@数量]` in a file as #N/A;
 * functions newer than Excel 2007 prefixed with `_xlfn.`. Everything else is kept as written.
 */
export function toFileFormula(
  formula: string,
  book: WorkbookModel,
  sheetId: string,
  row: number,
  col: number,
): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens = tokenize(body);
  return tokens
    .map((token, index) => {
      if (token.kind === "structured") {
        const { ref } = token;
        if (!ref.atShorthand && ref.table !== null) return token.text;
        const table = ref.table ?? tableAt(book, sheetId, row, col)?.name;
        // An unqualified reference outside any table cannot be written qualified; keep it.
        if (table === undefined) return token.text;
        return fileStructuredRef(table, ref);
      }
      if (token.kind === "word" && isFunctionCall(tokens, index)) {
        return FUTURE_FUNCTIONS.get(token.text.toUpperCase()) ?? token.text;
      }
      return token.text;
    })
    .join("");
}

/**
 * Translates the text of an .xlsx `<f>` element read from cell (row, col) of `sheetId` into a
 * model formula: `=` added, `_xlfn.` / `_xlws.` prefixes dropped, and this-row references shown
 * as Excel shows them (`[@数量]` inside that same table, `Orders[@数量]` from elsewhere).
 */
export function fromFileFormula(
  text: string,
  book: WorkbookModel,
  sheetId: string,
  row: number,
  col: number,
): string {
  const tokens = tokenize(text.startsWith("=") ? text.slice(1) : text);
  const home = tableAt(book, sheetId, row, col);
  const body = tokens
    .map((token, index) => {
      if (token.kind === "structured") {
        const { ref } = token;
        const onlyThisRow = ref.items.length === 1 && ref.items[0] === "#This Row";
        if (!onlyThisRow || ref.atShorthand) return token.text;
        const sameTable =
          ref.table === null || (home !== undefined && ref.table.toLowerCase() === home.name.toLowerCase());
        return atStructuredRef(sameTable ? null : ref.table, ref);
      }
      if (token.kind === "word" && isFunctionCall(tokens, index)) return token.text.replace(FILE_PREFIX, "");
      return token.text;
    })
    .join("");
  return `=${body}`;
}
