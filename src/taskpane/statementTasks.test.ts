import { makeProblem, tableMissingProblem } from "../core/messages";
import type { Lang } from "../core/problems";
import type { StatementRequest } from "../core/statements/statement";
import { CUSTOMERS_TABLE } from "../core/workbook/schema";
import { InterruptedWrite, type StatementsWriting, type StatementWriting } from "../excel/interruptedWrite";
import type { StatementBatchOutcome, StatementOutcome } from "../excel/issueStatement";
import type { StatementCustomers } from "../excel/statementActions";
import { initialPaneState, paneReducer, paneRunner, type PaneState } from "./paneState";
import {
  initialStatementPanelState,
  statementPanelReducer,
  type StatementPanelEvent,
  type StatementPanelState,
} from "./statementForm";
import { statementTasks, type StatementSectionActions } from "./statementTasks";
import { makeStatement, makeStatementCustomers } from "./testing/statements";

/** Statement actions answering from queues a test fills, recording every call. */
class FakeStatementActions implements StatementSectionActions {
  calls: string[] = [];
  requests: StatementRequest[] = [];
  batchRequests: Omit<StatementRequest, "customer">[] = [];
  listings: (StatementCustomers | Error)[] = [];
  outcomes: (StatementOutcome | Error)[] = [];
  batches: (StatementBatchOutcome | Error)[] = [];
  selections: (Error | undefined)[] = [];
  /** What each issue was given as `retryOf`. */
  retries: (StatementWriting | StatementsWriting | undefined)[] = [];

  async statementCustomers(lang?: Lang): Promise<StatementCustomers> {
    this.calls.push(`statementCustomers ${lang}`);
    const next = this.listings.shift() ?? { customers: makeStatementCustomers(), problems: [] };
    if (next instanceof Error) throw next;
    return next;
  }
  async issueStatement(
    request: StatementRequest,
    onProgress?: (done: number, total: number, step: string) => void,
    lang?: Lang,
    retryOf?: StatementWriting,
  ): Promise<StatementOutcome> {
    this.calls.push(`issueStatement ${lang}`);
    this.retries.push(retryOf);
    this.requests.push(request);
    onProgress?.(1, 2, "write");
    const next = this.outcomes.shift() ?? { problems: [] };
    if (next instanceof Error) throw next;
    return next;
  }
  async issueStatements(
    request: Omit<StatementRequest, "customer">,
    onProgress?: (done: number, total: number, step: string) => void,
    lang?: Lang,
    retryOf?: StatementsWriting,
  ): Promise<StatementBatchOutcome> {
    this.calls.push(`issueStatements ${lang}`);
    this.retries.push(retryOf);
    this.batchRequests.push(request);
    // As the action reports: the read, each customer laid out, then each write request.
    onProgress?.(1, 1, "read");
    for (let i = 1; i <= 3; i++) onProgress?.(i, 3, "statement");
    onProgress?.(1, 1, "write");
    const next = this.batches.shift() ?? { problems: [] };
    if (next instanceof Error) throw next;
    return next;
  }
  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push(`selectCell ${sheet}!${cell}`);
    const next = this.selections.shift();
    if (next) throw next;
  }
}

/** The section and the pane as the tasks leave them, with the pane's own runner and reducers. */
function harness(start: StatementPanelState = initialStatementPanelState("2026-11-22")) {
  const actions = new FakeStatementActions();
  const world = { section: start, pane: initialPaneState as PaneState, progress: [] as string[] };
  const run = paneRunner((event) => {
    if (event.type === "progress") world.progress.push(`${event.done}/${event.total} ${event.step}`);
    world.pane = paneReducer(world.pane, event);
  });
  const tasks = statementTasks(actions, run, (event: StatementPanelEvent) => {
    world.section = statementPanelReducer(world.section, event);
  });
  return { actions, world, tasks };
}

const REQUEST: StatementRequest = {
  customer: "宁波华美",
  from: 46296,
  to: 46326,
  detail: "notes",
  lang: "en",
};
const SHEET = "对账单 宁波华美 2026-10";

function issuedOutcome(): StatementOutcome {
  const statement = makeStatement();
  return {
    problems: [],
    statement,
    sheet: SHEET,
    done: {
      code: "statement-issued",
      params: { customer: "宁波华美", closing: "44169.50", currency: "CNY" },
    },
  };
}

describe("对账单 tasks", () => {
  test("load lists the customers in the pane's language and the pane settles", async () => {
    const { actions, world, tasks } = harness();
    await tasks.load("en");
    expect(actions.calls).toEqual(["statementCustomers en"]);
    expect(world.section.customers?.map((c) => c.name)).toEqual(["宁波华美", "Acme Trading", "义乌恒达"]);
    expect(world.pane.running).toBeNull();
    expect(world.pane.result).toBeNull();
  });

  test("without 客户: the problem list says so, and the section shows nobody to choose", async () => {
    const { actions, world, tasks } = harness();
    const missing = tableMissingProblem("zh", CUSTOMERS_TABLE);
    actions.listings.push({ customers: [], problems: [missing] });
    await tasks.load("zh");
    expect(world.pane.problems).toEqual([missing]);
    expect(world.pane.result).toEqual({ kind: "done", outcome: { problems: [missing] } });
    expect(world.section.customers).toEqual([]);
  });

  test("a failed read shows the failure and leaves the list unread", async () => {
    const { actions, world, tasks } = harness();
    actions.listings.push(new Error("The request failed"));
    await tasks.load("zh");
    expect(world.pane.result).toEqual({ kind: "failed", message: "The request failed" });
    expect(world.section.customers).toBeNull();
  });

  test("issue: the statement's figures and sheet in the section, what was done in the status area", async () => {
    const { actions, world, tasks } = harness();
    const outcome = issuedOutcome();
    actions.outcomes.push(outcome);
    await tasks.issue(REQUEST, "zh");
    // The statement prints in the request's language; refusals would be said in the pane's.
    expect(actions.calls).toEqual(["issueStatement zh"]);
    expect(actions.requests).toEqual([REQUEST]);
    expect(world.progress).toEqual(["1/2 write"]);
    expect(world.section.issued).toEqual({ statement: outcome.statement, sheet: SHEET });
    expect(world.pane.result).toEqual({ kind: "done", outcome });
    expect(world.pane.running).toBeNull();
  });

  test("a refusal goes to the problem list and leaves the last statement's card", async () => {
    const { actions, world, tasks } = harness();
    actions.outcomes.push(issuedOutcome());
    await tasks.issue(REQUEST, "zh");
    const card = world.section.issued;
    const refusal = makeProblem(
      "zh",
      "error",
      "statement-unknown-customer",
      { sheet: "客户" },
      { value: "宁波华美", sheet: "客户" },
    );
    actions.outcomes.push({ problems: [refusal] });
    await tasks.issue(REQUEST, "zh");
    expect(world.pane.problems).toEqual([refusal]);
    expect(world.pane.result).toEqual({ kind: "done", outcome: { problems: [refusal] } });
    expect(world.section.issued).toBe(card);
  });

  test("a failed issue shows the failure; nothing is added to the section", async () => {
    const { actions, world, tasks } = harness();
    actions.outcomes.push(new Error("Excel is busy"));
    await tasks.issue(REQUEST, "en");
    expect(world.pane.result).toEqual({ kind: "failed", message: "Excel is busy" });
    expect(world.section.issued).toBeNull();
  });

  describe("全部客户", () => {
    const PERIOD = { from: 46296, to: 46326, detail: "lines", lang: "en" } as const;
    const SUMMARY = "应收汇总 2026-10";

    function batchOutcome(problems: StatementBatchOutcome["problems"] = []): StatementBatchOutcome {
      const statements = [
        { statement: makeStatement(), sheet: SHEET },
        {
          statement: makeStatement({
            customer: { ...makeStatement().customer, name: "Acme Trading", currency: "USD" },
          }),
          sheet: "对账单 Acme Trading 2026-10",
        },
      ];
      return {
        problems,
        statements,
        summarySheet: SUMMARY,
        done: {
          code: "statements-issued",
          params: { statements: 2, summary: SUMMARY, skipped: problems.length },
        },
      };
    }

    test("every statement and the summary in the section, progress per customer, what was done in the status area", async () => {
      const { actions, world, tasks } = harness();
      const outcome = batchOutcome();
      actions.batches.push(outcome);
      await tasks.issueAll(PERIOD, "zh");
      expect(actions.calls).toEqual(["issueStatements zh"]);
      expect(actions.batchRequests).toEqual([PERIOD]);
      expect(world.progress).toEqual([
        "1/1 read",
        "1/3 statement",
        "2/3 statement",
        "3/3 statement",
        "1/1 write",
      ]);
      expect(world.section.batch).toEqual({ summarySheet: SUMMARY, statements: outcome.statements });
      expect(world.pane.result).toEqual({ kind: "done", outcome });
      expect(world.pane.running).toBeNull();
    });

    test("customers left out go to the problem list; the others are listed", async () => {
      const { actions, world, tasks } = harness();
      const left = makeProblem(
        "zh",
        "error",
        "statement-bad-amount",
        { sheet: "发货", cell: "N9" },
        { customer: "义乌恒达", column: "金额", sheet: "发货", value: "abc" },
      );
      actions.batches.push(batchOutcome([left]));
      await tasks.issueAll(PERIOD, "zh");
      expect(world.pane.problems).toEqual([left]);
      expect(world.section.batch?.statements.map((s) => s.statement.customer.name)).toEqual([
        "宁波华美",
        "Acme Trading",
      ]);
    });

    test("the batch replaces the single statement's card, and a refusal leaves the batch's list", async () => {
      const { actions, world, tasks } = harness();
      actions.outcomes.push(issuedOutcome());
      await tasks.issue(REQUEST, "zh");
      actions.batches.push(batchOutcome());
      await tasks.issueAll(PERIOD, "zh");
      expect(world.section.issued).toBeNull();
      const list = world.section.batch;
      expect(list?.summarySheet).toBe(SUMMARY);
      const missing = tableMissingProblem("zh", CUSTOMERS_TABLE);
      actions.batches.push({ problems: [missing] });
      await tasks.issueAll(PERIOD, "zh");
      expect(world.pane.problems).toEqual([missing]);
      expect(world.section.batch).toBe(list);
    });

    test("a failed batch shows the failure and lists nothing", async () => {
      const { actions, world, tasks } = harness();
      actions.batches.push(new Error("RequestPayloadSizeLimitExceeded"));
      await tasks.issueAll(PERIOD, "en");
      expect(world.pane.result).toEqual({ kind: "failed", message: "RequestPayloadSizeLimitExceeded" });
      expect(world.section.batch).toBeNull();
    });

    test("a sheet of the list: its first cell selected, the result and the problems left as they were", async () => {
      const { actions, world, tasks } = harness();
      const left = tableMissingProblem("zh", CUSTOMERS_TABLE);
      actions.batches.push(batchOutcome([left]));
      await tasks.issueAll(PERIOD, "zh");
      const result = world.pane.result;
      await tasks.open("对账单 Acme Trading 2026-10");
      expect(actions.calls).toEqual(["issueStatements zh", "selectCell 对账单 Acme Trading 2026-10!A1"]);
      expect(world.pane.result).toBe(result);
      expect(world.pane.problems).toEqual([left]);
      expect(world.pane.running).toBeNull();
    });

    test("a sheet that is gone (deleted meanwhile): the failure is shown, the list stays", async () => {
      const { actions, world, tasks } = harness();
      actions.batches.push(batchOutcome());
      await tasks.issueAll(PERIOD, "zh");
      const list = world.section.batch;
      actions.selections.push(
        Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }),
      );
      await tasks.open(SUMMARY);
      expect(world.pane.result).toEqual({
        kind: "failed",
        message: "The requested resource doesn't exist. (ItemNotFound)",
      });
      expect(world.section.batch).toBe(list);
    });
  });
});

describe("对账单 重试 after a request failed on the way", () => {
  const lost = Object.assign(new Error("The response was lost"), { code: "GeneralException" });
  const one: StatementWriting = { kind: "statement", sheet: SHEET };
  const PERIOD = { from: 46296, to: 46326, detail: "notes", lang: "en" } as const;
  const all: StatementsWriting = {
    kind: "statements",
    summarySheet: "应收汇总 2026-10",
    sheets: [{ customer: "宁波华美", sheet: SHEET }],
  };

  test("one statement: the offer holds the request and the sheet; 重试 sends both in the pane's language", async () => {
    const { actions, world, tasks } = harness();
    actions.outcomes.push(new InterruptedWrite(one, lost));
    await tasks.issue(REQUEST, "zh");
    expect(world.pane.result).toEqual({
      kind: "failed",
      message: "The response was lost (GeneralException)",
    });
    expect(world.section.retry).toEqual({ kind: "one", request: REQUEST, writing: one });

    const outcome = issuedOutcome();
    actions.outcomes.push(outcome);
    await tasks.retry(world.section.retry!, "en");
    expect(actions.calls).toEqual(["issueStatement zh", "issueStatement en"]);
    expect(actions.requests).toEqual([REQUEST, REQUEST]);
    expect(actions.retries).toEqual([undefined, one]);
    expect(world.section.retry).toBeNull();
    expect(world.section.issued).toEqual({ statement: outcome.statement, sheet: SHEET });
  });

  test("生成对账单 again with the same request is the retry; answered with a refusal, the offer goes", async () => {
    const { actions, world, tasks } = harness();
    actions.outcomes.push(new InterruptedWrite(one, lost));
    await tasks.issue(REQUEST, "zh");
    actions.outcomes.push({ problems: [tableMissingProblem("zh", CUSTOMERS_TABLE)] });
    await tasks.issue(REQUEST, "zh", world.section.retry);
    expect(actions.retries).toEqual([undefined, one]);
    expect(world.section.retry).toBeNull();
  });

  test("another customer, or 全部客户, is not the retry of a single statement", async () => {
    const { actions, world, tasks } = harness();
    actions.outcomes.push(new InterruptedWrite(one, lost));
    await tasks.issue(REQUEST, "zh");
    const offer = world.section.retry;
    await tasks.issue({ ...REQUEST, customer: "Acme Trading" }, "zh", offer);
    await tasks.issueAll(PERIOD, "zh", offer);
    expect(actions.retries).toEqual([undefined, undefined, undefined]);
  });

  test("全部客户: the offer holds the period and the sheets; a retry failing before it learns more keeps them", async () => {
    const { actions, world, tasks } = harness();
    actions.batches.push(new InterruptedWrite(all, lost));
    await tasks.issueAll(PERIOD, "zh");
    expect(world.section.retry).toEqual({ kind: "all", request: PERIOD, writing: all });

    actions.batches.push(new Error("Still offline"));
    await tasks.retry(world.section.retry!, "zh");
    expect(world.section.retry).toEqual({ kind: "all", request: PERIOD, writing: all });

    actions.batches.push({
      problems: [],
      statements: [{ statement: makeStatement(), sheet: SHEET }],
      summarySheet: all.summarySheet,
    });
    await tasks.issueAll(PERIOD, "zh", world.section.retry);
    expect(actions.retries).toEqual([undefined, all, all]);
    expect(world.section.retry).toBeNull();
    expect(world.section.batch?.summarySheet).toBe(all.summarySheet);
  });

  test("a failure before anything was being written offers the same request afresh", async () => {
    const { actions, world, tasks } = harness();
    actions.outcomes.push(new Error("Excel is busy"));
    await tasks.issue(REQUEST, "en");
    expect(world.section.retry).toEqual({ kind: "one", request: REQUEST, writing: undefined });
  });
});
