/**
 * A customer's statement (对账单) computed from 客户, 发货 and 收款 as the clerk typed them (never from
 * formula cells), exact in fen. The rules:
 *
 * - A customer is found by 客户名称 without regard to case (as SUMIF compares); the first row wins.
 *   发货 and 收款 rows are the customer's by their 客户 column, compared the same way.
 * - 期初应收 is the balance due at the start of 期初日期: it replaces the history before that day, so
 *   发货 and 收款 rows dated before 期初日期 are ignored. A blank 期初日期 counts 期初应收 from the
 *   beginning of time. 上期结欠 is 期初应收 plus every row from 期初日期 up to the day before the
 *   period (deliveries add, returns and payments subtract). When 期初日期 falls inside the period the
 *   statement's opening stands at 期初日期 (`openingAsOf`); a 期初日期 after the period is refused.
 * - In the period, deliveries, returns and payments in date order; on one day notes come before
 *   payments, notes by their number, then everything by its place in its table.
 * - A 发货 row is a return when its 类型 says 退货, a delivery when it says 送货, and otherwise by the
 *   sign of its 金额. A 退货 with a positive 金额 or a 送货 with a negative one is refused: adding it as
 *   recorded would move the balance the wrong way.
 * - One currency: the customer's 币种 (CNY when blank). A counted row in another 币种 is refused,
 *   never converted or mixed; a blank 币种 on a row means the customer's currency.
 * - A counted row whose date or 金额 is blank or not a number is refused, naming the cell: the
 *   statement would be wrong without it. Rows after the period are not read beyond their date.
 */
import { dateToSerial, serialToDate, serialToIso } from "../dates";
import { makeProblem, tableMissingProblem, type ProblemCode } from "../messages";
import { addFen, type Fen, toFenOrNull } from "../money";
import { cellNumber, columnReader, findSetting, matchKey, specHeader } from "../orders/tracking";
import type { CellConstant } from "../plan";
import type { Lang, MessageParams, Problem } from "../problems";
import {
  CUSTOMERS_TABLE,
  PAYMENTS_TABLE,
  SETTINGS,
  SHIPMENT_TYPES,
  SHIPMENTS_TABLE,
  type TableSpec,
} from "../workbook/schema";
import { cellText, isBlank, tableReader, type TableData, type WorkbookData } from "../workbook/tableData";
import type {
  Statement,
  StatementDetail,
  StatementEntry,
  StatementEntryKind,
  StatementRequest,
} from "./statement";

const CUSTOMER = {
  name: specHeader(CUSTOMERS_TABLE, "客户名称"),
  contact: specHeader(CUSTOMERS_TABLE, "联系人"),
  phone: specHeader(CUSTOMERS_TABLE, "电话"),
  address: specHeader(CUSTOMERS_TABLE, "地址"),
  terms: specHeader(CUSTOMERS_TABLE, "结算方式"),
  currency: specHeader(CUSTOMERS_TABLE, "币种"),
  openingBalance: specHeader(CUSTOMERS_TABLE, "期初应收"),
  openingDate: specHeader(CUSTOMERS_TABLE, "期初日期"),
};

const SHIPMENT = {
  number: specHeader(SHIPMENTS_TABLE, "单号"),
  date: specHeader(SHIPMENTS_TABLE, "日期"),
  type: specHeader(SHIPMENTS_TABLE, "类型"),
  customer: specHeader(SHIPMENTS_TABLE, "客户"),
  orderNo: specHeader(SHIPMENTS_TABLE, "订单号"),
  itemNo: specHeader(SHIPMENTS_TABLE, "货号"),
  name: specHeader(SHIPMENTS_TABLE, "品名"),
  quantity: specHeader(SHIPMENTS_TABLE, "数量"),
  currency: specHeader(SHIPMENTS_TABLE, "币种"),
  price: specHeader(SHIPMENTS_TABLE, "单价"),
  amount: specHeader(SHIPMENTS_TABLE, "金额"),
};

const PAYMENT = {
  date: specHeader(PAYMENTS_TABLE, "收款日期"),
  customer: specHeader(PAYMENTS_TABLE, "客户"),
  orderNo: specHeader(PAYMENTS_TABLE, "订单号"),
  type: specHeader(PAYMENTS_TABLE, "类型"),
  currency: specHeader(PAYMENTS_TABLE, "币种"),
  amount: specHeader(PAYMENTS_TABLE, "金额"),
  method: specHeader(PAYMENTS_TABLE, "方式"),
};

/** The columns without which a statement would silently miss rows or amounts. */
const NEEDED_COLUMNS: readonly { spec: TableSpec; headers: readonly string[] }[] = [
  { spec: CUSTOMERS_TABLE, headers: [CUSTOMER.name] },
  { spec: SHIPMENTS_TABLE, headers: [SHIPMENT.date, SHIPMENT.customer, SHIPMENT.amount] },
  { spec: PAYMENTS_TABLE, headers: [PAYMENT.date, PAYMENT.customer, PAYMENT.amount] },
];

const [DELIVERY_TYPE, RETURN_TYPE] = SHIPMENT_TYPES;
/** The currency of a customer whose 币种 is blank. */
export const DEFAULT_CURRENCY = "CNY";
/** How many cells a mixed-currency message lists before "…". */
const MAX_LISTED_CELLS = 10;
const ZERO = 0 as Fen;

/** One 发货 or 收款 row of a customer that counts: dated from 期初日期 (when given) up to the period's end. */
export interface AccountMovement {
  kind: StatementEntryKind;
  /** Serial date, its time of day dropped. */
  date: number;
  /** As recorded: a delivery positive, a return negative (as in 发货), a payment as received. */
  amount: Fen;
  /** 单号 for 发货 rows; 方式 (or 类型 when 方式 is blank) for payments. */
  reference: string;
  /** The note this row belongs to (matchKey of 单号); null for payments and rows without a 单号. */
  noteKey: string | null;
  orderNo: string;
  itemNo: string;
  name: string;
  quantity: number | null;
  price: Fen | null;
  /** Body row in its table: the last tie-breaker of the order. */
  row: number;
}

/** A customer with its opening balance and counted rows, before any period is cut out of them. */
export interface CustomerAccount {
  customer: Statement["customer"];
  /** 期初应收, 0 when blank. */
  openingBalance: Fen;
  /** 期初日期, null when blank. */
  openingDate: number | null;
  /** In statement order (date; notes before payments; note number; table row). */
  movements: AccountMovement[];
}

/** Body rows of 发货 and 收款 for one customer key. */
export interface CustomerRows {
  shipments: number[];
  payments: number[];
}

/** The effect of a movement on the balance due. */
export function balanceEffect(m: Pick<AccountMovement, "kind" | "amount">): Fen {
  return (m.kind === "payment" ? -m.amount : m.amount) as Fen;
}

/**
 * The previous calendar month of `today`: the period a month-end statement covers by default.
 * `lastMonth(serial("2027-01-15"))` is 2026-12-01 to 2026-12-31.
 * @param today a serial date (its time of day is dropped).
 * @throws RangeError when `today` is not a date Excel can show.
 */
export function lastMonth(today: number): { from: number; to: number } {
  const parts = serialToDate(Math.floor(today));
  if (!parts || parts.day === 0) throw new RangeError(`lastMonth: ${today} is not a serial date`);
  // Day 0 of a month is the last day of the month before; month 0 is December of the year before.
  return { from: dateToSerial(parts.year, parts.month - 1, 1), to: dateToSerial(parts.year, parts.month, 0) };
}

/** The first serial Excel shows as a date (1900-01-01): serialToIso gives "" exactly below it. */
const FIRST_DATE_SERIAL = 1;

/**
 * A date cell's serial day, or null when it is blank, text or not a date Excel can show. A range
 * check rather than serialToIso: it runs for every 发货 and 收款 row of a month-end batch.
 */
function dateOf(value: CellConstant | undefined): number | null {
  const n = cellNumber(value);
  return n === null || n < FIRST_DATE_SERIAL ? null : Math.floor(n);
}

/** Whether a serial stands for a calendar day as a period bound must (a whole, showable date). */
export function isSerialDay(value: number): boolean {
  return Number.isInteger(value) && serialToIso(value) !== "";
}

/**
 * Problems with the period: a bound that is not a whole serial date, or `from` after `to`.
 * @returns [] when the period is usable.
 */
export function periodProblems(from: number, to: number, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const where = { sheet: "" };
  if (!isSerialDay(from))
    problems.push(
      makeProblem(lang, "error", "statement-bad-period", where, { bound: "from", value: String(from) }),
    );
  if (!isSerialDay(to))
    problems.push(
      makeProblem(lang, "error", "statement-bad-period", where, { bound: "to", value: String(to) }),
    );
  if (problems.length === 0 && from > to) {
    problems.push(
      makeProblem(lang, "error", "statement-period-reversed", where, {
        from: serialToIso(from),
        to: serialToIso(to),
      }),
    );
  }
  return problems;
}

/** Missing tables or columns a statement needs; [] when all are there. */
export function statementTableProblems(data: WorkbookData, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  for (const { spec, headers } of NEEDED_COLUMNS) {
    const table = data[spec.table];
    if (!table) {
      problems.push(tableMissingProblem(lang, spec));
      continue;
    }
    for (const column of headers) {
      if (!table.headers.includes(column)) {
        problems.push(
          makeProblem(lang, "error", "column-missing", { sheet: table.sheet }, { table: spec.table, column }),
        );
      }
    }
  }
  return problems;
}

/**
 * How a statement matches customers: as SUMIF does (case aside), and with spaces around a name
 * ignored, since core adds these rows up itself and "华美 " in 发货 is the clerk's 华美.
 */
export function customerKey(value: CellConstant | undefined): string | null {
  return matchKey(typeof value === "string" ? value.trim() : value);
}

/**
 * 发货 and 收款 body rows grouped by the matchKey of their 客户 (blank 客户 under "").
 * @param only when given, keep only the rows of this key (one statement needs no more).
 */
export function rowsByCustomer(data: WorkbookData, only?: string): Map<string, CustomerRows> {
  const index = new Map<string, CustomerRows>();
  const collect = (
    table: TableData | undefined,
    header: string,
    pick: (r: CustomerRows) => number[],
  ): void => {
    if (!table) return;
    const read = columnReader(table, header);
    for (let row = 0; row < table.rows.length; row++) {
      const key = customerKey(read(row)) ?? "";
      if (only !== undefined && key !== only) continue;
      let rows = index.get(key);
      if (!rows) index.set(key, (rows = { shipments: [], payments: [] }));
      pick(rows).push(row);
    }
  };
  collect(data[SHIPMENTS_TABLE.table], SHIPMENT.customer, (r) => r.shipments);
  collect(data[PAYMENTS_TABLE.table], PAYMENT.customer, (r) => r.payments);
  return index;
}

/** The 客户 body row of each customer key, the first row winning as MATCH finds it. */
export function customerRowsByKey(data: WorkbookData): Map<string, number> {
  const index = new Map<string, number>();
  const table = data[CUSTOMERS_TABLE.table];
  if (!table) return index;
  const read = columnReader(table, CUSTOMER.name);
  for (let row = 0; row < table.rows.length; row++) {
    const key = customerKey(read(row));
    if (key !== null && !index.has(key)) index.set(key, row);
  }
  return index;
}

/** Sorts movements into statement order. Note numbers compare digit runs as numbers (-2 before -10). */
const NUMBER_ORDER = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
function statementOrder(a: AccountMovement, b: AccountMovement): number {
  const rank = (m: AccountMovement): number => (m.kind === "payment" ? 1 : 0);
  return (
    a.date - b.date ||
    rank(a) - rank(b) ||
    (a.kind !== "payment" ? NUMBER_ORDER.compare(a.reference, b.reference) : 0) ||
    a.row - b.row
  );
}

/**
 * Reads one customer's account: its 客户 details and opening balance, and its 发货 and 收款 rows
 * dated from 期初日期 up to `to`.
 * @param customerRow the customer's body row in 客户 (see customerRowsByKey).
 * @returns problems (refusals naming the cells) when a counted row or the customer's own opening
 *   cells cannot be read, or are in another currency; otherwise the account.
 */
export function readAccount(
  data: WorkbookData,
  customerRow: number,
  rows: CustomerRows,
  to: number,
  lang: Lang,
): { account: CustomerAccount; problems: [] } | { account?: undefined; problems: Problem[] } {
  const customers = data[CUSTOMERS_TABLE.table];
  if (!customers) return { problems: [tableMissingProblem(lang, CUSTOMERS_TABLE)] };
  const problems: Problem[] = [];
  const c = tableReader(customers);
  const name = cellText(c.get(customerRow, CUSTOMER.name));
  const currency = cellText(c.get(customerRow, CUSTOMER.currency)).toUpperCase() || DEFAULT_CURRENCY;
  const refuse = (code: ProblemCode, table: TableData, cell: string, params: MessageParams): void => {
    problems.push(
      makeProblem(
        lang,
        "error",
        code,
        { sheet: table.sheet, cell },
        { customer: name, sheet: table.sheet, ...params },
      ),
    );
  };

  let openingBalance = ZERO;
  const balanceCell = c.get(customerRow, CUSTOMER.openingBalance);
  if (!isBlank(balanceCell)) {
    const fen = moneyOf(balanceCell);
    if (fen === null) {
      refuse("statement-bad-amount", customers, c.cell(customerRow, CUSTOMER.openingBalance), {
        column: CUSTOMER.openingBalance,
        value: cellText(balanceCell),
      });
    } else openingBalance = fen;
  }
  let openingDate: number | null = null;
  const dateCell = c.get(customerRow, CUSTOMER.openingDate);
  if (!isBlank(dateCell)) {
    openingDate = dateOf(dateCell);
    if (openingDate === null) {
      refuse("statement-bad-date", customers, c.cell(customerRow, CUSTOMER.openingDate), {
        column: CUSTOMER.openingDate,
        value: cellText(dateCell),
      });
    }
  }
  // Rows before 期初日期 are history the opening balance already holds; rows after `to` are not yet.
  const counts = (date: number): boolean => (openingDate === null || date >= openingDate) && date <= to;

  const movements: AccountMovement[] = [];
  const foreign = new Map<TableData, { cells: string[]; currencies: Set<string> }>();
  const noteForeign = (table: TableData, cell: string, rowCurrency: string): void => {
    let found = foreign.get(table);
    if (!found) foreign.set(table, (found = { cells: [], currencies: new Set() }));
    found.cells.push(cell);
    found.currencies.add(rowCurrency);
  };
  /**
   * The date and amount of a 发货 or 收款 row that counts in this account, or null for a row that
   * is refused (date or amount unreadable), history (see `counts`) or in another currency.
   */
  const countedRow = (
    table: TableData,
    cellOf: (row: number, header: string) => string,
    headers: { date: string; amount: string; currency: string },
    values: Record<"date" | "amount" | "currency", (row: number) => CellConstant | undefined>,
    row: number,
  ): { date: number; amount: Fen; amountCell: CellConstant | undefined } | null => {
    const date = dateOf(values.date(row));
    if (date === null) {
      refuse("statement-bad-date", table, cellOf(row, headers.date), {
        column: headers.date,
        value: cellText(values.date(row)),
      });
      return null;
    }
    if (!counts(date)) return null;
    const amountCell = values.amount(row);
    const amount = moneyOf(amountCell);
    if (amount === null) {
      refuse("statement-bad-amount", table, cellOf(row, headers.amount), {
        column: headers.amount,
        value: cellText(amountCell),
      });
      return null;
    }
    const rowCurrency = cellText(values.currency(row)).toUpperCase() || currency;
    if (rowCurrency !== currency) {
      noteForeign(table, cellOf(row, headers.currency), rowCurrency);
      return null;
    }
    return { date, amount, amountCell };
  };

  const shipments = data[SHIPMENTS_TABLE.table];
  if (shipments && rows.shipments.length > 0) {
    const s = tableReader(shipments);
    const values = columnReaders(shipments, SHIPMENT);
    for (const row of rows.shipments) {
      const counted = countedRow(shipments, s.cell, SHIPMENT, values, row);
      if (!counted) continue;
      const { date, amount, amountCell } = counted;
      const number = cellText(values.number(row));
      const type = cellText(values.type(row));
      if ((type === RETURN_TYPE && amount > 0) || (type === DELIVERY_TYPE && amount < 0)) {
        refuse("statement-type-mismatch", shipments, s.cell(row, SHIPMENT.amount), {
          number,
          type,
          value: cellText(amountCell),
        });
        continue;
      }
      const isReturn = type === RETURN_TYPE || (type !== DELIVERY_TYPE && amount < 0);
      const priceNumber = cellNumber(values.price(row));
      movements.push({
        kind: isReturn ? "return" : "delivery",
        date,
        amount,
        reference: number,
        noteKey: number === "" ? null : matchKey(number),
        orderNo: cellText(values.orderNo(row)),
        itemNo: cellText(values.itemNo(row)),
        name: cellText(values.name(row)),
        quantity: cellNumber(values.quantity(row)),
        price: priceNumber === null ? null : toFenOrNull(priceNumber),
        row,
      });
    }
  }

  const payments = data[PAYMENTS_TABLE.table];
  if (payments && rows.payments.length > 0) {
    const p = tableReader(payments);
    const values = columnReaders(payments, PAYMENT);
    for (const row of rows.payments) {
      const counted = countedRow(payments, p.cell, PAYMENT, values, row);
      if (!counted) continue;
      const { date, amount } = counted;
      movements.push({
        kind: "payment",
        date,
        amount,
        reference: cellText(values.method(row)) || cellText(values.type(row)),
        noteKey: null,
        orderNo: cellText(values.orderNo(row)),
        itemNo: "",
        name: "",
        quantity: null,
        price: null,
        row,
      });
    }
  }

  // One problem per table, listing its rows, so a sheet of foreign rows is one message, not fifty.
  for (const [table, found] of foreign) {
    const listed = found.cells.slice(0, MAX_LISTED_CELLS).join("、");
    refuse("statement-mixed-currency", table, found.cells[0] ?? "", {
      currency,
      count: found.cells.length,
      cells: found.cells.length > MAX_LISTED_CELLS ? `${listed}…` : listed,
      currencies: [...found.currencies].join("、"),
    });
  }
  if (problems.length > 0) return { problems };

  movements.sort(statementOrder);
  return {
    problems: [],
    account: {
      customer: {
        name,
        contact: cellText(c.get(customerRow, CUSTOMER.contact)),
        phone: cellText(c.get(customerRow, CUSTOMER.phone)),
        address: cellText(c.get(customerRow, CUSTOMER.address)),
        currency,
        terms: cellText(c.get(customerRow, CUSTOMER.terms)),
      },
      openingBalance,
      openingDate,
      movements,
    },
  };
}

/**
 * A reader per column of `columns` (see columnReader), under the same keys: each header is looked
 * up once per table rather than once per cell.
 */
function columnReaders<K extends string>(
  table: TableData,
  columns: Record<K, string>,
): Record<K, (row: number) => CellConstant | undefined> {
  const readers = {} as Record<K, (row: number) => CellConstant | undefined>;
  for (const key of Object.keys(columns) as K[]) readers[key] = columnReader(table, columns[key]);
  return readers;
}

/** A money cell in fen, or null when it is blank, text or too large to keep exact. */
function moneyOf(value: CellConstant | undefined): Fen | null {
  const n = cellNumber(value);
  return n === null ? null : toFenOrNull(n);
}

/** 对账回传天数 from 参数: a whole number ≥ 0, else its default. */
export function replyDaysOf(data: WorkbookData): number {
  const n = cellNumber(findSetting(data, "STATEMENT_REPLY_DAYS")?.value);
  if (n !== null && Number.isInteger(n) && n >= 0) return n;
  const fallback = SETTINGS.find((s) => s.name === "STATEMENT_REPLY_DAYS")?.defaultValue;
  return typeof fallback === "number" ? fallback : 0;
}

/** The options of a statement cut out of an account. */
export interface StatementOptions {
  from: number;
  to: number;
  detail: StatementDetail;
  lang: Lang;
  replyDays: number;
}

/**
 * The statement of an account for a period: the opening balance, the period's entries with their
 * running balance, and the totals. Pure arithmetic; readAccount has already refused what it cannot
 * count. A 期初日期 after `to` leaves 期初应收 out (it is not yet owed at the period's end).
 */
export function statementOf(account: CustomerAccount, options: StatementOptions): Statement {
  const { from, to, detail } = options;
  const { openingDate } = account;
  const start = openingDate !== null && openingDate > from ? openingDate : from;
  let opening = openingDate === null || openingDate <= to ? account.openingBalance : ZERO;
  const inPeriod: AccountMovement[] = [];
  for (const m of account.movements) {
    if (m.date < start) opening = addFen(opening, balanceEffect(m));
    else if (m.date <= to) inPeriod.push(m);
  }

  const entries = detail === "lines" ? inPeriod.map(lineEntry) : noteEntries(inPeriod);
  let balance = opening;
  let deliveries = ZERO;
  let returns = ZERO;
  let payments = ZERO;
  for (const entry of entries) {
    balance = addFen(balance, balanceEffect(entry));
    entry.balance = balance;
    if (entry.kind === "delivery") deliveries = addFen(deliveries, entry.amount);
    else if (entry.kind === "return") returns = addFen(returns, -entry.amount as Fen);
    else payments = addFen(payments, entry.amount);
  }
  const closing = (opening + deliveries - returns - payments) as Fen;
  return {
    customer: { ...account.customer },
    from,
    to,
    detail,
    lang: options.lang,
    openingAsOf: Math.min(start, to),
    opening,
    entries,
    deliveries,
    returns,
    payments,
    closing,
    replyDays: options.replyDays,
  };
}

/** One entry per delivered (or returned) item or payment. */
function lineEntry(m: AccountMovement): StatementEntry {
  return {
    kind: m.kind,
    date: m.date,
    reference: m.reference,
    orderNos: m.orderNo,
    itemNo: m.itemNo,
    name: m.name,
    quantity: m.quantity,
    price: m.price,
    amount: m.amount,
    balance: ZERO,
  };
}

/**
 * One entry per note: the 发货 rows of one 单号, date and kind summed (a 单号 whose rows carry two
 * dates, or both deliveries and returns, gives one entry for each, so no amount moves across a
 * period's edge or changes sign); rows without a 单号 and payments stay on their own.
 */
function noteEntries(movements: readonly AccountMovement[]): StatementEntry[] {
  const byNote = new Map<string, { entry: StatementEntry; orderNos: Map<string, string> }>();
  const entries: StatementEntry[] = [];
  movements.forEach((m, i) => {
    const key = m.noteKey === null ? `#${i}` : `${m.date}\u0000${m.kind}\u0000${m.noteKey}`;
    const found = byNote.get(key);
    if (found) {
      found.entry.amount = addFen(found.entry.amount, m.amount);
      addOrderNo(found.orderNos, m.orderNo);
      found.entry.orderNos = [...found.orderNos.values()].join("、");
      return;
    }
    const entry: StatementEntry = { ...lineEntry(m), itemNo: "", name: "", quantity: null, price: null };
    const orderNos = new Map<string, string>();
    addOrderNo(orderNos, m.orderNo);
    byNote.set(key, { entry, orderNos });
    entries.push(entry);
  });
  return entries;
}

function addOrderNo(orderNos: Map<string, string>, orderNo: string): void {
  const key = matchKey(orderNo);
  if (key !== null && !orderNos.has(key)) orderNos.set(key, orderNo);
}

/**
 * The statement of one customer for one period, or why there is none.
 * Refuses (problems, nothing computed) when: a bound of the period is not a date, or `from` is
 * after `to`; 客户, 发货 or 收款 (or a column the statement reads) is missing; the customer is not in
 * 客户; its 期初日期 is after the period; a counted row's date or 金额 is blank or not a number, its
 * 类型 contradicts its 金额's sign, or it is in another currency than the customer's.
 * @param lang the language of the problems (the statement prints in `request.lang`).
 */
export function computeStatement(
  data: WorkbookData,
  request: StatementRequest,
  lang: Lang = request.lang,
): { statement: Statement; problems: [] } | { statement?: undefined; problems: Problem[] } {
  const { from, to } = request;
  const problems = [...periodProblems(from, to, lang), ...statementTableProblems(data, lang)];
  if (problems.length > 0) return { problems };

  const key = customerKey(request.customer);
  const customerRow = key === null ? undefined : customerRowsByKey(data).get(key);
  if (key === null || customerRow === undefined) {
    const sheet = CUSTOMERS_TABLE.sheet;
    return {
      problems: [
        makeProblem(
          lang,
          "error",
          "statement-unknown-customer",
          { sheet },
          { value: request.customer, sheet },
        ),
      ],
    };
  }
  const rows = rowsByCustomer(data, key).get(key) ?? { shipments: [], payments: [] };
  const read = readAccount(data, customerRow, rows, to, lang);
  if (!read.account) return { problems: read.problems };
  const { account } = read;
  if (account.openingDate !== null && account.openingDate > to) {
    const customers = data[CUSTOMERS_TABLE.table]!;
    return {
      problems: [
        makeProblem(
          lang,
          "error",
          "statement-opening-after-period",
          { sheet: customers.sheet, cell: tableReader(customers).cell(customerRow, CUSTOMER.openingDate) },
          {
            customer: account.customer.name,
            openingDate: serialToIso(account.openingDate),
            to: serialToIso(to),
          },
        ),
      ],
    };
  }
  return {
    problems: [],
    statement: statementOf(account, {
      from,
      to,
      detail: request.detail,
      lang: request.lang,
      replyDays: replyDaysOf(data),
    }),
  };
}
