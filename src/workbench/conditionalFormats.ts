/**
 * Conditional formats in the workbench grid, as Excel applies them: for each cell, the rules whose
 * ranges hold it, in priority order; a rule whose formula is true gives each of its properties
 * (fill colour, font colour, ...) not already given by an earlier true rule, and a true rule with
 * stopIfTrue ends the search. A rule whose formula gives an error or cannot be checked is not applied.
 */
import { cellAddress, MAX_COLUMNS } from "../core/address";
import {
  rectContains,
  type ComputedValue,
  type ConditionalFormatModel,
  type ConditionalFormatStyle,
  type FontStyle,
  type SheetModel,
} from "../memory-excel/model";
import { shiftFormula } from "./shiftFormula";

/**
 * The value a formula would show in (row, col) of a sheet, computed without writing it. The
 * formula is already written for that cell (its relative references shifted).
 */
export type FormulaEvaluator = (sheetId: string, row: number, col: number, formula: string) => ComputedValue;

/** A condition's result as Excel reads it: TRUE or a non-zero number; text, blanks and errors are false. */
export function isConditionMet(value: ComputedValue): boolean {
  return value === true || (typeof value === "number" && value !== 0);
}

/** An operand of a CellValue rule: a formula (`=$B$1`), a number, or else text. */
function operand(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("=")) return `(${trimmed.slice(1)})`;
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return trimmed;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The comparison of a CellValue rule as a formula on `cell`; null for an operator it does not know. */
function cellValueFormula(
  cell: string,
  operator: string,
  formula1: string,
  formula2?: string,
): string | null {
  const a = operand(formula1);
  const b = formula2 === undefined ? undefined : operand(formula2);
  // Excel's Between takes its bounds in either order.
  const between =
    b === undefined ? null : `OR(AND(${cell}>=${a},${cell}<=${b}),AND(${cell}>=${b},${cell}<=${a}))`;
  switch (operator) {
    case "EqualTo":
      return `=${cell}=${a}`;
    case "NotEqualTo":
      return `=${cell}<>${a}`;
    case "GreaterThan":
      return `=${cell}>${a}`;
    case "LessThan":
      return `=${cell}<${a}`;
    case "GreaterThanOrEqual":
    case "GreaterThanOrEqualTo":
      return `=${cell}>=${a}`;
    case "LessThanOrEqual":
    case "LessThanOrEqualTo":
      return `=${cell}<=${a}`;
    case "Between":
      return between === null ? null : `=${between}`;
    case "NotBetween":
      return between === null ? null : `=NOT(${between})`;
    default:
      return null;
  }
}

/**
 * The formula deciding whether `rule` applies to (row, col): the rule's formula, written for the
 * top-left cell of its first range, shifted to the cell. Null when the rule has nothing to check.
 */
export function ruleFormulaAt(rule: ConditionalFormatModel, row: number, col: number): string | null {
  const anchor = rule.ranges[0];
  if (!anchor) return null;
  let formula: string | null;
  if (rule.type === "Custom") {
    formula = rule.formula.trim() === "" ? null : rule.formula;
  } else {
    const cell = cellAddress(anchor.row, anchor.col);
    formula =
      rule.formula1 === "" ? null : cellValueFormula(cell, rule.operator, rule.formula1, rule.formula2);
  }
  if (formula === null) return null;
  return shiftFormula(formula.startsWith("=") ? formula : `=${formula}`, row - anchor.row, col - anchor.col);
}

/** The font properties a format sets. */
function fontSet(font: FontStyle | undefined): FontStyle {
  return Object.fromEntries(
    Object.entries(font ?? {}).filter(([, value]) => value !== undefined),
  ) as FontStyle;
}

/**
 * The format a cell gets from the rules holding it: rules in priority order (0 first), each true
 * one giving the properties no earlier true one gave, until a true rule with stopIfTrue.
 * `applies` is asked only when a rule could still change the result, in priority order.
 * @returns undefined when no rule gives anything.
 */
export function chooseFormat(
  rules: readonly ConditionalFormatModel[],
  applies: (rule: ConditionalFormatModel) => boolean,
): ConditionalFormatStyle | undefined {
  let fill: string | undefined;
  let font: FontStyle = {};
  const ordered = [...rules].sort((a, b) => a.priority - b.priority);
  for (const rule of ordered) {
    const ruleFill = rule.format.fill?.color;
    const ruleFont = fontSet(rule.format.font);
    const givesFill = ruleFill !== undefined && fill === undefined;
    const givesFont = Object.keys(ruleFont).some((key) => !(key in font));
    // Nothing left to give and nothing to stop: its condition does not matter.
    if (!givesFill && !givesFont && !rule.stopIfTrue) continue;
    if (!applies(rule)) continue;
    if (givesFill) fill = ruleFill;
    // Properties already given win over this rule's.
    font = { ...ruleFont, ...font };
    if (rule.stopIfTrue) break;
  }
  const style: ConditionalFormatStyle = {};
  if (fill !== undefined) style.fill = { color: fill };
  if (Object.keys(font).length > 0) style.font = font;
  return style.fill || style.font ? style : undefined;
}

/**
 * The conditional formats of one sheet at one model version. Formats are worked out only for the
 * cells asked for (the grid asks for the cells in view) and remembered, with each formula's
 * result, so scrolling back and forth evaluates nothing twice. Build a new one when the model changes.
 */
export class ConditionalFormatter {
  private readonly rules: ConditionalFormatModel[];
  private readonly rulesByRow = new Map<number, ConditionalFormatModel[]>();
  private readonly formats = new Map<number, ConditionalFormatStyle | undefined>();
  /** Results by row and formula text: a whole-row rule gives one formula for all the row's cells. */
  private readonly results = new Map<string, boolean>();
  /** Formulas evaluated so far (what caching saves is visible to tests and benchmarks). */
  evaluations = 0;
  /** Set by the first evaluation that threw: the rest are not tried (each might rebuild the engine). */
  private failed = false;

  constructor(
    private readonly sheet: SheetModel,
    private readonly evaluate: FormulaEvaluator,
  ) {
    this.rules = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
  }

  /** The conditional format of (row, col), or undefined when no rule gives it anything. */
  formatAt(row: number, col: number): ConditionalFormatStyle | undefined {
    if (this.rules.length === 0) return undefined;
    const key = row * MAX_COLUMNS + col;
    if (this.formats.has(key)) return this.formats.get(key);
    const holding = this.rulesOnRow(row).filter((rule) => rule.ranges.some((r) => rectContains(r, row, col)));
    const format =
      holding.length === 0 ? undefined : chooseFormat(holding, (rule) => this.holds(rule, row, col));
    this.formats.set(key, format);
    return format;
  }

  private rulesOnRow(row: number): ConditionalFormatModel[] {
    let rules = this.rulesByRow.get(row);
    if (!rules) {
      rules = this.rules.filter((rule) => rule.ranges.some((r) => row >= r.row && row < r.row + r.rows));
      this.rulesByRow.set(row, rules);
    }
    return rules;
  }

  private holds(rule: ConditionalFormatModel, row: number, col: number): boolean {
    const formula = ruleFormulaAt(rule, row, col);
    if (formula === null) return false;
    const key = `${row}\u0000${formula}`;
    let result = this.results.get(key);
    if (result === undefined) {
      result = false;
      if (!this.failed) {
        this.evaluations += 1;
        try {
          result = isConditionMet(this.evaluate(this.sheet.id, row, col, formula));
        } catch (error) {
          // A fault of the engine must not blank the grid: formats stay off and the console says why.
          console.error("Conditional formats not evaluated:", formula, error);
          this.failed = true;
        }
      }
      this.results.set(key, result);
    }
    return result;
  }
}
