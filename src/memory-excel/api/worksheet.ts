/** `Excel.WorksheetCollection`, `Excel.Worksheet`, freeze panes and page layout. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  newSheet,
  type PageLayoutModel,
  type Rect,
  type SheetModel,
  usedRect,
  type WorkbookModel,
} from "../model";
import { breakChartReferences, ChartCollectionProxy, renameChartReferences } from "./charts";
import type { MemoryContext } from "./context";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { checkSheetName } from "./nameRules";
import { NamedItemCollectionProxy } from "./names";
import { asExcel, ClientObjectBase, ClientResultProxy, CollectionProxy, type Resolver } from "./proxy";
import { normalizeColor, RangeProxy, rectArgument } from "./range";
import { parseAddress, parseReferenceFormula, sheetAddress } from "./rects";
import { TableCollectionProxy } from "./tables";
import { quoteSheetName } from "../../core/address";

/** The sheet a name or id stands for, case-insensitively by name. */
export function findSheet(book: WorkbookModel, key: string): SheetModel | undefined {
  const upper = key.toUpperCase();
  return book.sheets.find((s) => s.name.toUpperCase() === upper) ?? book.sheets.find((s) => s.id === key);
}

/** The active sheet: the model's, else the first visible one. */
export function activeSheet(book: WorkbookModel): SheetModel | undefined {
  return (
    book.sheets.find((s) => s.id === book.activeSheetId) ??
    book.sheets.find((s) => s.visibility === "Visible")
  );
}

function liveSheet(book: WorkbookModel, sheet: SheetModel, location: string): SheetModel {
  if (!book.sheets.includes(sheet)) throw itemNotFound("the worksheet was deleted", location);
  return sheet;
}

type CollectionMembers =
  | "context"
  | "items"
  | "add"
  | "getActiveWorksheet"
  | "getCount"
  | "getFirst"
  | "getItem"
  | "getItemOrNullObject"
  | "getLast"
  | "load";

/** `Excel.WorksheetCollection`. */
export class WorksheetCollectionProxy
  extends CollectionProxy<SheetModel, WorkbookModel>
  implements Pick<Excel.WorksheetCollection, CollectionMembers>
{
  protected readonly _typeName = "WorksheetCollection";

  constructor(ctx: MemoryContext) {
    super(ctx, () => ctx.model);
  }

  protected _members(book: WorkbookModel): SheetModel[] {
    return book.sheets;
  }
  protected _itemProxy(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => sheet)._bind(sheet);
  }
  get items(): Excel.Worksheet[] {
    return this._items();
  }

  private _sheet(
    method: string,
    args: unknown[],
    find: (book: WorkbookModel) => SheetModel | null,
  ): Excel.Worksheet {
    return new WorksheetProxy(this._ctx, () => find(this._ctx.model), {
      call: `worksheets.${method}`,
      args,
    })._excel();
  }

  getItem(key: string): Excel.Worksheet {
    return this._sheet("getItem", [key], (book) => {
      const sheet = findSheet(book, key);
      if (!sheet) throw itemNotFound(`worksheet '${key}'`, "WorksheetCollection.getItem");
      return sheet;
    });
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    return this._sheet("getItemOrNullObject", [key], (book) => findSheet(book, key) ?? null);
  }
  getActiveWorksheet(): Excel.Worksheet {
    return this._sheet("getActiveWorksheet", [], (book) => {
      const sheet = activeSheet(book);
      if (!sheet) throw itemNotFound("an active worksheet", "WorksheetCollection.getActiveWorksheet");
      return sheet;
    });
  }
  getFirst(visibleOnly?: boolean): Excel.Worksheet {
    return this._sheet("getFirst", [visibleOnly ?? false], (book) => {
      const sheet = book.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!sheet) throw itemNotFound("a worksheet", "WorksheetCollection.getFirst");
      return sheet;
    });
  }
  getLast(visibleOnly?: boolean): Excel.Worksheet {
    return this._sheet("getLast", [visibleOnly ?? false], (book) => {
      const sheet = [...book.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible");
      if (!sheet) throw itemNotFound("a worksheet", "WorksheetCollection.getLast");
      return sheet;
    });
  }
  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("WorksheetCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount", args: [visibleOnly ?? false] }, () =>
      result._resolve(
        this._ctx.model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
      ),
    );
    return result._asResult();
  }

  /** Adds a sheet at the end (not activated, as in Office.js); the default name is the first free `SheetN`. */
  add(name?: string): Excel.Worksheet {
    return new WorksheetProxy(
      this._ctx,
      () => {
        const book = this._ctx.model;
        let sheetName = name;
        if (sheetName === undefined || sheetName === null) {
          let n = book.sheets.length + 1;
          while (findSheet(book, `Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        checkSheetName(book, sheetName, "WorksheetCollection.add");
        const sheet = newSheet(`sheet${book.nextId++}`, sheetName);
        book.sheets.push(sheet);
        book.activeSheetId ??= sheet.id;
        this._ctx.host._changed(true);
        return sheet;
      },
      { call: "worksheets.add", args: [name ?? null] },
    )._excel();
  }

  load(option?: unknown): Excel.WorksheetCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

const SHEET_SCALARS = [
  "id",
  "name",
  "position",
  "visibility",
  "tabColor",
  "showGridlines",
  "standardWidth",
  "standardHeight",
];

type SheetMembers =
  | "context"
  | "id"
  | "name"
  | "position"
  | "visibility"
  | "tabColor"
  | "showGridlines"
  | "standardWidth"
  | "standardHeight"
  | "tables"
  | "names"
  | "charts"
  | "freezePanes"
  | "pageLayout"
  | "getRange"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "delete"
  | "activate"
  | "load"
  | "isNullObject";

/** `Excel.Worksheet`. */
export class WorksheetProxy
  extends ClientObjectBase<SheetModel>
  implements Pick<Excel.Worksheet, SheetMembers>
{
  protected readonly _typeName = "Worksheet";
  private _tables?: TableCollectionProxy;
  private _names?: NamedItemCollectionProxy;
  private _charts?: ChartCollectionProxy;
  private _freezePanes?: FreezePanesProxy;
  private _pageLayout?: PageLayoutProxy;

  constructor(ctx: MemoryContext, resolver: Resolver<SheetModel>, instantiate?: Record<string, unknown>) {
    super(ctx, resolver, instantiate);
  }

  _excel(): Excel.Worksheet {
    return asExcel(this);
  }

  protected _scalarProps(): readonly string[] {
    return SHEET_SCALARS;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    switch (name) {
      case "tables":
        return this._tablesProxy();
      case "names":
        return this._namesProxy();
      case "charts":
        return this._chartsProxy();
      case "freezePanes":
        return this._freezeProxy();
      case "pageLayout":
        return this._pageLayoutProxy();
      default:
        return undefined;
    }
  }
  protected _readProp(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return this._ctx.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor ?? "";
      case "showGridlines":
        return sheet.gridlines;
      case "standardWidth":
        return 8.43;
      default:
        return 15;
    }
  }

  get id(): string {
    return this._get("id");
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (sheet) => {
      const book = this._ctx.model;
      liveSheet(book, sheet, "Worksheet.name");
      checkSheetName(book, value, "Worksheet.name", sheet);
      const old = sheet.name;
      sheet.name = value;
      // Names referring to the sheet follow the rename, as Excel rewrites references.
      for (const n of book.names) {
        const ref = parseReferenceFormula(n.formula);
        if (ref && ref.sheet.toUpperCase() === old.toUpperCase())
          n.formula = `=${sheetAddress(value, ref.rect, true)}`;
      }
      renameChartReferences(book, old, value);
      this._ctx.host._changed(true);
    });
  }

  get position(): number {
    return this._get("position");
  }
  set position(value: number) {
    this._set("position", value, (sheet) => {
      const sheets = this._ctx.model.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw invalidArgument(`position ${value} is outside 0..${sheets.length - 1}`, "Worksheet.position");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
      this._ctx.host._changed(false);
    });
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this._get("visibility");
  }
  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this._set("visibility", value, (sheet) => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
        throw invalidArgument(`visibility '${String(value)}'`, "Worksheet.visibility");
      }
      const book = this._ctx.model;
      if (value !== "Visible" && !book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw invalidOperation("a workbook must keep one visible sheet", "Worksheet.visibility");
      }
      sheet.visibility = value;
      if (value !== "Visible" && book.activeSheetId === sheet.id) {
        book.activeSheetId = book.sheets.find((s) => s.visibility === "Visible")?.id;
      }
      this._ctx.host._changed(false);
    });
  }

  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(value: string) {
    this._set("tabColor", value, (sheet) => {
      if (value === "") delete sheet.tabColor;
      else sheet.tabColor = normalizeColor(value);
      this._ctx.host._changed(false);
    });
  }

  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(value: boolean) {
    this._set("showGridlines", value, (sheet) => {
      sheet.gridlines = value;
      this._ctx.host._changed(false);
    });
  }

  private _tablesProxy(): TableCollectionProxy {
    this._tables ??= new TableCollectionProxy(this._ctx, () => this._targetOrNull());
    return this._tables;
  }
  private _namesProxy(): NamedItemCollectionProxy {
    this._names ??= new NamedItemCollectionProxy(this._ctx, () => this._targetOrNull());
    return this._names;
  }
  private _chartsProxy(): ChartCollectionProxy {
    this._charts ??= new ChartCollectionProxy(this._ctx, () => this._targetOrNull());
    return this._charts;
  }
  private _freezeProxy(): FreezePanesProxy {
    this._freezePanes ??= new FreezePanesProxy(this._ctx, () => this._targetOrNull());
    return this._freezePanes;
  }
  private _pageLayoutProxy(): PageLayoutProxy {
    this._pageLayout ??= new PageLayoutProxy(this._ctx, () => this._targetOrNull());
    return this._pageLayout;
  }
  get tables(): Excel.TableCollection {
    return asExcel(this._tablesProxy());
  }
  get names(): Excel.NamedItemCollection {
    return asExcel(this._namesProxy());
  }
  get charts(): Excel.ChartCollection {
    return asExcel(this._chartsProxy());
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    return asExcel(this._freezeProxy());
  }
  get pageLayout(): Excel.PageLayout {
    return asExcel(this._pageLayoutProxy());
  }

  private _range(method: string, args: unknown[], rect: (sheet: SheetModel) => Rect | null): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const sheet = this._targetOrNull();
        if (sheet === null) return null;
        liveSheet(this._ctx.model, sheet, `Worksheet.${method}`);
        const r = rect(sheet);
        return r && { sheet, rect: r };
      },
      { call: method, on: this._id, args },
    )._excel();
  }

  /** A1 addresses, whole rows and columns, or a defined name referring to a range on this sheet. */
  getRange(address?: string): Excel.Range {
    return this._range("getRange", [address ?? null], (sheet) => {
      if (address === undefined || address === null || address === "") {
        return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
      }
      const parsed = parseAddress(address);
      if (parsed) {
        if (parsed.sheet !== "" && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
          throw invalidArgument(`'${address}' is on another worksheet`, "Worksheet.getRange");
        }
        return parsed.rect;
      }
      const upper = address.toUpperCase();
      const named = this._ctx.model.names.find(
        (n) => n.name.toUpperCase() === upper && (n.sheetId === undefined || n.sheetId === sheet.id),
      );
      const ref = named && parseReferenceFormula(named.formula);
      if (ref && ref.sheet.toUpperCase() === sheet.name.toUpperCase()) return ref.rect;
      throw invalidArgument(`'${address}' is not a range address`, "Worksheet.getRange");
    });
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): Excel.Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const ok =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        startRow + rowCount <= MAX_ROWS &&
        startColumn + columnCount <= MAX_COLUMNS;
      if (!ok) throw invalidArgument("indexes outside the worksheet", "Worksheet.getRangeByIndexes");
      return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    });
  }
  getCell(row: number, column: number): Excel.Range {
    return this._range("getCell", [row, column], () => {
      if (!(row >= 0 && row < MAX_ROWS && column >= 0 && column < MAX_COLUMNS)) {
        throw invalidArgument("cell outside the worksheet", "Worksheet.getCell");
      }
      return { row, col: column, rows: 1, cols: 1 };
    });
  }
  /** The used range; a blank sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._range(
      "getUsedRange",
      [valuesOnly ?? false],
      (sheet) => usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this._range("getUsedRangeOrNullObject", [valuesOnly ?? false], (sheet) =>
      usedRect(sheet, valuesOnly),
    );
  }

  /**
   * Deletes the sheet with its tables, charts and sheet-scope names; names and chart series that
   * referred to it become `#REF!`.
   */
  delete(): void {
    this._call("delete", [], (sheet) => {
      const book = this._ctx.model;
      liveSheet(book, sheet, "Worksheet.delete");
      if (!book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw invalidOperation("a workbook must keep one visible sheet", "Worksheet.delete");
      }
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      book.tables = book.tables.filter((t) => t.sheetId !== sheet.id);
      book.names = book.names.filter((n) => n.sheetId !== sheet.id);
      const prefix = `${quoteSheetName(sheet.name)}!`.toUpperCase();
      for (const n of book.names) {
        if (n.formula.toUpperCase().includes(prefix)) n.formula = "=#REF!";
      }
      breakChartReferences(book, sheet.name);
      if (book.activeSheetId === sheet.id) book.activeSheetId = activeSheet(book)?.id;
      if (book.selection?.sheetId === sheet.id) delete book.selection;
      this._ctx.host._changed(true);
    });
  }

  activate(): void {
    this._call("activate", [], (sheet) => {
      const book = this._ctx.model;
      liveSheet(book, sheet, "Worksheet.activate");
      if (sheet.visibility !== "Visible")
        throw invalidOperation("a hidden sheet cannot be activated", "Worksheet.activate");
      book.activeSheetId = sheet.id;
      if (book.selection?.sheetId !== sheet.id)
        book.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      this._ctx.host._changed(false);
    });
  }

  load(option?: unknown): Excel.Worksheet {
    this._queueLoad(option);
    return this._excel();
  }
}

/** `Excel.WorksheetFreezePanes`. */
export class FreezePanesProxy
  extends ClientObjectBase<SheetModel>
  implements
    Pick<
      Excel.WorksheetFreezePanes,
      | "context"
      | "freezeRows"
      | "freezeColumns"
      | "freezeAt"
      | "unfreeze"
      | "getLocation"
      | "getLocationOrNullObject"
    >
{
  protected readonly _typeName = "WorksheetFreezePanes";
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  private _freeze(
    method: string,
    args: unknown[],
    freeze: (sheet: SheetModel) => { rows: number; columns: number },
  ): void {
    this._call(method, args, (sheet) => {
      const f = freeze(sheet);
      if (!(f.rows >= 0 && f.columns >= 0 && f.rows < MAX_ROWS && f.columns < MAX_COLUMNS)) {
        throw invalidArgument("freeze count outside the worksheet", `WorksheetFreezePanes.${method}`);
      }
      sheet.freeze = f;
      this._ctx.host._changed(false);
    });
  }
  freezeRows(count?: number): void {
    this._freeze("freezeRows", [count ?? 1], () => ({ rows: count ?? 1, columns: 0 }));
  }
  freezeColumns(count?: number): void {
    this._freeze("freezeColumns", [count ?? 1], () => ({ rows: 0, columns: count ?? 1 }));
  }
  /** Freezes the cells above and left of the range's bottom-right corner, as Office.js does. */
  freezeAt(frozenRange: Excel.Range | string): void {
    if (typeof frozenRange !== "string") this._ctx._own(frozenRange, "WorksheetFreezePanes.freezeAt");
    this._freeze("freezeAt", [frozenRange], (sheet) => {
      const rect = rectArgument(this._ctx, frozenRange, sheet, "WorksheetFreezePanes.freezeAt");
      return { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this._freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }
  getLocation(): Excel.Range {
    return this._location("getLocation", true);
  }
  getLocationOrNullObject(): Excel.Range {
    return this._location("getLocationOrNullObject", false);
  }
  private _location(method: string, required: boolean): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const sheet = this._targetOrNull();
        if (!sheet) return null;
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) {
          if (required) throw itemNotFound("frozen panes", `WorksheetFreezePanes.${method}`);
          return null;
        }
        return {
          sheet,
          rect: {
            row: 0,
            col: 0,
            rows: rows === 0 ? MAX_ROWS : rows,
            cols: columns === 0 ? MAX_COLUMNS : columns,
          },
        };
      },
      { call: method, on: this._id },
    )._excel();
  }
  load(option?: unknown): Excel.WorksheetFreezePanes {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** Excel's "Normal" margins, in points. */
const DEFAULT_MARGINS = { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 };
const MARGIN_PROPS = {
  topMargin: "top",
  bottomMargin: "bottom",
  leftMargin: "left",
  rightMargin: "right",
  headerMargin: "header",
  footerMargin: "footer",
} as const;
type MarginProp = keyof typeof MARGIN_PROPS;

type PageLayoutMembers =
  | "context"
  | "orientation"
  | "paperSize"
  | "zoom"
  | "centerHorizontally"
  | MarginProp
  | "headersFooters"
  | "setPrintArea"
  | "getPrintArea"
  | "getPrintAreaOrNullObject"
  | "setPrintTitleRows"
  | "getPrintTitleRowsOrNullObject"
  | "load";

/** `Excel.PageLayout`. */
export class PageLayoutProxy
  extends ClientObjectBase<SheetModel>
  implements Pick<Excel.PageLayout, PageLayoutMembers>
{
  protected readonly _typeName = "PageLayout";
  private readonly _headersFooters = new HeaderFooterGroupProxy(this._ctx, () => this._targetOrNull());

  protected _scalarProps(): readonly string[] {
    return ["orientation", "paperSize", "zoom", "centerHorizontally", ...Object.keys(MARGIN_PROPS)];
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "headersFooters" ? this._headersFooters : undefined;
  }
  protected _readProp(name: string, sheet: SheetModel): unknown {
    const layout = sheet.pageLayout;
    switch (name) {
      case "orientation":
        return layout.orientation;
      case "paperSize":
        return layout.paperSize;
      case "centerHorizontally":
        return layout.centerHorizontally ?? false;
      case "zoom":
        return layout.fitToPagesWide !== undefined || layout.fitToPagesTall !== undefined
          ? {
              horizontalFitToPages: layout.fitToPagesWide ?? 0,
              verticalFitToPages: layout.fitToPagesTall ?? 0,
            }
          : { scale: 100 };
      default:
        return (layout.margins ?? DEFAULT_MARGINS)[MARGIN_PROPS[name as MarginProp]];
    }
  }
  private _layout(name: string, value: unknown, apply: (layout: PageLayoutModel) => void): void {
    this._set(name, value, (sheet) => {
      apply(sheet.pageLayout);
      this._ctx.host._changed(false);
    });
  }

  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this._get("orientation");
  }
  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    this._layout("orientation", value, (l) => {
      if (value !== "Portrait" && value !== "Landscape")
        throw invalidArgument(`orientation '${String(value)}'`, "PageLayout.orientation");
      l.orientation = value;
    });
  }
  get paperSize(): Excel.PaperType {
    return this._get("paperSize");
  }
  set paperSize(value: Excel.PaperType) {
    this._layout("paperSize", value, (l) => {
      l.paperSize = value;
    });
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this._layout("centerHorizontally", value, (l) => {
      l.centerHorizontally = value;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this._layout("zoom", value, (l) => {
      if (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined) {
        l.fitToPagesWide = value.horizontalFitToPages ?? 0;
        l.fitToPagesTall = value.verticalFitToPages ?? 0;
      } else {
        delete l.fitToPagesWide;
        delete l.fitToPagesTall;
      }
    });
  }
  private _margin(name: MarginProp): number {
    return this._get(name);
  }
  private _setMargin(name: MarginProp, value: number): void {
    this._layout(name, value, (l) => {
      if (!(value >= 0)) throw invalidArgument(`${name} must be ≥ 0`, `PageLayout.${name}`);
      l.margins = { ...(l.margins ?? DEFAULT_MARGINS), [MARGIN_PROPS[name]]: value };
    });
  }
  get topMargin(): number {
    return this._margin("topMargin");
  }
  set topMargin(v: number) {
    this._setMargin("topMargin", v);
  }
  get bottomMargin(): number {
    return this._margin("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._setMargin("bottomMargin", v);
  }
  get leftMargin(): number {
    return this._margin("leftMargin");
  }
  set leftMargin(v: number) {
    this._setMargin("leftMargin", v);
  }
  get rightMargin(): number {
    return this._margin("rightMargin");
  }
  set rightMargin(v: number) {
    this._setMargin("rightMargin", v);
  }
  get headerMargin(): number {
    return this._margin("headerMargin");
  }
  set headerMargin(v: number) {
    this._setMargin("headerMargin", v);
  }
  get footerMargin(): number {
    return this._margin("footerMargin");
  }
  set footerMargin(v: number) {
    this._setMargin("footerMargin", v);
  }
  get headersFooters(): Excel.HeaderFooterGroup {
    return asExcel(this._headersFooters);
  }

  private _rectOf(sheet: SheetModel, value: Excel.Range | Excel.RangeAreas | string, location: string): Rect {
    if (typeof value === "string" && value.includes(",")) {
      throw invalidArgument("print areas of several ranges are not supported", location);
    }
    return rectArgument(this._ctx, value as Excel.Range | string, sheet, location);
  }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    if (typeof printArea !== "string") this._ctx._own(printArea, "PageLayout.setPrintArea");
    this._call("setPrintArea", [printArea], (sheet) => {
      sheet.pageLayout.printArea = this._rectOf(sheet, printArea, "PageLayout.setPrintArea");
      this._ctx.host._changed(false);
    });
  }
  getPrintArea(): Excel.RangeAreas {
    return this._printArea("getPrintArea", true);
  }
  getPrintAreaOrNullObject(): Excel.RangeAreas {
    return this._printArea("getPrintAreaOrNullObject", false);
  }
  private _printArea(method: string, required: boolean): Excel.RangeAreas {
    return asExcel(
      new RangeAreasProxy(
        this._ctx,
        () => {
          const sheet = this._targetOrNull();
          const rect = sheet?.pageLayout.printArea;
          if (!sheet || !rect) {
            if (required) throw itemNotFound("a print area", `PageLayout.${method}`);
            return null;
          }
          return { sheet, rect };
        },
        { call: method, on: this._id },
      ),
    );
  }
  /** Rows repeated at the top of each page: the rows of the given range. */
  setPrintTitleRows(titleRows: Excel.Range | string): void {
    if (typeof titleRows !== "string") this._ctx._own(titleRows, "PageLayout.setPrintTitleRows");
    this._call("setPrintTitleRows", [titleRows], (sheet) => {
      const rect = this._rectOf(sheet, titleRows, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = { first: rect.row, last: rect.row + rect.rows - 1 };
      this._ctx.host._changed(false);
    });
  }
  getPrintTitleRowsOrNullObject(): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const sheet = this._targetOrNull();
        const rows = sheet?.pageLayout.printTitleRows;
        if (!sheet || !rows) return null;
        return {
          sheet,
          rect: { row: rows.first, col: 0, rows: rows.last - rows.first + 1, cols: MAX_COLUMNS },
        };
      },
      { call: "getPrintTitleRowsOrNullObject", on: this._id },
    )._excel();
  }
  load(option?: unknown): Excel.PageLayout {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.RangeAreas`, for the print area: one rectangle. */
export class RangeAreasProxy
  extends ClientObjectBase<{ sheet: SheetModel; rect: Rect }>
  implements
    Pick<Excel.RangeAreas, "context" | "address" | "addressLocal" | "areaCount" | "load" | "isNullObject">
{
  protected readonly _typeName = "RangeAreas";
  protected _scalarProps(): readonly string[] {
    return ["address", "addressLocal", "areaCount"];
  }
  protected _readProp(name: string, t: { sheet: SheetModel; rect: Rect }): unknown {
    return name === "areaCount" ? 1 : sheetAddress(t.sheet.name, t.rect);
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  load(option?: unknown): Excel.RangeAreas {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.HeaderFooterGroup`: only the headers and footers for all pages. */
export class HeaderFooterGroupProxy
  extends ClientObjectBase<SheetModel>
  implements Pick<Excel.HeaderFooterGroup, "context" | "defaultForAllPages" | "load">
{
  protected readonly _typeName = "HeaderFooterGroup";
  private readonly _all = new HeaderFooterProxy(this._ctx, () => this._targetOrNull());
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "defaultForAllPages" ? this._all : undefined;
  }
  get defaultForAllPages(): Excel.HeaderFooter {
    return asExcel(this._all);
  }
  load(option?: unknown): Excel.HeaderFooterGroup {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.HeaderFooter`: the centre header and footer. */
export class HeaderFooterProxy
  extends ClientObjectBase<SheetModel>
  implements Pick<Excel.HeaderFooter, "context" | "centerHeader" | "centerFooter" | "load">
{
  protected readonly _typeName = "HeaderFooter";
  protected _scalarProps(): readonly string[] {
    return ["centerHeader", "centerFooter"];
  }
  protected _readProp(name: string, sheet: SheetModel): unknown {
    return (name === "centerHeader" ? sheet.pageLayout.headerCenter : sheet.pageLayout.footerCenter) ?? "";
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(value: string) {
    this._set("centerHeader", value, (sheet) => {
      sheet.pageLayout.headerCenter = value;
      this._ctx.host._changed(false);
    });
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(value: string) {
    this._set("centerFooter", value, (sheet) => {
      sheet.pageLayout.footerCenter = value;
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.HeaderFooter {
    this._queueLoad(option);
    return asExcel(this);
  }
}
