import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { countBySeverity, type Problem, type Severity } from "../../core/problems";
import type { Strings } from "../strings";
import { useListStyles } from "./listStyles";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Where a problem is, as the user reads it: `订单!B3`, or the sheet alone. */
export function problemLocation(problem: Pick<Problem, "sheet" | "cell">, wholeSheet: string): string {
  if (!problem.sheet) return problem.cell;
  return problem.cell ? `${problem.sheet}!${problem.cell}` : `${problem.sheet} (${wholeSheet})`;
}

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
});

export interface ProblemListProps {
  strings: Strings;
  problems: readonly Problem[];
  /** An action is running: items wait. */
  busy: boolean;
  onSelect: (problem: Problem) => void;
}

/** The problems of the last action, counted by severity; clicking one selects its cell. Nothing when there are none. */
export function ProblemList({ strings, problems, busy, onSelect }: ProblemListProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  if (problems.length === 0) return null;
  const counts = countBySeverity(problems);
  return (
    <section className={styles.section} aria-label={strings.problemsLabel} data-testid="problem-list">
      <div className={styles.row} data-testid="problem-counts">
        <h2 className={styles.subheading}>{strings.problemsTitle}</h2>
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <span key={s} className={mergeClasses(styles.tag, styles[s])} data-severity={s}>
            {strings.severityCount[s](counts[s])}
          </span>
        ))}
      </div>
      <ul className={styles.list}>
        {problems.map((problem, i) => {
          const where = problemLocation(problem, strings.wholeSheet);
          return (
            <li key={`${i}-${problem.code}`}>
              <button
                type="button"
                className={styles.item}
                data-testid="problem-item"
                data-severity={problem.severity}
                data-sheet={problem.sheet}
                data-cell={problem.cell}
                title={strings.selectProblemCell(where)}
                disabled={busy}
                onClick={() => onSelect(problem)}
              >
                <span className={mergeClasses(styles.tag, styles.columnTag, styles[problem.severity])}>
                  {strings.severity[problem.severity]}
                </span>
                <span className={styles.text}>
                  <span className={styles.strong}>{where}</span>
                  <span>{problem.message}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
