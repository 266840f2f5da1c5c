/**
 * An order workbook with the kinds of formulas the 订单 sheet holds (this-row arithmetic, lookups
 * into 产品, SUMIFS over 发货 and over the table itself, TODAY status), computed twice.
 * Speed is `npm run bench`'s to measure; `GENDAN_LINES=10000` runs this check at full size.
 */
import { emptyWorkbook, ensureCell, getCell, newSheet } from "../model";
import type { TableModel, WorkbookModel } from "../model";
import { HyperFormulaEngine } from "./hyperFormulaEngine";

const ORDER_LINES = Number(process.env.GENDAN_LINES ?? 300);
const SHIPMENT_ROWS = ORDER_LINES / 2;
const PRODUCTS = 500;

function table(id: string, name: string, sheetId: string, columns: string[], bodyRows: number): TableModel {
  return {
    id,
    name,
    sheetId,
    ref: { row: 0, col: 0, rows: bodyRows + 1, cols: columns.length },
    columns: columns.map((column, index) => ({ id: index, name: column })),
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
}

function makeOrderBook(): WorkbookModel {
  const book = emptyWorkbook();
  const settings = newSheet("s1", "参数");
  const products = newSheet("s2", "产品");
  const orders = newSheet("s3", "订单");
  const shipments = newSheet("s4", "发货");
  book.sheets.push(settings, products, orders, shipments);
  ensureCell(settings, 0, 0).value = "值";
  ensureCell(settings, 1, 0).value = 0.3;
  ensureCell(settings, 2, 0).value = 7;
  book.names.push(
    { name: "DEPOSIT_RATE", formula: "=参数!$A$2", comment: "", visible: true },
    { name: "DUE_WARN_DAYS", formula: "=参数!$A$3", comment: "", visible: true },
  );

  const productColumns = ["货号", "品名", "单位"];
  productColumns.forEach((header, col) => (ensureCell(products, 0, col).value = header));
  for (let i = 1; i <= PRODUCTS; i++) {
    ensureCell(products, i, 0).value = `P-${i}`;
    ensureCell(products, i, 1).value = `产品${i}`;
    ensureCell(products, i, 2).value = "件";
  }

  const orderColumns = [
    "订单号",
    "行号",
    "货号",
    "品名",
    "单位",
    "数量",
    "单价",
    "金额",
    "交货日期",
    "订金比例",
    "订金",
  ];
  const formulaColumns = ["余款", "已发数量", "未发数量", "交期状态", "延期天数", "订单金额"];
  const allOrderColumns = [...orderColumns, ...formulaColumns];
  allOrderColumns.forEach((header, col) => (ensureCell(orders, 0, col).value = header));
  for (let i = 1; i <= ORDER_LINES; i++) {
    const values: (string | number | null)[] = [
      `SO${Math.ceil(i / 3)}`,
      ((i - 1) % 3) + 1,
      `P-${(i % PRODUCTS) + 1}`,
      '=IFERROR(INDEX(Products[品名],MATCH([@货号],Products[货号],0)),"")',
      '=IFERROR(INDEX(Products[单位],MATCH([@货号],Products[货号],0)),"")',
      (i % 50) + 1,
      (i % 17) + 0.5,
      "=[@数量]*[@单价]",
      46000 + (i % 400),
      i % 4 === 0 ? 0.5 : null,
      '=ROUND([@金额]*IF([@订金比例]="",DEPOSIT_RATE,[@订金比例]),2)',
      "=[@金额]-[@订金]",
      "=SUMIFS(Shipments[数量],Shipments[订单号],[@订单号],Shipments[行号],[@行号])",
      "=[@数量]-[@已发数量]",
      '=IF([@未发数量]<=0,"已完成",IF(TODAY()>[@交货日期],"逾期",IF([@交货日期]-TODAY()<=DUE_WARN_DAYS,"将到期","正常")))',
      "=IF(AND([@未发数量]>0,TODAY()>[@交货日期]),TODAY()-[@交货日期],0)",
      '=IF([@行号]=1,SUMIFS([金额],[订单号],[@订单号]),"")',
    ];
    values.forEach((value, col) => {
      if (value === null) return;
      const cell = ensureCell(orders, i, col);
      if (typeof value === "string" && value.startsWith("=")) cell.formula = value;
      else cell.value = value;
    });
  }

  const shipmentColumns = ["订单号", "行号", "数量"];
  shipmentColumns.forEach((header, col) => (ensureCell(shipments, 0, col).value = header));
  for (let i = 1; i <= SHIPMENT_ROWS; i++) {
    ensureCell(shipments, i, 0).value = `SO${Math.ceil(i / 2)}`;
    ensureCell(shipments, i, 1).value = ((i - 1) % 2) + 1;
    ensureCell(shipments, i, 2).value = 1;
  }

  book.tables.push(
    table("t1", "Products", "s2", productColumns, PRODUCTS),
    table("t2", "Orders", "s3", allOrderColumns, ORDER_LINES),
    table("t3", "Shipments", "s4", shipmentColumns, SHIPMENT_ROWS),
  );
  return book;
}

describe("HyperFormulaEngine on an order workbook", () => {
  it(`computes ${ORDER_LINES} order lines × 10 formulas, the same on a second run`, () => {
    const book = makeOrderBook();
    const engine = new HyperFormulaEngine();
    engine.recalculate(book, new Date(2026, 0, 15));
    // A second run over the same book must give the same results (nothing cached goes stale).
    engine.recalculate(book, new Date(2026, 0, 15));
    const orders = book.sheets[2]!;
    const columns = book.tables[1]!.columns;
    const columnOf = (header: string): number => columns.findIndex((c) => c.name === header);
    const at = (row: number, header: string): unknown =>
      getCell(orders, row, header === "" ? 0 : columnOf(header))?.computed;
    // Line 1 is SO1/1: P-2, 2 × 1.5, blank 订金比例 (so DEPOSIT_RATE), one shipment (发货 row 1).
    expect(at(1, "品名")).toBe("产品2");
    expect(at(1, "金额")).toBe(3);
    expect(at(1, "订金")).toBe(0.9);
    expect(at(1, "余款")).toBe(2.1);
    expect(at(1, "已发数量")).toBe(1);
    expect(at(1, "未发数量")).toBe(1);
    // Line 4 (SO2/1) has 订金比例 0.5: 5 × 4.5 = 22.5, deposit 11.25.
    expect(at(4, "订金")).toBe(11.25);
    // SO1 = lines 1–3: 2×1.5 + 3×2.5 + 4×3.5.
    expect(at(1, "订单金额")).toBe(24.5);
    expect(at(2, "订单金额")).toBe("");
    expect(at(ORDER_LINES, "金额")).toBe(((ORDER_LINES % 50) + 1) * ((ORDER_LINES % 17) + 0.5));
  }, 120_000);
});
