import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { hasErrors } from "../../core/problems";
import type { Running, Result } from "../paneState";
import { doneMessage, type Strings } from "../strings";

const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  message: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
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
      {!running && result ? (
        <ResultStatus strings={strings} result={result} className={styles.message} />
      ) : null}
    </section>
  );
}

function RunningStatus({ strings, running }: { strings: Strings; running: Running }) {
  const progress = running.progress;
  const known = progress && progress.total > 0;
  const step =
    progress && progress.step in strings.steps ? strings.steps[progress.step as keyof Strings["steps"]] : "";
  return (
    <>
      <Text size={200}>
        {known
          ? [strings.running[running.action], step, strings.progress(progress.done, progress.total)]
              .filter(Boolean)
              .join(" ")
          : strings.running[running.action]}
      </Text>
      {/* Indeterminate (no value) until the action reports how far it is. */}
      <ProgressBar thickness="large" value={known ? progress.done / progress.total : undefined} />
    </>
  );
}

function ResultStatus({
  strings,
  result,
  className,
}: {
  strings: Strings;
  result: Result;
  className: string;
}) {
  if (result.kind === "failed") {
    return (
      <MessageBar intent="error" data-testid="status-error">
        <MessageBarBody className={className}>{strings.failed(result.message)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { outcome } = result;
  if (hasErrors(outcome.problems)) {
    const errors = outcome.problems.filter((p) => p.severity === "error").length;
    return (
      <MessageBar intent="error" data-testid="status-refused">
        <MessageBarBody className={className}>{strings.refused(errors)}</MessageBarBody>
      </MessageBar>
    );
  }
  const text = outcome.done
    ? doneMessage(strings, outcome.done.code, outcome.done.params)
    : strings.doneGeneric;
  return (
    <MessageBar intent={outcome.problems.length > 0 ? "warning" : "success"} data-testid="status-done">
      <MessageBarBody className={className}>{text}</MessageBarBody>
    </MessageBar>
  );
}
