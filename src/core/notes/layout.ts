/**
 * The note sheet: a delivery or return note (送货单 / 退货单) laid out as a printable document on
 * its own sheet, and read back from that sheet's values.
 *
 * Every cell is written as a constant (DESIGN.md §2.3): the sheet prints the same without the
 * add-in and a customer called `=1+1` prints as `=1+1`. The layout, top to bottom:
 *
 *   company name, company address and phone
 *   title (送货单 / 退货单)
 *   customer block on the left (客户, 联系人, 电话, 地址, 车牌, 运单号),
 *   note block on the right (单号, 日期, 订单号, 币种, 司机)
 *   lines table: 序号 订单号 行号 货号 品名 规格 颜色 单位 数量 [单价 金额] 箱数 备注, then 合计
 *   金额大写 (with prices), 备注, 特批说明
 *   送货人 / 收货人签收(盖章) / 日期, and the copy legend
 *
 * 行号 is a column of its own, right after 订单号: an order line is (订单号, 行号), and the sheet
 * is the source document the repair feature rebuilds 发货 rows from, so each printed line must name
 * its order line unambiguously (an order number may itself contain "-" or "/").
 *
 * The lines table is found again by its header row: the 序号 (or No.) header in column A. The
 * other columns are found by their headers, so the no-price variant (without 单价 and 金额) reads
 * the same way.
 */
import { cellText } from "../workbook/tableData";
import { cellAddress, rectAddress } from "../address";
import { amountInCapitals, amountInWords } from "../capitals";
import { type Fen, fenToNumber, formatFen, toFenOrNull } from "../money";
import {
  DATE_FORMAT,
  HEADER_FILL,
  MARGINS,
  MONEY_FORMAT,
  SheetBuilder,
  type Span,
  TABLE_ROW_HEIGHT,
  TEXT_SIZE,
  WHOLE_FORMAT,
  heightFor,
  linesNeeded,
  textWidth,
} from "../documents/sheetBuilder";
import type { CellConstant, PlanStep } from "../plan";
import type { Lang } from "../problems";
import type { NoteDocument, NoteItem, NoteKind, NoteLine } from "./note";

/** The columns of the lines table, in printed order. */
type ColumnKey =
  | "seq"
  | "orderNo"
  | "lineNo"
  | "itemNo"
  | "name"
  | "spec"
  | "color"
  | "unit"
  | "quantity"
  | "price"
  | "amount"
  | "boxes"
  | "remark";

interface ColumnLayout {
  key: ColumnKey;
  /** Width in points with prices printed; the no-price variant gives `extra` more. */
  width: number;
  extra?: number;
  align: "Left" | "Center" | "Right";
  /** Long text wraps within the column (and makes its row taller). */
  wrap?: boolean;
}

/**
 * Widths in points, about 600 across: A4 portrait (and A5 landscape, as wide) holds about 552
 * between 0.3" side margins, so fitting the page width prints at about 92 %. The room goes where
 * text needs it: amounts up to 1,234,567.89, English headers such as Specification and Cartons.
 */
const COLUMNS: readonly ColumnLayout[] = [
  { key: "seq", width: 28, align: "Center" },
  { key: "orderNo", width: 62, align: "Left", wrap: true },
  { key: "lineNo", width: 28, align: "Center" },
  { key: "itemNo", width: 50, align: "Left", wrap: true },
  { key: "name", width: 66, extra: 44, align: "Left", wrap: true },
  { key: "spec", width: 66, extra: 20, align: "Left", wrap: true },
  { key: "color", width: 36, align: "Center", wrap: true },
  { key: "unit", width: 28, align: "Center" },
  { key: "quantity", width: 42, align: "Right" },
  { key: "price", width: 46, align: "Right" },
  { key: "amount", width: 62, align: "Right" },
  { key: "boxes", width: 40, align: "Right" },
  { key: "remark", width: 42, extra: 44, align: "Left", wrap: true },
];

interface NoteLabels {
  title: Record<NoteKind, string>;
  headers: Record<ColumnKey, string>;
  customer: string;
  contact: string;
  phone: string;
  address: string;
  vehicle: string;
  waybill: string;
  number: string;
  date: string;
  orders: string;
  currency: string;
  driver: string;
  total: string;
  amountInWords: string;
  remark: string;
  override: string;
  deliveredBy: string;
  receivedBy: string;
  signDate: string;
  legend: string;
  /** Put after a label: full-width in Chinese. */
  colon: string;
  /** Between the company's address and phone. */
  gap: string;
}

/** What the note prints besides the data, per language. */
const LABELS: Record<Lang, NoteLabels> = {
  zh: {
    title: { delivery: "送货单", return: "退货单" },
    headers: {
      seq: "序号",
      orderNo: "订单号",
      lineNo: "行号",
      itemNo: "货号",
      name: "品名",
      spec: "规格",
      color: "颜色",
      unit: "单位",
      quantity: "数量",
      price: "单价",
      amount: "金额",
      boxes: "箱数",
      remark: "备注",
    },
    customer: "客户",
    contact: "联系人",
    phone: "电话",
    address: "地址",
    vehicle: "车牌",
    waybill: "运单号",
    number: "单号",
    date: "日期",
    orders: "订单号",
    currency: "币种",
    driver: "司机",
    total: "合计",
    amountInWords: "金额大写",
    remark: "备注",
    override: "特批说明",
    deliveredBy: "送货人",
    receivedBy: "收货人签收(盖章)",
    signDate: "日期",
    legend: "第一联 存根 · 第二联 客户 · 第三联 回单",
    colon: "：",
    gap: "　　",
  },
  en: {
    title: { delivery: "DELIVERY NOTE", return: "RETURN NOTE" },
    headers: {
      seq: "No.",
      orderNo: "Order No.",
      lineNo: "Line",
      itemNo: "Item No.",
      name: "Description",
      spec: "Specification",
      color: "Colour",
      unit: "Unit",
      quantity: "Qty",
      price: "Unit Price",
      amount: "Amount",
      boxes: "Cartons",
      remark: "Remarks",
    },
    customer: "Customer",
    contact: "Contact",
    phone: "Tel",
    address: "Address",
    vehicle: "Vehicle",
    waybill: "Waybill No.",
    number: "Note No.",
    date: "Date",
    orders: "Order No.",
    currency: "Currency",
    driver: "Driver",
    total: "Total",
    amountInWords: "Amount in words",
    remark: "Remarks",
    override: "Approved exception",
    deliveredBy: "Delivered by",
    receivedBy: "Received by (signature & stamp)",
    signDate: "Date",
    legend: "Copy 1 Stub · Copy 2 Customer · Copy 3 Signed copy to return",
    colon: ": ",
    gap: "    ",
  },
};

/** The currency the amounts are in: the customer's, CNY when blank. */
function noteCurrency(note: NoteDocument): string {
  return note.customer.currency.trim().toUpperCase() || "CNY";
}

/** The amount written out: Chinese capitals, or the English SAY ... ONLY line. */
function amountText(note: NoteDocument, currency: string): string {
  const amount = note.totals.amount;
  if (note.lang === "zh") {
    // Capitals say 元 whatever the currency: name it when it is not the yuan.
    return currency === "CNY" ? amountInCapitals(amount) : `${currency} ${amountInCapitals(amount)}`;
  }
  if (currency === "CNY" || currency === "USD") return amountInWords(amount, currency);
  // No words for other currencies: the figure, named, rather than a wrong currency.
  return `${currency} ${formatFen(amount)}`;
}

/** One label/value pair of the blocks above the table. */
interface InfoField {
  label: string;
  value: CellConstant;
  format?: string;
}

/** The plan that writes a note sheet, and where its lines are. */
export interface NoteSheetPlan {
  /** The new sheet's name: the note's number. */
  sheet: string;
  steps: PlanStep[];
  /** 1-based sheet row of the first line (the row after the table header). */
  linesStart: number;
  /** 1-based sheet row of the last line; `linesStart - 1` when the note has no lines. */
  linesEnd: number;
}

/**
 * Lays out a delivery or return note as a new sheet named after its number: company header,
 * title, customer and note blocks, the lines table with its totals, the amount in words (with
 * prices), remark and override reason, signatures and the copy legend; print-ready on A4
 * portrait (or A5 landscape) one page wide, the rows down to the table header repeated on every
 * printed page. Quantities and amounts are printed as given (negative on a return note).
 * @returns the steps (the first adds the sheet; all cells are one block of constants) and the
 *   1-based rows of the first and last line.
 * @throws RangeError when the total amount is too large to write out in words (over
 *   9,999,999,999,999.99).
 */
export function noteSheetPlan(note: NoteDocument): NoteSheetPlan {
  const labels = LABELS[note.lang];
  const label = (text: string): string => text + labels.colon;
  const columns = COLUMNS.filter((c) => note.withPrices || (c.key !== "price" && c.key !== "amount"));
  const widths = columns.map((c) => c.width + (note.withPrices ? 0 : (c.extra ?? 0)));
  const b = new SheetBuilder(note.number, widths);
  const all: Span = { col: 0, cols: b.width };
  const colOf = (key: ColumnKey): number => columns.findIndex((c) => c.key === key);
  const currency = noteCurrency(note);

  // Company header and title, centred across the page.
  const company = b.addRow(26);
  b.field(company, all, note.company.name);
  b.font(company, all, { bold: true, size: 16 });
  const contactLine = [
    note.company.address && label(labels.address) + note.company.address,
    note.company.phone && label(labels.phone) + note.company.phone,
  ].filter((part) => part !== "");
  const companyRows = contactLine.length > 0 ? 2 : 1;
  if (contactLine.length > 0) b.field(b.addRow(16), all, contactLine.join(labels.gap));
  const title = b.addRow(32);
  b.field(title, all, labels.title[note.kind]);
  b.font(title, all, { bold: true, size: 18 });
  b.align(company, all, { horizontal: "Center", vertical: "Center" }, companyRows + 1);

  // Customer on the left, the note's particulars on the right.
  const left: InfoField[] = [
    { label: labels.customer, value: note.customer.name },
    { label: labels.contact, value: note.customer.contact },
    { label: labels.phone, value: note.customer.phone },
    { label: labels.address, value: note.customer.address },
  ];
  if (note.vehicle) left.push({ label: labels.vehicle, value: note.vehicle });
  if (note.waybill) left.push({ label: labels.waybill, value: note.waybill });
  const right: InfoField[] = [
    { label: labels.number, value: note.number },
    { label: labels.date, value: note.date, format: DATE_FORMAT },
    { label: labels.orders, value: note.orderNos.join(", ") },
  ];
  if (note.withPrices) right.push({ label: labels.currency, value: currency });
  if (note.driver) right.push({ label: labels.driver, value: note.driver });
  const half = b.columnsFor(0, b.spanWidth(all) * 0.58);
  const labelWidth = (fields: InfoField[]): number =>
    Math.max(...fields.map((f) => textWidth(label(f.label), TEXT_SIZE))) + 8;
  const leftLabel: Span = { col: 0, cols: b.columnsFor(0, labelWidth(left), half - 1) };
  const leftValue: Span = { col: leftLabel.cols, cols: half - leftLabel.cols };
  const rightLabel: Span = { col: half, cols: b.columnsFor(half, labelWidth(right), b.width - 1) };
  const rightValue: Span = { col: half + rightLabel.cols, cols: b.width - half - rightLabel.cols };
  const infoStart = b.grid.length;
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
      b.field(row, labelSpan, label(field.label));
      b.field(row, valueSpan, field.value);
      if (field.format) b.numberFormat(row, valueSpan, field.format);
    }
  }
  const infoRows = b.grid.length - infoStart;
  b.align(infoStart, all, { vertical: "Center" }, infoRows);
  b.align(infoStart, leftValue, { horizontal: "Left", wrap: true }, infoRows);
  b.align(infoStart, rightValue, { horizontal: "Left", wrap: true }, infoRows);
  b.font(infoStart, leftLabel, { bold: true }, infoRows);
  b.font(infoStart, rightLabel, { bold: true }, infoRows);
  b.addRow(6);

  // The lines table: header, one row per line, totals.
  const headerTexts = columns.map((c) => labels.headers[c.key]);
  const headerLines = Math.max(...columns.map((c, i) => linesNeeded(headerTexts[i] ?? "", widths[i] ?? 0)));
  const header = b.addRow(heightFor(headerLines, 20));
  headerTexts.forEach((text, col) => b.put(header, col, text));
  const linesStart = b.grid.length;
  for (const line of note.lines) {
    const row = b.addRow(TABLE_ROW_HEIGHT);
    const cells = lineCells(line);
    let lines = 1;
    columns.forEach((column, col) => {
      const value = cells[column.key];
      b.put(row, col, value);
      if (column.wrap && typeof value === "string") {
        lines = Math.max(lines, linesNeeded(value, widths[col] ?? 0));
      }
    });
    b.heights[row] = heightFor(lines, TABLE_ROW_HEIGHT);
  }
  const linesEnd = b.grid.length - 1;
  const totals = b.addRow(20);
  const quantityCol = colOf("quantity");
  b.field(totals, { col: 0, cols: quantityCol }, labels.total);
  b.put(totals, quantityCol, note.totals.quantity);
  if (note.withPrices) b.put(totals, colOf("amount"), fenToNumber(note.totals.amount));
  b.put(totals, colOf("boxes"), note.totals.boxes);

  const tableRows = totals - header + 1;
  const bodyRows = totals - linesStart + 1;
  b.font(header, all, { bold: true });
  b.format({ kind: "fill", sheet: b.sheet, address: b.address(header, all), color: HEADER_FILL });
  b.align(header, all, { horizontal: "Center", vertical: "Center", wrap: true });
  columns.forEach((column, col) => {
    b.align(
      linesStart,
      { col, cols: 1 },
      { horizontal: column.align, vertical: "Center", wrap: column.wrap },
      bodyRows,
    );
  });
  b.align(totals, { col: 0, cols: quantityCol }, { horizontal: "Center" });
  b.font(totals, all, { bold: true });
  const quantities = [...note.lines.map((l) => l.quantity), note.totals.quantity];
  if (quantities.every((q) => Number.isInteger(q))) {
    b.numberFormat(linesStart, { col: quantityCol, cols: 1 }, WHOLE_FORMAT, bodyRows);
  }
  b.numberFormat(linesStart, { col: colOf("boxes"), cols: 1 }, WHOLE_FORMAT, bodyRows);
  if (note.withPrices) b.numberFormat(linesStart, { col: colOf("price"), cols: 2 }, MONEY_FORMAT, bodyRows);
  b.format({
    kind: "border",
    sheet: b.sheet,
    address: b.address(header, all, tableRows),
    edges: ["inside"],
    weight: "Thin",
  });
  b.format({
    kind: "border",
    sheet: b.sheet,
    address: b.address(header, all, tableRows),
    edges: ["outline"],
    weight: "Medium",
  });

  // Amount in words, remark and override reason: a label, then text across the page.
  const notes: { label: string; text: string; bold?: boolean }[] = [];
  if (note.withPrices)
    notes.push({ label: labels.amountInWords, text: amountText(note, currency), bold: true });
  if (note.remark) notes.push({ label: labels.remark, text: note.remark });
  if (note.override) notes.push({ label: labels.override, text: note.override });
  if (notes.length > 0) {
    const noteLabel: Span = {
      col: 0,
      cols: b.columnsFor(0, Math.max(...notes.map((n) => textWidth(label(n.label), TEXT_SIZE))) + 8),
    };
    const noteText: Span = { col: noteLabel.cols, cols: b.width - noteLabel.cols };
    for (const n of notes) {
      const row = b.addRow(heightFor(linesNeeded(n.text, b.spanWidth(noteText)), 20));
      b.field(row, noteLabel, label(n.label));
      b.field(row, noteText, n.text);
      b.font(row, noteLabel, { bold: true });
      if (n.bold) b.font(row, noteText, { bold: true });
      b.align(row, noteText, { horizontal: "Left", vertical: "Center", wrap: true });
      b.align(row, noteLabel, { vertical: "Center" });
    }
  }

  // Signatures: three label + line pairs across the page, room to sign above the lines.
  b.addRow(8);
  const signature = b.addRow(30);
  const signLabels = [labels.deliveredBy, labels.receivedBy, labels.signDate].map(label);
  // Each pair's label gets the room it needs; the lines share what is left equally.
  const labelWidths = signLabels.map((text) => textWidth(text, TEXT_SIZE) + 12);
  const lineWidth = (b.spanWidth(all) - labelWidths.reduce((a, w) => a + w, 0)) / signLabels.length;
  let col = 0;
  signLabels.forEach((text, i) => {
    // Pairs after this one keep two columns each (label and line).
    const after = signLabels.length - 1 - i;
    const end = b.width - 2 * after;
    const labelSpan: Span = { col, cols: b.columnsFor(col, labelWidths[i] ?? 0, end - 1) };
    const lineCol = col + labelSpan.cols;
    const lineSpan: Span = {
      col: lineCol,
      cols: after === 0 ? b.width - lineCol : b.columnsNear(lineCol, lineWidth, end),
    };
    b.field(signature, labelSpan, text);
    b.align(signature, labelSpan, { horizontal: "Right", vertical: "Bottom", wrap: true });
    b.merges.push({ kind: "merge", sheet: b.sheet, address: b.address(signature, lineSpan) });
    b.format({
      kind: "border",
      sheet: b.sheet,
      address: b.address(signature, lineSpan),
      edges: ["bottom"],
      weight: "Thin",
    });
    col = lineSpan.col + lineSpan.cols;
  });
  b.font(signature, all, { bold: true });

  // The copy legend, small, under everything.
  const legend = b.addRow(18);
  b.field(legend, all, labels.legend);
  b.font(legend, all, { size: 9 });
  b.align(legend, all, { horizontal: "Center", vertical: "Center" });

  const used = { row: 0, col: 0, rows: b.grid.length, cols: b.width };
  const steps: PlanStep[] = [
    { kind: "addSheet", sheet: b.sheet },
    { kind: "values", sheet: b.sheet, address: rectAddress(used), values: b.grid },
    // The body size first: larger titles and bold come after and win.
    { kind: "font", sheet: b.sheet, address: rectAddress(used), size: TEXT_SIZE },
    ...b.formats,
    ...b.merges,
    ...widths.map((width, c): PlanStep => ({
      kind: "columnWidth",
      sheet: b.sheet,
      address: cellAddress(0, c),
      width,
    })),
    ...b.rowHeightSteps(),
    { kind: "gridlines", sheet: b.sheet, show: false },
    {
      kind: "pageSetup",
      sheet: b.sheet,
      orientation: note.paper === "A5" ? "Landscape" : "Portrait",
      paperSize: note.paper,
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      margins: MARGINS,
      centerHorizontally: true,
      printArea: rectAddress(used),
      printTitleRows: `$1:$${header + 1}`,
    },
  ];
  return { sheet: b.sheet, steps, linesStart: linesStart + 1, linesEnd: linesEnd + 1 };
}

/** A line's printed cells by column. Without a unit price the amount is blank, not 0.00. */
function lineCells(line: NoteLine): Record<ColumnKey, CellConstant> {
  return {
    seq: line.seq,
    orderNo: line.orderNo,
    lineNo: line.lineNo,
    itemNo: line.itemNo,
    name: line.name,
    spec: line.spec,
    color: line.color,
    unit: line.unit,
    quantity: line.quantity,
    price: line.price === null ? null : fenToNumber(line.price),
    amount: line.price === null ? null : fenToNumber(line.amount),
    boxes: line.boxes,
    remark: line.remark,
  };
}

/** One line as read back from a note sheet. */
export interface NoteSheetLine extends NoteItem {
  seq: number;
  /** Signed, as printed. */
  quantity: number;
  /** Null when blank or the note has no price columns. */
  price: Fen | null;
  amount: Fen | null;
  boxes: number | null;
  remark: string;
}

/** What a note sheet says: its number and lines, and what else identifies it. */
export interface NoteSheetContent {
  number: string;
  /** From the title; null when the title is not one of ours. */
  kind: NoteKind | null;
  /** Serial date; null when the date cell holds no number. */
  date: number | null;
  customer: string;
  /** Whether the table has 单价 and 金额 columns. */
  withPrices: boolean;
  lines: NoteSheetLine[];
}

type ReadGrid = readonly (readonly CellConstant[])[];

function cellNumber(value: CellConstant | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value)) return Number(value);
  return null;
}

/**
 * A label cell's name without its colon (单号：, 单号: → 单号); null for a cell that is not a
 * label, so a customer called 单号 is not taken for the label.
 */
function labelName(value: CellConstant | undefined): string | null {
  const match = /^(.*?)\s*[:：]$/.exec(cellText(value));
  return match ? (match[1] ?? "") : null;
}

/** The first non-blank cell right of `col` on a row. */
function valueRightOf(row: readonly CellConstant[], col: number): CellConstant {
  for (let c = col + 1; c < row.length; c++) if (cellText(row[c]) !== "") return row[c] ?? null;
  return null;
}

/** The value beside a label (in either language) above row `end`, or undefined when no such label. */
function labelled(
  grid: ReadGrid,
  end: number,
  key: "number" | "date" | "customer",
): CellConstant | undefined {
  const names = new Set([LABELS.zh[key], LABELS.en[key]]);
  for (let r = 0; r < end; r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const name = labelName(row[c]);
      if (name !== null && names.has(name)) return valueRightOf(row, c);
    }
  }
  return undefined;
}

/** The lines table's header: its row and where each column is, in the language it was printed in. */
function findHeader(grid: ReadGrid): { row: number; cols: Partial<Record<ColumnKey, number>> } | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (const lang of ["zh", "en"] as const) {
      const headers = LABELS[lang].headers;
      if (cellText(row[0]) !== headers.seq) continue;
      const cols: Partial<Record<ColumnKey, number>> = {};
      for (const key of Object.keys(headers) as ColumnKey[]) {
        const col = row.findIndex((v) => cellText(v) === headers[key]);
        if (col >= 0) cols[key] = col;
      }
      if (cols.orderNo !== undefined && cols.lineNo !== undefined && cols.quantity !== undefined) {
        return { row: r, cols };
      }
    }
  }
  return null;
}

function moneyOrNull(value: CellConstant | undefined): Fen | null {
  const n = cellNumber(value);
  return n === null ? null : toFenOrNull(n);
}

/**
 * Reads a note sheet back from its values (Range.values of its used range, starting at A1): the
 * number beside 单号 (Note No.), the title's kind, the date, the customer and the lines between
 * the table header (序号 / No. in column A) and the first row whose column A is not a 序号.
 * Works for both languages and for the no-price variant.
 * @returns null when the values are not a readable note: no table header, no number, or a line
 *   without an order number, a whole positive 行号 or a numeric quantity.
 */
export function readNoteSheet(values: ReadGrid): NoteSheetContent | null {
  const header = findHeader(values);
  if (!header) return null;
  const number = cellText(labelled(values, header.row, "number") ?? null);
  if (number === "") return null;
  const titles = new Map<string, NoteKind>();
  for (const lang of ["zh", "en"] as const) {
    for (const kind of ["delivery", "return"] as const) titles.set(LABELS[lang].title[kind], kind);
  }
  let kind: NoteKind | null = null;
  for (const row of values.slice(0, header.row)) {
    for (const v of row) kind ??= titles.get(cellText(v)) ?? null;
  }
  const { cols } = header;
  const at = (row: readonly CellConstant[], key: ColumnKey): CellConstant | undefined => {
    const col = cols[key];
    return col === undefined ? undefined : row[col];
  };
  const lines: NoteSheetLine[] = [];
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const seq = cellNumber(row[0]);
    if (seq === null || !Number.isInteger(seq) || seq < 1) break;
    const orderNo = cellText(at(row, "orderNo"));
    const lineNo = cellNumber(at(row, "lineNo") ?? null);
    const quantity = cellNumber(at(row, "quantity") ?? null);
    if (orderNo === "" || lineNo === null || !Number.isInteger(lineNo) || lineNo < 1 || quantity === null) {
      return null;
    }
    lines.push({
      seq,
      orderNo,
      lineNo,
      itemNo: cellText(at(row, "itemNo")),
      name: cellText(at(row, "name")),
      spec: cellText(at(row, "spec")),
      color: cellText(at(row, "color")),
      unit: cellText(at(row, "unit")),
      quantity,
      price: moneyOrNull(at(row, "price")),
      amount: moneyOrNull(at(row, "amount")),
      boxes: cellNumber(at(row, "boxes") ?? null),
      remark: cellText(at(row, "remark")),
    });
  }
  return {
    number,
    kind,
    date: cellNumber(labelled(values, header.row, "date") ?? null),
    customer: cellText(labelled(values, header.row, "customer") ?? null),
    withPrices: cols.price !== undefined && cols.amount !== undefined,
    lines,
  };
}
