/**
 * Every action under a dropped connection: each of its requests fails in turn, either before it
 * reaches the workbook (nothing applied) or after it applied (the response lost). After each
 * failure the workbook is as it was, or consistent — a note sheet and its 发货 rows together, or the
 * check reports what is missing and its repair restores it — and a retry as the pane makes it (the
 * same request, with what the failed try was writing) succeeds with nothing twice: the workbook
 * ends exactly as one clean run leaves it.
 */
import { buildDemo } from "../../src/core/demo/demoData";
import { isoToSerial } from "../../src/core/dates";
import type { NoteRequest } from "../../src/core/notes/note";
import type { Problem } from "../../src/core/problems";
import type { StatementRequest } from "../../src/core/statements/statement";
import { ORDERS_TABLE, SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import type { SetupSeed } from "../../src/core/workbook/setup";
import type { Actions } from "../../src/excel/actions";
import { writingOf, type Writing } from "../../src/excel/interruptedWrite";
import type { NoteOutcome } from "../../src/excel/noteActions";
import type { StatementBatchOutcome, StatementOutcome } from "../../src/excel/issueStatement";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook, type WorkbookModel } from "../../src/memory-excel";
import { actionsOf, demoBook, noteRequest, NOW, TODAY } from "../support/demoBook";

/** The problems the check has to say about note sheets against 发货. */
const NOTE_CODES = new Set([
  "note-rows-missing",
  "note-sheet-missing",
  "note-sheet-unreadable",
  "note-rows-differ",
]);

const NOV: Omit<StatementRequest, "customer"> = {
  from: isoToSerial("2026-11-01")!,
  to: isoToSerial("2026-11-30")!,
  detail: "notes",
  lang: "zh",
};
const CUSTOMER = "杭州家乐惠商贸有限公司";

/**
 * Everything the workbook holds as a string, for "the same workbook": sheets in tab order with
 * their cells, formats, merges, sizes, rules and page setup; tables; names. Left out: what changes
 * without changing the workbook (ids, the version, the active sheet, the selection, cached results).
 */
function fingerprint(model: WorkbookModel): string {
  const sheetName = new Map(model.sheets.map((s) => [s.id, s.name]));
  const dropped = new Set(["id", "version", "nextId", "activeSheetId", "selection", "computed"]);
  return JSON.stringify(
    { sheets: model.sheets, tables: model.tables, names: model.names },
    (key, value: unknown) => {
      if (dropped.has(key)) return undefined;
      if (key === "sheetId") return sheetName.get(value as string);
      if (value instanceof Map) return [...(value as Map<unknown, unknown>).entries()];
      return value;
    },
  );
}

/**
 * A deep copy keeping Maps as this realm's Maps and sparse arrays sparse (jest's structuredClone
 * makes Maps of another realm, which JSON and instanceof do not know).
 */
function deepCopy<T>(value: T): T {
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, deepCopy(v)])) as T;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (const key of Object.keys(value)) out[Number(key)] = deepCopy((value as unknown[])[Number(key)]);
    return out as T;
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}

function copyOf(book: MemoryWorkbook): MemoryWorkbook {
  return new MemoryWorkbook({ model: deepCopy(book.model), now: () => NOW });
}

function sheetNames(book: MemoryWorkbook): string[] {
  return book.model.sheets.map((s) => s.name);
}

/** The 单号 of every filled 发货 row, in ledger order. */
async function ledgerNumbers(book: MemoryWorkbook): Promise<string[]> {
  const { data } = await book.run((context) => readTables(context, [SHIPMENTS_TABLE.table]));
  const ledger = data[SHIPMENTS_TABLE.table]!;
  const col = ledger.headers.indexOf("单号");
  return ledger.rows.map((row) => String(row[col] ?? "")).filter((n) => n !== "");
}

/** What the check says of note sheets against 发货, each as its code and the note's number. */
async function noteProblems(book: MemoryWorkbook): Promise<string[]> {
  const { problems } = await actionsOf(book).checkWorkbook("zh");
  return problems.filter((p) => NOTE_CODES.has(p.code)).map((p) => `${p.code} ${String(p.params.number)}`);
}

/** One action as a caller runs it: `retryOf` is what its failed try was writing, if it said. */
interface FaultCase {
  name: string;
  /** The workbook the action starts from; each run works on a copy. */
  start: () => Promise<MemoryWorkbook>;
  act: (actions: Actions, retryOf: Writing | undefined) => Promise<unknown>;
  /** What a successful run says and leaves, checked on the clean run and on every retry. */
  expectDone: (outcome: unknown, before: MemoryWorkbook, after: MemoryWorkbook) => Promise<void>;
}

const noteWriting = (w: Writing | undefined) => (w?.kind === "note" ? w : undefined);

/** A note issued once: its sheet is the one new sheet, and 发货 holds its rows once. */
function noteIssued(lines: number) {
  return async (outcome: unknown, before: MemoryWorkbook, after: MemoryWorkbook) => {
    const { problems, note } = outcome as NoteOutcome;
    expect(problems).toEqual([]);
    const number = note!.number;
    expect(sheetNames(after)).toEqual([...sheetNames(before), number]);
    const numbers = await ledgerNumbers(after);
    expect(numbers.filter((n) => n === number)).toHaveLength(lines);
    expect(numbers.length).toBe((await ledgerNumbers(before)).length + lines);
  };
}

function issueCase(name: string, request: NoteRequest, start = () => demoBook()): FaultCase {
  return {
    name,
    start,
    act: (actions, retryOf) => actions.issueNote(request, undefined, "zh", noteWriting(retryOf)),
    expectDone: noteIssued(request.lines.length),
  };
}

/** An action that writes nothing: the same answer every time, and the workbook unchanged. */
function readCase(name: string, act: (actions: Actions) => Promise<unknown>): FaultCase {
  let answer: unknown;
  return {
    name,
    start: () => demoBook(),
    act: (actions) => act(actions),
    async expectDone(outcome, before, after) {
      answer ??= outcome;
      expect(outcome).toEqual(answer);
      expect(fingerprint(after.model)).toBe(fingerprint(before.model));
    },
  };
}

/** The demo with an order of `lines` lines with long names, so that a note of it takes several write requests. */
function seedWithLargeOrder(lines: number): SetupSeed {
  const seed = buildDemo(TODAY);
  const orders = seed.rows[ORDERS_TABLE.table]!;
  const headers = ORDERS_TABLE.columns.map((c) => c.header);
  const template = orders.find((row) => row[0] === "PO2610-004")!;
  for (let i = 1; i <= lines; i++) {
    const row = [...template];
    row[headers.indexOf("订单号")] = "PO2611-090";
    row[headers.indexOf("行号")] = i;
    row[headers.indexOf("品名")] = `${"加厚食品级不锈钢真空保温杯礼盒装".repeat(96)}${i}`;
    row[headers.indexOf("数量")] = 10;
    row[headers.indexOf("完成数量")] = null;
    orders.push(row);
  }
  return seed;
}

const LARGE = 150;

/** The note whose signed copy the 回单 case marks: the oldest pending in the demo. */
let signedCopy = "";

const CASES: FaultCase[] = [
  {
    name: "初始化 a new workbook with the demo",
    start: async () => new MemoryWorkbook({ now: () => NOW }),
    act: (actions) => actions.setupWorkbook("zh", undefined, buildDemo(TODAY)),
    async expectDone(outcome) {
      expect((outcome as { problems: Problem[] }).problems).toEqual([]);
    },
  },
  {
    name: "升级 a workbook whose 收款 sheet was deleted",
    start: async () => {
      const book = await demoBook();
      await book.run(async (context) => {
        context.workbook.worksheets.getItem("收款").delete();
        await context.sync();
      });
      return book;
    },
    act: (actions) => actions.setupWorkbook("zh"),
    async expectDone(outcome, before, after) {
      expect((outcome as { problems: Problem[] }).problems).toEqual([]);
      expect(sheetNames(after).filter((s) => s === "收款")).toHaveLength(1);
      expect(sheetNames(after)).toHaveLength(sheetNames(before).length + 1);
    },
  },
  readCase("校验", (actions) => actions.checkWorkbook("zh")),
  readCase("跟踪", (actions) => actions.trackingView()),
  readCase("核价", (actions) => actions.costingView()),
  readCase("送货单 lines", (actions) => actions.noteCandidates("delivery")),
  readCase("回单 list", (actions) => actions.pendingSignedCopies(7)),
  readCase("对账单 customers", (actions) => actions.statementCustomers("zh")),
  readCase("select a cell", (actions) => actions.selectCell("订单", "B3")),
  issueCase("送货单", noteRequest("delivery", "PO2610-004:1=100,PO2610-004:2=200")),
  issueCase("退货单", noteRequest("return", "PO2609-001:1=20")),
  issueCase(
    `送货单 of ${LARGE} lines, written in several requests`,
    noteRequest("delivery", Array.from({ length: LARGE }, (_, i) => `PO2611-090:${i + 1}=10`).join(",")),
    () => demoBook({ seed: seedWithLargeOrder(LARGE) }),
  ),
  {
    name: "回单 异常 with a remark",
    start: async () => {
      const book = await demoBook();
      const [first] = await actionsOf(book).pendingSignedCopies(7);
      signedCopy = first!.number;
      return book;
    },
    act: (actions) => actions.markSignedCopy({ number: signedCopy, state: "异常", remark: "少 2 箱" }),
    async expectDone(outcome, before, after) {
      expect(outcome).toMatchObject({ problems: [], done: { code: "signed-copy-marked" } });
      expect(sheetNames(after)).toEqual(sheetNames(before));
    },
  },
  {
    name: "修复 rows cleared from 发货",
    start: async () => {
      const book = await demoBook();
      const outcome = await actionsOf(book).issueNote(
        noteRequest("delivery", "PO2610-004:1=100,PO2610-004:2=200"),
      );
      const number = outcome.note!.number;
      const { data } = await book.run((context) => readTables(context, [SHIPMENTS_TABLE.table]));
      const ledger = data[SHIPMENTS_TABLE.table]!;
      await book.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(ledger.sheet);
        ledger.rows.forEach((row, i) => {
          if (row[0] === number) {
            sheet
              .getRangeByIndexes(ledger.row + 1 + i, ledger.col, 1, ledger.headers.length)
              .clear("Contents");
          }
        });
        await context.sync();
      });
      return book;
    },
    act: (actions) => actions.repairNotes("zh"),
    async expectDone(outcome, _before, after) {
      // The first run repairs; a retry after the repair landed finds nothing missing.
      expect((outcome as { problems: Problem[] }).problems.filter((p) => NOTE_CODES.has(p.code))).toEqual([]);
      expect(await noteProblems(after)).toEqual([]);
    },
  },
  {
    name: "对账单",
    start: () => demoBook(),
    act: (actions, retryOf) =>
      actions.issueStatement(
        { ...NOV, customer: CUSTOMER },
        undefined,
        "zh",
        retryOf?.kind === "statement" ? retryOf : undefined,
      ),
    async expectDone(outcome, before, after) {
      const { problems, sheet } = outcome as StatementOutcome;
      expect(problems).toEqual([]);
      expect(sheet).not.toMatch(/\(\d+\)$/);
      expect(sheetNames(after)).toEqual([...sheetNames(before), sheet]);
    },
  },
  {
    name: "对账单 全部客户",
    start: () => demoBook(),
    act: (actions, retryOf) =>
      actions.issueStatements(NOV, undefined, "zh", retryOf?.kind === "statements" ? retryOf : undefined),
    async expectDone(outcome, before, after) {
      const { problems, statements, summarySheet } = outcome as StatementBatchOutcome;
      expect(problems).toEqual([]);
      const added = sheetNames(after).slice(sheetNames(before).length);
      expect(added.sort()).toEqual([summarySheet!, ...statements!.map((s) => s.sheet)].sort());
      expect(new Set(statements!.map((s) => s.statement.customer.name)).size).toBe(statements!.length);
      expect(added.some((s) => /\(\d+\)$/.test(s))).toBe(false);
    },
  },
];

describe.each(CASES)("$name under a dropped connection", (c) => {
  let start: MemoryWorkbook;
  let syncs: number;
  let clean: string;
  /** What the check says of note sheets before the action, and after a clean run. */
  let before: string[];
  let after: string[];

  beforeAll(async () => {
    start = await c.start();
    start.resetSyncLog();
    before = await noteProblems(copyOf(start));
    const book = copyOf(start);
    const outcome = await c.act(actionsOf(book), undefined);
    syncs = book.syncLog.length;
    await c.expectDone(outcome, start, book);
    clean = fingerprint(book.model);
    after = await noteProblems(book);
  }, 60_000);

  test("the clean run makes requests", () => {
    expect(syncs).toBeGreaterThan(0);
  });

  test.each(["before", "after"] as const)(
    "each request failing %s it applies: the workbook unchanged or consistent, a retry finishes it once",
    async (mode) => {
      for (let i = 1; i <= syncs; i++) {
        const label = `request ${i} of ${syncs}, ${mode}`;
        const book = copyOf(start);
        book.failSync(i, mode);
        let writing: Writing | undefined;
        let failed = false;
        try {
          const outcome = await c.act(actionsOf(book), undefined);
          // Recovered by itself: it must have done the whole job.
          await c.expectDone(outcome, start, book);
        } catch (error) {
          failed = true;
          expect([label, (error as { code?: string }).code]).toEqual([label, "GeneralException"]);
          writing = writingOf(error);
        }
        expect([label, book.syncLog.some((s) => s.failed)]).toEqual([label, true]);

        // Unchanged, or consistent: the check finds nothing wrong with note sheets that it did not
        // find before, or only rows missing, which its repair restores. The clerk may also just
        // retry: that is tried on a copy of the workbook as the failure left it.
        const books = [book];
        if (fingerprint(book.model) !== fingerprint(start.model)) {
          const found = (await noteProblems(book)).filter((p) => !before.includes(p));
          if (found.length > 0) {
            expect([label, found.every((p) => p.startsWith("note-rows-missing "))]).toEqual([label, true]);
            books.push(copyOf(book));
            await actionsOf(book).repairNotes("zh");
            const left = (await noteProblems(book)).filter((p) => !before.includes(p));
            expect([label, left]).toEqual([label, []]);
          }
        }
        if (!failed) continue;

        // The retry, as the pane makes it: the same request, with what the failed try was writing.
        for (const retried of books) {
          const outcome = await c.act(actionsOf(retried), writing);
          await c.expectDone(outcome, start, retried);
          // Nothing twice, nothing missing: the workbook as the clean run left it.
          expect([label, fingerprint(retried.model) === clean]).toEqual([label, true]);
          expect([label, await noteProblems(retried)]).toEqual([label, after]);
        }
      }
    },
    120_000,
  );
});
