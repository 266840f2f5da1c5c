import type { KeyboardEvent, Ref } from "react";
import { cellAddress } from "../core/address";
import { serialToIso } from "../core/dates";
import type { Cell } from "../memory-excel/model";
import type { CellPosition } from "./geometry";

/** Whether a number format shows dates: it has day or year codes outside quoted text and `[...]`. */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const codes = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(codes);
}

/**
 * What the formula bar shows for a cell, and what editing it starts from: its formula, else its
 * constant as typed (not formatted). A date shows as `YYYY-MM-DD`, which reads back as the same
 * date when the entry is committed unchanged.
 */
export function formulaBarText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number" && Number.isInteger(v) && isDateFormat(cell.style?.numberFormat)) {
    return serialToIso(v) || String(v);
  }
  return String(v);
}

export interface FormulaBarProps {
  sheetName: string;
  active: CellPosition | null;
  cell: Cell | undefined;
  /** The open edit's text; null shows the active cell's content. */
  editText: string | null;
  nameBoxLabel: string;
  formulaLabel: string;
  /** The clerk clicked into the bar. */
  onFocus: () => void;
  onEditText: (text: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The name box (`订单!B3`) and the active cell's formula or value, editable as in Excel. */
export function FormulaBar({
  sheetName,
  active,
  cell,
  editText,
  nameBoxLabel,
  formulaLabel,
  onFocus,
  onEditText,
  onKeyDown,
  inputRef,
}: FormulaBarProps) {
  const address = active ? `${sheetName}!${cellAddress(active.row, active.col)}` : "";
  return (
    <div className="wb-formula-bar" data-testid="formula-bar">
      <output className="wb-name-box" data-testid="name-box" aria-label={nameBoxLabel}>
        {address}
      </output>
      <span className="wb-fx">fx</span>
      <div className="wb-formula" data-testid="formula-bar-content">
        <input
          ref={inputRef}
          className="wb-formula-input"
          data-testid="formula-input"
          aria-label={formulaLabel}
          disabled={!active}
          value={editText ?? formulaBarText(cell)}
          spellCheck={false}
          autoComplete="off"
          onFocus={onFocus}
          onChange={(e) => onEditText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
