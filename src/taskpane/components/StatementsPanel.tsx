/**
 * 对账单: choose a customer and a period and issue the customer's statement as a new sheet, or
 * issue every customer's at once with the 应收汇总 sheet (全部客户) and go to any of them. Loaded
 * on demand (React.lazy) when the section is first opened, so neither this code nor its strings
 * weigh on the pane's first download.
 */
import { Fragment, useEffect, useMemo, useReducer, useState, type ReactNode } from "react";
import { serialToIso } from "../../core/dates";
import { formatFen } from "../../core/money";
import type { Lang } from "../../core/problems";
import type { PaneRun } from "../paneState";
import {
  initialStatementPanelState,
  periodRequest,
  STATEMENT_FIGURES,
  statementFormIssues,
  statementPanelReducer,
  statementRequest,
  type IssuedBatch,
  type IssuedStatement,
  type StatementPanelState,
  type StatementRetry,
} from "../statementForm";
import { statementTasks, type StatementSectionActions, type StatementTasks } from "../statementTasks";
import { statementStringsFor, type StatementStrings } from "../strings/statements";
import type { PaneKit } from "./paneKit";
import { ChoiceSelect } from "./ChoiceSelect";
import { BOX_STYLES, localToday, sectionUi, token, type SectionUi } from "./sectionUi";

/** The section's own styles, made with the pane's Griffel. */
function makeStatementStyles({ makeStyles }: PaneKit) {
  return makeStyles({
    ...BOX_STYLES,
    figures: {
      display: "grid",
      gridTemplateColumns: "minmax(0, 1fr) max-content",
      columnGap: token("spacingHorizontalM"),
      rowGap: "2px",
      margin: 0,
    },
    figure: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
    batch: {
      alignSelf: "stretch",
      display: "flex",
      flexDirection: "column",
      gap: token("spacingVerticalXS"),
    },
    closing: { fontWeight: token("fontWeightSemibold") },
  });
}

type Ui = SectionUi<ReturnType<ReturnType<typeof makeStatementStyles>>>;

/**
 * The 对账单 section's component, made with the pane's kit (see `PaneKit`). Griffel's styles are
 * made here, once, because makeStyles may not run while a component renders.
 */
export function createStatementsPanel(kit: PaneKit): (props: StatementsPanelProps) => ReactNode {
  const useStatementStyles = makeStatementStyles(kit);
  const ui: Ui = sectionUi(kit, useStatementStyles);
  return function StatementsPanel(props: StatementsPanelProps) {
    return <Panel ui={ui} {...props} />;
  };
}

export interface StatementsPanelProps {
  /** The pane's language; the statement is printed in it unless the clerk picks another. */
  lang: Lang;
  actions: StatementSectionActions;
  /** An action is running: every action button waits. */
  busy: boolean;
  /** Runs an action under the pane's status area. */
  run: PaneRun;
  /** How many times the section was opened; each opening reads the customers again. */
  openings: number;
  /** Today as `YYYY-MM-DD`; the computer's local day unless a test says otherwise. */
  today?: string;
  /** Starting state, for tests and previews (nothing is read at the start when given). */
  initialState?: StatementPanelState;
}

/** The 对账单 section: the form, its two buttons, and what was issued last. */
function Panel({
  ui,
  lang,
  actions,
  busy,
  run,
  openings,
  today,
  initialState,
}: StatementsPanelProps & { ui: Ui }) {
  const { PaneButton, mergeClasses } = ui;
  const styles = ui.useStyles();
  const strings = statementStringsFor(lang);
  const [state, dispatch] = useReducer(
    statementPanelReducer,
    initialState,
    (given) => given ?? initialStatementPanelState(today ?? localToday()),
  );
  const tasks = useMemo(() => statementTasks(actions, run, dispatch), [actions, run]);

  // Each opening reads again (the clerk may have added a customer meanwhile), once nothing else runs.
  const [readAt, setReadAt] = useState(initialState ? openings : 0);
  useEffect(() => {
    if (busy || readAt === openings) return;
    setReadAt(openings);
    void tasks.load(lang);
  }, [busy, openings, readAt, tasks, lang]);

  const { form, customers } = state;
  const retryProps = { ui, strings, retry: state.retry, busy, onRetry: tasks.retry, lang };
  const issues = statementFormIssues(form);
  const period = periodRequest(form, lang);
  const listed = customers?.some((c) => c.name === form.customer) === true;

  const field = (id: string, label: string, control: ReactNode) => (
    <Fragment key={id}>
      <label htmlFor={id}>{label}</label>
      {control}
    </Fragment>
  );
  const date = (name: "from" | "to", issue: "bad-from" | "bad-to") =>
    field(
      `statement-${name}`,
      strings[name],
      <input
        id={`statement-${name}`}
        type="date"
        className={mergeClasses(
          styles.control,
          (issues.includes(issue) || issues.includes("reversed")) && styles.invalid,
        )}
        data-testid={`statement-${name}`}
        value={form[name]}
        required
        onChange={(e) => dispatch({ type: "form", patch: { [name]: e.currentTarget.value } })}
      />,
    );

  return (
    <>
      <span className={styles.note}>{strings.intro}</span>
      <div className={styles.form}>
        {field(
          "statement-customer",
          strings.customer,
          <select
            id="statement-customer"
            className={styles.control}
            data-testid="statement-customer"
            value={form.customer}
            disabled={!customers || customers.length === 0}
            onChange={(e) => dispatch({ type: "form", patch: { customer: e.currentTarget.value } })}
          >
            {listed ? null : <option value="">{strings.chooseCustomer}</option>}
            {customers?.map((c) => (
              <option key={c.name} value={c.name}>
                {strings.customerOption(c.name, c.currency)}
              </option>
            ))}
          </select>,
        )}
        {date("from", "bad-from")}
        {date("to", "bad-to")}
        {field(
          "statement-detail",
          strings.detail,
          <ChoiceSelect
            id="statement-detail"
            className={styles.control}
            value={form.detail}
            choices={["notes", "lines"] as const}
            labels={strings.details}
            onChange={(value) => dispatch({ type: "form", patch: { detail: value } })}
          />,
        )}
        {field(
          "statement-lang",
          strings.statementLang,
          <ChoiceSelect
            id="statement-lang"
            className={styles.control}
            value={form.lang ?? lang}
            choices={["zh", "en"] as const}
            labels={strings.langs}
            onChange={(value) => dispatch({ type: "form", patch: { lang: value } })}
          />,
        )}
      </div>
      <PaneButton
        size="small"
        data-testid="statement-refresh"
        disabled={busy}
        onClick={() => void tasks.load(lang)}
      >
        {strings.refresh}
      </PaneButton>
      {customers?.length === 0 ? (
        <span className={styles.note} data-testid="statement-empty">
          {strings.noCustomers}
        </span>
      ) : null}
      {customers && issues.length > 0 ? (
        <span className={mergeClasses(styles.note, styles.muted)} data-testid="statement-issues">
          {issues.map((i) => strings.issues[i]).join(" ")}
        </span>
      ) : null}
      <PaneButton
        appearance="primary"
        data-testid="statement-issue"
        disabled={busy || !customers || issues.length > 0}
        onClick={() => {
          const request = statementRequest(form, lang);
          if (request) void tasks.issue(request, lang, state.retry);
        }}
      >
        {strings.issue}
      </PaneButton>
      {state.retry?.kind === "one" ? <Interrupted {...retryProps} /> : null}
      {state.issued ? <Result ui={ui} strings={strings} issued={state.issued} /> : null}
      <span className={styles.note}>{strings.allIntro}</span>
      <PaneButton
        data-testid="statements-all"
        disabled={busy || !customers || customers.length === 0 || !period}
        onClick={() => {
          if (period) void tasks.issueAll(period, lang, state.retry);
        }}
      >
        {strings.all}
      </PaneButton>
      {state.retry?.kind === "all" ? <Interrupted {...retryProps} /> : null}
      {state.batch ? (
        <BatchResult ui={ui} strings={strings} batch={state.batch} busy={busy} open={tasks.open} />
      ) : null}
    </>
  );
}

/** The issue's request failed on the way: what is not known, and 重试, which sends it again. */
function Interrupted({
  ui,
  strings,
  retry,
  busy,
  onRetry,
  lang,
}: {
  ui: Ui;
  strings: StatementStrings;
  retry: StatementRetry | null;
  busy: boolean;
  onRetry: StatementTasks["retry"];
  lang: Lang;
}) {
  const { PaneButton, mergeClasses } = ui;
  const styles = ui.useStyles();
  if (!retry) return null;
  const sheet = retry.kind === "one" ? retry.writing?.sheet : retry.writing?.summarySheet;
  return (
    <div
      className={mergeClasses(styles.box, styles.warning)}
      data-testid="statement-interrupted"
      role="alert"
    >
      <span>{strings.interrupted(sheet ?? "")}</span>
      <div className={styles.row}>
        <PaneButton data-testid="statement-retry" disabled={busy} onClick={() => void onRetry(retry, lang)}>
          {strings.retry}
        </PaneButton>
      </div>
    </div>
  );
}

/** 全部客户's sheets, the summary first, then each statement with its balance due; a click goes to the sheet. */
function BatchResult({
  ui,
  strings,
  batch,
  busy,
  open,
}: {
  ui: Ui;
  strings: StatementStrings;
  batch: IssuedBatch;
  busy: boolean;
  open: StatementTasks["open"];
}) {
  const styles = ui.useStyles();
  const link = (sheet: string, title: string, detail: string, data: Record<string, string> = {}) => (
    <li key={sheet}>
      <button
        type="button"
        className={styles.item}
        data-testid="statements-all-link"
        data-sheet={sheet}
        {...data}
        title={strings.openSheet(sheet)}
        disabled={busy}
        onClick={() => void open(sheet)}
      >
        <span className={styles.text}>
          <span className={styles.strong}>{title}</span>
          <span>{detail}</span>
        </span>
      </button>
    </li>
  );
  return (
    <section
      className={styles.batch}
      data-testid="statements-all-result"
      data-summary={batch.summarySheet}
      aria-label={strings.allTitle}
    >
      <h3 className={styles.subheading}>{strings.allTitle}</h3>
      <ul className={styles.list}>
        {link(batch.summarySheet, batch.summarySheet, strings.allSummary)}
        {batch.statements.map(({ statement, sheet }) => {
          const closing = formatFen(statement.closing);
          return link(
            sheet,
            statement.customer.name,
            strings.allClosing(closing, statement.customer.currency),
            { "data-customer": statement.customer.name, "data-closing": closing },
          );
        })}
      </ul>
    </section>
  );
}

/** The statement just written: whose, for when, its figures and the sheet it is on. */
function Result({ ui, strings, issued }: { ui: Ui; strings: StatementStrings; issued: IssuedStatement }) {
  const { mergeClasses } = ui;
  const styles = ui.useStyles();
  const { statement, sheet } = issued;
  const { currency } = statement.customer;
  return (
    <div
      className={mergeClasses(styles.box, styles.success)}
      data-testid="statement-result"
      data-sheet={sheet}
      data-closing={formatFen(statement.closing)}
      role="status"
    >
      <span className={styles.strong}>{strings.issued(statement.customer.name)}</span>
      <span>{strings.period(serialToIso(statement.from), serialToIso(statement.to), currency)}</span>
      <dl className={styles.figures}>
        {STATEMENT_FIGURES.map((figure) => (
          <Fragment key={figure}>
            <dt className={mergeClasses(figure === "closing" && styles.closing)}>
              {strings.figures[figure]}
            </dt>
            <dd
              className={mergeClasses(styles.figure, figure === "closing" && styles.closing)}
              data-testid={`statement-${figure}`}
            >
              {formatFen(statement[figure])}
            </dd>
          </Fragment>
        ))}
      </dl>
      <span>{strings.sheetOpen(sheet)}</span>
    </div>
  );
}
