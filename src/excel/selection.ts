import type { ExcelRunner } from "./host";

/** Activates `sheet` and selects `cell` (an A1 address) on it. */
export async function selectCell(run: ExcelRunner, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell || "A1");
    range.select();
    await context.sync();
  });
}
