/**
 * The plain data behind memory-excel: what a workbook holds, with no API semantics.
 *
 * The Office.js proxies (api/), the formula engine (engine/), the xlsx import/export (xlsx/)
 * and the workbench grid all read and write this one model. Coordinates are 0-based
 * (row 0 is Excel's row 1, col 0 is column A). Styles are treated as immutable values:
 * replace them, never mutate a shared one.
 */

import type { Rect } from "../core/address";

export type { Rect };

/** A value a cell can hold: empty cells are absent, not null. */
export type Scalar = number | string | boolean;

/** An Excel error value such as `#N/A` or `#DIV/0!`, as a formula result. */
export interface ErrorValue {
  readonly error: string;
}

export type ComputedValue = Scalar | ErrorValue | null;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** `#RRGGBB` */
  color?: string;
}

export interface FillStyle {
  /** `#RRGGBB` */
  color?: string;
}

/** Office.js `Excel.BorderLineStyle` values. */
export type BorderLineStyle =
  "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";

/** Office.js `Excel.BorderWeight` values. */
export type BorderWeight = "Hairline" | "Thin" | "Medium" | "Thick";

export interface BorderStyle {
  style: BorderLineStyle;
  weight?: BorderWeight;
  /** `#RRGGBB` */
  color?: string;
}

export interface CellBorders {
  top?: BorderStyle;
  bottom?: BorderStyle;
  left?: BorderStyle;
  right?: BorderStyle;
}

export interface Alignment {
  /** Office.js `Excel.HorizontalAlignment` values: General, Left, Center, Right, Fill, Justify, CenterAcrossSelection, Distributed. */
  horizontal?: string;
  /** Office.js `Excel.VerticalAlignment` values: Top, Center, Bottom, Justify, Distributed. */
  vertical?: string;
  wrapText?: boolean;
}

export interface CellStyle {
  /** Excel number format code; absent means `General`. */
  numberFormat?: string;
  font?: FontStyle;
  fill?: FillStyle;
  borders?: CellBorders;
  alignment?: Alignment;
}

export interface Cell {
  /** The constant a user typed, absent for formulas and empty cells. */
  value?: Scalar;
  /** A formula in Office.js (A1, English function names, `,` separators) syntax, starting with `=`. */
  formula?: string;
  /** The formula's last computed result, set by the formula engine or read from a file. */
  computed?: ComputedValue;
  style?: CellStyle;
}

/** Office.js data validation rule, one of its members set (as in `Excel.DataValidationRule`). */
export interface DataValidationRuleModel {
  wholeNumber?: BasicValidation;
  decimal?: BasicValidation;
  date?: BasicValidation;
  time?: BasicValidation;
  textLength?: BasicValidation;
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
}

export interface BasicValidation {
  /** Office.js `Excel.DataValidationOperator`: Between, NotBetween, EqualTo, NotEqualTo, GreaterThan, LessThan, GreaterThanOrEqualTo, LessThanOrEqualTo. */
  operator: string;
  formula1: string | number;
  formula2?: string | number;
}

export interface DataValidationModel {
  /** The cells the rule covers. */
  ranges: Rect[];
  rule: DataValidationRuleModel;
  ignoreBlanks: boolean;
  prompt?: { showPrompt: boolean; title: string; message: string };
  /** style: Stop, Warning, Information. */
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface ConditionalFormatStyle {
  font?: FontStyle;
  fill?: FillStyle;
}

export type ConditionalFormatModel =
  | {
      id: string;
      type: "Custom";
      ranges: Rect[];
      /** Office.js formula relative to the top-left cell of the first range, e.g. `=$W2="逾期"`. */
      formula: string;
      format: ConditionalFormatStyle;
      priority: number;
      stopIfTrue: boolean;
    }
  | {
      id: string;
      type: "CellValue";
      ranges: Rect[];
      /** Office.js `Excel.ConditionalCellValueOperator`: Between, EqualTo, GreaterThan, LessThan, ... */
      operator: string;
      formula1: string;
      formula2?: string;
      format: ConditionalFormatStyle;
      priority: number;
      stopIfTrue: boolean;
    };

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** Office.js `Excel.PaperType` values, e.g. `A4`, `A5`, `Letter`. */
  paperSize: string;
  /** Fit to this many pages wide (0 or absent: no fitting). */
  fitToPagesWide?: number;
  /** Fit to this many pages tall (0: as many as needed). */
  fitToPagesTall?: number;
  printArea?: Rect;
  /** Rows repeated at the top of each printed page. */
  printTitleRows?: { first: number; last: number };
  /** Margins in points. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally?: boolean;
  headerCenter?: string;
  footerCenter?: string;
}

/** Office.js `Excel.ChartType` values memory-excel draws: clustered bars (horizontal) and columns. */
export type ChartTypeModel = "BarClustered" | "ColumnClustered";

/** Office.js `Excel.ChartAxisPosition` values here: at the first category (automatic), the first or the last. */
export type ChartAxisPositionModel = "Automatic" | "Minimum" | "Maximum";

/** Office.js `Excel.ChartLegendPosition` values a legend can take here. */
export type LegendPositionModel = "Top" | "Bottom" | "Left" | "Right" | "Corner";

export interface ChartSeriesModel {
  /** The series' name as text (Excel's `Series1`, `Series2`… until it is given one). */
  name: string;
  /** A reference formula such as `='应收汇总 2026-11'!$H$8:$H$10`: the bars' values. */
  values: string;
  /** A reference formula of the category labels, or absent for 1, 2, 3… */
  categories?: string;
}

/** A chart embedded in a sheet (a chart sheet is not modelled). */
export interface ChartModel {
  /** `Chart 1`, `Chart 2`… as Excel names new charts; not necessarily unique. */
  name: string;
  chartType: ChartTypeModel;
  /** `text` absent is Excel's automatic title: the series' name when there is one series. */
  title: { visible: boolean; text?: string };
  legend: { visible: boolean; position: LegendPositionModel };
  series: ChartSeriesModel[];
  /**
   * The category axis, as Office.js `chart.axes.categoryAxis` sets it: categories last to first
   * (a bar chart's first category then at the top), and where the value axis crosses it.
   */
  categoryAxis: { reversePlotOrder: boolean; position: ChartAxisPositionModel };
  /** The cells the chart covers: its corners lie on this rectangle's top-left and bottom-right edges. */
  cells: Rect;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** `#RRGGBB` or absent. */
  tabColor?: string;
  /** Sparse rows of sparse cells: `cells[row]?.[col]`. */
  cells: (Cell | undefined)[][];
  /** Column widths in points, by column index; absent means the default width. */
  columnWidths: Map<number, number>;
  /** Row heights in points, by row index; absent means the default height. */
  rowHeights: Map<number, number>;
  merges: Rect[];
  freeze: { rows: number; columns: number };
  dataValidations: DataValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  pageLayout: PageLayoutModel;
  gridlines: boolean;
  /** Embedded charts, in the order they were added (back to front). */
  charts: ChartModel[];
}

export interface TableColumnModel {
  id: number;
  name: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row plus body (plus the totals row when shown). */
  ref: Rect;
  columns: TableColumnModel[];
  showHeaders: boolean;
  showTotals: boolean;
  /** e.g. `TableStyleMedium2`. */
  style: string;
}

export interface NamedItemModel {
  name: string;
  /** `=参数!$B$5` or a constant formula such as `=0.96`. */
  formula: string;
  comment: string;
  visible: boolean;
  /** Absent for workbook scope; a sheet id for worksheet scope. */
  sheetId?: string;
}

export interface WorkbookModel {
  /** In tab order. */
  sheets: SheetModel[];
  tables: TableModel[];
  names: NamedItemModel[];
  activeSheetId?: string;
  selection?: { sheetId: string; rect: Rect };
  /** Increments on every applied change; the engine and views use it to know when to refresh. */
  version: number;
  /** Next id to hand out for sheets, tables and rules. */
  nextId: number;
  /** Office.js `Excel.CalculationMode`; absent means `Automatic`. In `Manual`, reads show stale results until a calculation. */
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
}

/** Default Excel column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Default Excel row height in points. */
export const DEFAULT_ROW_HEIGHT = 15;
export { MAX_ROWS, MAX_COLUMNS } from "../core/address";

export function emptyWorkbook(): WorkbookModel {
  return { sheets: [], tables: [], names: [], version: 0, nextId: 1 };
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    cells: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    freeze: { rows: 0, columns: 0 },
    dataValidations: [],
    conditionalFormats: [],
    pageLayout: { orientation: "Portrait", paperSize: "A4" },
    gridlines: true,
    charts: [],
  };
}

export function getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

/** The cell at (row, col), created empty when absent. */
export function ensureCell(sheet: SheetModel, row: number, col: number): Cell {
  let cells = sheet.cells[row];
  if (!cells) {
    cells = [];
    sheet.cells[row] = cells;
  }
  let cell = cells[col];
  if (!cell) {
    cell = {};
    cells[col] = cell;
  }
  return cell;
}

/** What a cell shows as its value: the constant, or the formula's computed result. */
export function cellValue(cell: Cell | undefined): ComputedValue {
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.computed ?? null;
  return cell.value ?? null;
}

/**
 * The used extent of a sheet, or null when blank: cells holding a value, formula or style, or with
 * `valuesOnly` (Office.js `getUsedRange(true)`) only values and formulas.
 */
export function usedRect(sheet: SheetModel, valuesOnly = false): Rect | null {
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  sheet.cells.forEach((cells, row) => {
    cells.forEach((cell, col) => {
      if (!cell || (cell.value === undefined && cell.formula === undefined)) {
        if (valuesOnly || cell?.style === undefined) return;
      }
      if (row < minRow) minRow = row;
      if (row > maxRow) maxRow = row;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
    });
  });
  if (maxRow < 0) return null;
  return { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
}

export { columnLetters, columnIndex, rectAddress, quoteSheetName } from "../core/address";

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
