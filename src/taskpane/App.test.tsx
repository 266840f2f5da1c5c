import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { makeProblem } from "../core/messages";
import type { Lang } from "../core/problems";
import type { Actions } from "../excel/actions";
import { App } from "./App";
import type { PaneState } from "./paneState";

const unusedActions: Actions = {
  setupWorkbook: () => Promise.reject(new Error("not called while rendering")),
  selectCell: () => Promise.reject(new Error("not called while rendering")),
  checkWorkbook: () => Promise.reject(new Error("not called while rendering")),
  trackingView: () => Promise.reject(new Error("not called while rendering")),
  costingView: () => Promise.reject(new Error("not called while rendering")),
};

function render(lang: Lang, initialState?: PaneState): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <App actions={unusedActions} initialLang={lang} initialState={initialState} />
    </FluentProvider>,
  );
}

/** The HTML of the element carrying `data-testid`, up to the end of the page (enough for toContain). */
function from(html: string, testId: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  if (at < 0) throw new Error(`no ${testId} in the page`);
  return html.slice(at);
}

function count(html: string, text: string): number {
  return html.split(text).length - 1;
}

describe("App", () => {
  test("in Chinese: the sections, the setup button and the switch to English", () => {
    const html = render("zh");
    for (const title of ["跟单助手", "工作簿", "订单", "核价", "送货单", "对账单"])
      expect(html).toContain(title);
    expect(from(html, "setup-button")).toMatch(/^[^>]*>初始化\/升级</);
    expect(from(html, "lang-switch")).toMatch(/^[^>]*>English</);
    expect(html).toContain('data-lang="zh"');
    // 工作簿 starts open; the sections still to come start closed.
    expect(html).toMatch(/<details[^>]*open=""[^>]*data-testid="section-workbook"/);
    expect(html).toMatch(/<details[^>]*data-testid="section-orders"/);
    expect(html).not.toMatch(/<details[^>]*open=""[^>]*data-testid="section-orders"/);
  });

  test("in English: the same sections in English", () => {
    const html = render("en");
    for (const title of ["Gendan", "Workbook", "Orders", "Costing", "Delivery notes", "Statements"]) {
      expect(html).toContain(title);
    }
    expect(html).not.toContain("工作簿");
    expect(from(html, "setup-button")).toMatch(/^[^>]*>Set up \/ upgrade</);
    expect(from(html, "lang-switch")).toMatch(/^[^>]*>中文</);
  });

  test("idle: an empty status area and no problem list", () => {
    const html = render("zh");
    expect(from(html, "status-area")).toMatch(/^[^>]*data-state="idle"[^>]*><\/section>/);
    expect(html).not.toContain("problem-list");
  });

  test("while setup runs: the button waits and the bar shows how far it is", () => {
    const html = render("en", {
      running: { action: "setupWorkbook", progress: { done: 2, total: 4, step: "write" } },
      result: null,
      problems: [],
    });
    expect(from(html, "setup-button")).toMatch(/^[^>]*disabled/);
    const status = from(html, "status-area");
    expect(status).toContain("Setting up the workbook… Writing 2 of 4");
    expect(status).toMatch(
      /role="progressbar"[^>]*aria-valuenow="0.5"|aria-valuenow="0.5"[^>]*role="progressbar"/,
    );
  });

  test("before any progress the bar is indeterminate", () => {
    const html = render("zh", { running: { action: "setupWorkbook" }, result: null, problems: [] });
    expect(from(html, "status-area")).toContain("正在初始化工作簿…");
    expect(html).toMatch(/role="progressbar"/);
    expect(html).not.toContain("aria-valuenow");
  });

  test("a failure shows its message as an error", () => {
    const html = render("en", {
      running: null,
      result: { kind: "failed", message: "The request failed (GeneralException)" },
      problems: [],
    });
    expect(from(html, "status-error")).toContain("The action failed: The request failed (GeneralException)");
    expect(from(html, "setup-button")).not.toMatch(/^[^>]*disabled/);
  });

  test("a done outcome says what was done", () => {
    const outcome = {
      problems: [],
      done: { code: "setup-done", params: { sheets: "参数", tables: "Settings", rows: 12, names: 12 } },
    };
    const html = render("zh", { running: null, result: { kind: "done", outcome }, problems: [] });
    expect(from(html, "status-done")).toContain(
      "初始化完成，已添加：工作表 参数，表格 Settings，12 行，12 个名称。",
    );
  });

  test("refused with problems: counts, locations and messages in the pane's language", () => {
    const problems = [
      makeProblem("zh", "error", "name-taken", { sheet: "参数", cell: "A1" }, { name: "Settings" }),
      makeProblem("zh", "error", "sheet-not-ours", { sheet: "参数" }, { sheet: "参数", table: "Settings" }),
      makeProblem(
        "zh",
        "warning",
        "table-elsewhere",
        { sheet: "Sheet1", cell: "B2" },
        {
          table: "Settings",
          sheet: "Sheet1",
          expected: "参数",
        },
      ),
    ];
    const html = render("en", { running: null, result: { kind: "done", outcome: { problems } }, problems });
    expect(from(html, "status-refused")).toContain("Found 2 errors; nothing was changed.");
    const counts = from(html, "problem-counts");
    expect(counts).toContain("2 errors");
    expect(counts).toContain("1 warning");
    expect(count(html, 'data-testid="problem-item"')).toBe(3);
    expect(html).toContain("参数!A1");
    expect(html).toContain("Sheet1!B2");
    expect(html).toContain("参数 (whole sheet)");
    // Made in Chinese, shown in English because the pane is in English now.
    expect(html).toContain("The name");
    expect(html).not.toContain("已被占用");
  });
});
