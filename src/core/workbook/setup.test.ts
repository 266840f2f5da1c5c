import type { PlanStep } from "../plan";
import { SETTINGS, SETTINGS_TABLE } from "./schema";
import { planSetup, type SetupSnapshot } from "./setup";

const emptyBook: SetupSnapshot = { sheets: [{ name: "Sheet1", isBlank: true }], tables: [], names: [] };

function stepsOf<K extends PlanStep["kind"]>(steps: PlanStep[], kind: K): Extract<PlanStep, { kind: K }>[] {
  return steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
}

describe("planSetup on a new workbook", () => {
  const { plan, problems, added } = planSetup(emptyBook, "zh");

  test("adds the 参数 sheet with the Settings table at A1", () => {
    expect(problems).toEqual([]);
    expect(stepsOf(plan.steps, "addSheet")).toEqual([
      { kind: "addSheet", sheet: "参数", tabColor: SETTINGS_TABLE.tabColor },
    ]);
    const table = stepsOf(plan.steps, "addTable")[0];
    expect(table).toMatchObject({ sheet: "参数", table: "Settings", address: `A1:C${SETTINGS.length + 1}` });
    expect(added).toEqual({
      sheets: ["参数"],
      tables: ["Settings"],
      rows: SETTINGS.length,
      names: SETTINGS.map((s) => s.name),
    });
  });

  test("writes the contract's headers and every setting with its default", () => {
    const values = stepsOf(plan.steps, "values")[0]!.values;
    expect(values[0]).toEqual(["项目", "值", "说明"]);
    const byItem = new Map(values.slice(1).map((row) => [row[0], row[1]]));
    expect(byItem.get("净收汇系数")).toBe(0.96);
    expect(byItem.get("订金比例")).toBe(0.3);
    expect(byItem.get("交期预警天数")).toBe(7);
    expect(byItem.get("最低利润率")).toBe(0.1);
    expect(byItem.get("送货单前缀")).toBe("SH");
    expect(byItem.get("退货单前缀")).toBe("TH");
    expect(byItem.get("超发允许比例")).toBe(0);
    expect(byItem.get("对账回传天数")).toBe(7);
    expect(byItem.get("公司名称")).toBeNull();
  });

  test("names every value cell", () => {
    const names = new Map(stepsOf(plan.steps, "addName").map((s) => [s.name, s.reference]));
    expect(names.get("FX_USD")).toBe("=参数!$B$5");
    expect(names.get("NET_FACTOR")).toBe("=参数!$B$6");
    expect(names.get("DEPOSIT_RATE")).toBe("=参数!$B$7");
    expect(names.size).toBe(SETTINGS.length);
  });
});

describe("planSetup on a workbook that has it", () => {
  const body = SETTINGS.map((s) => [s.item, s.defaultValue === "" ? null : s.defaultValue, s.note]);
  const complete: SetupSnapshot = {
    sheets: [{ name: "参数", isBlank: false }],
    tables: [
      {
        name: "Settings",
        sheet: "参数",
        address: `A1:C${SETTINGS.length + 1}`,
        headers: ["项目", "值", "说明"],
        body,
      },
    ],
    names: SETTINGS.map((s) => s.name),
  };

  test("plans nothing when everything is there", () => {
    const result = planSetup(complete, "zh");
    expect(result.plan.steps).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test("appends only the missing settings below the table and names them", () => {
    const partial: SetupSnapshot = {
      ...complete,
      tables: [
        {
          ...complete.tables[0]!,
          address: "A1:D4",
          headers: ["项目", "值", "说明", "我的备注"],
          body: body.slice(0, 3).map((r) => [...r, "keep"]),
        },
      ],
      names: ["COMPANY_NAME", "COMPANY_ADDRESS", "COMPANY_PHONE"],
    };
    const { plan } = planSetup(partial, "en");
    const values = stepsOf(plan.steps, "values");
    expect(values).toHaveLength(1);
    expect(values[0]!.address).toBe(`A5:D${4 + SETTINGS.length - 3}`);
    expect(values[0]!.values[0]).toEqual(["美元汇率", 7.1, SETTINGS[3]!.note, null]);
    const names = stepsOf(plan.steps, "addName");
    expect(names.map((n) => n.name)).toEqual(SETTINGS.slice(3).map((s) => s.name));
    expect(names[0]!.reference).toBe("=参数!$B$5");
    expect(stepsOf(plan.steps, "addSheet")).toEqual([]);
    expect(stepsOf(plan.steps, "addTable")).toEqual([]);
  });

  test("a name that points elsewhere is left alone; a missing one is added where its item is", () => {
    const moved: SetupSnapshot = {
      ...complete,
      tables: [{ ...complete.tables[0]!, address: `C3:E${SETTINGS.length + 3}` }],
      names: SETTINGS.filter((s) => s.name !== "FX_USD").map((s) => s.name),
    };
    const names = stepsOf(planSetup(moved, "zh").plan.steps, "addName");
    expect(names).toEqual([
      { kind: "addName", name: "FX_USD", reference: "=参数!$D$7", comment: "美元汇率" },
    ]);
  });
});

describe("planSetup refuses to take over the user's things", () => {
  test("a non-blank sheet 参数 without our table", () => {
    const snapshot: SetupSnapshot = { sheets: [{ name: "参数", isBlank: false }], tables: [], names: [] };
    const { plan, problems } = planSetup(snapshot, "zh");
    expect(plan.steps).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: "error",
      code: "sheet-not-ours",
      sheet: "参数",
      cell: "A1",
    });
    expect(problems[0]!.message).toContain("参数");
    expect(planSetup(snapshot, "en").problems[0]!.message).toMatch(/Rename or move it/);
  });

  test("a blank sheet 参数 is used as it is", () => {
    const { plan, problems } = planSetup(
      { sheets: [{ name: "参数", isBlank: true }], tables: [], names: [] },
      "zh",
    );
    expect(problems).toEqual([]);
    expect(stepsOf(plan.steps, "addSheet")).toEqual([]);
    expect(stepsOf(plan.steps, "addTable")).toHaveLength(1);
  });

  test("our table on another sheet", () => {
    const snapshot: SetupSnapshot = {
      sheets: [{ name: "Sheet1", isBlank: false }],
      tables: [
        { name: "settings", sheet: "Sheet1", address: "A1:C2", headers: ["项目", "值", "说明"], body: [] },
      ],
      names: [],
    };
    const { plan, problems } = planSetup(snapshot, "en");
    expect(plan.steps).toEqual([]);
    expect(problems[0]).toMatchObject({ code: "table-elsewhere", sheet: "Sheet1" });
  });
});
