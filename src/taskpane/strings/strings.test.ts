import { doneMessage, runningText, severitySummary, stringsFor } from ".";
import type { Strings } from "./types";
import { en } from "./en";
import { zh } from "./zh";

const SAMPLE_PARAMS = {
  sheets: "参数",
  tables: "Settings",
  rows: 12,
  names: 12,
  number: "SH20261122-01",
  lines: 3,
  state: "已回",
  notes: 2,
  customer: "杭州家乐惠商贸有限公司",
  currency: "CNY",
  closing: "45420.00",
  statements: 5,
  summary: "应收汇总 2026-10",
  skipped: 2,
};

/** Every leaf of a strings object as [path, text], functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    // Functions take a params object, a code string, or counts; give each what it reads.
    const fn = value as (...args: unknown[]) => unknown;
    const text = path.startsWith("done.") ? fn(SAMPLE_PARAMS) : fn(3, 7);
    return [[path, String(text)]];
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  throw new Error(`${path} is neither text nor a message function`);
}

describe("task pane strings", () => {
  test("zh and en have the same keys", () => {
    const keys = (s: Strings) => leaves(s).map(([path]) => path);
    expect(keys(en)).toEqual(keys(zh));
    expect(keys(zh).length).toBeGreaterThan(30);
  });

  test.each([
    ["zh", zh],
    ["en", en],
  ])("every %s string is non-empty", (_lang, strings) => {
    for (const [path, text] of leaves(strings)) {
      expect([path, text.trim().length > 0]).toEqual([path, true]);
      expect([path, text.includes("undefined")]).toEqual([path, false]);
    }
  });

  test("the language switch names the other language", () => {
    expect(stringsFor("zh").switchLanguage).toBe("English");
    expect(stringsFor("en").switchLanguage).toBe("中文");
  });

  test("setup-done lists what was added", () => {
    expect(doneMessage(zh, "setup-done", SAMPLE_PARAMS)).toBe(
      "初始化完成，已添加：工作表 参数，表格 Settings，12 行，12 个名称。",
    );
    expect(doneMessage(en, "setup-done", { sheets: "参数", tables: "", rows: 1, names: 0 })).toBe(
      "Set up. Added sheets 参数, 1 row.",
    );
  });

  test("setup-done names the columns added and the formulas brought up to date", () => {
    const upgrade = {
      sheets: "",
      tables: "",
      rows: 0,
      names: 0,
      columns: "订单首行, 首行总额",
      formulas: "订单总额",
    };
    expect(doneMessage(zh, "setup-done", upgrade)).toBe(
      "初始化完成，已添加：列 订单首行, 首行总额。已更新公式：订单总额。",
    );
    expect(doneMessage(en, "setup-done", { ...upgrade, columns: "" })).toBe(
      "Set up. Formulas brought up to date: 订单总额.",
    );
  });

  test("an unknown done-code falls back to a message naming it", () => {
    expect(doneMessage(en, "statement-done", {})).toBe("Done (statement-done).");
    expect(doneMessage(zh, "toString", {})).toBe("已完成（toString）。");
  });

  test("a check's summary counts by severity, most severe first, leaving out zeros", () => {
    expect(severitySummary(zh, { error: 3, warning: 1, info: 0 })).toBe("3 个错误，1 个警告");
    expect(severitySummary(en, { error: 3, warning: 1, info: 0 })).toBe("3 errors, 1 warning");
    expect(severitySummary(en, { error: 1, warning: 0, info: 2 })).toBe("1 error, 2 info");
    expect(severitySummary(zh, { error: 0, warning: 0, info: 2 })).toBe("2 个提示");
  });

  test("a clean check says no problems were found", () => {
    expect(severitySummary(zh, { error: 0, warning: 0, info: 0 })).toBe("未发现问题");
    expect(severitySummary(en, { error: 0, warning: 0, info: 0 })).toBe("No problems found");
  });

  test("check-done says every count", () => {
    const params = { errors: 3, warnings: 1, infos: 0 };
    expect(doneMessage(zh, "check-done", params)).toBe("校验完成：3 个错误，1 个警告，0 个提示。");
    expect(doneMessage(en, "check-done", params)).toBe("Check finished: 3 errors, 1 warning, 0 info.");
  });

  test("a note issued and a signed copy marked, as the actions report them", () => {
    const issued = { number: "SH20261122-01", lines: 1, quantity: 60, amount: "750.00", currency: "CNY" };
    expect(doneMessage(zh, "delivery-issued", issued)).toBe("已生成送货单 SH20261122-01，共 1 行。");
    expect(doneMessage(en, "return-issued", { ...issued, number: "TH20261122-01", lines: 2 })).toBe(
      "Issued return note TH20261122-01 (2 lines).",
    );
    const marked = { number: "SH20261101-01", state: "异常", rows: 2, date: "2026-11-22" };
    expect(doneMessage(zh, "signed-copy-marked", marked)).toBe(
      "SH20261101-01 的回单已记为「异常」（2 行）。",
    );
    expect(doneMessage(en, "signed-copy-marked", { ...marked, state: "已回", rows: 1 })).toBe(
      "Signed copy of SH20261101-01 marked returned (1 row).",
    );
  });

  test("notes-repaired says how many rows came back from how many note sheets", () => {
    expect(doneMessage(zh, "notes-repaired", { notes: 2, rows: 5 })).toBe("已从 2 张单据补回 5 行发货记录。");
    expect(doneMessage(en, "notes-repaired", { notes: 2, rows: 5 })).toBe(
      "Restored 5 发货 rows from 2 note sheets.",
    );
    expect(doneMessage(en, "notes-repaired", { notes: 1, rows: 1 })).toBe(
      "Restored 1 发货 row from 1 note sheet.",
    );
  });

  test("statement-issued names the customer and the balance due in its currency", () => {
    expect(doneMessage(zh, "statement-issued", SAMPLE_PARAMS)).toBe(
      "已生成「杭州家乐惠商贸有限公司」的对账单，本期结欠 45420.00 CNY。",
    );
    expect(doneMessage(en, "statement-issued", { ...SAMPLE_PARAMS, customer: "Acme", currency: "USD" })).toBe(
      "Issued the statement for Acme: balance due 45420.00 USD.",
    );
  });

  test("statements-issued counts the statements, names the summary, and says who was left out", () => {
    const batch = { statements: 5, summary: "应收汇总 2026-10", skipped: 0 };
    expect(doneMessage(zh, "statements-issued", batch)).toBe(
      "已生成 5 张对账单及汇总表「应收汇总 2026-10」。",
    );
    expect(doneMessage(en, "statements-issued", batch)).toBe(
      'Issued 5 statements and the summary "应收汇总 2026-10".',
    );
    expect(doneMessage(zh, "statements-issued", { ...batch, skipped: 2 })).toBe(
      "已生成 5 张对账单及汇总表「应收汇总 2026-10」。2 位客户未生成，原因见下方问题。",
    );
    expect(doneMessage(en, "statements-issued", { ...batch, statements: 1, skipped: 1 })).toBe(
      'Issued 1 statement and the summary "应收汇总 2026-10". 1 customer was left out; see the problems below.',
    );
    // No customer to do: the summary alone, which says so on its sheet.
    expect(doneMessage(en, "statements-issued", { ...batch, statements: 0 })).toBe(
      'Issued 0 statements and the summary "应收汇总 2026-10".',
    );
  });

  test("a running action: its name, then the phase and the count once it reports a total", () => {
    expect(runningText(zh, { action: "checkWorkbook" })).toBe("正在校验…");
    expect(runningText(en, { action: "checkWorkbook", progress: { done: 0, total: 0, step: "read" } })).toBe(
      "Checking…",
    );
    expect(runningText(en, { action: "setupWorkbook", progress: { done: 2, total: 4, step: "write" } })).toBe(
      "Setting up the workbook… Writing 2 of 4",
    );
    // A phase this pane does not know shows the count alone, even one named like an Object method.
    for (const step of ["sort", "toString", "constructor"]) {
      expect(runningText(zh, { action: "issueNote", progress: { done: 1, total: 3, step } })).toBe(
        "正在生成单据… 1 / 3",
      );
    }
  });

  test("the batch of statements counts customers as it lays them out, then counts its writes", () => {
    const batch = (done: number, total: number, step: string) =>
      ({ action: "issueStatements", progress: { done, total, step } }) as const;
    expect(runningText(zh, batch(1, 12, "statement"))).toBe("正在生成全部客户的对账单… 第 1/12 位客户");
    expect(runningText(en, batch(12, 12, "statement"))).toBe(
      "Issuing every customer's statement… customer 12 of 12",
    );
    expect(runningText(zh, batch(2, 3, "write"))).toBe("正在生成全部客户的对账单… 写入 2 / 3");
    expect(runningText(en, batch(1, 2, "read"))).toBe("Issuing every customer's statement… Reading 1 of 2");
  });

  test("the 核价 labels in Chinese are the sheet's headers", () => {
    expect(zh.costingFields).toEqual({
      product: "货号",
      price: "美金卖价",
      rate: "汇率",
      cost: "成本",
      profit: "利润",
      margin: "销售利润率",
    });
  });
});
