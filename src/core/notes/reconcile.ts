/**
 * Note sheets against the 发货 ledger. A note is written twice: as its own sheet (the printed
 * source document) and as rows of 发货. When the two disagree — a write cut off between the sheet
 * and its rows, rows deleted or edited by hand, a sheet deleted — the order check says so, and
 * rows missing from 发货 can be appended again from the sheet. The sheet is trusted, never 发货:
 * it is what was printed, signed and handed over.
 */
import { makeProblem } from "../messages";
import { addFen, type Fen, fenToNumber, toFen, toFenOrNull } from "../money";
import { cellNumber, columnReader, lineKey, matchKey, settingText } from "../orders/tracking";
import type { Lang, Problem } from "../problems";
import { CUSTOMERS_TABLE, ORDERS_TABLE, SHIPMENTS_TABLE, SIGNED_COPY_STATES } from "../workbook/schema";
import { cellText, isBlank, tableReader, type TableData, type WorkbookData } from "../workbook/tableData";
import type { NoteSheetContent } from "./layout";
import { missingLedgerLines } from "./ledger";
import { CUSTOMER as C, ORDER as O, SHIPMENT as S } from "./columns";
import type { NoteDocument, NoteKind, NoteLine } from "./note";
import { companyOf } from "./prepare";

const [NOT_RETURNED] = SIGNED_COPY_STATES;
/** The currency of a note whose order lines and customer name none (as prepareNote decides). */
const DEFAULT_CURRENCY = "CNY";

/** A sheet named like a note, with what readNoteSheet made of its values (null: not readable). */
export interface NoteSheetRead {
  name: string;
  content: NoteSheetContent | null;
}

/** What a repair appends to 发货: the note as its sheet says it, and the lines 发货 lacks. */
export interface NoteRepair {
  /** The note sheet the rows come from. */
  sheet: string;
  /** Built from the sheet (and 客户 / 订单 for what the sheet does not print); what ledgerSteps takes. */
  note: NoteDocument;
  /** The lines of `note` that 发货 does not hold, in the sheet's order. */
  missing: NoteLine[];
}

/** The number prefixes of 参数 (送货单前缀, 退货单前缀) with the kind of note each starts. */
export function notePrefixes(data: WorkbookData): { prefix: string; kind: NoteKind }[] {
  return [
    { prefix: settingText(data, "DELIVERY_PREFIX"), kind: "delivery" as const },
    { prefix: settingText(data, "RETURN_PREFIX"), kind: "return" as const },
  ].filter((p) => p.prefix !== "");
}

/**
 * The kind of note a name's shape says — prefix + 8 digits + "-" + digits, compared without regard
 * to case as Excel compares sheet names — or null when the name is not note-shaped. When both
 * prefixes fit (one starting the other), the longer wins.
 */
export function noteKindOfName(
  name: string,
  prefixes: readonly { prefix: string; kind: NoteKind }[],
): NoteKind | null {
  const upper = name.trim().toUpperCase();
  let best: { length: number; kind: NoteKind } | null = null;
  for (const { prefix, kind } of prefixes) {
    const p = prefix.toUpperCase();
    if (!upper.startsWith(p) || !/^\d{8}-\d+$/.test(upper.slice(p.length))) continue;
    if (!best || p.length > best.length) best = { length: p.length, kind };
  }
  return best?.kind ?? null;
}

/** The names among `sheetNames` shaped like note numbers with the prefixes of 参数. */
export function noteSheetNames(data: WorkbookData, sheetNames: readonly string[]): string[] {
  const prefixes = notePrefixes(data);
  return sheetNames.filter((name) => noteKindOfName(name, prefixes) !== null);
}

/** The first row of a table whose `header` column has each match key, in the table's order. */
function firstRows(table: TableData | undefined, headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  if (!table) return index;
  const readers = headers.map((h) => columnReader(table, h));
  for (let row = 0; row < table.rows.length; row++) {
    const values = readers.map((read) => read(row));
    const key = values.length === 1 ? matchKey(values[0]) : lineKey(values[0], values[1]);
    if (key !== null && !index.has(key)) index.set(key, row);
  }
  return index;
}

/**
 * The note a sheet stands for, as ledgerSteps needs it: the number, kind (from the title, else the
 * prefix), date, customer and lines printed on the sheet. What the sheet may not print comes from
 * the workbook as issueNote took it: contact, phone and address from 客户; the currency from the
 * order lines, else the customer, else CNY; 单价 and 金额 from 订单 for a note printed without prices.
 */
function noteFromSheet(
  data: WorkbookData,
  content: NoteSheetContent & { date: number },
  kind: NoteKind,
  lang: Lang,
): NoteDocument {
  const orders = data[ORDERS_TABLE.table];
  const order = orders ? tableReader(orders) : null;
  const orderRows = firstRows(orders, [O.orderNo, O.lineNo]);
  const orderRowOf = (orderNo: string, lineNo: number): number | undefined =>
    orderRows.get(lineKey(orderNo, lineNo) ?? "");

  const lines: NoteLine[] = content.lines.map((line) => {
    const row = orderRowOf(line.orderNo, line.lineNo);
    const orderPrice = order && row !== undefined ? cellNumber(order.get(row, O.price)) : null;
    const price = content.withPrices ? line.price : orderPrice === null ? null : toFenOrNull(orderPrice);
    const computed = price === null ? (0 as Fen) : toFen(line.quantity * fenToNumber(price));
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
      price,
      // The printed amount is what the customer signed for; computed only when none is printed.
      amount: content.withPrices && line.amount !== null ? line.amount : computed,
      boxes: line.boxes,
      remark: line.remark,
    };
  });

  const customers = data[CUSTOMERS_TABLE.table];
  const customerRow = firstRows(customers, [C.name]).get(matchKey(content.customer) ?? "");
  const customer = customers && customerRow !== undefined ? tableReader(customers) : null;
  const fromCustomer = (header: string): string =>
    customer && customerRow !== undefined ? cellText(customer.get(customerRow, header)) : "";
  const orderCurrency = lines
    .map((l) => {
      const row = orderRowOf(l.orderNo, l.lineNo);
      return order && row !== undefined ? cellText(order.get(row, O.currency)).toUpperCase() : "";
    })
    .find((c) => c !== "");

  const orderNos: string[] = [];
  for (const line of lines) {
    if (!orderNos.some((o) => o.toUpperCase() === line.orderNo.toUpperCase())) orderNos.push(line.orderNo);
  }
  return {
    kind,
    number: content.number,
    date: content.date,
    lang,
    paper: "A4",
    withPrices: content.withPrices,
    company: companyOf(data),
    customer: {
      name: content.customer,
      contact: fromCustomer(C.contact),
      phone: fromCustomer(C.phone),
      address: fromCustomer(C.address),
      currency: orderCurrency || fromCustomer(C.currency).toUpperCase() || DEFAULT_CURRENCY,
    },
    orderNos,
    lines,
    totals: {
      quantity: lines.reduce((n, l) => n + l.quantity, 0),
      boxes: lines.some((l) => l.boxes !== null) ? lines.reduce((n, l) => n + (l.boxes ?? 0), 0) : null,
      amount: lines.reduce((sum, l) => addFen(sum, l.amount), 0 as Fen),
    },
    vehicle: "",
    driver: "",
    waybill: "",
    remark: "",
    override: "",
  };
}

/**
 * The 发货 rows of a note that do not agree with its sheet: pairing each sheet line with the first
 * unpaired row of the same order line (as missingLedgerLines pairs them), a paired row whose 数量
 * is not the line's, and every row left unpaired (a line the sheet does not have).
 * @returns the body rows that differ, in ledger order.
 */
function differingRows(note: NoteDocument, ledger: TableData, rows: readonly number[]): number[] {
  const read = { orderNo: columnReader(ledger, S.orderNo), lineNo: columnReader(ledger, S.lineNo) };
  const quantity = columnReader(ledger, S.quantity);
  const unpaired = new Map<string, number[]>();
  for (const row of rows) {
    const key = lineKey(read.orderNo(row), read.lineNo(row)) ?? `\u0000row${row}`;
    unpaired.set(key, [...(unpaired.get(key) ?? []), row]);
  }
  const differing: number[] = [];
  for (const line of note.lines) {
    const candidates = unpaired.get(lineKey(line.orderNo, line.lineNo) ?? "");
    const row = candidates?.shift();
    if (row !== undefined && cellNumber(quantity(row)) !== line.quantity) differing.push(row);
  }
  for (const left of unpaired.values()) differing.push(...left);
  return differing.sort((a, b) => a - b);
}

/**
 * Compares the note sheets with 发货 and says where they disagree, one problem per note:
 * - a readable sheet some of whose lines 发货 lacks (matched by 单号, 订单号 and 行号, each row
 *   once): error `note-rows-missing` {number, count}, and a NoteRepair to append them from the sheet;
 * - 发货 rows of a note with a sheet whose 数量 differs from the sheet's line, or whose line the sheet
 *   does not have: warning `note-rows-differ` {number, lines} (`订单号:行号`, comma-separated). Not
 *   repaired: the sheet is the source document, but whether 发货 was edited on purpose (a short
 *   delivery agreed by phone) is the clerk's call;
 * - a note number in 发货 without a sheet: info `note-sheet-missing` {number}, see below;
 * - a sheet named like a note that is not readable as one (no lines table, a number other than the
 *   sheet's name, no date, a line without its order line or quantity): warning `note-sheet-unreadable`.
 * Nothing is said when 发货 is missing or lacks 单号, 订单号 or 行号 (the check's structure problems
 * say that), as every line would otherwise look missing.
 * @param sheets the workbook's sheets named like notes (others are ignored), with their content.
 * @returns problems (note sheets in the given order, then missing sheets in ledger order) and the
 *   repairs for the notes whose rows are missing.
 */
export function reconcileNotes(
  data: WorkbookData,
  sheets: readonly NoteSheetRead[],
  lang: Lang,
): { problems: Problem[]; repairs: NoteRepair[] } {
  const problems: Problem[] = [];
  const repairs: NoteRepair[] = [];
  const ledger = data[SHIPMENTS_TABLE.table];
  if (!ledger || ![S.number, S.orderNo, S.lineNo].every((h) => ledger.headers.includes(h))) {
    return { problems, repairs };
  }
  const prefixes = notePrefixes(data);
  const at = tableReader(ledger);
  const numberOf = columnReader(ledger, S.number);
  const rowsOf = new Map<string, number[]>();
  for (let row = 0; row < ledger.rows.length; row++) {
    const key = matchKey(numberOf(row));
    if (key !== null) rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]);
  }

  const present = new Set<string>();
  let earliest: number | null = null;
  for (const { name, content } of sheets) {
    const kind = noteKindOfName(name, prefixes);
    if (kind === null) continue;
    present.add(name.trim().toUpperCase());
    if (!content || content.number.toUpperCase() !== name.trim().toUpperCase() || content.date === null) {
      problems.push(makeProblem(lang, "warning", "note-sheet-unreadable", { sheet: name }, { sheet: name }));
      continue;
    }
    earliest = earliest === null ? content.date : Math.min(earliest, content.date);
    const note = noteFromSheet(data, { ...content, date: content.date }, content.kind ?? kind, lang);
    const missing = missingLedgerLines(note, ledger);
    if (missing.length > 0) {
      problems.push(
        makeProblem(
          lang,
          "error",
          "note-rows-missing",
          { sheet: name },
          { number: note.number, count: missing.length },
        ),
      );
      repairs.push({ sheet: name, note, missing });
    }
    const differing = differingRows(note, ledger, rowsOf.get(matchKey(note.number) ?? "") ?? []);
    const first = differing[0];
    if (first !== undefined) {
      const lines = differing.map(
        (row) => `${cellText(at.get(row, S.orderNo))}:${cellText(at.get(row, S.lineNo))}`,
      );
      problems.push(
        makeProblem(
          lang,
          "warning",
          "note-rows-differ",
          { sheet: ledger.sheet, cell: at.cell(first, S.quantity) },
          { number: note.number, lines: [...new Set(lines)].join(", ") },
        ),
      );
    }
  }

  // A note in 发货 whose sheet is gone is worth a word only while it may still matter and only
  // where sheets are kept at all. A clerk may delete a printed note's sheet once the signed copy is
  // back (回单状态 已回 or 异常), and notes older than the oldest sheet the workbook still has were
  // most likely cleared out together, or written before notes had sheets (the demo's ledger, hand-
  // typed history). So: only notes still 未回 (or blank), dated on or after the earliest note sheet.
  if (earliest === null) return { problems, repairs };
  const date = columnReader(ledger, S.date);
  const signed = columnReader(ledger, S.signed);
  for (const [key, rows] of rowsOf) {
    const firstRow = rows[0]!;
    const number = cellText(numberOf(firstRow));
    if (present.has(key) || noteKindOfName(number, prefixes) === null) continue;
    const open = rows.every((row) => isBlank(signed(row)) || cellText(signed(row)) === NOT_RETURNED);
    const dates = rows.map((row) => cellNumber(date(row)));
    if (!open || dates.some((d) => d === null) || Math.min(...(dates as number[])) < earliest) continue;
    problems.push(
      makeProblem(
        lang,
        "info",
        "note-sheet-missing",
        { sheet: ledger.sheet, cell: at.cell(firstRow, S.number) },
        { number },
      ),
    );
  }
  return { problems, repairs };
}
