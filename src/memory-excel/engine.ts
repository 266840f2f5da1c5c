import type { ComputedValue, WorkbookModel } from "./model";

/**
 * Computes formula results for a workbook model.
 *
 * memory-excel calls `recalculate` lazily: before the first read of values after a change.
 * Without an engine, formula cells keep whatever `computed` they had (for example the cached
 * result read from an .xlsx file) — which is what the CLI wants, since Excel or LibreOffice
 * recompute on open.
 */
export interface FormulaEngine {
  /**
   * Sets `computed` on every formula cell of `book`.
   * @param now - the moment TODAY() and NOW() stand for, so results are deterministic in tests.
   */
  recalculate(book: WorkbookModel, now: Date): void;

  /**
   * The value `formula` would show written in (row, col) of the sheet `sheetId`, without writing
   * it (the workbench's conditional formats ask this). Its references are read as written, so
   * shift relative ones for the cell first. Cell values are those of the last `recalculate` of
   * `book`. Errors, including a formula that does not parse, come back as `{error}` values.
   * Optional: an engine that cannot evaluate on the side leaves it out.
   */
  evaluateFormula?(
    book: WorkbookModel,
    sheetId: string,
    row: number,
    col: number,
    formula: string,
  ): ComputedValue;
}
