/**
 * 送货单: pick a customer's order lines and issue a delivery or return note; then 回单, the signed
 * copies still out. Loaded on demand (React.lazy) when the section is first opened, so neither
 * this code nor its strings weigh on the pane's first download.
 */
import { Fragment, useEffect, useMemo, useReducer, useState, type ReactNode } from "react";
import { serialToIso } from "../../core/dates";
import type { NoteCandidateLine } from "../../core/notes/candidates";
import type { NoteKind } from "../../core/notes/note";
import type { PendingSignedCopy } from "../../core/notes/signedCopies";
import { formatFen } from "../../core/money";
import type { Lang } from "../../core/problems";
import type { NoteActions } from "../../excel/noteActions";
import {
  customerOf,
  DEFAULT_SIGNED_COPY_DAYS,
  formIssues,
  initialNotePanelState,
  lineKey,
  notePanelReducer,
  noteRequest,
  parseDays,
  parseQuantity,
  paymentShortfall,
  type NotePanelEvent,
  type NotePanelState,
} from "../noteForm";
import { noteTasks, type NoteTasks } from "../noteTasks";
import type { PaneRun } from "../paneState";
import { noteStringsFor, type NoteStrings } from "../strings/notes";
import type { PaneKit } from "./paneKit";
import { ChoiceSelect } from "./ChoiceSelect";
import { BOX_STYLES, localToday, sectionUi, token, type SectionUi } from "./sectionUi";

/** The section's own styles, made with the pane's Griffel. */
function makeNoteStyles({ makeStyles }: PaneKit) {
  return makeStyles({
    line: {
      display: "flex",
      alignItems: "flex-start",
      gap: token("spacingHorizontalS"),
      padding: `${token("spacingVerticalXS")} ${token("spacingHorizontalXS")}`,
      borderRadius: token("borderRadiusMedium"),
      fontSize: token("fontSizeBase200"),
      lineHeight: token("lineHeightBase200"),
    },
    ticked: { backgroundColor: token("colorSubtleBackgroundSelected") },
    lineLabel: {
      display: "flex",
      flexGrow: 1,
      gap: token("spacingHorizontalS"),
      minWidth: 0,
      cursor: "pointer",
    },
    quantity: { width: "72px", flexShrink: 0 },
    check: {
      display: "flex",
      alignItems: "center",
      gap: token("spacingHorizontalXS"),
      fontSize: token("fontSizeBase200"),
    },
    ...BOX_STYLES,
    days: { width: "64px" },
    actions: { display: "flex", gap: token("spacingHorizontalXS"), flexShrink: 0 },
    grow: { flexGrow: 1 },
  });
}

type Ui = SectionUi<ReturnType<ReturnType<typeof makeNoteStyles>>>;

/**
 * The 送货单 section's component, made with the pane's kit (see `PaneKit`). Griffel's styles are
 * made here, once, because makeStyles may not run while a component renders.
 */
export function createDeliveryNotesPanel(kit: PaneKit): (props: DeliveryNotesPanelProps) => ReactNode {
  const useNoteStyles = makeNoteStyles(kit);
  const ui: Ui = sectionUi(kit, useNoteStyles);
  return function DeliveryNotesPanel(props: DeliveryNotesPanelProps) {
    return <Panel ui={ui} {...props} />;
  };
}

export interface DeliveryNotesPanelProps {
  /** The pane's language; the note is printed in it unless the clerk picks another. */
  lang: Lang;
  actions: NoteActions;
  /** An action is running: every action button waits. */
  busy: boolean;
  /** Runs an action under the pane's status area. */
  run: PaneRun;
  /** How many times the section was opened; each opening reads the lines and signed copies again. */
  openings: number;
  /** Today as `YYYY-MM-DD`; the computer's local day unless a test says otherwise. */
  today?: string;
  /** Starting state, for tests and previews (nothing is read at the start when given). */
  initialState?: NotePanelState;
}

/** The 送货单 section: the note form, its result or refusal, and 回单. */
function Panel({
  ui,
  lang,
  actions,
  busy,
  run,
  openings,
  today,
  initialState,
}: DeliveryNotesPanelProps & { ui: Ui }) {
  const styles = ui.useStyles();
  const strings = noteStringsFor(lang);
  const [state, dispatch] = useReducer(
    notePanelReducer,
    initialState,
    (given) => given ?? initialNotePanelState(today ?? localToday()),
  );
  const tasks = useMemo(() => noteTasks(actions, run, dispatch), [actions, run]);

  // Each opening reads again (the clerk may have typed orders meanwhile), once nothing else runs.
  const [readAt, setReadAt] = useState(initialState ? openings : 0);
  const days = parseDays(state.days);
  useEffect(() => {
    if (busy || readAt === openings) return;
    setReadAt(openings);
    void (async () => {
      await tasks.load(state.form.kind, true);
      if (days !== null) await tasks.loadPending(days);
    })();
  }, [busy, openings, readAt, tasks, state.form.kind, days]);

  return (
    <>
      <span className={styles.note}>{strings.intro}</span>
      <NoteForm
        ui={ui}
        strings={strings}
        state={state}
        dispatch={dispatch}
        tasks={tasks}
        busy={busy}
        lang={lang}
      />
      <h3 className={styles.subheading}>{strings.signedTitle}</h3>
      <SignedCopies ui={ui} strings={strings} state={state} dispatch={dispatch} tasks={tasks} busy={busy} />
    </>
  );
}

interface PartProps {
  ui: Ui;
  strings: NoteStrings;
  state: NotePanelState;
  dispatch: (event: NotePanelEvent) => void;
  tasks: NoteTasks;
  busy: boolean;
}

function NoteForm({ ui, strings, state, dispatch, tasks, busy, lang }: PartProps & { lang: Lang }) {
  const { PaneButton, mergeClasses } = ui;
  const styles = ui.useStyles();
  const { form, candidates } = state;
  const customer = customerOf(candidates, form.customer);
  const issues = formIssues(form);
  const shortfall = paymentShortfall(state);
  const note = state.outcome?.note;

  const field = (id: string, label: string, control: ReactNode) => (
    <Fragment key={id}>
      <label htmlFor={id}>{label}</label>
      {control}
    </Fragment>
  );
  const text = (name: "vehicle" | "driver" | "waybill" | "remark", label: string) =>
    field(
      `note-${name}`,
      label,
      <input
        id={`note-${name}`}
        className={styles.control}
        data-testid={`note-${name}`}
        autoComplete="off"
        value={form[name]}
        onChange={(e) => dispatch({ type: "form", patch: { [name]: e.currentTarget.value } })}
      />,
    );

  const issue = (override?: string) => {
    const request = noteRequest(state, lang, override);
    if (request) void tasks.issue(request, state.retry);
  };

  return (
    <>
      <div className={styles.form}>
        <label htmlFor="note-kind">{strings.kindLabel}</label>
        <select
          id="note-kind"
          className={styles.control}
          data-testid="note-kind"
          value={form.kind}
          disabled={busy}
          onChange={(e) => {
            const kind = e.currentTarget.value as NoteKind;
            dispatch({ type: "kind", kind });
            void tasks.load(kind, true);
          }}
        >
          {(["delivery", "return"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {strings.kinds[kind]}
            </option>
          ))}
        </select>
        <label htmlFor="note-customer">{strings.customer}</label>
        <select
          id="note-customer"
          className={styles.control}
          data-testid="note-customer"
          value={form.customer}
          disabled={!candidates || candidates.customers.length === 0}
          onChange={(e) => dispatch({ type: "customer", customer: e.currentTarget.value })}
        >
          {customer ? null : <option value="">{strings.chooseCustomer}</option>}
          {candidates?.customers.map((c) => (
            <option key={c.name} value={c.name}>
              {strings.customerOption(c.name, c.terms)}
            </option>
          ))}
        </select>
      </div>
      <PaneButton
        size="small"
        data-testid="note-refresh"
        disabled={busy}
        onClick={() => void tasks.load(form.kind, true)}
      >
        {strings.refresh}
      </PaneButton>
      {candidates && candidates.customers.length === 0 ? (
        <span className={styles.note} data-testid="note-empty">
          {strings.noCustomers[form.kind]}
        </span>
      ) : null}
      {state.skipped > 0 ? (
        <span className={mergeClasses(styles.note, styles.muted)} data-testid="note-skipped">
          {strings.skipped(state.skipped)}
        </span>
      ) : null}
      {customer ? (
        <ul className={styles.list} aria-label={strings.linesLabel}>
          {customer.lines.map((line) => (
            <Line
              key={lineKey(line)}
              ui={ui}
              strings={strings}
              line={line}
              state={state}
              dispatch={dispatch}
            />
          ))}
        </ul>
      ) : null}

      <div className={styles.form}>
        {field(
          "note-date",
          strings.date,
          <input
            id="note-date"
            type="date"
            className={mergeClasses(styles.control, issues.includes("bad-date") && styles.invalid)}
            data-testid="note-date"
            value={form.date}
            required
            onChange={(e) => dispatch({ type: "form", patch: { date: e.currentTarget.value } })}
          />,
        )}
        {text("vehicle", strings.vehicle)}
        {text("driver", strings.driver)}
        {text("waybill", strings.waybill)}
        {text("remark", strings.remark)}
        {field(
          "note-paper",
          strings.paper,
          <ChoiceSelect
            id="note-paper"
            className={styles.control}
            value={form.paper}
            choices={["A4", "A5"] as const}
            labels={strings.papers}
            onChange={(value) => dispatch({ type: "form", patch: { paper: value } })}
          />,
        )}
        {field(
          "note-lang",
          strings.noteLang,
          <ChoiceSelect
            id="note-lang"
            className={styles.control}
            value={form.lang ?? lang}
            choices={["zh", "en"] as const}
            labels={strings.langs}
            onChange={(value) => dispatch({ type: "form", patch: { lang: value } })}
          />,
        )}
      </div>
      <label className={styles.check}>
        <input
          type="checkbox"
          data-testid="note-no-price"
          checked={form.noPrice}
          onChange={(e) => dispatch({ type: "form", patch: { noPrice: e.currentTarget.checked } })}
        />
        {strings.noPrice}
      </label>

      {candidates && issues.length > 0 ? (
        <span className={mergeClasses(styles.note, styles.muted)} data-testid="note-issues">
          {issues.map((i) => strings.issues[i]).join(" ")}
        </span>
      ) : null}
      <PaneButton
        appearance="primary"
        data-testid="note-issue"
        disabled={busy || !candidates || issues.length > 0}
        onClick={() => issue()}
      >
        {strings.issue[form.kind]}
      </PaneButton>

      {state.retry ? (
        <div className={mergeClasses(styles.box, styles.warning)} data-testid="note-interrupted" role="alert">
          <span>{strings.interrupted(state.retry.writing?.note.number ?? "")}</span>
          <div className={styles.row}>
            <PaneButton
              data-testid="note-retry"
              disabled={busy}
              onClick={() => state.retry && void tasks.retry(state.retry)}
            >
              {strings.retry}
            </PaneButton>
          </div>
        </div>
      ) : null}

      {shortfall ? (
        <div className={mergeClasses(styles.box, styles.warning)} data-testid="note-override">
          <label htmlFor="note-override-reason">
            {strings.shortfall(
              String(shortfall.customer ?? form.customer),
              String(shortfall.shortfall ?? ""),
              String(shortfall.currency ?? ""),
            )}
          </label>
          <input
            id="note-override-reason"
            className={styles.control}
            data-testid="note-override-reason"
            autoComplete="off"
            placeholder={strings.overrideReason}
            value={state.overrideReason}
            onChange={(e) => dispatch({ type: "overrideReason", text: e.currentTarget.value })}
          />
          <div className={styles.row}>
            <PaneButton
              data-testid="note-override-submit"
              disabled={busy || state.overrideReason.trim() === ""}
              onClick={() => issue(state.overrideReason)}
            >
              {strings.overrideSubmit}
            </PaneButton>
          </div>
        </div>
      ) : null}

      {note ? (
        <div
          className={mergeClasses(styles.box, styles.success)}
          data-testid="note-result"
          data-number={note.number}
          role="status"
        >
          <span className={styles.strong}>{strings.issued[note.kind](note.number)}</span>
          <span>
            {strings.totals(note.totals.quantity, formatFen(note.totals.amount), note.customer.currency)}
          </span>
          <span>{strings.sheetOpen(note.number)}</span>
        </div>
      ) : null}
    </>
  );
}

function Line({
  ui,
  strings,
  line,
  state,
  dispatch,
}: Omit<PartProps, "tasks" | "busy"> & { line: NoteCandidateLine }) {
  const { mergeClasses } = ui;
  const styles = ui.useStyles();
  const key = lineKey(line);
  const choice = state.form.lines[key];
  const name = `${line.orderNo}-${line.lineNo}`;
  const invalid = choice?.checked === true && parseQuantity(choice.quantity) === null;
  return (
    <li
      className={mergeClasses(styles.line, choice?.checked && styles.ticked)}
      data-testid="note-line"
      data-key={key}
      data-checked={choice?.checked === true}
    >
      <label className={styles.lineLabel}>
        <input
          type="checkbox"
          data-testid="note-line-check"
          checked={choice?.checked === true}
          onChange={(e) => dispatch({ type: "check", key, checked: e.currentTarget.checked })}
        />
        <span className={styles.text}>
          <span className={styles.strong}>{name}</span>
          <span>{[line.itemNo, line.name].filter(Boolean).join(" · ")}</span>
          <span className={styles.muted}>
            {strings.lineFigures(line.quantity, line.shipped, line.unshipped)}
          </span>
        </span>
      </label>
      {choice?.checked ? (
        <input
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          className={mergeClasses(styles.control, styles.quantity, invalid && styles.invalid)}
          data-testid="note-line-quantity"
          aria-label={strings.quantityLabel(name)}
          aria-invalid={invalid || undefined}
          value={choice.quantity}
          onChange={(e) => dispatch({ type: "quantity", key, quantity: e.currentTarget.value })}
        />
      ) : null}
    </li>
  );
}

function SignedCopies({ ui, strings, state, dispatch, tasks, busy }: PartProps) {
  const { PaneButton, mergeClasses } = ui;
  const styles = ui.useStyles();
  const days = parseDays(state.days);
  return (
    <>
      <span className={styles.note}>{strings.signedIntro}</span>
      <div className={styles.row}>
        <label htmlFor="signed-copy-days" className={styles.note}>
          {strings.signedDays}
        </label>
        <input
          id="signed-copy-days"
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          className={mergeClasses(styles.control, styles.days, days === null && styles.invalid)}
          data-testid="signed-copy-days"
          value={state.days}
          onChange={(e) => dispatch({ type: "days", days: e.currentTarget.value })}
        />
        <PaneButton
          size="small"
          data-testid="signed-copy-refresh"
          disabled={busy || days === null}
          onClick={() => days !== null && void tasks.loadPending(days)}
        >
          {strings.signedRefresh}
        </PaneButton>
      </div>
      {state.pending?.length === 0 ? (
        <span className={mergeClasses(styles.note, styles.muted)} data-testid="signed-copy-none">
          {strings.signedNone}
        </span>
      ) : null}
      <ul className={styles.list}>
        {state.pending?.map((copy) => (
          <SignedCopy
            key={copy.number}
            ui={ui}
            strings={strings}
            copy={copy}
            state={state}
            dispatch={dispatch}
            tasks={tasks}
            busy={busy}
          />
        ))}
      </ul>
    </>
  );
}

function SignedCopy({
  ui,
  strings,
  copy,
  state,
  dispatch,
  tasks,
  busy,
}: PartProps & { copy: PendingSignedCopy }) {
  const { PaneButton, mergeClasses } = ui;
  const styles = ui.useStyles();
  const remark = state.remark?.number === copy.number ? state.remark.text : null;
  // A mark reads the list again with the days it was listed for.
  const days = parseDays(state.days) ?? DEFAULT_SIGNED_COPY_DAYS;
  return (
    <li className={styles.line} data-testid="signed-copy-item" data-number={copy.number}>
      <span className={mergeClasses(styles.text, styles.grow)}>
        <span className={styles.strong}>{copy.number}</span>
        <span>{strings.signedDetails(copy.customer, serialToIso(copy.date), copy.days)}</span>
        {remark === null ? null : (
          <input
            className={styles.control}
            data-testid="signed-copy-remark"
            aria-label={strings.remarkLabel}
            placeholder={strings.remarkLabel}
            autoComplete="off"
            value={remark}
            onChange={(e) =>
              dispatch({ type: "remark", remark: { number: copy.number, text: e.currentTarget.value } })
            }
          />
        )}
      </span>
      <span className={styles.actions}>
        {remark === null ? (
          <>
            <PaneButton
              size="small"
              data-testid="signed-copy-returned"
              disabled={busy}
              onClick={() => void tasks.mark({ number: copy.number, state: "已回" }, days)}
            >
              {strings.returned}
            </PaneButton>
            <PaneButton
              size="small"
              data-testid="signed-copy-problem"
              disabled={busy}
              onClick={() => dispatch({ type: "remark", remark: { number: copy.number, text: "" } })}
            >
              {strings.problem}
            </PaneButton>
          </>
        ) : (
          <>
            <PaneButton
              size="small"
              data-testid="signed-copy-problem"
              disabled={busy || remark.trim() === ""}
              onClick={() =>
                void tasks.mark({ number: copy.number, state: "异常", remark: remark.trim() }, days)
              }
            >
              {strings.confirmProblem}
            </PaneButton>
            <PaneButton
              size="small"
              appearance="subtle"
              data-testid="signed-copy-cancel"
              disabled={busy}
              onClick={() => dispatch({ type: "remark", remark: null })}
            >
              {strings.cancel}
            </PaneButton>
          </>
        )}
      </span>
    </li>
  );
}
