/** Workbook factories shared by the xlsx tests. */
import {
  emptyWorkbook,
  ensureCell,
  newSheet,
  type Cell,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "../model";

/** A workbook of the given sheets, with ids handed out from `nextId`. */
export function makeBook(...names: string[]): WorkbookModel {
  const book = emptyWorkbook();
  for (const name of names) book.sheets.push(newSheet(String(book.nextId++), name));
  return book;
}

export function sheetOf(book: WorkbookModel, index = 0): SheetModel {
  const sheet = book.sheets[index];
  if (!sheet) throw new Error(`no sheet ${index}`);
  return sheet;
}

export function put(sheet: SheetModel, row: number, col: number, cell: Cell): void {
  Object.assign(ensureCell(sheet, row, col), cell);
}

/**
 * An 订单-like table `Orders` at A1 on the first sheet: 数量, 单价 and a 金额 column computed by
 * `amountFormula`, with `rows` body rows and optionally a totals row summing 金额.
 */
export function makeOrdersBook(options: {
  rows: number;
  amountFormula: string;
  totals?: boolean;
}): WorkbookModel {
  const book = makeBook("订单");
  const sheet = sheetOf(book);
  const headers = ["数量", "单价", "金额"];
  headers.forEach((name, col) => put(sheet, 0, col, { value: name }));
  for (let i = 0; i < options.rows; i++) {
    put(sheet, i + 1, 0, { value: i + 1 });
    put(sheet, i + 1, 1, { value: 2.5 });
    put(sheet, i + 1, 2, { formula: options.amountFormula });
  }
  const totalsRow = options.rows + 1;
  if (options.totals) {
    put(sheet, totalsRow, 0, { value: "合计" });
    put(sheet, totalsRow, 2, { formula: "=SUBTOTAL(109,Orders[金额])" });
  }
  const table: TableModel = {
    id: String(book.nextId++),
    name: "Orders",
    sheetId: sheet.id,
    ref: { row: 0, col: 0, rows: options.rows + 1 + (options.totals ? 1 : 0), cols: 3 },
    columns: headers.map((name, i) => ({ id: i + 1, name })),
    showHeaders: true,
    showTotals: options.totals === true,
    style: "TableStyleMedium2",
  };
  book.tables.push(table);
  return book;
}
