import { CONTRACT_TABLES, CUSTOMERS_TABLE } from "../core/workbook/schema";
import { MemoryWorkbook } from "../memory-excel";
import { localDateSerial } from "../memory-excel/numberFormat";
import { loadSampleData, rowsForHeaders, SAMPLE_ROWS, SAMPLE_SETTINGS } from "./sampleData";

const NOW = new Date(2026, 10, 22);

// No formula engine: the sample writes constants, and this keeps the test about them alone.
function freshBook(): MemoryWorkbook {
  return new MemoryWorkbook({ now: () => NOW });
}

const run =
  (book: MemoryWorkbook) =>
  <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    book.run(batch);

/** 参数's 值 by 项目, read through Office.js. */
async function settingValues(book: MemoryWorkbook): Promise<Map<string, unknown>> {
  return book.run(async (context) => {
    const body = context.workbook.tables.getItem("Settings").getDataBodyRange().load("values");
    await context.sync();
    return new Map(body.values.map((row) => [String(row[0]), row[1]]));
  });
}

async function tableValues(book: MemoryWorkbook, table: string): Promise<unknown[][]> {
  return book.run(async (context) => {
    const body = context.workbook.tables.getItem(table).getDataBodyRange().load("values");
    await context.sync();
    return body.values;
  });
}

/** A 客户 sheet with an empty Customers table, as setup will make it. */
async function addCustomersTable(book: MemoryWorkbook): Promise<void> {
  await book.run(async (context) => {
    const sheet = context.workbook.worksheets.add(CUSTOMERS_TABLE.sheet);
    const headers = CUSTOMERS_TABLE.columns.map((c) => c.header);
    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, headers.length), true);
    table.name = CUSTOMERS_TABLE.table;
    table.getHeaderRowRange().values = [headers];
    await context.sync();
  });
}

describe("sample data", () => {
  test("every sample column is an input column of its contract table", () => {
    for (const [table, records] of Object.entries(SAMPLE_ROWS)) {
      const spec = CONTRACT_TABLES.find((t) => t.table === table);
      expect(spec).toBeDefined();
      const inputs = new Set(spec!.columns.filter((c) => !c.computed).map((c) => c.header));
      for (const record of records)
        for (const key of Object.keys(record))
          expect([table, key, inputs.has(key)]).toEqual([table, key, true]);
    }
  });

  test("rows follow the table's header order; unnamed columns stay untouched (null); dates relative to today", () => {
    const rows = rowsForHeaders(
      ["数量", "金额", "交货日期"],
      [{ 交货日期: { daysFromToday: 3 }, 数量: 5 }],
      46000,
    );
    expect(rows).toEqual([[5, null, 46003]]);
  });

  test("a new workbook is set up and its blank settings filled in; writes take one sync", async () => {
    const book = freshBook();
    const outcome = await loadSampleData(run(book), NOW);
    expect(outcome.done?.code).toBe("setup-done");
    const settings = await settingValues(book);
    for (const [item, value] of Object.entries(SAMPLE_SETTINGS))
      expect([item, settings.get(item)]).toEqual([item, value]);
    // The sample's own run: two reads, then every write in one sync (the verify read above comes after).
    const writes = book.syncLog.filter((s) => s.cells > 0);
    const sampleSyncs = book.syncLog.slice(-4, -1);
    expect(sampleSyncs.map((s) => s.cells > 0)).toEqual([false, false, true]);
    expect(writes.at(-1)).toBe(sampleSyncs[2]);
  });

  test("what the clerk typed is kept", async () => {
    const book = freshBook();
    await loadSampleData(run(book), NOW);
    await book.run(async (context) => {
      const body = context.workbook.tables.getItem("Settings").getDataBodyRange().load("values");
      await context.sync();
      const row = body.values.findIndex((r) => r[0] === "公司名称");
      body.getCell(row, 1).values = [["我的公司"]];
      await context.sync();
    });
    await loadSampleData(run(book), NOW);
    expect((await settingValues(book)).get("公司名称")).toBe("我的公司");
  });

  test("rows go into a new table's blank row, then below the table, never over it", async () => {
    const book = freshBook();
    await addCustomersTable(book);
    await loadSampleData(run(book), NOW);
    const customers = SAMPLE_ROWS.Customers!;
    let body = await tableValues(book, "Customers");
    expect(body.map((r) => r[1])).toEqual(customers.map((c) => c["客户名称"]));
    expect(body[0]![7]).toBe(12800);

    await loadSampleData(run(book), NOW);
    body = await tableValues(book, "Customers");
    expect(body).toHaveLength(customers.length * 2);
    expect(body.map((r) => r[0])).toEqual(["C001", "C002", "C001", "C002"]);
  });

  test("a refused setup writes no sample", async () => {
    const book = freshBook();
    // A sheet of the user's named 参数, without our table: setup refuses.
    await book.run(async (context) => {
      context.workbook.worksheets.add("参数").getRange("A1").values = [["私人"]];
      await context.sync();
    });
    const syncsBefore = book.syncLog.length;
    const outcome = await loadSampleData(run(book), NOW);
    expect(outcome.problems.some((p) => p.severity === "error")).toBe(true);
    expect(book.syncLog.slice(syncsBefore).every((s) => s.cells === 0)).toBe(true);
  });

  test("order dates are days from today", () => {
    const order = SAMPLE_ROWS.Orders![0]!;
    const [row] = rowsForHeaders(["下单日期"], [order], localDateSerial(NOW));
    expect(row![0]).toBe(localDateSerial(NOW) - 20);
  });
});
