/**
 * A note's rows in the 发货 ledger, and where they go: directly below the table's last filled row,
 * so that Excel grows the table over them (never `rows.add`, which conflicts under co-authoring).
 */
import { rectAddress } from "../address";
import { fenToNumber } from "../money";
import { lineKey, matchKey, specHeader } from "../orders/tracking";
import type { CellConstant, PlanStep } from "../plan";
import { SHIPMENT_TYPES, SHIPMENTS_TABLE, SIGNED_COPY_STATES } from "../workbook/schema";
import { isBlank, type TableData } from "../workbook/tableData";
import type { NoteDocument, NoteLine } from "./note";

const [DELIVERY_TYPE, RETURN_TYPE] = SHIPMENT_TYPES;
const [NOT_RETURNED] = SIGNED_COPY_STATES;
const NUMBER = specHeader(SHIPMENTS_TABLE, "单号");
const ORDER_NO = specHeader(SHIPMENTS_TABLE, "订单号");
const LINE_NO = specHeader(SHIPMENTS_TABLE, "行号");

/** The value of each contract column of 发货 for one line of a note. */
function ledgerValues(note: NoteDocument, line: NoteLine): Record<string, CellConstant> {
  return {
    [NUMBER]: note.number,
    日期: note.date,
    类型: note.kind === "return" ? RETURN_TYPE : DELIVERY_TYPE,
    客户: note.customer.name,
    订单号: line.orderNo,
    行号: line.lineNo,
    货号: line.itemNo,
    品名: line.name,
    规格: line.spec,
    颜色: line.color,
    单位: line.unit,
    数量: line.quantity,
    币种: note.customer.currency,
    单价: line.price === null ? "" : fenToNumber(line.price),
    金额: fenToNumber(line.amount),
    箱数: line.boxes ?? "",
    回单状态: NOT_RETURNED,
    回单日期: "",
    备注: line.remark,
  };
}

/** The headers ledgerValues fills, checked against the contract once when this module loads. */
const LEDGER_HEADERS: readonly string[] = SHIPMENTS_TABLE.columns.map((c) =>
  specHeader(SHIPMENTS_TABLE, c.header),
);

/**
 * The body row (0-based, may equal `rows.length`) where appended rows start: just after the last
 * row holding anything in a contract column. Blank rows at the end of the table (Excel keeps one in
 * a table created without data) are filled rather than left as a gap.
 */
export function appendRow(ledger: TableData): number {
  const cols = LEDGER_HEADERS.map((h) => ledger.headers.indexOf(h)).filter((c) => c >= 0);
  for (let row = ledger.rows.length - 1; row >= 0; row--) {
    const cells = ledger.rows[row]!;
    if (cols.some((c) => !isBlank(cells[c]))) return row + 1;
  }
  return 0;
}

/**
 * The steps that write `lines` of the note into 发货 from body row `start`: blank cells inserted
 * there across the table (so rows a co-author wrote at the same place meanwhile move down rather
 * than being written over), then one values block per run of adjacent contract columns, so a
 * column the clerk added between them (perhaps a formula) is left to the table to fill.
 */
export function ledgerSteps(
  note: NoteDocument,
  lines: readonly NoteLine[],
  ledger: TableData,
  start: number,
): PlanStep[] {
  const rows = lines.map((line) => ledgerValues(note, line));
  const runs: { col: number; headers: string[] }[] = [];
  ledger.headers.forEach((header, col) => {
    if (!LEDGER_HEADERS.includes(header) || ledger.headers.indexOf(header) !== col) return;
    const last = runs[runs.length - 1];
    if (last && last.col + last.headers.length === col) last.headers.push(header);
    else runs.push({ col, headers: [header] });
  });
  // Blank cells first, across the whole table: whatever a co-author wrote here meanwhile moves down.
  const insert: PlanStep = {
    kind: "insertDown",
    sheet: ledger.sheet,
    address: rectAddress({
      row: ledger.row + 1 + start,
      col: ledger.col,
      rows: rows.length,
      cols: ledger.headers.length,
    }),
  };
  return [
    insert,
    ...runs.map((run): PlanStep => ({
      kind: "values",
      sheet: ledger.sheet,
      address: rectAddress({
        row: ledger.row + 1 + start,
        col: ledger.col + run.col,
        rows: rows.length,
        cols: run.headers.length,
      }),
      values: rows.map((r) => run.headers.map((h) => r[h] ?? "")),
    })),
  ];
}

/** The 单号 column's index in the table, or -1. */
export function numberColumn(ledger: TableData): number {
  return ledger.headers.indexOf(NUMBER);
}

/**
 * The lines of `note` (or of `lines`, a part of it) that `ledger` does not hold: no row with the
 * note's 单号 and the line's 订单号 and 行号. A line is matched once, so two lines of one order line
 * need two rows.
 */
export function missingLedgerLines(
  note: NoteDocument,
  ledger: TableData,
  lines: readonly NoteLine[] = note.lines,
): NoteLine[] {
  const number = ledger.headers.indexOf(NUMBER);
  const orderNo = ledger.headers.indexOf(ORDER_NO);
  const lineNo = ledger.headers.indexOf(LINE_NO);
  const present = new Map<string, number>();
  const wanted = matchKey(note.number);
  if (number >= 0 && orderNo >= 0 && lineNo >= 0) {
    for (const row of ledger.rows) {
      if (matchKey(row[number]) !== wanted) continue;
      const key = lineKey(row[orderNo], row[lineNo]);
      if (key !== null) present.set(key, (present.get(key) ?? 0) + 1);
    }
  }
  return lines.filter((line) => {
    const key = lineKey(line.orderNo, line.lineNo);
    const left = key === null ? 0 : (present.get(key) ?? 0);
    if (left === 0) return true;
    present.set(key!, left - 1);
    return false;
  });
}
