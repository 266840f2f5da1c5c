/**
 * 初始化/升级 through the real excel/ code on memory-excel, with HyperFormula computing the names.
 */
import { createActions } from "../../src/excel/actions";
import { MemoryWorkbook } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";
import { ensureCell, newSheet, type WorkbookModel } from "../../src/memory-excel/model";
import { computeOrderTracking } from "../../src/core/orders/tracking";
import { fenToNumber } from "../../src/core/money";
import { columnFormula } from "../../src/core/workbook/formulas";
import { CONTRACT_TABLES, LIST_NAMES, SETTINGS } from "../../src/core/workbook/schema";
import { readTables } from "../../src/excel/readTables";

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
    expect(outcome.done).toMatchObject({
      code: "setup-done",
      params: {
        sheets: CONTRACT_TABLES.map((t) => t.sheet).join(", "),
        tables: CONTRACT_TABLES.map((t) => t.table).join(", "),
        rows: SETTINGS.length,
        names: SETTINGS.length + LIST_NAMES.length,
        columns: "",
      },
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
    expect(book.model.names.map((n) => n.name).sort()).toEqual(
      [...SETTINGS.map((s) => s.name), ...LIST_NAMES.map((l) => l.name)].sort(),
    );
  });

  test("upgrading a filled, customised workbook adds what is missing and loses nothing", async () => {
    const book = freshBook();
    const actions = createActions((batch) => book.run(batch));
    await actions.setupWorkbook("zh");
    // The team's use since: rows typed in, a column of their own, a width changed, a contract column
    // and a name deleted by accident, a sheet of their own.
    await book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("客户").getRange("A2:H2").values = [
        ["C001", "华美", "王", "'020", "广州", "月结30天", "CNY", 0],
      ];
      sheets.getItem("产品").getRange("A2:E2").values = [["BT-1", "保温杯", "500ml", "白", "个"]];
      const orders = context.workbook.tables.getItem("Orders");
      orders.columns.getItem("延期天数").delete();
      orders.columns.add(undefined, undefined, "我的列");
      const sheet = sheets.getItem("订单");
      sheet.getRange("A2:F2").values = [["PO1", 1, "", 46300, "华美", "BT-1"]];
      sheet.getRange("K2:M2").values = [[100, "CNY", 12.5]];
      sheet.getRange("O2").values = [[46400]];
      sheet.getRange("A3:F3").values = [["PO1", 2, "", 46300, "华美", "BT-1"]];
      sheet.getRange("A:A").format.columnWidth = 150;
      context.workbook.names.getItem("MIN_MARGIN").delete();
      sheets.add("我的统计").getRange("A1").values = [["自己的表"]];
      await context.sync();
    });
    const before = cellDump(book.model);
    const widthBefore = book.model.sheets.find((s) => s.name === "订单")!.columnWidths.get(0);

    const outcome = await actions.setupWorkbook("zh");

    expect(outcome.problems).toEqual([]);
    expect(outcome.done?.params).toMatchObject({
      columns: "订单!延期天数",
      names: 1,
      sheets: "",
      tables: "",
    });
    const after = cellDump(book.model);
    for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
    const table = book.model.tables.find((t) => t.name === "Orders")!;
    expect(table.columns.map((c) => c.name).slice(-2)).toEqual(["我的列", "延期天数"]);
    expect(widthBefore).toBe(150);
    expect(book.model.sheets.find((s) => s.name === "订单")!.columnWidths.get(0)).toBe(150);
    expect(book.model.names.some((n) => n.name === "MIN_MARGIN")).toBe(true);

    // A third run finds nothing left to do and writes no cell.
    book.resetSyncLog();
    const again = await actions.setupWorkbook("zh");
    expect(again.done?.code).toBe("setup-unchanged");
    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
  });

  test("upgrading a workbook from before 订单首行 adds its columns and brings the computed formulas up to date", async () => {
    const book = freshBook();
    const actions = createActions((batch) => book.run(batch));
    await actions.setupWorkbook("zh");
    // The workbook as setup made it before: no 订单首行/首行总额/首行已收, and the formulas of then.
    const old: Record<string, string> = {
      已发数量: "=SUMIFS(Shipments[数量],Shipments[订单号],[@订单号],Shipments[行号],[@行号])",
      订单总额: '=IF([@订单号]="","",ROUND(SUMIF(Orders[订单号],[@订单号],Orders[金额]),2))',
      订单已收: '=IF([@订单号]="","",ROUND(SUMIF(Payments[订单号],[@订单号],Payments[金额]),2))',
    };
    await book.run(async (context) => {
      const orders = context.workbook.tables.getItem("Orders");
      for (const header of ["订单首行", "首行总额", "首行已收"]) orders.columns.getItem(header).delete();
      const sheet = context.workbook.worksheets.getItem("订单");
      sheet.getRange("A2:F2").values = [["PO1", 1, "", 46300, "华美", "BT-1"]];
      sheet.getRange("A3:F3").values = [["PO1", 2, "", 46300, "华美", "BT-1"]];
      sheet.getRange("A4:F4").values = [["PO2", 1, "", 46300, "华美", "BT-1"]];
      sheet.getRange("K2:M4").values = [
        [100, "CNY", 10],
        [50, "CNY", 2],
        [30, "CNY", 1],
      ];
      for (const [header, formula] of Object.entries(old)) {
        orders.columns.getItem(header).getDataBodyRange().formulas = [[formula], [formula], [formula]];
      }
      context.workbook.worksheets.getItem("发货").getRange("A2:L2").values = [
        ["SH1", 46310, "送货", "华美", "PO1", 2, "BT-1", "", "", "", "", 20],
      ];
      context.workbook.worksheets.getItem("收款").getRange("A2:F2").values = [
        [46310, "华美", "PO1", "订金", "CNY", 400],
      ];
      await context.sync();
    });
    const typed = new Map([...cellDump(book.model)].filter(([, v]) => !v.startsWith('"=')));

    const outcome = await actions.setupWorkbook("zh");

    expect(outcome.problems).toEqual([]);
    expect(outcome.done?.params).toMatchObject({
      columns: "订单!订单首行, 订单!首行总额, 订单!首行已收",
      formulas: "订单!已发数量, 订单!订单总额, 订单!订单已收",
    });
    const after = cellDump(book.model);
    for (const [key, value] of typed) expect([key, after.get(key)]).toEqual([key, value]);
    const { formulas, data } = await book.run(async (context) => {
      const orders = context.workbook.tables.getItem("Orders");
      const body = orders.getDataBodyRange().load("formulas");
      const header = orders.getHeaderRowRange().load("values");
      const read = await readTables(context, ["Settings", "Orders", "Shipments", "Payments"]);
      await context.sync();
      return { formulas: { header: header.values[0]!.map(String), rows: body.formulas }, data: read.data };
    });
    for (const header of [...Object.keys(old), "订单首行", "首行总额", "首行已收", "收款状态"]) {
      const col = formulas.header.indexOf(header);
      expect([header, formulas.rows.map((r) => r[col])]).toEqual([
        header,
        [1, 2, 3].map(() => columnFormula("Orders", header)),
      ]);
    }
    const tracking = computeOrderTracking(data, 46349);
    const orders = data.Orders!;
    const shown = (header: string) => orders.rows.map((r) => r[orders.headers.indexOf(header)]);
    expect(shown("已发数量")).toEqual([0, 20, 0]);
    expect(shown("订单总额")).toEqual(tracking.map((t) => fenToNumber(t.orderTotal)));
    expect(shown("订单总额")).toEqual([1100, 1100, 30]);
    expect(shown("订单已收")).toEqual([400, 400, 0]);
    expect(shown("首行总额")).toEqual([1100, "", 30]);
    expect(shown("收款状态")).toEqual(["已收订金", "已收订金", "未收订金"]);

    // A second run finds the formulas current and writes no cell.
    book.resetSyncLog();
    const again = await actions.setupWorkbook("zh");
    expect(again.done?.code).toBe("setup-unchanged");
    expect(book.syncLog.every((s) => s.cells === 0)).toBe(true);
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
