/**
 * `Excel.ChartCollection`, `Excel.Chart`, its title, legend and series: the charts embedded in a
 * sheet, as far as Gendan draws them (clustered bar and column charts).
 */
import {
  cellValue,
  getCell,
  type ChartAxisPositionModel,
  type ChartModel,
  type ChartSeriesModel,
  type ChartTypeModel,
  type LegendPositionModel,
  type Rect,
  type SheetModel,
  type WorkbookModel,
} from "../model";
import type { MemoryContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { asExcel, ClientObjectBase, ClientResultProxy, CollectionProxy, type Resolver } from "./proxy";
import { rangeProxyOf, rectArgument } from "./range";
import { parseReferenceFormula, sheetAddress } from "./rects";

/** What a Chart proxy stands for: a chart and the sheet it is on. */
interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

/** What a ChartSeries proxy stands for. */
interface SeriesTarget extends ChartTarget {
  series: ChartSeriesModel;
}

const CHART_TYPES: readonly ChartTypeModel[] = ["BarClustered", "ColumnClustered"];
const LEGEND_POSITIONS: readonly LegendPositionModel[] = ["Top", "Bottom", "Left", "Right", "Corner"];
const AXIS_POSITIONS: readonly ChartAxisPositionModel[] = ["Automatic", "Minimum", "Maximum"];

/**
 * Where a new chart goes before `setPosition`: Excel puts it near the middle of the window at
 * 5 × 3 inches; here, from D2 over 8 columns and 15 rows of the default size (384 × 225 points).
 */
const NEW_CHART_CELLS: Rect = { row: 1, col: 3, rows: 15, cols: 8 };

function checkChartType(type: unknown, location: string): ChartTypeModel {
  if (!CHART_TYPES.includes(type as ChartTypeModel)) {
    throw invalidArgument(
      `chart type '${String(type)}' (memory-excel draws ${CHART_TYPES.join(" and ")} charts)`,
      location,
    );
  }
  return type as ChartTypeModel;
}

/** The chart, or ItemNotFound when it (or its sheet) was deleted since the proxy was made. */
function liveChart(book: WorkbookModel, target: ChartTarget, location: string): ChartTarget {
  if (!book.sheets.includes(target.sheet) || !target.sheet.charts.includes(target.chart)) {
    throw itemNotFound("the chart was deleted", location);
  }
  return target;
}

/** Excel names a new chart `Chart N`, N one more than any chart of the sheet has. */
function newChartName(sheet: SheetModel): string {
  let n = sheet.charts.length;
  for (const chart of sheet.charts) {
    const m = /^Chart (\d+)$/.exec(chart.name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `Chart ${n + 1}`;
}

const isText = (sheet: SheetModel, row: number, col: number): boolean => {
  const value = getCell(sheet, row, col)?.value;
  return typeof value === "string" && value !== "";
};

/**
 * The series Excel makes of a source range, in a simplified form of its rules: series by columns
 * when the range has more rows than columns (`Auto`); a first row of text names the series and a
 * first column of text labels the categories (by rows, the other way round). Formula cells count
 * as data.
 */
function seriesOf(sheet: SheetModel, rect: Rect, by: "Columns" | "Rows"): ChartSeriesModel[] {
  // Work in "lines" (the series) and "points" along them, so one code serves both directions.
  const byColumns = by === "Columns";
  const lines = byColumns ? rect.cols : rect.rows;
  const points = byColumns ? rect.rows : rect.cols;
  const cell = (line: number, point: number): [number, number] =>
    byColumns ? [rect.row + point, rect.col + line] : [rect.row + line, rect.col + point];
  const textAt = (line: number, point: number): boolean => isText(sheet, ...cell(line, point));
  const hasNames = points >= 2 && Array.from({ length: lines }, (_, l) => l).every((l) => textAt(l, 0));
  const firstPoint = hasNames ? 1 : 0;
  const labels = Array.from({ length: points - firstPoint }, (_, i) => firstPoint + i);
  const hasCategories =
    lines >= 2 &&
    labels.some((p) => textAt(0, p)) &&
    labels.every((p) => textAt(0, p) || getCell(sheet, ...cell(0, p)) === undefined);
  const firstLine = hasCategories ? 1 : 0;
  const reference = (line: number, from: number, count: number): string => {
    const [row, col] = cell(line, from);
    const span: Rect = byColumns ? { row, col, rows: count, cols: 1 } : { row, col, rows: 1, cols: count };
    return `=${sheetAddress(sheet.name, span, true)}`;
  };
  const series: ChartSeriesModel[] = [];
  for (let line = firstLine; line < lines; line++) {
    const header = hasNames ? cellValue(getCell(sheet, ...cell(line, 0))) : null;
    const s: ChartSeriesModel = {
      name: typeof header === "string" ? header : `Series${series.length + 1}`,
      values: reference(line, firstPoint, points - firstPoint),
    };
    if (hasCategories) s.categories = reference(0, firstPoint, points - firstPoint);
    series.push(s);
  }
  return series;
}

/** `=Sheet!$A$1:$A$9` for a range argument that is one row or one column, as a series needs. */
function lineReference(ctx: MemoryContext, range: Excel.Range, location: string): string {
  const { sheet, rect } = rangeProxyOf(ctx, range, location)._target(location);
  if (rect.rows > 1 && rect.cols > 1) {
    throw invalidArgument("a series takes one row or one column of cells", location);
  }
  return `=${sheetAddress(sheet.name, rect, true)}`;
}

/** `Excel.ChartCollection` of one worksheet. */
export class ChartCollectionProxy
  extends CollectionProxy<ChartTarget, SheetModel>
  implements
    Pick<
      Excel.ChartCollection,
      | "context"
      | "items"
      | "count"
      | "add"
      | "getCount"
      | "getItem"
      | "getItemAt"
      | "getItemOrNullObject"
      | "load"
    >
{
  protected readonly _typeName = "ChartCollection";

  constructor(ctx: MemoryContext, resolver: Resolver<SheetModel>) {
    super(ctx, resolver);
  }
  protected override _scalarProps(): readonly string[] {
    return ["count"];
  }
  protected override _readProp(_name: string, sheet: SheetModel): unknown {
    return sheet.charts.length;
  }
  protected _members(sheet: SheetModel): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected _itemProxy(target: ChartTarget): ChartProxy {
    return new ChartProxy(this._ctx, () => target)._bind(target);
  }
  get items(): Excel.Chart[] {
    return this._items();
  }
  get count(): number {
    return this._get("count");
  }

  private _chart(
    method: string,
    args: unknown[],
    find: (sheet: SheetModel) => ChartTarget | null,
  ): Excel.Chart {
    return asExcel(
      new ChartProxy(
        this._ctx,
        () => {
          const sheet = this._targetOrNull();
          return sheet === null ? null : find(sheet);
        },
        { call: `charts.${method}`, on: this._id, args },
      ),
    );
  }
  private _find(sheet: SheetModel, name: string): ChartTarget | null {
    const upper = name.toUpperCase();
    const chart = sheet.charts.find((c) => c.name.toUpperCase() === upper);
    return chart ? { sheet, chart } : null;
  }

  /** The first chart of that name (Excel allows several), regardless of case. */
  getItem(name: string): Excel.Chart {
    return this._chart("getItem", [name], (sheet) => {
      const found = this._find(sheet, name);
      if (!found) throw itemNotFound(`chart '${name}'`, "ChartCollection.getItem");
      return found;
    });
  }
  getItemOrNullObject(name: string): Excel.Chart {
    return this._chart("getItemOrNullObject", [name], (sheet) => this._find(sheet, name));
  }
  getItemAt(index: number): Excel.Chart {
    return this._chart("getItemAt", [index], (sheet) => {
      const chart = Number.isInteger(index) ? sheet.charts[index] : undefined;
      if (!chart) throw itemNotFound(`chart #${index}`, "ChartCollection.getItemAt");
      return { sheet, chart };
    });
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("ChartCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () => {
      const sheet = this._targetOrNull();
      result._resolve(sheet === null ? 0 : sheet.charts.length);
    });
    return result._asResult();
  }

  /**
   * Adds a chart of `sourceData` (which may be on another sheet), named `Chart N`, at Excel's
   * default size until `setPosition` places it. One series gets a title (its name) and no legend;
   * several get a legend at the bottom and no title, as Excel draws new charts.
   */
  add(
    type: Excel.ChartType | ChartTypeModel,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): Excel.Chart {
    const location = "ChartCollection.add";
    const source = rangeProxyOf(this._ctx, sourceData, location);
    return this._chart("add", [type, { ref: source._id }, seriesBy ?? "Auto"], (sheet) => {
      const chartType = checkChartType(type, location);
      const by = seriesBy ?? "Auto";
      if (by !== "Auto" && by !== "Columns" && by !== "Rows") {
        throw invalidArgument(`seriesBy '${String(by)}'`, location);
      }
      const { sheet: dataSheet, rect } = source._target(location);
      const direction = by === "Auto" ? (rect.rows > rect.cols ? "Columns" : "Rows") : by;
      const series = seriesOf(dataSheet, rect, direction);
      const chart: ChartModel = {
        name: newChartName(sheet),
        chartType,
        title: { visible: series.length === 1 },
        legend: { visible: series.length > 1, position: "Bottom" },
        series,
        categoryAxis: { reversePlotOrder: false, position: "Automatic" },
        cells: { ...NEW_CHART_CELLS },
      };
      sheet.charts.push(chart);
      this._ctx.host._changed(false);
      return { sheet, chart };
    });
  }

  load(option?: unknown): Excel.ChartCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.Chart`. */
export class ChartProxy
  extends ClientObjectBase<ChartTarget>
  implements
    Pick<
      Excel.Chart,
      | "context"
      | "name"
      | "chartType"
      | "title"
      | "legend"
      | "series"
      | "axes"
      | "setPosition"
      | "delete"
      | "load"
      | "isNullObject"
    >
{
  protected readonly _typeName = "Chart";
  private readonly _title = new ChartTitleProxy(this._ctx, () => this._targetOrNull());
  private readonly _legend = new ChartLegendProxy(this._ctx, () => this._targetOrNull());
  private readonly _series = new ChartSeriesCollectionProxy(this._ctx, () => this._targetOrNull());
  private readonly _axes = new ChartAxesProxy(this._ctx, () => this._targetOrNull());

  protected _scalarProps(): readonly string[] {
    return ["name", "chartType"];
  }
  protected _readProp(name: string, { chart }: ChartTarget): unknown {
    return name === "name" ? chart.name : chart.chartType;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    switch (name) {
      case "title":
        return this._title;
      case "legend":
        return this._legend;
      case "series":
        return this._series;
      case "axes":
        return this._axes;
      default:
        return undefined;
    }
  }
  private _update(name: string, value: unknown, apply: (chart: ChartModel) => void): void {
    this._set(name, value, (target) => {
      apply(liveChart(this._ctx.model, target, `Chart.${name}`).chart);
      this._ctx.host._changed(false);
    });
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._update("name", value, (chart) => {
      if (typeof value !== "string" || value.trim() === "")
        throw invalidArgument("a chart needs a name", "Chart.name");
      chart.name = value;
    });
  }
  get chartType(): Excel.ChartType {
    return this._get("chartType");
  }
  set chartType(value: Excel.ChartType) {
    this._update("chartType", value, (chart) => {
      chart.chartType = checkChartType(value, "Chart.chartType");
    });
  }
  get title(): Excel.ChartTitle {
    return asExcel(this._title);
  }
  get legend(): Excel.ChartLegend {
    return asExcel(this._legend);
  }
  get series(): Excel.ChartSeriesCollection {
    return asExcel(this._series);
  }
  get axes(): Excel.ChartAxes {
    return asExcel(this._axes);
  }

  /**
   * Moves the chart's top-left corner to `startCell`'s; with `endCell`, sizes it to cover that
   * cell too (both on the chart's sheet), else keeps its size in cells.
   */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const location = "Chart.setPosition";
    if (typeof startCell !== "string") this._ctx._own(startCell, location);
    if (endCell !== undefined && typeof endCell !== "string") this._ctx._own(endCell, location);
    this._call("setPosition", [startCell, endCell ?? null], (target) => {
      const { sheet, chart } = liveChart(this._ctx.model, target, location);
      const start = rectArgument(this._ctx, startCell, sheet, location);
      if (endCell === undefined || endCell === null) {
        chart.cells = { row: start.row, col: start.col, rows: chart.cells.rows, cols: chart.cells.cols };
      } else {
        const end = rectArgument(this._ctx, endCell, sheet, location);
        const rows = end.row + end.rows - start.row;
        const cols = end.col + end.cols - start.col;
        if (end.row < start.row || end.col < start.col) {
          throw invalidArgument("the end cell is above or left of the start cell", location);
        }
        chart.cells = { row: start.row, col: start.col, rows, cols };
      }
      this._ctx.host._changed(false);
    });
  }

  delete(): void {
    this._call("delete", [], (target) => {
      const { sheet, chart } = liveChart(this._ctx.model, target, "Chart.delete");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      this._ctx.host._changed(false);
    });
  }

  load(option?: unknown): Excel.Chart {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ChartTitle`: its text and whether it shows. */
export class ChartTitleProxy
  extends ClientObjectBase<ChartTarget>
  implements Pick<Excel.ChartTitle, "context" | "text" | "visible" | "load">
{
  protected readonly _typeName = "ChartTitle";
  protected _scalarProps(): readonly string[] {
    return ["text", "visible"];
  }
  protected _readProp(name: string, { chart }: ChartTarget): unknown {
    if (name === "visible") return chart.title.visible;
    // The automatic title shows the one series' name.
    return chart.title.text ?? (chart.series.length === 1 ? chart.series[0]!.name : "");
  }
  get text(): string {
    return this._get("text");
  }
  /** Setting a text shows the title, as in Excel. */
  set text(value: string) {
    this._set("text", value, (target) => {
      const { chart } = liveChart(this._ctx.model, target, "ChartTitle.text");
      chart.title = { visible: true, text: String(value) };
      this._ctx.host._changed(false);
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value, (target) => {
      const { chart } = liveChart(this._ctx.model, target, "ChartTitle.visible");
      chart.title = { ...chart.title, visible: value };
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ChartTitle {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ChartLegend`: whether it shows and where. */
export class ChartLegendProxy
  extends ClientObjectBase<ChartTarget>
  implements Pick<Excel.ChartLegend, "context" | "visible" | "position" | "load">
{
  protected readonly _typeName = "ChartLegend";
  protected _scalarProps(): readonly string[] {
    return ["visible", "position"];
  }
  protected _readProp(name: string, { chart }: ChartTarget): unknown {
    return name === "visible" ? chart.legend.visible : chart.legend.position;
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value, (target) => {
      const { chart } = liveChart(this._ctx.model, target, "ChartLegend.visible");
      chart.legend = { ...chart.legend, visible: value };
      this._ctx.host._changed(false);
    });
  }
  get position(): Excel.ChartLegendPosition {
    return this._get("position");
  }
  set position(value: Excel.ChartLegendPosition) {
    this._set("position", value, (target) => {
      const { chart } = liveChart(this._ctx.model, target, "ChartLegend.position");
      if (!LEGEND_POSITIONS.includes(value as LegendPositionModel)) {
        throw invalidArgument(`legend position '${String(value)}'`, "ChartLegend.position");
      }
      chart.legend = { ...chart.legend, position: value as LegendPositionModel };
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ChartLegend {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ChartAxes`: only the category axis. */
export class ChartAxesProxy
  extends ClientObjectBase<ChartTarget>
  implements Pick<Excel.ChartAxes, "context" | "categoryAxis" | "load">
{
  protected readonly _typeName = "ChartAxes";
  private readonly _category = new ChartCategoryAxisProxy(this._ctx, () => this._targetOrNull());
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "categoryAxis" ? this._category : undefined;
  }
  get categoryAxis(): Excel.ChartAxis {
    return asExcel(this._category);
  }
  load(option?: unknown): Excel.ChartAxes {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/**
 * `Excel.ChartAxis` for the category axis: `reversePlotOrder` (ExcelApi 1.7) and `position`
 * (ExcelApi 1.8, where the value axis crosses it; a custom crossing is not drawn here).
 */
export class ChartCategoryAxisProxy
  extends ClientObjectBase<ChartTarget>
  implements Pick<Excel.ChartAxis, "context" | "reversePlotOrder" | "position" | "load">
{
  protected readonly _typeName = "ChartAxis";
  protected _scalarProps(): readonly string[] {
    return ["reversePlotOrder", "position"];
  }
  protected _readProp(name: string, { chart }: ChartTarget): unknown {
    return name === "position" ? chart.categoryAxis.position : chart.categoryAxis.reversePlotOrder;
  }
  get reversePlotOrder(): boolean {
    return this._get("reversePlotOrder");
  }
  set reversePlotOrder(value: boolean) {
    this._set("reversePlotOrder", value, (target) => {
      const { chart } = liveChart(this._ctx.model, target, "ChartAxis.reversePlotOrder");
      chart.categoryAxis = { ...chart.categoryAxis, reversePlotOrder: value === true };
      this._ctx.host._changed(false);
    });
  }
  get position(): Excel.ChartAxisPosition {
    return this._get("position");
  }
  set position(value: Excel.ChartAxisPosition) {
    this._set("position", value, (target) => {
      const { chart } = liveChart(this._ctx.model, target, "ChartAxis.position");
      if (!AXIS_POSITIONS.includes(value as ChartAxisPositionModel)) {
        throw invalidArgument(`axis position '${String(value)}'`, "ChartAxis.position");
      }
      chart.categoryAxis = { ...chart.categoryAxis, position: value as ChartAxisPositionModel };
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ChartAxis {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ChartSeriesCollection`. */
export class ChartSeriesCollectionProxy
  extends CollectionProxy<SeriesTarget, ChartTarget>
  implements
    Pick<Excel.ChartSeriesCollection, "context" | "items" | "count" | "getItemAt" | "getCount" | "load">
{
  protected readonly _typeName = "ChartSeriesCollection";
  protected override _scalarProps(): readonly string[] {
    return ["count"];
  }
  protected override _readProp(_name: string, { chart }: ChartTarget): unknown {
    return chart.series.length;
  }
  protected _members({ sheet, chart }: ChartTarget): SeriesTarget[] {
    return chart.series.map((series) => ({ sheet, chart, series }));
  }
  protected _itemProxy(target: SeriesTarget): ChartSeriesProxy {
    return new ChartSeriesProxy(this._ctx, () => target)._bind(target);
  }
  get items(): Excel.ChartSeries[] {
    return this._items();
  }
  get count(): number {
    return this._get("count");
  }
  getItemAt(index: number): Excel.ChartSeries {
    return asExcel(
      new ChartSeriesProxy(
        this._ctx,
        () => {
          const target = this._targetOrNull();
          if (target === null) return null;
          const series = Number.isInteger(index) ? target.chart.series[index] : undefined;
          if (!series) throw itemNotFound(`series #${index}`, "ChartSeriesCollection.getItemAt");
          return { ...target, series };
        },
        { call: "series.getItemAt", on: this._id, args: [index] },
      ),
    );
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("ChartSeriesCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () => {
      const target = this._targetOrNull();
      result._resolve(target === null ? 0 : target.chart.series.length);
    });
    return result._asResult();
  }
  load(option?: unknown): Excel.ChartSeriesCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ChartSeries`: its name and the cells of its values and category labels (ExcelApi 1.7). */
export class ChartSeriesProxy
  extends ClientObjectBase<SeriesTarget>
  implements Pick<Excel.ChartSeries, "context" | "name" | "setValues" | "setXAxisValues" | "delete" | "load">
{
  protected readonly _typeName = "ChartSeries";
  protected _scalarProps(): readonly string[] {
    return ["name"];
  }
  protected _readProp(_name: string, { series }: SeriesTarget): unknown {
    return series.name;
  }
  private _live(target: SeriesTarget, location: string): ChartSeriesModel {
    liveChart(this._ctx.model, target, location);
    if (!target.chart.series.includes(target.series)) throw itemNotFound("the series was deleted", location);
    return target.series;
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (target) => {
      this._live(target, "ChartSeries.name").name = String(value);
      this._ctx.host._changed(false);
    });
  }
  private _setRange(method: "setValues" | "setXAxisValues", sourceData: Excel.Range): void {
    const location = `ChartSeries.${method}`;
    rangeProxyOf(this._ctx, sourceData, location);
    this._call(method, [sourceData], (target) => {
      const series = this._live(target, location);
      const reference = lineReference(this._ctx, sourceData, location);
      if (method === "setValues") series.values = reference;
      else series.categories = reference;
      this._ctx.host._changed(false);
    });
  }
  setValues(sourceData: Excel.Range): void {
    this._setRange("setValues", sourceData);
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this._setRange("setXAxisValues", sourceData);
  }
  delete(): void {
    this._call("delete", [], (target) => {
      const series = this._live(target, "ChartSeries.delete");
      target.chart.series.splice(target.chart.series.indexOf(series), 1);
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ChartSeries {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** Every series reference of every chart in the book, to rewrite in place. */
function eachSeriesReference(book: WorkbookModel, rewrite: (formula: string) => string): void {
  for (const sheet of book.sheets) {
    for (const chart of sheet.charts) {
      for (const series of chart.series) {
        series.values = rewrite(series.values);
        if (series.categories !== undefined) series.categories = rewrite(series.categories);
      }
    }
  }
}

/** Series that referred to a renamed sheet follow it, as Excel rewrites chart references. */
export function renameChartReferences(book: WorkbookModel, oldName: string, newName: string): void {
  eachSeriesReference(book, (formula) => {
    const ref = parseReferenceFormula(formula);
    if (!ref || ref.sheet.toUpperCase() !== oldName.toUpperCase()) return formula;
    return `=${sheetAddress(newName, ref.rect, true)}`;
  });
}

/** Series that referred to a deleted sheet refer to `#REF!`, as in Excel. */
export function breakChartReferences(book: WorkbookModel, deletedName: string): void {
  eachSeriesReference(book, (formula) => {
    const ref = parseReferenceFormula(formula);
    return ref && ref.sheet.toUpperCase() === deletedName.toUpperCase() ? "=#REF!" : formula;
  });
}
