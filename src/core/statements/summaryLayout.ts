/**
 * The receivables summary sheet (应收汇总): the month-end ReceivablesSummary laid out as a printable
 * document on a new sheet, and the sheet's name.
 *
 * The layout, top to bottom:
 *
 *   company name, company address and phone
 *   title (应收汇总 / RECEIVABLES SUMMARY)
 *   对账期间 and 账龄截至 (the period's last day, where ageing is measured) on the left,
 *   制表日期 (the day the summary was made) on the right
 *   the table: 客户 币种 结算方式 上期结欠 本期送货 本期退货 本期收款 本期结欠 0–30天 31–60天 61–90天
 *     90天以上 逾期金额 对账单, one row per customer, the customers of one currency together
 *     (currencies in the order of summary.totals, customers in the summary's order within each),
 *     then one 合计 row per currency in the order of summary.totals
 *   one blank row, then per currency a bar chart of its customers' 本期结欠, titled with the
 *     currency (本期结欠（CNY）), a blank row between charts
 *
 * One chart per currency because bars of yuan and dollars on one axis would compare amounts that
 * cannot be compared; grouping the rows by currency gives each chart one contiguous range of
 * names and balances, which Excel, LibreOffice and the file format all take as a series. The
 * charts read the cells, so a corrected figure redraws its bar. The print area runs to the last
 * chart.
 *
 * What a clerk may correct recomputes without the add-in, as on the statement sheet: each row's
 * 本期结欠 is `=ROUND(上期结欠 + 本期送货 − 本期退货 − 本期收款, 2)` (the statement sheet's closing
 * formula, so the two sheets agree on what a closing balance is), and each 合计 figure is
 * `=SUMIF(币种 column, this row's 币种, the column)` over the customer rows, so amounts in
 * different currencies are never added together. (SUMIF reads its criterion as a pattern: 币种
 * holds codes such as CNY and USD; one with * ? ~ or starting with < > = would not match itself.) The ageing buckets and 逾期金额 are constants
 * from core: first-in-first-out ageing under each customer's terms has no formula every
 * spreadsheet runs, so a corrected figure leaves them (and their totals' inputs) to be redone by
 * making the summary again. Text is written as constants (a customer called `=1+1` prints as
 * `=1+1`).
 *
 * 对账单 holds `=HYPERLINK("#'sheet'!A1","sheet")` to the customer's statement sheet when the
 * month-end batch made one, and is left blank otherwise.
 */
import { columnLetters } from "../address";
import { serialToIso } from "../dates";
import * as blocks from "../documents/blocks";
import {
  MONEY_FORMAT,
  SheetBuilder,
  type Span,
  TABLE_ROW_HEIGHT,
  heightFor,
  linesNeeded,
  periodTag,
  unusedSheetName,
} from "../documents/sheetBuilder";
import { fenToNumber } from "../money";
import type { CellConstant, ChartStep, PlanStep } from "../plan";
import type { Lang } from "../problems";
import type { ReceivableRow, ReceivablesSummary } from "./aging";

/** The money columns, in printed order; they sit side by side from 上期结欠 to 逾期金额. */
export const MONEY_KEYS = [
  "opening",
  "deliveries",
  "returns",
  "payments",
  "closing",
  "days0to30",
  "days31to60",
  "days61to90",
  "over90",
  "overdue",
] as const;
type MoneyKey = (typeof MONEY_KEYS)[number];

/** The columns of the table, in printed order. */
type ColumnKey = "customer" | "currency" | "terms" | MoneyKey | "statement";

interface ColumnLayout extends blocks.TableColumn<ColumnKey> {
  /** Points. */
  width: number;
}

/**
 * Widths in points, 944 across: fitting A4 landscape between the margins prints at about 85 %.
 * Money columns hold 1,234,567.89; 上期结欠 and 本期结欠 more, as their totals grow largest.
 */
const COLUMNS: readonly ColumnLayout[] = [
  { key: "customer", width: 90, align: "Left", wrap: true },
  { key: "currency", width: 34, align: "Center" },
  { key: "terms", width: 52, align: "Center", wrap: true },
  { key: "opening", width: 72, align: "Right" },
  { key: "deliveries", width: 66, align: "Right" },
  { key: "returns", width: 66, align: "Right" },
  { key: "payments", width: 66, align: "Right" },
  { key: "closing", width: 72, align: "Right" },
  { key: "days0to30", width: 66, align: "Right" },
  { key: "days31to60", width: 66, align: "Right" },
  { key: "days61to90", width: 66, align: "Right" },
  { key: "over90", width: 66, align: "Right" },
  { key: "overdue", width: 66, align: "Right" },
  { key: "statement", width: 96, align: "Left", wrap: true },
];

interface SummaryLabels extends blocks.DocumentLabels {
  title: string;
  headers: Record<ColumnKey, string>;
  period: string;
  /** Between the period's first and last day. */
  periodTo: string;
  agedAt: string;
  madeOn: string;
  /** 客户 of a totals row. */
  total: string;
  /** Across the table when no customer owes or did business in the period. */
  none: string;
  /** A currency's chart title. */
  chartTitle: (currency: string) => string;
}

/** What the summary prints besides the data, per language. */
const LABELS: Record<Lang, SummaryLabels> = {
  zh: {
    title: "应收汇总",
    headers: {
      customer: "客户",
      currency: "币种",
      terms: "结算方式",
      opening: "上期结欠",
      deliveries: "本期送货",
      returns: "本期退货",
      payments: "本期收款",
      closing: "本期结欠",
      days0to30: "0–30天",
      days31to60: "31–60天",
      days61to90: "61–90天",
      over90: "90天以上",
      overdue: "逾期金额",
      statement: "对账单",
    },
    customer: "客户",
    contact: "联系人",
    phone: "电话",
    address: "地址",
    period: "对账期间",
    periodTo: " 至 ",
    agedAt: "账龄截至",
    madeOn: "制表日期",
    total: "合计",
    none: "本期没有应收款项。",
    chartTitle: (currency) => `本期结欠（${currency}）`,
    colon: "：",
    gap: "　　",
  },
  en: {
    title: "RECEIVABLES SUMMARY",
    headers: {
      customer: "Customer",
      // "Currency" would break in two in the narrow column.
      currency: "Curr.",
      terms: "Terms",
      opening: "Balance brought forward",
      deliveries: "Deliveries",
      returns: "Returns",
      payments: "Payments",
      closing: "Balance due",
      days0to30: "0–30 days",
      days31to60: "31–60 days",
      days61to90: "61–90 days",
      over90: "Over 90 days",
      overdue: "Overdue",
      statement: "Statement",
    },
    customer: "Customer",
    contact: "Contact",
    phone: "Tel",
    address: "Address",
    period: "Period",
    periodTo: " to ",
    agedAt: "Aged as of",
    madeOn: "Prepared on",
    total: "Total",
    none: "No receivables in this period.",
    chartTitle: (currency) => `Balance due (${currency})`,
    colon: ": ",
    gap: "    ",
  },
};

/** Points per customer in a chart: a bar and the space around it, with room for its 10-point name. */
const CHART_POINTS_PER_BAR = 18;
/** Points of a chart besides its bars: title, value axis labels and margins. */
const CHART_PADDING = 72;
/** A chart is at least this tall, so that one or two bars do not look like a line… */
const CHART_MIN_HEIGHT = 150;
/** …and at most this tall: it then fits on a printed page below the repeated header rows. */
const CHART_MAX_HEIGHT = 450;
/** The chart rows' height in points, set so that the charts' size does not depend on the default font. */
const CHART_ROW_HEIGHT = 15;

/** One currency's chart on the summary sheet. */
export interface SummaryChart {
  currency: string;
  /** The customers' names and their 本期结欠 cells on this sheet (A1 without the sheet), row for row. */
  categories: string;
  values: string;
  /** The cells the chart covers (A1), all columns of the table wide. */
  position: string;
}

/** The plan that writes a summary sheet, and where its parts are. */
export interface SummarySheetPlan {
  sheet: string;
  steps: PlanStep[];
  /** 1-based sheet row of the first customer, right under the table header. */
  rowsStart: number;
  /**
   * The customers in the order of their rows (grouped by currency, see the module's comment):
   * `customers[i]` is on sheet row `rowsStart + i`.
   */
  customers: ReceivableRow[];
  /** 1-based sheet row of the last customer; `rowsStart - 1` when there is none. */
  rowsEnd: number;
  /**
   * 1-based sheet row of the first 合计 row; the others follow it, one per currency in the order
   * of summary.totals. With no customer there are no totals rows and this is the row after the
   * table (which then holds only the "no receivables" line).
   */
  totalsStart: number;
  /**
   * The cell (0-based, as address.ts counts) where the charts start: column A, one blank row below
   * the table. No cell there or below holds anything.
   */
  chartAnchor: { row: number; col: number };
  /** One chart per currency in the order of the rows, each drawn by a chart step; none without customers. */
  charts: SummaryChart[];
}

/**
 * Lays out a receivables summary as a new sheet: company header, title, the period, the day
 * ageing is measured (`to`) and the day it was made (`today`); a table with one row per customer
 * (its figures, ageing, overdue part and a link to its statement sheet; the customers of one
 * currency together) and one 合计 row per currency; below it, a bar chart of 本期结欠 by customer
 * for each currency; print-ready on A4 landscape one page wide, the rows down to the table header
 * repeated on every printed page, money as #,##0.00. Each row's 本期结欠 and every 合计 figure are
 * formulas (SUMIF by 币种 over the customer rows); everything else is a constant.
 * @param sheetName the new sheet's name (see summarySheetName).
 * @param company 公司名称, 公司地址 and 联系电话 from 参数; blank parts are left out.
 * @param links customer name (exactly as in summary.customers) → the sheet name of that customer's
 *   statement; customers without one get a blank 对账单 cell.
 * @returns the steps (the first adds the sheet; constants are one block, formulas follow, the
 *   chart steps come last), the 1-based rows of the customers and totals, and the charts.
 */
export function summarySheetPlan(
  summary: ReceivablesSummary,
  sheetName: string,
  company: { name: string; address: string; phone: string },
  lang: Lang,
  links: ReadonlyMap<string, string>,
): SummarySheetPlan {
  const labels = LABELS[lang];
  const b = new SheetBuilder(
    sheetName,
    COLUMNS.map((c) => c.width),
  );
  const colOf = (key: ColumnKey): number => COLUMNS.findIndex((c) => c.key === key);
  const letter = (key: ColumnKey): string => columnLetters(colOf(key));

  blocks.companyHeader(b, company, labels.title, labels);
  const iso = serialToIso;
  blocks.infoBlock(
    b,
    [
      { label: labels.period, value: iso(summary.from) + labels.periodTo + iso(summary.to) },
      { label: labels.agedAt, value: iso(summary.to) },
    ],
    [{ label: labels.madeOn, value: iso(summary.today) }],
    0.55,
    labels.colon,
  );
  b.addRow(6);

  const header = blocks.tableHeader(
    b,
    COLUMNS.map((c) => labels.headers[c.key]),
  );
  const first = header + 1;
  const statementCol = colOf("statement");
  const formulas: PlanStep[] = [];
  const closing: string[][] = [];
  // Runs of consecutive rows with a link: one formulas step each, so no cell is written as "".
  let linkRun: { row: number; formulas: string[][] } | null = null;
  const endLinkRun = (): void => {
    if (!linkRun) return;
    formulas.push({
      kind: "formulas",
      sheet: b.sheet,
      address: b.address(linkRun.row, { col: statementCol, cols: 1 }, linkRun.formulas.length),
      formulas: linkRun.formulas,
    });
    linkRun = null;
  };
  const groups = byCurrency(summary);
  const ordered = groups.flatMap((g) => g.rows);
  for (const customer of ordered) {
    const row = blocks.tableRow(b, COLUMNS, rowCells(customer));
    closing.push([closingFormula(letter, row)]);
    const target = links.get(customer.customer);
    if (target === undefined) {
      endLinkRun();
      continue;
    }
    linkRun ??= { row, formulas: [] };
    linkRun.formulas.push([sheetLinkFormula(target)]);
    // The link shows the sheet's name, wrapped in its column: the row grows as the name needs.
    const lines = linesNeeded(target, b.widths[statementCol] ?? 0);
    b.heights[row] = Math.max(b.heights[row] ?? 0, heightFor(lines, TABLE_ROW_HEIGHT));
  }
  endLinkRun();
  const customers = summary.customers.length;
  const last = first + customers - 1;
  if (customers > 0) {
    formulas.unshift({
      kind: "formulas",
      sheet: b.sheet,
      address: b.address(first, { col: colOf("closing"), cols: 1 }, customers),
      formulas: closing,
    });
  } else {
    const none = b.addRow(TABLE_ROW_HEIGHT);
    b.field(none, b.all, labels.none);
  }

  // Totals sum the rows above, so a summary without rows has none (and no range to sum).
  const totals = customers > 0 ? summary.totals : [];
  const totalsStart = b.grid.length;
  const money: Span = { col: colOf(MONEY_KEYS[0]), cols: MONEY_KEYS.length };
  const sumif = (key: MoneyKey, row: number): string => {
    const c = letter(key);
    const currency = letter("currency");
    return (
      `=SUMIF($${currency}$${first + 1}:$${currency}$${last + 1},$${currency}${row + 1},` +
      `${c}$${first + 1}:${c}$${last + 1})`
    );
  };
  for (const total of totals) {
    const row = b.addRow(20);
    b.put(row, colOf("customer"), labels.total);
    b.put(row, colOf("currency"), total.currency);
  }
  if (totals.length > 0) {
    formulas.push({
      kind: "formulas",
      sheet: b.sheet,
      address: b.address(totalsStart, money, totals.length),
      formulas: totals.map((_, i) => MONEY_KEYS.map((key) => sumif(key, totalsStart + i))),
    });
  }
  const tableEnd = b.grid.length - 1;

  blocks.tableLook(b, COLUMNS, header, tableEnd);
  if (customers === 0) b.align(first, b.all, { horizontal: "Center" });
  if (totals.length > 0) {
    b.font(totalsStart, b.all, { bold: true }, totals.length);
    b.align(totalsStart, { col: colOf("customer"), cols: 1 }, { horizontal: "Center" }, totals.length);
  }
  if (customers > 0) b.numberFormat(first, money, MONEY_FORMAT, tableEnd - first + 1);
  blocks.tableBorders(b, header, tableEnd);

  const chartAnchor = { row: tableEnd + 2, col: 0 };
  const charts: SummaryChart[] = [];
  let at = chartAnchor.row;
  let groupStart = first;
  for (const group of groups) {
    const count = group.rows.length;
    const rows = Math.ceil(chartHeight(count) / CHART_ROW_HEIGHT);
    const column = (key: ColumnKey): string => b.address(groupStart, { col: colOf(key), cols: 1 }, count);
    charts.push({
      currency: group.currency,
      categories: column("customer"),
      values: column("closing"),
      position: b.address(at, b.all, rows),
    });
    groupStart += count;
    at += rows + 1;
  }
  const lastRow = charts.length > 0 ? at - 2 : tableEnd;
  const steps = b
    .steps({ paper: "A4", orientation: "Landscape", titleRows: header + 1, formulas })
    .map((step) =>
      step.kind === "pageSetup" ? { ...step, printArea: b.address(0, b.all, lastRow + 1) } : step,
    );
  if (charts.length > 0) {
    steps.push({
      kind: "rowHeight",
      sheet: b.sheet,
      address: `A${tableEnd + 2}:A${lastRow + 1}`,
      height: CHART_ROW_HEIGHT,
    });
  }
  steps.push(
    ...charts.map((chart): ChartStep => ({
      kind: "chart",
      sheet: b.sheet,
      chartType: "BarClustered",
      title: labels.chartTitle(chart.currency),
      seriesName: labels.headers.closing,
      categories: chart.categories,
      values: chart.values,
      position: chart.position,
    })),
  );
  return {
    sheet: b.sheet,
    steps,
    rowsStart: first + 1,
    customers: ordered,
    rowsEnd: last + 1,
    totalsStart: totalsStart + 1,
    chartAnchor,
    charts,
  };
}

/** Points tall for a chart of `bars` customers, within the minimum and maximum. */
function chartHeight(bars: number): number {
  return Math.min(CHART_MAX_HEIGHT, Math.max(CHART_MIN_HEIGHT, CHART_PADDING + bars * CHART_POINTS_PER_BAR));
}

/**
 * The customers grouped by currency: currencies in the order of summary.totals (then any other,
 * as it first appears), the customers of each in the summary's order.
 */
function byCurrency(summary: ReceivablesSummary): { currency: string; rows: ReceivableRow[] }[] {
  const order = [...summary.totals.map((t) => t.currency), ...summary.customers.map((c) => c.currency)];
  return [...new Set(order)]
    .map((currency) => ({ currency, rows: summary.customers.filter((c) => c.currency === currency) }))
    .filter((group) => group.rows.length > 0);
}

/** A customer's printed cells by column; 本期结欠 and 对账单 are left to their formulas. */
function rowCells(row: ReceivableRow): Record<ColumnKey, CellConstant> {
  const yuan = fenToNumber;
  return {
    customer: row.customer,
    currency: row.currency,
    terms: row.terms,
    opening: yuan(row.opening),
    deliveries: yuan(row.deliveries),
    returns: yuan(row.returns),
    payments: yuan(row.payments),
    closing: null,
    days0to30: yuan(row.aging.days0to30),
    days31to60: yuan(row.aging.days31to60),
    days61to90: yuan(row.aging.days61to90),
    over90: yuan(row.aging.over90),
    overdue: yuan(row.overdue),
    statement: null,
  };
}

/**
 * `=ROUND(上期结欠 + 本期送货 − 本期退货 − 本期收款, 2)` for the customer on 0-based `row`: the
 * statement sheet's 本期结欠; ROUND keeps sums of cents from printing as -0.00.
 */
function closingFormula(letter: (key: ColumnKey) => string, row: number): string {
  const r = row + 1;
  return `=ROUND(${letter("opening")}${r}+${letter("deliveries")}${r}-${letter("returns")}${r}-${letter("payments")}${r},2)`;
}

/** A text as a formula's string literal: in double quotes, each one inside doubled. */
function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * `=HYPERLINK("#'sheet'!A1","sheet")`: a link to cell A1 of the sheet in this workbook, showing its
 * name. The name is always quoted in the reference, with each apostrophe doubled (`'O''Brien'`),
 * and each double quote doubled within the formula's strings.
 */
export function sheetLinkFormula(sheet: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!A1`;
  return `=HYPERLINK(${stringLiteral(target)},${stringLiteral(sheet)})`;
}

const SHEET_NAME_PREFIX = "应收汇总";

/**
 * A new sheet's name for the receivables summary of a period: `应收汇总 2026-10` for a calendar
 * month, `应收汇总 2026` for a year, `应收汇总 1001-1031` or `应收汇总 20261215-20270114` for other
 * periods (as statementSheetName tells periods). Always in Chinese, whatever the summary's
 * language: 应收汇总 is the workbook's word for these sheets, as 对账单 is for statements. A name
 * already taken (compared without regard to case) gets the next free version: `… (2)`, `… (3)`.
 * @param taken the workbook's sheet names.
 * @throws RangeError when `from` or `to` is not a whole serial date or `from` is after `to`.
 */
export function summarySheetName(from: number, to: number, taken: readonly string[]): string {
  const period = periodTag(from, to);
  return unusedSheetName((suffix) => `${SHEET_NAME_PREFIX} ${period}${suffix}`, taken);
}
