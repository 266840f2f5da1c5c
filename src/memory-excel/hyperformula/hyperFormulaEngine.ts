/**
 * The formula engine of tests and the workbench: HyperFormula computing a memory-excel model.
 *
 * HyperFormula is GPL-3.0 and a devDependency, so it is imported only from this folder and never
 * reaches a shipped bundle. Each recalculation builds one HyperFormula instance from the whole
 * model (`buildFromSheets`, one pass), then copies results into every formula cell's `computed`;
 * the instance is kept until the next one so formulas can be evaluated on the side.
 */
import { CellError, DetailedCellError, ErrorType, HyperFormula, NotAFormulaError } from "hyperformula";
import type { ConfigParams, RawCellContent, SerializedNamedExpression } from "hyperformula";
import type { FormulaEngine } from "../engine";
import { MAX_COLUMNS, MAX_ROWS } from "../model";
import type { Cell, ComputedValue, SheetModel, WorkbookModel } from "../model";
import { localDateSerial, localDateTimeSerial } from "../../core/dates";
import { EXCEL_FUNCTION_PLUGINS } from "./excelFunctions";
import { FormulaTranslator } from "./translate";

/** HyperFormula settings that make it compute as Excel does. */
const CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // Excel's 1900 date system, including its 1900-02-29: serials match Excel's on every date.
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // Excel keeps 15 significant digits; 14 hides binary noise such as 0.1 + 0.2 = 0.30000000000000004.
  precisionRounding: 14,
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
  // Exact lookups go through our own range indexes (excelFunctions.ts); HyperFormula's column
  // index would also index every computed value and cost more than it saves.
  useColumnIndex: false,
  functionPlugins: [...HyperFormula.getAllFunctionPlugins(), ...EXCEL_FUNCTION_PLUGINS],
};

/** HyperFormula's own error codes that Excel has no text for. */
const ERROR_TEXT: Readonly<Record<string, ComputedValue>> = {
  // A formula HyperFormula cannot parse: Excel would not have accepted it; #NAME? is its nearest.
  "#ERROR!": { error: "#NAME?" },
  // Excel shows 0 in a cell of a circular reference (and warns once).
  "#CYCLE!": 0,
  "#LIC!": { error: "#VALUE!" },
};

/** Excel's texts for HyperFormula's internal error types (results of plugin code). */
const CELL_ERROR_TEXT: Readonly<Record<string, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
};

/** A HyperFormula result as a memory-excel value: errors as `{error}`, empty as 0. */
export function toComputedValue(value: unknown): ComputedValue {
  if (value instanceof DetailedCellError) return ERROR_TEXT[value.value] ?? { error: value.value };
  if (value instanceof CellError) return { error: CELL_ERROR_TEXT[value.type] ?? "#VALUE!" };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // A formula that points at an empty cell shows 0 in Excel.
  return 0;
}

/** A constant as HyperFormula raw content: text is quoted so "123" or "=x" stay text. */
function rawConstant(cell: Cell): RawCellContent {
  const value = cell.value;
  if (value === undefined) return null;
  return typeof value === "string" ? `'${value}` : value;
}

/** Milliseconds spent translating formulas, building (and computing in) HyperFormula, and reading results back. */
export interface RecalculationTimings {
  translateMs: number;
  buildMs: number;
  readMs: number;
}

/** The HyperFormula instance of the last recalculation, kept to evaluate formulas on the side. */
interface LiveEngine {
  book: WorkbookModel;
  hf: HyperFormula;
  translator: FormulaTranslator;
  /** HyperFormula's sheet id of each model sheet, as the instance was built. */
  sheetIds: Map<string, number>;
  /** Named expressions the instance was given (a refused one too: it is not offered again). */
  names: Set<string>;
}

/** Computes a workbook model's formulas with HyperFormula. */
export class HyperFormulaEngine implements FormulaEngine {
  /** Where the last recalculation spent its time, in milliseconds. */
  lastTimings: RecalculationTimings = { translateMs: 0, buildMs: 0, readMs: 0 };
  private live: LiveEngine | undefined;

  /**
   * Sets `computed` on every formula cell of `book`. TODAY() and NOW() stand for `now` read as
   * local wall-clock time (its local Y/M/D and h:m:s), as Excel on the clerk's machine does.
   * The instance stays alive until the next recalculation (or `dispose`) for `evaluateFormula`.
   */
  recalculate(book: WorkbookModel, now: Date): void {
    const started = performance.now();
    const { translator, sheets, names } = this.translate(book, now);
    const translated = performance.now();
    this.dispose();
    const hf = buildEngine(sheets, names);
    const built = performance.now();
    this.live = liveEngine(book, hf, translator, names);
    book.sheets.forEach((sheet) => {
      const hfSheet = hf.getSheetId(sheet.name);
      if (hfSheet === undefined) return;
      const values = hf.getSheetValues(hfSheet);
      sheet.cells.forEach((cells, row) => {
        cells.forEach((cell, col) => {
          if (cell?.formula !== undefined) cell.computed = toComputedValue(values[row]?.[col]);
        });
      });
    });
    this.lastTimings = {
      translateMs: translated - started,
      buildMs: built - translated,
      readMs: performance.now() - built,
    };
  }

  /**
   * The value `formula` would show in (row, col) of `sheetId`, computed by the instance of the
   * last recalculation of `book` without writing a cell (a book never recalculated here is
   * built now, as of the current time). Relative references are read as written: shift them
   * for the cell first. A formula that does not parse gives #NAME?, an unknown sheet #REF!.
   */
  evaluateFormula(
    book: WorkbookModel,
    sheetId: string,
    row: number,
    col: number,
    formula: string,
  ): ComputedValue {
    if (this.live?.book !== book) this.recalculateAside(book);
    const live = this.live!;
    const hfSheet = live.sheetIds.get(sheetId);
    if (hfSheet === undefined) return { error: "#REF!" };
    const text = live.translator.cellFormula(
      formula.startsWith("=") ? formula : `=${formula}`,
      sheetId,
      row,
      col,
    );
    // A row far down may need a shard of a name the cells never used, or a new range alias.
    if (text.includes("GENDAN_")) addMissingNames(live);
    try {
      return toComputedValue(live.hf.calculateFormula(text, hfSheet));
    } catch (error) {
      if (error instanceof NotAFormulaError) return { error: "#NAME?" };
      throw error;
    }
  }

  /** Frees the HyperFormula instance kept for `evaluateFormula`. */
  dispose(): void {
    this.live?.hf.destroy();
    this.live = undefined;
  }

  /** Builds the instance for `book` without touching its cells' results. */
  private recalculateAside(book: WorkbookModel): void {
    const { translator, sheets, names } = this.translate(book, new Date());
    this.dispose();
    this.live = liveEngine(book, buildEngine(sheets, names), translator, names);
  }

  /** Every sheet's content and the named expressions, as HyperFormula reads them. */
  private translate(
    book: WorkbookModel,
    now: Date,
  ): {
    translator: FormulaTranslator;
    sheets: Record<string, RawCellContent[][]>;
    names: SerializedNamedExpression[];
  } {
    const translator = new FormulaTranslator(book, localDateSerial(now), localDateTimeSerial(now));
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of book.sheets) sheets[sheet.name] = this.sheetContent(sheet, translator);
    return { translator, sheets, names: translator.namedExpressions() };
  }

  private sheetContent(sheet: SheetModel, translator: FormulaTranslator): RawCellContent[][] {
    const rows: RawCellContent[][] = [];
    sheet.cells.forEach((cells, row) => {
      const out: RawCellContent[] = [];
      cells.forEach((cell, col) => {
        if (!cell) return;
        out[col] =
          cell.formula !== undefined
            ? translator.cellFormula(cell.formula, sheet.id, row, col)
            : rawConstant(cell);
      });
      // HyperFormula wants dense rows: fill the holes of sparse ones.
      for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
      rows[row] = out;
    });
    for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
    return rows;
  }
}

function liveEngine(
  book: WorkbookModel,
  hf: HyperFormula,
  translator: FormulaTranslator,
  names: readonly SerializedNamedExpression[],
): LiveEngine {
  const sheetIds = new Map<string, number>();
  for (const sheet of book.sheets) {
    const id = hf.getSheetId(sheet.name);
    if (id !== undefined) sheetIds.set(sheet.id, id);
  }
  return { book, hf, translator, sheetIds, names: new Set(names.map((n) => n.name)) };
}

/** Gives the live instance the named expressions its translator has needed since it was built. */
function addMissingNames(live: LiveEngine): void {
  for (const name of live.translator.namedExpressions()) {
    if (live.names.has(name.name)) continue;
    live.names.add(name.name);
    try {
      live.hf.addNamedExpression(name.name, name.expression);
    } catch {
      // Refused as in buildEngine: formulas using it show #NAME?.
    }
  }
}

/**
 * Builds HyperFormula with the workbook names. A name HyperFormula refuses would stop the whole
 * build; then the names are added one by one and a refused one is left out (formulas using it
 * show #NAME?, as in Excel for a broken name).
 */
export function buildEngine(
  sheets: Record<string, RawCellContent[][]>,
  names: SerializedNamedExpression[],
): HyperFormula {
  try {
    return HyperFormula.buildFromSheets(sheets, CONFIG, names);
  } catch {
    const hf = HyperFormula.buildFromSheets({}, CONFIG);
    hf.suspendEvaluation();
    // Sheets first, so names that point into them resolve.
    for (const sheetName of Object.keys(sheets)) hf.addSheet(sheetName);
    for (const name of names) {
      try {
        hf.addNamedExpression(name.name, name.expression);
      } catch {
        // Left out on purpose: see above.
      }
    }
    for (const [sheetName, content] of Object.entries(sheets))
      hf.setSheetContent(hf.getSheetId(sheetName)!, content);
    hf.resumeEvaluation();
    return hf;
  }
}
