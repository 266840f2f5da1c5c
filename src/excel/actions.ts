import { localDateSerial } from "../core/dates";
import type { Lang, MessageParams, Problem } from "../core/problems";
import type { SetupSeed } from "../core/workbook/setup";
import type { TrackingView } from "../core/orders/views";
import { checkWorkbook } from "./checkWorkbook";
import type { StatementRequest } from "../core/statements/statement";
import { issueNote } from "./issueNote";
import type { StatementBatchOutcome, StatementOutcome } from "./issueStatement";
import { repairNotes } from "./repairNotes";
import { readStatementCustomers, type StatementCustomers } from "./statementActions";
import type { NoteActions } from "./noteActions";
import { markSignedCopy, readPendingSignedCopies } from "./signedCopies";
import { readCostingView, readNoteCandidates, readTrackingView, type CostingSnapshot } from "./views";
import type { ExcelRunner, ProgressListener } from "./host";
import type { StatementsWriting, StatementWriting } from "./interruptedWrite";
import { selectCell } from "./selection";
import { setupWorkbook } from "./setupWorkbook";

/**
 * The statements' code (their rules, layouts and the month-end summary), fetched when the first
 * statement is made: in the task pane a chunk of its own, so the actions' chunk stays small.
 */
const statementCode = () => import(/* webpackChunkName: "statementActions" */ "./issueStatement");

/** What an action reports back to the task pane or the CLI. */
export interface ActionOutcome {
  /** Problems found; when any is an error, the action wrote nothing. */
  problems: Problem[];
  /** What was done, as a code and its values; the caller says it in the user's language. */
  done?: { code: string; params: MessageParams };
}

/** Everything the task pane can ask of the workbook. Each call is one `Excel.run`. */
export interface Actions extends NoteActions {
  /** 工作簿 → 初始化/升级: adds whatever of the tracking workbook is missing. */
  setupWorkbook(lang: Lang, onProgress?: ProgressListener, seed?: SetupSeed): Promise<ActionOutcome>;
  /** 订单 → 校验: every problem of the tracking workbook, with where it is. Writes nothing. */
  checkWorkbook(lang: Lang, onProgress?: ProgressListener): Promise<ActionOutcome>;
  /**
   * 订单 → 修复: appends to 发货 the rows the check found missing for note sheets, from the sheets.
   * Done code `notes-repaired` with {notes, rows}; when nothing is missing, the check's problems.
   */
  repairNotes(lang: Lang, onProgress?: ProgressListener): Promise<ActionOutcome>;
  /** 订单 → 跟踪: overdue and due-soon lines, open lines by 生产状态. */
  trackingView(): Promise<TrackingView>;
  /** 核价: rows with profit and margin, and the selected row. */
  costingView(): Promise<CostingSnapshot>;
  /** Selects one cell, e.g. the cell a problem names. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * 对账单: one customer's statement for a period as a new sheet (made the active sheet), or the
   * refusal writing nothing. Done code `statement-issued` with {customer, currency, opening,
   * deliveries, returns, payments, closing, sheet}. Refusals in `lang` (default: the statement's).
   * A request failing after the sheet was named throws InterruptedWrite; the same request with its
   * `writing` as `retryOf` keeps that sheet when it holds the statement rather than add a version.
   */
  issueStatement(
    request: StatementRequest,
    onProgress?: ProgressListener,
    lang?: Lang,
    retryOf?: StatementWriting,
  ): Promise<StatementOutcome>;
  /** 对账单: the customers of 客户 in sheet order with their currencies; 客户 missing is a problem in `lang`. */
  statementCustomers(lang?: Lang): Promise<StatementCustomers>;
  /**
   * 对账单 → 全部客户: a statement for every customer with entries in the period or a balance at its
   * end, and the 应收汇总 sheet (made the active sheet). Done code `statements-issued` with
   * {statements, summary, skipped}; customers that could not be done are in `problems`.
   * Retried with an InterruptedWrite's `writing` as `retryOf`, the sheets it names that hold their
   * documents are kept and only what is missing is written.
   */
  issueStatements(
    request: Omit<StatementRequest, "customer">,
    onProgress?: ProgressListener,
    lang?: Lang,
    retryOf?: StatementsWriting,
  ): Promise<StatementBatchOutcome>;
}

/** What the actions need besides the workbook. */
export interface ActionEnvironment {
  /** Today as a serial date; the computer's local day unless a test or the CLI says otherwise. */
  today(): number;
}

const LOCAL_ENVIRONMENT: ActionEnvironment = { today: () => localDateSerial(new Date()) };

/** The actions, bound to a host's runner. */
export function createActions(run: ExcelRunner, environment: ActionEnvironment = LOCAL_ENVIRONMENT): Actions {
  return {
    setupWorkbook: (lang, onProgress, seed) => setupWorkbook(run, lang, onProgress, seed),
    checkWorkbook: (lang, onProgress) => checkWorkbook(run, lang, environment.today(), onProgress),
    repairNotes: (lang, onProgress) => repairNotes(run, lang, environment.today(), onProgress),
    trackingView: () => readTrackingView(run, environment.today()),
    costingView: () => readCostingView(run),
    selectCell: (sheet, cell) => selectCell(run, sheet, cell),
    noteCandidates: (kind, lang: Lang = "zh") => readNoteCandidates(run, kind, environment.today(), lang),
    issueNote: (request, onProgress, lang = request.lang, retryOf) =>
      issueNote(run, request, lang, onProgress, retryOf),
    pendingSignedCopies: (days) => readPendingSignedCopies(run, environment.today(), days),
    markSignedCopy: (mark, lang: Lang = "zh") => markSignedCopy(run, mark, environment.today(), lang),
    issueStatement: async (request, onProgress, lang = request.lang, retryOf) =>
      (await statementCode()).issueStatement(run, request, lang, onProgress, retryOf),
    statementCustomers: (lang: Lang = "zh") => readStatementCustomers(run, lang),
    issueStatements: async (request, onProgress, lang = request.lang, retryOf) =>
      (await statementCode()).issueStatements(run, request, environment.today(), lang, onProgress, retryOf),
  };
}
