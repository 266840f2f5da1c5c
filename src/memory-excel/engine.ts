import type { WorkbookModel } from "./model";

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
}
