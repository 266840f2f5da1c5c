/**
 * Synthetic tracking workbooks for the benchmarks: `lines` order lines (four per order), twice as
 * many 发货 rows and half as many 收款 rows, spread over 500 customers, built straight into a
 * memory-excel model (as a file would bring them) after the real setup made the tables.
 */
import { dateToSerial } from "../src/core/dates";
import {
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../src/core/workbook/schema";
import type { CellConstant } from "../src/core/plan";
import { createActions } from "../src/excel/actions";
import { MemoryWorkbook } from "../src/memory-excel";
import { ensureCell, type WorkbookModel } from "../src/memory-excel/model";

export const TODAY = dateToSerial(2026, 11, 23);
const CUSTOMERS = 500;
const PRODUCTS = 200;
const FIRST_CUSTOMER_ORDERS = 16;

/** Writes `rows` (by header) into `spec`'s table body and stretches the table over them. */
function fill(
  model: WorkbookModel,
  spec: TableSpec,
  count: number,
  row: (i: number) => Record<string, CellConstant>,
): void {
  const sheet = model.sheets.find((s) => s.name === spec.sheet)!;
  const table = model.tables.find((t) => t.name === spec.table)!;
  const headers = spec.columns.map((c) => c.header);
  for (let i = 0; i < count; i++) {
    const values = row(i);
    headers.forEach((header, col) => {
      const value = values[header];
      if (value !== undefined && value !== null && value !== "")
        ensureCell(sheet, table.ref.row + 1 + i, table.ref.col + col).value = value;
    });
  }
  table.ref = { ...table.ref, rows: Math.max(count, 1) + 1 };
}

const customerName = (i: number) => `客户${String(i).padStart(3, "0")}贸易有限公司`;
const orderNo = (i: number) => `PO${String(i).padStart(7, "0")}`;

/**
 * A workbook with `lines` order lines. Customer 0's orders are the first ones; every line has half
 * of its 数量 delivered in two 发货 rows, so each still has something to ship and to return.
 */
export async function syntheticWorkbook(lines: number): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await createActions((batch) => book.run(batch), { today: () => TODAY }).setupWorkbook("zh");
  const model = book.model;
  fill(model, CUSTOMERS_TABLE, CUSTOMERS, (i) => ({
    客户编号: `C${i}`,
    客户名称: customerName(i),
    联系人: "王经理",
    电话: "0574-88886666",
    地址: "浙江省宁波市鄞州区科技园区明光北路88号",
    结算方式: "月结30天",
    币种: "CNY",
  }));
  fill(model, PRODUCTS_TABLE, PRODUCTS, (i) => ({
    货号: `BT-${1000 + i}`,
    品名: "双层沥水碗架",
    规格: "42×25×30cm",
    颜色: "灰色",
    单位: "个",
    装箱数: 24,
  }));
  const orders = Math.ceil(lines / 4);
  // Customer 0 has the first orders, enough for a 50-line note; the rest go round the others.
  const customerOf = (order: number) =>
    order < FIRST_CUSTOMER_ORDERS ? 0 : 1 + ((order - FIRST_CUSTOMER_ORDERS) % (CUSTOMERS - 1));
  fill(model, ORDERS_TABLE, lines, (i) => {
    const order = Math.floor(i / 4);
    return {
      订单号: orderNo(order),
      行号: (i % 4) + 1,
      下单日期: TODAY - 60,
      客户: customerName(customerOf(order)),
      货号: `BT-${1000 + (i % PRODUCTS)}`,
      数量: 1000,
      币种: "CNY",
      单价: 12.5,
      交货日期: TODAY + 30,
      跟单员: "小李",
    };
  });
  fill(model, SHIPMENTS_TABLE, lines * 2, (i) => {
    const line = Math.floor(i / 2);
    const order = Math.floor(line / 4);
    return {
      单号: `SH${20260000 + (i % 300)}-${String(i % 97).padStart(2, "0")}`,
      日期: TODAY - 30 + (i % 20),
      类型: "送货",
      客户: customerName(customerOf(order)),
      订单号: orderNo(order),
      行号: (line % 4) + 1,
      货号: `BT-${1000 + (line % PRODUCTS)}`,
      数量: 250,
      币种: "CNY",
      单价: 12.5,
      金额: 3125,
      箱数: 11,
      回单状态: "已回",
    };
  });
  fill(model, PAYMENTS_TABLE, Math.floor(lines / 2), (i) => {
    const order = i % orders;
    return {
      收款日期: TODAY - 20,
      客户: customerName(customerOf(order)),
      订单号: orderNo(order),
      类型: "订金",
      币种: "CNY",
      金额: 3750,
      方式: "银行转账",
    };
  });
  model.version += 1;
  book.resetSyncLog();
  return book;
}

/** `count` order lines of customer 0 as `订单号:行号=数量` requests. */
export function firstCustomerLines(
  count: number,
  quantity: number,
): { orderNo: string; lineNo: number; quantity: number }[] {
  return Array.from({ length: count }, (_, i) => ({
    orderNo: orderNo(Math.floor(i / 4)),
    lineNo: (i % 4) + 1,
    quantity,
  }));
}
