/**
 * A plan is what an action decided to write, as data: core returns it, excel/ applies it in one batch.
 * Addresses are A1 without the sheet; `sheet` names the sheet. Cell values are constants and are
 * written as constants (a string stays text even when it looks like a number or a formula).
 */

export type CellConstant = string | number | boolean | null;

/** A data-validation rule, independent of Office.js; excel/ translates it. */
export type ValidationRule =
  /** A drop-down: `source` is "a,b,c" or a formula such as "=LIST_CUSTOMERS". */
  | { kind: "list"; source: string }
  /** Whole numbers or decimals; `min` inclusive unless `minExclusive`; no bound when absent. */
  | { kind: "wholeNumber" | "decimal"; min?: number; minExclusive?: boolean; max?: number }
  /** Dates on or after `min` (a serial date). */
  | { kind: "date"; min: number };

export interface ValidationStep {
  kind: "validation";
  sheet: string;
  address: string;
  rule: ValidationRule;
  /** The input message shown when a cell is selected. */
  prompt: { title: string; message: string };
  /** The alert that stops a wrong entry. */
  error: { title: string; message: string };
}

/** A formula-based conditional format; `formula` is relative to the range's top-left cell. */
export interface ConditionalFormatStep {
  kind: "conditionalFormat";
  sheet: string;
  address: string;
  formula: string;
  fill: string;
  fontColor: string;
}

/** Which borders a border step draws: the outline's four edges, the lines between cells, or one side. */
export type BorderEdges =
  "outline" | "inside" | "top" | "bottom" | "left" | "right" | "insideHorizontal" | "insideVertical";

/** Lines drawn around or inside a range, as Office.js names their style and weight. */
export interface BorderStep {
  kind: "border";
  sheet: string;
  address: string;
  edges: BorderEdges[];
  weight: "Thin" | "Medium" | "Thick";
  /** Continuous when absent. */
  style?: "Continuous" | "Dash" | "Dot" | "Double";
}

/** How text sits in its cells; what is absent stays as it is. */
export interface AlignmentStep {
  kind: "alignment";
  sheet: string;
  address: string;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
  wrap?: boolean;
}

/** How a sheet prints: paper, fitting, margins, print area and the rows repeated on every page. */
export interface PageSetupStep {
  kind: "pageSetup";
  sheet: string;
  orientation: "Portrait" | "Landscape";
  paperSize: "A4" | "A5";
  /** Scale to this many pages wide; 0 for as many as needed. */
  fitToPagesWide: number;
  /** Scale to this many pages tall; 0 for as many as needed (with `fitToPagesWide` 1: fit the width only). */
  fitToPagesTall: number;
  /** In points; Excel's Normal margins when absent. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally?: boolean;
  /** An A1 range such as `A1:M40`. */
  printArea: string;
  /** Whole rows such as `$1:$9`, printed at the top of every page. */
  printTitleRows?: string;
}

/**
 * A chart of one series drawn over cells of its sheet, from data on that sheet: a clustered bar
 * chart (bars across, one per category, top to bottom in the order of the cells) with a title and
 * no legend.
 */
export interface ChartStep {
  kind: "chart";
  sheet: string;
  chartType: "BarClustered";
  title: string;
  /** The series' name (shown where Excel names a bar's series, e.g. its tooltip). */
  seriesName: string;
  /** One column or row of category labels, such as `A8:A12`. */
  categories: string;
  /** The values, as many cells as `categories`, such as `H8:H12`. */
  values: string;
  /** The cells the chart covers, such as `A20:N34`: its corners sit on their outer edges. */
  position: string;
}

export type PlanStep =
  | { kind: "addSheet"; sheet: string; tabColor?: string }
  | { kind: "values"; sheet: string; address: string; values: CellConstant[][] }
  | { kind: "formulas"; sheet: string; address: string; formulas: string[][] }
  | { kind: "numberFormat"; sheet: string; address: string; format: string }
  | { kind: "font"; sheet: string; address: string; bold?: boolean; color?: string; size?: number }
  | { kind: "fill"; sheet: string; address: string; color: string }
  | { kind: "addTable"; sheet: string; address: string; table: string; style: string }
  | { kind: "addName"; name: string; reference: string; comment: string }
  | { kind: "columnWidth"; sheet: string; address: string; width: number }
  | { kind: "freeze"; sheet: string; rows: number; columns: number }
  /** Appends a column at the right end of a table (Excel shifts nothing inside the table). */
  | { kind: "addTableColumn"; table: string; header: string }
  /** Merges the range into one cell (only its top-left value is kept). */
  | { kind: "merge"; sheet: string; address: string }
  | BorderStep
  | AlignmentStep
  /** Row height in points for every row of the range. */
  | { kind: "rowHeight"; sheet: string; address: string; height: number }
  /**
   * Inserts blank cells at the range, shifting what is there (and below) down: appended rows then
   * push a co-author's rows written at the same place down instead of writing over them.
   */
  | { kind: "insertDown"; sheet: string; address: string }
  /** Brings the sheet to the front (a document the clerk just made). */
  | { kind: "activate"; sheet: string }
  /** Shows or hides the sheet's gridlines (a printed document reads better without them on screen). */
  | { kind: "gridlines"; sheet: string; show: boolean }
  | PageSetupStep
  | ValidationStep
  | ConditionalFormatStep
  | ChartStep;

export interface Plan {
  steps: PlanStep[];
}

/** How many cells a step writes, for progress and payload estimates. */
export function stepCellCount(step: PlanStep): number {
  switch (step.kind) {
    case "values":
      return step.values.reduce((n, row) => n + row.length, 0);
    case "formulas":
      return step.formulas.reduce((n, row) => n + row.length, 0);
    default:
      return 1;
  }
}
