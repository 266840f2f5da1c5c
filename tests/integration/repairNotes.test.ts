/**
 * Note sheets against 发货 through the real excel/ code on memory-excel: the order check reports a
 * note whose rows are missing (cleared by hand, or cut off by a failed write), rows that differ
 * from the sheet, and a sheet deleted too early; the repair appends the missing rows from the
 * sheet, exactly as issueNote wrote them; the demo alone keeps exactly its planted problems.
 */
import { buildDemo } from "../../src/core/demo/demoData";
import type { CellConstant } from "../../src/core/plan";
import { ORDERS_TABLE, SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import type { TableData } from "../../src/core/workbook/tableData";
import type { SetupSeed } from "../../src/core/workbook/setup";
import { createActions } from "../../src/excel/actions";
import type { ExcelRunner } from "../../src/excel/host";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook } from "../../src/memory-excel";
import { actionsOf, demoBook, noteRequest, TODAY } from "../support/demoBook";

const PLANTED = ["production-before-deposit", "currency-mismatch", "unknown-product"];

const request = (lines: string) => noteRequest("delivery", lines);

async function issue(book: MemoryWorkbook, lines: string): Promise<string> {
  const outcome = await actionsOf(book).issueNote(request(lines));
  expect(outcome.problems).toEqual([]);
  return outcome.note!.number;
}

async function ledger(book: MemoryWorkbook): Promise<TableData> {
  const { data } = await book.run((context) => readTables(context, [SHIPMENTS_TABLE.table]));
  return data[SHIPMENTS_TABLE.table]!;
}

/** The body rows of a note in 发货, in ledger order. */
async function rowsOf(book: MemoryWorkbook, number: string): Promise<CellConstant[][]> {
  const table = await ledger(book);
  const col = table.headers.indexOf("单号");
  return table.rows.filter((row) => row[col] === number);
}

/** Clears the contents of some 发货 rows, as a clerk selecting them and pressing Delete would. */
async function clearRows(book: MemoryWorkbook, pick: (row: CellConstant[]) => boolean): Promise<number> {
  const table = await ledger(book);
  const rows = table.rows.flatMap((row, i) => (pick(row) ? [i] : []));
  await book.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(table.sheet);
    for (const i of rows) {
      sheet.getRangeByIndexes(table.row + 1 + i, table.col, 1, table.headers.length).clear("Contents");
    }
    await context.sync();
  });
  return rows.length;
}

async function check(book: MemoryWorkbook) {
  return (await actionsOf(book).checkWorkbook("en")).problems;
}

describe("the check on note sheets", () => {
  test("the demo alone: exactly its planted problems, in one request", async () => {
    const book = await demoBook();
    const problems = await check(book);
    expect(problems.map((p) => p.code)).toEqual(PLANTED);
    expect(book.syncLog).toHaveLength(1);
  });

  test("a note issued whole: nothing more; the note sheet costs one more request", async () => {
    const book = await demoBook();
    await issue(book, "PO2610-004:1=100,PO2610-004:2=200");
    book.resetSyncLog();
    expect((await check(book)).map((p) => p.code)).toEqual(PLANTED);
    expect(book.syncLog.map((s) => [s.cells, s.failed])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  test("rows cleared from 发货: an error naming the note; the repair writes them back as issueNote did", async () => {
    const book = await demoBook();
    const number = await issue(book, "PO2610-004:1=100,PO2610-004:2=200");
    const issued = await rowsOf(book, number);
    expect(issued).toHaveLength(2);
    expect(await clearRows(book, (row) => row[0] === number)).toBe(2);

    const problems = await check(book);
    expect(problems.map((p) => p.code)).toEqual([...PLANTED, "note-rows-missing"]);
    expect(problems[3]).toMatchObject({
      severity: "error",
      sheet: number,
      params: { number, count: 2 },
    });
    expect(problems[3]!.message).toContain(number);

    book.resetSyncLog();
    const outcome = await actionsOf(book).repairNotes("en");
    expect(outcome).toEqual({
      problems: [],
      done: { code: "notes-repaired", params: { notes: 1, rows: 2 } },
    });
    // Read (tables and sheet names), the note sheet, one write, one verify.
    expect(book.syncLog.map((s) => (s.cells > 0 ? "write" : "read"))).toEqual([
      "read",
      "read",
      "write",
      "read",
    ]);
    expect(await rowsOf(book, number)).toEqual(issued);
    expect((await check(book)).map((p) => p.code)).toEqual(PLANTED);
  });

  test("one row of two cleared, and a second note whole: only the missing row comes back", async () => {
    const book = await demoBook();
    const first = await issue(book, "PO2610-004:1=100,PO2610-004:2=200");
    const second = await issue(book, "PO2611-001:1=50");
    const issued = await rowsOf(book, first);
    await clearRows(book, (row) => row[0] === first && row[5] === 2);
    const outcome = await actionsOf(book).repairNotes("zh");
    expect(outcome.done).toEqual({ code: "notes-repaired", params: { notes: 1, rows: 1 } });
    expect(await rowsOf(book, first)).toEqual(issued);
    // The restored row goes below the table's last filled row, after the second note's; the cleared
    // row stays blank where it was.
    const filled = (await ledger(book)).rows.filter((row) => row[0] !== "");
    expect(filled.slice(-2).map((row) => [row[0], row[5]])).toEqual([
      [second, 1],
      [first, 2],
    ]);
    expect((await check(book)).map((p) => p.code)).toEqual(PLANTED);
  });

  test("a co-author writing over the restored rows meanwhile: the verify sees it and appends them again", async () => {
    const book = await demoBook();
    const number = await issue(book, "PO2610-004:1=100,PO2610-004:2=200");
    const issued = await rowsOf(book, number);
    await clearRows(book, (row) => row[0] === number);
    const table = await ledger(book);
    const theirs = [...issued[0]!];
    theirs[0] = "SH20261123-77";
    let syncs = 0;
    // After the repair's write (its third request), a colleague's row lands on the first restored row.
    const runner: ExcelRunner = (batch) =>
      book.run((context) => {
        const sync = context.sync.bind(context);
        const watched = new Proxy(context, {
          get: (target, prop, receiver) =>
            prop === "sync"
              ? async () => {
                  await sync();
                  if (++syncs !== 3) return;
                  const other = book.createContext();
                  const start = table.rows.findIndex((row) => row[0] === "");
                  other.workbook.worksheets
                    .getItem(table.sheet)
                    .getRangeByIndexes(table.row + 1 + start, table.col, 1, theirs.length).values = [theirs];
                  await other.sync();
                }
              : (Reflect.get(target, prop, receiver) as unknown),
        });
        return batch(watched);
      });
    const outcome = await createActions(runner, { today: () => TODAY }).repairNotes("en");
    expect(outcome.done).toEqual({ code: "notes-repaired", params: { notes: 1, rows: 2 } });
    expect(syncs).toBeGreaterThan(4);
    // Line 2 stayed; line 1 was written again below it.
    expect(await rowsOf(book, number)).toEqual([issued[1], issued[0]]);
    expect(await rowsOf(book, "SH20261123-77")).toEqual([theirs]);
  });

  test("a quantity changed in 发货: a warning on its cell, and the repair changes nothing", async () => {
    const book = await demoBook();
    const number = await issue(book, "PO2610-004:1=100,PO2610-004:2=200");
    const table = await ledger(book);
    const row = table.rows.findIndex((r) => r[0] === number && r[5] === 2);
    const col = table.headers.indexOf("数量");
    await book.run(async (context) => {
      context.workbook.worksheets
        .getItem(table.sheet)
        .getRangeByIndexes(table.row + 1 + row, table.col + col, 1, 1).values = [[150]];
      await context.sync();
    });

    const problems = await check(book);
    expect(problems.map((p) => [p.severity, p.code])).toContainEqual(["warning", "note-rows-differ"]);
    const differ = problems.find((p) => p.code === "note-rows-differ")!;
    expect(differ).toMatchObject({ sheet: "发货", params: { number, lines: "PO2610-004:2" } });
    expect(differ.cell).toBe(`L${table.row + 2 + row}`);

    const version = book.model.version;
    const outcome = await actionsOf(book).repairNotes("en");
    expect(outcome.done).toBeUndefined();
    expect(outcome.problems.map((p) => p.code)).toEqual([...PLANTED, "note-rows-differ"]);
    expect(book.model.version).toBe(version);
  });

  test("the sheet of a fresh 未回 note deleted: an info naming the note; older notes say nothing", async () => {
    const book = await demoBook();
    await issue(book, "PO2610-004:1=100");
    const deleted = await issue(book, "PO2611-001:1=50");
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(deleted).delete();
      await context.sync();
    });
    const problems = await check(book);
    expect(problems.map((p) => p.code)).toEqual([...PLANTED, "note-sheet-missing"]);
    expect(problems[3]).toMatchObject({ severity: "info", sheet: "发货", params: { number: deleted } });
    expect(problems[3]!.cell).toMatch(/^A\d+$/);
  });

  test("sheets named like notes that are not notes: a warning each, their values read in packed requests", async () => {
    const book = await demoBook();
    await book.run(async (context) => {
      for (let i = 1; i <= 40; i++)
        context.workbook.worksheets.add(`SH20261101-${String(i).padStart(2, "0")}`);
      context.workbook.worksheets.getItem("SH20261101-01").getRange("A1:B2").values = [
        ["送货单", ""],
        ["序号", "订单号"],
      ];
      await context.sync();
    });
    book.resetSyncLog();
    const problems = await check(book);
    expect(problems.filter((p) => p.code === "note-sheet-unreadable")).toHaveLength(40);
    expect(problems.filter((p) => p.code !== "note-sheet-unreadable").map((p) => p.code)).toEqual(PLANTED);
    // The tables and names, then 40 sheets' values in two requests (about 37 fit the budget).
    expect(book.syncLog).toHaveLength(3);
  });
});

/** The demo with one more order of `lines` lines, each with a long 品名, so a note of it is large. */
function seedWithLargeOrder(lines: number): SetupSeed {
  const seed = buildDemo(TODAY);
  const orders = seed.rows[ORDERS_TABLE.table]!;
  const headers = ORDERS_TABLE.columns.map((c) => c.header);
  const template = orders.find((row) => row[0] === "PO2610-004")!;
  const name = "加厚食品级不锈钢真空保温杯礼盒装".repeat(4);
  for (let i = 1; i <= lines; i++) {
    const row = [...template];
    row[headers.indexOf("订单号")] = "PO2611-090";
    row[headers.indexOf("行号")] = i;
    row[headers.indexOf("品名")] = `${name}${i}`;
    row[headers.indexOf("数量")] = 10;
    row[headers.indexOf("完成数量")] = null;
    orders.push(row);
  }
  return seed;
}

describe("a note whose write was cut off", () => {
  const LINES = 3000;
  const lines = Array.from({ length: LINES }, (_, i) => `PO2611-090:${i + 1}=10`).join(",");

  test("the check finds the rows the failed request did not write, and the repair restores them", async () => {
    // The same note written whole, to compare with; and which of its requests write.
    const whole = await demoBook({ seed: seedWithLargeOrder(LINES) });
    const number = await issue(whole, lines);
    const writes = whole.syncLog.flatMap((s, i) => (s.cells > 0 ? [i + 1] : []));
    expect(writes.length).toBeGreaterThanOrEqual(2);
    const expected = await rowsOf(whole, number);
    expect(expected).toHaveLength(LINES);

    // The last write request is lost: the sheet (written first) is there, only some 发货 rows are.
    const book = await demoBook({ seed: seedWithLargeOrder(LINES) });
    book.failSync(writes[writes.length - 1]!, "before");
    await expect(actionsOf(book).issueNote(request(lines))).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(book.model.sheets.map((s) => s.name)).toContain(number);
    const written = (await rowsOf(book, number)).length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(LINES);

    const problems = await check(book);
    expect(problems.map((p) => p.code)).toEqual([...PLANTED, "note-rows-missing"]);
    expect(problems[3]!.params).toEqual({ number, count: LINES - written });

    const outcome = await actionsOf(book).repairNotes("zh");
    expect(outcome.done).toEqual({ code: "notes-repaired", params: { notes: 1, rows: LINES - written } });
    expect(await rowsOf(book, number)).toEqual(expected);
    expect((await check(book)).map((p) => p.code)).toEqual(PLANTED);
  }, 120_000);
});
