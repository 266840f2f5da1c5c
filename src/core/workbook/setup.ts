import { absoluteCellRef, cellAddress, parseRectAddress, rectAddress } from "../address";
import { makeProblem } from "../messages";
import type { CellConstant, Plan, PlanStep } from "../plan";
import type { Lang, Problem } from "../problems";
import {
  NUMBER_FORMATS,
  SETTINGS,
  SETTINGS_TABLE,
  settingNumberFormat,
  type SettingSpec,
  type TableSpec,
} from "./schema";

/** What setup needs to know about a workbook, read in excel/. */
export interface SetupSnapshot {
  /** Every sheet, with whether it holds anything at all. */
  sheets: { name: string; isBlank: boolean }[];
  /** Every table; `headers` and `body` only for the contract's tables. */
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
}

export interface SetupResult {
  plan: Plan;
  /** When any is an error, `plan` is empty: nothing may be written. */
  problems: Problem[];
  added: { sheets: string[]; tables: string[]; rows: number; names: string[] };
}

const TABLE_STYLE = "TableStyleMedium2";

/** Where a setting's value sits, 0-based. */
interface Cell {
  row: number;
  col: number;
}

/**
 * Decides what setup must add so the workbook holds the contract's sheets, tables, rows and names.
 * Additive and idempotent: what exists is left as it is; a second run over its own result plans nothing.
 * @returns the plan, or problems (and an empty plan) when a sheet or table of ours is taken by the user.
 */
export function planSetup(snapshot: SetupSnapshot, lang: Lang): SetupResult {
  const steps: PlanStep[] = [];
  const problems: Problem[] = [];
  const added: SetupResult["added"] = { sheets: [], tables: [], rows: 0, names: [] };
  const names = new Set(snapshot.names.map((n) => n.toUpperCase()));

  const spec = SETTINGS_TABLE;
  const table = snapshot.tables.find((t) => t.name.toUpperCase() === spec.table.toUpperCase());
  const sheet = snapshot.sheets.find((s) => s.name === spec.sheet);

  let settingCells: Map<string, Cell>;
  if (table) {
    if (table.sheet !== spec.sheet) {
      problems.push(
        makeProblem(
          lang,
          "error",
          "table-elsewhere",
          { sheet: table.sheet },
          {
            table: spec.table,
            sheet: table.sheet,
            expected: spec.sheet,
          },
        ),
      );
      return { plan: { steps: [] }, problems, added };
    }
    settingCells = extendSettings(table, steps, added);
  } else if (sheet && !sheet.isBlank) {
    problems.push(
      makeProblem(
        lang,
        "error",
        "sheet-not-ours",
        { sheet: spec.sheet, cell: "A1" },
        {
          sheet: spec.sheet,
          table: spec.table,
        },
      ),
    );
    return { plan: { steps: [] }, problems, added };
  } else {
    if (!sheet) {
      steps.push({ kind: "addSheet", sheet: spec.sheet, tabColor: spec.tabColor });
      added.sheets.push(spec.sheet);
    }
    settingCells = createSettings(spec, steps);
    added.tables.push(spec.table);
    added.rows += SETTINGS.length;
  }

  for (const setting of SETTINGS) {
    if (names.has(setting.name.toUpperCase())) continue;
    const cell = settingCells.get(setting.item);
    if (cell === undefined) continue;
    steps.push({
      kind: "addName",
      name: setting.name,
      reference: `=${absoluteCellRef(spec.sheet, cell.row, cell.col)}`,
      comment: setting.item,
    });
    added.names.push(setting.name);
  }

  return { plan: { steps }, problems, added };
}

function valueColumn(spec: TableSpec): number {
  return spec.columns.findIndex((c) => c.header === "值");
}

function settingRow(setting: SettingSpec): CellConstant[] {
  return [setting.item, setting.defaultValue === "" ? null : setting.defaultValue, setting.note];
}

/** A new Settings table at A1 of its sheet; returns where each item's value is. */
function createSettings(spec: TableSpec, steps: PlanStep[]): Map<string, Cell> {
  const width = spec.columns.length;
  const headerRect = { row: 0, col: 0, rows: 1, cols: width };
  const allRect = { row: 0, col: 0, rows: SETTINGS.length + 1, cols: width };
  steps.push({
    kind: "values",
    sheet: spec.sheet,
    address: rectAddress(allRect),
    values: [spec.columns.map((c) => c.header), ...SETTINGS.map(settingRow)],
  });
  steps.push({
    kind: "addTable",
    sheet: spec.sheet,
    address: rectAddress(allRect),
    table: spec.table,
    style: TABLE_STYLE,
  });
  steps.push({ kind: "font", sheet: spec.sheet, address: rectAddress(headerRect), bold: true });
  spec.columns.forEach((column, col) => {
    steps.push({
      kind: "columnWidth",
      sheet: spec.sheet,
      address: cellAddress(0, col),
      width: column.width,
    });
    if (column.kind !== "general") {
      steps.push({
        kind: "numberFormat",
        sheet: spec.sheet,
        address: rectAddress({ row: 1, col, rows: SETTINGS.length, cols: 1 }),
        format: NUMBER_FORMATS[column.kind],
      });
    }
  });
  const rows = new Map<string, Cell>();
  SETTINGS.forEach((setting, i) => {
    rows.set(setting.item, { row: i + 1, col: valueColumn(spec) });
    steps.push({
      kind: "numberFormat",
      sheet: spec.sheet,
      address: cellAddress(i + 1, valueColumn(spec)),
      format: settingNumberFormat(setting.kind),
    });
  });
  steps.push({ kind: "freeze", sheet: spec.sheet, rows: 1, columns: 0 });
  return rows;
}

/**
 * Appends the settings the existing table lacks, directly below it (the table grows over them).
 * @returns where each item's value is, existing and appended.
 */
function extendSettings(
  table: TableSnapshot,
  steps: PlanStep[],
  added: SetupResult["added"],
): Map<string, Cell> {
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
  steps.push({
    kind: "values",
    sheet,
    address: rectAddress({ row: firstNew, col: rect.col, rows: missing.length, cols: rect.cols }),
    values: block,
  });
  missing.forEach((setting, i) => {
    const row = firstNew + i;
    rows.set(setting.item, { row, col: rect.col + valueCol });
    steps.push({
      kind: "numberFormat",
      sheet,
      address: cellAddress(row, rect.col + valueCol),
      format: settingNumberFormat(setting.kind),
    });
  });
  added.rows += missing.length;
  return rows;
}
