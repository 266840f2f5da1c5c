/**
 * The contract's data validation and conditional formats as data (DESIGN.md §4). The texts are
 * part of the workbook, which speaks Chinese like its headers; setup turns these into plan steps.
 */
import { columnLetters } from "../address";
import { dateToSerial } from "../dates";
import type { ValidationRule } from "../plan";
import { LIST_NAMES, type ColumnSpec, type TableSpec } from "./schema";

export interface ColumnValidation {
  rule: ValidationRule;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** The earliest date a date column accepts: before it, a number was almost surely typed by mistake. */
export const EARLIEST_DATE = dateToSerial(2000, 1, 1);

const ERROR_TITLE = "输入有误";

/** Excel limits an input message to 255 characters and its title to 32. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function make(column: ColumnSpec, rule: ValidationRule, prompt: string, error: string): ColumnValidation {
  return {
    rule,
    prompt: { title: clip(column.header, 32), message: clip(prompt, 255) },
    error: { title: ERROR_TITLE, message: clip(`「${column.header}」${error}`, 255) },
  };
}

/**
 * The validation of a column the clerk types into, or undefined for free text and computed columns.
 * @returns a drop-down for enumerations and for columns listed from another table; number and date
 *   rules otherwise.
 */
export function columnValidation(column: ColumnSpec): ColumnValidation | undefined {
  if (column.computed || column.defaulted) return undefined;
  if (column.listFrom) {
    const list = LIST_NAMES.find(
      (l) => l.table === column.listFrom?.table && l.column === column.listFrom.column,
    );
    if (!list) return undefined;
    return make(
      column,
      { kind: "list", source: `=${list.name}` },
      `请从下拉列表选择（${list.column}）。新的${list.column}请先加到它的表里。`,
      `必须是已登记的${list.column}。请先在它的表里添加，再从下拉列表选择。`,
    );
  }
  switch (column.kind) {
    case "enum": {
      const options = column.options ?? [];
      return make(
        column,
        { kind: "list", source: options.join(",") },
        `请从下拉列表选择：${options.join("、")}。`,
        `只能是：${options.join("、")}。`,
      );
    }
    case "integer":
      if (column.range === "positive")
        return make(
          column,
          { kind: "wholeNumber", min: 0, minExclusive: true },
          "请输入大于 0 的整数。",
          "必须是大于 0 的整数。",
        );
      if (column.range === "any")
        return make(column, { kind: "wholeNumber" }, "请输入整数（退货为负数）。", "必须是整数。");
      return make(column, { kind: "wholeNumber", min: 0 }, "请输入 0 或正整数。", "必须是 0 或正整数。");
    case "number":
    case "money":
      if (column.range === "positive")
        return make(
          column,
          { kind: "decimal", min: 0, minExclusive: true },
          "请输入大于 0 的数。",
          "必须是大于 0 的数。",
        );
      if (column.range === "any")
        return make(column, { kind: "decimal" }, "请输入数字（退货为负数）。", "必须是数字。");
      return make(column, { kind: "decimal", min: 0 }, "请输入 0 或正数。", "必须是 0 或正数。");
    case "rate":
      return make(
        column,
        { kind: "decimal", min: 0, max: 1 },
        "请输入 0% 到 100% 之间的比例，如 30%。",
        "必须是 0% 到 100% 之间的比例。",
      );
    case "date":
      return make(
        column,
        { kind: "date", min: EARLIEST_DATE },
        "请输入日期，如 2026-11-23。",
        "必须是 2000 年以后的日期，如 2026-11-23（不要输入成文字）。",
      );
    default:
      return undefined;
  }
}

/** A conditional format over part of a table's body, its formula relative to that part's top-left cell. */
export interface TableFormat {
  /** The columns it covers: one header, or "*" for whole rows. */
  column: string;
  formula: string;
  fill: string;
  fontColor: string;
}

const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };
const AMBER = { fill: "#FFEB9C", fontColor: "#9C5700" };

/**
 * The conditional formats of a table, placed for where its columns actually are.
 * @param headers the table's headers in sheet order (a user's table may have more columns or another order)
 * @param firstBodyRow 0-based sheet row of the table's first body row
 * @param firstCol 0-based sheet column of the table's first column
 */
export function tableFormats(
  spec: TableSpec,
  headers: readonly string[],
  firstBodyRow: number,
  firstCol: number,
): TableFormat[] {
  // A1 reference to `header` in the first body row: `$X2` keeps the column for whole-row formats.
  const ref = (header: string, absoluteColumn: boolean): string | undefined => {
    const index = headers.indexOf(header);
    if (index < 0) return undefined;
    return `${absoluteColumn ? "$" : ""}${columnLetters(firstCol + index)}${firstBodyRow + 1}`;
  };
  const out: TableFormat[] = [];
  if (spec.table === "Orders") {
    const status = ref("交期状态", true);
    if (status) {
      out.push({ column: "*", formula: `=${status}="逾期"`, ...RED });
      out.push({ column: "*", formula: `=${status}="将到期"`, ...AMBER });
    }
  }
  if (spec.table === "Costing") {
    const margin = ref("销售利润率", false);
    if (margin)
      out.push({ column: "销售利润率", formula: `=AND(ISNUMBER(${margin}),${margin}<MIN_MARGIN)`, ...RED });
    const review = ref("审核状态", false);
    if (review) out.push({ column: "审核状态", formula: `=${review}="待审核"`, ...AMBER });
  }
  return out;
}
