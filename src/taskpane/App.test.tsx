import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { makeProblem } from "../core/messages";
import type { Lang } from "../core/problems";
import type { Actions } from "../excel/actions";
import { App } from "./App";
import { initialPaneState, type PaneState } from "./paneState";
import type { SectionId } from "./strings";
import { makeCostingRow, makeCostingSnapshot, makeTrackingView, makeUrgentLine } from "./testing/views";

const notCalled = () => Promise.reject(new Error("not called while rendering"));
/** Every action, whatever Actions holds: none is called while rendering. */
const unusedActions = new Proxy({}, { get: () => notCalled }) as Actions;

function render(lang: Lang, initialState?: PaneState, openSection?: SectionId): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <App actions={unusedActions} initialLang={lang} initialState={initialState} openSection={openSection} />
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

/** The opening tag of each element carrying `data-testid`, in page order. */
function tags(html: string, testId: string): string[] {
  return html
    .split(`data-testid="${testId}"`)
    .slice(1)
    .map((after, i, parts) => {
      const before = i === 0 ? html.split(`data-testid="${testId}"`)[0]! : parts[i - 1]!;
      return (
        before.slice(before.lastIndexOf("<")) +
        `data-testid="${testId}"` +
        after.slice(0, after.indexOf(">") + 1)
      );
    });
}

/** Each button carrying `data-testid`, from its testid to its end, with the markup inside it. */
function buttons(html: string, testId: string): string[] {
  return html
    .split(`data-testid="${testId}"`)
    .slice(1)
    .map((after) => after.slice(0, after.indexOf("</button>")));
}

/** The text of markup: tags dropped. */
function text(markup: string): string {
  return markup.replace(/^[^>]*>/, "").replace(/<[^>]*>/g, "");
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
      ...initialPaneState,
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
    const html = render("zh", {
      ...initialPaneState,
      running: { action: "setupWorkbook" },
      result: null,
      problems: [],
    });
    expect(from(html, "status-area")).toContain("正在初始化工作簿…");
    expect(html).toMatch(/role="progressbar"/);
    expect(html).not.toContain("aria-valuenow");
  });

  test("a failure shows its message as an error", () => {
    const html = render("en", {
      ...initialPaneState,
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
    const html = render("zh", {
      ...initialPaneState,
      running: null,
      result: { kind: "done", outcome },
      problems: [],
    });
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
    const html = render("en", {
      ...initialPaneState,
      running: null,
      result: { kind: "done", outcome: { problems } },
      problems,
    });
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

  test("opened from the ribbon's 校验 button: 订单 starts open instead of 工作簿", () => {
    const html = render("zh", undefined, "orders");
    expect(html).toMatch(/<details[^>]*open=""[^>]*data-testid="section-orders"/);
    expect(html).not.toMatch(/<details[^>]*open=""[^>]*data-testid="section-workbook"/);
    expect(count(html, 'open=""')).toBe(1);
  });

  test("送货单 loads nothing until it is opened", () => {
    const html = render("zh");
    expect(from(html, "section-deliveryNotes")).toMatch(
      /^[^>]*><summary[^>]*>送货单<\/summary><div[^>]*><\/div><\/details>/,
    );
    expect(html).not.toContain("note-kind");
    expect(html).not.toContain("正在加载…");
  });

  test("opened from the ribbon's 生成送货单 button: 送货单 starts open and loads its code", () => {
    const html = render("zh", undefined, "deliveryNotes");
    expect(html).toMatch(/<details[^>]*open=""[^>]*data-testid="section-deliveryNotes"/);
    expect(count(html, 'open=""')).toBe(1);
    // The section's chunk is fetched on demand: until it arrives, the section says it is loading.
    expect(from(html, "section-deliveryNotes")).toContain("正在加载…");
    expect(render("en", undefined, "deliveryNotes")).toContain("Loading…");
  });

  test("对账单 loads nothing until it is opened", () => {
    const html = render("zh");
    expect(from(html, "section-statements")).toMatch(
      /^[^>]*><summary[^>]*>对账单<\/summary><div[^>]*><\/div><\/details>/,
    );
    expect(html).not.toContain("statement-customer");
    expect(html).not.toContain("即将推出");
  });

  test("opened from the ribbon's 对账单 button: 对账单 starts open and loads its code", () => {
    const html = render("zh", undefined, "statements");
    expect(html).toMatch(/<details[^>]*open=""[^>]*data-testid="section-statements"/);
    expect(count(html, 'open=""')).toBe(1);
    // The section's chunk is fetched on demand: until it arrives, the section says it is loading.
    expect(from(html, "section-statements")).toContain("正在加载…");
    expect(from(render("en", undefined, "statements"), "section-statements")).toContain("Loading…");
  });

  test("a statement issued: the status area names the customer and the balance due", () => {
    const outcome = {
      problems: [],
      done: {
        code: "statement-issued",
        params: {
          customer: "杭州家乐惠商贸有限公司",
          currency: "CNY",
          opening: "48620.00",
          deliveries: "26800.00",
          returns: "0.00",
          payments: "30000.00",
          closing: "45420.00",
          sheet: "对账单 杭州家乐惠商贸有限公司 2026-10",
        },
      },
    };
    const state: PaneState = { ...initialPaneState, result: { kind: "done", outcome } };
    expect(text(from(render("zh", state), "status-done"))).toContain(
      "已生成「杭州家乐惠商贸有限公司」的对账单，本期结欠 45420.00 CNY。",
    );
    expect(text(from(render("en", state), "status-done"))).toContain(
      "Issued the statement for 杭州家乐惠商贸有限公司: balance due 45420.00 CNY.",
    );
  });

  test("every customer's statements being laid out: the status area counts customers, then writes", () => {
    const running = (done: number, total: number, step: string): PaneState => ({
      ...initialPaneState,
      running: { action: "issueStatements", progress: { done, total, step } },
    });
    const zh = from(render("zh", running(3, 12, "statement")), "status-area");
    expect(text(zh)).toContain("正在生成全部客户的对账单… 第 3/12 位客户");
    expect(zh).toMatch(/aria-valuenow="0.25"/);
    expect(text(from(render("en", running(3, 12, "statement")), "status-area"))).toContain(
      "Issuing every customer&#x27;s statement… customer 3 of 12",
    );
    expect(text(from(render("zh", running(1, 4, "write")), "status-area"))).toContain(
      "正在生成全部客户的对账单… 写入 1 / 4",
    );
  });

  test("every customer's statements issued: how many, the summary's name, and who was left out", () => {
    // A customer left out: one of its 发货 rows is in another currency.
    const left = makeProblem(
      "zh",
      "error",
      "statement-mixed-currency",
      { sheet: "发货", cell: "M7" },
      {
        customer: "宁波华美",
        currency: "CNY",
        count: 1,
        sheet: "发货",
        currencies: "USD",
        cells: "M7",
      },
    );
    const outcome = (skipped: number) => ({
      problems: skipped > 0 ? [left] : [],
      done: { code: "statements-issued", params: { statements: 5, summary: "应收汇总 2026-10", skipped } },
    });
    const state = (skipped: number): PaneState => ({
      ...initialPaneState,
      result: { kind: "done", outcome: outcome(skipped) },
      problems: outcome(skipped).problems,
    });
    expect(text(from(render("zh", state(0)), "status-done"))).toMatch(
      /^已生成 5 张对账单及汇总表「应收汇总 2026-10」。$/,
    );
    expect(text(from(render("en", state(0)), "status-done"))).toMatch(
      /^Issued 5 statements and the summary &quot;应收汇总 2026-10&quot;\.$/,
    );
    const partial = render("zh", state(1));
    expect(text(from(partial, "status-done"))).toContain(
      "已生成 5 张对账单及汇总表「应收汇总 2026-10」。1 位客户未生成，原因见下方问题。",
    );
    // The others were written: said as done, not as a refusal, with the customer left out listed.
    expect(partial).not.toContain("status-refused");
    expect(tags(partial, "problem-item")).toHaveLength(1);
    expect(tags(partial, "problem-item")[0]).toContain('data-cell="M7"');
  });

  test("the 订单 and 核价 sections offer 校验, 刷新 and 读取核价, and show nothing read yet", () => {
    const html = render("zh");
    expect(from(html, "section-orders")).toContain('data-testid="check-button"');
    expect(from(html, "check-button")).toMatch(/^[^>]*>校验</);
    expect(from(html, "tracking-refresh")).toMatch(/^[^>]*>刷新</);
    expect(from(html, "costing-load")).toMatch(/^[^>]*>读取核价</);
    expect(html).toContain("查看逾期和将到期的订单行。");
    for (const id of ["check-summary", "tracking-line", "production-count", "costing-product"]) {
      expect(html).not.toContain(`data-testid="${id}"`);
    }
    const en = render("en");
    expect(from(en, "check-button")).toMatch(/^[^>]*>Check</);
    expect(from(en, "tracking-refresh")).toMatch(/^[^>]*>Refresh</);
    expect(from(en, "costing-load")).toMatch(/^[^>]*>Load costing</);
  });

  test("while a check runs: every action button waits and the bar counts rows read", () => {
    const html = render("zh", {
      ...initialPaneState,
      running: { action: "checkWorkbook", progress: { done: 40, total: 120, step: "read" } },
    });
    for (const id of ["setup-button", "check-button", "tracking-refresh", "costing-load"]) {
      expect([id, tags(html, id)[0]]).toEqual([id, expect.stringMatching(/ disabled=""/)]);
    }
    expect(from(html, "status-area")).toContain("正在校验… 读取 40 / 120");
  });

  test("after a check: the summary line by severity, the problems, and the counts in the status", () => {
    const problems = [
      makeProblem("zh", "error", "name-taken", { sheet: "订单", cell: "B3" }, { name: "Orders" }),
      makeProblem("zh", "error", "name-taken", { sheet: "订单", cell: "B4" }, { name: "Orders" }),
      makeProblem(
        "zh",
        "warning",
        "table-elsewhere",
        { sheet: "Sheet1", cell: "B2" },
        { table: "Orders", sheet: "Sheet1", expected: "订单" },
      ),
    ];
    const outcome = { problems, done: { code: "check-done", params: { errors: 2, warnings: 1, infos: 0 } } };
    const state: PaneState = {
      ...initialPaneState,
      result: { kind: "done", outcome },
      problems,
      checked: { error: 2, warning: 1, info: 0 },
    };
    const zh = render("zh", state);
    expect(tags(zh, "check-summary")[0]).toContain('data-severity="error"');
    expect(text(from(zh, "check-summary")).startsWith("2 个错误，1 个警告")).toBe(true);
    // A check that found errors reports them; it did not refuse anything.
    expect(zh).not.toContain("status-refused");
    expect(from(zh, "status-done")).toContain("校验完成：2 个错误，1 个警告，0 个提示。");
    expect(count(zh, 'data-testid="problem-item"')).toBe(3);
    expect(zh).toContain("订单!B3");

    const en = render("en", state);
    expect(text(from(en, "check-summary")).startsWith("2 errors, 1 warning")).toBe(true);
  });

  test("a clean check says so", () => {
    const html = render("zh", { ...initialPaneState, checked: { error: 0, warning: 0, info: 0 } });
    expect(tags(html, "check-summary")[0]).toContain('data-severity="success"');
    expect(text(from(html, "check-summary")).startsWith("未发现问题")).toBe(true);
    expect(
      text(
        from(
          render("en", { ...initialPaneState, checked: { error: 0, warning: 0, info: 0 } }),
          "check-summary",
        ),
      ),
    ).toMatch(/^No problems found/);
  });

  describe("tracking", () => {
    const tracking = makeTrackingView({
      urgent: [
        makeUrgentLine({
          cell: "H5",
          orderNo: "SO-2401",
          lineNo: "1",
          customer: "宁波华美",
          product: "HM-101",
          due: "2024-05-01",
          status: "逾期",
          daysLate: 3,
          production: "生产中",
        }),
        makeUrgentLine({
          cell: "H9",
          orderNo: "SO-2402",
          lineNo: "3",
          customer: "",
          product: "HM-205",
          due: "2024-05-06",
          status: "将到期",
          daysLate: 0,
          daysLeft: 2,
          production: "未填",
        }),
      ],
      urgentTotal: 5,
      byProduction: [
        { state: "生产中", count: 3 },
        { state: "未填", count: 2 },
      ],
    });

    test("urgent lines: overdue red, due soon amber, each naming its cell", () => {
      const html = render("zh", { ...initialPaneState, tracking });
      const lines = buttons(html, "tracking-line");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^ data-status="overdue" data-sheet="订单" data-cell="H5"/);
      expect(text(lines[0]!)).toBe("逾期 3 天SO-2401-1 · 宁波华美HM-101 · 2024-05-01 · 生产中");
      expect(lines[1]).toMatch(/^ data-status="due-soon" data-sheet="订单" data-cell="H9"/);
      expect(text(lines[1]!)).toBe("还剩 2 天SO-2402-3HM-205 · 2024-05-06 · 未填");
      expect(html).toContain("另有 3 行未列出");
      expect(html).not.toContain("查看逾期和将到期的订单行。");
    });

    test("counts by 生产状态, in the pane's language where the pane made the word", () => {
      const html = render("en", { ...initialPaneState, tracking });
      const chips = tags(html, "production-count");
      expect(chips).toHaveLength(2);
      expect(chips[0]).toContain('data-state="生产中" data-count="3"');
      expect(text(from(html, "production-count")).startsWith("生产中 3")).toBe(true);
      expect(chips[1]).toContain('data-state="未填" data-count="2"');
      expect(text(html)).toContain("Not set 2");
      expect(text(buttons(html, "tracking-line")[0]!)).toContain("3 days late");
      expect(text(buttons(html, "tracking-line")[1]!)).toContain("2 days left");
      expect(html).toContain("and 3 more");
    });

    test("nothing urgent: says so, and no 'more'", () => {
      const html = render("en", {
        ...initialPaneState,
        tracking: makeTrackingView({ urgent: [], urgentTotal: 0, byProduction: [] }),
      });
      expect(html).toContain("No order lines are overdue or due soon.");
      expect(html).not.toContain("tracking-line");
      expect(html).not.toContain("production-count");
      expect(html).not.toContain("more");
    });
  });

  describe("costing", () => {
    const rows = [
      makeCostingRow({ product: "HM-101", cell: "A2", usdPrice: 10, rate: null, cost: 50, review: "已审核" }),
      makeCostingRow({
        product: "HM-205",
        cell: "A3",
        usdPrice: 3.35,
        rate: 6.9,
        cost: 20,
        review: "待审核",
        margin: 0.0748,
        belowMinimum: true,
      }),
      makeCostingRow({
        product: "HM-310",
        cell: "A4",
        usdPrice: null,
        rate: null,
        cost: 12,
        review: "待审核",
        margin: null,
        profit: null,
      }),
    ];

    test("preselects the selected row and shows its figures, below 最低利润率 in red with a note", () => {
      const html = render("zh", { ...initialPaneState, costing: makeCostingSnapshot({ rows, selected: 1 }) });
      expect(count(from(html, "costing-product"), "<option")).toBe(3);
      expect(from(html, "costing-product")).toMatch(/<option value="1" selected="">HM-205<\/option>/);
      expect(tags(html, "costing-price")[0]).toContain('value="3.35"');
      expect(tags(html, "costing-rate")[0]).toContain('value="6.9"');
      expect(tags(html, "costing-cost")[0]).toContain('value="20"');
      // 3.35 × 6.9 × 0.94 − 20 = 1.7281 → 1.73; 1.73 ÷ 23.115 = 7.5%
      expect(from(html, "costing-profit")).toMatch(/^[^>]*>1\.73</);
      expect(from(html, "costing-margin")).toMatch(/^[^>]*data-below-minimum="true"[^>]*>7\.5%</);
      expect(from(html, "costing-margin-note")).toMatch(/^[^>]*>低于最低利润率 10\.0%</);
      expect(html).toContain(">美金卖价<");
    });

    test("without a selected row: the first row, a blank 汇率 showing FX_USD", () => {
      const html = render("en", {
        ...initialPaneState,
        costing: makeCostingSnapshot({ rows, selected: -1 }),
      });
      expect(from(html, "costing-product")).toMatch(/<option value="0" selected="">HM-101<\/option>/);
      expect(tags(html, "costing-rate")[0]).toContain('value=""');
      expect(tags(html, "costing-rate")[0]).toContain('placeholder="7.2"');
      expect(from(html, "costing-profit")).toMatch(/^[^>]*>17\.68</);
      expect(from(html, "costing-margin")).toMatch(/^[^>]*data-below-minimum="false"[^>]*>24\.6%</);
      expect(html).not.toContain("costing-margin-note");
      expect(html).toContain(">Price (USD)<");
    });

    test("lists the rows below 最低利润率 and those 待审核, each naming its cell", () => {
      const html = render("zh", {
        ...initialPaneState,
        costing: makeCostingSnapshot({ rows, selected: -1 }),
      });
      const below = buttons(html, "costing-below");
      expect(below).toHaveLength(1);
      expect(below[0]).toMatch(/^ data-sheet="核价" data-cell="A3"/);
      expect(text(below[0]!)).toBe("HM-2057.5%");
      const pending = buttons(html, "costing-pending");
      expect(pending.map((b) => b.match(/data-cell="(\w+)"/)?.[1])).toEqual(["A3", "A4"]);
      expect(html).toContain("低于最低利润率 (1)");
      expect(html).toContain("待审核 (2)");
    });

    test("an empty 核价 sheet says so; empty lists say 无", () => {
      const empty = render("zh", { ...initialPaneState, costing: makeCostingSnapshot({ rows: [] }) });
      expect(empty).toContain("核价表中还没有货号。");
      expect(empty).not.toContain("costing-product");
      const clean = render("zh", {
        ...initialPaneState,
        costing: makeCostingSnapshot({ rows: [makeCostingRow({ review: "已审核" })] }),
      });
      expect(clean).not.toContain('data-testid="costing-below"');
      expect(clean).not.toContain('data-testid="costing-pending"');
      expect(count(clean, ">无<")).toBe(2);
    });
  });
});

describe("App: 修复送货单", () => {
  const missing = makeProblem(
    "zh",
    "error",
    "note-rows-missing",
    { sheet: "SH20261122-01" },
    { number: "SH20261122-01", count: 2 },
  );
  const other = makeProblem("zh", "error", "name-taken", { sheet: "订单", cell: "B3" }, { name: "Orders" });
  const afterCheck = (problems: PaneState["problems"]): PaneState => ({
    ...initialPaneState,
    result: {
      kind: "done",
      outcome: {
        problems,
        done: { code: "check-done", params: { errors: problems.length, warnings: 0, infos: 0 } },
      },
    },
    problems,
    checked: { error: problems.length, warning: 0, info: 0 },
  });

  test("offered in 订单 when the check found note rows missing from 发货", () => {
    const zh = render("zh", afterCheck([other, missing]));
    expect(count(zh, 'data-testid="repair-notes"')).toBe(1);
    expect(text(buttons(zh, "repair-notes")[0]!)).toBe("修复送货单");
    expect(tags(zh, "repair-notes")[0]).not.toContain("disabled");
    // In the 订单 section, before the problem list.
    expect(from(zh, "section-orders")).toContain('data-testid="repair-notes"');
    expect(zh.indexOf('data-testid="repair-notes"')).toBeLessThan(
      zh.indexOf('data-testid="section-costing"'),
    );
    expect(zh).toContain("有送货单工作表上的行在发货表中缺失");
    expect(text(buttons(render("en", afterCheck([missing])), "repair-notes")[0]!)).toBe("Restore note rows");
  });

  test("not offered before a check, nor when nothing is missing", () => {
    expect(render("zh")).not.toContain('data-testid="repair-notes"');
    expect(render("zh", afterCheck([other]))).not.toContain('data-testid="repair-notes"');
    expect(render("zh", afterCheck([]))).not.toContain('data-testid="repair-notes"');
  });

  test("waits while an action runs, which says it is restoring", () => {
    const html = render("en", {
      ...afterCheck([missing]),
      running: { action: "repairNotes", progress: { done: 1, total: 2, step: "write" } },
    });
    expect(tags(html, "repair-notes")[0]).toMatch(/ disabled=""/);
    expect(from(html, "status-area")).toContain("Restoring note rows… Writing 1 of 2");
  });

  test("after the repair: what was restored, then what the fresh check found", () => {
    const check = {
      problems: [other],
      done: { code: "check-done", params: { errors: 1, warnings: 0, infos: 0 } },
    };
    const state: PaneState = {
      ...afterCheck([other]),
      result: {
        kind: "done",
        outcome: check,
        prior: { code: "notes-repaired", params: { notes: 1, rows: 2 } },
      },
    };
    expect(text(from(render("zh", state), "status-done"))).toMatch(
      /^已从 1 张单据补回 2 行发货记录。\n校验完成：1 个错误，0 个警告，0 个提示。/,
    );
    const en = render("en", state);
    expect(text(from(en, "status-done"))).toMatch(
      /^Restored 2 发货 rows from 1 note sheet\.\nCheck finished: 1 error, 0 warnings, 0 info\./,
    );
    expect(en).not.toContain('data-testid="repair-notes"');
  });
});
