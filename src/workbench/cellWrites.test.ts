import { dateToSerial } from "../core/dates";
import { createActions } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { HyperFormulaEngine } from "../memory-excel/hyperformula/hyperFormulaEngine";
import { getCell, type SheetModel } from "../memory-excel/model";
import { clearContents, writeEntry } from "./cellWrites";

const TODAY = new Date(2026, 10, 22);

function plainBook(): MemoryWorkbook {
  return new MemoryWorkbook({ engine: new HyperFormulaEngine(), now: () => TODAY });
}

function sheetOf(book: MemoryWorkbook, name: string): SheetModel {
  return book.model.sheets.find((s) => s.name === name)!;
}

/** The grid's view of a cell after calculation: formula or value, and what it shows. */
function cellOf(book: MemoryWorkbook, sheet: string, row: number, col: number) {
  book.recalculate();
  const cell = getCell(sheetOf(book, sheet), row, col);
  return {
    formula: cell?.formula,
    value: cell?.value,
    computed: cell?.computed,
    format: cell?.style?.numberFormat,
  };
}

describe("writeEntry", () => {
  test("one run and one sync per entry", async () => {
    const book = plainBook();
    const run = book.run.bind(book);
    book.resetSyncLog();
    await writeEntry(run, "Sheet1", { row: 0, col: 0 }, "42");
    expect(book.syncLog).toHaveLength(1);
    expect(book.syncLog[0]!.cells).toBe(1);
  });

  test("typed text becomes what Excel makes of it", async () => {
    const book = plainBook();
    const run = book.run.bind(book);
    await writeEntry(run, "Sheet1", { row: 0, col: 0 }, "100");
    await writeEntry(run, "Sheet1", { row: 0, col: 1 }, "=A1*2");
    await writeEntry(run, "Sheet1", { row: 0, col: 2 }, "'00123");
    await writeEntry(run, "Sheet1", { row: 0, col: 3 }, "2026-12-01");
    await writeEntry(run, "Sheet1", { row: 0, col: 4 }, "30%");
    await writeEntry(run, "Sheet1", { row: 0, col: 5 }, "保温杯");
    expect(cellOf(book, "Sheet1", 0, 0).value).toBe(100);
    expect(cellOf(book, "Sheet1", 0, 1)).toMatchObject({ formula: "=A1*2", computed: 200 });
    expect(cellOf(book, "Sheet1", 0, 2).value).toBe("00123");
    expect(cellOf(book, "Sheet1", 0, 3).value).toBe(dateToSerial(2026, 12, 1));
    expect(cellOf(book, "Sheet1", 0, 4)).toMatchObject({ value: 0.3, format: "0%" });
    expect(cellOf(book, "Sheet1", 0, 5).value).toBe("保温杯");
  });

  test("an empty entry empties the cell", async () => {
    const book = plainBook();
    const run = book.run.bind(book);
    await writeEntry(run, "Sheet1", { row: 2, col: 2 }, "x");
    await writeEntry(run, "Sheet1", { row: 2, col: 2 }, "");
    expect(getCell(sheetOf(book, "Sheet1"), 2, 2)).toBeUndefined();
  });

  test("an unknown sheet is Excel's ItemNotFound", async () => {
    const book = plainBook();
    await expect(writeEntry(book.run.bind(book), "没有", { row: 0, col: 0 }, "1")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  test("an order line typed into the tracking workbook computes, and a line below grows the table", async () => {
    const book = plainBook();
    const run = book.run.bind(book);
    await createActions(run, { today: () => 46348 }).setupWorkbook("zh");
    await writeEntry(run, "产品", { row: 1, col: 0 }, "BT-1");
    await writeEntry(run, "产品", { row: 1, col: 1 }, "保温杯");
    // 订单: 订单号, 行号, 货号 (F), 数量 (K), 单价 (M) in the table's empty first row.
    const line = [
      [0, "SO-1"],
      [1, "1"],
      [5, "BT-1"],
      [10, "100"],
      [12, "12.5"],
    ] as const;
    for (const [col, text] of line) await writeEntry(run, "订单", { row: 1, col }, text);
    expect(cellOf(book, "订单", 1, 6).computed).toBe("保温杯");
    expect(cellOf(book, "订单", 1, 13).computed).toBe(1250);

    // Directly below the table: the table takes the row and fills 金额 there.
    const orders = book.model.tables.find((t) => t.name === "Orders")!;
    expect(orders.ref.rows).toBe(2);
    await writeEntry(run, "订单", { row: 2, col: 0 }, "SO-2");
    expect(orders.ref.rows).toBe(3);
    await writeEntry(run, "订单", { row: 2, col: 10 }, "3");
    await writeEntry(run, "订单", { row: 2, col: 12 }, "2");
    expect(cellOf(book, "订单", 2, 13)).toMatchObject({ computed: 6 });
    expect(cellOf(book, "订单", 2, 13).formula).toMatch(/^=IF\(/);
  });
});

describe("clearContents", () => {
  test("clears values and formulas but keeps the number format", async () => {
    const book = plainBook();
    const run = book.run.bind(book);
    await writeEntry(run, "Sheet1", { row: 0, col: 0 }, "30%");
    await writeEntry(run, "Sheet1", { row: 1, col: 0 }, "=1+1");
    await writeEntry(run, "Sheet1", { row: 1, col: 1 }, "keep");
    book.resetSyncLog();
    await clearContents(run, "Sheet1", { row: 0, col: 0, rows: 2, cols: 1 });
    expect(book.syncLog).toHaveLength(1);
    const sheet = sheetOf(book, "Sheet1");
    expect(getCell(sheet, 0, 0)).toEqual({ style: { numberFormat: "0%" } });
    expect(getCell(sheet, 1, 0)).toBeUndefined();
    expect(getCell(sheet, 1, 1)?.value).toBe("keep");
  });
});
