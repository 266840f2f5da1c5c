import type { PlanStep } from "../plan";
import { makeShipment, makeTable, makeWorkbookData, serial, TEST_TODAY } from "../testing/factories";
import { SHIPMENTS_TABLE } from "../workbook/schema";
import type { WorkbookData } from "../workbook/tableData";
import { markSignedCopyPlan, pendingSignedCopies, type SignedCopyMark } from "./signedCopies";

/** 发货 holding `rows`, the table's header at A1 (so body row i is sheet row i + 2). */
function shipments(...rows: Parameters<typeof makeShipment>[0][]): WorkbookData {
  return makeWorkbookData({ shipments: rows.map((r) => makeShipment(r)) });
}

/** Column letter of a 发货 header in the default layout. */
function col(header: string): string {
  const index = SHIPMENTS_TABLE.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(header);
  return String.fromCharCode(65 + index);
}

/** The steps as `address=values` strings, easy to compare. */
function brief(steps: readonly PlanStep[]): string[] {
  return steps.map((s) => (s.kind === "values" ? `${s.address}=${JSON.stringify(s.values)}` : s.kind));
}

function plan(data: WorkbookData, mark: SignedCopyMark, lang: "zh" | "en" = "zh") {
  return markSignedCopyPlan(data, mark, TEST_TODAY, lang);
}

describe("pendingSignedCopies", () => {
  test("groups a note's rows and reports its number, date, customer, age and row count", () => {
    const data = shipments(
      { 单号: "SH20261101-01", 日期: serial("2026-11-01"), 客户: "华美贸易", 行号: 1 },
      { 单号: "SH20261101-01", 日期: serial("2026-11-01"), 客户: "华美贸易", 行号: 2 },
      { 单号: "SH20261105-01", 日期: serial("2026-11-05"), 客户: "宏达", 回单状态: "未回" },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toEqual([
      { number: "SH20261101-01", date: serial("2026-11-01"), customer: "华美贸易", days: 21, rows: 2 },
      { number: "SH20261105-01", date: serial("2026-11-05"), customer: "宏达", days: 17, rows: 1 },
    ]);
  });

  test("sorts oldest first, whatever the sheet order", () => {
    const data = shipments(
      { 单号: "B", 日期: serial("2026-11-10") },
      { 单号: "A", 日期: serial("2026-11-02") },
      { 单号: "C", 日期: serial("2026-11-10") },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 0).map((p) => p.number)).toEqual(["A", "B", "C"]);
  });

  test("a blank 回单状态 counts as 未回; 已回 and 异常 notes are not pending", () => {
    const data = shipments(
      { 单号: "BLANK", 日期: serial("2026-11-01"), 回单状态: "" },
      { 单号: "SPACES", 日期: serial("2026-11-01"), 回单状态: "  " },
      { 单号: "BACK", 日期: serial("2026-11-01"), 回单状态: "已回" },
      { 单号: "ODD", 日期: serial("2026-11-01"), 回单状态: "异常" },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7).map((p) => p.number)).toEqual(["BLANK", "SPACES"]);
  });

  test("a note is pending while any one of its rows is still out", () => {
    const data = shipments(
      { 单号: "SH-1", 日期: serial("2026-11-01"), 回单状态: "已回" },
      { 单号: "SH-1", 日期: serial("2026-11-01"), 回单状态: "未回" },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toMatchObject([{ number: "SH-1", rows: 2 }]);
  });

  test("exactly `days` old is not pending yet; one day more is", () => {
    const data = shipments(
      { 单号: "N", 日期: TEST_TODAY - 7 },
      { 单号: "N+1", 日期: TEST_TODAY - 8 },
      { 单号: "TODAY", 日期: TEST_TODAY },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toEqual([
      expect.objectContaining({ number: "N+1", days: 8 }),
    ]);
    expect(pendingSignedCopies(data, TEST_TODAY, 1).map((p) => p.number)).toEqual(["N+1", "N"]);
  });

  test("0 days lists every note still out, today's included; a note dated after today is not listed", () => {
    const data = shipments(
      { 单号: "OLD", 日期: TEST_TODAY - 3 },
      { 单号: "TODAY", 日期: TEST_TODAY },
      { 单号: "BACK", 日期: TEST_TODAY, 回单状态: "已回" },
      { 单号: "LATER", 日期: TEST_TODAY + 2 },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 0).map((p) => [p.number, p.days])).toEqual([
      ["OLD", 3],
      ["TODAY", 0],
    ]);
  });

  test("the note's date is its earliest row's, counted in whole days", () => {
    const data = shipments(
      { 单号: "SH-1", 日期: serial("2026-11-14") },
      { 单号: "SH-1", 日期: serial("2026-11-12") + 0.75 },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toMatchObject([
      { date: serial("2026-11-12"), days: 10 },
    ]);
  });

  test("groups 单号 trimmed and without regard to case, reporting the first row's spelling", () => {
    const data = shipments(
      { 单号: " sh-1 ", 日期: serial("2026-11-01"), 客户: "甲" },
      { 单号: "SH-1", 日期: serial("2026-11-01"), 客户: "乙" },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toEqual([
      { number: "sh-1", date: serial("2026-11-01"), customer: "甲", days: 21, rows: 2 },
    ]);
  });

  test("leaves out rows without a 单号 and notes without any date", () => {
    const data = shipments(
      { 单号: "", 日期: serial("2026-11-01") },
      { 单号: "  ", 日期: serial("2026-11-01") },
      { 单号: "NODATE", 日期: "" },
      { 单号: "TEXTDATE", 日期: "2026-11-01" },
    );
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toEqual([]);
  });

  test("nothing without a Shipments table or its 回单状态 column", () => {
    expect(pendingSignedCopies(makeWorkbookData({ without: ["Shipments"] }), TEST_TODAY, 7)).toEqual([]);
    const headers = SHIPMENTS_TABLE.columns.map((c) => c.header).filter((h) => h !== "回单状态");
    const data: WorkbookData = {
      Shipments: makeTable(SHIPMENTS_TABLE, [makeShipment({ 日期: serial("2026-11-01") })], { headers }),
    };
    expect(pendingSignedCopies(data, TEST_TODAY, 7)).toEqual([]);
  });
});

describe("markSignedCopyPlan", () => {
  const today = TEST_TODAY;

  test("已回 sets 回单状态 and 回单日期 on every row of the note, one block per column", () => {
    const data = shipments(
      { 单号: "SH-1", 行号: 1 },
      { 单号: "SH-1", 行号: 2 },
      { 单号: "SH-2" },
      { 单号: "SH-1", 行号: 3 },
    );
    const result = plan(data, { number: "SH-1", state: "已回" });
    expect(result).toMatchObject({ number: "SH-1", rows: 3 });
    if (!("steps" in result)) throw new Error("refused");
    const s = col("回单状态");
    const d = col("回单日期");
    expect(brief(result.steps)).toEqual([
      `${s}2:${s}3=[["已回"],["已回"]]`,
      `${s}5=[["已回"]]`,
      `${d}2:${d}3=[[${today}],[${today}]]`,
      `${d}5=[[${today}]]`,
    ]);
    expect(result.steps.every((step) => step.kind === "values" && step.sheet === "发货")).toBe(true);
  });

  test("finds the note trimmed and without regard to case", () => {
    const data = shipments({ 单号: "SH-1" });
    expect(plan(data, { number: " sh-1 ", state: "已回" })).toMatchObject({ number: "SH-1", rows: 1 });
  });

  test("cells already holding the new value are not written", () => {
    const data = shipments(
      { 单号: "SH-1", 回单状态: "已回", 回单日期: today },
      { 单号: "SH-1", 回单状态: "未回" },
    );
    const result = plan(data, { number: "SH-1", state: "已回" });
    if (!("steps" in result)) throw new Error("refused");
    expect(brief(result.steps)).toEqual([
      `${col("回单状态")}3=[["已回"]]`,
      `${col("回单日期")}3=[[${today}]]`,
    ]);
  });

  test("a table away from A1 is addressed where it is", () => {
    const table = makeTable(SHIPMENTS_TABLE, [makeShipment({ 单号: "SH-1" })], { row: 3, col: 2 });
    const result = plan({ Shipments: table }, { number: "SH-1", state: "已回" });
    if (!("steps" in result)) throw new Error("refused");
    const index = SHIPMENTS_TABLE.columns.findIndex((c) => c.header === "回单状态");
    expect(result.steps[0]).toMatchObject({ address: `${String.fromCharCode(67 + index)}5` });
  });

  test("异常 appends its reason to 备注, keeping what the clerk wrote", () => {
    const data = shipments({ 单号: "SH-1", 备注: "宁波港装柜" }, { 单号: "SH-1" });
    const result = plan(data, { number: "SH-1", state: "异常", remark: " 外箱破损2箱 " });
    if (!("steps" in result)) throw new Error("refused");
    const r = col("备注");
    expect(brief(result.steps)).toContain(
      `${r}2:${r}3=[["宁波港装柜；异常：外箱破损2箱"],["异常：外箱破损2箱"]]`,
    );
    expect(brief(result.steps)).toContain(`${col("回单状态")}2:${col("回单状态")}3=[["异常"],["异常"]]`);
  });

  test("a reason already in 备注 is not written twice", () => {
    const data = shipments(
      { 单号: "SH-1", 备注: "异常：外箱破损2箱", 回单状态: "异常", 回单日期: today },
      { 单号: "SH-1", 备注: "回单注明外箱破损2箱，待核实", 回单状态: "异常", 回单日期: today },
    );
    const result = plan(data, { number: "SH-1", state: "异常", remark: "外箱破损2箱" });
    expect(result).toEqual({ steps: [], number: "SH-1", rows: 2 });
  });

  test("已回 with a remark records it too; without one 备注 is untouched", () => {
    const data = shipments({ 单号: "SH-1", 备注: "先发" });
    const withRemark = plan(data, { number: "SH-1", state: "已回", remark: "客户补盖章" });
    if (!("steps" in withRemark)) throw new Error("refused");
    expect(brief(withRemark.steps)).toContain(`${col("备注")}2=[["先发；已回：客户补盖章"]]`);
    const without = plan(data, { number: "SH-1", state: "已回", remark: "  " });
    if (!("steps" in without)) throw new Error("refused");
    expect(without.steps.map((s) => "address" in s && s.address[0])).not.toContain(col("备注"));
  });

  test("refuses a number with no rows, naming the 单号 header", () => {
    const data = shipments({ 单号: "SH-1" });
    const result = plan(data, { number: "SH-9", state: "已回" }, "en");
    expect(result).toEqual({
      problems: [
        expect.objectContaining({
          code: "note-not-found",
          sheet: "发货",
          cell: "A1",
          params: { number: "SH-9" },
        }),
      ],
    });
    if ("problems" in result) expect(result.problems[0]!.message).toContain("SH-9");
    expect(plan(data, { number: "  ", state: "已回" })).toMatchObject({
      problems: [{ code: "note-not-found" }],
    });
  });

  test("refuses 异常 without a reason, and says every wrong input at once", () => {
    const data = shipments({ 单号: "SH-1" });
    expect(plan(data, { number: "SH-1", state: "异常" })).toMatchObject({
      problems: [{ code: "remark-required", severity: "error", params: { number: "SH-1" } }],
    });
    expect(plan(data, { number: "SH-9", state: "异常", remark: " " })).toMatchObject({
      problems: [{ code: "remark-required" }, { code: "note-not-found" }],
    });
  });

  test("refuses a state other than 已回 or 异常", () => {
    const data = shipments({ 单号: "SH-1" });
    for (const state of ["未回", "done"]) {
      const result = plan(data, { number: "SH-1", state } as unknown as SignedCopyMark);
      expect(result).toMatchObject({
        problems: [
          { code: "not-in-list", params: { column: "回单状态", options: "已回 / 异常", value: state } },
        ],
      });
    }
  });

  test("refuses without the Shipments table or a column it writes", () => {
    expect(
      plan(makeWorkbookData({ without: ["Shipments"] }), { number: "SH-1", state: "已回" }),
    ).toMatchObject({
      problems: [{ code: "table-missing", sheet: "发货", params: { table: "Shipments" } }],
    });
    const without = (header: string): WorkbookData => ({
      Shipments: makeTable(SHIPMENTS_TABLE, [makeShipment({ 单号: "SH-1" })], {
        headers: SHIPMENTS_TABLE.columns.map((c) => c.header).filter((h) => h !== header),
      }),
    });
    for (const header of ["单号", "回单状态", "回单日期"]) {
      expect(plan(without(header), { number: "SH-1", state: "已回" })).toMatchObject({
        problems: [{ code: "column-missing", cell: "A1", params: { column: header } }],
      });
    }
    // 备注 is needed only when there is a remark to write.
    expect(plan(without("备注"), { number: "SH-1", state: "已回" })).toMatchObject({ rows: 1 });
    expect(plan(without("备注"), { number: "SH-1", state: "异常", remark: "破损" })).toMatchObject({
      problems: [{ code: "column-missing", params: { column: "备注" } }],
    });
  });
});
