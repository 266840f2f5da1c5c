/** `Excel.Range` and its format objects over a rectangle of one sheet. */
import {
  type BorderLineStyle,
  type BorderStyle,
  type BorderWeight,
  type CellBorders,
  type CellStyle,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  type SheetModel,
  usedRect,
} from "../model";
import {
  cellShownValue,
  clearCells,
  clipToUsed,
  type GridProperty,
  readGrid,
  readUniform,
  updateStyles,
  writeCells,
  writeNumberFormats,
} from "./cells";
import type { MemoryContext } from "./context";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { growTables, shiftCells, syncHeadersAfterWrite, tablesOn } from "./layout";
import { asExcel, ClientObjectBase, type LoadTree, type Resolver } from "./proxy";
import {
  boundingRect,
  cellCount,
  intersect,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  sheetAddress,
} from "./rects";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { DataValidationProxy } from "./dataValidation";
import { WorksheetProxy } from "./worksheet";

/** What a Range stands for: a rectangle on a sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const GRID_PROPS = new Set<string>([
  "values",
  "formulas",
  "formulasLocal",
  "text",
  "valueTypes",
  "numberFormat",
  "numberFormatLocal",
]);
const NEEDS_CALCULATION = new Set<string>(["values", "text", "valueTypes"]);

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "isEntireColumn",
  "isEntireRow",
  "values",
  "formulas",
  "formulasLocal",
  "text",
  "valueTypes",
  "numberFormat",
  "numberFormatLocal",
] as const;

/** Checks that a rectangle lies inside Excel's grid. */
function inGrid(rect: Rect, location: string): Rect {
  if (
    rect.rows < 1 ||
    rect.cols < 1 ||
    rect.row < 0 ||
    rect.col < 0 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.col + rect.cols > MAX_COLUMNS
  ) {
    throw invalidArgument("the range would lie outside the worksheet", location);
  }
  return rect;
}

/** Resolves an address or Range argument (Office.js accepts both) to a rectangle on `sheet`. */
export function rectArgument(
  ctx: MemoryContext,
  value: Excel.Range | string,
  sheet: SheetModel,
  location: string,
): Rect {
  if (typeof value === "string") {
    const parsed = parseAddress(value);
    if (!parsed) throw invalidArgument(`'${value}' is not a range address`, location);
    if (parsed.sheet !== "" && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
      throw invalidArgument(`'${value}' is on another worksheet`, location);
    }
    return parsed.rect;
  }
  const target = rangeProxyOf(ctx, value, location)._target(location);
  if (target.sheet !== sheet) throw invalidArgument("the range is on another worksheet", location);
  return target.rect;
}

/** The memory proxy behind an `Excel.Range` argument. */
export function rangeProxyOf(ctx: MemoryContext, value: unknown, location: string): RangeProxy {
  if (!(value instanceof RangeProxy)) throw invalidArgument("expected a Range", location);
  return ctx._own(value, location);
}

type RangeMembers =
  | "context"
  | "address"
  | "addressLocal"
  | "cellCount"
  | "columnCount"
  | "columnIndex"
  | "rowCount"
  | "rowIndex"
  | "isEntireColumn"
  | "isEntireRow"
  | "values"
  | "formulas"
  | "formulasLocal"
  | "text"
  | "valueTypes"
  | "numberFormat"
  | "numberFormatLocal"
  | "format"
  | "worksheet"
  | "dataValidation"
  | "conditionalFormats"
  | "getCell"
  | "getOffsetRange"
  | "getResizedRange"
  | "getAbsoluteResizedRange"
  | "getRow"
  | "getColumn"
  | "getEntireRow"
  | "getEntireColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getLastCell"
  | "getRowsAbove"
  | "getRowsBelow"
  | "getColumnsBefore"
  | "getColumnsAfter"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "getBoundingRect"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "merge"
  | "unmerge"
  | "clear"
  | "delete"
  | "insert"
  | "select"
  | "load"
  | "track"
  | "untrack"
  | "isNullObject";

/** `Excel.Range`. */
export class RangeProxy extends ClientObjectBase<RangeTarget> implements Pick<Excel.Range, RangeMembers> {
  protected readonly _typeName = "Range";
  private _format?: RangeFormatProxy;
  private _worksheet?: WorksheetProxy;
  private _dataValidation?: DataValidationProxy;
  private _conditionalFormats?: ConditionalFormatCollectionProxy;

  constructor(ctx: MemoryContext, resolver: Resolver<RangeTarget>, instantiate?: Record<string, unknown>) {
    super(ctx, resolver, instantiate);
  }

  _excel(): Excel.Range {
    return asExcel<Excel.Range>(this);
  }

  /** A range derived from this one; the call is queued so that a bad argument fails at sync. */
  private _derive(method: string, args: unknown[], compute: (t: RangeTarget) => Rect | null): Excel.Range {
    const location = `Range.${method}`;
    return new RangeProxy(
      this._ctx,
      () => {
        const t = this._targetOrNull();
        if (t === null) return null;
        const rect = compute(t);
        return rect === null ? null : { sheet: t.sheet, rect: inGrid(rect, location) };
      },
      { call: method, on: this._id, args },
    )._excel();
  }

  protected _scalarProps(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    switch (name) {
      case "format":
        return this._formatProxy();
      case "worksheet":
        return this._worksheetProxy();
      case "dataValidation":
        return this._dataValidationProxy();
      case "conditionalFormats":
        return this._conditionalFormatsProxy();
      default:
        return undefined;
    }
  }

  override _applyLoad(tree: LoadTree): void {
    const t = this._targetOrNull();
    const all = tree.all || (tree.props.size === 0 && tree.nav.size === 0);
    const names = all ? RANGE_SCALARS : [...tree.props];
    if (t) {
      if (names.some((n) => GRID_PROPS.has(n))) this._ctx._readCells += cellCount(t.rect);
      if (names.some((n) => NEEDS_CALCULATION.has(n))) this._ctx.host._ensureCalculated();
    }
    super._applyLoad(tree);
  }

  protected _readProp(name: string, t: RangeTarget): unknown {
    const { rect, sheet } = t;
    switch (name) {
      case "address":
      case "addressLocal":
        return sheetAddress(sheet.name, rect);
      case "cellCount":
        return cellCount(rect);
      case "columnCount":
        return rect.cols;
      case "rowCount":
        return rect.rows;
      case "columnIndex":
        return rect.col;
      case "rowIndex":
        return rect.row;
      case "isEntireColumn":
        return isWholeColumns(rect);
      case "isEntireRow":
        return isWholeRows(rect);
      case "formulasLocal":
        return readGrid(sheet, rect, "formulas");
      case "numberFormatLocal":
        return readGrid(sheet, rect, "numberFormat");
      default:
        return readGrid(sheet, rect, name as GridProperty);
    }
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(data: unknown[][]) {
    this._set("values", data, (t) => this._writeCells(t, data, "Range.values"));
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(data: unknown[][]) {
    this._set("formulas", data, (t) => this._writeCells(t, data, "Range.formulas"));
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(data: unknown[][]) {
    this._set("formulasLocal", data, (t) => this._writeCells(t, data, "Range.formulasLocal"));
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this._set("numberFormat", data, (t) => this._writeNumberFormat(t, data, "Range.numberFormat"));
  }
  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(data: unknown[][]) {
    this._set("numberFormatLocal", data, (t) => this._writeNumberFormat(t, data, "Range.numberFormatLocal"));
  }

  private _writeCells(t: RangeTarget, data: unknown, location: string): void {
    const book = this._ctx.model;
    this._ctx._writtenCells += writeCells(t.sheet, t.rect, data, location);
    syncHeadersAfterWrite(book, t.sheet, t.rect);
    growTables(book, t.sheet, t.rect);
    this._ctx.host._changed(true);
  }

  private _writeNumberFormat(t: RangeTarget, data: unknown, location: string): void {
    this._ctx._writtenCells += writeNumberFormats(t.sheet, t.rect, data, location);
    this._ctx.host._changed(false);
  }

  private _formatProxy(): RangeFormatProxy {
    this._format ??= new RangeFormatProxy(this._ctx, () => this._targetOrNull());
    return this._format;
  }
  private _worksheetProxy(): WorksheetProxy {
    this._worksheet ??= new WorksheetProxy(this._ctx, () => this._targetOrNull()?.sheet ?? null);
    return this._worksheet;
  }
  private _dataValidationProxy(): DataValidationProxy {
    this._dataValidation ??= new DataValidationProxy(this._ctx, () => this._targetOrNull());
    return this._dataValidation;
  }
  private _conditionalFormatsProxy(): ConditionalFormatCollectionProxy {
    this._conditionalFormats ??= new ConditionalFormatCollectionProxy(this._ctx, () => this._targetOrNull());
    return this._conditionalFormats;
  }

  get format(): Excel.RangeFormat {
    return asExcel(this._formatProxy());
  }
  get worksheet(): Excel.Worksheet {
    return this._worksheetProxy()._excel();
  }
  get dataValidation(): Excel.DataValidation {
    return asExcel(this._dataValidationProxy());
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return asExcel(this._conditionalFormatsProxy());
  }

  getCell(row: number, column: number): Excel.Range {
    return this._derive("getCell", [row, column], ({ rect }) => ({
      row: rect.row + row,
      col: rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      ...rect,
      row: rect.row + rowOffset,
      col: rect.col + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this._derive("getAbsoluteResizedRange", [numRows, numColumns], ({ rect }) => ({
      ...rect,
      rows: numRows,
      cols: numColumns,
    }));
  }
  getRow(row: number): Excel.Range {
    return this._derive("getRow", [row], ({ rect }) => {
      if (row < 0 || row >= rect.rows) throw invalidArgument("row index outside the range", "Range.getRow");
      return { ...rect, row: rect.row + row, rows: 1 };
    });
  }
  getColumn(column: number): Excel.Range {
    return this._derive("getColumn", [column], ({ rect }) => {
      if (column < 0 || column >= rect.cols)
        throw invalidArgument("column index outside the range", "Range.getColumn");
      return { ...rect, col: rect.col + column, cols: 1 };
    });
  }
  getEntireRow(): Excel.Range {
    return this._derive("getEntireRow", [], ({ rect }) => ({ ...rect, col: 0, cols: MAX_COLUMNS }));
  }
  getEntireColumn(): Excel.Range {
    return this._derive("getEntireColumn", [], ({ rect }) => ({ ...rect, row: 0, rows: MAX_ROWS }));
  }
  getLastRow(): Excel.Range {
    return this._derive("getLastRow", [], ({ rect }) => ({
      ...rect,
      row: rect.row + rect.rows - 1,
      rows: 1,
    }));
  }
  getLastColumn(): Excel.Range {
    return this._derive("getLastColumn", [], ({ rect }) => ({
      ...rect,
      col: rect.col + rect.cols - 1,
      cols: 1,
    }));
  }
  getLastCell(): Excel.Range {
    return this._derive("getLastCell", [], ({ rect }) => ({
      row: rect.row + rect.rows - 1,
      col: rect.col + rect.cols - 1,
      rows: 1,
      cols: 1,
    }));
  }
  getRowsAbove(count = 1): Excel.Range {
    return this._derive("getRowsAbove", [count], ({ rect }) => ({
      ...rect,
      row: rect.row - count,
      rows: count,
    }));
  }
  getRowsBelow(count = 1): Excel.Range {
    return this._derive("getRowsBelow", [count], ({ rect }) => ({
      ...rect,
      row: rect.row + rect.rows,
      rows: count,
    }));
  }
  getColumnsBefore(count = 1): Excel.Range {
    return this._derive("getColumnsBefore", [count], ({ rect }) => ({
      ...rect,
      col: rect.col - count,
      cols: count,
    }));
  }
  getColumnsAfter(count = 1): Excel.Range {
    return this._derive("getColumnsAfter", [count], ({ rect }) => ({
      ...rect,
      col: rect.col + rect.cols,
      cols: count,
    }));
  }

  private _otherRect(t: RangeTarget, other: Excel.Range | string, location: string): Rect {
    return rectArgument(this._ctx, other, t.sheet, location);
  }

  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    if (typeof anotherRange !== "string") this._ctx._own(anotherRange, "Range.getIntersection");
    return this._derive("getIntersection", [anotherRange], (t) => {
      const hit = intersect(t.rect, this._otherRect(t, anotherRange, "Range.getIntersection"));
      if (!hit) throw itemNotFound("the ranges do not intersect", "Range.getIntersection");
      return hit;
    });
  }
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    if (typeof anotherRange !== "string") this._ctx._own(anotherRange, "Range.getIntersectionOrNullObject");
    return this._derive("getIntersectionOrNullObject", [anotherRange], (t) =>
      intersect(t.rect, this._otherRect(t, anotherRange, "Range.getIntersectionOrNullObject")),
    );
  }
  getBoundingRect(anotherRange: Excel.Range | string): Excel.Range {
    if (typeof anotherRange !== "string") this._ctx._own(anotherRange, "Range.getBoundingRect");
    return this._derive("getBoundingRect", [anotherRange], (t) =>
      boundingRect(t.rect, this._otherRect(t, anotherRange, "Range.getBoundingRect")),
    );
  }
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._derive("getUsedRange", [valuesOnly ?? false], (t) => {
      const used = usedRect(t.sheet, valuesOnly);
      const hit = used && intersect(used, t.rect);
      if (!hit) throw itemNotFound("the range is empty", "Range.getUsedRange");
      return hit;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly ?? false], (t) => {
      const used = usedRect(t.sheet, valuesOnly);
      return used && intersect(used, t.rect);
    });
  }

  merge(across?: boolean): void {
    this._call("merge", [across ?? false], (t) => {
      const book = this._ctx.model;
      if (tablesOn(book, t.sheet).some((table) => intersect(table.ref, t.rect))) {
        throw invalidOperation("cells in a table cannot be merged", "Range.merge");
      }
      const areas: Rect[] = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rows: 1 }))
        : [t.rect];
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
      for (const area of areas) {
        if (cellCount(area) < 2) continue;
        // Excel keeps only the upper-left value of a merged area.
        for (let r = area.row; r < area.row + area.rows; r++) {
          const cells = t.sheet.cells[r];
          if (!cells) continue;
          for (let c = area.col; c < area.col + area.cols; c++) {
            const cell = cells[c];
            if (!cell || (r === area.row && c === area.col)) continue;
            delete cell.value;
            delete cell.formula;
            delete cell.computed;
          }
        }
        t.sheet.merges.push(area);
      }
      this._ctx.host._changed(true);
    });
  }
  unmerge(): void {
    this._call("unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
      this._ctx.host._changed(false);
    });
  }

  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents",
  ): void {
    const mode = applyTo ?? "All";
    this._call("clear", [mode], (t) => {
      const contents = mode === "All" || mode === "Contents" || mode === "ResetContents";
      const formats = mode === "All" || mode === "Formats";
      if (!contents && !formats) return;
      this._ctx._writtenCells += clearCells(t.sheet, t.rect, contents, formats);
      if (contents) syncHeadersAfterWrite(this._ctx.model, t.sheet, t.rect);
      this._ctx.host._changed(contents);
    });
  }

  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this._call("delete", [shift], (t) => {
      if (shift !== "Up" && shift !== "Left")
        throw invalidArgument("shift must be Up or Left", "Range.delete");
      const axis = isWholeRows(t.rect) || (shift === "Up" && !isWholeColumns(t.rect)) ? "rows" : "cols";
      shiftCells(this._ctx.model, t.sheet, t.rect, axis, false);
      this._ctx.host._changed(true);
    });
  }

  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): Excel.Range {
    this._call("insert", [shift], (t) => {
      if (shift !== "Down" && shift !== "Right")
        throw invalidArgument("shift must be Down or Right", "Range.insert");
      const axis = isWholeRows(t.rect) || (shift === "Down" && !isWholeColumns(t.rect)) ? "rows" : "cols";
      shiftCells(this._ctx.model, t.sheet, t.rect, axis, true);
      this._ctx.host._changed(true);
    });
    return new RangeProxy(this._ctx, () => this._targetOrNull())._excel();
  }

  select(): void {
    this._call("select", [], (t) => {
      const book = this._ctx.model;
      book.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
      book.activeSheetId = t.sheet.id;
      this._ctx.host._changed(false);
    });
  }

  load(option?: unknown): Excel.Range {
    this._queueLoad(option);
    return this._excel();
  }

  /** Office.js tracking is about remote object lifetimes; in memory every object lives on. */
  track(): Excel.Range {
    return this._excel();
  }
  untrack(): Excel.Range {
    return this._excel();
  }
}

type FormatMembers =
  | "context"
  | "font"
  | "fill"
  | "borders"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
  | "columnWidth"
  | "rowHeight"
  | "autofitColumns"
  | "autofitRows"
  | "load";

const FORMAT_SCALARS = ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"];

/** Rough width of displayed text in points: CJK characters count double. */
function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return units * 5.6 * (fontSize / 11);
}

/** `Excel.RangeFormat`. */
export class RangeFormatProxy
  extends ClientObjectBase<RangeTarget>
  implements Pick<Excel.RangeFormat, FormatMembers>
{
  protected readonly _typeName = "RangeFormat";
  private readonly _font = new RangeFontProxy(this._ctx, () => this._targetOrNull());
  private readonly _fill = new RangeFillProxy(this._ctx, () => this._targetOrNull());
  private readonly _borders = new RangeBorderCollectionProxy(this._ctx, () => this._targetOrNull());

  protected _scalarProps(): readonly string[] {
    return FORMAT_SCALARS;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "font"
      ? this._font
      : name === "fill"
        ? this._fill
        : name === "borders"
          ? this._borders
          : undefined;
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    switch (name) {
      case "horizontalAlignment":
        return readUniform(sheet, rect, (s) => s?.alignment?.horizontal ?? "General");
      case "verticalAlignment":
        return readUniform(sheet, rect, (s) => s?.alignment?.vertical ?? "Bottom");
      case "wrapText":
        return readUniform(sheet, rect, (s) => s?.alignment?.wrapText ?? false);
      case "columnWidth":
        return uniformSize(rect.col, rect.cols, (c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      default:
        return uniformSize(rect.row, rect.rows, (r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
    }
  }

  get font(): Excel.RangeFont {
    return asExcel(this._font);
  }
  get fill(): Excel.RangeFill {
    return asExcel(this._fill);
  }
  get borders(): Excel.RangeBorderCollection {
    return asExcel(this._borders);
  }

  private _setAlignment(name: string, value: unknown, key: "horizontal" | "vertical" | "wrapText"): void {
    this._set(name, value, ({ sheet, rect }) => {
      updateStyles(sheet, rect, (s) => ({ ...s, alignment: { ...s?.alignment, [key]: value } }));
      this._ctx.host._changed(false);
    });
  }

  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment) {
    this._setAlignment("horizontalAlignment", value, "horizontal");
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: Excel.VerticalAlignment) {
    this._setAlignment("verticalAlignment", value, "vertical");
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._setAlignment("wrapText", value, "wrapText");
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, ({ sheet, rect }) => {
      if (!(value >= 0))
        throw invalidArgument("column width must be a number ≥ 0", "RangeFormat.columnWidth");
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, value);
      this._ctx.host._changed(false);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._set("rowHeight", value, ({ sheet, rect }) => {
      if (!(value >= 0)) throw invalidArgument("row height must be a number ≥ 0", "RangeFormat.rowHeight");
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, value);
      this._ctx.host._changed(false);
    });
  }

  /** Approximates Excel's autofit from the length of the shown text. */
  autofitColumns(): void {
    this._call("autofitColumns", [], ({ sheet, rect }) => {
      const used = clipToUsed(sheet, rect);
      for (let c = rect.col; c < rect.col + rect.cols && c < used.col + Math.max(used.cols, 1); c++) {
        let width = 0;
        for (let r = used.row; r < used.row + used.rows; r++) {
          const cell = sheet.cells[r]?.[c];
          if (!cell) continue;
          const text = String(cellShownValue(cell));
          width = Math.max(width, textWidth(text, cell.style?.font?.size ?? 11) + 6);
        }
        if (width > 0) sheet.columnWidths.set(c, Math.min(409.5, Math.round(width * 4) / 4));
        else sheet.columnWidths.delete(c);
      }
      this._ctx.host._changed(false);
    });
  }

  /** Approximates Excel's autofit: one line per line break (and per wrap), of the largest font. */
  autofitRows(): void {
    this._call("autofitRows", [], ({ sheet, rect }) => {
      const used = clipToUsed(sheet, rect);
      for (let r = used.row; r < used.row + used.rows; r++) {
        let height = 0;
        const cells = sheet.cells[r];
        for (let c = used.col; c < used.col + used.cols; c++) {
          const cell = cells?.[c];
          if (!cell) continue;
          const size = cell.style?.font?.size ?? 11;
          const text = String(cellShownValue(cell));
          let lines = text.split("\n").length;
          if (cell.style?.alignment?.wrapText) {
            const width = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
            lines = Math.max(lines, Math.ceil(textWidth(text, size) / Math.max(width - 4, 1)));
          }
          height = Math.max(height, lines * DEFAULT_ROW_HEIGHT * (size / 11));
        }
        if (height > DEFAULT_ROW_HEIGHT) sheet.rowHeights.set(r, Math.round(height * 4) / 4);
        else sheet.rowHeights.delete(r);
      }
      this._ctx.host._changed(false);
    });
  }

  load(option?: unknown): Excel.RangeFormat {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** The shared value of sizes along an axis, or null when they differ. */
function uniformSize(start: number, count: number, size: (i: number) => number): number | null {
  const first = size(start);
  for (let i = start + 1; i < start + count; i++) if (size(i) !== first) return null;
  return first;
}

const FONT_SCALARS = ["name", "size", "bold", "italic", "color", "underline"];
/** Excel's default font in a new workbook. */
const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" };

/** `Excel.RangeFont`. */
export class RangeFontProxy
  extends ClientObjectBase<RangeTarget>
  implements
    Pick<Excel.RangeFont, "context" | "name" | "size" | "bold" | "italic" | "color" | "underline" | "load">
{
  protected readonly _typeName = "RangeFont";
  protected _scalarProps(): readonly string[] {
    return FONT_SCALARS;
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    switch (name) {
      case "name":
        return readUniform(sheet, rect, (s) => s?.font?.name ?? DEFAULT_FONT.name);
      case "size":
        return readUniform(sheet, rect, (s) => s?.font?.size ?? DEFAULT_FONT.size);
      case "bold":
        return readUniform(sheet, rect, (s) => s?.font?.bold ?? false);
      case "italic":
        return readUniform(sheet, rect, (s) => s?.font?.italic ?? false);
      case "color":
        return readUniform(sheet, rect, (s) => s?.font?.color ?? DEFAULT_FONT.color);
      default:
        return readUniform(sheet, rect, (s) => (s?.font?.underline ? "Single" : "None"));
    }
  }
  private _setFont(
    name: string,
    value: unknown,
    font: (style: CellStyle | undefined) => CellStyle["font"],
  ): void {
    this._set(name, value, ({ sheet, rect }) => {
      updateStyles(sheet, rect, (s) => ({ ...s, font: font(s) }));
      this._ctx.host._changed(false);
    });
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._setFont("name", value, (s) => ({ ...s?.font, name: value }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._setFont("size", value, (s) => ({ ...s?.font, size: value }));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setFont("bold", value, (s) => ({ ...s?.font, bold: value }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setFont("italic", value, (s) => ({ ...s?.font, italic: value }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setFont("color", value, (s) => ({ ...s?.font, color: normalizeColor(value) }));
  }
  get underline():
    Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant" {
    return this._get("underline");
  }
  set underline(
    value: Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant",
  ) {
    this._setFont("underline", value, (s) => ({ ...s?.font, underline: value !== "None" }));
  }
  load(option?: unknown): Excel.RangeFont {
    this._queueLoad(option);
    return asExcel(this);
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

/** Colors as Excel reports them: `#RRGGBB` upper-case; a few HTML names are accepted on input. */
export function normalizeColor(value: string): string {
  const named = NAMED_COLORS[value.toLowerCase()];
  if (named) return named;
  return value.toUpperCase();
}

/** `Excel.RangeFill`. */
export class RangeFillProxy
  extends ClientObjectBase<RangeTarget>
  implements Pick<Excel.RangeFill, "context" | "color" | "clear" | "load">
{
  protected readonly _typeName = "RangeFill";
  protected _scalarProps(): readonly string[] {
    return ["color"];
  }
  protected _readProp(_name: string, { sheet, rect }: RangeTarget): unknown {
    // Office.js reports an unfilled cell as white.
    return readUniform(sheet, rect, (s) => s?.fill?.color ?? "#FFFFFF");
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, ({ sheet, rect }) => {
      const color = normalizeColor(value);
      updateStyles(sheet, rect, (s) => ({ ...s, fill: { ...s?.fill, color } }));
      this._ctx.host._changed(false);
    });
  }
  clear(): void {
    this._call("clear", [], ({ sheet, rect }) => {
      updateStyles(sheet, rect, (s) => {
        if (!s?.fill) return s;
        const { fill: _fill, ...rest } = s;
        return rest;
      });
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.RangeFill {
    this._queueLoad(option);
    return asExcel(this);
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const BORDER_INDEXES: readonly string[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];

/** Which cells of `rect` carry which side for a border index. */
function borderParts(index: BorderIndex, rect: Rect): { side: keyof CellBorders; rect: Rect }[] {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  switch (index) {
    case "EdgeTop":
      return [{ side: "top", rect: { ...rect, rows: 1 } }];
    case "EdgeBottom":
      return [{ side: "bottom", rect: { ...rect, row: lastRow, rows: 1 } }];
    case "EdgeLeft":
      return [{ side: "left", rect: { ...rect, cols: 1 } }];
    case "EdgeRight":
      return [{ side: "right", rect: { ...rect, col: lastCol, cols: 1 } }];
    case "InsideHorizontal":
      if (rect.rows < 2) return [];
      return [
        { side: "bottom", rect: { ...rect, rows: rect.rows - 1 } },
        { side: "top", rect: { ...rect, row: rect.row + 1, rows: rect.rows - 1 } },
      ];
    default:
      if (rect.cols < 2) return [];
      return [
        { side: "right", rect: { ...rect, cols: rect.cols - 1 } },
        { side: "left", rect: { ...rect, col: rect.col + 1, cols: rect.cols - 1 } },
      ];
  }
}

/** `Excel.RangeBorderCollection`. */
export class RangeBorderCollectionProxy
  extends ClientObjectBase<RangeTarget>
  implements Pick<Excel.RangeBorderCollection, "context" | "getItem" | "load">
{
  protected readonly _typeName = "RangeBorderCollection";
  private readonly _items = new Map<string, RangeBorderProxy>();
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  getItem(
    index:
      | Excel.BorderIndex
      | "EdgeTop"
      | "EdgeBottom"
      | "EdgeLeft"
      | "EdgeRight"
      | "InsideVertical"
      | "InsideHorizontal"
      | "DiagonalDown"
      | "DiagonalUp",
  ): Excel.RangeBorder {
    let item = this._items.get(index);
    if (!item) {
      item = new RangeBorderProxy(this._ctx, () => {
        if (!BORDER_INDEXES.includes(index))
          throw invalidArgument(`border ${index} is not supported`, "RangeBorderCollection.getItem");
        const t = this._targetOrNull();
        return t && { ...t, index: index as BorderIndex };
      });
      this._items.set(index, item);
    }
    return asExcel(item);
  }
  load(option?: unknown): Excel.RangeBorderCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

interface BorderTarget extends RangeTarget {
  index: BorderIndex;
}

/** `Excel.RangeBorder`. */
export class RangeBorderProxy
  extends ClientObjectBase<BorderTarget>
  implements Pick<Excel.RangeBorder, "context" | "style" | "weight" | "color" | "sideIndex" | "load">
{
  protected readonly _typeName = "RangeBorder";
  protected _scalarProps(): readonly string[] {
    return ["style", "weight", "color", "sideIndex"];
  }
  protected _readProp(name: string, t: BorderTarget): unknown {
    if (name === "sideIndex") return t.index;
    const parts = borderParts(t.index, t.rect);
    const part = parts[0];
    if (!part) return name === "style" ? "None" : null;
    const read = (s: CellStyle | undefined): unknown => {
      const b = s?.borders?.[part.side];
      if (name === "style") return b?.style ?? "None";
      if (name === "weight") return b?.weight ?? "Thin";
      return b?.color ?? "#000000";
    };
    return readUniform(t.sheet, part.rect, read);
  }
  private _update(
    name: string,
    value: unknown,
    change: (b: BorderStyle | undefined) => BorderStyle | undefined,
  ): void {
    this._set(name, value, (t) => {
      for (const part of borderParts(t.index, t.rect)) {
        updateStyles(t.sheet, part.rect, (s) => {
          const next = change(s?.borders?.[part.side]);
          const borders: CellBorders = { ...s?.borders };
          if (next) borders[part.side] = next;
          else delete borders[part.side];
          return { ...s, borders };
        });
      }
      this._ctx.host._changed(false);
    });
  }
  get sideIndex(): Excel.BorderIndex {
    return this._get("sideIndex");
  }
  get style(): Excel.BorderLineStyle {
    return this._get("style");
  }
  set style(value: Excel.BorderLineStyle | BorderLineStyle) {
    this._update("style", value, (b) =>
      value === "None" ? undefined : { ...b, style: value as BorderLineStyle },
    );
  }
  get weight(): Excel.BorderWeight {
    return this._get("weight");
  }
  set weight(value: Excel.BorderWeight | BorderWeight) {
    this._update("weight", value, (b) => ({ style: "Continuous", ...b, weight: value as BorderWeight }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._update("color", value, (b) => ({ style: "Continuous", ...b, color: normalizeColor(value) }));
  }
  load(option?: unknown): Excel.RangeBorder {
    this._queueLoad(option);
    return asExcel(this);
  }
}
