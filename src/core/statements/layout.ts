/**
 * The statement sheet: a customer's statement of account (对账单) laid out as a printable document
 * on a new sheet, and the sheet's name.
 *
 * Text and the figures core computed are written as constants (DESIGN.md §2.3: a customer called
 * `=1+1` prints as `=1+1`). The figures a clerk may correct are native formulas, so a correction
 * recomputes in Excel, WPS or LibreOffice without the add-in: each row's 余额, the totals' SUMs and
 * 本期结欠. The layout, top to bottom:
 *
 *   company name, company address and phone
 *   title (对账单 / STATEMENT OF ACCOUNT)
 *   customer block on the left (客户, 联系人, 电话, 地址),
 *   statement block on the right (对账期间, 币种, 结算方式)
 *   entries table: 日期 单号/摘要 订单号 [货号 品名 数量 单价] 送货金额 退货金额 收款金额 余额 争议说明,
 *     its first row 上期结欠 (the opening balance), one row per entry, then 本期合计
 *   summary: 上期结欠, 本期送货, 本期退货, 本期收款, 本期结欠, and 本期结欠 in capitals (or words)
 *   the reply request (请于 N 日内回传), 以上账目核对无误, 客户签章 / 日期 and 我方签章 / 日期
 *
 * Returns have a column of their own (退货金额) and print as positive amounts there, with the
 * item's quantity positive too (with detail "lines"): the row reads as what came back, and each
 * of 本期送货, 本期退货 and 本期收款 is a plain SUM of one column. A row's 余额 is
 * `=ROUND(previous 余额 + 送货 − 退货 − 收款, 2)`; ROUND keeps sums of cents from printing as
 * -0.00. The capitals are a constant computed from the statement's closing balance: no function
 * available in every spreadsheet writes them, so a corrected figure leaves them to be redone.
 */
import { columnLetters } from "../address";
import { serialToIso } from "../dates";
import * as blocks from "../documents/blocks";
import {
  DATE_FORMAT,
  MONEY_FORMAT,
  SheetBuilder,
  type Span,
  TABLE_ROW_HEIGHT,
  TEXT_SIZE,
  WHOLE_FORMAT,
  heightFor,
  linesNeeded,
  periodTag,
  textWidth,
  unusedSheetName,
} from "../documents/sheetBuilder";
import { fenToNumber } from "../money";
import type { CellConstant, PlanStep } from "../plan";
import type { Lang } from "../problems";
import type { Statement, StatementEntry } from "./statement";

/** The columns of the entries table, in printed order. */
type ColumnKey =
  | "date"
  | "reference"
  | "orderNos"
  | "itemNo"
  | "name"
  | "quantity"
  | "price"
  | "deliveries"
  | "returns"
  | "payments"
  | "balance"
  | "dispute";

interface ColumnLayout extends blocks.TableColumn<ColumnKey> {
  /** Width in points with one row per note; `linesWidth` with one row per item. */
  width: number;
  linesWidth: number;
  /** Printed only with detail "lines". */
  linesOnly?: boolean;
}

/**
 * Widths in points: 600 across with one row per note (fitting the width of A4 between the margins
 * prints at 92 %), 640 with the item columns (86 %). Money columns hold 1,234,567.89; 余额 more.
 */
const COLUMNS: readonly ColumnLayout[] = [
  { key: "date", width: 60, linesWidth: 54, align: "Center" },
  { key: "reference", width: 92, linesWidth: 72, align: "Left", wrap: true },
  { key: "orderNos", width: 92, linesWidth: 60, align: "Left", wrap: true },
  { key: "itemNo", width: 0, linesWidth: 46, linesOnly: true, align: "Left", wrap: true },
  { key: "name", width: 0, linesWidth: 56, linesOnly: true, align: "Left", wrap: true },
  { key: "quantity", width: 0, linesWidth: 36, linesOnly: true, align: "Right" },
  { key: "price", width: 0, linesWidth: 44, linesOnly: true, align: "Right" },
  { key: "deliveries", width: 70, linesWidth: 58, align: "Right" },
  { key: "returns", width: 64, linesWidth: 52, align: "Right" },
  { key: "payments", width: 70, linesWidth: 58, align: "Right" },
  { key: "balance", width: 76, linesWidth: 64, align: "Right" },
  { key: "dispute", width: 76, linesWidth: 40, align: "Left", wrap: true },
];

interface StatementLabels extends blocks.DocumentLabels {
  title: string;
  headers: Record<ColumnKey, string>;
  period: string;
  /** Between the period's first and last day. */
  periodTo: string;
  currency: string;
  terms: string;
  /** The opening row and the summary's first line. */
  opening: string;
  total: string;
  deliveries: string;
  returns: string;
  payments: string;
  closing: string;
  closingInWords: string;
  /** 单号/摘要 of an entry recorded without one. */
  blankReference: Record<StatementEntry["kind"], string>;
  reply: (days: number) => string;
  confirm: string;
  customerSign: string;
  ourSign: string;
  signDate: string;
}

/** What the statement prints besides the data, per language. */
const LABELS: Record<Lang, StatementLabels> = {
  zh: {
    title: "对账单",
    headers: {
      date: "日期",
      reference: "单号/摘要",
      orderNos: "订单号",
      itemNo: "货号",
      name: "品名",
      quantity: "数量",
      price: "单价",
      deliveries: "送货金额",
      returns: "退货金额",
      payments: "收款金额",
      balance: "余额",
      dispute: "争议说明",
    },
    customer: "客户",
    contact: "联系人",
    phone: "电话",
    address: "地址",
    period: "对账期间",
    periodTo: " 至 ",
    currency: "币种",
    terms: "结算方式",
    opening: "上期结欠",
    total: "本期合计",
    deliveries: "本期送货",
    returns: "本期退货",
    payments: "本期收款",
    closing: "本期结欠",
    closingInWords: "本期结欠大写",
    blankReference: { delivery: "送货", return: "退货", payment: "收款" },
    reply: (days) =>
      days > 0
        ? `请于 ${days} 日内核对、签章回传；如有异议，请在“争议说明”栏注明。`
        : "请核对、签章后回传；如有异议，请在“争议说明”栏注明。",
    confirm: "以上账目核对无误。",
    customerSign: "客户签章",
    ourSign: "我方签章",
    signDate: "日期",
    colon: "：",
    gap: "　　",
  },
  en: {
    title: "STATEMENT OF ACCOUNT",
    headers: {
      date: "Date",
      reference: "Reference",
      orderNos: "Order No.",
      itemNo: "Item No.",
      name: "Description",
      quantity: "Qty",
      price: "Unit Price",
      deliveries: "Deliveries",
      returns: "Returns",
      payments: "Payments",
      balance: "Balance",
      dispute: "Disputes",
    },
    customer: "Customer",
    contact: "Contact",
    phone: "Tel",
    address: "Address",
    period: "Period",
    periodTo: " to ",
    currency: "Currency",
    terms: "Terms",
    opening: "Balance brought forward",
    total: "Period total",
    deliveries: "Deliveries",
    returns: "Returns",
    payments: "Payments",
    closing: "Balance due",
    closingInWords: "Balance due in words",
    blankReference: { delivery: "Delivery", return: "Return", payment: "Payment" },
    reply: (days) =>
      days > 0
        ? `Please check, sign and return within ${days} ${days === 1 ? "day" : "days"}; ` +
          "note any disagreement in the Disputes column."
        : "Please check, sign and return; note any disagreement in the Disputes column.",
    confirm: "We confirm that the above account is correct.",
    customerSign: "Customer signature & stamp",
    ourSign: "Our signature & stamp",
    signDate: "Date",
    colon: ": ",
    gap: "    ",
  },
};

/** The plan that writes a statement sheet, and where its entries are. */
export interface StatementSheetPlan {
  sheet: string;
  steps: PlanStep[];
  /**
   * 1-based sheet row of the first entry. The 上期结欠 row is the row above it, right under the
   * table header; the 本期合计 row is the row after `entriesEnd`.
   */
  entriesStart: number;
  /** 1-based sheet row of the last entry; `entriesStart - 1` (the 上期结欠 row) in a quiet period. */
  entriesEnd: number;
}

/**
 * Lays out a statement as a new sheet: company header, title, customer and period blocks, the
 * entries table (上期结欠, the entries, 本期合计), the summary with 本期结欠 in capitals (English
 * words for lang "en"), the reply request and the confirmation block with both parties' signature
 * lines; print-ready on A4 portrait one page wide, the rows down to the table header repeated on
 * every printed page. Each entry's 余额, the totals' SUMs (over the 上期结欠 row to the last entry)
 * and 本期结欠 are formulas; everything else is a constant.
 * @param sheetName the new sheet's name (see statementSheetName).
 * @param company 公司名称, 公司地址 and 联系电话 from 参数; blank parts are left out.
 * @returns the steps (the first adds the sheet; constants are one block, formulas follow) and the
 *   1-based rows of the first and last entry.
 * @throws RangeError when the closing balance is too large to write out in words (over
 *   9,999,999,999,999.99).
 */
export function statementSheetPlan(
  statement: Statement,
  sheetName: string,
  company: { name: string; address: string; phone: string },
): StatementSheetPlan {
  const labels = LABELS[statement.lang];
  const label = (text: string): string => text + labels.colon;
  const withLines = statement.detail === "lines";
  const columns = COLUMNS.filter((c) => withLines || !c.linesOnly);
  const widths = columns.map((c) => (withLines ? c.linesWidth : c.width));
  const b = new SheetBuilder(sheetName, widths);
  const all = b.all;
  const colOf = (key: ColumnKey): number => columns.findIndex((c) => c.key === key);
  const letter = (key: ColumnKey): string => columnLetters(colOf(key));
  const currency = blocks.customerCurrency(statement.customer);
  // Closing words first: a statement too large to write out fails before anything is laid out.
  const closingWords = blocks.amountText(statement.closing, currency, statement.lang);

  blocks.companyHeader(b, company, labels.title, labels);

  // Customer on the left; the period, currency and terms on the right.
  const left = blocks.customerFields(statement.customer, labels);
  const right: blocks.InfoField[] = [
    {
      label: labels.period,
      value: serialToIso(statement.from) + labels.periodTo + serialToIso(statement.to),
    },
    { label: labels.currency, value: currency },
  ];
  if (statement.customer.terms) right.push({ label: labels.terms, value: statement.customer.terms });
  blocks.infoBlock(b, left, right, 0.55, labels.colon);
  b.addRow(6);

  // The entries table: header, 上期结欠, one row per entry, 本期合计.
  const headerTexts = columns.map((c) => labels.headers[c.key]);
  const header = blocks.tableHeader(b, headerTexts);
  // Text before the money columns: the opening and totals labels run across it.
  const lead: Span = { col: 1, cols: colOf("deliveries") - 1 };

  const opening = b.addRow(TABLE_ROW_HEIGHT);
  b.put(opening, colOf("date"), statement.openingAsOf);
  b.field(opening, lead, labels.opening);
  b.put(opening, colOf("balance"), fenToNumber(statement.opening));

  const formulas: PlanStep[] = [];
  const balanceFormulas: string[][] = [];
  for (const entry of statement.entries) {
    const row = blocks.tableRow(b, columns, entryCells(entry, labels));
    balanceFormulas.push([balanceFormula(letter, row)]);
  }
  const entriesEnd = b.grid.length - 1;
  if (balanceFormulas.length > 0) {
    formulas.push({
      kind: "formulas",
      sheet: b.sheet,
      address: b.address(opening + 1, { col: colOf("balance"), cols: 1 }, balanceFormulas.length),
      formulas: balanceFormulas,
    });
  }

  const totals = b.addRow(20);
  b.field(totals, { col: 0, cols: colOf("deliveries") }, labels.total);
  // The SUMs start at the 上期结欠 row (blank in these columns) so a quiet period sums an empty
  // stretch, never a range turned round onto the totals row itself.
  const sum = (key: ColumnKey): string =>
    `=SUM(${letter(key)}${opening + 1}:${letter(key)}${entriesEnd + 1})`;
  const closingFormula =
    `=ROUND(${letter("balance")}${opening + 1}+${letter("deliveries")}${totals + 1}` +
    `-${letter("returns")}${totals + 1}-${letter("payments")}${totals + 1},2)`;
  formulas.push({
    kind: "formulas",
    sheet: b.sheet,
    address: b.address(totals, { col: colOf("deliveries"), cols: 4 }),
    formulas: [[sum("deliveries"), sum("returns"), sum("payments"), closingFormula]],
  });

  const bodyRows = totals - opening + 1;
  const money: Span = { col: colOf("deliveries"), cols: 4 };
  blocks.tableLook(b, columns, header, totals);
  b.align(totals, { col: 0, cols: colOf("deliveries") }, { horizontal: "Center" });
  b.font(opening, all, { bold: true });
  b.font(totals, all, { bold: true });
  b.numberFormat(opening, { col: colOf("date"), cols: 1 }, DATE_FORMAT, entriesEnd - opening + 1);
  b.numberFormat(opening, money, MONEY_FORMAT, bodyRows);
  if (withLines && statement.entries.length > 0) {
    const entryRows = statement.entries.length;
    if (statement.entries.every((e) => e.quantity === null || Number.isInteger(e.quantity))) {
      b.numberFormat(opening + 1, { col: colOf("quantity"), cols: 1 }, WHOLE_FORMAT, entryRows);
    }
    b.numberFormat(opening + 1, { col: colOf("price"), cols: 1 }, MONEY_FORMAT, entryRows);
  }
  blocks.tableBorders(b, header, totals);

  // Summary: the five figures by name, each a reference to the table, then the closing in words.
  b.addRow(8);
  const summary: { label: string; formula: string }[] = [
    { label: labels.opening, formula: `=${letter("balance")}${opening + 1}` },
    { label: labels.deliveries, formula: `=${letter("deliveries")}${totals + 1}` },
    { label: labels.returns, formula: `=${letter("returns")}${totals + 1}` },
    { label: labels.payments, formula: `=${letter("payments")}${totals + 1}` },
    { label: labels.closing, formula: `=${letter("balance")}${totals + 1}` },
  ];
  const summaryLabel: Span = {
    col: 0,
    cols: b.columnsFor(0, blocks.labelWidth(summary.map((s) => label(s.label)))),
  };
  const summaryValue: Span = {
    col: summaryLabel.cols,
    cols: b.columnsFor(summaryLabel.cols, textWidth("-1,234,567,890.00", TEXT_SIZE)),
  };
  const summaryStart = b.grid.length;
  for (const line of summary) {
    const row = b.addRow(17);
    b.field(row, summaryLabel, label(line.label));
    b.field(row, summaryValue, null);
  }
  formulas.push({
    kind: "formulas",
    sheet: b.sheet,
    address: b.address(summaryStart, { col: summaryValue.col, cols: 1 }, summary.length),
    formulas: summary.map((line) => [line.formula]),
  });
  b.font(summaryStart, summaryLabel, { bold: true }, summary.length);
  b.align(summaryStart, summaryValue, { horizontal: "Right", vertical: "Center" }, summary.length);
  b.numberFormat(summaryStart, summaryValue, MONEY_FORMAT, summary.length);
  b.font(
    summaryStart + summary.length - 1,
    { col: 0, cols: summaryValue.col + summaryValue.cols },
    { bold: true },
  );
  blocks.textRows(b, [{ label: label(labels.closingInWords), text: closingWords, bold: "row" }]);

  // The reply request across the page, then the confirmation with both parties' signatures.
  b.addRow(8);
  const replyText = labels.reply(statement.replyDays);
  const reply = b.addRow(heightFor(linesNeeded(replyText, b.spanWidth(all)), 18));
  b.field(reply, all, replyText);
  b.align(reply, all, { horizontal: "Left", vertical: "Center", wrap: true });
  b.addRow(8);
  confirmationBlock(b, labels, company.name);

  const steps = b.steps({ paper: "A4", titleRows: header + 1, formulas });
  return { sheet: b.sheet, steps, entriesStart: opening + 2, entriesEnd: entriesEnd + 1 };
}

/** `=ROUND(previous 余额 + 送货 − 退货 − 收款, 2)` for the entry on 0-based `row`. */
function balanceFormula(letter: (key: ColumnKey) => string, row: number): string {
  const r = row + 1;
  return (
    `=ROUND(${letter("balance")}${r - 1}+${letter("deliveries")}${r}` +
    `-${letter("returns")}${r}-${letter("payments")}${r},2)`
  );
}

/**
 * An entry's printed cells by column. Its amount goes to the column of its kind, a return's as a
 * positive amount (with a positive quantity); 余额 is left to its formula and 争议说明 to the customer.
 */
function entryCells(entry: StatementEntry, labels: StatementLabels): Record<ColumnKey, CellConstant> {
  const amount = fenToNumber(entry.amount);
  const isReturn = entry.kind === "return";
  return {
    date: entry.date,
    reference: entry.reference || labels.blankReference[entry.kind],
    orderNos: entry.orderNos,
    itemNo: entry.itemNo,
    name: entry.name,
    quantity: entry.quantity === null ? null : isReturn ? Math.abs(entry.quantity) : entry.quantity,
    price: entry.price === null ? null : fenToNumber(entry.price),
    deliveries: entry.kind === "delivery" ? amount : null,
    // -0 would print as -0.00 in some spreadsheets; a return of 0.00 is 0.
    returns: isReturn ? (amount === 0 ? 0 : -amount) : null,
    payments: entry.kind === "payment" ? amount : null,
    balance: null,
    dispute: null,
  };
}

/**
 * 以上账目核对无误 over the customer's signature and date lines on the left; our company's name
 * over our signature and date lines on the right.
 */
function confirmationBlock(b: SheetBuilder, labels: StatementLabels, companyName: string): void {
  const all = b.all;
  const label = (text: string): string => text + labels.colon;
  const half = b.columnsFor(0, b.spanWidth(all) * 0.5, b.width - 2);
  const signLabel = (col: number, end: number, texts: string[]): Span => {
    const width = blocks.labelWidth(texts.map(label), 12);
    return { col, cols: b.columnsFor(col, width, end - 1) };
  };
  const leftLabel = signLabel(0, half, [labels.customerSign, labels.signDate]);
  const rightLabel = signLabel(half, b.width, [labels.ourSign, labels.signDate]);
  const leftLine: Span = { col: leftLabel.cols, cols: half - leftLabel.cols };
  const rightLine: Span = { col: half + rightLabel.cols, cols: b.width - half - rightLabel.cols };
  const leftHalf: Span = { col: 0, cols: half };
  const rightHalf: Span = { col: half, cols: b.width - half };

  const heading = b.addRow(heightFor(linesNeeded(labels.confirm, b.spanWidth(leftHalf)), 20));
  b.field(heading, leftHalf, labels.confirm);
  b.field(heading, rightHalf, companyName);
  b.font(heading, all, { bold: true });
  b.align(heading, all, { horizontal: "Left", vertical: "Center", wrap: true });

  for (const [height, leftText, rightText] of [
    [30, labels.customerSign, labels.ourSign],
    [26, labels.signDate, labels.signDate],
  ] as const) {
    const row = b.addRow(height);
    for (const [labelSpan, lineSpan, text] of [
      [leftLabel, leftLine, leftText],
      [rightLabel, rightLine, rightText],
    ] as const) {
      blocks.signatureLine(b, row, labelSpan, lineSpan, label(text));
    }
    b.font(row, all, { bold: true });
  }
}

/** Characters a sheet name may not hold, and what stands in for them in a customer's name. */
const SHEET_NAME_REPLACEMENTS: Record<string, string> = {
  "[": "(",
  "]": ")",
  ":": "-",
  "/": "-",
  "\\": "-",
  "*": "",
  "?": "",
};
const MAX_SHEET_NAME = 31;
const SHEET_NAME_PREFIX = "对账单";

/** A customer name made fit for a sheet name: forbidden characters replaced, spaces collapsed. */
function cleanName(customer: string): string {
  let text = "";
  for (const ch of customer) text += SHEET_NAME_REPLACEMENTS[ch] ?? ch;
  // Control characters and any run of spaces (full-width ones too) become one space.
  return text.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/** `text` within `room` UTF-16 units (as Excel counts), cut on a character and marked with "…". */
function shorten(text: string, room: number): string {
  if (text.length <= room) return text;
  if (room < 2) return "";
  let kept = "";
  for (const ch of text) {
    if (kept.length + ch.length > room - 1) break;
    kept += ch;
  }
  return kept.trimEnd() + "…";
}

/**
 * A new sheet's name for a customer's statement: `对账单 客户 2026-10` for a calendar month,
 * `对账单 客户 2026` for a calendar year, `对账单 客户 1001-1031` for other periods within a year and
 * `对账单 客户 20261215-20270114` across years. The customer's name loses the characters a sheet
 * name may not hold ([ ] become ( ), : / \ become -, * ? go) and is shortened with "…" to keep the
 * name within 31 characters. A name already taken (compared without regard to case, as Excel
 * compares sheet names) gets the next free version: `… (2)`, `… (3)`; a sheet is never overwritten.
 * Two long names alike in their first characters may share a shortened stem and so a version.
 * @param from first day of the period (serial date).
 * @param to last day of the period (serial date).
 * @param taken the workbook's sheet names.
 * @throws RangeError when `from` or `to` is not a whole serial date or `from` is after `to`.
 */
export function statementSheetName(
  customer: string,
  from: number,
  to: number,
  taken: readonly string[],
): string {
  const period = periodTag(from, to);
  const clean = cleanName(customer);
  return unusedSheetName((suffix) => {
    const room = MAX_SHEET_NAME - SHEET_NAME_PREFIX.length - period.length - suffix.length - 2;
    return [SHEET_NAME_PREFIX, shorten(clean, room), period].filter((part) => part !== "").join(" ") + suffix;
  }, taken);
}
