import { parseRectAddress, rectAddress } from "../core/address";
import { serialToIso } from "../core/dates";
import type { BorderEdges, ChartStep, PageSetupStep, Plan, PlanStep, ValidationRule } from "../core/plan";
import { utf8Length } from "../core/utf8";
import { constantsInput } from "./cellText";
import type { ProgressListener } from "./host";

/**
 * The most we put in one request, as estimated JSON. Excel on the web refuses requests over 5 MB;
 * staying near 1 MB keeps each sync quick and well clear of the limit.
 */
export const PAYLOAD_BUDGET_BYTES = 1_000_000;

/** Rough size in bytes of a step once queued: what dominates is the cell data, as UTF-8 JSON. */
function estimateBytes(step: PlanStep): number {
  return utf8Length(JSON.stringify(step)) + 64;
}

/**
 * Cuts steps whose cell blocks exceed the budget into row bands, so that no request needs more
 * than `budget` bytes (a single row larger than the budget still goes alone).
 */
export function splitLargeSteps(steps: readonly PlanStep[], budget = PAYLOAD_BUDGET_BYTES): PlanStep[] {
  const out: PlanStep[] = [];
  for (const step of steps) {
    if ((step.kind !== "values" && step.kind !== "formulas") || estimateBytes(step) <= budget) {
      out.push(step);
      continue;
    }
    const rect = parseRectAddress(step.address);
    const rows: unknown[][] = step.kind === "values" ? step.values : step.formulas;
    if (!rect) {
      out.push(step);
      continue;
    }
    // What a band costs besides its rows, measured the way `estimateBytes` will measure it.
    const overhead =
      estimateBytes(step.kind === "values" ? { ...step, values: [] } : { ...step, formulas: [] }) + 16;
    let start = 0;
    while (start < rows.length) {
      let bytes = overhead;
      let end = start;
      while (end < rows.length) {
        const size = utf8Length(JSON.stringify(rows[end])) + 1;
        if (end > start && bytes + size > budget) break;
        bytes += size;
        end += 1;
      }
      const address = rectAddress({
        row: rect.row + start,
        col: rect.col,
        rows: end - start,
        cols: rect.cols,
      });
      out.push(
        step.kind === "values"
          ? { ...step, address, values: step.values.slice(start, end) }
          : { ...step, address, formulas: step.formulas.slice(start, end) },
      );
      start = end;
    }
  }
  return out;
}

/** Groups steps into requests of at most `budget` estimated bytes, keeping their order. */
export function chunkSteps(steps: readonly PlanStep[], budget = PAYLOAD_BUDGET_BYTES): PlanStep[][] {
  const chunks: PlanStep[][] = [];
  let current: PlanStep[] = [];
  let bytes = 0;
  for (const step of splitLargeSteps(steps, budget)) {
    const size = estimateBytes(step);
    if (current.length > 0 && bytes + size > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A 2-D block of one repeated value, shaped like `address`. */
function filled<T>(address: string, value: T): T[][] {
  const rect = parseRectAddress(address);
  if (!rect) throw new Error(`Not a range address: ${address}`);
  return Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => value));
}

/** Office.js's form of a validation rule. */
function officeRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "date":
      return {
        date: {
          operator: "GreaterThanOrEqualTo",
          formula1: serialToIso(rule.min),
        },
      };
    case "wholeNumber":
    case "decimal": {
      const basic: Excel.BasicDataValidation =
        rule.min !== undefined && rule.max !== undefined
          ? { operator: "Between", formula1: rule.min, formula2: rule.max }
          : rule.min !== undefined
            ? {
                operator: rule.minExclusive ? "GreaterThan" : "GreaterThanOrEqualTo",
                formula1: rule.min,
              }
            : // Any whole number or decimal: a range wider than any quantity or amount.
              { operator: "Between", formula1: -1e12, formula2: 1e12 };
      return rule.kind === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Office.js's border indexes for a step's edges. */
const BORDER_INDEXES: Record<BorderEdges, readonly BorderIndex[]> = {
  outline: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"],
  inside: ["InsideHorizontal", "InsideVertical"],
  top: ["EdgeTop"],
  bottom: ["EdgeBottom"],
  left: ["EdgeLeft"],
  right: ["EdgeRight"],
  insideHorizontal: ["InsideHorizontal"],
  insideVertical: ["InsideVertical"],
};

/** Paper, fitting, margins, print area and title rows of one sheet (ExcelApi 1.9). */
function queuePageSetup(sheet: Excel.Worksheet, step: PageSetupStep): void {
  const layout = sheet.pageLayout;
  layout.orientation = step.orientation;
  layout.paperSize = step.paperSize;
  // 0 pages tall is the file's fitToHeight="0": as many pages as the rows need.
  layout.zoom = { horizontalFitToPages: step.fitToPagesWide, verticalFitToPages: step.fitToPagesTall };
  if (step.margins) {
    layout.topMargin = step.margins.top;
    layout.bottomMargin = step.margins.bottom;
    layout.leftMargin = step.margins.left;
    layout.rightMargin = step.margins.right;
    layout.headerMargin = step.margins.header;
    layout.footerMargin = step.margins.footer;
  }
  if (step.centerHorizontally !== undefined) layout.centerHorizontally = step.centerHorizontally;
  layout.setPrintArea(step.printArea);
  if (step.printTitleRows) layout.setPrintTitleRows(step.printTitleRows);
}

/**
 * A chart of one series (ExcelApi 1.7 for the series' ranges and the axis order, 1.8 for where the
 * axes cross). The chart is made from the values alone, then its values and labels are set
 * explicitly, so what it shows does not depend on how Excel reads a source range; with one series
 * a legend says nothing the title does not. Excel draws a bar chart's first category at the bottom:
 * reversed, the bars read top to bottom as the cells do, with the value axis kept below them.
 */
function queueChart(sheet: Excel.Worksheet, step: ChartStep): void {
  const position = parseRectAddress(step.position);
  if (!position) throw new Error(`Not a range address: ${step.position}`);
  const values = sheet.getRange(step.values);
  const chart = sheet.charts.add(step.chartType, values, "Columns");
  const series = chart.series.getItemAt(0);
  series.setValues(values);
  series.setXAxisValues(sheet.getRange(step.categories));
  series.name = step.seriesName;
  chart.title.text = step.title;
  chart.legend.visible = false;
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.axes.categoryAxis.position = "Maximum";
  const last = {
    row: position.row + position.rows - 1,
    col: position.col + position.cols - 1,
    rows: 1,
    cols: 1,
  };
  chart.setPosition(rectAddress({ ...position, rows: 1, cols: 1 }), rectAddress(last));
}

/** Queues one step on the context; nothing is sent until the caller syncs. */
function queueStep(
  context: Excel.RequestContext,
  sheets: Map<string, Excel.Worksheet>,
  step: PlanStep,
): void {
  if (step.kind === "addName") {
    context.workbook.names.add(step.name, step.reference, step.comment);
    return;
  }
  if (step.kind === "addTableColumn") {
    context.workbook.tables.getItem(step.table).columns.add(undefined, undefined, step.header);
    return;
  }
  if (step.kind === "addSheet") {
    const sheet = context.workbook.worksheets.add(step.sheet);
    if (step.tabColor) sheet.tabColor = step.tabColor;
    sheets.set(step.sheet, sheet);
    return;
  }
  let sheet = sheets.get(step.sheet);
  if (!sheet) {
    sheet = context.workbook.worksheets.getItem(step.sheet);
    sheets.set(step.sheet, sheet);
  }
  switch (step.kind) {
    case "values":
      sheet.getRange(step.address).values = constantsInput(step.values);
      return;
    case "formulas":
      sheet.getRange(step.address).formulas = step.formulas;
      return;
    case "numberFormat":
      sheet.getRange(step.address).numberFormat = filled(step.address, step.format);
      return;
    case "font": {
      const range = sheet.getRange(step.address);
      if (step.bold !== undefined) range.format.font.bold = step.bold;
      if (step.color !== undefined) range.format.font.color = step.color;
      if (step.size !== undefined) range.format.font.size = step.size;
      return;
    }
    case "fill":
      sheet.getRange(step.address).format.fill.color = step.color;
      return;
    case "addTable": {
      const table = sheet.tables.add(step.address, true);
      table.name = step.table;
      table.style = step.style;
      return;
    }
    case "validation": {
      const range = sheet.getRange(step.address);
      range.dataValidation.rule = officeRule(step.rule);
      range.dataValidation.prompt = { showPrompt: true, ...step.prompt };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", ...step.error };
      return;
    }
    case "conditionalFormat": {
      const format = sheet.getRange(step.address).conditionalFormats.add("Custom");
      format.custom.rule.formula = step.formula;
      format.custom.format.fill.color = step.fill;
      format.custom.format.font.color = step.fontColor;
      return;
    }
    case "columnWidth":
      sheet.getRange(step.address).format.columnWidth = step.width;
      return;
    case "merge":
      sheet.getRange(step.address).merge(false);
      return;
    case "border": {
      const range = sheet.getRange(step.address);
      for (const index of step.edges.flatMap((edges) => BORDER_INDEXES[edges])) {
        const border = range.format.borders.getItem(index);
        border.style = step.style ?? "Continuous";
        border.weight = step.weight;
      }
      return;
    }
    case "alignment": {
      const range = sheet.getRange(step.address);
      if (step.horizontal !== undefined) range.format.horizontalAlignment = step.horizontal;
      if (step.vertical !== undefined) range.format.verticalAlignment = step.vertical;
      if (step.wrap !== undefined) range.format.wrapText = step.wrap;
      return;
    }
    case "rowHeight":
      sheet.getRange(step.address).format.rowHeight = step.height;
      return;
    case "gridlines":
      sheet.showGridlines = step.show;
      return;
    case "insertDown":
      sheet.getRange(step.address).insert("Down");
      return;
    case "activate":
      sheet.activate();
      return;
    case "pageSetup":
      queuePageSetup(sheet, step);
      return;
    case "chart":
      queueChart(sheet, step);
      return;
    case "freeze":
      if (step.rows > 0 && step.columns > 0) {
        sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, step.rows, step.columns));
      } else if (step.rows > 0) {
        sheet.freezePanes.freezeRows(step.rows);
      } else if (step.columns > 0) {
        sheet.freezePanes.freezeColumns(step.columns);
      } else {
        sheet.freezePanes.unfreeze();
      }
      return;
  }
}

/**
 * Writes a plan: one sync when it fits the payload budget, one per chunk when it does not.
 * @returns the number of syncs made.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: Plan,
  onProgress?: ProgressListener,
  step = "write",
): Promise<number> {
  const chunks = chunkSteps(plan.steps);
  const sheets = new Map<string, Excel.Worksheet>();
  let done = 0;
  for (const chunk of chunks) {
    for (const step of chunk) queueStep(context, sheets, step);
    // One request per chunk is the point of chunking: the payload limit forbids sending them together.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    done += 1;
    onProgress?.(done, chunks.length, step);
  }
  return chunks.length;
}
