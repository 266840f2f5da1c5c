/**
 * The order check: everything wrong with a tracking workbook's data that a clerk can fix, each
 * problem naming its sheet and cell, saying what is wrong and what to do. Pure and total: whatever
 * the cells hold, it returns problems and never throws. Linear in the number of rows.
 */
import { cellAddress } from "../address";
import { makeProblem, type ProblemCode } from "../messages";
import {
  cellNumber,
  columnReader,
  computeOrderTracking,
  findSetting,
  lineKey,
  matchKey,
  readTrackingSettings,
  specHeader,
  type OrderLineTracking,
  type TrackingSettings,
} from "../orders/tracking";
import type { CellConstant } from "../plan";
import { countBySeverity, type Lang, type MessageParams, type Problem, type Severity } from "../problems";
import {
  CONTRACT_TABLES,
  CURRENCIES,
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENT_TERMS,
  PRODUCTION_STATES,
  PRODUCTS_TABLE,
  SETTINGS,
  SETTINGS_TABLE,
  SHIPMENTS_TABLE,
  type ColumnSpec,
  type TableSpec,
} from "../workbook/schema";
import { isBlank, tableReader, type TableData, type WorkbookData } from "../workbook/tableData";
import { cellKindRule, displayDate, displayNumber, displayValue, isDateSerial } from "./cellRules";

const O = {
  orderNo: specHeader(ORDERS_TABLE, "订单号"),
  lineNo: specHeader(ORDERS_TABLE, "行号"),
  ordered: specHeader(ORDERS_TABLE, "下单日期"),
  customer: specHeader(ORDERS_TABLE, "客户"),
  quantity: specHeader(ORDERS_TABLE, "数量"),
  currency: specHeader(ORDERS_TABLE, "币种"),
  due: specHeader(ORDERS_TABLE, "交货日期"),
  production: specHeader(ORDERS_TABLE, "生产状态"),
  done: specHeader(ORDERS_TABLE, "完成数量"),
  shipped: specHeader(ORDERS_TABLE, "已发数量"),
};
const S = {
  orderNo: specHeader(SHIPMENTS_TABLE, "订单号"),
  lineNo: specHeader(SHIPMENTS_TABLE, "行号"),
};
const CUSTOMER = {
  name: specHeader(CUSTOMERS_TABLE, "客户名称"),
  terms: specHeader(CUSTOMERS_TABLE, "结算方式"),
  currency: specHeader(CUSTOMERS_TABLE, "币种"),
};
const SETTING_VALUE = specHeader(SETTINGS_TABLE, "值");

/** Columns whose numbers must be greater than 0 (returns make 发货 数量 negative, so not that one). */
const POSITIVE_COLUMNS: ReadonlySet<string> = new Set([
  `${ORDERS_TABLE.table}\u0000${O.quantity}`,
  `${ORDERS_TABLE.table}\u0000${O.lineNo}`,
  `${SHIPMENTS_TABLE.table}\u0000${S.lineNo}`,
]);

/** The terms under which production waits for the deposit (blank terms count too). */
const PAY_BEFORE_DELIVERY: (typeof PAYMENT_TERMS)[number] = "款到发货";
/** The production state before production starts; every later one means it has. */
const NOT_STARTED: (typeof PRODUCTION_STATES)[number] = "待排产";
const STARTED_KEYS: ReadonlySet<string | null> = new Set(
  PRODUCTION_STATES.filter((s) => s !== NOT_STARTED).map((s) => matchKey(s)),
);
const CURRENCY_KEYS: ReadonlySet<string | null> = new Set(CURRENCIES.map((c) => matchKey(c)));

/** What each numeric setting must be. */
const SETTING_RULES: readonly { name: string; rule: "positive" | "fraction" | "non-negative" }[] = [
  { name: "FX_USD", rule: "positive" },
  { name: "NET_FACTOR", rule: "positive" },
  { name: "DEPOSIT_RATE", rule: "fraction" },
  { name: "DUE_WARN_DAYS", rule: "non-negative" },
  { name: "MIN_MARGIN", rule: "fraction" },
  { name: "OVERSHIP_RATE", rule: "fraction" },
];

function settingFits(value: number | null, rule: (typeof SETTING_RULES)[number]["rule"]): boolean {
  if (value === null) return false;
  switch (rule) {
    case "positive":
      return value > 0;
    case "fraction":
      return value >= 0 && value <= 1;
    case "non-negative":
      return value >= 0;
  }
}

/** A contract table found in the workbook, with what the check needs to read it. */
interface Checked {
  spec: TableSpec;
  /** Position in CONTRACT_TABLES: the sheet order problems are sorted by. */
  order: number;
  data: TableData;
  /** Value of a body cell by header (undefined when the column is missing). */
  get(row: number, header: string): CellConstant | undefined;
  has(header: string): boolean;
  cell(row: number, header: string): string;
  /** 0-based sheet column of a header (the table's first column when missing). */
  col(header: string): number;
  /** The contract's columns the table has, in the spec's order. */
  columns: readonly ColumnSpec[];
  /** Rows whose every input column (contract columns a clerk types into) is blank. */
  blank: readonly boolean[];
}

function prepare(spec: TableSpec, order: number, data: TableData): Checked {
  const reader = tableReader(data);
  const index = new Map<string, number>();
  data.headers.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const columns = spec.columns.filter((c) => index.has(c.header));
  const inputs = columns.filter((c) => !c.computed).map((c) => index.get(c.header) ?? 0);
  const blank = data.rows.map((cells) => inputs.every((i) => isBlank(cells?.[i])));
  return {
    spec,
    order,
    data,
    get: reader.get,
    has: reader.has,
    cell: reader.cell,
    col: (header) => data.col + (index.get(header) ?? 0),
    columns,
    blank,
  };
}

/** Problems collected with their place, sorted into sheet, row and column order at the end. */
class Findings {
  private readonly items: { order: number; row: number; col: number; seq: number; problem: Problem }[] = [];

  constructor(private readonly lang: Lang) {}

  /** A problem about the whole table (row −2) or its header (row −1), or about a body cell. */
  add(
    place: { order: number; row: number; col: number; sheet: string; cell: string },
    severity: Severity,
    code: ProblemCode,
    params: MessageParams,
  ): void {
    const problem = makeProblem(this.lang, severity, code, { sheet: place.sheet, cell: place.cell }, params);
    this.items.push({ order: place.order, row: place.row, col: place.col, seq: this.items.length, problem });
  }

  /** A problem about a body cell of `t`, found by its header. */
  at(
    t: Checked,
    row: number,
    header: string,
    severity: Severity,
    code: ProblemCode,
    params: MessageParams,
  ): void {
    const place = { order: t.order, row, col: t.col(header), sheet: t.data.sheet, cell: t.cell(row, header) };
    this.add(place, severity, code, params);
  }

  sorted(): Problem[] {
    return this.items
      .sort((a, b) => a.order - b.order || a.row - b.row || a.col - b.col || a.seq - b.seq)
      .map((i) => i.problem);
  }
}

/** The keys a column holds (for "is this customer / product known"), or null without the column. */
function keysOf(t: Checked | undefined, header: string): Set<string> | null {
  if (!t || !t.has(header)) return null;
  const keys = new Set<string>();
  for (let row = 0; row < t.data.rows.length; row++) {
    const key = matchKey(t.get(row, header));
    if (key !== null) keys.add(key);
  }
  return keys;
}

/** The problem codes for a value missing from the table a column's list comes from. */
function unknownCode(listTable: string): ProblemCode | null {
  if (listTable === CUSTOMERS_TABLE.table) return "unknown-customer";
  if (listTable === PRODUCTS_TABLE.table) return "unknown-product";
  return null;
}

/** Missing tables and columns. */
function checkStructure(data: WorkbookData, findings: Findings): Map<string, Checked> {
  const tables = new Map<string, Checked>();
  CONTRACT_TABLES.forEach((spec, order) => {
    const table = data[spec.table];
    if (!table) {
      const place = { order, row: -2, col: 0, sheet: spec.sheet, cell: "" };
      findings.add(place, "error", "table-missing", { table: spec.table, sheet: spec.sheet });
      return;
    }
    const checked = prepare(spec, order, table);
    tables.set(spec.table, checked);
    const header = cellAddress(table.row, table.col);
    for (const column of spec.columns) {
      if (checked.has(column.header)) continue;
      const place = { order, row: -1, col: table.col, sheet: table.sheet, cell: header };
      findings.add(place, "error", "column-missing", {
        table: spec.table,
        sheet: table.sheet,
        column: column.header,
      });
    }
  });
  return tables;
}

/** 参数 values the computed columns rely on. */
function checkSettings(data: WorkbookData, settings: Checked | undefined, findings: Findings): void {
  if (!settings || !settings.has(SETTING_VALUE)) return;
  for (const { name, rule } of SETTING_RULES) {
    const found = findSetting(data, name);
    const item = SETTINGS.find((s) => s.name === name)?.item ?? name;
    if (found === null) {
      const place = {
        order: settings.order,
        row: -1,
        col: settings.data.col,
        sheet: settings.data.sheet,
        cell: cellAddress(settings.data.row, settings.data.col),
      };
      findings.add(place, "error", "setting-invalid", { item, value: "", rule });
      continue;
    }
    if (settingFits(cellNumber(found.value), rule)) continue;
    findings.at(settings, found.row, SETTING_VALUE, "error", "setting-invalid", {
      item,
      value: displayValue(found.value),
      rule,
    });
  }
}

/** Blank required cells, values of the wrong kind, numbers that must be positive, unknown list values. */
function checkCells(tables: Map<string, Checked>, findings: Findings): void {
  const lists = new Map<string, Set<string> | null>();
  const listKeys = (table: string, column: string): Set<string> | null => {
    const id = `${table}\u0000${column}`;
    if (!lists.has(id)) lists.set(id, keysOf(tables.get(table), column));
    return lists.get(id) ?? null;
  };

  for (const t of tables.values()) {
    const rules = t.columns
      .filter((c) => !c.computed)
      .map((column) => ({
        column,
        positive: POSITIVE_COLUMNS.has(`${t.spec.table}\u0000${column.header}`),
        kind: cellKindRule(column),
        list: column.listFrom ? listKeys(column.listFrom.table, column.listFrom.column) : null,
        unknown: column.listFrom ? unknownCode(column.listFrom.table) : null,
        read: columnReader(t.data, column.header),
      }))
      .filter((r) => r.column.required || r.positive || r.kind || (r.list && r.unknown));
    for (let row = 0; row < t.data.rows.length; row++) {
      if (t.blank[row]) continue;
      for (const { column, positive, kind, list, unknown, read } of rules) {
        const header = column.header;
        const value = read(row);
        if (isBlank(value)) {
          if (column.required) findings.at(t, row, header, "error", "missing-value", { column: header });
          continue;
        }
        if (positive && typeof value === "number" && value <= 0) {
          findings.at(t, row, header, "error", "not-positive", {
            column: header,
            value: displayValue(value),
          });
          continue;
        }
        const issue = kind?.(value);
        if (issue) {
          findings.at(t, row, header, "error", issue.code, issue.params);
          continue;
        }
        // A key is its text in upper case, so text already in that form needs no converting.
        if (
          list &&
          unknown &&
          !(typeof value === "string" && list.has(value)) &&
          !list.has(matchKey(value) ?? "")
        ) {
          findings.at(t, row, header, "error", unknown, { column: header, value: displayValue(value) });
        }
      }
    }
  }
}

/** A customer's terms and currency as the order rules need them. */
interface CustomerFacts {
  name: string;
  terms: string;
  /** matchKey of a valid 币种, or null when blank or not one of CURRENCIES. */
  currency: string | null;
  currencyText: string;
  /** Pays before delivery (or has no terms), so production waits for the deposit. */
  paysFirst: boolean;
}

function customerFacts(customers: Checked | undefined): Map<string, CustomerFacts> {
  const facts = new Map<string, CustomerFacts>();
  if (!customers || !customers.has(CUSTOMER.name)) return facts;
  for (let row = 0; row < customers.data.rows.length; row++) {
    const name = customers.get(row, CUSTOMER.name);
    const key = matchKey(name);
    if (key === null || facts.has(key)) continue;
    const currency = matchKey(customers.get(row, CUSTOMER.currency));
    const terms = customers.get(row, CUSTOMER.terms);
    const termsText = isBlank(terms) ? "" : displayValue(terms);
    facts.set(key, {
      name: displayValue(name),
      terms: termsText,
      paysFirst: termsText === "" || termsText === PAY_BEFORE_DELIVERY,
      currency: CURRENCY_KEYS.has(currency) ? currency : null,
      currencyText: displayValue(customers.get(row, CUSTOMER.currency)),
    });
  }
  return facts;
}

/** A reader for each header of `headers`, keyed alike. */
function readersOf<K extends string>(
  data: TableData,
  headers: Record<K, string>,
): Record<K, (row: number) => CellConstant | undefined> {
  const readers = {} as Record<K, (row: number) => CellConstant | undefined>;
  for (const key of Object.keys(headers) as K[]) readers[key] = columnReader(data, headers[key]);
  return readers;
}

/**
 * Rules across an order line's cells and the other tables.
 * @returns the keys of the order lines there are, for the shipment check.
 */
function checkOrders(
  orders: Checked,
  customers: Map<string, CustomerFacts>,
  tracking: readonly OrderLineTracking[],
  settings: TrackingSettings,
  findings: Findings,
): ReadonlySet<string> {
  const firstRowOf = new Map<string, number>();
  const read = readersOf(orders.data, O);
  const shippedCell = orders.has(O.shipped) ? O.shipped : O.quantity;
  for (let row = 0; row < orders.data.rows.length; row++) {
    if (orders.blank[row]) continue;
    const orderNo = read.orderNo(row);
    const lineNo = read.lineNo(row);

    const key = lineKey(orderNo, lineNo);
    const first = key === null ? undefined : firstRowOf.get(key);
    if (key !== null && first === undefined) firstRowOf.set(key, row);
    if (first !== undefined) {
      findings.at(orders, row, O.lineNo, "error", "duplicate-line", {
        orderNo: displayValue(orderNo),
        lineNo: displayValue(lineNo),
        first: orders.cell(first, O.lineNo),
      });
    }

    const ordered = cellNumber(read.ordered(row));
    const due = cellNumber(read.due(row));
    if (ordered !== null && due !== null && isDateSerial(ordered) && isDateSerial(due)) {
      if (Math.floor(due) < Math.floor(ordered)) {
        findings.at(orders, row, O.due, "error", "due-before-order", {
          due: displayDate(due),
          ordered: displayDate(ordered),
        });
      }
    }

    const customer = customers.get(matchKey(read.customer(row)) ?? "");
    const currency = matchKey(read.currency(row));
    if (customer?.currency && CURRENCY_KEYS.has(currency) && currency !== customer.currency) {
      findings.at(orders, row, O.currency, "error", "currency-mismatch", {
        currency: displayValue(read.currency(row)),
        customer: customer.name,
        customerCurrency: customer.currencyText,
      });
    }

    const quantity = cellNumber(read.quantity(row));
    const done = cellNumber(read.done(row));
    if (quantity !== null && done !== null && done > quantity) {
      findings.at(orders, row, O.done, "error", "done-above-quantity", {
        done: displayNumber(done),
        quantity: displayNumber(quantity),
      });
    }

    const line = tracking[row];
    if (
      customer?.paysFirst &&
      line?.paymentStatus === "未收订金" &&
      STARTED_KEYS.has(matchKey(read.production(row)))
    ) {
      findings.at(orders, row, O.production, "warning", "production-before-deposit", {
        orderNo: displayValue(orderNo),
        status: displayValue(read.production(row)),
        customer: customer.name,
        terms: customer.terms,
      });
    }

    // A duplicate line shares the first one's shipments; it is reported once, as a duplicate.
    if (line && quantity !== null && quantity > 0 && first === undefined) {
      // 100 × 1.15 is 114.99999999999999 in binary: the limit is the decimal a person would write.
      const rawLimit = quantity * (1 + settings.overshipRate);
      const limit = line.shipped > rawLimit ? Number(rawLimit.toPrecision(12)) : rawLimit;
      if (line.shipped > limit) {
        findings.at(orders, row, shippedCell, "error", "overshipped", {
          orderNo: displayValue(orderNo),
          lineNo: displayValue(lineNo),
          shipped: displayNumber(line.shipped),
          quantity: displayNumber(quantity),
          limit: displayNumber(limit),
        });
      }
    }
  }
  return new Set(firstRowOf.keys());
}

/** 发货 rows must point at an order line. */
function checkShipments(shipments: Checked, lines: ReadonlySet<string>, findings: Findings): void {
  if (!shipments.has(S.orderNo)) return;
  const read = readersOf(shipments.data, S);
  for (let row = 0; row < shipments.data.rows.length; row++) {
    if (shipments.blank[row]) continue;
    const orderNo = read.orderNo(row);
    const lineNo = read.lineNo(row);
    if (isBlank(orderNo) && isBlank(lineNo)) continue;
    // A 行号 that is not a line number has its own problem already.
    const validLine =
      isBlank(lineNo) || (typeof lineNo === "number" && Number.isInteger(lineNo) && lineNo > 0);
    if (!validLine) continue;
    const key = lineKey(orderNo, lineNo);
    if (key !== null && lines.has(key)) continue;
    findings.at(shipments, row, S.orderNo, "error", "shipment-unknown-line", {
      orderNo: displayValue(orderNo),
      lineNo: displayValue(lineNo),
    });
  }
}

/**
 * Checks a tracking workbook's data: missing tables and columns, blank required cells, values of
 * the wrong kind, unknown customers and products, duplicate order lines, inconsistent dates,
 * currencies and quantities, production started before the deposit, overshipped lines, shipments
 * without an order line, and settings the formulas cannot use.
 * Rows whose input cells are all blank are skipped.
 * @param today the serial date TODAY() stands for (it decides payment and due statuses).
 * @returns problems in sheet order (the contract's tab order), then row, then column; never throws.
 */
export function checkWorkbook(data: WorkbookData, lang: Lang, today: number): Problem[] {
  const findings = new Findings(lang);
  const tables = checkStructure(data, findings);
  checkSettings(data, tables.get(SETTINGS_TABLE.table), findings);
  checkCells(tables, findings);

  const orders = tables.get(ORDERS_TABLE.table);
  if (orders) {
    const settings = readTrackingSettings(data);
    const tracking = computeOrderTracking(data, today, settings);
    const customers = customerFacts(tables.get(CUSTOMERS_TABLE.table));
    const lines = checkOrders(orders, customers, tracking, settings, findings);
    const shipments = tables.get(SHIPMENTS_TABLE.table);
    // Without the order key columns every shipment would look unknown; column-missing says why.
    if (shipments && orders.has(O.orderNo) && orders.has(O.lineNo))
      checkShipments(shipments, lines, findings);
  }
  return findings.sorted();
}

/** How many problems of each severity, for the summary line. */
export function summarize(problems: readonly Problem[]): Record<Severity, number> {
  return countBySeverity(problems);
}
