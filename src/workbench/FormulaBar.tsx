import { cellAddress } from "../core/address";
import type { Cell } from "../memory-excel/model";
import type { CellPosition } from "./geometry";

/** What the formula bar shows for a cell: its formula, else its constant as typed (not formatted). */
export function formulaBarText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export interface FormulaBarProps {
  sheetName: string;
  active: CellPosition | null;
  cell: Cell | undefined;
  nameBoxLabel: string;
  formulaLabel: string;
}

/** The name box (`订单!B3`) and the active cell's formula or value. */
export function FormulaBar({ sheetName, active, cell, nameBoxLabel, formulaLabel }: FormulaBarProps) {
  const address = active ? `${sheetName}!${cellAddress(active.row, active.col)}` : "";
  return (
    <div className="wb-formula-bar" data-testid="formula-bar">
      <output className="wb-name-box" data-testid="name-box" aria-label={nameBoxLabel}>
        {address}
      </output>
      <span className="wb-fx">fx</span>
      <output className="wb-formula" data-testid="formula-bar-content" aria-label={formulaLabel}>
        {formulaBarText(cell)}
      </output>
    </div>
  );
}
