/**
 * `gendan deliver` and `gendan return` on the demo workbook: the note's sheet, totals and capitals,
 * its 发货 rows, the orders' 已发/未发 as LibreOffice recalculates them, and every refusal leaving
 * the file byte for byte as it was, exiting 1 with the reason.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ORDERS_TABLE, SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook } from "../../src/memory-excel";
import { readXlsx } from "../../src/memory-excel/xlsx";
import type { TableData } from "../../src/core/workbook/tableData";
import { libreOfficeRuns, libreOfficeSheets } from "../support/libreOffice";
import { gendan, linesOf, listing, scratchFolder, sha256 } from "./helpers";

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

const ENV = { LANG: "en_US.UTF-8", GENDAN_TODAY: "2026-11-23" };

/** What a note command answers with --json. */
interface NoteJson {
  ok: boolean;
  written: boolean;
  note?: {
    kind: string;
    number: string;
    sheet: string;
    date: string;
    customer: string;
    currency: string;
    lines: { orderNo: string; lineNo: number; quantity: number; amount: string; boxes: number | null }[];
    totals: { quantity: number; boxes: number | null; amount: string };
  };
  problems: { code: string; sheet: string; cell: string; message: string }[];
}

async function demo(): Promise<string> {
  expect((await gendan(["init", "demo.xlsx", "--demo"], dir, ENV)).code).toBe(0);
  return join(dir, "demo.xlsx");
}

async function open(file: string): Promise<{ book: MemoryWorkbook; tables: Record<string, TableData> }> {
  const book = new MemoryWorkbook({ model: await readXlsx(readFileSync(join(dir, file))) });
  const { data } = await book.run((context) =>
    readTables(context, [ORDERS_TABLE.table, SHIPMENTS_TABLE.table]),
  );
  return { book, tables: data as Record<string, TableData> };
}

/** The text of every cell of a sheet, for finding printed labels. */
function sheetText(book: MemoryWorkbook, sheet: string): string {
  const model = book.model.sheets.find((s) => s.name === sheet);
  if (!model) throw new Error(`no sheet ${sheet}`);
  return model.cells
    .flatMap((row) => (row ?? []).map((cell) => (cell?.value === undefined ? "" : String(cell.value))))
    .join("|");
}

function rowsOf(table: TableData, number: string): Record<string, unknown>[] {
  return table.rows
    .filter((row) => row[table.headers.indexOf("单号")] === number)
    .map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

describe("gendan deliver", () => {
  test("writes the note sheet and its ledger rows; LibreOffice shows the orders' new 已发/未发", async () => {
    await demo();
    const run = await gendan(
      [
        "deliver",
        "demo.xlsx",
        "-o",
        "out.xlsx",
        "--lines",
        "PO2610-004:1=100,PO2610-004:2=200",
        "--json",
        "--lang",
        "zh",
      ],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as NoteJson;
    expect(result.note).toMatchObject({
      kind: "delivery",
      number: "SH20261123-01",
      date: "2026-11-23",
      customer: "杭州家乐惠商贸有限公司",
      currency: "CNY",
      totals: { quantity: 300, boxes: 18, amount: "6700.00" },
    });
    expect(result.note!.lines.map((l) => [l.lineNo, l.quantity, l.amount, l.boxes])).toEqual([
      [1, 100, "3600.00", 13],
      [2, 200, "3100.00", 5],
    ]);

    const { book, tables } = await open("out.xlsx");
    expect(book.model.sheets.map((s) => s.name)).toContain("SH20261123-01");
    const text = sheetText(book, "SH20261123-01");
    expect(text).toContain("陆仟柒佰元整");
    expect(text).toContain("杭州家乐惠商贸有限公司");
    const ledger = rowsOf(tables[SHIPMENTS_TABLE.table]!, "SH20261123-01");
    expect(ledger.map((r) => [r.订单号, r.行号, r.数量, r.金额, r.箱数, r.类型, r.回单状态])).toEqual([
      ["PO2610-004", 1, 100, 3600, 13, "送货", "未回"],
      ["PO2610-004", 2, 200, 3100, 5, "送货", "未回"],
    ]);
    // The rows joined the table: its range ends at the last of them.
    const shipments = tables[SHIPMENTS_TABLE.table]!;
    const last = shipments.rows[shipments.rows.length - 1]!;
    expect(last[shipments.headers.indexOf("单号")]).toBe("SH20261123-01");

    if (!libreOfficeRuns) return;
    const sheets = libreOfficeSheets(readFileSync(join(dir, "out.xlsx")), { alwaysRecalculate: true });
    const orders = sheets.get(ORDERS_TABLE.sheet)!;
    const header = orders[0]!;
    const col = (h: string) => header.indexOf(h);
    const line = (no: string, ln: string) =>
      orders.find((r) => r[col("订单号")] === no && r[col("行号")] === ln)!;
    expect([line("PO2610-004", "1")[col("已发数量")], line("PO2610-004", "1")[col("未发数量")]]).toEqual([
      "100",
      "300",
    ]);
    expect([line("PO2610-004", "2")[col("已发数量")], line("PO2610-004", "2")[col("未发数量")]]).toEqual([
      "200",
      "600",
    ]);
    const note = sheets.get("SH20261123-01")!.flat();
    // LibreOffice's CSV holds the values, not the formatted text.
    expect(note).toContain("6700");
    expect(note).toContain("陆仟柒佰元整");
    expect(note.some((t) => /^(#|Err:)/.test(t))).toBe(false);
  }, 120_000);

  test("a second note the same day takes the next number; --no-price and --lang en print an English note", async () => {
    await demo();
    await gendan(["deliver", "demo.xlsx", "--in-place", "--lines", "PO2611-001:1=50"], dir, ENV);
    const run = await gendan(
      ["deliver", "demo.xlsx", "--in-place", "--lines", "PO2611-001:2=60", "--no-price", "--lang", "en"],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)[0]).toMatch(
      /^Wrote demo\.xlsx: delivery note SH20261123-02 for 广州名创家居用品有限公司/,
    );
    const { book } = await open("demo.xlsx");
    const text = sheetText(book, "SH20261123-02");
    expect(text).toMatch(/DELIVERY NOTE/i);
    expect(text).not.toMatch(/Unit Price/);
  });

  test("款到发货 short of payment is refused with the shortfall; --override delivers and records the reason", async () => {
    const path = await demo();
    const before = sha256(path);
    const refused = await gendan(
      ["deliver", "demo.xlsx", "-o", "out.xlsx", "--lines", "PO2611-007:1=100", "--json"],
      dir,
      ENV,
    );
    expect(refused.code).toBe(1);
    const problems = (JSON.parse(refused.stdout) as NoteJson).problems;
    expect(problems.map((p) => p.code)).toEqual(["payment-shortfall"]);
    expect(problems[0]!.message).toMatch(/short/);
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["demo.xlsx"]);

    const run = await gendan(
      [
        "deliver",
        "demo.xlsx",
        "-o",
        "out.xlsx",
        "--lines",
        "PO2611-007:1=100",
        "--override",
        "老客户，周五前付款",
      ],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    const { book, tables } = await open("out.xlsx");
    expect(rowsOf(tables[SHIPMENTS_TABLE.table]!, "SH20261123-01").map((r) => r.备注)).toEqual([
      "老客户，周五前付款",
    ]);
    expect(sheetText(book, "SH20261123-01")).toContain("老客户，周五前付款");
  });
});

describe("gendan return", () => {
  test("negative quantities and amounts in 发货 with 类型 退货; LibreOffice's 已发 goes down", async () => {
    await demo();
    const run = await gendan(
      [
        "return",
        "demo.xlsx",
        "-o",
        "out.xlsx",
        "--lines",
        "PO2609-001:1=20",
        "--json",
        "--date",
        "2026-11-20",
      ],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    const note = (JSON.parse(run.stdout) as NoteJson).note!;
    expect(note).toMatchObject({ kind: "return", number: "TH20261120-01", totals: { quantity: -20 } });
    expect(note.totals.amount).toBe("-370.00");
    const { tables } = await open("out.xlsx");
    expect(
      rowsOf(tables[SHIPMENTS_TABLE.table]!, "TH20261120-01").map((r) => [r.类型, r.数量, r.金额]),
    ).toEqual([["退货", -20, -370]]);
    if (!libreOfficeRuns) return;
    const orders = libreOfficeSheets(readFileSync(join(dir, "out.xlsx")), { alwaysRecalculate: true }).get(
      ORDERS_TABLE.sheet,
    )!;
    const header = orders[0]!;
    const line = orders.find(
      (r) => r[header.indexOf("订单号")] === "PO2609-001" && r[header.indexOf("行号")] === "1",
    )!;
    expect([line[header.indexOf("已发数量")], line[header.indexOf("未发数量")]]).toEqual(["580", "20"]);
  }, 120_000);
});

describe("refusals leave the file byte for byte and exit 1 with the reason", () => {
  test.each([
    ["deliver", "PO2610-004:1=10,PO2611-001:1=10", "note-mixed-customers"],
    ["deliver", "PO2610-004:1=10,PO2610-003:1=10", "note-mixed-customers"],
    ["deliver", "PO9999-001:1=10", "note-line-missing"],
    ["deliver", "PO2610-004:1=abc", "note-bad-quantity"],
    ["deliver", "PO2610-004:1=0", "note-bad-quantity"],
    ["deliver", "PO2610-004:1=2.5", "note-bad-quantity"],
    ["deliver", "PO2610-004:1=401", "note-over-quantity"],
    ["deliver", "PO2609-001:1=1", "note-fully-shipped"],
    ["deliver", "PO2610-004:1=1,PO2610-004:1=2", "note-duplicate-line"],
    ["return", "PO2609-001:1=601", "note-return-too-many"],
    ["return", "PO2610-004:1=1", "note-return-too-many"],
  ])("%s --lines %s → %s", async (command, lines, code) => {
    const path = await demo();
    const before = sha256(path);
    const run = await gendan([command, "demo.xlsx", "-o", "out.xlsx", "--lines", lines], dir, ENV);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout).at(-1)).toMatch(/^Nothing written: demo\.xlsx/);
    const json = await gendan([command, "demo.xlsx", "-o", "out.xlsx", "--lines", lines, "--json"], dir, ENV);
    expect((JSON.parse(json.stdout) as NoteJson).problems.map((p) => p.code)).toEqual([code]);
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["demo.xlsx"]);
  });

  test("in place too", async () => {
    const path = await demo();
    const before = sha256(path);
    const run = await gendan(["deliver", "demo.xlsx", "--in-place", "--lines", "PO2609-001:1=1"], dir, ENV);
    expect(run.code).toBe(1);
    expect(sha256(path)).toBe(before);
  });
});

describe("usage", () => {
  test.each([
    [["deliver", "demo.xlsx", "-o", "out.xlsx"], /needs --lines/],
    [["deliver", "demo.xlsx", "-o", "out.xlsx", "--lines", "PO2610-004=5"], /--lines takes 订单号:行号=数量/],
    [["deliver", "demo.xlsx", "-o", "out.xlsx", "--lines", "PO2610-004:1=5,"], /--lines takes/],
    [
      ["deliver", "demo.xlsx", "-o", "out.xlsx", "--lines", "PO2610-004:1=5", "--date", "2026-13-01"],
      /--date/,
    ],
    [["deliver", "demo.xlsx", "-o", "out.xlsx", "--lines", "PO2610-004:1=5", "--paper", "A3"], /--paper/],
    [["return", "demo.xlsx", "-o", "out.xlsx", "--lines", "PO2609-001:1=5", "--override", "x"], /--override/],
  ])("%j → exit 2", async (args, message) => {
    const path = await demo();
    const before = sha256(path);
    const run = await gendan(args, dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(sha256(path)).toBe(before);
  });

  test("without -o or --in-place nothing is changed (exit 2)", async () => {
    const path = await demo();
    const before = sha256(path);
    const run = await gendan(["deliver", "demo.xlsx", "--lines", "PO2610-004:1=5"], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-o out\.xlsx/);
    expect(sha256(path)).toBe(before);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });
});
