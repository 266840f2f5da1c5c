import { parseRectAddress, splitSheetAddress } from "../core/address";
import type { CellConstant } from "../core/plan";
import { utf8Length } from "../core/utf8";
import type { TableData, WorkbookData } from "../core/workbook/tableData";
import { PAYLOAD_BUDGET_BYTES } from "./applyPlan";
import type { ProgressListener } from "./host";

/**
 * Cells per row assumed for a table's first band, before its width is known: wider than any
 * contract table with room for a clerk's own columns.
 */
const FIRST_GUESS_COLUMNS = 40;

/** Estimated bytes of a response cell before any has been seen: a short text or number as JSON. */
const FIRST_GUESS_BYTES_PER_CELL = 24;

interface Pending {
  data: TableData;
  /** Runs of adjacent columns to read (table-relative start and count); all columns when absent. */
  runs: { start: number; count: number }[];
  /** Sheet rows (0-based) of the body still to read. */
  next: number;
  end: number;
  worksheet: Excel.Worksheet;
}

interface Head {
  name: string;
  worksheet: Excel.Worksheet;
  range: Excel.Range;
  header: Excel.Range;
  /** The body's first rows (possibly running past the table's end). */
  firstBand: Excel.Range;
}

/** Queues the loads of one table's place, headers and first rows. */
function queueHead(context: Excel.RequestContext, name: string, actual: string, firstRows: number): Head {
  const table = context.workbook.tables.getItem(actual);
  return {
    name,
    worksheet: table.worksheet.load("name"),
    range: table.getRange().load("address"),
    header: table.getHeaderRowRange().load("values"),
    // The body's first row, as wide as the table, stretched down: no need to know the size first.
    firstBand: table
      .getDataBodyRange()
      .getRow(0)
      .getResizedRange(firstRows - 1, 0)
      .load("values"),
  };
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

/**
 * The columns an action needs of a table, by table name: beyond the first rows, only these are
 * read (the others come back blank). Tables not named are read whole.
 */
export type ColumnChoice = Partial<Record<string, readonly string[]>>;

/** Runs of adjacent columns among `headers` that `wanted` names (all of them without a choice). */
function columnRuns(
  headers: readonly string[],
  wanted: readonly string[] | undefined,
): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  headers.forEach((header, col) => {
    if (wanted && !wanted.includes(header)) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === col) last.count += 1;
    else runs.push({ start: col, count: 1 });
  });
  return runs;
}

/**
 * Reads the named tables whole: where they are, their headers and every body value.
 * The first request asks for every table's place, headers and first rows at once, which is all
 * there is to read for tables of a few hundred rows. Longer bodies follow in row bands
 * packed into requests of about the payload budget, so that 100,000 order lines never make one
 * oversized response. When a table is missing, that first request fails; the workbook's table list
 * then says which, and the others are read (a broken workbook costs two more requests).
 * Anything queued on `context` before the call travels with the first request.
 * @param tables names of the tables to read (case as the contract spells them)
 * @returns the tables found, by the contract's name, and the names not found
 */
export async function readTables(
  context: Excel.RequestContext,
  tables: readonly string[],
  onProgress?: ProgressListener,
  columns: ColumnChoice = {},
): Promise<{ data: WorkbookData; missing: string[] }> {
  // First bands sized so that all of them together stay within the budget.
  const firstRows = Math.max(
    20,
    Math.floor(
      PAYLOAD_BUDGET_BYTES / (Math.max(tables.length, 1) * FIRST_GUESS_COLUMNS * FIRST_GUESS_BYTES_PER_CELL),
    ),
  );
  let heads = tables.map((name) => queueHead(context, name, name, firstRows));
  let missing: string[] = [];
  try {
    await context.sync();
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    const list = context.workbook.tables.load("items/name");
    await context.sync();
    const present = new Map(list.items.map((t) => [t.name.toUpperCase(), t.name]));
    missing = tables.filter((name) => !present.has(name.toUpperCase()));
    heads = tables
      .filter((name) => present.has(name.toUpperCase()))
      .map((name) => queueHead(context, name, present.get(name.toUpperCase())!, firstRows));
    if (heads.length > 0) await context.sync();
  }
  const data: WorkbookData = {};

  const pending: Pending[] = [];
  let firstBytes = 0;
  let firstCells = 0;
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
    const bodyRows = rect.rows - 1;
    const first = (head.firstBand.values as CellConstant[][]).slice(0, Math.max(bodyRows, 0));
    for (const row of first) table.rows.push(row);
    firstBytes += utf8Length(JSON.stringify(first));
    firstCells += first.length * table.headers.length;
    if (bodyRows > first.length) {
      pending.push({
        data: table,
        runs: columnRuns(table.headers, columns[head.name]),
        next: rect.row + 1 + first.length,
        end: rect.row + rect.rows,
        worksheet: head.worksheet,
      });
    }
  }

  const totalRows = pending.reduce((n, p) => n + p.end - p.next, 0);
  // Size the bands on what the first rows really weighed, with a margin for longer rows.
  const bytesPerCell =
    firstCells > 0 ? Math.max(4, (firstBytes / firstCells) * 1.5) : FIRST_GUESS_BYTES_PER_CELL;
  let doneRows = 0;
  while (pending.some((p) => p.next < p.end)) {
    // Pack bands of the tables still unread until the estimated response reaches the budget.
    let budget = PAYLOAD_BUDGET_BYTES;
    const bands: { pending: Pending; rows: number; ranges: Excel.Range[] }[] = [];
    for (const p of pending) {
      if (p.next >= p.end || budget <= 0) continue;
      const cols = Math.max(
        p.runs.reduce((n, r) => n + r.count, 0),
        1,
      );
      const fit = Math.floor(budget / (cols * bytesPerCell));
      const rows = Math.min(p.end - p.next, Math.max(1, fit));
      const ranges = p.runs.map((run) =>
        p.worksheet.getRangeByIndexes(p.next, p.data.col + run.start, rows, run.count).load("values"),
      );
      bands.push({ pending: p, rows, ranges });
      p.next += rows;
      budget -= rows * cols * bytesPerCell;
    }
    // One request per band set: the budget forbids asking for everything at once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const band of bands) {
      const width = band.pending.data.headers.length;
      const whole = band.ranges.length === 1 && band.pending.runs[0]!.count === width;
      for (let r = 0; r < band.rows; r++) {
        if (whole) {
          band.pending.data.rows.push((band.ranges[0]!.values as CellConstant[][])[r]!);
          continue;
        }
        const row: CellConstant[] = new Array<CellConstant>(width).fill("");
        band.ranges.forEach((range, i) => {
          const run = band.pending.runs[i]!;
          const values = (range.values as CellConstant[][])[r]!;
          for (let c = 0; c < run.count; c++) row[run.start + c] = values[c]!;
        });
        band.pending.data.rows.push(row);
      }
      doneRows += band.rows;
    }
    onProgress?.(doneRows, totalRows, "read");
  }
  return { data, missing };
}
