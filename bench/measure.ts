/**
 * The measurements `npm run bench` makes: each action on synthetic workbooks of a given size, with
 * the requests it sent (from memory-excel's sync log) and core's time against the floor of parsing
 * the same table data once.
 */
import { performance } from "node:perf_hooks";
import type { NoteKind, NoteRequest } from "../src/core/notes/note";
import { prepareNote } from "../src/core/notes/prepare";
import { CONTRACT_TABLES } from "../src/core/workbook/schema";
import type { WorkbookData } from "../src/core/workbook/tableData";
import { createActions } from "../src/excel/actions";
import { readTables } from "../src/excel/readTables";
import type { MemoryWorkbook, SyncRecord } from "../src/memory-excel";
import { firstCustomerLines, syntheticWorkbook, TODAY } from "./workbooks";

export interface Row {
  action: string;
  lines: number;
  syncs: number;
  reads: number;
  writes: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  largestResponseCells: number;
  coreMs: number;
  floorMs: number;
  coreOverFloor: number;
}

export const NOTE_LINES = 50;

function noteRequest(kind: NoteKind): NoteRequest {
  return {
    kind,
    lines: firstCustomerLines(NOTE_LINES, kind === "delivery" ? 100 : 20),
    date: TODAY,
    withPrices: true,
    lang: "zh",
    paper: "A4",
  };
}

/** The fastest of `runs` timings of `work`, in milliseconds. */
function fastest(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function summarize(
  action: string,
  lines: number,
  log: readonly SyncRecord[],
  coreMs: number,
  floorMs: number,
): Row {
  return {
    action,
    lines,
    syncs: log.length,
    reads: log.filter((s) => s.cells === 0).length,
    writes: log.filter((s) => s.cells > 0).length,
    largestRequestBytes: Math.max(...log.map((s) => s.requestBytes)),
    totalRequestBytes: log.reduce((n, s) => n + s.requestBytes, 0),
    largestResponseCells: Math.max(...log.map((s) => s.readCells)),
    coreMs: Math.round(coreMs * 10) / 10,
    floorMs: Math.round(floorMs * 10) / 10,
    coreOverFloor: Math.round((coreMs / floorMs) * 100) / 100,
  };
}

async function tableData(book: MemoryWorkbook): Promise<{ data: WorkbookData; sheets: string[] }> {
  const names = CONTRACT_TABLES.map((t) => t.table);
  const { data } = await book.run((context) => readTables(context, names));
  return { data, sheets: book.model.sheets.map((s) => s.name) };
}

async function benchNote(kind: NoteKind, lines: number): Promise<Row> {
  const book = await syntheticWorkbook(lines);
  const { data, sheets } = await tableData(book);
  const request = noteRequest(kind);
  const text = JSON.stringify(data);
  const floorMs = fastest(3, () => JSON.parse(text));
  const coreMs = fastest(3, () => {
    const decision = prepareNote(data, sheets, request);
    if (!decision.note) throw new Error(decision.problems.map((p) => p.message).join("; "));
  });
  book.resetSyncLog();
  const outcome = await createActions((batch) => book.run(batch), { today: () => TODAY }).issueNote(request);
  if (!outcome.note) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  return summarize(
    kind === "delivery" ? `deliver ${NOTE_LINES} lines` : `return ${NOTE_LINES} lines`,
    lines,
    book.syncLog,
    coreMs,
    floorMs,
  );
}

/** The rows as a plain-text table, one line per action and size. */
export function benchTable(rows: readonly Row[]): string {
  const headers = [
    "action",
    "order lines",
    "syncs (r/w)",
    "largest req KB",
    "total req KB",
    "max cells/resp",
    "core ms",
    "floor ms",
    "core÷floor",
  ];
  const body = rows.map((r) => [
    r.action,
    r.lines.toLocaleString("en-US"),
    `${r.syncs} (${r.reads}/${r.writes})`,
    (r.largestRequestBytes / 1024).toFixed(1),
    (r.totalRequestBytes / 1024).toFixed(1),
    r.largestResponseCells.toLocaleString("en-US"),
    r.coreMs.toFixed(1),
    r.floorMs.toFixed(1),
    r.coreOverFloor.toFixed(2),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/**
 * Measures every action at each size (order lines).
 * @param onDone told after each action and size, for progress.
 */
export async function runBench(sizes: readonly number[], onDone?: (row: Row) => void): Promise<Row[]> {
  if (sizes.some((n) => !Number.isInteger(n) || n < NOTE_LINES))
    throw new Error(`sizes are order-line counts ≥ ${NOTE_LINES}`);
  const rows: Row[] = [];
  for (const size of sizes) {
    for (const kind of ["delivery", "return"] as const) {
      const row = await benchNote(kind, size);
      rows.push(row);
      onDone?.(row);
    }
  }
  return rows;
}
