import { parseRectAddress, type Rect, rectAddress } from "../core/address";
import { serialToIso } from "../core/dates";
import type {
  BorderEdges,
  ChartStep,
  PageSetupStep,
  Plan,
  PlanStep,
  ValidationRule,
  ValidationStep,
} from "../core/plan";
import { utf8Length } from "../core/utf8";
import { constantsInput } from "./cellText";
import type { ProgressListener } from "./host";

/**
 * The most we put in one request, as estimated JSON. Excel on the web refuses requests over 5 MB;
 * staying near 1 MB keeps each sync quick and well clear of the limit.
 */
export const PAYLOAD_BUDGET_BYTES = 1_000_000;

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

/**
 * What one queued call weighs besides its member's name and its data: two object ids of up to eight
 * digits and the JSON around them, as memory-excel's sync log counts a request
 * (`{"call":"getRange","on":7,"args":["A1"],"id":8}`, `{"id":8,"set":"values","value":[[1]]}`).
 */
const CALL_BYTES = 48;

const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value));

/** A method call, or a call that fetches an object (`getRange`, `tables.add`). */
const call = (name: string, ...args: unknown[]): number => CALL_BYTES + name.length + jsonBytes(args);

/** A property set whose value weighs `valueBytes`. */
const setOf = (name: string, valueBytes: number): number => CALL_BYTES + name.length + valueBytes;

/** A property set. */
const set = (name: string, value: unknown): number => setOf(name, jsonBytes(value));

/** An object passed as an argument travels as a reference to its id. */
const REFERENCE = { ref: 99_999_999 };

/** The lookup of a sheet the plan did not add: sent once, with the first step on that sheet. */
const sheetLookup = (sheet: string): number => call("worksheets.getItem", sheet);

/** JSON bytes of a `rows` × `cols` block holding one value of `cellBytes` in every cell. */
function gridBytes(rows: number, cols: number, cellBytes: number): number {
  const row = 2 + cols * cellBytes + (cols - 1);
  return 2 + rows * row + Math.max(rows - 1, 0);
}

/** The rectangle of an A1 address; a step whose range is not one is a fault of the plan. */
function rectOf(address: string): Rect {
  const rect = parseRectAddress(address);
  if (!rect) throw new Error(`Not a range address: ${address}`);
  return rect;
}

/**
 * The bytes `queueStep` sends for `step` (its sheet's lookup aside), as sent rather than as
 * written in the plan: a number format goes out once per cell of its range, values as
 * `constantsInput` makes them. Mirrors `queueStep` call for call.
 */
function stepBytes(step: PlanStep): number {
  switch (step.kind) {
    case "addSheet":
      return call("worksheets.add", step.sheet) + (step.tabColor ? set("tabColor", step.tabColor) : 0);
    case "values":
      return call("getRange", step.address) + set("values", constantsInput(step.values));
    case "formulas":
      return call("getRange", step.address) + set("formulas", step.formulas);
    case "numberFormat": {
      const { rows, cols } = rectOf(step.address);
      const formats = gridBytes(rows, cols, jsonBytes(step.format));
      return call("getRange", step.address) + setOf("numberFormat", formats);
    }
    case "font":
      return (
        call("getRange", step.address) +
        (step.bold !== undefined ? set("bold", step.bold) : 0) +
        (step.color !== undefined ? set("color", step.color) : 0) +
        (step.size !== undefined ? set("size", step.size) : 0)
      );
    case "fill":
      return call("getRange", step.address) + set("color", step.color);
    case "addTable":
      return call("tables.add", step.address, true) + set("name", step.table) + set("style", step.style);
    case "addName":
      return call("names.add", step.name, step.reference, step.comment);
    case "addTableColumn":
      return call("tables.getItem", step.table) + call("columns.add", null, null, step.header);
    case "validation":
      return (
        call("getRange", step.address) +
        set("rule", officeRule(step.rule)) +
        set("prompt", officePrompt(step)) +
        set("errorAlert", officeErrorAlert(step))
      );
    case "conditionalFormat":
      return (
        call("getRange", step.address) +
        call("conditionalFormats.add", "Custom") +
        set("formula", step.formula) +
        set("color", step.fill) +
        set("color", step.fontColor)
      );
    case "columnWidth":
      return call("getRange", step.address) + set("columnWidth", step.width);
    case "merge":
      return call("getRange", step.address) + call("merge", false);
    case "border": {
      const style = step.style ?? "Continuous";
      const edges = step.edges.flatMap((edges) => BORDER_INDEXES[edges]);
      const each = (index: BorderIndex) =>
        call("borders.getItem", index) + set("style", style) + set("weight", step.weight);
      return edges.reduce((n, index) => n + each(index), call("getRange", step.address));
    }
    case "alignment":
      return (
        call("getRange", step.address) +
        (step.horizontal !== undefined ? set("horizontalAlignment", step.horizontal) : 0) +
        (step.vertical !== undefined ? set("verticalAlignment", step.vertical) : 0) +
        (step.wrap !== undefined ? set("wrapText", step.wrap) : 0)
      );
    case "rowHeight":
      return call("getRange", step.address) + set("rowHeight", step.height);
    case "gridlines":
      return set("showGridlines", step.show);
    case "insertDown":
      return call("getRange", step.address) + call("insert", "Down");
    case "activate":
      return call("activate");
    case "pageSetup": {
      const margins = step.margins ? Object.entries(step.margins) : [];
      return (
        set("orientation", step.orientation) +
        set("paperSize", step.paperSize) +
        set("zoom", { horizontalFitToPages: step.fitToPagesWide, verticalFitToPages: step.fitToPagesTall }) +
        margins.reduce((n, [side, points]) => n + set(`${side}Margin`, points), 0) +
        (step.centerHorizontally !== undefined ? set("centerHorizontally", step.centerHorizontally) : 0) +
        call("setPrintArea", step.printArea) +
        (step.printTitleRows ? call("setPrintTitleRows", step.printTitleRows) : 0)
      );
    }
    case "chart":
      return (
        call("getRange", step.values) +
        call("charts.add", step.chartType, REFERENCE, "Columns") +
        call("series.getItemAt", 0) +
        call("setValues", REFERENCE) +
        call("getRange", step.categories) +
        call("setXAxisValues", REFERENCE) +
        set("name", step.seriesName) +
        set("text", step.title) +
        set("visible", false) +
        set("reversePlotOrder", true) +
        set("position", "Maximum") +
        call("setPosition", step.position, step.position)
      );
    case "freeze":
      return step.rows > 0 && step.columns > 0
        ? call("getRangeByIndexes", 0, 0, step.rows, step.columns) + call("freezePanes.freezeAt", REFERENCE)
        : call("freezePanes.freezeColumns", Math.max(step.rows, step.columns));
  }
}

/** The sheet whose proxy a step needs looked up, if any (a sheet the plan adds comes with its proxy). */
function sheetNeeded(step: PlanStep): string | undefined {
  return "sheet" in step && step.kind !== "addSheet" ? step.sheet : undefined;
}

/**
 * The sheets applyPlan holds a proxy for, in plan order: the first step on a sheet the plan did not
 * add sends its lookup, and the proxy serves every later request of the plan.
 */
class SheetLookups {
  private readonly known = new Set<string>();

  /** The bytes `step` adds for looking its sheet up. */
  bytes(step: PlanStep): number {
    const sheet = sheetNeeded(step);
    return sheet === undefined || this.known.has(sheet) ? 0 : sheetLookup(sheet);
  }

  /** Notes that `step` was queued. */
  queued(step: PlanStep): void {
    if ("sheet" in step) this.known.add(step.sheet);
  }
}

/** The bytes of each request applyPlan sends for `chunks` (as chunkSteps cuts a plan). */
export function requestBytes(chunks: readonly (readonly PlanStep[])[]): number[] {
  const lookups = new SheetLookups();
  return chunks.map((chunk) =>
    chunk.reduce((bytes, step) => {
      const size = lookups.bytes(step) + stepBytes(step);
      lookups.queued(step);
      return bytes + size;
    }, 0),
  );
}

/** A step that can go out in bands of rows: its row count, each row's bytes as sent, a band. */
interface Bandable {
  rows: number;
  /** Bytes of a band besides its rows (a band's address may be longer than another's). */
  overhead: number;
  /** Bytes of row `i` as sent, with the comma after it. */
  rowBytes(i: number): number;
  band(start: number, end: number): PlanStep;
}

/** How much longer a band's address can be than another's: `XFD1048576:XFD1048576` against `A1`. */
const ADDRESS_SLACK = 20;

function bandable(step: PlanStep): Bandable | undefined {
  if (step.kind !== "values" && step.kind !== "formulas" && step.kind !== "numberFormat") return undefined;
  const rect = parseRectAddress(step.address);
  if (!rect) return undefined;
  const address = (start: number, end: number) =>
    rectAddress({ row: rect.row + start, col: rect.col, rows: end - start, cols: rect.cols });
  const bands = ((): Omit<Bandable, "overhead"> => {
    switch (step.kind) {
      case "values":
        return {
          rows: step.values.length,
          rowBytes: (i) => jsonBytes(constantsInput([step.values[i]!])[0]) + 1,
          band: (start, end) => ({
            ...step,
            address: address(start, end),
            values: step.values.slice(start, end),
          }),
        };
      case "formulas":
        return {
          rows: step.formulas.length,
          rowBytes: (i) => jsonBytes(step.formulas[i]) + 1,
          band: (start, end) => ({
            ...step,
            address: address(start, end),
            formulas: step.formulas.slice(start, end),
          }),
        };
      case "numberFormat": {
        const row = gridBytes(1, rect.cols, jsonBytes(step.format)) - 2 + 1;
        return {
          rows: rect.rows,
          rowBytes: () => row,
          band: (start, end) => ({ ...step, address: address(start, end) }),
        };
      }
    }
  })();
  if (bands.rows === 0) return undefined;
  return { ...bands, overhead: stepBytes(bands.band(0, 1)) - bands.rowBytes(0) + 1 + ADDRESS_SLACK };
}

/**
 * Groups steps into requests of at most `budget` bytes as sent (see stepBytes), keeping their
 * order. A block of cells (values, formulas, a number format filled out to its range) that does not
 * fit the request under way is cut into bands of rows: the first fills that request, the next fill
 * whole requests. A single row larger than the budget goes alone.
 */
export function chunkSteps(steps: readonly PlanStep[], budget = PAYLOAD_BUDGET_BYTES): PlanStep[][] {
  const chunks: PlanStep[][] = [];
  let current: PlanStep[] = [];
  let bytes = 0;
  const lookups = new SheetLookups();
  const close = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    bytes = 0;
  };
  const add = (step: PlanStep, size: number) => {
    current.push(step);
    bytes += size;
    lookups.queued(step);
  };
  for (const step of steps) {
    const size = lookups.bytes(step) + stepBytes(step);
    const rows = bytes + size > budget ? bandable(step) : undefined;
    if (!rows) {
      if (bytes + size > budget) close();
      add(step, size);
      continue;
    }
    let start = 0;
    while (start < rows.rows) {
      let end = start;
      let band = lookups.bytes(step) + rows.overhead;
      while (end < rows.rows && bytes + band + rows.rowBytes(end) <= budget) band += rows.rowBytes(end++);
      if (end === start && current.length > 0) {
        close();
        continue;
      }
      if (end === start) band += rows.rowBytes(end++);
      add(rows.band(start, end), band);
      start = end;
      if (start < rows.rows) close();
    }
  }
  close();
  return chunks;
}

/** A 2-D block of one repeated value, shaped like `address`. */
function filled<T>(address: string, value: T): T[][] {
  const rect = rectOf(address);
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

/** The input message a validation step shows when one of its cells is selected. */
function officePrompt(step: ValidationStep): Excel.DataValidationPrompt {
  return { showPrompt: true, ...step.prompt };
}

/** The alert that stops a wrong entry in a validation step's cells. */
function officeErrorAlert(step: ValidationStep): Excel.DataValidationErrorAlert {
  return { showAlert: true, style: "Stop", ...step.error };
}

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
      range.dataValidation.prompt = officePrompt(step);
      range.dataValidation.errorAlert = officeErrorAlert(step);
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
