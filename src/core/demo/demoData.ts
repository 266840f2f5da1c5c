/**
 * Demo data for `gendan init --demo` and the workbench: the story in demoStory.ts as rows of the
 * contract's tables, dated relative to a given day so statuses (逾期, 将到期, ...) always show.
 */
import { dateToSerial, serialToDate } from "../dates";
import { type Fen, addFen, fenToNumber, mulFenByNumber, toFen } from "../money";
import {
  COSTING_TABLE,
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SETTINGS,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../workbook/schema";
import {
  COMPANY,
  COSTINGS,
  CUSTOMERS,
  NOTES,
  ORDERS,
  PAYMENTS,
  PLANTED,
  PRODUCTS,
  type AmountStory,
  type CustomerStory,
  type OrderLineStory,
  type OrderStory,
  type ProductStory,
} from "./demoStory";

export type DemoCell = string | number | null;

export interface DemoData {
  /** 参数 values by item (公司名称, 公司地址, 联系电话 and any changed; others keep schema defaults). */
  settings: Record<string, string | number>;
  /**
   * Body rows per contract table name (Customers, Products, Costing, Orders, Shipments, Payments),
   * each in the table's column order; computed columns are null; dates are serial numbers; money
   * has at most 2 decimals; text never starts with "=".
   */
  rows: Record<string, DemoCell[][]>;
  /**
   * The problems the order check must find, and nothing else: `row` is the 0-based index into
   * `rows[table]`, `column` the header.
   */
  planted: { code: string; table: string; row: number; column: string }[];
}

/** A body row in `spec`'s column order from values by header; computed and absent columns stay null. */
function rowOf(spec: TableSpec, values: Readonly<Record<string, DemoCell | undefined>>): DemoCell[] {
  const headers = new Set(spec.columns.map((c) => c.header));
  for (const header of Object.keys(values)) {
    // A typo here would silently drop a value; this is a fault of the code, not of data.
    if (!headers.has(header)) throw new Error(`${spec.table} has no column ${header}`);
  }
  return spec.columns.map((c) => (c.computed ? null : (values[c.header] ?? null)));
}

function settingByName(name: string): { item: string; defaultValue: string | number } {
  const setting = SETTINGS.find((s) => s.name === name);
  if (!setting) throw new Error(`no setting named ${name}`);
  return setting;
}

function textSetting(name: string): string {
  return String(settingByName(name).defaultValue);
}

function datePartsOf(serial: number): { year: number; month: number; day: number } {
  const parts = serialToDate(serial);
  if (!parts) throw new Error(`serial ${serial} is not a date`);
  return parts;
}

const ZERO = 0 as Fen;

/** `a − b`, exact (both are integers). */
function subFen(a: Fen, b: Fen): Fen {
  return (a - b) as Fen;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** yyyymmdd of a serial date, as in note numbers. */
function compactDate(serial: number): string {
  const { year, month, day } = datePartsOf(serial);
  return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;
}

/** The last day of the month before the one `serial` falls in. */
function endOfPreviousMonth(serial: number): number {
  const { year, month } = datePartsOf(serial);
  return dateToSerial(year, month, 0);
}

function byKey<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo story: no ${what} ${String(key)}`);
  return value;
}

/**
 * The story reaches about 90 days back (期初日期); keep every date after 1900-03-01 (serial 61), where
 * Excel's serials are plain day counts.
 */
const EARLIEST_TODAY = 61 + 120;
/** 交货日期 reach 50 days ahead; Excel shows no date after 9999-12-31 (serial 2,958,465). */
const LATEST_TODAY = 2_958_465 - 60;

interface PlacedLine {
  order: OrderStory;
  orderNo: string;
  lineNo: number;
  line: OrderLineStory;
  customer: CustomerStory;
  /** Undefined for the planted unknown 货号. */
  product: ProductStory | undefined;
  currency: string;
}

/**
 * A believable small factory's tracking data (customers, products, costing, about 60 order lines,
 * deliveries with one return, receipts), the same every time for the same `today`, with every
 * date relative to it (期初日期 is the month end before today − 60).
 * @param today Excel serial day number taken as today (a fraction is dropped).
 * @returns rows for each contract table and the three problems planted in 订单.
 * @throws RangeError when `today` is not a serial date from 1900-06-29 (serial 181) to 9999-11-01;
 *   Error only when the story itself is inconsistent (a fault of this module).
 */
export function buildDemo(today: number): DemoData {
  if (!Number.isFinite(today) || today < EARLIEST_TODAY || today > LATEST_TODAY) {
    throw new RangeError(
      `buildDemo: today must be a serial date from ${EARLIEST_TODAY} to ${LATEST_TODAY}, not ${today}`,
    );
  }
  const t = Math.floor(today);
  const ago = (days: number): number => t - days;
  const customers = byKey(CUSTOMERS, (c) => c.id);
  const ordersByKey = byKey(ORDERS, (o) => o.key);
  const products = byKey(PRODUCTS, (p) => p.sku);
  const defaultDepositRate = Number(settingByName("DEPOSIT_RATE").defaultValue);

  // 订单号 = PO + yymm of 下单日期 + a per-month sequence, numbered in order of placing.
  const orders = [...ORDERS].sort((a, b) => b.placedDaysAgo - a.placedDaysAgo);
  const orderNos = new Map<string, string>();
  const perMonth = new Map<string, number>();
  for (const order of orders) {
    const { year, month } = datePartsOf(ago(order.placedDaysAgo));
    const yymm = `${pad(year % 100, 2)}${pad(month, 2)}`;
    const seq = (perMonth.get(yymm) ?? 0) + 1;
    perMonth.set(yymm, seq);
    orderNos.set(order.key, `PO${yymm}-${pad(seq, 3)}`);
  }

  const lines: PlacedLine[] = orders.flatMap((order) => {
    const customer = mustGet(customers, order.customer, "customer");
    return order.lines.map((line, i) => ({
      order,
      orderNo: mustGet(orderNos, order.key, "order"),
      lineNo: i + 1,
      line,
      customer,
      product: products.get(line.sku),
      currency: line.currency ?? customer.currency,
    }));
  });
  const lineIndex = new Map(lines.map((l, i) => [`${l.order.key}:${l.lineNo}`, i]));
  const placedLine = (orderKey: string, lineNo: number): PlacedLine => {
    const found = lines[mustGet(lineIndex, `${orderKey}:${lineNo}`, "order line")];
    if (!found) throw new Error(`demo story: no order line ${orderKey}:${lineNo}`);
    return found;
  };

  const orderRows = lines.map(({ order, orderNo, lineNo, line, customer, product, currency }) => {
    if (!product && !line.typed) throw new Error(`demo story: ${line.sku} needs typed details`);
    const po =
      order.po !== undefined && customer.poPrefix !== undefined ? customer.poPrefix + order.po : null;
    return rowOf(ORDERS_TABLE, {
      订单号: orderNo,
      行号: lineNo,
      客户PO号: po,
      下单日期: ago(order.placedDaysAgo),
      客户: customer.name,
      货号: line.sku,
      // Left blank, 品名/规格/单位 come from 产品 by formula; typed only where the clerk overrode them.
      品名: line.typed?.name ?? null,
      规格: line.typed?.spec ?? null,
      颜色: line.typed?.color ?? product?.color ?? null,
      单位: line.typed?.unit ?? null,
      数量: line.qty,
      币种: currency,
      单价: line.price,
      交货日期: t + order.dueInDays,
      订金比例: order.depositRate ?? null,
      物料状态: line.material,
      生产状态: line.production,
      完成数量: line.done ?? null,
      跟单员: order.clerk,
      备注: line.note ?? (lineNo === 1 ? (order.note ?? null) : null),
    });
  });

  // Delivery and return notes, numbered prefix + yyyymmdd + a daily sequence per prefix.
  const deliveryPrefix = textSetting("DELIVERY_PREFIX");
  const returnPrefix = textSetting("RETURN_PREFIX");
  const notes = [...NOTES].sort((a, b) => b.daysAgo - a.daysAgo);
  const perDay = new Map<string, number>();
  const shippedFen = new Map<string, Fen>();
  const shipmentRows = notes.flatMap((note) => {
    const date = ago(note.daysAgo);
    const prefix = note.kind === "return" ? returnPrefix : deliveryPrefix;
    const day = prefix + compactDate(date);
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const noteNo = `${day}-${pad(seq, 2)}`;
    const sign = note.kind === "return" ? -1 : 1;
    return note.lines.map(([orderKey, lineNo, qty], i) => {
      const placed = placedLine(orderKey, lineNo);
      const product = placed.product;
      if (!product) throw new Error(`demo story: shipment of unknown ${placed.line.sku}`);
      const quantity = sign * qty;
      const amount = mulFenByNumber(toFen(placed.line.price), quantity);
      shippedFen.set(orderKey, addFen(shippedFen.get(orderKey) ?? ZERO, amount));
      return rowOf(SHIPMENTS_TABLE, {
        单号: noteNo,
        日期: date,
        类型: note.kind === "return" ? "退货" : "送货",
        客户: placed.customer.name,
        订单号: placed.orderNo,
        行号: lineNo,
        货号: placed.line.sku,
        品名: placed.line.typed?.name ?? product.name,
        规格: placed.line.typed?.spec ?? product.spec,
        颜色: placed.line.typed?.color ?? product.color,
        单位: placed.line.typed?.unit ?? product.unit,
        数量: quantity,
        币种: placed.currency,
        单价: placed.line.price,
        金额: fenToNumber(amount),
        // Cartons are counted, not signed: a return brings boxes back too.
        箱数: Math.ceil(qty / product.perCarton),
        回单状态: note.signed,
        回单日期: note.signedDaysAgo === undefined ? null : ago(note.signedDaysAgo),
        // A note's remark is written once, on its first line.
        备注: i === 0 ? (note.note ?? null) : null,
      });
    });
  });

  const orderTotalFen = (key: string): Fen =>
    lines
      .filter((l) => l.order.key === key)
      .reduce((sum, l) => addFen(sum, mulFenByNumber(toFen(l.line.price), l.line.qty)), ZERO);
  const receivedFen = new Map<string, Fen>();
  const received = (key: string): Fen => receivedFen.get(key) ?? ZERO;
  const amountFen = (amount: AmountStory, customer: CustomerStory): Fen => {
    if (typeof amount === "number") return toFen(amount);
    if (amount === "opening") return toFen(customer.opening ?? 0);
    if ("deposit" in amount) {
      const order = mustGet(ordersByKey, amount.deposit, "order");
      const deposit = mulFenByNumber(orderTotalFen(order.key), order.depositRate ?? defaultDepositRate);
      // Rounded up to a whole yuan or dollar, as clerks ask for it: never short of the deposit.
      return (Math.ceil(deposit / 100) * 100) as Fen;
    }
    if ("balance" in amount) return subFen(orderTotalFen(amount.balance), received(amount.balance));
    return amount.shipped.reduce(
      (sum, key) => addFen(sum, subFen(shippedFen.get(key) ?? ZERO, received(key))),
      ZERO,
    );
  };
  const payments = PAYMENTS.map((payment) => {
    const customer = mustGet(customers, payment.customer, "customer");
    const fen = amountFen(payment.amount, customer);
    if (payment.order !== undefined) {
      receivedFen.set(payment.order, addFen(received(payment.order), fen));
    }
    return { payment, customer, fen };
  });
  const paymentRows = payments
    .map(({ payment, customer, fen }, i) => ({ date: ago(payment.daysAgo), i, payment, customer, fen }))
    .sort((a, b) => a.date - b.date || a.i - b.i)
    .map(({ date, payment, customer, fen }) =>
      rowOf(PAYMENTS_TABLE, {
        收款日期: date,
        客户: customer.name,
        订单号: payment.order === undefined ? null : mustGet(orderNos, payment.order, "order"),
        类型: payment.type,
        币种: customer.currency,
        金额: fenToNumber(fen),
        方式: payment.method,
        备注: payment.note ?? null,
      }),
    );

  const openingDate = endOfPreviousMonth(ago(61));
  const customerRows = CUSTOMERS.map((c) =>
    rowOf(CUSTOMERS_TABLE, {
      客户编号: c.id,
      客户名称: c.name,
      联系人: c.contact,
      电话: c.phone,
      地址: c.address,
      结算方式: c.terms,
      币种: c.currency,
      期初应收: c.opening ?? null,
      期初日期: c.opening === undefined ? null : openingDate,
      业务员: c.salesperson,
      备注: c.note ?? null,
    }),
  );

  const productRows = PRODUCTS.map((p) =>
    rowOf(PRODUCTS_TABLE, {
      货号: p.sku,
      品名: p.name,
      规格: p.spec,
      颜色: p.color,
      单位: p.unit,
      装箱数: p.perCarton,
      毛重: p.gross,
      净重: p.net,
      体积: p.volume,
      备注: p.note ?? null,
    }),
  );

  const costingRows = COSTINGS.map((c) =>
    rowOf(COSTING_TABLE, {
      货号: c.sku,
      品名: c.name ?? null,
      贸易方式: c.tradeMode,
      成本: c.cost,
      美金卖价: c.usdPrice,
      汇率: c.rate ?? null,
      审核状态: c.review,
      审核人: c.reviewer ?? null,
      审核日期: c.reviewedDaysAgo === undefined ? null : ago(c.reviewedDaysAgo),
      备注: c.note ?? null,
    }),
  );

  const planted = PLANTED.map(({ code, order, line, column }) => {
    if (!ORDERS_TABLE.columns.some((c) => c.header === column)) {
      throw new Error(`demo story: ${ORDERS_TABLE.table} has no column ${column}`);
    }
    return {
      code,
      table: ORDERS_TABLE.table,
      row: mustGet(lineIndex, `${order}:${line}`, "order line"),
      column,
    };
  });

  return {
    settings: {
      [settingByName("COMPANY_NAME").item]: COMPANY.name,
      [settingByName("COMPANY_ADDRESS").item]: COMPANY.address,
      [settingByName("COMPANY_PHONE").item]: COMPANY.phone,
    },
    rows: {
      [CUSTOMERS_TABLE.table]: customerRows,
      [PRODUCTS_TABLE.table]: productRows,
      [COSTING_TABLE.table]: costingRows,
      [ORDERS_TABLE.table]: orderRows,
      [SHIPMENTS_TABLE.table]: shipmentRows,
      [PAYMENTS_TABLE.table]: paymentRows,
    },
    planted,
  };
}
