/**
 * `gendan check --repair`: 发货 rows missing for a note sheet appended again from the sheet into a
 * new file (-o) or in place, then the result checked; without a target nothing is done, and the
 * plain check still never writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CellConstant } from "../../src/core/plan";
import { SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import type { TableData } from "../../src/core/workbook/tableData";
import { createActions } from "../../src/excel/actions";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook } from "../../src/memory-excel";
import { readXlsx, writeXlsx } from "../../src/memory-excel/xlsx";
import { gendan, linesOf, listing, scratchFolder, sha256 } from "./helpers";

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

const ENV = { LANG: "en_US.UTF-8", GENDAN_TODAY: "2026-11-23" };
const NOTE = "SH20261123-01";

interface RepairJson {
  ok: boolean;
  written: boolean;
  done?: { code: string; params: Record<string, number> };
  counts: Record<string, number>;
  problems: { severity: string; code: string; sheet: string }[];
}

async function open(file: string): Promise<MemoryWorkbook> {
  return new MemoryWorkbook({ model: await readXlsx(readFileSync(join(dir, file))) });
}

async function ledger(book: MemoryWorkbook): Promise<TableData> {
  const { data } = await book.run((context) => readTables(context, [SHIPMENTS_TABLE.table]));
  return data[SHIPMENTS_TABLE.table]!;
}

function rowsOf(table: TableData, number: string): CellConstant[][] {
  return table.rows.filter((row) => row[table.headers.indexOf("单号")] === number);
}

/**
 * The demo with a delivery note of two lines whose 发货 rows were then cleared (as a clerk would by
 * selecting them and pressing Delete); `fix` also puts right the demo's two planted errors.
 * @returns the note's rows as gendan deliver wrote them.
 */
async function bookWithMissingRows(file: string, fix = false): Promise<CellConstant[][]> {
  expect((await gendan(["init", file, "--demo"], dir, ENV)).code).toBe(0);
  const deliver = ["deliver", file, "--in-place", "--lines", "PO2610-004:1=100,PO2610-004:2=200"];
  expect((await gendan(deliver, dir, ENV)).code).toBe(0);
  const book = await open(file);
  const table = await ledger(book);
  const issued = rowsOf(table, NOTE);
  expect(issued).toHaveLength(2);
  await book.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(table.sheet);
    table.rows.forEach((row, i) => {
      if (row[0] !== NOTE) return;
      sheet.getRangeByIndexes(table.row + 1 + i, table.col, 1, table.headers.length).clear("Contents");
    });
    await context.sync();
  });
  if (fix) {
    const { problems } = await createActions(book.run.bind(book)).checkWorkbook("en");
    const knownItem = book.model.sheets.find((s) => s.name === "产品")!.cells[1]![0]!.value as string;
    await book.run(async (context) => {
      for (const p of problems) {
        const cell = context.workbook.worksheets.getItem(p.sheet).getRange(p.cell);
        if (p.code === "currency-mismatch") cell.values = [[""]];
        if (p.code === "unknown-product") cell.values = [[knownItem]];
      }
      await context.sync();
    });
  }
  writeFileSync(join(dir, file), await writeXlsx(book.model));
  return issued;
}

describe("gendan check --repair", () => {
  test("-o: writes the rows back from the note sheet into a new file; planted errors remain, exit 1", async () => {
    const issued = await bookWithMissingRows("book.xlsx");
    const before = sha256(join(dir, "book.xlsx"));

    const checked = await gendan(["check", "book.xlsx", "--json"], dir, ENV);
    expect(checked.code).toBe(1);
    const found = JSON.parse(checked.stdout) as RepairJson;
    expect(found.problems.map((p) => [p.code, p.sheet])).toContainEqual(["note-rows-missing", NOTE]);

    const run = await gendan(["check", "book.xlsx", "--repair", "-o", "fixed.xlsx", "--json"], dir, ENV);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as RepairJson;
    expect(result).toMatchObject({
      ok: false,
      written: true,
      done: { code: "notes-repaired", params: { notes: 1, rows: 2 } },
      counts: { error: 2, warning: 1, info: 0 },
    });
    expect(result.problems.map((p) => p.code)).toEqual([
      "production-before-deposit",
      "currency-mismatch",
      "unknown-product",
    ]);
    expect(sha256(join(dir, "book.xlsx"))).toBe(before);
    expect(listing(dir)).toEqual(["book.xlsx", "fixed.xlsx"]);
    expect(rowsOf(await ledger(await open("fixed.xlsx")), NOTE)).toEqual(issued);
  });

  test("--in-place on a workbook with nothing else wrong: one line, then the warning; exit 0", async () => {
    const issued = await bookWithMissingRows("book.xlsx", true);
    const run = await gendan(["check", "book.xlsx", "--repair", "--in-place"], dir, ENV);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toBe(
      "Wrote book.xlsx: appended 2 rows to 发货 from 1 note sheet; book.xlsx: 0 errors, 1 warning",
    );
    expect(lines.slice(1).map((l) => l.replace(/ {2}.*/, ""))).toEqual([expect.stringMatching(/^订单!/)]);
    expect(rowsOf(await ledger(await open("book.xlsx")), NOTE)).toEqual(issued);
    expect(listing(dir)).toEqual(["book.xlsx"]);

    // Repaired once, nothing is missing any more: the check is clean of it and writes nothing.
    const again = await gendan(["check", "book.xlsx", "--repair", "--in-place", "--lang", "zh"], dir, ENV);
    expect(again.code).toBe(0);
    expect(linesOf(again.stdout).at(-1)).toBe(
      "book.xlsx：0 个错误，1 个警告；发货表没有需要补回的行，未写入任何内容",
    );
  });

  test("nothing missing: the check's findings, nothing written, no new file", async () => {
    expect((await gendan(["init", "demo.xlsx", "--demo"], dir, ENV)).code).toBe(0);
    const before = sha256(join(dir, "demo.xlsx"));
    const run = await gendan(["check", "demo.xlsx", "--repair", "-o", "fixed.xlsx"], dir, ENV);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("demo.xlsx: 2 errors, 1 warning; no 发货 rows to restore, nothing written");
    expect(listing(dir)).toEqual(["demo.xlsx"]);
    expect(sha256(join(dir, "demo.xlsx"))).toBe(before);
  });

  test("without -o or --in-place nothing is done (exit 2); without --repair, -o is refused", async () => {
    await bookWithMissingRows("book.xlsx");
    const before = sha256(join(dir, "book.xlsx"));
    const run = await gendan(["check", "book.xlsx", "--repair"], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "gendan: book.xlsx: is not repaired without -o out.xlsx (write the repaired workbook to a new file) or --in-place\n",
    );
    const noRepair = await gendan(["check", "book.xlsx", "-o", "fixed.xlsx"], dir, ENV);
    expect(noRepair.code).toBe(2);
    expect(noRepair.stderr).toBe("gendan: option -o does not apply to check; see gendan --help\n");
    const both = await gendan(["check", "book.xlsx", "--repair", "-o", "x.xlsx", "--in-place"], dir, ENV);
    expect(both.code).toBe(2);
    expect(sha256(join(dir, "book.xlsx"))).toBe(before);
    expect(listing(dir)).toEqual(["book.xlsx"]);
  });
});
