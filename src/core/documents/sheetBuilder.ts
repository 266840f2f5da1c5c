/**
 * What the printed documents (送货单, 对账单) share: their look (body size, formats, margins) and a
 * builder that lays a document out as a grid of constants plus format steps on a new sheet, and
 * turns them into the plan that writes and prints it. The blocks built with it are in blocks.ts.
 *
 * Widths and heights are in points. Text widths are estimates: CJK characters are square, others
 * about half as wide; a row is made tall enough for the lines its wrapped text needs.
 */
import { cellAddress, rectAddress } from "../address";
import { serialToDate, serialToIso } from "../dates";
import type { AlignmentStep, CellConstant, PageSetupStep, PlanStep } from "../plan";

export const MONEY_FORMAT = "#,##0.00";
export const WHOLE_FORMAT = "#,##0";
export const DATE_FORMAT = "yyyy-mm-dd";
export const HEADER_FILL = "#F2F2F2";
/** The body text size; titles are larger. */
export const TEXT_SIZE = 10;
/** Points per line of 10-point text, and the least height of a table row. */
export const LINE_HEIGHT = 13.5;
export const TABLE_ROW_HEIGHT = 18;
/** Narrow margins (points): 0.5" top and bottom, 0.3" sides, 0.2" header and footer. */
export const MARGINS = { top: 36, bottom: 36, left: 21.6, right: 21.6, header: 14.4, footer: 14.4 };

/** Rough printed width of text in points: CJK characters are square, others about half as wide. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  // CJK and the full-width signs Chinese fonts draw at full width (× in 42×25×30cm, ·, —) count 1.
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x2e80 || code === 0xd7 || code === 0xb7 || code === 0x2014 ? 1 : 0.55;
  }
  return units * size;
}

/** How many lines `text` takes when wrapped in `width` points (explicit line breaks count). */
export function linesNeeded(text: string, width: number, size = TEXT_SIZE): number {
  const usable = Math.max(width - 4, 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part, size) / usable)), 0);
}

/** The height of a row holding `lines` lines of body text, at least `least`. */
export function heightFor(lines: number, least: number): number {
  return Math.max(least, Math.ceil(lines * LINE_HEIGHT + 4));
}

/** A column span [col, col + cols). */
export interface Span {
  col: number;
  cols: number;
}

/** Builds the sheet: a grid of constants plus the format steps, then the plan that writes them. */
export class SheetBuilder {
  readonly grid: CellConstant[][] = [];
  readonly heights: number[] = [];
  readonly formats: PlanStep[] = [];
  readonly merges: PlanStep[] = [];

  constructor(
    readonly sheet: string,
    readonly widths: readonly number[],
  ) {}

  get width(): number {
    return this.widths.length;
  }

  /** Every column: the span of a line across the page. */
  get all(): Span {
    return { col: 0, cols: this.width };
  }

  /** Points across a span of columns. */
  spanWidth(span: Span): number {
    let w = 0;
    for (let c = span.col; c < span.col + span.cols; c++) w += this.widths[c] ?? 0;
    return w;
  }

  /** The fewest columns from `col` (at least one, at most up to `end`) that are `points` wide. */
  columnsFor(col: number, points: number, end = this.width): number {
    let cols = 1;
    while (col + cols < end && this.spanWidth({ col, cols }) < points) cols += 1;
    return cols;
  }

  /** The number of columns from `col` (at least one, at most up to `end`) whose width is nearest `points`. */
  columnsNear(col: number, points: number, end = this.width): number {
    let best = 1;
    for (let cols = 2; col + cols <= end; cols++) {
      if (
        Math.abs(this.spanWidth({ col, cols }) - points) <
        Math.abs(this.spanWidth({ col, cols: best }) - points)
      ) {
        best = cols;
      }
    }
    return best;
  }

  /** Starts a new row of the given height; returns its 0-based index. */
  addRow(height: number): number {
    this.grid.push(Array.from({ length: this.width }, () => null));
    this.heights.push(height);
    return this.grid.length - 1;
  }

  put(row: number, col: number, value: CellConstant): void {
    const cells = this.grid[row];
    if (cells) cells[col] = value;
  }

  address(row: number, span: Span, rows = 1): string {
    return rectAddress({ row, col: span.col, rows, cols: span.cols });
  }

  /** A value in the first cell of a span, merged across it when wider than one column. */
  field(row: number, span: Span, value: CellConstant): void {
    this.put(row, span.col, value);
    if (span.cols > 1) this.merge(row, span);
  }

  merge(row: number, span: Span): void {
    this.merges.push({ kind: "merge", sheet: this.sheet, address: this.address(row, span) });
  }

  format(step: PlanStep): void {
    this.formats.push(step);
  }

  align(
    row: number,
    span: Span,
    alignment: Omit<AlignmentStep, "kind" | "sheet" | "address">,
    rows = 1,
  ): void {
    this.format({
      kind: "alignment",
      sheet: this.sheet,
      address: this.address(row, span, rows),
      ...alignment,
    });
  }

  font(row: number, span: Span, font: { bold?: boolean; size?: number }, rows = 1): void {
    this.format({ kind: "font", sheet: this.sheet, address: this.address(row, span, rows), ...font });
  }

  numberFormat(row: number, span: Span, format: string, rows = 1): void {
    this.format({ kind: "numberFormat", sheet: this.sheet, address: this.address(row, span, rows), format });
  }

  /** Row heights as steps, one per run of equal heights. */
  rowHeightSteps(): PlanStep[] {
    const steps: PlanStep[] = [];
    let start = 0;
    for (let r = 1; r <= this.heights.length; r++) {
      if (r < this.heights.length && this.heights[r] === this.heights[start]) continue;
      steps.push({
        kind: "rowHeight",
        sheet: this.sheet,
        address: `A${start + 1}:A${r}`,
        height: this.heights[start] ?? TABLE_ROW_HEIGHT,
      });
      start = r;
    }
    return steps;
  }

  /**
   * The plan that writes the sheet: add it, write the grid as one block of constants, then
   * `formulas`, the body text size, the formats, merges, column widths and row heights; gridlines
   * off; printed one page wide (as many tall as needed) within narrow margins, centred, the used
   * range as the print area and rows 1 to `titleRows` repeated on every page. A5 prints landscape:
   * as wide as A4 portrait, so the same layout fits both; A4 prints portrait unless `orientation`
   * says otherwise (a wide table).
   */
  steps(options: {
    paper: PageSetupStep["paperSize"];
    titleRows: number;
    formulas?: readonly PlanStep[];
    orientation?: PageSetupStep["orientation"];
  }): PlanStep[] {
    const used = rectAddress({ row: 0, col: 0, rows: this.grid.length, cols: this.width });
    return [
      { kind: "addSheet", sheet: this.sheet },
      { kind: "values", sheet: this.sheet, address: used, values: this.grid },
      ...(options.formulas ?? []),
      // The body size first: larger titles and bold come after and win.
      { kind: "font", sheet: this.sheet, address: used, size: TEXT_SIZE },
      ...this.formats,
      ...this.merges,
      ...this.widths.map((width, c): PlanStep => ({
        kind: "columnWidth",
        sheet: this.sheet,
        address: cellAddress(0, c),
        width,
      })),
      ...this.rowHeightSteps(),
      { kind: "gridlines", sheet: this.sheet, show: false },
      {
        kind: "pageSetup",
        sheet: this.sheet,
        orientation: options.orientation ?? (options.paper === "A5" ? "Landscape" : "Portrait"),
        paperSize: options.paper,
        fitToPagesWide: 1,
        fitToPagesTall: 0,
        margins: MARGINS,
        centerHorizontally: true,
        printArea: used,
        printTitleRows: `$1:$${options.titleRows}`,
      },
    ];
  }
}

/**
 * A period as a document's sheet name tells it: `2026-10` for a calendar month, `2026` for a
 * calendar year, `1001-1031` for other periods within a year, `20261215-20270114` across years.
 * @throws RangeError when `from` or `to` is not a whole serial date or `from` is after `to`.
 */
export function periodTag(from: number, to: number): string {
  const a = serialToDate(from);
  const z = serialToDate(to);
  if (!a || !z || a.day === 0 || z.day === 0 || !Number.isInteger(from) || !Number.isInteger(to)) {
    throw new RangeError(`Not a period of whole dates: ${from} to ${to}`);
  }
  if (from > to)
    throw new RangeError(`The period ends before it starts: ${serialToIso(from)} to ${serialToIso(to)}`);
  const pad = (n: number): string => String(n).padStart(2, "0");
  const lastOfMonth = serialToDate(to + 1)?.day === 1;
  if (a.year === z.year && a.day === 1 && lastOfMonth) {
    if (a.month === z.month) return `${a.year}-${pad(a.month)}`;
    if (a.month === 1 && z.month === 12) return String(a.year);
  }
  if (a.year === z.year) return `${pad(a.month)}${pad(a.day)}-${pad(z.month)}${pad(z.day)}`;
  return `${a.year}${pad(a.month)}${pad(a.day)}-${z.year}${pad(z.month)}${pad(z.day)}`;
}

/**
 * The first of `nameFor("")`, `nameFor(" (2)")`, `nameFor(" (3)")`, … that `taken` does not hold,
 * compared without regard to case as Excel compares sheet names: a document never overwrites a
 * sheet. `nameFor` gets the suffix so it can shorten the rest to keep within 31 characters.
 */
export function unusedSheetName(nameFor: (suffix: string) => string, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.toUpperCase()));
  for (let version = 1; ; version++) {
    const name = nameFor(version === 1 ? "" : ` (${version})`);
    if (!names.has(name.toUpperCase())) return name;
  }
}
