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
import * as blocks from "../documents/blocks";
import { type Fen, fenToNumber, toFenOrNull } from "../money";
import { DATE_FORMAT, MONEY_FORMAT, SheetBuilder, type Span, WHOLE_FORMAT } from "../documents/sheetBuilder";
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

interface ColumnLayout extends blocks.TableColumn<ColumnKey> {
  /** Width in points with prices printed; the no-price variant gives `extra` more. */
  width: number;
  extra?: number;
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

interface NoteLabels extends blocks.DocumentLabels {
  title: Record<NoteKind, string>;
  headers: Record<ColumnKey, string>;
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
  const all = b.all;
  const colOf = (key: ColumnKey): number => columns.findIndex((c) => c.key === key);
  const currency = blocks.customerCurrency(note.customer);

  blocks.companyHeader(b, note.company, labels.title[note.kind], labels);

  // Customer on the left, the note's particulars on the right.
  const left = blocks.customerFields(note.customer, labels);
  if (note.vehicle) left.push({ label: labels.vehicle, value: note.vehicle });
  if (note.waybill) left.push({ label: labels.waybill, value: note.waybill });
  const right: blocks.InfoField[] = [
    { label: labels.number, value: note.number },
    { label: labels.date, value: note.date, format: DATE_FORMAT },
    { label: labels.orders, value: note.orderNos.join(", ") },
  ];
  if (note.withPrices) right.push({ label: labels.currency, value: currency });
  if (note.driver) right.push({ label: labels.driver, value: note.driver });
  blocks.infoBlock(b, left, right, 0.58, labels.colon);
  b.addRow(6);

  // The lines table: header, one row per line, totals.
  const headerTexts = columns.map((c) => labels.headers[c.key]);
  const header = blocks.tableHeader(b, headerTexts);
  const linesStart = b.grid.length;
  for (const line of note.lines) blocks.tableRow(b, columns, lineCells(line));
  const linesEnd = b.grid.length - 1;
  const totals = b.addRow(20);
  const quantityCol = colOf("quantity");
  b.field(totals, { col: 0, cols: quantityCol }, labels.total);
  b.put(totals, quantityCol, note.totals.quantity);
  if (note.withPrices) b.put(totals, colOf("amount"), fenToNumber(note.totals.amount));
  b.put(totals, colOf("boxes"), note.totals.boxes);

  const bodyRows = totals - linesStart + 1;
  blocks.tableLook(b, columns, header, totals);
  b.align(totals, { col: 0, cols: quantityCol }, { horizontal: "Center" });
  b.font(totals, all, { bold: true });
  const quantities = [...note.lines.map((l) => l.quantity), note.totals.quantity];
  if (quantities.every((q) => Number.isInteger(q))) {
    b.numberFormat(linesStart, { col: quantityCol, cols: 1 }, WHOLE_FORMAT, bodyRows);
  }
  b.numberFormat(linesStart, { col: colOf("boxes"), cols: 1 }, WHOLE_FORMAT, bodyRows);
  if (note.withPrices) b.numberFormat(linesStart, { col: colOf("price"), cols: 2 }, MONEY_FORMAT, bodyRows);
  blocks.tableBorders(b, header, totals);

  // Amount in words, remark and override reason: a label, then text across the page.
  const notes: blocks.TextRow[] = [];
  if (note.withPrices) {
    notes.push({
      label: label(labels.amountInWords),
      text: blocks.amountText(note.totals.amount, currency, note.lang),
      bold: "text",
    });
  }
  if (note.remark) notes.push({ label: label(labels.remark), text: note.remark });
  if (note.override) notes.push({ label: label(labels.override), text: note.override });
  blocks.textRows(b, notes);

  // Signatures: three label + line pairs across the page, room to sign above the lines.
  b.addRow(8);
  const signature = b.addRow(30);
  const signLabels = [labels.deliveredBy, labels.receivedBy, labels.signDate].map(label);
  // Each pair's label gets the room it needs; the lines share what is left equally.
  const labelWidths = signLabels.map((text) => blocks.labelWidth([text], 12));
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
    blocks.signatureLine(b, signature, labelSpan, lineSpan, text, true);
    col = lineSpan.col + lineSpan.cols;
  });
  b.font(signature, all, { bold: true });

  // The copy legend, small, under everything.
  const legend = b.addRow(18);
  b.field(legend, all, labels.legend);
  b.font(legend, all, { size: 9 });
  b.align(legend, all, { horizontal: "Center", vertical: "Center" });

  const steps = b.steps({ paper: note.paper, titleRows: header + 1 });
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
