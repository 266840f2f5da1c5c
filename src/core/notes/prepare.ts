/**
 * Deciding a delivery or return note: every refusal the clerk must hear about, or the document.
 * Pure: the same decision for the task pane, the CLI and tests. Nothing is written by a refusal.
 */
import { makeProblem, type ProblemCode } from "../messages";
import { addFen, type Fen, fenToNumber, formatFen, toFen, toFenOrNull } from "../money";
import {
  cellNumber,
  columnReader,
  computeOrderTracking,
  lineKey,
  matchKey,
  readTrackingSettings,
  settingText,
} from "../orders/tracking";
import type { Lang, MessageParams, Problem } from "../problems";
import { serialToDate } from "../dates";
import {
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SETTINGS,
  SHIPMENTS_TABLE,
} from "../workbook/schema";
import { cellText, tableReader, type WorkbookData } from "../workbook/tableData";
import { CUSTOMER as C, ORDER as O, PAYMENT as P, PRODUCT as PR, SHIPMENT as S } from "./columns";
import type { NoteDocument, NoteLine, NoteParty, NoteRequest } from "./note";
import { isValidNotePrefix, MAX_PREFIX_LENGTH, nextNoteNumber } from "./numbering";

/**
 * The columns prepareNote reads of the long tables (the others may be left blank by a reader that
 * reads only these); 参数, 客户 and 产品 are read whole.
 */
export const NOTE_INPUT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  [ORDERS_TABLE.table]: [
    O.orderNo,
    O.lineNo,
    O.customer,
    O.itemNo,
    O.name,
    O.spec,
    O.color,
    O.unit,
    O.quantity,
    O.currency,
    O.price,
  ],
  [SHIPMENTS_TABLE.table]: [S.number, S.orderNo, S.lineNo, S.quantity, S.amount],
  [PAYMENTS_TABLE.table]: Object.values(P),
};

/** The terms under which goods leave only against payment. */
const PAY_BEFORE_DELIVERY = "款到发货";
/** The currency of a note whose order lines and customer name none. */
const DEFAULT_CURRENCY = "CNY";

/** The decision: the note to write, or why not. */
export type NoteDecision = { note: NoteDocument; problems: [] } | { note?: undefined; problems: Problem[] };

/** The printable parts of the company header, from 参数. */
export function companyOf(data: WorkbookData): NoteParty {
  return {
    name: settingText(data, "COMPANY_NAME"),
    contact: "",
    phone: settingText(data, "COMPANY_PHONE"),
    address: settingText(data, "COMPANY_ADDRESS"),
  };
}

/** Whole numbers above 0 only: a note moves pieces, and 数量 in 订单 is validated the same way. */
function isPositiveWhole(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

/** A lookup of rows by the matchKey of one column; the first row wins, as MATCH finds it. */
function indexBy(data: WorkbookData, table: string, header: string): Map<string, number> {
  const t = data[table];
  const index = new Map<string, number>();
  if (!t) return index;
  const read = columnReader(t, header);
  for (let row = 0; row < t.rows.length; row++) {
    const key = matchKey(read(row));
    if (key !== null && !index.has(key)) index.set(key, row);
  }
  return index;
}

/**
 * Decides a note from the workbook's tables and the clerk's request.
 * Refuses (problems, no note) when: no lines; a line twice; a line missing from 订单; a quantity that
 * is not a whole number above 0; for a delivery, a line fully shipped or a quantity beyond 未发数量
 * plus 超发允许比例; for a return, more than was delivered net; lines of different customers or
 * currencies; a customer missing from 客户; a 款到发货 customer whose payments for these orders do
 * not cover what was delivered plus this note (unless `request.override` gives a reason); an
 * unusable number prefix in 参数.
 * @param sheetNames every sheet of the workbook, so the number is unique among them too.
 * @param lang the language refusals are said in (the clerk's; the note prints in `request.lang`).
 */
export function prepareNote(
  data: WorkbookData,
  sheetNames: readonly string[],
  request: NoteRequest,
  lang: Lang = request.lang,
): NoteDecision {
  const problems: Problem[] = [];
  const refuse = (code: ProblemCode, params: MessageParams, where = { sheet: "", cell: "" }): void => {
    problems.push(makeProblem(lang, "error", code, where, params));
  };
  const orders = data[ORDERS_TABLE.table];
  if (request.lines.length === 0 || !orders) {
    refuse("note-no-lines", {});
    return { problems };
  }
  if (!Number.isInteger(request.date) || serialToDate(request.date) === null) {
    refuse("note-bad-date", { value: String(request.date) });
    return { problems };
  }

  const isReturn = request.kind === "return";
  const settings = readTrackingSettings(data);
  const tracking = computeOrderTracking(data, request.date, settings);
  const order = tableReader(orders);
  const rowOfLine = new Map<string, number>();
  for (let row = 0; row < orders.rows.length; row++) {
    const key = lineKey(order.get(row, O.orderNo), order.get(row, O.lineNo));
    if (key !== null && !rowOfLine.has(key)) rowOfLine.set(key, row);
  }

  // Each requested line, checked on its own.
  const chosen: { row: number; quantity: number }[] = [];
  const seen = new Set<string>();
  for (const line of request.lines) {
    const params = { orderNo: line.orderNo, lineNo: line.lineNo };
    const key = lineKey(line.orderNo, line.lineNo);
    if (key === null || !rowOfLine.has(key)) {
      refuse("note-line-missing", params);
      continue;
    }
    if (seen.has(key)) {
      refuse("note-duplicate-line", params);
      continue;
    }
    seen.add(key);
    const row = rowOfLine.get(key)!;
    const where = { sheet: orders.sheet, cell: order.cell(row, O.quantity) };
    if (!isPositiveWhole(line.quantity)) {
      refuse("note-bad-quantity", { ...params, value: String(line.quantity) }, where);
      continue;
    }
    const track = tracking[row]!;
    const quantity = cellNumber(order.get(row, O.quantity)) ?? 0;
    if (isReturn) {
      if (line.quantity > track.shipped) {
        refuse("note-return-too-many", { ...params, value: line.quantity, shipped: track.shipped }, where);
        continue;
      }
    } else {
      // The decimal a person would write: 100 × 1.15 is 114.99999999999999 in binary.
      const limit = Number((quantity * (1 + settings.overshipRate)).toPrecision(12)) - track.shipped;
      if ((track.unshipped ?? 0) <= 0) {
        refuse("note-fully-shipped", { ...params, quantity, shipped: track.shipped }, where);
        continue;
      }
      if (line.quantity > limit) {
        refuse(
          "note-over-quantity",
          {
            ...params,
            value: line.quantity,
            unshipped: Math.max(track.unshipped ?? 0, 0),
            limit: Math.max(Math.floor(limit), 0),
            rate: `${Number((settings.overshipRate * 100).toPrecision(12))}%`,
          },
          where,
        );
        continue;
      }
    }
    chosen.push({ row, quantity: line.quantity });
  }
  if (problems.length > 0) return { problems };

  // One customer, known in 客户, and one currency.
  const customers = data[CUSTOMERS_TABLE.table];
  const customerRows = indexBy(data, CUSTOMERS_TABLE.table, C.name);
  const customerNames = unique(chosen.map((c) => cellText(order.get(c.row, O.customer))));
  if (customerNames.length > 1) {
    refuse("note-mixed-customers", { customers: customerNames.join("、") });
    return { problems };
  }
  const customerName = customerNames[0] ?? "";
  const customerRow = customerRows.get(matchKey(customerName) ?? "");
  if (!customers || customerRow === undefined) {
    refuse("note-unknown-customer", { value: customerName }, { sheet: orders.sheet, cell: "" });
    return { problems };
  }
  const customer = tableReader(customers);
  const customerCurrency = cellText(customer.get(customerRow, C.currency)).toUpperCase();
  const currencies = unique(
    chosen.map(
      (c) => cellText(order.get(c.row, O.currency)).toUpperCase() || customerCurrency || DEFAULT_CURRENCY,
    ),
  );
  if (currencies.length > 1) {
    refuse("note-mixed-currencies", { currencies: currencies.join("、") });
    return { problems };
  }
  const currency = currencies[0] ?? DEFAULT_CURRENCY;

  // The lines as printed, with product details where the order line leaves them blank.
  const products = data[PRODUCTS_TABLE.table];
  const product = products ? tableReader(products) : null;
  const productRows = indexBy(data, PRODUCTS_TABLE.table, PR.itemNo);
  const sign = isReturn ? -1 : 1;
  const lines: NoteLine[] = chosen.map((c, i) => {
    const itemNo = cellText(order.get(c.row, O.itemNo));
    const productRow = productRows.get(matchKey(itemNo) ?? "");
    const fromProduct = (header: string): string =>
      product && productRow !== undefined ? cellText(product.get(productRow, header)) : "";
    const pick = (orderHeader: string, productHeader: string): string =>
      cellText(order.get(c.row, orderHeader)) || fromProduct(productHeader);
    const priceNumber = cellNumber(order.get(c.row, O.price));
    const price = priceNumber === null ? null : toFenOrNull(priceNumber);
    const quantity = sign * c.quantity;
    const perBox =
      product && productRow !== undefined ? cellNumber(product.get(productRow, PR.perBox)) : null;
    return {
      seq: i + 1,
      orderNo: cellText(order.get(c.row, O.orderNo)),
      lineNo: cellNumber(order.get(c.row, O.lineNo)) ?? Number(cellText(order.get(c.row, O.lineNo))),
      itemNo,
      name: pick(O.name, PR.name),
      spec: pick(O.spec, PR.spec),
      color: pick(O.color, PR.color),
      unit: pick(O.unit, PR.unit),
      quantity,
      price,
      amount: price === null ? (0 as Fen) : toFen(quantity * fenToNumber(price)),
      boxes: perBox !== null && perBox > 0 ? sign * Math.ceil(c.quantity / perBox) : null,
      remark: request.override?.trim() ?? "",
    };
  });
  const amount = lines.reduce((sum, l) => addFen(sum, l.amount), 0 as Fen);
  const orderNos = unique(lines.map((l) => l.orderNo));

  // 款到发货: what these orders have been paid must cover what has left plus this note.
  const terms = cellText(customer.get(customerRow, C.terms));
  const override = request.override?.trim() ?? "";
  if (!isReturn && terms === PAY_BEFORE_DELIVERY && override === "") {
    const keys = new Set(orderNos.map((o) => matchKey(o)));
    const paid = sumFor(data, PAYMENTS_TABLE.table, P.orderNo, P.amount, keys);
    const delivered = sumFor(data, SHIPMENTS_TABLE.table, S.orderNo, S.amount, keys);
    const needed = addFen(delivered, amount);
    if (paid < needed) {
      refuse("payment-shortfall", {
        customer: customerName,
        currency,
        paid: formatFen(paid),
        needed: formatFen(needed),
        shortfall: formatFen((needed - paid) as Fen),
      });
      return { problems };
    }
  }

  // The number: prefix from 参数, one past the day's highest in the ledger and the sheet names.
  const prefixName = isReturn ? "RETURN_PREFIX" : "DELIVERY_PREFIX";
  const prefix = settingText(data, prefixName);
  if (!isValidNotePrefix(prefix)) {
    const item = SETTINGS.find((s) => s.name === prefixName)?.item ?? prefixName;
    refuse("note-prefix-invalid", { item, value: prefix, max: MAX_PREFIX_LENGTH });
    return { problems };
  }
  const number = nextNoteNumber(prefix, request.date, [...sheetNames, ...ledgerNumbers(data)]);

  return {
    problems: [],
    note: {
      kind: request.kind,
      number,
      date: request.date,
      lang: request.lang,
      paper: request.paper,
      withPrices: request.withPrices,
      company: companyOf(data),
      customer: {
        name: customerName,
        contact: cellText(customer.get(customerRow, C.contact)),
        phone: cellText(customer.get(customerRow, C.phone)),
        address: cellText(customer.get(customerRow, C.address)),
        currency,
      },
      orderNos,
      lines,
      totals: {
        quantity: lines.reduce((n, l) => n + l.quantity, 0),
        boxes: lines.some((l) => l.boxes !== null) ? lines.reduce((n, l) => n + (l.boxes ?? 0), 0) : null,
        amount,
      },
      vehicle: request.vehicle?.trim() ?? "",
      driver: request.driver?.trim() ?? "",
      waybill: request.waybill?.trim() ?? "",
      remark: request.remark?.trim() ?? "",
      override,
    },
  };
}

/** 单号 values of the 发货 ledger, as written. */
export function ledgerNumbers(data: WorkbookData): string[] {
  const ledger = data[SHIPMENTS_TABLE.table];
  if (!ledger) return [];
  const read = columnReader(ledger, S.number);
  const out: string[] = [];
  for (let row = 0; row < ledger.rows.length; row++) {
    const value = read(row);
    if (typeof value === "string" && value.trim() !== "") out.push(value);
  }
  return out;
}

/** Sum in fen of `amountHeader` over the rows whose `keyHeader` is one of `keys`. */
function sumFor(
  data: WorkbookData,
  table: string,
  keyHeader: string,
  amountHeader: string,
  keys: ReadonlySet<string | null>,
): Fen {
  const t = data[table];
  if (!t) return 0 as Fen;
  const key = columnReader(t, keyHeader);
  const amount = columnReader(t, amountHeader);
  let sum = 0 as Fen;
  for (let row = 0; row < t.rows.length; row++) {
    if (!keys.has(matchKey(key(row)))) continue;
    const n = cellNumber(amount(row));
    const fen = n === null ? null : toFenOrNull(n);
    if (fen !== null) sum = addFen(sum, fen);
  }
  return sum;
}

function unique(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.toUpperCase();
    if (!seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()];
}
