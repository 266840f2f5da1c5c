/**
 * The order check on 100,000 order lines through the real excel/ code on memory-excel: the tables are
 * read in row bands, so no response is larger than the payload budget, and nothing is written.
 */
import { dateToSerial } from "../../src/core/dates";
import { ORDERS_TABLE } from "../../src/core/workbook/schema";
import { createActions } from "../../src/excel/actions";
import { PAYLOAD_BUDGET_BYTES } from "../../src/excel/applyPlan";
import { MemoryWorkbook } from "../../src/memory-excel";
import { ensureCell } from "../../src/memory-excel/model";

const LINES = 100_000;

test("100,000 order lines: banded reads under the budget, one problem found, nothing written", async () => {
  const book = new MemoryWorkbook();
  const today = dateToSerial(2026, 11, 23);
  const actions = createActions((batch) => book.run(batch), { today: () => today });
  await actions.setupWorkbook("zh");
  await book.run(async (context) => {
    context.workbook.worksheets.getItem("客户").getRange("A2:G2").values = [
      ["C1", "华美", "王", "'020", "广州", "月结30天", "CNY"],
    ];
    context.workbook.worksheets.getItem("产品").getRange("A2:E2").values = [["BT-1", "保温杯", "", "", "个"]];
    await context.sync();
  });
  // Lines go straight into the model (as a file would bring them), then the table is stretched over them.
  const sheet = book.model.sheets.find((s) => s.name === ORDERS_TABLE.sheet)!;
  const col = (header: string) => ORDERS_TABLE.columns.findIndex((c) => c.header === header);
  for (let i = 0; i < LINES; i++) {
    const row = i + 1;
    ensureCell(sheet, row, col("订单号")).value = `PO${String(Math.floor(i / 4)).padStart(6, "0")}`;
    ensureCell(sheet, row, col("行号")).value = (i % 4) + 1;
    ensureCell(sheet, row, col("下单日期")).value = today - 30;
    ensureCell(sheet, row, col("客户")).value = "华美";
    ensureCell(sheet, row, col("货号")).value = "BT-1";
    ensureCell(sheet, row, col("数量")).value = 100;
    ensureCell(sheet, row, col("单价")).value = 12.5;
    ensureCell(sheet, row, col("交货日期")).value = today + 30;
  }
  ensureCell(sheet, 77_777, col("数量")).value = "一百"; // text where a number belongs
  const table = book.model.tables.find((t) => t.name === ORDERS_TABLE.table)!;
  table.ref = { ...table.ref, rows: LINES + 1 };
  book.resetSyncLog();

  const outcome = await actions.checkWorkbook("en");

  expect(outcome.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([
    ["not-a-number", "订单", `K${77_778}`],
  ]);
  expect(book.syncLog.every((s) => s.cells === 0 && !s.failed)).toBe(true);
  // Each response carries at most what fits the budget at the bytes per cell these rows weigh.
  const bytesPerCell =
    JSON.stringify(["PO000001", 1, 46319, "华美", "BT-1", 100, 12.5, 46379, ""]).length / 9;
  for (const sync of book.syncLog)
    expect(sync.readCells * bytesPerCell).toBeLessThan(PAYLOAD_BUDGET_BYTES * 1.1);
  expect(book.syncLog.length).toBeGreaterThan(10); // banded, not one oversized response
});
