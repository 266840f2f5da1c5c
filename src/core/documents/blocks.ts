/**
 * The blocks the printed documents (送货单, 对账单) are made of, each written once: the company
 * header and title, the two-column label/value block, the table's header, rows, look and borders,
 * rows of a label and wrapped text (an amount in words, a remark), and signature lines. Each block
 * adds its rows to a SheetBuilder at the bottom of what is there.
 */
import { amountInCapitals, amountInWords } from "../capitals";
import { type Fen, formatFen } from "../money";
import type { CellConstant } from "../plan";
import type { Lang } from "../problems";
import {
  HEADER_FILL,
  type SheetBuilder,
  type Span,
  TABLE_ROW_HEIGHT,
  TEXT_SIZE,
  heightFor,
  linesNeeded,
  textWidth,
} from "./sheetBuilder";

/** What every document prints besides its own labels, per language. */
export interface DocumentLabels {
  customer: string;
  contact: string;
  phone: string;
  address: string;
  /** Put after a label: full-width in Chinese. */
  colon: string;
  /** Between the company's address and phone. */
  gap: string;
}

/** The currency a customer's amounts are in: its own, CNY when blank. */
export function customerCurrency(customer: { currency: string }): string {
  return customer.currency.trim().toUpperCase() || "CNY";
}

/**
 * An amount written out: Chinese capitals for "zh" (named when not in yuan), the English
 * SAY … ONLY line for "en" in CNY or USD, else the figure named by its currency.
 * @throws RangeError when the amount is to be written in capitals or words and is over
 *   9,999,999,999,999.99.
 */
export function amountText(amount: Fen, currency: string, lang: Lang): string {
  if (lang === "zh") {
    // Capitals say 元 whatever the currency: name it when it is not the yuan.
    return currency === "CNY" ? amountInCapitals(amount) : `${currency} ${amountInCapitals(amount)}`;
  }
  if (currency === "CNY" || currency === "USD") return amountInWords(amount, currency);
  // No words for other currencies: the figure, named, rather than a wrong currency.
  return `${currency} ${formatFen(amount)}`;
}

/** Points a column of labels needs: the widest of `texts` and `room` to spare. */
export function labelWidth(texts: readonly string[], room = 8): number {
  return Math.max(...texts.map((text) => textWidth(text, TEXT_SIZE))) + room;
}

/**
 * The company's name, its address and phone on one line (left out when both are blank) and the
 * document's title, centred across the page.
 */
export function companyHeader(
  b: SheetBuilder,
  company: { name: string; address: string; phone: string },
  title: string,
  labels: DocumentLabels,
): void {
  const all = b.all;
  const nameRow = b.addRow(26);
  b.field(nameRow, all, company.name);
  b.font(nameRow, all, { bold: true, size: 16 });
  const contactLine = [
    company.address && labels.address + labels.colon + company.address,
    company.phone && labels.phone + labels.colon + company.phone,
  ].filter((part) => part !== "");
  const companyRows = contactLine.length > 0 ? 2 : 1;
  if (contactLine.length > 0) b.field(b.addRow(16), all, contactLine.join(labels.gap));
  const titleRow = b.addRow(32);
  b.field(titleRow, all, title);
  b.font(titleRow, all, { bold: true, size: 18 });
  b.align(nameRow, all, { horizontal: "Center", vertical: "Center" }, companyRows + 1);
}

/** One label/value pair of the block above a document's table. */
export interface InfoField {
  label: string;
  value: CellConstant;
  /** The value's number format (a date's), when it needs one. */
  format?: string;
}

/** The customer block's fields every document starts with: 客户, 联系人, 电话, 地址. */
export function customerFields(
  customer: { name: string; contact: string; phone: string; address: string },
  labels: DocumentLabels,
): InfoField[] {
  return [
    { label: labels.customer, value: customer.name },
    { label: labels.contact, value: customer.contact },
    { label: labels.phone, value: customer.phone },
    { label: labels.address, value: customer.address },
  ];
}

/**
 * Two columns of label/value pairs side by side, `left` taking about `leftShare` of the page width:
 * labels bold and as wide as the longest needs, values wrapped, each row as tall as its longer value.
 */
export function infoBlock(
  b: SheetBuilder,
  left: readonly InfoField[],
  right: readonly InfoField[],
  leftShare: number,
  colon: string,
): void {
  const all = b.all;
  const half = b.columnsFor(0, b.spanWidth(all) * leftShare);
  const widthOf = (fields: readonly InfoField[]): number => labelWidth(fields.map((f) => f.label + colon));
  const leftLabel: Span = { col: 0, cols: b.columnsFor(0, widthOf(left), half - 1) };
  const leftValue: Span = { col: leftLabel.cols, cols: half - leftLabel.cols };
  const rightLabel: Span = { col: half, cols: b.columnsFor(half, widthOf(right), b.width - 1) };
  const rightValue: Span = { col: half + rightLabel.cols, cols: b.width - half - rightLabel.cols };
  const start = b.grid.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i];
    const r = right[i];
    const lines = Math.max(
      l ? linesNeeded(String(l.value), b.spanWidth(leftValue)) : 1,
      r ? linesNeeded(String(r.value), b.spanWidth(rightValue)) : 1,
    );
    const row = b.addRow(heightFor(lines, 17));
    for (const [field, labelSpan, valueSpan] of [
      [l, leftLabel, leftValue],
      [r, rightLabel, rightValue],
    ] as const) {
      if (!field) continue;
      b.field(row, labelSpan, field.label + colon);
      b.field(row, valueSpan, field.value);
      if (field.format) b.numberFormat(row, valueSpan, field.format);
    }
  }
  const rows = b.grid.length - start;
  b.align(start, all, { vertical: "Center" }, rows);
  b.align(start, leftValue, { horizontal: "Left", wrap: true }, rows);
  b.align(start, rightValue, { horizontal: "Left", wrap: true }, rows);
  b.font(start, leftLabel, { bold: true }, rows);
  b.font(start, rightLabel, { bold: true }, rows);
}

/** A column of a document's table: which cell it prints and how. */
export interface TableColumn<K extends string> {
  key: K;
  align: "Left" | "Center" | "Right";
  /** Long text wraps within the column (and makes its row taller). */
  wrap?: boolean;
}

/** The table's header row, one text a column, as tall as the longest header needs; returns its row. */
export function tableHeader(b: SheetBuilder, texts: readonly string[]): number {
  const lines = Math.max(...texts.map((text, col) => linesNeeded(text, b.widths[col] ?? 0)));
  const row = b.addRow(heightFor(lines, 20));
  texts.forEach((text, col) => b.put(row, col, text));
  return row;
}

/** A table row of `cells`, as tall as its longest wrapped text needs; returns its row. */
export function tableRow<K extends string>(
  b: SheetBuilder,
  columns: readonly TableColumn<K>[],
  cells: Record<K, CellConstant>,
): number {
  const row = b.addRow(TABLE_ROW_HEIGHT);
  let lines = 1;
  columns.forEach((column, col) => {
    const value = cells[column.key];
    b.put(row, col, value);
    if (column.wrap && typeof value === "string") {
      lines = Math.max(lines, linesNeeded(value, b.widths[col] ?? 0));
    }
  });
  b.heights[row] = heightFor(lines, TABLE_ROW_HEIGHT);
  return row;
}

/**
 * The table's look: the header bold, shaded and centred; below it down to row `last`, each
 * column aligned (and wrapped) as its spec says.
 */
export function tableLook<K extends string>(
  b: SheetBuilder,
  columns: readonly TableColumn<K>[],
  header: number,
  last: number,
): void {
  const all = b.all;
  b.font(header, all, { bold: true });
  b.format({ kind: "fill", sheet: b.sheet, address: b.address(header, all), color: HEADER_FILL });
  b.align(header, all, { horizontal: "Center", vertical: "Center", wrap: true });
  columns.forEach((column, col) => {
    b.align(
      header + 1,
      { col, cols: 1 },
      { horizontal: column.align, vertical: "Center", wrap: column.wrap },
      last - header,
    );
  });
}

/** The table's grid: thin lines inside, a medium outline, from the header down to row `last`. */
export function tableBorders(b: SheetBuilder, header: number, last: number): void {
  const address = b.address(header, b.all, last - header + 1);
  b.format({ kind: "border", sheet: b.sheet, address, edges: ["inside"], weight: "Thin" });
  b.format({ kind: "border", sheet: b.sheet, address, edges: ["outline"], weight: "Medium" });
}

/** A row of a bold label and text wrapped across the rest of the page. */
export interface TextRow {
  /** With its colon. */
  label: string;
  text: string;
  /** "text": the text bold too; "row": the whole row bold, in one step. */
  bold?: "text" | "row";
}

/**
 * Rows of a label and text wrapped across the rest of the page (an amount in words, a remark),
 * the labels in one column as wide as the longest needs.
 */
export function textRows(b: SheetBuilder, rows: readonly TextRow[]): void {
  if (rows.length === 0) return;
  const labelSpan: Span = { col: 0, cols: b.columnsFor(0, labelWidth(rows.map((r) => r.label))) };
  const textSpan: Span = { col: labelSpan.cols, cols: b.width - labelSpan.cols };
  for (const line of rows) {
    const row = b.addRow(heightFor(linesNeeded(line.text, b.spanWidth(textSpan)), 20));
    b.field(row, labelSpan, line.label);
    b.field(row, textSpan, line.text);
    if (line.bold === "row") {
      b.font(row, b.all, { bold: true });
    } else {
      b.font(row, labelSpan, { bold: true });
      if (line.bold === "text") b.font(row, textSpan, { bold: true });
    }
    b.align(row, textSpan, { horizontal: "Left", vertical: "Center", wrap: true });
    b.align(row, labelSpan, { vertical: "Center" });
  }
}

/**
 * A signature: `text` at the bottom right of `label` (wrapped when `wrap`), and a line to sign on
 * across `line`.
 */
export function signatureLine(
  b: SheetBuilder,
  row: number,
  label: Span,
  line: Span,
  text: string,
  wrap = false,
): void {
  b.field(row, label, text);
  b.align(
    row,
    label,
    wrap ? { horizontal: "Right", vertical: "Bottom", wrap } : { horizontal: "Right", vertical: "Bottom" },
  );
  b.merge(row, line);
  b.format({
    kind: "border",
    sheet: b.sheet,
    address: b.address(row, line),
    edges: ["bottom"],
    weight: "Thin",
  });
}
