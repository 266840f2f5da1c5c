/**
 * Synthetic tracking workbooks for the benchmarks, built straight into a memory-excel model (as a
 * file would bring them) after the real setup made the tables: `lines` order lines (four per
 * order), twice as many 发货 rows and half as many 收款 rows, one customer per 200 order lines (at
 * least 20; 500 at 100,000 lines). 订单's computed columns hold their formulas with the results
 * Excel would have cached, so reads carry what a saved workbook carries.
 *
 * The story, so that statements have something to say: orders are placed over the last 200 days;
 * those older than 90 days are delivered in full (in two notes), the younger half-delivered; one
 * line in twenty of the delivered orders had 20 pieces returned; each order paid a 30 % deposit
 * and 40 % later. Every third customer brings an opening balance, every tenth is billed in USD,
 * terms go round 款到发货 … 月结90天. Customer 0 (月结30天, CNY) has the first 16 orders, placed a
 * month ago and half-delivered, for the 50-line notes, and its share of the others.
 */
import { rectAddress } from "../src/core/address";
import { dateToSerial, serialToIso } from "../src/core/dates";
import { type Fen, fenToNumber } from "../src/core/money";
import { computeOrderTracking } from "../src/core/orders/tracking";
import type { CellConstant } from "../src/core/plan";
import { lastMonth } from "../src/core/statements/compute";
import {
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENT_TERMS,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../src/core/workbook/schema";
import type { SetupSnapshot } from "../src/core/workbook/setup";
import type { TableData, WorkbookData } from "../src/core/workbook/tableData";
import { createActions } from "../src/excel/actions";
import { MemoryWorkbook } from "../src/memory-excel";
import { ensureCell, getCell, usedRect, type Rect, type WorkbookModel } from "../src/memory-excel/model";

export const TODAY = dateToSerial(2026, 11, 23);
/** The period statements cover: last month. */
export const PERIOD = lastMonth(TODAY);
const PRODUCTS = 200;
const LINES_PER_ORDER = 4;
const FIRST_CUSTOMER_ORDERS = 16;
const QUANTITY = 1000;
const RETURNED = 20;
const PRICE: Record<string, number> = { CNY: 12.5, USD: 1.85 };
const OPENING_DATE = TODAY - 330;

/** How many customers a workbook of `lines` order lines has: one per 200 lines, at least 20. */
export function customerCount(lines: number): number {
  return Math.max(20, Math.round(lines / 200));
}

const customerName = (i: number) => `客户${String(i).padStart(3, "0")}贸易有限公司`;
const orderNo = (i: number) => `PO${String(i).padStart(7, "0")}`;
const currencyOf = (customer: number) => (customer % 10 === 7 ? "USD" : "CNY");
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A well-spread pseudo-random number for `n` (a 32-bit integer hash), so dates do not follow customers. */
function spread(n: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Values = Record<string, CellConstant>;

/** Rows in `spec`'s column order from values by header (absent values blank). */
function tableData(spec: TableSpec, records: readonly Values[]): TableData {
  const headers = spec.columns.map((c) => c.header);
  return {
    table: spec.table,
    sheet: spec.sheet,
    row: 0,
    col: 0,
    headers,
    rows: records.map((r) => headers.map((h) => r[h] ?? "")),
  };
}

/** The customers, products, 订单, 发货 and 收款 of a workbook of `lines` order lines, as typed values. */
function syntheticData(lines: number): WorkbookData {
  const customers = customerCount(lines);
  const customerOf = (order: number) => (order < FIRST_CUSTOMER_ORDERS ? 0 : order % customers);
  const ageOf = (order: number) => (order < FIRST_CUSTOMER_ORDERS ? 30 + order : 21 + (spread(order) % 180));
  const customerRows: Values[] = Array.from({ length: customers }, (_, i) => ({
    客户编号: `C${i}`,
    客户名称: customerName(i),
    联系人: "王经理",
    电话: "0574-88886666",
    地址: "浙江省宁波市鄞州区科技园区明光北路88号",
    结算方式: PAYMENT_TERMS[(i + 2) % PAYMENT_TERMS.length]!,
    币种: currencyOf(i),
    期初应收: i % 3 === 0 ? 5000 + 125 * i : "",
    期初日期: i % 3 === 0 ? OPENING_DATE : "",
    业务员: "周建国",
  }));
  const productRows: Values[] = Array.from({ length: PRODUCTS }, (_, i) => ({
    货号: `BT-${1000 + i}`,
    品名: "双层沥水碗架",
    规格: "42×25×30cm",
    颜色: "灰色",
    单位: "个",
    装箱数: 24,
  }));

  const orderRows: Values[] = [];
  const shipmentRows: Values[] = [];
  const notes = new Map<string, string>();
  const perDay = new Map<string, number>();
  /** The number of one note of an order (a new one per order, kind and delivery), sequenced per day. */
  const noteNumber = (prefix: string, date: number, key: string): string => {
    const found = notes.get(key);
    if (found) return found;
    const day = `${prefix}${serialToIso(date).replaceAll("-", "")}`;
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const number = `${day}-${String(seq).padStart(2, "0")}`;
    notes.set(key, number);
    return number;
  };
  for (let i = 0; i < lines; i++) {
    const order = Math.floor(i / LINES_PER_ORDER);
    const line = (i % LINES_PER_ORDER) + 1;
    const customer = customerOf(order);
    const currency = currencyOf(customer);
    const price = PRICE[currency]!;
    const placed = TODAY - ageOf(order);
    const itemNo = `BT-${1000 + (i % PRODUCTS)}`;
    orderRows.push({
      订单号: orderNo(order),
      行号: line,
      下单日期: placed,
      客户: customerName(customer),
      货号: itemNo,
      数量: QUANTITY,
      币种: currency,
      单价: price,
      交货日期: placed + 60,
      跟单员: "小李",
    });
    const delivered = TODAY - placed > 90;
    const returned = delivered && line === LINES_PER_ORDER && order % 5 === 0;
    // Two 发货 rows per line: two deliveries (half each when delivered in full, a quarter each
    // otherwise), or for a returned line everything at once and the return.
    const ledger: [number, number, string][] = returned
      ? [
          [placed + 15, QUANTITY, "送货"],
          [placed + 40, -RETURNED, "退货"],
        ]
      : [
          [placed + 15, delivered ? QUANTITY / 2 : QUANTITY / 4, "送货"],
          [placed + (delivered ? 60 : 20), delivered ? QUANTITY / 2 : QUANTITY / 4, "送货"],
        ];
    ledger.forEach(([date, quantity, type], second) => {
      const prefix = type === "送货" ? "SH" : "TH";
      shipmentRows.push({
        单号: noteNumber(prefix, date, `${prefix}${order}:${second}`),
        日期: date,
        类型: type,
        客户: customerName(customer),
        订单号: orderNo(order),
        行号: line,
        货号: itemNo,
        品名: "双层沥水碗架",
        规格: "42×25×30cm",
        颜色: "灰色",
        单位: "个",
        数量: quantity,
        币种: currency,
        单价: price,
        金额: round2(quantity * price),
        箱数: Math.ceil(Math.abs(quantity) / 24),
        回单状态: "已回",
      });
    });
  }

  const paymentRows: Values[] = Array.from({ length: Math.floor(lines / 2) }, (_, i) => {
    const order = Math.floor(i / 2);
    const customer = customerOf(order);
    const currency = currencyOf(customer);
    const orderLines = Math.min(LINES_PER_ORDER, lines - order * LINES_PER_ORDER);
    const total = orderLines * QUANTITY * PRICE[currency]!;
    const deposit = i % 2 === 0;
    return {
      收款日期: TODAY - ageOf(order) + (deposit ? 3 : 18),
      客户: customerName(customer),
      订单号: orderNo(order),
      类型: deposit ? "订金" : "货款",
      币种: currency,
      金额: round2(total * (deposit ? 0.3 : 0.4)),
      方式: "银行转账",
    };
  });

  return {
    [CUSTOMERS_TABLE.table]: tableData(CUSTOMERS_TABLE, customerRows),
    [PRODUCTS_TABLE.table]: tableData(PRODUCTS_TABLE, productRows),
    [ORDERS_TABLE.table]: tableData(ORDERS_TABLE, orderRows),
    [SHIPMENTS_TABLE.table]: tableData(SHIPMENTS_TABLE, shipmentRows),
    [PAYMENTS_TABLE.table]: tableData(PAYMENTS_TABLE, paymentRows),
  };
}

/** 订单's computed and defaulted columns as Excel would have computed them, by header, per row. */
function orderResults(data: WorkbookData): Values[] {
  const product = data[PRODUCTS_TABLE.table]!.rows[0]!;
  const productHeaders = data[PRODUCTS_TABLE.table]!.headers;
  const fromProduct = (header: string) => product[productHeaders.indexOf(header)]!;
  const money = (fen: Fen | null) => (fen === null ? "" : fenToNumber(fen));
  return computeOrderTracking(data, TODAY).map((t) => ({
    品名: fromProduct("品名"),
    规格: fromProduct("规格"),
    单位: fromProduct("单位"),
    金额: money(t.amount),
    收款状态: t.paymentStatus,
    已发数量: t.shipped,
    未发数量: t.unshipped ?? "",
    交期状态: t.dueStatus,
    延期天数: t.daysLate ?? "",
    订单总额: money(t.orderTotal),
    订单已收: money(t.paid),
    订单首行: t.firstLine ?? "",
    首行总额: t.holdsOrderFigures ? money(t.orderTotal) : "",
    首行已收: t.holdsOrderFigures ? money(t.paid) : "",
  }));
}

/**
 * Writes `table`'s rows into its table's body and stretches the table over them. A column whose
 * first body row holds a formula (as setup wrote it) gets that formula on every row, with
 * `results` as its cached result.
 */
function fill(model: WorkbookModel, table: TableData, results?: readonly Values[]): void {
  const sheet = model.sheets.find((s) => s.name === table.sheet)!;
  const ref = model.tables.find((t) => t.name === table.table)!.ref;
  const formulas = table.headers.map((_, col) => getCell(sheet, ref.row + 1, ref.col + col)?.formula);
  table.rows.forEach((values, i) => {
    table.headers.forEach((header, col) => {
      const formula = formulas[col];
      if (formula === undefined && values[col] === "") return;
      const cell = ensureCell(sheet, ref.row + 1 + i, ref.col + col);
      if (formula === undefined) cell.value = values[col]!;
      else {
        cell.formula = formula;
        cell.computed = results?.[i]?.[header] ?? "";
      }
    });
  });
  ref.rows = Math.max(table.rows.length, 1) + 1;
}

/**
 * A workbook of `lines` order lines (see the file's comment).
 * @param withoutColumns 订单 columns at its right end to leave out, as in a workbook made before
 *   they were part of the contract (what an upgrade adds).
 */
export async function syntheticWorkbook(
  lines: number,
  withoutColumns: readonly string[] = [],
): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await createActions((batch) => book.run(batch), { today: () => TODAY }).setupWorkbook("zh");
  const data = syntheticData(lines);
  const results = orderResults(data);
  for (const table of Object.values(data)) {
    fill(book.model, table!, table!.table === ORDERS_TABLE.table ? results : undefined);
  }
  if (withoutColumns.length > 0) dropLastColumns(book.model, ORDERS_TABLE, withoutColumns);
  book.model.version += 1;
  book.resetSyncLog();
  return book;
}

/** Removes `headers`, the last columns of `spec`'s table, with their cells. */
function dropLastColumns(model: WorkbookModel, spec: TableSpec, headers: readonly string[]): void {
  const table = model.tables.find((t) => t.name === spec.table)!;
  const kept = table.columns.length - headers.length;
  if (table.columns.slice(kept).some((c, i) => c.name !== headers[i]))
    throw new Error(`${headers.join(", ")} are not the last columns of ${spec.table}`);
  const sheet = model.sheets.find((s) => s.id === table.sheetId)!;
  for (let row = table.ref.row; row < table.ref.row + table.ref.rows; row++) {
    sheet.cells[row]?.splice(table.ref.col + kept);
  }
  table.columns.splice(kept);
  table.ref = { ...table.ref, cols: kept };
}

/** Turns every formula cell into the constant of its cached result: the workbook holding values only. */
export function keepValuesOnly(model: WorkbookModel): void {
  for (const sheet of model.sheets) {
    for (const cells of sheet.cells) {
      for (const cell of cells ?? []) {
        if (cell?.formula === undefined) continue;
        const result = cell.computed;
        delete cell.formula;
        delete cell.computed;
        if (result !== null && result !== undefined && result !== "" && typeof result !== "object")
          cell.value = result;
      }
    }
  }
  model.version += 1;
}

const overlaps = (a: Rect, b: Rect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/**
 * What setup reads of a workbook (its snapshot), taken from the model: used to time planSetup on
 * its own, the action reading the same through Office.js.
 */
export function setupSnapshot(model: WorkbookModel): SetupSnapshot {
  return {
    sheets: model.sheets.map((s) => ({ name: s.name, isBlank: usedRect(s) === null })),
    tables: model.tables.map((t) => {
      const sheet = model.sheets.find((s) => s.id === t.sheetId)!;
      const body: Rect = { ...t.ref, row: t.ref.row + 1, rows: t.ref.rows - 1 };
      const headers = t.columns.map((c) => c.name);
      const values = (row: number) =>
        headers.map((_, col) => (getCell(sheet, row, t.ref.col + col)?.value ?? "") as CellConstant);
      return {
        name: t.name,
        sheet: sheet.name,
        address: rectAddress(t.ref),
        headers,
        body:
          t.name === SETTINGS_TABLE.table
            ? Array.from({ length: body.rows }, (_, i) => values(body.row + i))
            : undefined,
        validated: sheet.dataValidations.some((v) => v.ranges.some((r) => overlaps(r, body))) ? headers : [],
        conditionalFormats: sheet.conditionalFormats.filter((f) => f.ranges.some((r) => overlaps(r, body)))
          .length,
      };
    }),
    names: model.names.map((n) => n.name),
  };
}

/** `count` order lines of customer 0 as `订单号:行号=数量` requests. */
export function firstCustomerLines(
  count: number,
  quantity: number,
): { orderNo: string; lineNo: number; quantity: number }[] {
  return Array.from({ length: count }, (_, i) => ({
    orderNo: orderNo(Math.floor(i / LINES_PER_ORDER)),
    lineNo: (i % LINES_PER_ORDER) + 1,
    quantity,
  }));
}

/** The customer the single statement is for. */
export const STATEMENT_CUSTOMER = customerName(0);
