/**
 * The 送货单 section's state as a pure reducer: the order lines a note could take, the form (kind,
 * customer, ticked lines with their quantities, date and what is printed), the last issue's
 * outcome with the override reason it may ask for (or, when its request failed, the retry it
 * offers), and the 回单 list with a remark being typed.
 * Building the request from the form is pure too, so the panel only wires events to actions.
 */
import { isoToSerial } from "../core/dates";
import type { NoteCandidateCustomer, NoteCandidateLine, NoteCandidates } from "../core/notes/candidates";
import type { NoteKind, NotePaper, NoteRequest } from "../core/notes/note";
import type { PendingSignedCopy } from "../core/notes/signedCopies";
import type { Lang, MessageParams } from "../core/problems";
import type { NoteWriting } from "../excel/interruptedWrite";
import type { NoteOutcome } from "../excel/noteActions";

/** How a line is named on the pane and in `data-key`: `订单号:行号`, as `gendan deliver --lines` takes it. */
export function lineKey(line: { orderNo: string; lineNo: number }): string {
  return `${line.orderNo}:${line.lineNo}`;
}

/** A line's quantity before the clerk types one: what is left to deliver, or for a return all that went out. */
export function defaultQuantity(line: NoteCandidateLine, kind: NoteKind): string {
  const quantity = kind === "return" ? line.shipped : line.unshipped;
  return quantity > 0 ? String(quantity) : "";
}

/** One of the chosen customer's lines: ticked or not, and the quantity typed for it. */
export interface LineChoice {
  checked: boolean;
  quantity: string;
}

export interface NoteForm {
  kind: NoteKind;
  /** 客户名称 of the customer the note is for; "" until one is chosen. */
  customer: string;
  /** The chosen customer's lines by `lineKey`. */
  lines: Record<string, LineChoice>;
  /** `YYYY-MM-DD` as the date input gives it ("" while incomplete). */
  date: string;
  vehicle: string;
  driver: string;
  waybill: string;
  remark: string;
  /** 不打印价格 */
  noPrice: boolean;
  paper: NotePaper;
  /** The language the note is printed in; null follows the pane's language. */
  lang: Lang | null;
}

/** An issue whose request failed: the request 重试 sends again, and what that try was writing, when it said. */
export interface NoteRetry {
  request: NoteRequest;
  writing?: NoteWriting;
}

export interface NotePanelState {
  form: NoteForm;
  /** The lines read for `form.kind`, or null before the first read. */
  candidates: NoteCandidates | null;
  /** Lines selected on 订单 that could not be ticked: nothing left to deliver (or return), or another customer's. */
  skipped: number;
  /** The last issue: the note written, or the refusal of the form as it was then (any edit clears a refusal). */
  outcome: NoteOutcome | null;
  /** Why the note goes out although a 款到发货 customer has not paid enough. */
  overrideReason: string;
  /** 回单: list notes whose signed copy is out more than this many days (as typed). */
  days: string;
  /** Notes whose signed copy is overdue, or null before the first read. */
  pending: PendingSignedCopy[] | null;
  /** The note whose signed copy is being marked 异常, and the remark typed so far. */
  remark: { number: string; text: string } | null;
  /** The last issue failed on the way (the connection dropped): what 重试 sends; null otherwise. */
  retry: NoteRetry | null;
}

/** The fields a plain edit of the form sets. */
export type FormPatch = Partial<
  Pick<NoteForm, "date" | "vehicle" | "driver" | "waybill" | "remark" | "noPrice" | "paper" | "lang">
>;

export type NotePanelEvent =
  /** Lines read for `kind`; `preselect` ticks the lines selected on 订单. */
  | { type: "candidates"; kind: NoteKind; candidates: NoteCandidates; preselect: boolean }
  | { type: "kind"; kind: NoteKind }
  | { type: "customer"; customer: string }
  | { type: "check"; key: string; checked: boolean }
  | { type: "quantity"; key: string; quantity: string }
  | { type: "form"; patch: FormPatch }
  | { type: "issued"; outcome: NoteOutcome }
  /** The issue failed on the way; 重试 sends `retry`. */
  | { type: "interrupted"; retry: NoteRetry }
  | { type: "overrideReason"; text: string }
  | { type: "days"; days: string }
  | { type: "pending"; pending: PendingSignedCopy[] }
  | { type: "remark"; remark: { number: string; text: string } | null };

/** The signed-copy list's default: copies out more than a week. */
export const DEFAULT_SIGNED_COPY_DAYS = 7;

export function initialNoteForm(today: string): NoteForm {
  return {
    kind: "delivery",
    customer: "",
    lines: {},
    date: today,
    vehicle: "",
    driver: "",
    waybill: "",
    remark: "",
    noPrice: false,
    paper: "A4",
    lang: null,
  };
}

/** The section before anything was read; `today` is `YYYY-MM-DD`. */
export function initialNotePanelState(today: string): NotePanelState {
  return {
    form: initialNoteForm(today),
    candidates: null,
    skipped: 0,
    outcome: null,
    overrideReason: "",
    days: String(DEFAULT_SIGNED_COPY_DAYS),
    pending: null,
    remark: null,
    retry: null,
  };
}

/** The customer called `name` among the candidates, if listed. */
export function customerOf(
  candidates: NoteCandidates | null,
  name: string,
): NoteCandidateCustomer | undefined {
  return candidates?.customers.find((c) => c.name === name);
}

function choicesFor(
  customer: NoteCandidateCustomer | undefined,
  kind: NoteKind,
  ticked: ReadonlySet<string>,
): Record<string, LineChoice> {
  const lines: Record<string, LineChoice> = {};
  for (const line of customer?.lines ?? []) {
    const key = lineKey(line);
    lines[key] = { checked: ticked.has(key), quantity: defaultQuantity(line, kind) };
  }
  return lines;
}

/**
 * The form for freshly read candidates. With `preselect`, the customer of the first line selected
 * on 订单 is chosen and that customer's selected lines ticked (a note has one customer); otherwise
 * the customer chosen before stays when still listed, a lone customer is chosen, and nothing is ticked.
 */
function withCandidates(
  state: NotePanelState,
  candidates: NoteCandidates,
  preselect: boolean,
): NotePanelState {
  const { form } = state;
  const selected = preselect ? candidates.selected.map(lineKey) : [];
  const ownerOf = (key: string) => candidates.customers.find((c) => c.lines.some((l) => lineKey(l) === key));
  const owner = selected.map(ownerOf).find((c) => c !== undefined);
  const ticked = new Set(owner ? selected.filter((key) => owner.lines.some((l) => lineKey(l) === key)) : []);
  const customer =
    owner ??
    customerOf(candidates, form.customer) ??
    (candidates.customers.length === 1 ? candidates.customers[0] : undefined);
  return {
    ...state,
    form: { ...form, customer: customer?.name ?? "", lines: choicesFor(customer, form.kind, ticked) },
    candidates,
    skipped: new Set(selected).size - ticked.size,
    // A refusal was about the form as it was; the card of a note written stays.
    outcome: state.outcome?.note ? state.outcome : null,
    overrideReason: state.outcome?.note ? state.overrideReason : "",
  };
}

/** The form changed: a refusal no longer describes it. */
function edited(state: NotePanelState, form: NoteForm): NotePanelState {
  return { ...state, form, outcome: null, overrideReason: "" };
}

/** The next state of the 送货单 section after `event`. */
export function notePanelReducer(state: NotePanelState, event: NotePanelEvent): NotePanelState {
  const { form } = state;
  switch (event.type) {
    case "candidates":
      // Lines read for the other kind (the clerk switched meanwhile) describe nothing on screen.
      return event.kind === form.kind ? withCandidates(state, event.candidates, event.preselect) : state;
    case "kind":
      if (event.kind === form.kind) return state;
      return {
        ...edited(state, { ...form, kind: event.kind, lines: {} }),
        candidates: null,
        skipped: 0,
      };
    case "customer":
      return edited(state, {
        ...form,
        customer: event.customer,
        lines: choicesFor(customerOf(state.candidates, event.customer), form.kind, new Set()),
      });
    case "check":
    case "quantity": {
      const line = form.lines[event.key];
      if (!line) return state;
      const changed =
        event.type === "check" ? { ...line, checked: event.checked } : { ...line, quantity: event.quantity };
      return edited(state, { ...form, lines: { ...form.lines, [event.key]: changed } });
    }
    case "form":
      return edited(state, { ...form, ...event.patch });
    case "issued":
      // The action answered: whatever failed before is settled.
      return { ...state, outcome: event.outcome, retry: null };
    case "interrupted":
      return { ...state, retry: event.retry };
    case "overrideReason":
      return { ...state, overrideReason: event.text };
    case "days":
      return { ...state, days: event.days };
    case "pending":
      return { ...state, pending: event.pending };
    case "remark":
      return { ...state, remark: event.remark };
  }
}

/** A quantity the pane passes on: a whole number above zero (数量 is one in 订单 too). */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const quantity = Number(trimmed);
  return quantity > 0 && Number.isSafeInteger(quantity) ? quantity : null;
}

/** Why the form cannot be sent yet, as the pane says it. */
export type FormIssue = "no-customer" | "no-lines" | "bad-quantity" | "bad-date";

/** What stops the form from being sent, in the order the clerk fills it in; empty when it can go. */
export function formIssues(form: NoteForm): FormIssue[] {
  const ticked = Object.values(form.lines).filter((l) => l.checked);
  const issues: FormIssue[] = [];
  if (form.customer === "") issues.push("no-customer");
  else if (ticked.length === 0) issues.push("no-lines");
  if (ticked.some((l) => parseQuantity(l.quantity) === null)) issues.push("bad-quantity");
  if (isoToSerial(form.date) === null) issues.push("bad-date");
  return issues;
}

/**
 * The request the form makes: the ticked lines of the chosen customer in 订单 order, the date as a
 * serial date, prices unless 不打印价格, the note's language (the pane's unless chosen), and the
 * optional fields that hold more than blanks. `override` is the reason for a 款到发货 shortfall.
 * @returns null while `formIssues` finds something.
 */
export function noteRequest(state: NotePanelState, paneLang: Lang, override?: string): NoteRequest | null {
  const { form } = state;
  const date = isoToSerial(form.date);
  if (date === null || formIssues(form).length > 0) return null;
  const lines = (customerOf(state.candidates, form.customer)?.lines ?? []).flatMap((line) => {
    const choice = form.lines[lineKey(line)];
    const quantity = choice?.checked ? parseQuantity(choice.quantity) : null;
    return quantity === null ? [] : [{ orderNo: line.orderNo, lineNo: line.lineNo, quantity }];
  });
  if (lines.length === 0) return null;
  const request: NoteRequest = {
    kind: form.kind,
    lines,
    date,
    withPrices: !form.noPrice,
    lang: form.lang ?? paneLang,
    paper: form.paper,
  };
  for (const field of ["vehicle", "driver", "waybill", "remark"] as const) {
    const text = form[field].trim();
    if (text !== "") request[field] = text;
  }
  const reason = override?.trim();
  if (reason) request.override = reason;
  return request;
}

/**
 * The 款到发货 shortfall that refused the last issue (`{customer, shortfall, currency}`), or null
 * when the last issue was not refused for it.
 */
export function paymentShortfall(state: NotePanelState): MessageParams | null {
  const { outcome } = state;
  if (!outcome || outcome.note) return null;
  return outcome.problems.find((p) => p.code === "payment-shortfall")?.params ?? null;
}

/** The 回单 list's day count as typed, or null when it is not a whole number of days. */
export function parseDays(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}
