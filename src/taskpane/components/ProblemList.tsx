import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { countBySeverity, type Problem, type Severity } from "../../core/problems";
import type { Strings } from "../strings";

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
  summary: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":disabled": { cursor: "default" },
  },
  // Severity tags are plain spans: Fluent's Badge costs more of the bundle budget than it gives.
  tag: {
    flexShrink: 0,
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  info: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, wordBreak: "break-word" },
  where: { fontWeight: tokens.fontWeightSemibold },
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
  const styles = useStyles();
  if (problems.length === 0) return null;
  const counts = countBySeverity(problems);
  return (
    <section className={styles.section} aria-label={strings.problemsLabel} data-testid="problem-list">
      <div className={styles.summary} data-testid="problem-counts">
        <Text weight="semibold" size={300}>
          {strings.problemsTitle}
        </Text>
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
                <span className={mergeClasses(styles.tag, styles[problem.severity])}>
                  {strings.severity[problem.severity]}
                </span>
                <span className={styles.text}>
                  <span className={styles.where}>{where}</span>
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
