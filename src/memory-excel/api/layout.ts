/**
 * Structural changes on the model: tables growing when values are written next to them, header
 * cells and column names kept in step, and cells shifted by `Range.insert` / `Range.delete`.
 */
import {
  type Cell,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "../model";
import { cellShownValue, hasContent } from "./cells";
import { invalidOperation } from "./errors";
import { intersect, parseReferenceFormula, sheetAddress } from "./rects";
import { quoteSheetName } from "../../core/address";

/** The table's header row, or null when headers are hidden. */
export function headerRect(table: TableModel): Rect | null {
  return table.showHeaders ? { row: table.ref.row, col: table.ref.col, rows: 1, cols: table.ref.cols } : null;
}

/** The table's body (between the header and the totals row); may have 0 rows in a degenerate table. */
export function bodyRect(table: TableModel): Rect {
  const top = table.ref.row + (table.showHeaders ? 1 : 0);
  const rows = table.ref.rows - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
  return { row: top, col: table.ref.col, rows: Math.max(0, rows), cols: table.ref.cols };
}

export function totalsRect(table: TableModel): Rect | null {
  if (!table.showTotals) return null;
  return { row: table.ref.row + table.ref.rows - 1, col: table.ref.col, rows: 1, cols: table.ref.cols };
}

export function tablesOn(book: WorkbookModel, sheet: SheetModel): TableModel[] {
  return book.tables.filter((t) => t.sheetId === sheet.id);
}

/** `name`, or `name2`, `name3`... so that it differs (case-insensitively) from `taken`. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toUpperCase()));
  if (!used.has(name.toUpperCase())) return name;
  for (let n = 2; ; n++) if (!used.has(`${name}${n}`.toUpperCase())) return `${name}${n}`;
}

function headerText(sheet: SheetModel, row: number, col: number): string {
  const v = cellShownValue(sheet.cells[row]?.[col]);
  return typeof v === "string" ? v : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

function setText(sheet: SheetModel, row: number, col: number, text: string): void {
  let cells = sheet.cells[row];
  if (!cells) {
    cells = [];
    sheet.cells[row] = cells;
  }
  const cell = cells[col];
  if (cell) {
    cell.value = text;
    delete cell.formula;
    delete cell.computed;
  } else cells[col] = { value: text };
}

/**
 * Column names from the header cells as Excel makes them: blank headers become `ColumnN`,
 * duplicates get a number; the cells are rewritten to show the names.
 */
export function syncHeaderNames(sheet: SheetModel, table: TableModel, fromCol: number, toCol: number): void {
  const header = headerRect(table);
  if (!header) return;
  for (let c = Math.max(fromCol, table.ref.col); c < Math.min(toCol, table.ref.col + table.ref.cols); c++) {
    const index = c - table.ref.col;
    const column = table.columns[index];
    if (!column) continue;
    let name = headerText(sheet, header.row, c).trim() === "" ? "" : headerText(sheet, header.row, c);
    const others = table.columns.filter((_, i) => i !== index).map((col) => col.name);
    if (name === "") name = uniqueName(`Column${index + 1}`, others);
    else name = uniqueName(name, others);
    column.name = name;
    if (headerText(sheet, header.row, c) !== name) setText(sheet, header.row, c, name);
  }
}

/** Gives a table's column a new name and shows it in the header cell. */
export function renameColumn(sheet: SheetModel, table: TableModel, index: number, name: string): void {
  const column = table.columns[index];
  if (!column) return;
  column.name = uniqueName(
    name,
    table.columns.filter((_, i) => i !== index).map((c) => c.name),
  );
  const header = headerRect(table);
  if (header) setText(sheet, header.row, table.ref.col + index, column.name);
}

/** Validation on `area` that is not whole-column blocks a table from growing into it. */
function validationBlocks(sheet: SheetModel, area: Rect): boolean {
  return sheet.dataValidations.some((v) =>
    v.ranges.some((r) => intersect(r, area) !== null && !(r.row === 0 && r.rows === MAX_ROWS)),
  );
}

/** A formula that every body cell of a column shares: Excel's calculated column, filled into new rows. */
function calculatedFormula(sheet: SheetModel, body: Rect, col: number): string | null {
  if (body.rows === 0) return null;
  const first = sheet.cells[body.row]?.[col]?.formula;
  if (first === undefined) return null;
  for (let r = body.row + 1; r < body.row + body.rows; r++) {
    if (sheet.cells[r]?.[col]?.formula !== first) return null;
  }
  return first;
}

/** Extends rule rectangles that span a table's whole body so they cover the new rows too. */
function extendBodyRules(sheet: SheetModel, oldBody: Rect, newRows: number): void {
  const grow = (r: Rect): void => {
    if (
      r.row === oldBody.row &&
      r.rows === oldBody.rows &&
      r.col >= oldBody.col &&
      r.col + r.cols <= oldBody.col + oldBody.cols
    ) {
      r.rows += newRows;
    }
  };
  for (const v of sheet.dataValidations) v.ranges.forEach(grow);
  for (const cf of sheet.conditionalFormats) cf.ranges.forEach(grow);
}

/**
 * Excel's auto-expansion after values are written to `rect`: a block written directly below a
 * table (starting in the table or right under it) joins the table if it holds any value and no
 * cell-level validation is in the way; a block in the column right of the table adds columns.
 * New rows take the last body row's formats and the table's calculated columns.
 */
export function growTables(book: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  const tables = tablesOn(book, sheet);
  for (const table of tables) {
    if (table.showTotals) continue;
    const end = table.ref.row + table.ref.rows;
    const rectEnd = rect.row + rect.rows;
    const cols = intersect(
      { row: 0, col: table.ref.col, rows: MAX_ROWS, cols: table.ref.cols },
      { row: 0, col: rect.col, rows: MAX_ROWS, cols: rect.cols },
    );
    if (cols && rect.row >= table.ref.row && rect.row <= end && rectEnd > end) {
      const below: Rect = { row: end, col: table.ref.col, rows: rectEnd - end, cols: table.ref.cols };
      const written: Rect = { row: end, col: cols.col, rows: rectEnd - end, cols: cols.cols };
      const collides = tables.some((t) => t !== table && intersect(t.ref, below) !== null);
      if (!collides && hasContent(sheet, written) && !validationBlocks(sheet, written)) {
        const oldBody = bodyRect(table);
        const templateRow = sheet.cells[end - 1];
        for (let c = table.ref.col; c < table.ref.col + table.ref.cols; c++) {
          const formula = calculatedFormula(sheet, oldBody, c);
          const style = templateRow?.[c]?.style;
          for (let r = end; r < rectEnd; r++) {
            let cells = sheet.cells[r];
            if (!cells) {
              cells = [];
              sheet.cells[r] = cells;
            }
            let cell: Cell | undefined = cells[c];
            const blank = !cell || (cell.value === undefined && cell.formula === undefined);
            if (formula !== null && blank) {
              cell ??= {};
              cells[c] = cell;
              cell.formula = formula;
            }
            if (style && !cell?.style) {
              cell ??= {};
              cells[c] = cell;
              cell.style = style;
            }
          }
        }
        extendBodyRules(sheet, oldBody, below.rows);
        table.ref = { ...table.ref, rows: table.ref.rows + below.rows };
      }
    }
    const right = table.ref.col + table.ref.cols;
    const rectRight = rect.col + rect.cols;
    const rows = intersect(
      { row: table.ref.row, col: 0, rows: table.ref.rows, cols: MAX_COLUMNS },
      { row: rect.row, col: 0, rows: rect.rows, cols: MAX_COLUMNS },
    );
    if (rows && rect.col <= right && rectRight > right && rect.col >= table.ref.col) {
      const beside: Rect = { row: table.ref.row, col: right, rows: table.ref.rows, cols: rectRight - right };
      const written: Rect = { row: rows.row, col: right, rows: rows.rows, cols: rectRight - right };
      const collides = tables.some((t) => t !== table && intersect(t.ref, beside) !== null);
      if (!collides && hasContent(sheet, written)) {
        const added = rectRight - right;
        for (let i = 0; i < added; i++) {
          table.columns.push({ id: nextColumnId(table), name: "" });
        }
        table.ref = { ...table.ref, cols: table.ref.cols + added };
        syncHeaderNames(sheet, table, right, rectRight);
      }
    }
  }
}

export function nextColumnId(table: TableModel): number {
  return table.columns.reduce((m, c) => Math.max(m, c.id), 0) + 1;
}

/** After a write: header cells that changed rename their columns. */
export function syncHeadersAfterWrite(book: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const table of tablesOn(book, sheet)) {
    const header = headerRect(table);
    if (header && intersect(header, rect)) syncHeaderNames(sheet, table, rect.col, rect.col + rect.cols);
  }
}

/** A cell shift: `count` rows (or columns) inserted (positive) or deleted (negative) at `at`, across `band`. */
interface Shift {
  axis: "rows" | "cols";
  at: number;
  count: number;
  /** The other axis: the columns (for row shifts) or rows (for column shifts) that move. */
  bandStart: number;
  bandEnd: number;
}

/** Where a span [start, start+length) goes under a shift along its axis; null when deleted. */
function shiftSpan(start: number, length: number, at: number, count: number): [number, number] | null {
  const end = start + length;
  if (count > 0) {
    if (start >= at) return [start + count, length];
    if (end > at) return [start, length + count];
    return [start, length];
  }
  const delEnd = at - count;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, at));
  const remaining = length - overlap;
  if (remaining <= 0) return null;
  const newStart = start < at ? start : start >= delEnd ? start + count : at;
  return [newStart, remaining];
}

/** Moves a rectangle by a shift. "conflict" when the shift would split it (part of it moves). */
function shiftRect(r: Rect, s: Shift): Rect | null | "conflict" {
  const [start, length, bandStart, bandLength] =
    s.axis === "rows" ? [r.row, r.rows, r.col, r.cols] : [r.col, r.cols, r.row, r.rows];
  const bandEnd = bandStart + bandLength;
  if (bandEnd <= s.bandStart || bandStart >= s.bandEnd) return r;
  // Only what reaches the shift point moves or resizes.
  if (start + length <= s.at) return r;
  if (bandStart < s.bandStart || bandEnd > s.bandEnd) return "conflict";
  const moved = shiftSpan(start, length, s.at, s.count);
  if (!moved) return null;
  return s.axis === "rows"
    ? { row: moved[0], col: r.col, rows: moved[1], cols: r.cols }
    : { row: r.row, col: moved[0], rows: r.rows, cols: moved[1] };
}

function moveRowCells(sheet: SheetModel, s: Shift): void {
  const last = sheet.cells.length - 1;
  const wholeRows = s.bandStart === 0 && s.bandEnd >= MAX_COLUMNS;
  if (wholeRows) {
    const rows = sheet.cells;
    if (s.count > 0) {
      for (let r = last; r >= s.at; r--) {
        if (r in rows) rows[r + s.count] = rows[r]!;
        else delete rows[r + s.count];
      }
      for (let r = s.at; r < s.at + s.count; r++) delete rows[r];
    } else {
      const n = -s.count;
      for (let r = s.at; r <= last; r++) {
        if (r + n in rows) rows[r] = rows[r + n]!;
        else delete rows[r];
      }
      rows.length = Math.max(s.at, rows.length - n);
    }
    return;
  }
  const moveCell = (from: number, to: number, col: number): void => {
    const cell = sheet.cells[from]?.[col];
    let target = sheet.cells[to];
    if (!target) {
      if (!cell) return;
      target = [];
      sheet.cells[to] = target;
    }
    target[col] = cell;
  };
  const colEnd = Math.min(s.bandEnd, MAX_COLUMNS);
  const maxCol = sheet.cells.reduce((m, row) => Math.max(m, row.length), 0);
  const end = Math.min(colEnd, maxCol);
  if (s.count > 0) {
    for (let r = last; r >= s.at; r--) for (let c = s.bandStart; c < end; c++) moveCell(r, r + s.count, c);
    for (let r = s.at; r < s.at + s.count; r++) for (let c = s.bandStart; c < end; c++) moveCell(-1, r, c);
  } else {
    const n = -s.count;
    for (let r = s.at; r <= last; r++) for (let c = s.bandStart; c < end; c++) moveCell(r + n, r, c);
  }
}

function moveColumnCells(sheet: SheetModel, s: Shift): void {
  const rowEnd = Math.min(s.bandEnd, sheet.cells.length);
  for (let r = s.bandStart; r < rowEnd; r++) {
    const cells = sheet.cells[r];
    if (!cells) continue;
    const last = cells.length - 1;
    if (s.count > 0) {
      for (let c = last; c >= s.at; c--) {
        if (c in cells) cells[c + s.count] = cells[c];
        else delete cells[c + s.count];
      }
      for (let c = s.at; c < s.at + s.count && c <= last; c++) delete cells[c];
    } else {
      const n = -s.count;
      for (let c = s.at; c <= last; c++) {
        if (c + n in cells) cells[c] = cells[c + n];
        else delete cells[c];
      }
      cells.length = Math.max(Math.min(s.at, cells.length), cells.length - n);
    }
  }
}

/** Adjusts a reference formula such as `=参数!$B$5` on the shifted sheet. */
function shiftReference(sheet: SheetModel, formula: string, s: Shift): string {
  const ref = parseReferenceFormula(formula);
  if (!ref || ref.sheet.toUpperCase() !== sheet.name.toUpperCase()) return formula;
  const moved = shiftRect(ref.rect, s);
  if (moved === "conflict" || moved === ref.rect) return formula;
  if (moved === null) return `=${quoteSheetName(sheet.name)}!#REF!`;
  return `=${sheetAddress(sheet.name, moved, true)}`;
}

/**
 * Inserts (count > 0) or deletes (count < 0) cells and moves what follows, with the tables,
 * merges, validation, conditional formats, print area, selection, names and chart series on that
 * sheet (charts themselves stay where they are).
 * Cell formulas are not rewritten.
 * @throws InvalidOperation when the shift would move part of a table or a merged area.
 */
export function shiftCells(
  book: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  axis: "rows" | "cols",
  insert: boolean,
): void {
  const s: Shift =
    axis === "rows"
      ? {
          axis,
          at: rect.row,
          count: insert ? rect.rows : -rect.rows,
          bandStart: rect.col,
          bandEnd: rect.col + rect.cols,
        }
      : {
          axis,
          at: rect.col,
          count: insert ? rect.cols : -rect.cols,
          bandStart: rect.row,
          bandEnd: rect.row + rect.rows,
        };
  const tables = tablesOn(book, sheet);
  for (const t of tables) {
    if (shiftRect(t.ref, s) === "conflict")
      throw invalidOperation("the change would move part of a table", "Range.insert");
  }
  for (const m of sheet.merges) {
    if (shiftRect(m, s) === "conflict")
      throw invalidOperation("the change would move part of a merged area", "Range.insert");
  }
  if (axis === "rows") moveRowCells(sheet, s);
  else moveColumnCells(sheet, s);

  for (const t of tables) {
    const moved = shiftRect(t.ref, s);
    if (moved === null) book.tables.splice(book.tables.indexOf(t), 1);
    else if (moved !== "conflict") {
      if (s.axis === "cols" && moved.cols !== t.ref.cols) adjustColumns(sheet, t, moved, s);
      t.ref = moved;
    }
  }
  const shiftAll = (rects: Rect[]): Rect[] =>
    rects.flatMap((r) => {
      const moved = shiftRect(r, s);
      return moved === null ? [] : moved === "conflict" ? [r] : [moved];
    });
  sheet.merges = shiftAll(sheet.merges);
  for (const v of sheet.dataValidations) v.ranges = shiftAll(v.ranges);
  sheet.dataValidations = sheet.dataValidations.filter((v) => v.ranges.length > 0);
  for (const cf of sheet.conditionalFormats) cf.ranges = shiftAll(cf.ranges);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  const area = sheet.pageLayout.printArea;
  if (area) {
    const moved = shiftRect(area, s);
    if (moved === null) delete sheet.pageLayout.printArea;
    else if (moved !== "conflict") sheet.pageLayout.printArea = moved;
  }
  if (book.selection?.sheetId === sheet.id) {
    const moved = shiftRect(book.selection.rect, s);
    if (moved && moved !== "conflict") book.selection = { sheetId: sheet.id, rect: moved };
  }
  for (const name of book.names) name.formula = shiftReference(sheet, name.formula, s);
  // Chart series follow their cells, as Excel rewrites their references.
  for (const other of book.sheets) {
    for (const chart of other.charts) {
      for (const series of chart.series) {
        series.values = shiftReference(sheet, series.values, s);
        if (series.categories !== undefined) series.categories = shiftReference(sheet, series.categories, s);
      }
    }
  }
}

/** Inserted or deleted columns inside a table add or drop table columns. */
function adjustColumns(sheet: SheetModel, table: TableModel, moved: Rect, s: Shift): void {
  const index = s.at - table.ref.col;
  if (s.count > 0) {
    const added = moved.cols - table.ref.cols;
    const fresh = Array.from({ length: added }, () => ({ id: 0, name: "" }));
    table.columns.splice(index, 0, ...fresh);
    let id = nextColumnId(table);
    for (const c of fresh) c.id = id++;
    const tmp = { ...table, ref: moved };
    syncHeaderNames(sheet, tmp, s.at, s.at + added);
  } else {
    const start = Math.max(0, index);
    table.columns.splice(start, table.ref.cols - moved.cols);
  }
}
