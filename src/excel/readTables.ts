import { parseRectAddress, splitSheetAddress } from "../core/address";
import type { CellConstant } from "../core/plan";
import { utf8Length } from "../core/utf8";
import type { TableData, WorkbookData } from "../core/workbook/tableData";
import { PAYLOAD_BUDGET_BYTES } from "./applyPlan";
import type { ProgressListener } from "./host";

/** Rows asked for in a table's first band, before its real size per row is known. */
const FIRST_BAND_ROWS = 500;

/** Estimated bytes of a response cell before any has been seen: a short text or number as JSON. */
const FIRST_GUESS_BYTES_PER_CELL = 24;

interface Pending {
  data: TableData;
  /** Sheet rows (0-based) of the body still to read. */
  next: number;
  end: number;
  worksheet: Excel.Worksheet;
}

/**
 * Reads the named tables whole: where they are, their headers and every body value.
 * First the workbook's table list, then each table's address and headers, then the bodies in row
 * bands packed into requests of about the payload budget, so that 100,000 order lines never make
 * one oversized response. Absent tables are left out of the result.
 * @param tables names of the tables to read (case as the contract spells them)
 * @returns the tables found, by the contract's name, and the names not found
 */
export async function readTables(
  context: Excel.RequestContext,
  tables: readonly string[],
  onProgress?: ProgressListener,
): Promise<{ data: WorkbookData; missing: string[] }> {
  const list = context.workbook.tables.load("items/name");
  await context.sync();

  const present = new Map(list.items.map((t) => [t.name.toUpperCase(), t.name]));
  const missing = tables.filter((name) => !present.has(name.toUpperCase()));
  const heads = tables
    .filter((name) => present.has(name.toUpperCase()))
    .map((name) => {
      const table = context.workbook.tables.getItem(present.get(name.toUpperCase())!);
      return {
        name,
        worksheet: table.worksheet.load("name"),
        range: table.getRange().load("address"),
        header: table.getHeaderRowRange().load("values"),
      };
    });
  const data: WorkbookData = {};
  if (heads.length === 0) return { data, missing };
  await context.sync();

  const pending: Pending[] = [];
  for (const head of heads) {
    const rect = parseRectAddress(splitSheetAddress(head.range.address).address);
    if (!rect) continue;
    const table: TableData = {
      table: head.name,
      sheet: head.worksheet.name,
      row: rect.row,
      col: rect.col,
      headers: (head.header.values[0] ?? []).map((h) => String(h)),
      rows: [],
    };
    data[head.name] = table;
    if (rect.rows > 1) {
      pending.push({ data: table, next: rect.row + 1, end: rect.row + rect.rows, worksheet: head.worksheet });
    }
  }

  const totalRows = pending.reduce((n, p) => n + p.end - p.next, 0);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let doneRows = 0;
  let requests = 0;
  while (pending.some((p) => p.next < p.end)) {
    // Pack bands of the tables still unread until the estimated response reaches the budget.
    let budget = PAYLOAD_BUDGET_BYTES;
    const bands: { pending: Pending; range: Excel.Range }[] = [];
    for (const p of pending) {
      if (p.next >= p.end || budget <= 0) continue;
      const cols = Math.max(p.data.headers.length, 1);
      const fit = Math.floor(budget / (cols * bytesPerCell));
      const rows = Math.min(
        p.end - p.next,
        Math.max(1, requests === 0 ? Math.min(fit, FIRST_BAND_ROWS) : fit),
      );
      const range = p.worksheet.getRangeByIndexes(p.next, p.data.col, rows, cols).load("values");
      bands.push({ pending: p, range });
      p.next += rows;
      budget -= rows * cols * bytesPerCell;
    }
    // One request per band set: the budget forbids asking for everything at once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    requests += 1;
    let bytes = 0;
    let cells = 0;
    for (const band of bands) {
      const values = band.range.values as CellConstant[][];
      for (const row of values) band.pending.data.rows.push(row);
      if (requests === 1) {
        bytes += utf8Length(JSON.stringify(values));
        cells += values.length * (values[0]?.length ?? 0);
      }
      doneRows += values.length;
    }
    // Size the next bands on what the first response really weighed, with a margin for longer rows.
    if (cells > 0) bytesPerCell = Math.max(4, (bytes / cells) * 1.5);
    onProgress?.(doneRows, totalRows, "read");
  }
  return { data, missing };
}
