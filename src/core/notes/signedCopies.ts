/**
 * 回单 (signed copy) tracking: which notes' signed copies have not come back, and marking them.
 * A note is the set of 发货 rows sharing a 单号; its signed copy is tracked on every one of them.
 */
import { cellAddress, rectAddress } from "../address";
import { makeProblem } from "../messages";
import { cellNumber, columnReader, matchKey } from "../orders/tracking";
import type { CellConstant, PlanStep } from "../plan";
import type { Lang, Problem } from "../problems";
import { SHIPMENTS_TABLE, SIGNED_COPY_STATES } from "../workbook/schema";
import { isBlank, type TableData, type WorkbookData } from "../workbook/tableData";
import { SHIPMENT as H } from "./columns";

/** A note whose signed copy is overdue. */
export interface PendingSignedCopy {
  /** 单号 */
  number: string;
  /** The note's date (serial). */
  date: number;
  customer: string;
  /** Days since the note's date. */
  days: number;
  /** 发货 rows of the note. */
  rows: number;
}

/** What the clerk records about a note's signed copy. */
export interface SignedCopyMark {
  number: string;
  state: "已回" | "异常";
  /** Why, for 异常; written to 备注 of the note's rows. */
  remark?: string;
}

type SignedCopyState = (typeof SIGNED_COPY_STATES)[number];

/** What setup and issued notes write while the signed copy is out; typed so a renamed state fails to compile. */
const NOT_BACK: SignedCopyState = "未回";
const ANOMALY: SignedCopyState = "异常";

/** Separators of an entry appended to 备注, as a clerk would type them. */
const REMARK_SEPARATOR = "；";
const REMARK_LABEL_SEPARATOR = "：";

/** The grouping key of a 单号: trimmed and without regard to case; null for a blank cell. */
function noteKey(value: CellConstant | undefined): string | null {
  return matchKey(typeof value === "string" ? value.trim() : value);
}

/** A 单号 as the clerk wrote it, without surrounding spaces. */
function noteText(value: CellConstant | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value.trim() : String(value);
}

/** A note's 发货 body rows, in sheet order, with the 单号 as its first row writes it. */
interface NoteRows {
  number: string;
  rows: number[];
}

/** The notes of 发货 by grouping key, in order of first appearance; rows without a 单号 belong to none. */
function groupNotes(table: TableData): Map<string, NoteRows> {
  const number = columnReader(table, H.number);
  const notes = new Map<string, NoteRows>();
  for (let row = 0; row < table.rows.length; row++) {
    const key = noteKey(number(row));
    if (key === null) continue;
    const note = notes.get(key);
    if (note) note.rows.push(row);
    else notes.set(key, { number: noteText(number(row)), rows: [row] });
  }
  return notes;
}

/** Whether a 回单状态 cell says the signed copy is still out: 未回, or blank (a clerk may clear it). */
function isNotBack(value: CellConstant | undefined): boolean {
  return isBlank(value) || (typeof value === "string" && value.trim() === NOT_BACK);
}

/**
 * The notes whose signed copy is overdue: some row of the note has 回单状态 未回 or blank, and the
 * note's date (the earliest 日期 of its rows) lies more than `days` days before today.
 * Rows are grouped by 单号 trimmed and without regard to case; rows with a blank 单号, and notes
 * with no date on any row, are left out (the order check reports those cells).
 * @param today the serial date the age is measured against.
 * @param days how long a signed copy may take (对账回传天数 or what the clerk chose); a note exactly
 *   `days` old is not yet pending. 0 lists every note still out, today's included, so a signed copy
 *   the driver brings back the same day can be recorded.
 * @returns oldest first; notes of the same date in sheet order. Empty without a Shipments table or
 *   its 回单状态 column.
 */
export function pendingSignedCopies(data: WorkbookData, today: number, days: number): PendingSignedCopy[] {
  const table = data[SHIPMENTS_TABLE.table];
  if (!table || !table.headers.includes(H.signed)) return [];
  const state = columnReader(table, H.signed);
  const date = columnReader(table, H.date);
  const customer = columnReader(table, H.customer);
  const day = Math.floor(today);

  const pending: PendingSignedCopy[] = [];
  for (const note of groupNotes(table).values()) {
    if (!note.rows.some((row) => isNotBack(state(row)))) continue;
    let earliest: number | null = null;
    for (const row of note.rows) {
      const value = cellNumber(date(row));
      if (value !== null && (earliest === null || value < earliest)) earliest = value;
    }
    if (earliest === null) continue;
    // A date typed with a time of day still counts as that day.
    const noteDate = Math.floor(earliest);
    const age = day - noteDate;
    if (!(age > days || (days <= 0 && age >= 0))) continue;
    pending.push({
      number: note.number,
      date: noteDate,
      customer: noteText(customer(note.rows[0]!)),
      days: age,
      rows: note.rows.length,
    });
  }
  // Array.prototype.sort is stable, so equal dates keep sheet order.
  return pending.sort((a, b) => a.date - b.date);
}

/** What marking a note writes: the steps, the note's 单号 as written and how many 发货 rows it has. */
export interface SignedCopyPlan {
  steps: PlanStep[];
  number: string;
  rows: number;
}

/** Runs of consecutive body rows, e.g. [3, 4, 5, 9] → [[3, 4, 5], [9]]. */
function runsOf(rows: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === row - 1) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/**
 * 备注 with `entry` appended after what the clerk wrote, or null when it already mentions `remark`
 * (marking the same anomaly twice writes it once).
 */
function appendRemark(existing: CellConstant | undefined, remark: string, entry: string): string | null {
  const text = isBlank(existing) ? "" : noteText(existing);
  if (text.includes(remark)) return null;
  return text === "" ? entry : `${text}${REMARK_SEPARATOR}${entry}`;
}

/**
 * The values steps that record a note's signed copy on every 发货 row of its 单号: 回单状态 =
 * `mark.state`, 回单日期 = today (a serial number; the column's date format is already there), and,
 * when a remark is given, `existing；异常：remark` in 备注 (kept as it is when the remark is already
 * there). A remark is required for 异常 and also recorded for 已回 when the clerk gives one. Cells
 * that already hold the new value are not written; the rest go in one block per column and run of
 * contiguous rows.
 * @param today the serial date written to 回单日期.
 * @returns the steps, or problems and nothing to write: table-missing, column-missing (单号,
 *   回单状态, 回单日期, and 备注 when a remark is to be written), not-in-list (a state other than
 *   已回 or 异常), remark-required, note-not-found.
 */
export function markSignedCopyPlan(
  data: WorkbookData,
  mark: SignedCopyMark,
  today: number,
  lang: Lang,
): SignedCopyPlan | { problems: Problem[] } {
  const table = data[SHIPMENTS_TABLE.table];
  if (!table) {
    const where = { sheet: SHIPMENTS_TABLE.sheet };
    return {
      problems: [
        makeProblem(lang, "error", "table-missing", where, {
          table: SHIPMENTS_TABLE.table,
          sheet: SHIPMENTS_TABLE.sheet,
        }),
      ],
    };
  }

  const remark = (mark.remark ?? "").trim();
  const needed = [H.number, H.signed, H.signedDate, ...(remark === "" ? [] : [H.remark])];
  const header = { sheet: table.sheet, cell: cellAddress(table.row, table.col) };
  const missing = needed.filter((h) => !table.headers.includes(h));
  if (missing.length > 0) {
    return {
      problems: missing.map((column) =>
        makeProblem(lang, "error", "column-missing", header, {
          table: SHIPMENTS_TABLE.table,
          sheet: table.sheet,
          column,
        }),
      ),
    };
  }

  const number = mark.number.trim();
  const problems: Problem[] = [];
  const state: string = mark.state;
  // The type allows only these two, but the CLI and the pane hand over what the clerk typed.
  if (state === NOT_BACK || !(SIGNED_COPY_STATES as readonly string[]).includes(state)) {
    problems.push(
      makeProblem(
        lang,
        "error",
        "not-in-list",
        { sheet: table.sheet },
        {
          column: H.signed,
          options: SIGNED_COPY_STATES.filter((s) => s !== NOT_BACK).join(" / "),
          value: state,
        },
      ),
    );
  }
  if (state === ANOMALY && remark === "") {
    problems.push(makeProblem(lang, "error", "remark-required", { sheet: table.sheet }, { number }));
  }
  const key = noteKey(number);
  const note = key === null ? undefined : groupNotes(table).get(key);
  if (!note) {
    const numberHeader = cellAddress(table.row, table.col + table.headers.indexOf(H.number));
    problems.push(
      makeProblem(lang, "error", "note-not-found", { sheet: table.sheet, cell: numberHeader }, { number }),
    );
  }
  if (problems.length > 0 || !note) return { problems };

  const entry = `${state}${REMARK_LABEL_SEPARATOR}${remark}`;
  const columns: { header: string; value: (old: CellConstant | undefined) => CellConstant | null }[] = [
    { header: H.signed, value: () => state },
    { header: H.signedDate, value: () => today },
  ];
  if (remark !== "") columns.push({ header: H.remark, value: (old) => appendRemark(old, remark, entry) });

  const steps: PlanStep[] = [];
  for (const column of columns) {
    const col = table.headers.indexOf(column.header);
    const read = columnReader(table, column.header);
    const changes = new Map<number, CellConstant>();
    for (const row of note.rows) {
      const old = read(row);
      const next = column.value(old);
      if (next !== null && next !== old) changes.set(row, next);
    }
    for (const run of runsOf([...changes.keys()])) {
      steps.push({
        kind: "values",
        sheet: table.sheet,
        address: rectAddress({
          row: table.row + 1 + run[0]!,
          col: table.col + col,
          rows: run.length,
          cols: 1,
        }),
        values: run.map((row) => [changes.get(row)!]),
      });
    }
  }
  return { steps, number: note.number, rows: note.rows.length };
}
