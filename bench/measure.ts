/**
 * The measurements `npm run bench` makes: each action on synthetic workbooks of a given size, with
 * the requests it sent (from memory-excel's sync log) and core's time against the floor of parsing
 * the same table data once; and LibreOffice's time to load and recalculate the workbook with its
 * formulas against the same workbook holding values only.
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { checkWorkbook } from "../src/core/check/checkWorkbook";
import type { NoteKind, NoteRequest } from "../src/core/notes/note";
import { NOTE_INPUT_COLUMNS, prepareNote } from "../src/core/notes/prepare";
import { reconcileNotes } from "../src/core/notes/reconcile";
import { monthEndStatements } from "../src/core/statements/aging";
import { STATEMENT_INPUT_COLUMNS } from "../src/core/statements/columns";
import { computeStatement } from "../src/core/statements/compute";
import type { Statement, StatementRequest } from "../src/core/statements/statement";
import {
  CONTRACT_TABLES,
  COSTING_TABLE,
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
} from "../src/core/workbook/schema";
import { planSetup } from "../src/core/workbook/setup";
import type { WorkbookData } from "../src/core/workbook/tableData";
import { type ActionOutcome, createActions } from "../src/excel/actions";
import { type ColumnChoice, readTables } from "../src/excel/readTables";
import { MemoryWorkbook, type SyncRecord } from "../src/memory-excel";
import { writeXlsx } from "../src/memory-excel/xlsx";
import { LibreOffice } from "./libreOffice";
import {
  customerCount,
  firstCustomerLines,
  keepValuesOnly,
  PERIOD,
  setupSnapshot,
  STATEMENT_CUSTOMER,
  syntheticWorkbook,
  TODAY,
} from "./workbooks";

/** One action at one size. */
export interface Row {
  action: string;
  lines: number;
  /** Customers in the synthetic workbook (see customerCount). */
  customers: number;
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

/** LibreOffice's load + recalculation of one workbook size, with formulas and with values only. */
export interface LibreOfficeRow {
  lines: number;
  shipments: number;
  payments: number;
  formulasMs: number;
  valuesMs: number;
  /** formulasMs ÷ valuesMs */
  ratio: number;
  /** CPU time of the same runs (null where it cannot be read): steadier than wall time on a busy machine. */
  formulasCpuMs: number | null;
  valuesCpuMs: number | null;
  cpuRatio: number | null;
}

export interface BenchResult {
  rows: Row[];
  libreOffice: LibreOfficeRow[];
}

export const NOTE_LINES = 50;
/** LibreOffice runs per workbook; the fastest counts. */
const LIBREOFFICE_RUNS = 2;
/** A run this slow is timed once: its noise is small beside it, and a second would take as long. */
const SLOW_RUN_MS = 10_000;
/** Quick work is run until it has taken this long in all. */
const QUICK_RUNS_MS = 250;
const MAX_RUNS = 50;

const ALL_TABLES = CONTRACT_TABLES.map((t) => t.table);
const NOTE_TABLES = ALL_TABLES.filter((t) => t !== COSTING_TABLE.table);
const STATEMENT_TABLES = [SETTINGS_TABLE, CUSTOMERS_TABLE, SHIPMENTS_TABLE, PAYMENTS_TABLE].map(
  (t) => t.table,
);
/** The 订单 columns added after the contract's first version: what the upgrade row adds. */
const LATER_ORDER_COLUMNS = ORDERS_TABLE.columns.filter((c) => c.extension).map((c) => c.header);

/**
 * A full garbage collection, so that a timing does not pay for the garbage of building the
 * workbook. `npm run bench` starts node without --expose-gc; the flag can still be set at run time.
 */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * The fastest timing of `work`, in milliseconds: at least three runs and as many more as fit in a
 * quarter of a second (at most 50), or a single run when it takes over ten seconds.
 */
function fastest(work: () => unknown): number {
  collectGarbage();
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    const start = performance.now();
    work();
    const elapsed = performance.now() - start;
    best = Math.min(best, elapsed);
    total += elapsed;
    if (elapsed > SLOW_RUN_MS || (runs >= 3 && total > QUICK_RUNS_MS)) break;
  }
  return best;
}

/** Core's time on `work` and the floor: parsing `input` (the data core decides on) once. */
function timeCore(input: unknown, work: () => unknown): { coreMs: number; floorMs: number } {
  const text = JSON.stringify(input);
  return { floorMs: fastest(() => JSON.parse(text)), coreMs: fastest(work) };
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

function summarize(
  action: string,
  lines: number,
  log: readonly SyncRecord[],
  { coreMs, floorMs }: { coreMs: number; floorMs: number },
): Row {
  return {
    action,
    lines,
    customers: customerCount(lines),
    syncs: log.length,
    reads: log.filter((s) => s.cells === 0).length,
    writes: log.filter((s) => s.cells > 0).length,
    largestRequestBytes: Math.max(...log.map((s) => s.requestBytes)),
    totalRequestBytes: log.reduce((n, s) => n + s.requestBytes, 0),
    largestResponseCells: Math.max(...log.map((s) => s.readCells)),
    coreMs: round(coreMs, 3),
    floorMs: round(floorMs, 3),
    coreOverFloor: round(coreMs / floorMs, 2),
  };
}

const actionsOn = (book: MemoryWorkbook) => createActions((batch) => book.run(batch), { today: () => TODAY });

/** Stops the bench when an action refused: its figures would measure a refusal. */
function done<T extends ActionOutcome>(what: string, outcome: T): T {
  if (!outcome.done) throw new Error(`${what} refused: ${outcome.problems.map((p) => p.message).join("; ")}`);
  return outcome;
}

/** Reads tables as the actions do (the sheet names riding the first request); its syncs stay in the log. */
async function read(
  book: MemoryWorkbook,
  tables: readonly string[],
  columns?: ColumnChoice,
): Promise<{ data: WorkbookData; sheets: string[] }> {
  return await book.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const { data } = await readTables(context, tables, undefined, columns);
    return { data, sheets: sheets.items.map((s) => s.name) };
  });
}

/** 初始化 on a new workbook, or 升级 of a populated one that is up to date or lacks 订单's later columns. */
async function benchSetup(kind: "init" | "current" | "older", lines: number): Promise<Row> {
  const action = {
    init: "init (new workbook)",
    current: "upgrade (up to date)",
    older: `upgrade (adds ${LATER_ORDER_COLUMNS.join(", ")})`,
  }[kind];
  const book =
    kind === "init"
      ? new MemoryWorkbook()
      : await syntheticWorkbook(lines, kind === "older" ? LATER_ORDER_COLUMNS : []);
  const snapshot = setupSnapshot(book.model);
  const core = timeCore(snapshot, () => planSetup(snapshot, "zh"));
  book.resetSyncLog();
  done(action, await actionsOn(book).setupWorkbook("zh"));
  return summarize(action, lines, book.syncLog, core);
}

/** 校验: the data check and the note sheets against 发货 (the synthetic workbook has no note sheets). */
async function benchCheck(lines: number): Promise<Row> {
  const book = await syntheticWorkbook(lines);
  const { data } = await read(book, ALL_TABLES);
  const core = timeCore(data, () => [
    ...checkWorkbook(data, "zh", TODAY),
    ...reconcileNotes(data, [], "zh").problems,
  ]);
  book.resetSyncLog();
  done("check", await actionsOn(book).checkWorkbook("zh"));
  return summarize("check", lines, book.syncLog, core);
}

/** A 50-line delivery or return note for customer 0. */
async function benchNote(kind: NoteKind, lines: number): Promise<Row> {
  const action = kind === "delivery" ? `deliver ${NOTE_LINES} lines` : `return ${NOTE_LINES} lines`;
  const book = await syntheticWorkbook(lines);
  const { data, sheets } = await read(book, NOTE_TABLES, NOTE_INPUT_COLUMNS);
  const request: NoteRequest = {
    kind,
    lines: firstCustomerLines(NOTE_LINES, kind === "delivery" ? 100 : 20),
    date: TODAY,
    withPrices: true,
    lang: "zh",
    paper: "A4",
  };
  const core = timeCore(data, () => prepareNote(data, sheets, request));
  book.resetSyncLog();
  const outcome = await actionsOn(book).issueNote(request);
  if (!outcome.note)
    throw new Error(`${action} refused: ${outcome.problems.map((p) => p.message).join("; ")}`);
  return summarize(action, lines, book.syncLog, core);
}

/**
 * Last month's statement for customer 0, or the month-end batch for every customer. Core is timed
 * on the data the action reads (发货 and 收款 as STATEMENT_INPUT_COLUMNS says); the requests are
 * the action's own.
 */
async function benchStatement(scope: "one" | "all", lines: number): Promise<Row> {
  const book = await syntheticWorkbook(lines);
  const { data } = await read(book, STATEMENT_TABLES, STATEMENT_INPUT_COLUMNS);
  const request = { from: PERIOD.from, to: PERIOD.to, detail: "notes", lang: "zh" } as const;
  const one = (customer: string) => computeStatement(data, { ...request, customer }).statement;
  // Core as the action runs it: one customer's statement, or the summary and every statement in one pass.
  const decide = (): (Statement | undefined)[] =>
    scope === "one" ? [one(STATEMENT_CUSTOMER)] : (monthEndStatements(data, request, TODAY).statements ?? []);
  let decided: (Statement | undefined)[] = [];
  const core = timeCore(data, () => (decided = decide()));
  book.resetSyncLog();
  const actions = actionsOn(book);
  const made =
    scope === "one"
      ? [
          done("statement", await actions.issueStatement({ ...request, customer: STATEMENT_CUSTOMER }))
            .statement,
        ]
      : done(
          "statement --all",
          await actions.issueStatements(request as Omit<StatementRequest, "customer">),
        ).statements!.map((s) => s.statement);
  const closings = (list: readonly (Statement | undefined)[]) => list.map((s) => s?.closing).join();
  if (closings(decided) !== closings(made))
    throw new Error("the statements read by the bench differ from the action's");
  const action = scope === "one" ? "statement, 1 customer" : `statement --all, ${made.length} customers`;
  return summarize(action, lines, book.syncLog, core);
}

/** The workbook of `lines` order lines as the CLI writes it (no cached results), then with values only, in LibreOffice. */
async function benchLibreOffice(office: LibreOffice, lines: number): Promise<LibreOfficeRow> {
  const book = await syntheticWorkbook(lines);
  const withFormulas = await writeXlsx(book.model, { omitFormulaResults: true });
  keepValuesOnly(book.model);
  const valuesOnly = await writeXlsx(book.model);
  // Values first: the first run also warms the profile up.
  const values = office.time(valuesOnly, LIBREOFFICE_RUNS);
  const formulas = office.time(withFormulas, LIBREOFFICE_RUNS);
  const ratio = (a: number | null, b: number | null) => (a === null || b === null ? null : round(a / b, 2));
  return {
    lines,
    shipments: lines * 2,
    payments: Math.floor(lines / 2),
    formulasMs: Math.round(formulas.wallMs),
    valuesMs: Math.round(values.wallMs),
    ratio: ratio(formulas.wallMs, values.wallMs)!,
    formulasCpuMs: formulas.cpuMs,
    valuesCpuMs: values.cpuMs,
    cpuRatio: ratio(formulas.cpuMs, values.cpuMs),
  };
}

/** Every action measured at each size, in the order of the table. */
const ACTIONS: readonly ((lines: number) => Promise<Row>)[] = [
  (n) => benchSetup("init", n),
  (n) => benchSetup("current", n),
  (n) => benchSetup("older", n),
  (n) => benchCheck(n),
  (n) => benchNote("delivery", n),
  (n) => benchNote("return", n),
  (n) => benchStatement("one", n),
  (n) => benchStatement("all", n),
];

/**
 * Measures every action at each size (order lines), then LibreOffice at its sizes.
 * @param soffice the LibreOffice program; needed only when `libreOfficeSizes` is not empty.
 * @param onProgress told what was just measured.
 */
export async function runBench(
  options: { sizes: readonly number[]; libreOfficeSizes: readonly number[]; soffice?: string },
  onProgress?: (what: string) => void,
): Promise<BenchResult> {
  const all = [...options.sizes, ...options.libreOfficeSizes];
  if (all.some((n) => !Number.isInteger(n) || n < NOTE_LINES))
    throw new Error(`sizes are order-line counts ≥ ${NOTE_LINES}`);
  const rows: Row[] = [];
  for (const size of options.sizes) {
    for (const measure of ACTIONS) {
      const row = await measure(size);
      rows.push(row);
      onProgress?.(`${row.action} at ${size} lines`);
    }
  }
  const libreOffice: LibreOfficeRow[] = [];
  if (options.libreOfficeSizes.length > 0) {
    if (!options.soffice)
      throw new Error("LibreOffice (soffice) is not on PATH; use --no-libreoffice to leave it out");
    const office = new LibreOffice(options.soffice);
    try {
      for (const size of options.libreOfficeSizes) {
        libreOffice.push(await benchLibreOffice(office, size));
        onProgress?.(`LibreOffice at ${size} lines`);
      }
    } finally {
      office.close();
    }
  }
  return { rows, libreOffice };
}

/** Columns `text` takes in a terminal: two for a Chinese character or full-width sign. */
function displayWidth(text: string): number {
  return [...text].reduce(
    (n, ch) => n + (/[\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1),
    0,
  );
}

/** Lays out `body` under `headers` as plain text, the first column left-aligned, the others right. */
function textTable(headers: readonly string[], body: readonly string[][]): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]!))));
  const pad = (text: string, i: number) => " ".repeat(widths[i]! - displayWidth(text));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c + pad(c, i) : pad(c, i) + c)).join("  ");
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

const count = (n: number) => n.toLocaleString("en-US");
/** Milliseconds with two decimals below 10 ms, where one would round small timings away. */
const millis = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const seconds = (ms: number | null) => (ms === null ? "–" : (ms / 1000).toFixed(1));

/** The result as plain-text tables: one line per action and size, then LibreOffice's, then the budgets. */
export function benchTable({ rows, libreOffice }: BenchResult): string {
  const parts: string[] = [];
  if (rows.length > 0) {
    parts.push(
      textTable(
        [
          "action",
          "order lines",
          "customers",
          "syncs (r/w)",
          "largest req KB",
          "total req KB",
          "max cells/resp",
          "core ms",
          "floor ms",
          "core÷floor",
        ],
        rows.map((r) => [
          r.action,
          count(r.lines),
          count(r.customers),
          `${r.syncs} (${r.reads}/${r.writes})`,
          (r.largestRequestBytes / 1024).toFixed(1),
          (r.totalRequestBytes / 1024).toFixed(1),
          count(r.largestResponseCells),
          millis(r.coreMs),
          millis(r.floorMs),
          r.coreOverFloor.toFixed(2),
        ]),
      ),
    );
  }
  if (libreOffice.length > 0) {
    parts.push(
      textTable(
        [
          "LibreOffice load + recalc",
          "发货 rows",
          "收款 rows",
          "formulas s",
          "values s",
          "ratio",
          "formulas CPU s",
          "values CPU s",
          "CPU ratio",
        ],
        libreOffice.map((r) => [
          `${count(r.lines)} order lines`,
          count(r.shipments),
          count(r.payments),
          seconds(r.formulasMs),
          seconds(r.valuesMs),
          r.ratio.toFixed(2),
          seconds(r.formulasCpuMs),
          seconds(r.valuesCpuMs),
          r.cpuRatio === null ? "–" : r.cpuRatio.toFixed(2),
        ]),
      ),
    );
  }
  parts.push(
    "Budgets (DESIGN §6): 1 read + 1 write sync (+1 verify, + chunks); largest request ≤ 1 MB; core ≤ 3× floor; LibreOffice at 10,000 lines ≤ 3× values only.",
  );
  return parts.join("\n\n");
}
