/**
 * Table parts beyond what ExcelJS 4.4 writes: Excel's calculated columns. A table column whose
 * body holds one formula in every row is a calculated column; Excel keeps that formula in the
 * table part (`<calculatedColumnFormula>`) and fills it into each row a user adds below the
 * table. ExcelJS writes no such element, so it is added to its output here.
 */
import { isFunctionCall, tokenize } from "../formula/lexer";
import type { SheetModel, TableModel } from "../model";
import { escapeXml } from "./xml";

/** An A1 cell reference whose row is relative (`B2`, `$B2`), as a lexer word. */
const RELATIVE_ROW_CELL = /^\$?[A-Za-z]{1,3}\d+$/;

/**
 * The calculated column formula of each of the table's columns, by column index, in the model's
 * syntax: the formula every body row (not the header or totals row) holds, or undefined for a
 * column whose body rows differ, hold a constant or a blank, for a table without body rows, and
 * for a formula with a relative A1 row reference. Excel shifts such a reference from row to row
 * in a calculated column, so `=B2` in every row is not one; the model only knows identical text.
 */
export function calculatedColumnFormulas(sheet: SheetModel, table: TableModel): (string | undefined)[] {
  const first = table.ref.row + (table.showHeaders ? 1 : 0);
  const end = table.ref.row + table.ref.rows - (table.showTotals ? 1 : 0);
  return table.columns.map((_, index) => {
    if (end <= first) return undefined;
    const col = table.ref.col + index;
    const formula = sheet.cells[first]?.[col]?.formula;
    if (formula === undefined || hasRelativeRowReference(formula)) return undefined;
    for (let row = first + 1; row < end; row++) {
      if (sheet.cells[row]?.[col]?.formula !== formula) return undefined;
    }
    return formula;
  });
}

/** True when `formula` refers to a cell or row range by a relative row (`B2`, `$B2`, `2:3`). */
function hasRelativeRowReference(formula: string): boolean {
  const tokens = tokenize(formula);
  return tokens.some((token, index) => {
    if (token.kind === "word") return RELATIVE_ROW_CELL.test(token.text) && !isFunctionCall(tokens, index);
    if (token.kind !== "number" || !/^\d+$/.test(token.text)) return false;
    // A whole number next to the range operator is a row of a row range.
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    return (
      (before?.kind === "other" && before.text.endsWith(":")) ||
      (after?.kind === "other" && after.text.startsWith(":"))
    );
  });
}

/** Opening tags of `<tableColumn>` elements (not `<tableColumns>`), self-closing or not. */
const TABLE_COLUMN_TAG = /<tableColumn(?=[\s/>])([^>]*?)(\/?)>/g;

/**
 * A table part's XML with `<calculatedColumnFormula>` added to the columns that have one.
 * `fileFormulas[i]` is the formula of the part's i-th `<tableColumn>` in file syntax (no `=`).
 * The element goes first in the column, where the schema wants it (before totalsRowFormula,
 * xmlColumnPr and extLst); nothing else in the part changes.
 */
export function withCalculatedColumns(xml: string, fileFormulas: readonly (string | undefined)[]): string {
  let index = 0;
  return xml.replace(TABLE_COLUMN_TAG, (tag: string, attrs: string, selfClosing: string) => {
    const formula = fileFormulas[index++];
    if (formula === undefined) return tag;
    const element = `<calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula>`;
    return selfClosing ? `<tableColumn${attrs}>${element}</tableColumn>` : `<tableColumn${attrs}>${element}`;
  });
}
