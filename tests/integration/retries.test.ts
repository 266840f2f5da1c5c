/**
 * Retrying a note or a statement whose request failed, through the real excel/ code on
 * memory-excel: the retry finishes what the failed try wrote and never writes it twice, yet a
 * colleague's note or statement — different, or identical but issued separately — is never taken
 * for it.
 */
import { isoToSerial } from "../../src/core/dates";
import type { StatementRequest } from "../../src/core/statements/statement";
import { SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import type { ExcelRunner } from "../../src/excel/host";
import { createActions } from "../../src/excel/actions";
import { InterruptedWrite, writingOf, type Writing } from "../../src/excel/interruptedWrite";
import { readTables } from "../../src/excel/readTables";
import type { MemoryWorkbook } from "../../src/memory-excel";
import { actionsOf, demoBook, noteRequest, TODAY } from "../support/demoBook";

const OURS = noteRequest("delivery", "PO2610-004:1=100,PO2610-004:2=200");
const THEIRS = noteRequest("delivery", "PO2611-001:1=50");
const NOV: Omit<StatementRequest, "customer"> = {
  from: isoToSerial("2026-11-01")!,
  to: isoToSerial("2026-11-30")!,
  detail: "notes",
  lang: "zh",
};
const CUSTOMER = "杭州家乐惠商贸有限公司";

/** The 单号 of every filled 发货 row. */
async function ledgerNumbers(book: MemoryWorkbook): Promise<string[]> {
  const { data } = await book.run((context) => readTables(context, [SHIPMENTS_TABLE.table]));
  const ledger = data[SHIPMENTS_TABLE.table]!;
  const col = ledger.headers.indexOf("单号");
  return ledger.rows.map((row) => String(row[col] ?? "")).filter((n) => n !== "");
}

const count = (list: readonly string[], item: string) => list.filter((x) => x === item).length;
const sheets = (book: MemoryWorkbook) => book.model.sheets.map((s) => s.name);

/** What the action threw, which must be an InterruptedWrite; and what it was writing. */
async function interrupted<K extends Writing["kind"]>(
  kind: K,
  work: Promise<unknown>,
): Promise<Extract<Writing, { kind: K }>> {
  const error = await work.then(
    () => {
      throw new Error("the action did not fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InterruptedWrite);
  const writing = writingOf(error)!;
  expect(writing.kind).toBe(kind);
  return writing as Extract<Writing, { kind: K }>;
}

describe("retrying a note", () => {
  test("its response lost: the retry writes nothing and reports the note; the check finds nothing wrong", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("note", actionsOf(book).issueNote(OURS));
    const number = writing.note.number;
    book.resetSyncLog();
    const outcome = await actionsOf(book).issueNote(OURS, undefined, "zh", writing);
    expect(outcome.note?.number).toBe(number);
    expect(outcome.done).toMatchObject({ code: "delivery-issued", params: { number } });
    // The tables, the note's sheet, then bringing it to the front: nothing written.
    expect(book.syncLog.map((s) => s.cells)).toEqual([0, 0, 0]);
    expect(book.model.sheets.find((s) => s.id === book.model.activeSheetId)?.name).toBe(number);
    expect(count(await ledgerNumbers(book), number)).toBe(2);
    const { problems } = await actionsOf(book).checkWorkbook("zh");
    expect(problems.filter((p) => p.code.startsWith("note-"))).toEqual([]);
  });

  test("without what the failed try was writing, the same request is a second note", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("note", actionsOf(book).issueNote(OURS));
    const again = await actionsOf(book).issueNote(OURS);
    expect(again.note?.number).not.toBe(writing.note.number);
  });

  test("never arrived, and a colleague's different note took the number: ours is issued under the next", async () => {
    const book = await demoBook();
    book.failSync(2, "before");
    const writing = await interrupted("note", actionsOf(book).issueNote(OURS));
    const theirs = await actionsOf(book).issueNote(THEIRS);
    expect(theirs.note?.number).toBe(writing.note.number);

    const outcome = await actionsOf(book).issueNote(OURS, undefined, "zh", writing);
    const number = outcome.note!.number;
    expect(number).not.toBe(writing.note.number);
    expect(outcome.note!.lines.map((l) => [l.orderNo, l.lineNo, l.quantity])).toEqual([
      ["PO2610-004", 1, 100],
      ["PO2610-004", 2, 200],
    ]);
    const numbers = await ledgerNumbers(book);
    expect([count(numbers, writing.note.number), count(numbers, number)]).toEqual([1, 2]);
  });

  test("a colleague's identical note issued after ours landed is theirs: the retry reports ours and leaves it", async () => {
    const book = await demoBook();
    book.failSync(3, "before");
    const writing = await interrupted("note", actionsOf(book).issueNote(OURS, undefined, "zh"));
    // The same lines for the same customer, once more: a second delivery, with a number of its own.
    const theirs = await actionsOf(book).issueNote(noteRequest("delivery", "PO2610-004:1=100"));
    expect(theirs.problems).toEqual([]);
    const outcome = await actionsOf(book).issueNote(OURS, undefined, "zh", writing);
    expect(outcome.note?.number).toBe(writing.note.number);
    const numbers = await ledgerNumbers(book);
    expect([count(numbers, writing.note.number), count(numbers, theirs.note!.number)]).toEqual([2, 1]);
  });

  test("its sheet there but rows missing from 发货: the retry appends just those", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("note", actionsOf(book).issueNote(OURS));
    const number = writing.note.number;
    // One of its two rows cleared, as a failed later request or a clerk's Delete would leave it.
    const { data } = await book.run((context) => readTables(context, [SHIPMENTS_TABLE.table]));
    const ledger = data[SHIPMENTS_TABLE.table]!;
    const row = ledger.rows.findIndex((r) => r[0] === number && r[5] === 2);
    await book.run(async (context) => {
      context.workbook.worksheets
        .getItem(ledger.sheet)
        .getRangeByIndexes(ledger.row + 1 + row, ledger.col, 1, ledger.headers.length)
        .clear("Contents");
      await context.sync();
    });
    expect(count(await ledgerNumbers(book), number)).toBe(1);

    book.resetSyncLog();
    const outcome = await actionsOf(book).issueNote(OURS, undefined, "zh", writing);
    expect(outcome.problems).toEqual([]);
    // The tables, the sheet, the missing row, the verify.
    expect(book.syncLog.map((s) => (s.cells > 0 ? "write" : "read"))).toEqual([
      "read",
      "read",
      "write",
      "read",
    ]);
    expect(count(await ledgerNumbers(book), number)).toBe(2);
    expect(sheets(book).filter((s) => s.startsWith("SH"))).toEqual([number]);
  });

  test("a retry failing again still says what it was looking for; the next one finishes", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const first = await interrupted("note", actionsOf(book).issueNote(OURS));
    book.failSync(1, "before");
    const second = await interrupted("note", actionsOf(book).issueNote(OURS, undefined, "zh", first));
    expect(second).toEqual(first);
    const outcome = await actionsOf(book).issueNote(OURS, undefined, "zh", second);
    expect(outcome.note?.number).toBe(first.note.number);
    expect(count(await ledgerNumbers(book), first.note.number)).toBe(2);
  });

  test("what another request was writing is not looked for: the request is issued as asked", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("note", actionsOf(book).issueNote(OURS));
    const outcome = await actionsOf(book).issueNote(THEIRS, undefined, "zh", writing);
    expect(outcome.note?.number).not.toBe(writing.note.number);
    expect(outcome.note?.lines.map((l) => [l.orderNo, l.quantity])).toEqual([["PO2611-001", 50]]);
  });

  test("a refusal is not an interruption: nothing to retry", async () => {
    const book = await demoBook();
    const outcome = await actionsOf(book).issueNote(noteRequest("delivery", "PO2609-001:1=1"));
    expect(outcome.problems.map((p) => p.code)).toEqual(["note-fully-shipped"]);
  });
});

describe("retrying a statement", () => {
  const request = { ...NOV, customer: CUSTOMER };

  test("its response lost: the retry keeps the sheet, writes nothing and adds no version", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("statement", actionsOf(book).issueStatement(request));
    book.resetSyncLog();
    const outcome = await actionsOf(book).issueStatement(request, undefined, "zh", writing);
    expect(outcome.sheet).toBe(writing.sheet);
    expect(outcome.done).toMatchObject({ code: "statement-issued", params: { sheet: writing.sheet } });
    expect(book.syncLog.map((s) => s.cells)).toEqual([0, 0, 0]);
    expect(sheets(book).filter((s) => s.startsWith("对账单"))).toEqual([writing.sheet]);
  });

  test("cut off part-way: the retry finishes the same sheet", async () => {
    const whole = await demoBook();
    const clean = await actionsOf(whole).issueStatement(request);
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("statement", actionsOf(book).issueStatement(request));
    // Its formulas lost, as a request cut off after the constants would leave them.
    await book.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem(writing.sheet)
        .getUsedRange()
        .load("formulas, address");
      await context.sync();
      used.formulas = (used.formulas as unknown[][]).map((row) =>
        row.map((f) => (typeof f === "string" && f.startsWith("=") ? "" : f)),
      );
      await context.sync();
    });
    const outcome = await actionsOf(book).issueStatement(request, undefined, "zh", writing);
    expect(outcome.sheet).toBe(writing.sheet);
    const cells = (b: MemoryWorkbook, name: string) =>
      JSON.stringify(
        b.model.sheets
          .find((s) => s.name === name)!
          .cells.map((row) => row?.map((c) => c?.formula ?? c?.value)),
      );
    expect(cells(book, writing.sheet)).toBe(cells(whole, clean.sheet!));
  });

  test("never arrived, and a colleague's sheet took the name: the statement goes to a new version", async () => {
    const book = await demoBook();
    book.failSync(2, "before");
    const writing = await interrupted("statement", actionsOf(book).issueStatement(request));
    await book.run(async (context) => {
      context.workbook.worksheets.add(writing.sheet).getRange("A1").values = [["王会计的草稿"]];
      await context.sync();
    });
    const outcome = await actionsOf(book).issueStatement(request, undefined, "zh", writing);
    expect(outcome.sheet).toBe(`${writing.sheet} (2)`);
    expect(book.model.sheets.find((s) => s.name === writing.sheet)!.cells[0]![0]!.value).toBe("王会计的草稿");
  });
});

describe("retrying the month-end batch", () => {
  test("its response lost: the retry keeps every sheet and writes nothing", async () => {
    const book = await demoBook();
    book.failSync(2, "after");
    const writing = await interrupted("statements", actionsOf(book).issueStatements(NOV));
    const before = sheets(book);
    const outcome = await actionsOf(book).issueStatements(NOV, undefined, "zh", writing);
    expect(outcome.summarySheet).toBe(writing.summarySheet);
    expect(outcome.statements!.map((s) => s.sheet)).toEqual(writing.sheets.map((s) => s.sheet));
    expect(sheets(book)).toEqual(before);
  });

  test("a colleague takes a statement's name in the middle of the write: the next try finishes the batch once", async () => {
    const book = await demoBook();
    const clean = await actionsOf(await demoBook()).issueStatements(NOV);
    const second = clean.statements![1]!.sheet;
    let syncs = 0;
    // Just before the write request, a colleague's sheet appears under the second statement's name.
    const runner: ExcelRunner = (batch) =>
      book.run((context) => {
        const sync = context.sync.bind(context);
        const watched = new Proxy(context, {
          get: (target, prop, receiver) =>
            prop === "sync"
              ? async () => {
                  if (++syncs === 2) {
                    const other = book.createContext();
                    other.workbook.worksheets.add(second).getRange("A1").values = [["别人的"]];
                    await other.sync();
                  }
                  return await sync();
                }
              : (Reflect.get(target, prop, receiver) as unknown),
        });
        return batch(watched);
      });
    const outcome = await createActions(runner, { today: () => TODAY }).issueStatements(NOV);
    expect(outcome.problems).toEqual([]);
    // The summary and the first statement landed before the clash; the second went to a version.
    expect(outcome.summarySheet).toBe(clean.summarySheet);
    expect(outcome.statements!.map((s) => s.sheet)).toEqual(
      clean.statements!.map((s) => (s.sheet === second ? `${second} (2)` : s.sheet)),
    );
    const names = sheets(book);
    expect(names.filter((s) => s.startsWith("应收汇总"))).toEqual([clean.summarySheet]);
    for (const { sheet } of outcome.statements!) expect(count(names, sheet)).toBe(1);
    // The summary links to the version, not to the colleague's sheet.
    const summary = book.model.sheets.find((s) => s.name === clean.summarySheet)!;
    const links = summary.cells
      .flatMap((row) => row?.map((c) => c?.formula ?? "") ?? [])
      .filter((f) => f.includes("HYPERLINK"));
    expect(links.some((f) => f.includes(`${second} (2)`))).toBe(true);
    expect(links.filter((f) => f.includes(`'${second}'`))).toEqual([]);
  });
});
