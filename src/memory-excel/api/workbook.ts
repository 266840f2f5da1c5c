/** `Excel.Workbook` and `Excel.Application` of a request context. */
import type { WorkbookModel } from "../model";
import type { MemoryContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { NamedItemCollectionProxy } from "./names";
import { asExcel, ClientObjectBase } from "./proxy";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";
import { activeSheet, WorksheetCollectionProxy } from "./worksheet";

/** `Excel.Workbook`. */
export class WorkbookProxy
  extends ClientObjectBase<WorkbookModel>
  implements
    Pick<
      Excel.Workbook,
      | "context"
      | "worksheets"
      | "tables"
      | "names"
      | "application"
      | "getSelectedRange"
      | "getActiveCell"
      | "load"
    >
{
  protected readonly _typeName = "Workbook";
  private readonly _worksheets: WorksheetCollectionProxy;
  private readonly _tables: TableCollectionProxy;
  private readonly _names: NamedItemCollectionProxy;

  constructor(ctx: MemoryContext) {
    super(ctx, () => ctx.model);
    this._worksheets = new WorksheetCollectionProxy(ctx);
    this._tables = new TableCollectionProxy(ctx, () => "workbook");
    this._names = new NamedItemCollectionProxy(ctx, () => "workbook");
  }
  _excel(): Excel.Workbook {
    return asExcel(this);
  }
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "worksheets"
      ? this._worksheets
      : name === "tables"
        ? this._tables
        : name === "names"
          ? this._names
          : undefined;
  }
  get worksheets(): Excel.WorksheetCollection {
    return asExcel(this._worksheets);
  }
  get tables(): Excel.TableCollection {
    return asExcel(this._tables);
  }
  get names(): Excel.NamedItemCollection {
    return asExcel(this._names);
  }
  get application(): Excel.Application {
    return this._ctx.application;
  }
  private _selection(method: string, cellOnly: boolean): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const book = this._ctx.model;
        const selection = book.selection;
        const sheet = selection ? book.sheets.find((s) => s.id === selection.sheetId) : undefined;
        if (sheet && selection) {
          const rect = cellOnly
            ? { row: selection.rect.row, col: selection.rect.col, rows: 1, cols: 1 }
            : selection.rect;
          return { sheet, rect };
        }
        const active = activeSheet(book);
        if (!active) throw itemNotFound("a selection", `Workbook.${method}`);
        return { sheet: active, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      },
      { call: method },
    )._excel();
  }
  /** The model's selection, or A1 of the active sheet when nothing was selected. */
  getSelectedRange(): Excel.Range {
    return this._selection("getSelectedRange", false);
  }
  getActiveCell(): Excel.Range {
    return this._selection("getActiveCell", true);
  }
  load(option?: unknown): Excel.Workbook {
    this._queueLoad(option);
    return this._excel();
  }
}

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

/** `Excel.Application`: the calculation mode and explicit calculation. */
export class ApplicationProxy
  extends ClientObjectBase<WorkbookModel>
  implements Pick<Excel.Application, "context" | "calculationMode" | "calculate" | "load">
{
  protected readonly _typeName = "Application";
  constructor(ctx: MemoryContext) {
    super(ctx, () => ctx.model);
  }
  _excel(): Excel.Application {
    return asExcel(this);
  }
  protected _scalarProps(): readonly string[] {
    return ["calculationMode"];
  }
  protected _readProp(_name: string, book: WorkbookModel): unknown {
    return book.calculationMode ?? "Automatic";
  }
  get calculationMode(): Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" {
    return this._get("calculationMode");
  }
  set calculationMode(value: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual") {
    this._set("calculationMode", value, (book) => {
      const mode = CALCULATION_MODES.find((m) => m === value);
      if (!mode) throw invalidArgument(`calculation mode '${String(value)}'`, "Application.calculationMode");
      if (mode === "Automatic") delete book.calculationMode;
      else book.calculationMode = mode;
      this._ctx.host._changed(false);
    });
  }
  /** Recalculates now, whatever the calculation mode. */
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this._call("calculate", [calculationType], () => this._ctx.host._recalculate(true));
  }
  load(option?: unknown): Excel.Application {
    this._queueLoad(option);
    return this._excel();
  }
}
