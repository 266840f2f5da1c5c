import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CostingRow } from "../../core/orders/views";
import type { CostingSnapshot } from "../../excel/views";
import {
  costingFigures,
  formatPercent,
  initialForm,
  inputsOf,
  rowsBelowMinimum,
  rowsPendingReview,
  type CostingInputs,
} from "../costingForm";
import type { Strings } from "../strings";
import { useFormStyles } from "./formStyles";
import { useListStyles } from "./listStyles";
import { PaneButton } from "./PaneButton";

const useStyles = makeStyles({
  figure: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  danger: { color: tokens.colorPaletteRedForeground1 },
});

export interface CostingPanelProps {
  strings: Strings;
  busy: boolean;
  /** The 核价 rows last read, or null before the first read. */
  costing: CostingSnapshot | null;
  onLoad: () => void;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** 核价: reads the rows, tries prices for one of them, and lists the rows to look at. */
export function CostingPanel({ strings, busy, costing, onLoad, onSelectCell }: CostingPanelProps) {
  const styles = useListStyles();
  return (
    <>
      <span className={styles.note}>{strings.costingIntro}</span>
      <PaneButton appearance="primary" data-testid="costing-load" disabled={busy} onClick={onLoad}>
        {strings.costingLoad}
      </PaneButton>
      {costing && costing.rows.length === 0 ? (
        <span className={styles.note}>{strings.costingEmpty}</span>
      ) : null}
      {costing && costing.rows.length > 0 ? (
        <>
          <CostingForm strings={strings} view={costing} />
          <RowList
            strings={strings}
            busy={busy}
            title={strings.belowMinimumTitle}
            testId="costing-below"
            rows={rowsBelowMinimum(costing)}
            onSelectCell={onSelectCell}
          />
          <RowList
            strings={strings}
            busy={busy}
            title={strings.pendingTitle}
            testId="costing-pending"
            rows={rowsPendingReview(costing)}
            onSelectCell={onSelectCell}
          />
        </>
      ) : null}
    </>
  );
}

function CostingForm({ strings, view }: { strings: Strings; view: CostingSnapshot }) {
  const styles = { ...useListStyles(), ...useFormStyles(), ...useStyles() };
  const [form, setForm] = useState(() => initialForm(view));
  // A new read starts the form again on the selected row (React's "adjust state on a prop change").
  const [formView, setFormView] = useState(view);
  if (formView !== view) {
    setFormView(view);
    setForm(initialForm(view));
  }
  const { settings } = view;
  const figures = costingFigures(form.inputs, settings);
  const fields = strings.costingFields;
  const danger = figures.belowMinimum ? styles.danger : undefined;

  const input = (key: keyof CostingInputs, label: string, placeholder?: string) => (
    <>
      <label htmlFor={`costing-${key}`}>{label}</label>
      <input
        id={`costing-${key}`}
        className={mergeClasses(styles.control, figures.invalid[key] && styles.invalid)}
        data-testid={`costing-${key}`}
        inputMode="decimal"
        autoComplete="off"
        value={form.inputs[key]}
        placeholder={placeholder}
        aria-invalid={figures.invalid[key] || undefined}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setForm((f) => ({ ...f, inputs: { ...f.inputs, [key]: value } }));
        }}
      />
    </>
  );

  return (
    <>
      <div className={styles.form}>
        <label htmlFor="costing-product">{fields.product}</label>
        <select
          id="costing-product"
          className={styles.control}
          data-testid="costing-product"
          value={form.index}
          onChange={(e) => {
            const index = Number(e.currentTarget.value);
            setForm({ index, inputs: inputsOf(view.rows[index]) });
          }}
        >
          {view.rows.map((row, i) => (
            <option key={i} value={i}>
              {row.product}
            </option>
          ))}
        </select>
        {input("price", fields.price)}
        {/* Blank 汇率 means FX_USD, as in the sheet: the placeholder shows it. */}
        {input("rate", fields.rate, String(settings.fxUsd))}
        {input("cost", fields.cost)}
        <span>{fields.profit}</span>
        <output className={mergeClasses(styles.figure, danger)} data-testid="costing-profit">
          {figures.profit || "—"}
        </output>
        <span>{fields.margin}</span>
        <output
          className={mergeClasses(styles.figure, danger)}
          data-testid="costing-margin"
          data-below-minimum={figures.belowMinimum}
        >
          {figures.margin || "—"}
        </output>
      </div>
      {figures.belowMinimum ? (
        <span className={mergeClasses(styles.note, styles.danger)} data-testid="costing-margin-note">
          {strings.belowMinimum(formatPercent(settings.minMargin))}
        </span>
      ) : null}
    </>
  );
}

function RowList({
  strings,
  busy,
  title,
  testId,
  rows,
  onSelectCell,
}: {
  strings: Strings;
  busy: boolean;
  title: string;
  testId: string;
  rows: CostingRow[];
  onSelectCell: (sheet: string, cell: string) => void;
}) {
  const styles = useListStyles();
  return (
    <>
      <h3 className={styles.subheading}>{rows.length > 0 ? `${title} (${rows.length})` : title}</h3>
      {rows.length === 0 ? (
        <span className={mergeClasses(styles.note, styles.muted)}>{strings.none}</span>
      ) : null}
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.cell}>
            <button
              type="button"
              className={styles.item}
              data-testid={testId}
              data-sheet={row.sheet}
              data-cell={row.cell}
              title={strings.selectProblemCell(`${row.sheet}!${row.cell}`)}
              disabled={busy}
              onClick={() => onSelectCell(row.sheet, row.cell)}
            >
              <span className={styles.strong}>{row.product}</span>
              {row.margin === null ? null : (
                <span className={row.belowMinimum ? mergeClasses(styles.tag, styles.error) : styles.muted}>
                  {formatPercent(row.margin)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
