/**
 * What the workbench grid writes when a clerk types: through the public Office.js API of the
 * in-memory workbook, one `run` and one `sync` per entry, exactly as an Excel user's entry would
 * arrive. memory-excel then reads the text as Excel reads typing and grows a table written
 * directly below, filling its calculated columns.
 */
import { cellAddress, rectAddress, type Rect } from "../core/address";
import type { CellPosition } from "./geometry";

/** `Excel.run`, here the in-memory workbook's. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Enters `text` into one cell as typed: `=` makes a formula, `'` keeps text, "" empties the cell. */
export async function writeEntry(
  run: RunBatch,
  sheetName: string,
  cell: CellPosition,
  text: string,
): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(cellAddress(cell.row, cell.col));
    range.formulas = [[text]];
    await context.sync();
  });
}

/** The Delete key: clears values and formulas of `rect`, keeping formats (and validation). */
export async function clearContents(run: RunBatch, sheetName: string, rect: Rect): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(rectAddress(rect)).clear("Contents");
    await context.sync();
  });
}
