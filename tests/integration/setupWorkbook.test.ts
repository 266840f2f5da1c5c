/**
 * 初始化/升级 through the real excel/ code on memory-excel, with HyperFormula computing the names.
 */
import { createActions } from "../../src/excel/actions";
import { MemoryWorkbook } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";
import { ensureCell, newSheet, type WorkbookModel } from "../../src/memory-excel/model";
import { SETTINGS } from "../../src/core/workbook/schema";

function freshBook(): MemoryWorkbook {
  return new MemoryWorkbook({ engine: new HyperFormulaEngine(), now: () => new Date(2026, 10, 22) });
}

/** Every cell of every sheet as `sheet!row,col → value|formula`, to compare workbooks before and after. */
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

async function readValue(book: MemoryWorkbook, formula: string): Promise<unknown> {
  return book.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("参数");
    const cell = sheet.getRange("F1");
    cell.formulas = [[formula]];
    cell.load("values");
    await context.sync();
    const value = cell.values[0]![0];
    cell.clear();
    await context.sync();
    return value;
  });
}

describe("setup on a new workbook", () => {
  test("creates 参数 with the Settings table and named values in one read and one write", async () => {
    const book = freshBook();
    const actions = createActions((batch) => book.run(batch));
    const outcome = await actions.setupWorkbook("zh");

    expect(outcome.problems).toEqual([]);
    expect(outcome.done).toEqual({
      code: "setup-done",
      params: { sheets: "参数", tables: "Settings", rows: SETTINGS.length, names: SETTINGS.length },
    });
    expect(book.syncLog).toHaveLength(2);
    expect(book.syncLog[0]!.cells).toBe(0);
    expect(book.syncLog[1]!.cells).toBeGreaterThan(0);

    const table = book.model.tables.find((t) => t.name === "Settings")!;
    expect(table.columns.map((c) => c.name)).toEqual(["项目", "值", "说明"]);
    expect(table.ref).toEqual({ row: 0, col: 0, rows: SETTINGS.length + 1, cols: 3 });
    expect(book.model.names.find((n) => n.name === "NET_FACTOR")?.formula).toBe("=参数!$B$6");

    expect(await readValue(book, "=FX_USD*NET_FACTOR")).toBeCloseTo(7.1 * 0.96, 10);
    expect(await readValue(book, "=DEPOSIT_RATE+MIN_MARGIN")).toBeCloseTo(0.4, 10);
    expect(await readValue(book, "=DELIVERY_PREFIX&RETURN_PREFIX")).toBe("SHTH");
  });

  test("a second run reports nothing to do and writes no cell", async () => {
    const book = freshBook();
    const actions = createActions((batch) => book.run(batch));
    await actions.setupWorkbook("en");
    const before = cellDump(book.model);
    book.resetSyncLog();

    const outcome = await actions.setupWorkbook("en");

    expect(outcome.done?.code).toBe("setup-unchanged");
    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
    expect(cellDump(book.model)).toEqual(before);
  });
});

describe("setup on a workbook the team already uses", () => {
  test("adds the missing settings and names, and every user cell stays as it was", async () => {
    const book = freshBook();
    const actions = createActions((batch) => book.run(batch));
    // A customised 参数: three settings kept, a column of the user's own, a sheet of their own.
    await book.run(async (context) => {
      const own = context.workbook.worksheets.add("我的记录");
      own.getRange("A1:B2").values = [
        ["客户", "电话"],
        ["华美", "华美总机 020-88880000"],
      ];
      const sheet = context.workbook.worksheets.add("参数");
      sheet.getRange("A1:D4").values = [
        ["项目", "值", "说明", "我的备注"],
        ["公司名称", "广州华美制衣厂", "抬头", "老板定的"],
        ["公司地址", "广州市番禺区", "", ""],
        ["美元汇率", 6.9, "", "每月初更新"],
      ];
      sheet.tables.add("A1:D4", true).name = "Settings";
      context.workbook.names.add("FX_USD", sheet.getRange("B4"));
      await context.sync();
    });
    const before = cellDump(book.model);

    const outcome = await actions.setupWorkbook("zh");

    expect(outcome.problems).toEqual([]);
    const after = cellDump(book.model);
    for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
    const table = book.model.tables.find((t) => t.name === "Settings")!;
    expect(table.ref.rows).toBe(1 + 3 + SETTINGS.length - 3);
    expect(table.columns.map((c) => c.name)).toEqual(["项目", "值", "说明", "我的备注"]);
    expect(book.model.names.find((n) => n.name === "FX_USD")?.formula).toBe("=参数!$B$4");
    expect(await readValue(book, "=FX_USD*NET_FACTOR")).toBeCloseTo(6.9 * 0.96, 10);
    expect(book.model.names.map((n) => n.name).sort()).toEqual(SETTINGS.map((s) => s.name).sort());
  });

  test("a user's own sheet named 参数 is refused, named, and nothing is written", async () => {
    const model = new MemoryWorkbook().model;
    const sheet = newSheet("s1", "参数");
    ensureCell(sheet, 0, 0).value = "我自己的参数表";
    model.sheets.push(sheet);
    const book = new MemoryWorkbook({ model });
    const before = cellDump(book.model);

    const outcome = await createActions((batch) => book.run(batch)).setupWorkbook("zh");

    expect(outcome.done).toBeUndefined();
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatchObject({
      severity: "error",
      code: "sheet-not-ours",
      sheet: "参数",
      cell: "A1",
    });
    expect(cellDump(book.model)).toEqual(before);
    expect(book.model.tables).toEqual([]);
    expect(book.model.names).toEqual([]);
    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
  });
});
