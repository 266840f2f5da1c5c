import { mergeClasses } from "@fluentui/react-components";
import type { TrackingView } from "../../core/orders/views";
import type { Severity } from "../../core/problems";
import { severitySummary, type Strings } from "../strings";
import { lineName, productionLabel, urgencyText } from "../trackingDisplay";
import { useListStyles } from "./listStyles";
import { PaneButton } from "./PaneButton";

export interface OrdersPanelProps {
  strings: Strings;
  /** An action is running: every action button waits. */
  busy: boolean;
  /** Problems of the last check by severity, or null before one. */
  checked: Record<Severity, number> | null;
  /** The listed problems include note sheets whose rows 发货 lacks: 修复送货单 is offered. */
  canRepairNotes: boolean;
  tracking: TrackingView | null;
  onCheck: () => void;
  onRepairNotes: () => void;
  onRefreshTracking: () => void;
  onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * 订单: 校验 with its summary line (and 修复送货单 when the check found 发货 rows missing for note
 * sheets), then 生产跟踪 (counts by 生产状态 and the urgent lines).
 */
export function OrdersPanel({
  strings,
  busy,
  checked,
  canRepairNotes,
  tracking,
  onCheck,
  onRepairNotes,
  onRefreshTracking,
  onSelectCell,
}: OrdersPanelProps) {
  const styles = useListStyles();
  const worst = checked ? (checked.error ? "error" : checked.warning ? "warning" : "success") : "success";
  return (
    <>
      <span className={styles.note}>{strings.checkIntro}</span>
      <div className={styles.row}>
        <PaneButton appearance="primary" data-testid="check-button" disabled={busy} onClick={onCheck}>
          {strings.checkButton}
        </PaneButton>
        {checked ? (
          <span
            className={mergeClasses(styles.tag, styles[worst])}
            data-testid="check-summary"
            data-severity={worst}
          >
            {severitySummary(strings, checked)}
          </span>
        ) : null}
      </div>
      {canRepairNotes ? (
        <>
          <span className={styles.note}>{strings.repairNotesIntro}</span>
          <PaneButton data-testid="repair-notes" disabled={busy} onClick={onRepairNotes}>
            {strings.repairNotesButton}
          </PaneButton>
        </>
      ) : null}

      <h3 className={styles.subheading}>{strings.trackingTitle}</h3>
      {tracking ? null : <span className={styles.note}>{strings.trackingIntro}</span>}
      <PaneButton data-testid="tracking-refresh" disabled={busy} onClick={onRefreshTracking}>
        {strings.trackingRefresh}
      </PaneButton>
      {tracking ? (
        <Tracking strings={strings} busy={busy} view={tracking} onSelectCell={onSelectCell} />
      ) : null}
    </>
  );
}

function Tracking({
  strings,
  busy,
  view,
  onSelectCell,
}: {
  strings: Strings;
  busy: boolean;
  view: TrackingView;
  onSelectCell: (sheet: string, cell: string) => void;
}) {
  const styles = useListStyles();
  const more = view.urgentTotal - view.urgent.length;
  return (
    <>
      {view.byProduction.length > 0 ? (
        <>
          <span className={mergeClasses(styles.note, styles.muted)}>{strings.productionTitle}</span>
          <div className={styles.row} role="list" aria-label={strings.productionTitle}>
            {view.byProduction.map(({ state, count }) => (
              <span
                key={state}
                role="listitem"
                className={mergeClasses(styles.tag, styles.neutral)}
                data-testid="production-count"
                data-state={state}
                data-count={count}
              >
                {productionLabel(strings, state)} {count}
              </span>
            ))}
          </div>
        </>
      ) : null}

      <span className={mergeClasses(styles.note, styles.muted)}>
        {strings.urgentTitle}
        {view.urgentTotal > 0 ? ` (${view.urgentTotal})` : ""}
      </span>
      {view.urgent.length === 0 ? <span className={styles.note}>{strings.urgentNone}</span> : null}
      <ul className={styles.list}>
        {view.urgent.map((line) => {
          const overdue = line.status === "逾期";
          return (
            <li key={`${line.sheet}!${line.cell}`}>
              <button
                type="button"
                className={styles.item}
                data-testid="tracking-line"
                data-status={overdue ? "overdue" : "due-soon"}
                data-sheet={line.sheet}
                data-cell={line.cell}
                title={strings.selectProblemCell(`${line.sheet}!${line.cell}`)}
                disabled={busy}
                onClick={() => onSelectCell(line.sheet, line.cell)}
              >
                <span
                  className={mergeClasses(
                    styles.tag,
                    styles.columnTag,
                    overdue ? styles.error : styles.warning,
                  )}
                >
                  {urgencyText(strings, line)}
                </span>
                <span className={styles.text}>
                  <span className={styles.strong}>
                    {[lineName(line), line.customer].filter(Boolean).join(" · ")}
                  </span>
                  <span>
                    {[line.product, line.due, productionLabel(strings, line.production)]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {more > 0 ? (
        <span className={mergeClasses(styles.note, styles.muted)}>{strings.moreLines(more)}</span>
      ) : null}
    </>
  );
}
