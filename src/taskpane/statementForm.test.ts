import {
  defaultPeriod,
  initialStatementPanelState,
  periodRequest,
  statementFormIssues,
  statementPanelReducer,
  statementRequest,
  type StatementForm,
  type StatementPanelEvent,
  type StatementPanelState,
} from "./statementForm";
import { makeStatement, makeStatementCustomers } from "./testing/statements";

function after(
  events: StatementPanelEvent[],
  start: StatementPanelState = initialStatementPanelState("2026-11-22"),
): StatementPanelState {
  return events.reduce(statementPanelReducer, start);
}

function form(overrides: Partial<StatementForm> = {}): StatementForm {
  return {
    customer: "宁波华美",
    from: "2026-10-01",
    to: "2026-10-31",
    detail: "notes",
    lang: null,
    ...overrides,
  };
}

describe("对账单 form", () => {
  test("the default period is the last calendar month before today", () => {
    expect(defaultPeriod("2026-11-22")).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    // Across a year's end, into a leap February, and on a month's first and last day.
    expect(defaultPeriod("2027-01-01")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(defaultPeriod("2028-03-31")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(defaultPeriod("2026-03-01")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  test("a today that is not a date leaves the period for the clerk to fill in", () => {
    expect(defaultPeriod("")).toEqual({ from: "", to: "" });
    expect(defaultPeriod("2026-02-30")).toEqual({ from: "", to: "" });
  });

  test("before anything is read: no customer, last month, by note, in the pane's language", () => {
    expect(initialStatementPanelState("2026-11-22")).toEqual({
      form: { customer: "", from: "2026-10-01", to: "2026-10-31", detail: "notes", lang: null },
      customers: null,
      issued: null,
      batch: null,
      retry: null,
    });
  });

  test("customers read: nobody is chosen among several, a lone customer is", () => {
    const several = after([{ type: "customers", customers: makeStatementCustomers() }]);
    expect(several.customers).toHaveLength(3);
    expect(several.form.customer).toBe("");
    const lone = after([{ type: "customers", customers: [{ name: "义乌恒达", currency: "CNY" }] }]);
    expect(lone.form.customer).toBe("义乌恒达");
  });

  test("read again: the customer chosen stays while listed, and is dropped when gone", () => {
    const chosen = after([
      { type: "customers", customers: makeStatementCustomers() },
      { type: "form", patch: { customer: "Acme Trading" } },
      { type: "customers", customers: makeStatementCustomers().reverse() },
    ]);
    expect(chosen.form.customer).toBe("Acme Trading");
    const gone = after(
      [{ type: "customers", customers: makeStatementCustomers().filter((c) => c.name !== "Acme Trading") }],
      chosen,
    );
    expect(gone.form.customer).toBe("");
  });

  test("edits change only what they name; the statement issued stays", () => {
    const issued = { statement: makeStatement(), sheet: "对账单 宁波华美 2026-10" };
    const state = after([
      { type: "customers", customers: makeStatementCustomers() },
      { type: "issued", issued },
      { type: "form", patch: { from: "2026-09-01", detail: "lines", lang: "en" } },
    ]);
    expect(state.form).toEqual({
      customer: "",
      from: "2026-09-01",
      to: "2026-10-31",
      detail: "lines",
      lang: "en",
    });
    expect(state.issued).toBe(issued);
  });

  test("what stops the form, in the order it is filled in", () => {
    expect(statementFormIssues(form())).toEqual([]);
    expect(statementFormIssues(form({ customer: "" }))).toEqual(["no-customer"]);
    expect(statementFormIssues(form({ from: "" }))).toEqual(["bad-from"]);
    expect(statementFormIssues(form({ to: "2026-13-01" }))).toEqual(["bad-to"]);
    expect(statementFormIssues(form({ customer: "", from: "", to: "" }))).toEqual([
      "no-customer",
      "bad-from",
      "bad-to",
    ]);
  });

  test("a period of one day goes; a period ending before it starts does not", () => {
    expect(statementFormIssues(form({ from: "2026-10-31", to: "2026-10-31" }))).toEqual([]);
    expect(statementFormIssues(form({ from: "2026-11-01", to: "2026-10-31" }))).toEqual(["reversed"]);
  });

  test("the request: the customer, the period as serial dates, the detail, the pane's language unless chosen", () => {
    expect(statementRequest(form(), "zh")).toEqual({
      customer: "宁波华美",
      from: 46296,
      to: 46326,
      detail: "notes",
      lang: "zh",
    });
    expect(statementRequest(form({ detail: "lines", lang: "en" }), "zh")).toMatchObject({
      detail: "lines",
      lang: "en",
    });
    expect(statementRequest(form(), "en")?.lang).toBe("en");
  });

  test("no request while the form has an issue", () => {
    expect(statementRequest(form({ customer: "" }), "zh")).toBeNull();
    expect(statementRequest(form({ to: "" }), "zh")).toBeNull();
    expect(statementRequest(form({ from: "2026-12-01" }), "zh")).toBeNull();
  });

  test("全部客户's request: the form's period, detail and language, whoever is chosen or not", () => {
    const period = { from: 46296, to: 46326, detail: "notes", lang: "zh" };
    expect(periodRequest(form(), "zh")).toEqual(period);
    expect(periodRequest(form({ customer: "" }), "zh")).toEqual(period);
    expect(periodRequest(form({ detail: "lines", lang: "en" }), "zh")).toEqual({
      ...period,
      detail: "lines",
      lang: "en",
    });
    expect(periodRequest(form(), "en")?.lang).toBe("en");
    // A period of one day goes.
    expect(periodRequest(form({ from: "2026-10-31" }), "zh")).toMatchObject({ from: 46326, to: 46326 });
  });

  test("no batch request while the period is blank, not a date, or reversed", () => {
    expect(periodRequest(form({ from: "" }), "zh")).toBeNull();
    expect(periodRequest(form({ to: "2026-02-30" }), "zh")).toBeNull();
    expect(periodRequest(form({ from: "2026-11-01" }), "zh")).toBeNull();
  });

  test("one statement and the batch replace each other as what was issued last", () => {
    const issued = { statement: makeStatement(), sheet: "对账单 宁波华美 2026-10" };
    const batch = { summarySheet: "应收汇总 2026-10", statements: [issued] };
    const afterBatch = after([
      { type: "issued", issued },
      { type: "batch", batch },
    ]);
    expect(afterBatch.batch).toBe(batch);
    expect(afterBatch.issued).toBeNull();
    const afterOne = after([{ type: "issued", issued }], afterBatch);
    expect(afterOne.issued).toBe(issued);
    expect(afterOne.batch).toBeNull();
    // Editing the form for the next keeps the batch's list.
    expect(after([{ type: "form", patch: { to: "2026-11-30" } }], afterBatch).batch).toBe(batch);
  });

  test("a failed issue offers 重试 until an issue is answered; editing the form keeps the offer", () => {
    const request = { customer: "宁波华美", from: 46296, to: 46326, detail: "notes", lang: "zh" } as const;
    const retry = {
      kind: "one",
      request,
      writing: { kind: "statement", sheet: "对账单 宁波华美 2026-10" },
    } as const;
    const offered = after([{ type: "retry", retry }]);
    expect(offered.retry).toBe(retry);
    expect(after([{ type: "form", patch: { to: "2026-11-30" } }], offered).retry).toBe(retry);
    const issued = { statement: makeStatement(), sheet: "对账单 宁波华美 2026-10" };
    expect(after([{ type: "issued", issued }], offered).retry).toBeNull();
    expect(
      after([{ type: "batch", batch: { summarySheet: "应收汇总 2026-10", statements: [] } }], offered).retry,
    ).toBeNull();
    expect(after([{ type: "retry", retry: null }], offered).retry).toBeNull();
  });
});
