/**
 * Cell formulas between the model's syntax and the file's, translated by formula/structuredRefs,
 * done once per distinct formula: a table's formula column repeats the same text on every row,
 * and tokenizing each of a hundred thousand rows' formulas would dominate a large write or read.
 */
import type { WorkbookModel } from "../model";
import { fromFileFormula, tableAt, toFileFormula } from "../formula/structuredRefs";

/** Distinct formulas remembered before the cache starts over (bounds memory on unique formulas). */
const CACHE_LIMIT = 50_000;

/**
 * Translates formulas for one write or read of `book`. A translation depends only on the
 * formula's text and, for structured references, on the table the cell is in.
 */
export class FormulaTranslator {
  private readonly toFile = new Map<string, string>();
  private readonly fromFile = new Map<string, string>();

  constructor(private readonly book: WorkbookModel) {}

  /** The `<f>` text for a model formula in cell (row, col) of a sheet. */
  fileText(formula: string, sheetId: string, row: number, col: number): string {
    // Nothing but the `=` to translate without structured references or function calls.
    if (!formula.includes("[") && !formula.includes("("))
      return formula.startsWith("=") ? formula.slice(1) : formula;
    const key = this.key(formula, sheetId, row, col);
    let text = this.toFile.get(key);
    if (text === undefined) {
      text = toFileFormula(formula, this.book, sheetId, row, col);
      remember(this.toFile, key, text);
    }
    return text;
  }

  /** The model formula for `<f>` text read from cell (row, col) of a sheet. */
  modelFormula(text: string, sheetId: string, row: number, col: number): string {
    if (!text.includes("[") && !text.includes("(")) return text.startsWith("=") ? text : `=${text}`;
    const key = this.key(text, sheetId, row, col);
    let formula = this.fromFile.get(key);
    if (formula === undefined) {
      formula = fromFileFormula(text, this.book, sheetId, row, col);
      remember(this.fromFile, key, formula);
    }
    return formula;
  }

  private key(formula: string, sheetId: string, row: number, col: number): string {
    if (!formula.includes("[")) return formula;
    return `${tableAt(this.book, sheetId, row, col)?.id ?? ""}\u0000${formula}`;
  }
}

function remember(cache: Map<string, string>, key: string, value: string): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
