/**
 * The computed columns as the workbook's own formulas compute them — by HyperFormula inside
 * memory-excel with an injected date, and by LibreOffice on the file the CLI would write — equal
 * the same figures computed by core, on the demo factory's data.
 */
import { buildDemo } from "../../src/core/demo/demoData";
import { localDateSerial } from "../../src/core/dates";
import { fenToNumber } from "../../src/core/money";
import { computeCosting, computeOrderTracking } from "../../src/core/orders/tracking";
import type { CellConstant } from "../../src/core/plan";
import { COSTING_TABLE, ORDERS_TABLE } from "../../src/core/workbook/schema";
import type { WorkbookData } from "../../src/core/workbook/tableData";
import { createActions } from "../../src/excel/actions";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";
import { writeXlsx } from "../../src/memory-excel/xlsx";
import { libreOfficeRuns, libreOfficeSheets } from "../support/libreOffice";

const ALL_TABLES = ["Settings", "Customers", "Products", "Costing", "Orders", "Shipments", "Payments"];

async function demoBook(now: Date): Promise<{ book: MemoryWorkbook; today: number }> {
  const today = localDateSerial(now);
  const book = new MemoryWorkbook({ engine: new HyperFormulaEngine(), now: () => now });
  const outcome = await createActions((batch) => book.run(batch), { today: () => today }).setupWorkbook(
    "zh",
    undefined,
    buildDemo(today),
  );
  expect(outcome.problems).toEqual([]);
  return { book, today };
}

/**
 * Two lines added later to the demo's first order, below the table (so they take its calculated
 * columns), and a hand-typed 发货 row for one of them: the second late line is not the first of its
 * run, so its order figures come from the order's first line by MATCH.
 */
async function addLateLines(book: MemoryWorkbook): Promise<void> {
  await book.run(async (context) => {
    const orders = context.workbook.tables.getItem("Orders");
    const header = orders.getHeaderRowRange().load("values");
    const first = orders.getDataBodyRange().getRow(0).load("values");
    const body = orders.getDataBodyRange().load("rowCount");
    const shipments = context.workbook.tables.getItem("Shipments").getRange().load("rowCount");
    await context.sync();
    const headers = header.values[0]!.map(String);
    const computed = new Set(ORDERS_TABLE.columns.filter((c) => c.computed).map((c) => c.header));
    const line = (lineNo: number, quantity: number) =>
      headers.map((h, i) =>
        computed.has(h) ? null : h === "行号" ? lineNo : h === "数量" ? quantity : first.values[0]![i]!,
      );
    const sheet = context.workbook.worksheets.getItem(ORDERS_TABLE.sheet);
    for (const [i, row] of [line(8, 10), line(9, 20)].entries()) {
      const cells = sheet.getRangeByIndexes(body.rowCount + 1 + i, 0, 1, headers.length);
      row.forEach((value, c) => {
        if (value !== null) cells.getCell(0, c).values = [[value]];
      });
    }
    context.workbook.worksheets.getItem("发货").getRangeByIndexes(shipments.rowCount, 0, 1, 12).values = [
      [
        "SH-手工",
        first.values[0]![headers.indexOf("下单日期")]!,
        "送货",
        "",
        first.values[0]![0]!,
        9,
        "",
        "",
        "",
        "",
        "",
        4,
      ],
    ];
    await context.sync();
  });
}

/** What core says each computed column should show, per 订单 body row, as the sheet shows it. */
function expectedOrders(data: WorkbookData, today: number): Record<string, CellConstant>[] {
  return computeOrderTracking(data, today).map((t) => ({
    金额: t.amount === null ? "" : fenToNumber(t.amount),
    收款状态: t.paymentStatus,
    已发数量: t.shipped,
    未发数量: t.unshipped ?? "",
    交期状态: t.dueStatus,
    延期天数: t.daysLate ?? "",
    订单总额: fenToNumber(t.orderTotal),
    订单已收: fenToNumber(t.paid),
    订单首行: t.firstLine ?? "",
    首行总额: t.holdsOrderFigures ? fenToNumber(t.orderTotal) : "",
    首行已收: t.holdsOrderFigures ? fenToNumber(t.paid) : "",
  }));
}

function column(data: WorkbookData, table: string, header: string): CellConstant[] {
  const t = data[table]!;
  const index = t.headers.indexOf(header);
  return t.rows.map((row) => row[index] ?? null);
}

describe("the demo workbook's formulas, computed by memory-excel (HyperFormula)", () => {
  const now = new Date(2026, 10, 23);

  test("every computed 订单 column equals core's figure on every line", async () => {
    const { book, today } = await demoBook(now);
    await addLateLines(book);
    const data = await book.run(async (context) => (await readTables(context, ALL_TABLES)).data);
    const expected = expectedOrders(data, today);
    expect(expected.length).toBeGreaterThan(50);
    // The late lines: the second reads the order's figures from its first line, with its shipment.
    expect(expected.slice(-2).map((e) => [e.订单首行, e.首行总额 === "", e.已发数量])).toEqual([
      [expected.length - 1, false, 0],
      [1, true, 4],
    ]);
    for (const header of Object.keys(expected[0]!)) {
      const sheet = column(data, ORDERS_TABLE.table, header);
      expect([header, sheet]).toEqual([header, expected.map((e) => e[header])]);
    }
    const statuses = new Set(column(data, ORDERS_TABLE.table, "交期状态"));
    expect(statuses).toEqual(new Set(["已完成", "逾期", "将到期", "正常"]));
    expect(new Set(column(data, ORDERS_TABLE.table, "收款状态"))).toEqual(
      new Set(["未收订金", "已收订金", "已收全款"]),
    );
  });

  test("品名/规格/单位 come from 产品 where left blank; typed ones stay", async () => {
    const { book, today } = await demoBook(now);
    const data = await book.run(async (context) => (await readTables(context, ALL_TABLES)).data);
    const seed = buildDemo(today).rows.Orders!;
    const products = data.Products!;
    const codes = column(data, ORDERS_TABLE.table, "货号");
    let looked = 0;
    for (const header of ["品名", "规格", "单位"]) {
      const seedIndex = ORDERS_TABLE.columns.findIndex((c) => c.header === header);
      const byCode = new Map(products.rows.map((r) => [r[0], r[products.headers.indexOf(header)]]));
      const shown = column(data, ORDERS_TABLE.table, header);
      shown.forEach((value, i) => {
        const typed = seed[i]![seedIndex];
        const want = typed ?? (byCode.has(codes[i]!) ? String(byCode.get(codes[i]!)) : "");
        if (typed === null) looked += 1;
        expect([header, i, value]).toEqual([header, i, want]);
      });
    }
    expect(looked).toBeGreaterThan(100);
  });

  test("核价 利润 and 销售利润率 equal core's", async () => {
    const { book } = await demoBook(now);
    const data = await book.run(async (context) => (await readTables(context, ALL_TABLES)).data);
    const costing = computeCosting(data);
    expect(column(data, COSTING_TABLE.table, "利润")).toEqual(
      costing.map((c) => (c.profit === null ? "" : fenToNumber(c.profit))),
    );
    const margins = column(data, COSTING_TABLE.table, "销售利润率");
    costing.forEach((c, i) => {
      if (c.margin === null) expect(margins[i]).toBe("");
      else expect(margins[i] as number).toBeCloseTo(c.margin, 9);
    });
  });
});

const describeWithLibreOffice = libreOfficeRuns ? describe : describe.skip;

describeWithLibreOffice("the demo workbook recalculated by LibreOffice", () => {
  test("shows no error anywhere and the same 订单 figures as core", async () => {
    // LibreOffice's TODAY() is the machine's date, so the demo is built around the same day.
    const now = new Date();
    const { book, today } = await demoBook(now);
    await addLateLines(book);
    const data = await book.run(async (context) => (await readTables(context, ALL_TABLES)).data);
    const sheets = libreOfficeSheets(await writeXlsx(book.model, { omitFormulaResults: true }), {
      alwaysRecalculate: true,
    });
    if (localDateSerial(new Date()) !== today) return; // midnight passed while LibreOffice ran

    for (const [name, rows] of sheets) {
      for (const [r, row] of rows.entries()) {
        for (const [c, text] of row.entries()) {
          expect([name, r, c, text]).not.toEqual([name, r, c, expect.stringMatching(/^(#|Err:)/)]);
        }
      }
    }
    const orders = sheets.get(ORDERS_TABLE.sheet)!;
    const headers = orders[0]!;
    const expected = expectedOrders(data, today);
    for (const header of Object.keys(expected[0]!)) {
      const index = headers.indexOf(header);
      const shown = orders.slice(1, expected.length + 1).map((row) => row[index] ?? "");
      const want = expected.map((e) =>
        typeof e[header] === "number" ? String(e[header]) : (e[header] as string),
      );
      expect([
        header,
        shown.map((s, i) => (typeof expected[i]![header] === "number" ? String(Number(s)) : s)),
      ]).toEqual([header, want]);
    }
  });
});
