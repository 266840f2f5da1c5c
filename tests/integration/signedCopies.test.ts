/**
 * 回单 tracking through the real excel/ code on memory-excel, on the demo workbook: the overdue
 * notes, and marking one 已回 or 异常 in one read of 发货 and one write.
 */
import { serialToIso } from "../../src/core/dates";
import { SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import type { TableData } from "../../src/core/workbook/tableData";
import type { ExcelRunner } from "../../src/excel/host";
import { readTables } from "../../src/excel/readTables";
import { markSignedCopy, readPendingSignedCopies } from "../../src/excel/signedCopies";
import { MemoryWorkbook } from "../../src/memory-excel";
import { demoBook as demoWorkbook, TODAY } from "../support/demoBook";
import { getCell, type WorkbookModel } from "../../src/memory-excel/model";

function runner(book: MemoryWorkbook): ExcelRunner {
  return (batch) => book.run(batch);
}

// The engine computes the sheets' formulas, so the checks below see what Excel would show.
const demoBook = () => demoWorkbook({ engine: true });

/** Every typed value and formula of every sheet, keyed `sheet!row,col`. */
function cellDump(model: WorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of model.sheets) {
    sheet.cells.forEach((cells, row) =>
      cells.forEach((cell, col) => {
        if (cell && (cell.value !== undefined || cell.formula !== undefined)) {
          out.set(`${sheet.name}!${row},${col}`, JSON.stringify(cell.formula ?? cell.value));
        }
      }),
    );
  }
  return out;
}

/** The keys whose entries differ between two dumps. */
function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

async function readShipments(book: MemoryWorkbook): Promise<TableData> {
  const data = await book.run(async (context) => (await readTables(context, [SHIPMENTS_TABLE.table])).data);
  return data[SHIPMENTS_TABLE.table]!;
}

/** A note's body rows in 发货, and a way to say one of its cells as a dump key. */
function noteRows(
  table: TableData,
  number: string,
): { rows: number[]; key(row: number, header: string): string } {
  const numberCol = table.headers.indexOf("单号");
  const rows = table.rows.flatMap((r, i) => (r[numberCol] === number ? [i] : []));
  return {
    rows,
    key: (row, header) =>
      `${table.sheet}!${table.row + 1 + row},${table.col + table.headers.indexOf(header)}`,
  };
}

function value(table: TableData, row: number, header: string): unknown {
  return table.rows[row]![table.headers.indexOf(header)];
}

/** A demo note's number by its date (no two of the story's notes share the days used here). */
function demoNote(table: TableData, daysAgo: number): string {
  const row = table.rows.findIndex((r) => r[table.headers.indexOf("日期")] === TODAY - daysAgo);
  expect(row).toBeGreaterThanOrEqual(0);
  return String(value(table, row, "单号"));
}

describe("overdue signed copies on the demo workbook", () => {
  test("lists the notes still 未回 beyond the days given, oldest first, reading only 发货", async () => {
    const book = await demoBook();
    const table = await readShipments(book);
    book.resetSyncLog();

    const week = await readPendingSignedCopies(runner(book), TODAY, 7);

    // The demo's 未回 notes are 9, 4, 3, 2 and 1 days old; only the first is more than 7.
    expect(week).toEqual([
      { number: demoNote(table, 9), date: TODAY - 9, customer: expect.any(String), days: 9, rows: 1 },
    ]);
    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
    // One request: 发货's place, headers and first rows (asked for before its length is known, so
    // the band runs past the table's end into empty cells) — no other table.
    expect(book.syncLog).toHaveLength(1);
    const readCells = book.syncLog.reduce((n, s) => n + s.readCells, 0);
    expect(readCells).toBeLessThanOrEqual(1 + 1100 * table.headers.length);

    const three = await readPendingSignedCopies(runner(book), TODAY, 3);
    expect(three.map((p) => [p.days, p.rows])).toEqual([
      [9, 1],
      [4, 2],
    ]);
    expect(await readPendingSignedCopies(runner(book), TODAY, 9)).toEqual([]);
  });
});

describe("marking a signed copy on the demo workbook", () => {
  test("已回 sets 回单状态 and a dated 回单日期 on each of the note's rows, and nothing else", async () => {
    const book = await demoBook();
    const table = await readShipments(book);
    const number = demoNote(table, 4);
    const note = noteRows(table, number);
    expect(note.rows).toHaveLength(2);
    const before = cellDump(book.model);
    book.resetSyncLog();

    const outcome = await markSignedCopy(runner(book), { number, state: "已回" }, TODAY, "zh");

    expect(outcome).toEqual({
      problems: [],
      done: {
        code: "signed-copy-marked",
        params: { number, state: "已回", rows: 2, date: serialToIso(TODAY) },
      },
    });
    // The reads of 发货, then one write of 2 columns × 2 rows.
    const writes = book.syncLog.filter((s) => s.cells > 0);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.cells).toBe(4);
    expect(book.syncLog.at(-1)).toBe(writes[0]);

    const after = await readShipments(book);
    expect(changedKeys(before, cellDump(book.model))).toEqual(
      note.rows.flatMap((row) => [note.key(row, "回单状态"), note.key(row, "回单日期")]).sort(),
    );
    const sheet = book.model.sheets.find((s) => s.name === SHIPMENTS_TABLE.sheet)!;
    const dateCol = after.col + after.headers.indexOf("回单日期");
    for (const row of note.rows) {
      expect(value(after, row, "回单状态")).toBe("已回");
      expect(value(after, row, "回单日期")).toBe(TODAY);
      // Setup formatted the column as dates; marking writes the value only.
      expect(getCell(sheet, after.row + 1 + row, dateCol)?.style?.numberFormat).toBe("yyyy-mm-dd");
    }
    expect(await readPendingSignedCopies(runner(book), TODAY, 3)).toHaveLength(1);
  });

  test("异常 adds the reason to 备注 after what was there, once", async () => {
    const book = await demoBook();
    const table = await readShipments(book);
    // The 24-day-old note: 已回 already, two rows, 宁波港装柜 in its first row's 备注.
    const number = demoNote(table, 24);
    const note = noteRows(table, number);
    expect(note.rows).toHaveLength(2);
    expect(value(table, note.rows[0]!, "备注")).toBe("宁波港装柜");
    const before = cellDump(book.model);
    book.resetSyncLog();

    const run = runner(book);
    const mark = { number, state: "异常" as const, remark: "少 1 箱" };
    const outcome = await markSignedCopy(run, mark, TODAY, "en");

    expect(outcome.problems).toEqual([]);
    expect(outcome.done?.params).toMatchObject({ number, state: "异常", rows: 2 });
    expect(book.syncLog.filter((s) => s.cells > 0).map((s) => s.cells)).toEqual([6]);
    const after = await readShipments(book);
    expect(note.rows.map((row) => value(after, row, "备注"))).toEqual([
      "宁波港装柜；异常：少 1 箱",
      "异常：少 1 箱",
    ]);
    expect(note.rows.map((row) => value(after, row, "回单状态"))).toEqual(["异常", "异常"]);
    expect(changedKeys(before, cellDump(book.model))).toEqual(
      note.rows.flatMap((row) => ["回单状态", "回单日期", "备注"].map((h) => note.key(row, h))).sort(),
    );

    // Marked again the same way: nothing left to write.
    const settled = cellDump(book.model);
    book.resetSyncLog();
    expect((await markSignedCopy(run, mark, TODAY, "en")).done?.params).toMatchObject({ rows: 2 });
    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
    expect(cellDump(book.model)).toEqual(settled);
  });

  test("refusals write nothing", async () => {
    const book = await demoBook();
    const table = await readShipments(book);
    const before = cellDump(book.model);
    book.resetSyncLog();
    const run = runner(book);

    const unknown = await markSignedCopy(run, { number: "SH19990101-01", state: "已回" }, TODAY, "zh");
    expect(unknown.problems.map((p) => p.code)).toEqual(["note-not-found"]);
    expect(unknown.done).toBeUndefined();
    const noReason = await markSignedCopy(run, { number: demoNote(table, 9), state: "异常" }, TODAY, "zh");
    expect(noReason.problems.map((p) => p.code)).toEqual(["remark-required"]);

    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
    expect(cellDump(book.model)).toEqual(before);
  });
});
