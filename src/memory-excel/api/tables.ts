/** `Excel.TableCollection`, `Excel.Table`, its columns and rows. */
import type { SheetModel, TableColumnModel, TableModel, WorkbookModel, Rect } from "../model";
import { cellShownValue, checkShape, clearCells, writeCells } from "./cells";
import type { MemoryContext } from "./context";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import {
  bodyRect,
  growTables,
  headerRect,
  nextColumnId,
  renameColumn,
  shiftCells,
  syncHeaderNames,
  syncHeadersAfterWrite,
  totalsRect,
} from "./layout";
import { checkDefinedName, checkNameIsFree } from "./nameRules";
import { asExcel, ClientObjectBase, ClientResultProxy, CollectionProxy, type Resolver } from "./proxy";
import { RangeProxy, rangeProxyOf, type RangeTarget } from "./range";
import { intersect, parseAddress } from "./rects";
import { activeSheet, findSheet, WorksheetProxy } from "./worksheet";

/** A table collection is the workbook's or one sheet's. */
type TableScope = SheetModel | "workbook";

function sheetOf(book: WorkbookModel, table: TableModel, location: string): SheetModel {
  const sheet = book.sheets.find((s) => s.id === table.sheetId);
  if (!sheet || !book.tables.includes(table)) throw itemNotFound("the table was deleted", location);
  return sheet;
}

function findTable(book: WorkbookModel, scope: TableScope, key: string): TableModel | undefined {
  const upper = String(key).toUpperCase();
  return book.tables.find(
    (t) =>
      (scope === "workbook" || t.sheetId === scope.id) && (t.name.toUpperCase() === upper || t.id === key),
  );
}

type CollectionMembers =
  "context" | "items" | "add" | "getCount" | "getItem" | "getItemAt" | "getItemOrNullObject" | "load";

/** `Excel.TableCollection` of the workbook or of one worksheet. */
export class TableCollectionProxy
  extends CollectionProxy<TableModel, TableScope>
  implements Pick<Excel.TableCollection, CollectionMembers>
{
  protected readonly _typeName = "TableCollection";

  constructor(ctx: MemoryContext, resolver: Resolver<TableScope>) {
    super(ctx, resolver);
  }
  protected override _scalarProps(): readonly string[] {
    return ["count"];
  }
  protected override _readProp(_name: string, scope: TableScope): unknown {
    return this._members(scope).length;
  }
  protected _members(scope: TableScope): TableModel[] {
    const tables = this._ctx.model.tables;
    return scope === "workbook" ? tables : tables.filter((t) => t.sheetId === scope.id);
  }
  protected _itemProxy(table: TableModel): TableProxy {
    return new TableProxy(this._ctx, () => table)._bind(table);
  }
  get items(): Excel.Table[] {
    return this._items();
  }
  get count(): number {
    return this._get("count");
  }

  private _table(
    method: string,
    args: unknown[],
    find: (scope: TableScope) => TableModel | null,
  ): Excel.Table {
    return asExcel(
      new TableProxy(
        this._ctx,
        () => {
          const scope = this._targetOrNull();
          return scope === null ? null : find(scope);
        },
        { call: `tables.${method}`, on: this._id, args },
      ),
    );
  }
  getItem(key: string): Excel.Table {
    return this._table("getItem", [key], (scope) => {
      const table = findTable(this._ctx.model, scope, key);
      if (!table) throw itemNotFound(`table '${key}'`, "TableCollection.getItem");
      return table;
    });
  }
  getItemOrNullObject(key: string): Excel.Table {
    return this._table(
      "getItemOrNullObject",
      [key],
      (scope) => findTable(this._ctx.model, scope, key) ?? null,
    );
  }
  getItemAt(index: number): Excel.Table {
    return this._table("getItemAt", [index], (scope) => {
      const table = this._members(scope)[index];
      if (!table) throw itemNotFound(`table #${index}`, "TableCollection.getItemAt");
      return table;
    });
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("TableCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () => {
      const scope = this._targetOrNull();
      result._resolve(scope === null ? 0 : this._members(scope).length);
    });
    return result._asResult();
  }

  /**
   * Creates a table over `address`. With headers, the first row names the columns (blank → ColumnN,
   * duplicates numbered); without, Excel shifts the data down a row and adds Column1... headers.
   */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    if (typeof address !== "string") this._ctx._own(address, "TableCollection.add");
    return asExcel(
      new TableProxy(
        this._ctx,
        () => {
          const scope = this._targetOrNull();
          if (scope === null) throw itemNotFound("the worksheet", "TableCollection.add");
          const { sheet, rect } = this._where(scope, address);
          return this._create(sheet, rect, hasHeaders);
        },
        {
          call: "tables.add",
          on: this._id,
          args: [
            typeof address === "string"
              ? address
              : { ref: (address as unknown as ClientObjectBase<unknown>)._id },
            hasHeaders,
          ],
        },
      ),
    );
  }

  private _where(scope: TableScope, address: Excel.Range | string): RangeTarget {
    const location = "TableCollection.add";
    const book = this._ctx.model;
    if (typeof address !== "string") {
      const target = rangeProxyOf(this._ctx, address, location)._target(location);
      if (scope !== "workbook" && target.sheet !== scope)
        throw invalidArgument("the range is on another worksheet", location);
      return target;
    }
    const parsed = parseAddress(address);
    if (!parsed) throw invalidArgument(`'${address}' is not a range address`, location);
    let sheet: SheetModel | undefined;
    if (scope !== "workbook") {
      sheet = scope;
      if (parsed.sheet !== "" && parsed.sheet.toUpperCase() !== scope.name.toUpperCase()) {
        throw invalidArgument(`'${address}' is on another worksheet`, location);
      }
    } else {
      sheet = parsed.sheet === "" ? activeSheet(book) : findSheet(book, parsed.sheet);
    }
    if (!sheet) throw itemNotFound(`the worksheet of '${address}'`, location);
    return { sheet, rect: parsed.rect };
  }

  private _create(sheet: SheetModel, given: Rect, hasHeaders: boolean): TableModel {
    const location = "TableCollection.add";
    const book = this._ctx.model;
    if (given.rows > 1_048_575 || given.cols > 16_384)
      throw invalidArgument("the range is too large for a table", location);
    const rect = { ...given, rows: Math.max(given.rows + (hasHeaders ? 0 : 1), 2) };
    if (book.tables.some((t) => t.sheetId === sheet.id && intersect(t.ref, rect))) {
      throw invalidOperation("a table cannot overlap another table", location);
    }
    if (sheet.merges.some((m) => intersect(m, rect)))
      throw invalidOperation("a table cannot contain merged cells", location);
    if (!hasHeaders) shiftCells(book, sheet, { ...given, rows: 1 }, "rows", true);
    let n = 1;
    while (
      book.tables.some((t) => t.name.toUpperCase() === `TABLE${n}`) ||
      book.names.some((x) => x.name.toUpperCase() === `TABLE${n}`)
    )
      n++;
    const table: TableModel = {
      id: String(book.nextId++),
      name: `Table${n}`,
      sheetId: sheet.id,
      ref: rect,
      columns: Array.from({ length: rect.cols }, (_, i): TableColumnModel => ({ id: i + 1, name: "" })),
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    };
    if (!hasHeaders) {
      const cells = sheet.cells[rect.row];
      if (cells) for (let c = rect.col; c < rect.col + rect.cols; c++) cells[c] = undefined;
    }
    syncHeaderNames(sheet, table, rect.col, rect.col + rect.cols);
    book.tables.push(table);
    this._ctx.host._changed(true);
    return table;
  }

  load(option?: unknown): Excel.TableCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

const TABLE_SCALARS = ["id", "name", "showHeaders", "showTotals", "style"];

type TableMembers =
  | "context"
  | "id"
  | "name"
  | "showHeaders"
  | "showTotals"
  | "style"
  | "columns"
  | "rows"
  | "worksheet"
  | "getRange"
  | "getHeaderRowRange"
  | "getDataBodyRange"
  | "getTotalRowRange"
  | "delete"
  | "convertToRange"
  | "load"
  | "isNullObject";

/** `Excel.Table`. */
export class TableProxy extends ClientObjectBase<TableModel> implements Pick<Excel.Table, TableMembers> {
  protected readonly _typeName = "Table";
  private _columns?: TableColumnCollectionProxy;
  private _rows?: TableRowCollectionProxy;
  private _worksheet?: WorksheetProxy;

  protected _scalarProps(): readonly string[] {
    return TABLE_SCALARS;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    if (name === "columns") return this._columnsProxy();
    if (name === "rows") return this._rowsProxy();
    if (name === "worksheet") return this._worksheetProxy();
    return undefined;
  }
  protected _readProp(name: string, table: TableModel): unknown {
    switch (name) {
      case "id":
        return table.id;
      case "name":
        return table.name;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
      default:
        return table.style;
    }
  }
  get id(): string {
    return this._get("id");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (table) => {
      checkDefinedName(value, "Table.name");
      checkNameIsFree(this._ctx.model, value, "Table.name", table);
      table.name = value;
      this._ctx.host._changed(true);
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._set("style", value, (table) => {
      table.style = value;
      this._ctx.host._changed(false);
    });
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  /** Shows or hides the totals row: a row added below the body (labelled `Total`), or removed. */
  set showTotals(value: boolean) {
    this._set("showTotals", value, (table) => {
      if (table.showTotals === value) return;
      const sheet = sheetOf(this._ctx.model, table, "Table.showTotals");
      if (value) {
        const row = table.ref.row + table.ref.rows;
        table.ref = { ...table.ref, rows: table.ref.rows + 1 };
        table.showTotals = true;
        writeCells(sheet, { row, col: table.ref.col, rows: 1, cols: 1 }, "Total", "Table.showTotals");
      } else {
        const totals = totalsRect(table)!;
        clearCells(sheet, totals, true, false);
        table.ref = { ...table.ref, rows: table.ref.rows - 1 };
        table.showTotals = false;
      }
      this._ctx.host._changed(true);
    });
  }

  private _columnsProxy(): TableColumnCollectionProxy {
    this._columns ??= new TableColumnCollectionProxy(this._ctx, () => this._targetOrNull());
    return this._columns;
  }
  private _rowsProxy(): TableRowCollectionProxy {
    this._rows ??= new TableRowCollectionProxy(this._ctx, () => this._targetOrNull());
    return this._rows;
  }
  private _worksheetProxy(): WorksheetProxy {
    this._worksheet ??= new WorksheetProxy(this._ctx, () => {
      const table = this._targetOrNull();
      return table && sheetOf(this._ctx.model, table, "Table.worksheet");
    });
    return this._worksheet;
  }
  get columns(): Excel.TableColumnCollection {
    return asExcel(this._columnsProxy());
  }
  get rows(): Excel.TableRowCollection {
    return asExcel(this._rowsProxy());
  }
  get worksheet(): Excel.Worksheet {
    return this._worksheetProxy()._excel();
  }

  private _range(method: string, rect: (table: TableModel) => Rect | null): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const table = this._targetOrNull();
        if (table === null) return null;
        const sheet = sheetOf(this._ctx.model, table, `Table.${method}`);
        const r = rect(table);
        if (r === null) throw invalidOperation(`the table has no such row`, `Table.${method}`);
        return { sheet, rect: r };
      },
      { call: method, on: this._id },
    )._excel();
  }
  getRange(): Excel.Range {
    return this._range("getRange", (t) => t.ref);
  }
  getHeaderRowRange(): Excel.Range {
    return this._range("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): Excel.Range {
    return this._range("getDataBodyRange", bodyRect);
  }
  getTotalRowRange(): Excel.Range {
    return this._range("getTotalRowRange", totalsRect);
  }

  /** Deletes the table and what it holds. */
  delete(): void {
    this._call("delete", [], (table) => {
      const book = this._ctx.model;
      const sheet = sheetOf(book, table, "Table.delete");
      clearCells(sheet, table.ref, true, true);
      book.tables.splice(book.tables.indexOf(table), 1);
      this._ctx.host._changed(true);
    });
  }
  /** Turns the table into plain cells, keeping values and formats. */
  convertToRange(): Excel.Range {
    const range = this._range("convertToRange", (t) => t.ref);
    this._call("convertToRange", [], (table) => {
      const book = this._ctx.model;
      sheetOf(book, table, "Table.convertToRange");
      book.tables.splice(book.tables.indexOf(table), 1);
      this._ctx.host._changed(true);
    });
    return range;
  }

  load(option?: unknown): Excel.Table {
    this._queueLoad(option);
    return asExcel(this);
  }
}

interface ColumnTarget {
  table: TableModel;
  column: TableColumnModel;
}

function findColumn(table: TableModel, key: number | string): TableColumnModel | undefined {
  if (typeof key === "number") return table.columns.find((c) => c.id === key);
  const upper = key.toUpperCase();
  return (
    table.columns.find((c) => c.name.toUpperCase() === upper) ??
    table.columns.find((c) => String(c.id) === key)
  );
}

/** `Excel.TableColumnCollection`. */
export class TableColumnCollectionProxy
  extends CollectionProxy<TableColumnModel, TableModel>
  implements Pick<Excel.TableColumnCollection, CollectionMembers | "count">
{
  protected readonly _typeName = "TableColumnCollection";
  protected override _scalarProps(): readonly string[] {
    return ["count"];
  }
  protected override _readProp(_name: string, table: TableModel): unknown {
    return table.columns.length;
  }
  protected _members(table: TableModel): TableColumnModel[] {
    return table.columns;
  }
  protected _itemProxy(column: TableColumnModel): ClientObjectBase<TableColumnModel> {
    const table = this._targetOrNull()!;
    return new TableColumnProxy(this._ctx, () => ({ table, column }))._bind({
      table,
      column,
    }) as unknown as ClientObjectBase<TableColumnModel>;
  }
  get items(): Excel.TableColumn[] {
    return this._items();
  }
  get count(): number {
    return this._get("count");
  }
  private _column(
    method: string,
    args: unknown[],
    find: (table: TableModel) => TableColumnModel | null,
  ): Excel.TableColumn {
    return asExcel(
      new TableColumnProxy(
        this._ctx,
        () => {
          const table = this._targetOrNull();
          if (table === null) return null;
          const column = find(table);
          return column && { table, column };
        },
        { call: `columns.${method}`, on: this._id, args },
      ),
    );
  }
  getItem(key: number | string): Excel.TableColumn {
    return this._column("getItem", [key], (table) => {
      const column = findColumn(table, key);
      if (!column)
        throw itemNotFound(`column '${key}' of table '${table.name}'`, "TableColumnCollection.getItem");
      return column;
    });
  }
  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this._column("getItemOrNullObject", [key], (table) => findColumn(table, key) ?? null);
  }
  getItemAt(index: number): Excel.TableColumn {
    return this._column("getItemAt", [index], (table) => {
      const column = table.columns[index];
      if (!column)
        throw itemNotFound(`column #${index} of table '${table.name}'`, "TableColumnCollection.getItemAt");
      return column;
    });
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("TableColumnCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () =>
      result._resolve(this._target("getCount").columns.length),
    );
    return result._asResult();
  }

  /**
   * Inserts a column at `index` (at the end when absent), shifting the cells right within the
   * table's rows. `values` covers the whole column, header included.
   */
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    name?: string,
  ): Excel.TableColumn {
    return this._column("add", [index ?? null, values ?? null, name ?? null], (table) => {
      const location = "TableColumnCollection.add";
      const book = this._ctx.model;
      const sheet = sheetOf(book, table, location);
      const at = index ?? table.columns.length;
      if (!Number.isInteger(at) || at < 0 || at > table.columns.length)
        throw invalidArgument(`column index ${at}`, location);
      const rect: Rect = { row: table.ref.row, col: table.ref.col + at, rows: table.ref.rows, cols: 1 };
      if (values !== undefined && values !== null) checkShape(values, rect, location);
      shiftCells(book, sheet, rect, "cols", true);
      let column: TableColumnModel;
      if (at === table.columns.length) {
        column = { id: nextColumnId(table), name: "" };
        table.columns.push(column);
        table.ref = { ...table.ref, cols: table.ref.cols + 1 };
      } else {
        column = table.columns[at]!;
      }
      if (values !== undefined && values !== null)
        this._ctx._writtenCells += writeCells(sheet, rect, values, location);
      if (name !== undefined && name !== null) renameColumn(sheet, table, at, name);
      else syncHeaderNames(sheet, table, rect.col, rect.col + 1);
      this._ctx.host._changed(true);
      return column;
    });
  }

  load(option?: unknown): Excel.TableColumnCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.TableColumn`. */
export class TableColumnProxy
  extends ClientObjectBase<ColumnTarget>
  implements
    Pick<
      Excel.TableColumn,
      | "context"
      | "id"
      | "index"
      | "name"
      | "values"
      | "getRange"
      | "getHeaderRowRange"
      | "getDataBodyRange"
      | "getTotalRowRange"
      | "delete"
      | "load"
      | "isNullObject"
    >
{
  protected readonly _typeName = "TableColumn";
  protected _scalarProps(): readonly string[] {
    return ["id", "index", "name", "values"];
  }
  protected _readProp(name: string, { table, column }: ColumnTarget): unknown {
    switch (name) {
      case "id":
        return column.id;
      case "index":
        return table.columns.indexOf(column);
      case "name":
        return column.name;
      default: {
        this._ctx.host._ensureCalculated();
        const sheet = sheetOf(this._ctx.model, table, "TableColumn.values");
        const col = table.ref.col + table.columns.indexOf(column);
        const out: unknown[][] = [];
        for (let r = table.ref.row; r < table.ref.row + table.ref.rows; r++) {
          out.push([cellShownValue(sheet.cells[r]?.[col])]);
        }
        return out;
      }
    }
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  get name(): string {
    return this._get("name");
  }
  /** Renames the column; the header cell shows the new name. */
  set name(value: string) {
    this._set("name", value, ({ table, column }) => {
      if (typeof value !== "string" || value.trim() === "")
        throw invalidArgument("a column name cannot be blank", "TableColumn.name");
      const sheet = sheetOf(this._ctx.model, table, "TableColumn.name");
      renameColumn(sheet, table, table.columns.indexOf(column), value);
      this._ctx.host._changed(true);
    });
  }
  private _range(method: string, part: (table: TableModel) => Rect | null): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const t = this._targetOrNull();
        if (t === null) return null;
        const sheet = sheetOf(this._ctx.model, t.table, `TableColumn.${method}`);
        const index = t.table.columns.indexOf(t.column);
        if (index < 0) throw itemNotFound("the column was deleted", `TableColumn.${method}`);
        const rows = part(t.table);
        if (rows === null) throw invalidOperation("the table has no such row", `TableColumn.${method}`);
        return { sheet, rect: { ...rows, col: t.table.ref.col + index, cols: 1 } };
      },
      { call: method, on: this._id },
    )._excel();
  }
  getRange(): Excel.Range {
    return this._range("getRange", (t) => t.ref);
  }
  getHeaderRowRange(): Excel.Range {
    return this._range("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): Excel.Range {
    return this._range("getDataBodyRange", bodyRect);
  }
  getTotalRowRange(): Excel.Range {
    return this._range("getTotalRowRange", totalsRect);
  }
  /** Deletes the column, shifting the table's cells to its right one column left. */
  delete(): void {
    this._call("delete", [], ({ table, column }) => {
      const book = this._ctx.model;
      const sheet = sheetOf(book, table, "TableColumn.delete");
      if (table.columns.length === 1)
        throw invalidOperation("a table keeps at least one column", "TableColumn.delete");
      const index = table.columns.indexOf(column);
      shiftCells(
        book,
        sheet,
        { row: table.ref.row, col: table.ref.col + index, rows: table.ref.rows, cols: 1 },
        "cols",
        false,
      );
      this._ctx.host._changed(true);
    });
  }
  load(option?: unknown): Excel.TableColumn {
    this._queueLoad(option);
    return asExcel(this);
  }
}

interface RowTarget {
  table: TableModel;
  index: number;
}

/**
 * `Excel.TableRowCollection`. `add` exists for completeness; the add-in writes below the table
 * instead (DESIGN.md §2.5: `TableRowCollection.add` causes co-authoring merge conflicts).
 */
export class TableRowCollectionProxy
  extends CollectionProxy<RowTarget, TableModel>
  implements
    Pick<Excel.TableRowCollection, "context" | "count" | "items" | "getCount" | "getItemAt" | "add" | "load">
{
  protected readonly _typeName = "TableRowCollection";
  protected override _scalarProps(): readonly string[] {
    return ["count"];
  }
  protected override _readProp(_name: string, table: TableModel): unknown {
    return bodyRect(table).rows;
  }
  protected _members(table: TableModel): RowTarget[] {
    return Array.from({ length: bodyRect(table).rows }, (_, index) => ({ table, index }));
  }
  protected _itemProxy(row: RowTarget): ClientObjectBase<RowTarget> {
    return new TableRowProxy(this._ctx, () => row)._bind(row);
  }
  get items(): Excel.TableRow[] {
    return this._items();
  }
  get count(): number {
    return this._get("count");
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("TableRowCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () =>
      result._resolve(bodyRect(this._target("getCount")).rows),
    );
    return result._asResult();
  }
  getItemAt(index: number): Excel.TableRow {
    return asExcel(
      new TableRowProxy(
        this._ctx,
        () => {
          const table = this._targetOrNull();
          if (table === null) return null;
          if (!(index >= 0 && index < bodyRect(table).rows))
            throw itemNotFound(`row #${index}`, "TableRowCollection.getItemAt");
          return { table, index };
        },
        { call: "rows.getItemAt", on: this._id, args: [index] },
      ),
    );
  }
  /** Inserts body rows at `index` (at the end when absent), shifting the cells below down within the table's columns. */
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
  ): Excel.TableRow {
    return asExcel(
      new TableRowProxy(
        this._ctx,
        () => {
          const location = "TableRowCollection.add";
          const table = this._target("add");
          const book = this._ctx.model;
          const sheet = sheetOf(book, table, location);
          const body = bodyRect(table);
          const at = index ?? body.rows;
          if (!Number.isInteger(at) || at < 0 || at > body.rows)
            throw invalidArgument(`row index ${at}`, location);
          const count = Array.isArray(values) ? values.length : 1;
          const rect: Rect = { row: body.row + at, col: table.ref.col, rows: count, cols: table.ref.cols };
          if (values !== undefined && values !== null) checkShape(values, rect, location);
          shiftCells(book, sheet, rect, "rows", true);
          if (at === body.rows && !table.showTotals)
            table.ref = { ...table.ref, rows: table.ref.rows + count };
          if (values !== undefined && values !== null)
            this._ctx._writtenCells += writeCells(sheet, rect, values, location);
          syncHeadersAfterWrite(book, sheet, rect);
          growTables(book, sheet, rect);
          this._ctx.host._changed(true);
          return { table, index: at };
        },
        { call: "rows.add", on: this._id, args: [index ?? null, values ?? null] },
      ),
    );
  }
  load(option?: unknown): Excel.TableRowCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.TableRow`. */
export class TableRowProxy
  extends ClientObjectBase<RowTarget>
  implements Pick<Excel.TableRow, "context" | "index" | "values" | "getRange" | "load">
{
  protected readonly _typeName = "TableRow";
  private _rect(t: RowTarget): { sheet: SheetModel; rect: Rect } {
    const sheet = sheetOf(this._ctx.model, t.table, "TableRow");
    const body = bodyRect(t.table);
    return { sheet, rect: { row: body.row + t.index, col: body.col, rows: 1, cols: body.cols } };
  }
  protected _scalarProps(): readonly string[] {
    return ["index", "values"];
  }
  protected _readProp(name: string, t: RowTarget): unknown {
    if (name === "index") return t.index;
    this._ctx.host._ensureCalculated();
    const { sheet, rect } = this._rect(t);
    const row = sheet.cells[rect.row];
    return [
      Array.from({ length: rect.cols }, (_, c) => {
        return cellShownValue(row?.[rect.col + c]);
      }),
    ];
  }
  get index(): number {
    return this._get("index");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(data: unknown[][]) {
    this._set("values", data, (t) => {
      const { sheet, rect } = this._rect(t);
      this._ctx._writtenCells += writeCells(sheet, rect, data, "TableRow.values");
      this._ctx.host._changed(true);
    });
  }
  getRange(): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const t = this._targetOrNull();
        return t && this._rect(t);
      },
      { call: "getRange", on: this._id },
    )._excel();
  }
  load(option?: unknown): Excel.TableRow {
    this._queueLoad(option);
    return asExcel(this);
  }
}
