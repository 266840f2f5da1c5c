import { absoluteCellRef, cellAddress, parseRectAddress, rectAddress, type Rect } from "../address";
import { makeProblem } from "../messages";
import type { CellConstant, Plan, PlanStep } from "../plan";
import type { Lang, Problem } from "../problems";
import { columnFormula } from "./formulas";
import { columnValidation, tableFormats } from "./rules";
import {
  CONTRACT_TABLES,
  LIST_NAMES,
  NUMBER_FORMATS,
  SETTINGS,
  SETTINGS_TABLE,
  settingNumberFormat,
  type ColumnSpec,
  type SettingSpec,
  type TableSpec,
} from "./schema";

/** What setup needs to know about a workbook, read in excel/. */
export interface SetupSnapshot {
  /** Every sheet, with whether it holds anything at all. */
  sheets: { name: string; isBlank: boolean }[];
  /** Every table; the details only for the contract's tables. */
  tables: TableSnapshot[];
  /** Every workbook-scope name. */
  names: string[];
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** The whole table (header row included), A1 without the sheet. */
  address: string;
  headers: string[];
  /** Data rows, when setup needs them (the Settings table). */
  body?: CellConstant[][];
  /** Headers of the contract's columns whose body already has a validation rule. */
  validated?: string[];
  /** How many conditional formats touch the table's body. */
  conditionalFormats?: number;
  /**
   * The first body row's formulas by column (a constant as its text), for the contract's tables
   * with computed columns: setup rewrites a computed column whose formula is an older one of ours.
   */
  formulas?: string[];
}

/** Rows to start new tables with (the demo), by table name; 参数 values by item. */
export interface SetupSeed {
  settings: Record<string, string | number>;
  rows: Record<string, CellConstant[][]>;
}

export interface SetupResult {
  plan: Plan;
  /** When any is an error, `plan` is empty: nothing may be written. */
  problems: Problem[];
  added: {
    sheets: string[];
    tables: string[];
    rows: number;
    names: string[];
    columns: string[];
    /** Computed columns whose formula setup brought up to date, as `sheet!header`. */
    formulas: string[];
    rules: number;
  };
}

const TABLE_STYLE = "TableStyleMedium2";

/** Where a setting's value sits, 0-based. */
interface Cell {
  row: number;
  col: number;
}

/** Collects the steps and what they add, so each part of setup stays small. */
class SetupPlanner {
  readonly steps: PlanStep[] = [];
  readonly added: SetupResult["added"] = {
    sheets: [],
    tables: [],
    rows: 0,
    names: [],
    columns: [],
    formulas: [],
    rules: 0,
  };

  /** Number formats, validation and formulas for one column's body cells. */
  columnBody(spec: TableSpec, column: ColumnSpec, sheet: string, body: Rect, seed?: CellConstant[][]): void {
    const address = rectAddress(body);
    if (column.kind !== "general" && column.kind !== "enum") {
      this.steps.push({ kind: "numberFormat", sheet, address, format: NUMBER_FORMATS[column.kind] });
    }
    this.validation(column, sheet, address);
    const formula = columnFormula(spec.table, column.header);
    if (formula === undefined) return;
    // A seeded value in a defaulted column is kept; formulas go in runs of the rows left blank.
    const index = spec.columns.indexOf(column);
    let start = 0;
    while (start < body.rows) {
      if (seed && seed[start]?.[index] != null) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < body.rows && !(seed && seed[end]?.[index] != null)) end += 1;
      this.steps.push({
        kind: "formulas",
        sheet,
        address: rectAddress({ ...body, row: body.row + start, rows: end - start }),
        formulas: Array.from({ length: end - start }, () => [formula]),
      });
      start = end;
    }
  }

  validation(column: ColumnSpec, sheet: string, address: string): void {
    const validation = columnValidation(column);
    if (!validation) return;
    this.steps.push({ kind: "validation", sheet, address, ...validation });
    this.added.rules += 1;
  }

  formats(spec: TableSpec, sheet: string, headers: readonly string[], body: Rect): void {
    for (const format of tableFormats(spec, headers, body.row, body.col)) {
      const col = format.column === "*" ? body.col : body.col + headers.indexOf(format.column);
      const cols = format.column === "*" ? headers.length : 1;
      this.steps.push({
        kind: "conditionalFormat",
        sheet,
        address: rectAddress({ ...body, col, cols }),
        formula: format.formula,
        fill: format.fill,
        fontColor: format.fontColor,
      });
      this.added.rules += 1;
    }
  }

  /** A new table at A1 of its sheet, its body the seed rows or one blank row. */
  createTable(spec: TableSpec, seed: CellConstant[][] | undefined): Rect {
    const width = spec.columns.length;
    const rows = seed && seed.length > 0 ? seed : undefined;
    const bodyRows = rows?.length ?? 1;
    const all: Rect = { row: 0, col: 0, rows: bodyRows + 1, cols: width };
    const headers = spec.columns.map((c) => c.header);
    this.steps.push({
      kind: "values",
      sheet: spec.sheet,
      address: rectAddress(rows ? all : { ...all, rows: 1 }),
      values: rows ? [headers, ...rows.map((r) => spec.columns.map((_, i) => r[i] ?? null))] : [headers],
    });
    this.steps.push({
      kind: "addTable",
      sheet: spec.sheet,
      address: rectAddress(all),
      table: spec.table,
      style: TABLE_STYLE,
    });
    spec.columns.forEach((column, col) => {
      this.steps.push({
        kind: "columnWidth",
        sheet: spec.sheet,
        address: cellAddress(0, col),
        width: column.width,
      });
      this.columnBody(spec, column, spec.sheet, { row: 1, col, rows: bodyRows, cols: 1 }, rows);
    });
    this.formats(spec, spec.sheet, headers, { row: 1, col: 0, rows: bodyRows, cols: width });
    this.steps.push({ kind: "freeze", sheet: spec.sheet, rows: 1, columns: 0 });
    this.added.tables.push(spec.table);
    this.added.rows += rows?.length ?? 0;
    return all;
  }

  /**
   * Brings an existing table up to the contract: appends missing columns (with their formulas and
   * rules) at its right end, rewrites a computed column that holds an older formula of ours (see
   * isCurrentFormula), adds validation a contract column lacks and the table's formats when it has
   * none. Touches no cell the user typed.
   */
  upgradeTable(spec: TableSpec, table: TableSnapshot): void {
    const rect = parseRectAddress(table.address);
    if (!rect) return;
    const body: Rect = {
      row: rect.row + 1,
      col: rect.col,
      rows: Math.max(rect.rows - 1, 1),
      cols: rect.cols,
    };
    const headers = [...table.headers];
    const validated = new Set(table.validated ?? []);
    const outdated: { column: ColumnSpec; col: number }[] = [];
    for (const column of spec.columns) {
      const index = headers.indexOf(column.header);
      if (index >= 0) {
        if (!validated.has(column.header)) {
          this.validation(column, table.sheet, rectAddress({ ...body, col: body.col + index, cols: 1 }));
        }
        const found = table.formulas?.[index];
        if (column.computed && found !== undefined && !isCurrentFormula(spec, column, found)) {
          outdated.push({ column, col: body.col + index });
        }
        continue;
      }
      const col = body.col + headers.length;
      headers.push(column.header);
      this.steps.push({ kind: "addTableColumn", table: table.name, header: column.header });
      this.steps.push({
        kind: "columnWidth",
        sheet: table.sheet,
        address: cellAddress(rect.row, col),
        width: column.width,
      });
      this.columnBody(spec, column, table.sheet, { ...body, col, cols: 1 });
      this.added.columns.push(`${spec.sheet}!${column.header}`);
    }
    // After the appended columns, which the new formulas may name.
    for (const { column, col } of outdated) {
      const formula = columnFormula(spec.table, column.header)!;
      this.steps.push({
        kind: "formulas",
        sheet: table.sheet,
        address: rectAddress({ ...body, col, cols: 1 }),
        formulas: Array.from({ length: body.rows }, () => [formula]),
      });
      this.added.formulas.push(`${spec.sheet}!${column.header}`);
    }
    if ((table.conditionalFormats ?? 0) === 0) {
      this.formats(spec, table.sheet, headers, { ...body, cols: headers.length });
    }
  }
}

/**
 * Whether a computed column's first body cell, as the workbook gives it back, holds the formula
 * setup writes now. A constant (typed over the formula) counts as current: setup leaves it alone.
 * Excel may give back a reference to the table's own column without the table's name, and other
 * spacing, so both are set aside in the comparison.
 */
export function isCurrentFormula(spec: TableSpec, column: ColumnSpec, found: string): boolean {
  const formula = columnFormula(spec.table, column.header);
  if (formula === undefined || !found.startsWith("=")) return true;
  const ownTable = new RegExp(`(^|[^\\p{L}\\p{N}_.])${spec.table}\\[`, "giu");
  const normal = (f: string) => f.replace(ownTable, "$1[").replace(/\s+/g, "").toUpperCase();
  return normal(found) === normal(formula);
}

/**
 * Decides what setup must add so the workbook holds the contract's sheets, tables, columns, rows,
 * names, validation and formats. Additive and idempotent: what exists is left as it is; a second run
 * over its own result plans nothing.
 * @param seed rows for tables setup creates (the demo); ignored for tables that exist.
 * @returns the plan, or problems (and an empty plan) when a sheet or table of ours is taken by the user.
 */
export function planSetup(snapshot: SetupSnapshot, lang: Lang, seed?: SetupSeed): SetupResult {
  const problems: Problem[] = [];
  const planner = new SetupPlanner();
  const names = new Set(snapshot.names.map((n) => n.toUpperCase()));
  const sheetNames = new Set(snapshot.sheets.map((s) => s.name.toUpperCase()));
  let settingCells = new Map<string, Cell>();

  // First every refusal, so that nothing is planned for a workbook we must not touch.
  const found = CONTRACT_TABLES.map((spec) => {
    const table = snapshot.tables.find((t) => t.name.toUpperCase() === spec.table.toUpperCase());
    const sheet = snapshot.sheets.find((s) => s.name.toUpperCase() === spec.sheet.toUpperCase());
    if (table && table.sheet.toUpperCase() !== spec.sheet.toUpperCase()) {
      problems.push(
        makeProblem(
          lang,
          "error",
          "table-elsewhere",
          { sheet: table.sheet },
          { table: spec.table, sheet: table.sheet, expected: spec.sheet },
        ),
      );
    } else if (!table && sheet && !sheet.isBlank) {
      problems.push(
        makeProblem(
          lang,
          "error",
          "sheet-not-ours",
          { sheet: sheet.name, cell: "A1" },
          { sheet: sheet.name, table: spec.table },
        ),
      );
    } else if (!table && !sheet && names.has(spec.table.toUpperCase())) {
      problems.push(makeProblem(lang, "error", "name-taken", { sheet: "" }, { name: spec.table }));
    }
    return { spec, table, sheet };
  });
  if (problems.length > 0) return { plan: { steps: [] }, problems, added: planner.added };

  for (const { spec, table, sheet } of found) {
    if (table) {
      planner.upgradeTable(spec, table);
      if (spec === SETTINGS_TABLE) settingCells = extendSettings(table, planner);
      continue;
    }
    if (!sheet && !sheetNames.has(spec.sheet.toUpperCase())) {
      planner.steps.push({ kind: "addSheet", sheet: spec.sheet, tabColor: spec.tabColor });
      planner.added.sheets.push(spec.sheet);
    }
    if (spec === SETTINGS_TABLE) {
      settingCells = createSettings(planner, seed?.settings ?? {});
    } else {
      planner.createTable(spec, seed?.rows[spec.table]);
    }
  }

  for (const setting of SETTINGS) {
    if (names.has(setting.name.toUpperCase())) continue;
    const cell = settingCells.get(setting.item);
    if (cell === undefined) continue;
    planner.steps.push({
      kind: "addName",
      name: setting.name,
      reference: `=${absoluteCellRef(SETTINGS_TABLE.sheet, cell.row, cell.col)}`,
      comment: setting.item,
    });
    planner.added.names.push(setting.name);
  }
  for (const list of LIST_NAMES) {
    if (names.has(list.name.toUpperCase())) continue;
    planner.steps.push({
      kind: "addName",
      name: list.name,
      reference: `=${list.table}[${list.column}]`,
      comment: `下拉列表：${list.column}`,
    });
    planner.added.names.push(list.name);
  }

  return { plan: { steps: planner.steps }, problems, added: planner.added };
}

function valueColumn(spec: TableSpec): number {
  return spec.columns.findIndex((c) => c.header === "值");
}

function settingRow(setting: SettingSpec, values: Record<string, string | number>): CellConstant[] {
  const value = values[setting.item] ?? setting.defaultValue;
  return [setting.item, value === "" ? null : value, setting.note];
}

/** A new Settings table at A1 of its sheet; returns where each item's value is. */
function createSettings(planner: SetupPlanner, values: Record<string, string | number>): Map<string, Cell> {
  const spec = SETTINGS_TABLE;
  planner.createTable(
    spec,
    SETTINGS.map((s) => settingRow(s, values)),
  );
  const rows = new Map<string, Cell>();
  SETTINGS.forEach((setting, i) => {
    rows.set(setting.item, { row: i + 1, col: valueColumn(spec) });
    planner.steps.push({
      kind: "numberFormat",
      sheet: spec.sheet,
      address: cellAddress(i + 1, valueColumn(spec)),
      format: settingNumberFormat(setting.kind),
    });
  });
  return rows;
}

/**
 * Appends the settings the existing table lacks, directly below it (the table grows over them).
 * @returns where each item's value is, existing and appended.
 */
function extendSettings(table: TableSnapshot, planner: SetupPlanner): Map<string, Cell> {
  const rect = parseRectAddress(table.address);
  const rows = new Map<string, Cell>();
  if (!rect) return rows;
  const itemCol = table.headers.indexOf("项目");
  const valueCol = table.headers.indexOf("值");
  const noteCol = table.headers.indexOf("说明");
  if (itemCol < 0 || valueCol < 0) return rows;
  (table.body ?? []).forEach((cells, i) => {
    const item = cells[itemCol];
    if (typeof item === "string" && item !== "" && !rows.has(item)) {
      rows.set(item, { row: rect.row + 1 + i, col: rect.col + valueCol });
    }
  });
  const missing = SETTINGS.filter((s) => !rows.has(s.item));
  if (missing.length === 0) return rows;

  const firstNew = rect.row + 1 + (table.body?.length ?? 0);
  const block: CellConstant[][] = missing.map((setting) => {
    const cells: CellConstant[] = table.headers.map(() => null);
    cells[itemCol] = setting.item;
    cells[valueCol] = setting.defaultValue === "" ? null : setting.defaultValue;
    if (noteCol >= 0) cells[noteCol] = setting.note;
    return cells;
  });
  const sheet = table.sheet;
  planner.steps.push({
    kind: "values",
    sheet,
    address: rectAddress({ row: firstNew, col: rect.col, rows: missing.length, cols: rect.cols }),
    values: block,
  });
  missing.forEach((setting, i) => {
    const row = firstNew + i;
    rows.set(setting.item, { row, col: rect.col + valueCol });
    planner.steps.push({
      kind: "numberFormat",
      sheet,
      address: cellAddress(row, rect.col + valueCol),
      format: settingNumberFormat(setting.kind),
    });
  });
  planner.added.rows += missing.length;
  return rows;
}
