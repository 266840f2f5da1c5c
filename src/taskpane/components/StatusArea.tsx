import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { hasErrors } from "../../core/problems";
import type { Running, Result } from "../paneState";
import { doneMessage, runningText, type Strings } from "../strings";

// A native bar and message box rather than Fluent's ProgressBar and MessageBar: those two bring
// the motion library, Field, Link and the icon set with them, about 8 KB gzipped of the pane's
// 120 KB budget for what a few styled elements show as well.
const indeterminate = {
  from: { transform: "translateX(-100%)" },
  to: { transform: "translateX(300%)" },
};

const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  text: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  track: {
    height: "4px",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
  },
  bar: {
    height: "100%",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: "width",
    transitionDuration: tokens.durationNormal,
  },
  moving: {
    width: "33%",
    animationName: indeterminate,
    animationDuration: "1.5s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "6s" },
  },
  message: {
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
});

export interface StatusAreaProps {
  strings: Strings;
  running: Running | null;
  result: Result | null;
}

/** The running action with its progress, then how it ended. Renders an empty live region when idle. */
export function StatusArea({ strings, running, result }: StatusAreaProps) {
  const styles = useStyles();
  return (
    <section
      className={styles.area}
      data-testid="status-area"
      data-state={running ? "running" : (result?.kind ?? "idle")}
      role="status"
      aria-live="polite"
      aria-label={strings.statusLabel}
    >
      {running ? <RunningStatus strings={strings} running={running} /> : null}
      {!running && result ? <ResultStatus strings={strings} result={result} /> : null}
    </section>
  );
}

function RunningStatus({ strings, running }: { strings: Strings; running: Running }) {
  const styles = useStyles();
  const progress = running.progress;
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <>
      <span className={styles.text}>{runningText(strings, running)}</span>
      {/* Indeterminate (no value) until the action reports how far it is. */}
      <div
        className={styles.track}
        role="progressbar"
        aria-label={strings.running[running.action]}
        aria-valuemin={value === undefined ? undefined : 0}
        aria-valuemax={value === undefined ? undefined : 1}
        aria-valuenow={value}
      >
        <div
          className={mergeClasses(styles.bar, value === undefined && styles.moving)}
          style={value === undefined ? undefined : { width: `${value * 100}%` }}
        />
      </div>
    </>
  );
}

function ResultStatus({ strings, result }: { strings: Strings; result: Result }) {
  const styles = useStyles();
  if (result.kind === "failed") {
    return (
      <div className={mergeClasses(styles.message, styles.error)} role="alert" data-testid="status-error">
        {strings.failed(result.message)}
      </div>
    );
  }
  const { outcome } = result;
  // An action that found errors and said nothing of what it did refused; a check reports its
  // errors as what it did.
  if (!outcome.done && hasErrors(outcome.problems)) {
    const errors = outcome.problems.filter((p) => p.severity === "error").length;
    return (
      <div className={mergeClasses(styles.message, styles.error)} data-testid="status-refused">
        {strings.refused(errors)}
      </div>
    );
  }
  const said = outcome.done
    ? doneMessage(strings, outcome.done.code, outcome.done.params)
    : strings.doneGeneric;
  // A follow-up (the check after a repair) says what the first action did on a line of its own.
  const text = result.prior
    ? `${doneMessage(strings, result.prior.code, result.prior.params)}\n${said}`
    : said;
  const intent = hasErrors(outcome.problems) ? "error" : outcome.problems.length > 0 ? "warning" : "success";
  return (
    <div className={mergeClasses(styles.message, styles[intent])} data-testid="status-done">
      {text}
    </div>
  );
}
