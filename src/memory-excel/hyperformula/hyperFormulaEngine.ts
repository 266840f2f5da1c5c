/**
 * The formula engine of tests and the workbench: HyperFormula computing a memory-excel model.
 *
 * HyperFormula is GPL-3.0 and a devDependency, so it is imported only from this folder and never
 * reaches a shipped bundle. Each recalculation builds one HyperFormula instance from the whole
 * model (`buildFromSheets`, one pass), then copies results into every formula cell's `computed`.
 */
import { CellError, DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
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

/** Computes a workbook model's formulas with HyperFormula. */
export class HyperFormulaEngine implements FormulaEngine {
  /** Where the last recalculation spent its time, in milliseconds. */
  lastTimings: RecalculationTimings = { translateMs: 0, buildMs: 0, readMs: 0 };

  /**
   * Sets `computed` on every formula cell of `book`. TODAY() and NOW() stand for `now` read as
   * local wall-clock time (its local Y/M/D and h:m:s), as Excel on the clerk's machine does.
   */
  recalculate(book: WorkbookModel, now: Date): void {
    const started = performance.now();
    const translator = new FormulaTranslator(book, localDateSerial(now), localDateTimeSerial(now));
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of book.sheets) sheets[sheet.name] = this.sheetContent(sheet, translator);
    const names: SerializedNamedExpression[] = translator.namedExpressions();
    const translated = performance.now();
    const hf = buildEngine(sheets, names);
    const built = performance.now();
    try {
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
    } finally {
      hf.destroy();
    }
    this.lastTimings = {
      translateMs: translated - started,
      buildMs: built - translated,
      readMs: performance.now() - built,
    };
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
