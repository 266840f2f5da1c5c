/**
 * Cell and name formulas between the model's Office.js syntax (`=[@数量]*[@单价]`) and the
 * file's (`Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]`, no `=`, `_xlfn.` prefixes).
 */
import type { WorkbookModel } from "../model";

/** The text of a `<f>` element for a model formula written in cell (row, col) of a sheet. */
export function fileFormula(
  formula: string,
  _book: WorkbookModel,
  _sheetId: string,
  _row: number,
  _col: number,
): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/** The model formula for the text of a `<f>` element read from cell (row, col) of a sheet. */
export function modelFormula(
  text: string,
  _book: WorkbookModel,
  _sheetId: string,
  _row: number,
  _col: number,
): string {
  return `=${text}`;
}
