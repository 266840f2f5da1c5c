import { cellAddress } from "../address";
import type { CellConstant } from "../plan";

/**
 * One table as excel/ reads it: headers and body values exactly as `Range.values` gives them
 * (dates as serial numbers, empty cells as ""), and where it sits so a problem can name a cell.
 */
export interface TableData {
  table: string;
  sheet: string;
  /** The header row's first cell, 0-based. */
  row: number;
  col: number;
  headers: string[];
  rows: CellConstant[][];
}

/** The contract's tables found in a workbook, by table name (absent when the workbook lacks one). */
export type WorkbookData = Partial<Record<string, TableData>>;

/** Whether a cell read from a table holds nothing. */
export function isBlank(value: CellConstant | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A cell as text, as a note or message prints it: numbers in their shortest form, blanks as "", text trimmed. */
export function cellText(value: CellConstant | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/**
 * Reads rows by header, whatever order the user's columns are in.
 * `get(i, "数量")` is the value of 数量 in body row `i`, or undefined when the column is missing.
 */
export function tableReader(data: TableData): {
  has(header: string): boolean;
  get(row: number, header: string): CellConstant | undefined;
  /** A1 address of a body cell, or of the header cell when the column is missing. */
  cell(row: number, header: string): string;
} {
  const index = new Map<string, number>();
  data.headers.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  return {
    has: (header) => index.has(header),
    get: (row, header) => {
      const col = index.get(header);
      return col === undefined ? undefined : data.rows[row]?.[col];
    },
    cell: (row, header) => {
      const col = index.get(header);
      return cellAddress(data.row + 1 + row, data.col + (col ?? 0));
    },
  };
}
