/**
 * Statements through the real excel/ code on memory-excel, on the demo workbook: the requests one
 * statement and the month-end batch make, and what they write.
 */
import { isoToSerial } from "../../src/core/dates";
import { actionsOf, demoBook } from "../support/demoBook";

const NOV = {
  from: isoToSerial("2026-11-01")!,
  to: isoToSerial("2026-11-30")!,
  detail: "notes" as const,
  lang: "zh" as const,
};

describe("statements on the demo workbook", () => {
  test("one statement: one read, one write, its sheet in front", async () => {
    const book = await demoBook();
    const outcome = await actionsOf(book).issueStatement({ ...NOV, customer: "杭州家乐惠商贸有限公司" });
    expect(outcome.problems).toEqual([]);
    expect(book.syncLog.map((s) => (s.cells > 0 ? "write" : "read"))).toEqual(["read", "write"]);
    expect(book.model.sheets.find((s) => s.id === book.model.activeSheetId)?.name).toBe(outcome.sheet);
    expect(outcome.done).toMatchObject({ code: "statement-issued", params: { sheet: outcome.sheet } });
  });

  test("a refusal reads once and writes nothing", async () => {
    const book = await demoBook();
    const version = book.model.version;
    const outcome = await actionsOf(book).issueStatement({ ...NOV, customer: "无此客户" }, undefined, "en");
    expect(outcome.problems.map((p) => p.code)).toEqual(["statement-unknown-customer"]);
    expect(book.syncLog).toHaveLength(1);
    expect(book.model.version).toBe(version);
  });

  test("the month-end batch: one read, the summary and every statement written, each request under the budget", async () => {
    const book = await demoBook();
    const outcome = await actionsOf(book).issueStatements(NOV);
    expect(outcome.problems).toEqual([]);
    const statements = outcome.statements!;
    expect(statements.length).toBe(outcome.summary!.customers.length);
    const sheets = book.model.sheets.map((s) => s.name);
    expect(sheets).toEqual(
      expect.arrayContaining([outcome.summarySheet!, ...statements.map((s) => s.sheet)]),
    );
    expect(new Set(statements.map((s) => s.sheet)).size).toBe(statements.length);
    expect(book.model.sheets.find((s) => s.id === book.model.activeSheetId)?.name).toBe(outcome.summarySheet);
    const kinds = book.syncLog.map((s) => (s.cells > 0 ? "write" : "read"));
    expect(kinds[0]).toBe("read");
    expect(kinds.slice(1).every((k) => k === "write")).toBe(true);
    expect(Math.max(...book.syncLog.map((s) => s.requestBytes))).toBeLessThan(1_100_000);
    // Each summary row's closing is its statement's.
    for (const { statement } of statements) {
      const row = outcome.summary!.customers.find((c) => c.customer === statement.customer.name)!;
      expect(row.closing).toBe(statement.closing);
    }
  });
});
