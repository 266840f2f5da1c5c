import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { Fen } from "../../core/money";
import type { Lang } from "../../core/problems";
import {
  initialStatementPanelState,
  statementPanelReducer,
  type StatementPanelEvent,
  type StatementPanelState,
} from "../statementForm";
import type { StatementSectionActions } from "../statementTasks";
import { makeStatement, makeStatementCustomers } from "../testing/statements";
import { paneKit } from "./paneKit";
import { createStatementsPanel } from "./StatementsPanel";

const StatementsPanel = createStatementsPanel(paneKit);

const notCalled = () => Promise.reject(new Error("not called while rendering"));
const unusedActions: StatementSectionActions = {
  statementCustomers: notCalled,
  issueStatement: notCalled,
  issueStatements: notCalled,
  selectCell: notCalled,
};

function render(state: StatementPanelState, { lang = "zh" as Lang, busy = false } = {}): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <StatementsPanel
        lang={lang}
        actions={unusedActions}
        busy={busy}
        run={notCalled}
        openings={1}
        initialState={state}
      />
    </FluentProvider>,
  );
}

function after(
  events: StatementPanelEvent[],
  start = initialStatementPanelState("2026-11-22"),
): StatementPanelState {
  return events.reduce(statementPanelReducer, start);
}

const listed = () => after([{ type: "customers", customers: makeStatementCustomers() }]);
const chosen = () => after([{ type: "form", patch: { customer: "Acme Trading" } }], listed());

/** The opening tag of each element carrying `data-testid`, in page order. */
function tags(html: string, testId: string): string[] {
  return [...html.matchAll(new RegExp(`<[^<>]*data-testid="${testId}"[^<>]*>`, "g"))].map((m) => m[0]);
}

/** The markup from the element carrying `data-testid` up to its closing `tag`. */
function element(html: string, testId: string, tag: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  if (at < 0) throw new Error(`no ${testId}`);
  const start = html.lastIndexOf("<", at);
  return html.slice(start, html.indexOf(`</${tag}>`, at) + tag.length + 3);
}

const text = (markup: string) => markup.replace(/<[^>]*>/g, "");

describe("StatementsPanel", () => {
  test("before anything is read: no customer to choose, last month as the period, the button waiting", () => {
    const html = render(initialStatementPanelState("2026-11-22"));
    expect(tags(html, "statement-customer")[0]).toContain('disabled=""');
    expect(tags(html, "statement-from")[0]).toMatch(/type="date"/);
    expect(tags(html, "statement-from")[0]).toContain('value="2026-10-01"');
    expect(tags(html, "statement-to")[0]).toContain('value="2026-10-31"');
    expect(element(html, "statement-detail", "select")).toMatch(
      /<option value="notes" selected="">按单据<\/option><option value="lines">按明细<\/option>/,
    );
    expect(element(html, "statement-lang", "select")).toContain(
      '<option value="zh" selected="">中文</option>',
    );
    expect(tags(html, "statement-issue")[0]).toContain('disabled=""');
    expect(text(element(html, "statement-issue", "button"))).toBe("生成对账单");
    // Nothing read yet: no reason to give and no result.
    expect(html).not.toContain("statement-issues");
    expect(html).not.toContain("statement-result");
  });

  test("customers read: listed in 客户's order with their currencies, and the button says a customer is wanted", () => {
    const html = render(listed());
    expect(element(html, "statement-customer", "select")).toMatch(
      /^<select[^>]*><option value="" selected="">请选择客户<\/option><option value="宁波华美">宁波华美（CNY）<\/option><option value="Acme Trading">Acme Trading（USD）<\/option><option value="义乌恒达">义乌恒达（CNY）<\/option><\/select>$/,
    );
    expect(text(element(html, "statement-issues", "span"))).toBe("请选择客户。");
    expect(tags(html, "statement-issue")[0]).toContain('disabled=""');
  });

  test("a customer chosen and a period given: ready to issue", () => {
    const html = render(chosen());
    expect(element(html, "statement-customer", "select")).toContain(
      '<option value="Acme Trading" selected="">Acme Trading（USD）</option>',
    );
    expect(element(html, "statement-customer", "select")).not.toContain("请选择客户");
    expect(tags(html, "statement-issue")[0]).not.toContain("disabled");
    expect(html).not.toContain("statement-issues");
  });

  test("busy: the buttons wait", () => {
    const html = render(chosen(), { busy: true });
    expect(tags(html, "statement-issue")[0]).toContain('disabled=""');
    expect(tags(html, "statement-refresh")[0]).toContain('disabled=""');
  });

  test("a period ending before it starts: both dates marked, the reason given", () => {
    const html = render(after([{ type: "form", patch: { from: "2026-11-01" } }], chosen()));
    const marked = (testId: string) => tags(html, testId)[0]!.match(/class="([^"]*)"/)?.[1];
    const plain = tags(render(chosen()), "statement-from")[0]!.match(/class="([^"]*)"/)?.[1];
    expect(marked("statement-from")).not.toBe(plain);
    expect(marked("statement-to")).toBe(marked("statement-from"));
    expect(text(element(html, "statement-issues", "span"))).toBe("起始日期不能晚于截止日期。");
    expect(tags(html, "statement-issue")[0]).toContain('disabled=""');
  });

  test("a blank date is named", () => {
    const html = render(after([{ type: "form", patch: { to: "" } }], chosen()), { lang: "en" });
    expect(text(element(html, "statement-issues", "span"))).toBe("Fill in the last day.");
  });

  test("an empty 客户: the section says there is nobody to choose", () => {
    const html = render(after([{ type: "customers", customers: [] }]));
    expect(text(element(html, "statement-empty", "span"))).toBe("客户表中还没有客户。");
    expect(tags(html, "statement-customer")[0]).toContain('disabled=""');
  });

  test("details chosen: by item, printed in English, while the pane is in Chinese", () => {
    const html = render(after([{ type: "form", patch: { detail: "lines", lang: "en" } }], chosen()));
    expect(element(html, "statement-detail", "select")).toContain(
      '<option value="lines" selected="">按明细</option>',
    );
    expect(element(html, "statement-lang", "select")).toContain(
      '<option value="en" selected="">English</option>',
    );
  });

  test("the statement issued: its customer, period, five figures and the sheet open", () => {
    const issued = { statement: makeStatement(), sheet: "对账单 宁波华美 2026-10" };
    const html = render(after([{ type: "issued", issued }], chosen()));
    const result = element(html, "statement-result", "div");
    expect(tags(html, "statement-result")[0]).toContain('data-sheet="对账单 宁波华美 2026-10"');
    expect(tags(html, "statement-result")[0]).toContain('data-closing="44,169.50"');
    expect(text(result)).toContain("「宁波华美」的对账单已生成");
    expect(text(result)).toContain("对账期间 2026-10-01 至 2026-10-31，币种 CNY");
    const figures = ["opening", "deliveries", "returns", "payments", "closing"].map((f) =>
      text(element(result, `statement-${f}`, "dd")),
    );
    expect(figures).toEqual(["48,620.00", "26,800.00", "1,250.50", "30,000.00", "44,169.50"]);
    expect(text(result)).toMatch(
      /上期结欠48,620\.00本期送货26,800\.00本期退货1,250\.50本期收款30,000\.00本期结欠44,169\.50/,
    );
    expect(text(result)).toContain("已打开工作表「对账单 宁波华美 2026-10」，可直接打印。");
  });

  test("in English, a negative balance (the customer paid ahead) keeps its sign", () => {
    const statement = makeStatement({
      closing: -125050 as Fen,
      customer: { ...makeStatement().customer, currency: "USD" },
    });
    const html = render(after([{ type: "issued", issued: { statement, sheet: "Statement" } }], chosen()), {
      lang: "en",
    });
    const result = element(html, "statement-result", "div");
    expect(text(result)).toContain("Statement for 宁波华美 issued");
    expect(text(result)).toContain("Period 2026-10-01 to 2026-10-31, in USD");
    expect(text(element(result, "statement-closing", "dd"))).toBe("-1,250.50");
    expect(text(result)).toContain("Its sheet &quot;Statement&quot; is open and ready to print.");
  });

  describe("全部客户", () => {
    const acme = makeStatement({
      customer: { ...makeStatement().customer, name: "Acme Trading", currency: "USD" },
      closing: -125050 as Fen,
    });
    const batch = {
      summarySheet: "应收汇总 2026-10",
      statements: [
        { statement: makeStatement(), sheet: "对账单 宁波华美 2026-10" },
        { statement: acme, sheet: "对账单 Acme Trading 2026-10" },
      ],
    };
    const disabled = (html: string) => tags(html, "statements-all")[0]!.includes('disabled=""');

    test("waits for 客户 to be read, and for a customer in it", () => {
      expect(disabled(render(initialStatementPanelState("2026-11-22")))).toBe(true);
      expect(disabled(render(after([{ type: "customers", customers: [] }])))).toBe(true);
    });

    test("needs no customer chosen: the same period, detail and language serve every customer", () => {
      const html = render(listed());
      expect(tags(html, "statement-issue")[0]).toContain('disabled=""');
      expect(disabled(html)).toBe(false);
      expect(text(element(html, "statements-all", "button"))).toBe("全部客户");
      expect(text(element(render(listed(), { lang: "en" }), "statements-all", "button"))).toBe(
        "All customers",
      );
    });

    test("waits for a whole period, and while an action runs", () => {
      expect(disabled(render(after([{ type: "form", patch: { from: "2026-11-01" } }], listed())))).toBe(true);
      expect(disabled(render(after([{ type: "form", patch: { to: "" } }], listed())))).toBe(true);
      expect(disabled(render(listed(), { busy: true }))).toBe(true);
    });

    test("the result: the summary first, then each statement with its balance due, each going to its sheet", () => {
      const html = render(after([{ type: "batch", batch }], chosen()));
      const result = element(html, "statements-all-result", "section");
      expect(tags(html, "statements-all-result")[0]).toContain('data-summary="应收汇总 2026-10"');
      expect(result).toContain("应收汇总和对账单（点击打开）");
      const links = tags(result, "statements-all-link");
      expect(links.map((l) => l.match(/data-sheet="([^"]*)"/)?.[1])).toEqual([
        "应收汇总 2026-10",
        "对账单 宁波华美 2026-10",
        "对账单 Acme Trading 2026-10",
      ]);
      expect(links.every((l) => !l.includes("disabled"))).toBe(true);
      expect(links[0]).toContain('title="打开工作表「应收汇总 2026-10」"');
      const items = [
        ...result.matchAll(/<button[^>]*data-testid="statements-all-link"[^>]*>(.*?)<\/button>/g),
      ];
      expect(items.map((m) => text(m[1]!))).toEqual([
        "应收汇总 2026-10全部客户的结欠、账龄和逾期金额",
        "宁波华美本期结欠 44,169.50 CNY",
        "Acme Trading本期结欠 -1,250.50 USD",
      ]);
      expect(links[2]).toContain('data-customer="Acme Trading"');
      expect(links[2]).toContain('data-closing="-1,250.50"');
      // One result at a time: the batch's list, not a statement's card.
      expect(html).not.toContain("statement-result");
    });

    test("in English; while an action runs the sheets wait", () => {
      const html = render(after([{ type: "batch", batch }], listed()), { lang: "en", busy: true });
      const result = element(html, "statements-all-result", "section");
      expect(text(result)).toContain("The summary and the statements (click to open)");
      expect(text(result)).toContain("Acme TradingBalance due -1,250.50 USD");
      const links = tags(result, "statements-all-link");
      expect(links).toHaveLength(3);
      expect(links.every((l) => l.includes('disabled=""'))).toBe(true);
      expect(links[1]).toContain('title="Open the sheet &quot;对账单 宁波华美 2026-10&quot;"');
    });

    test("nothing issued for every customer yet: no list", () => {
      expect(render(chosen())).not.toContain("statements-all-result");
    });
  });

  test("a request failed on the way: the box and 重试 under the button that sent it", () => {
    expect(tags(render(chosen()), "statement-interrupted")).toEqual([]);
    const request = {
      customer: "Acme Trading",
      from: 46296,
      to: 46326,
      detail: "notes",
      lang: "zh",
    } as const;
    const one = render(
      after(
        [
          {
            type: "retry",
            retry: {
              kind: "one",
              request,
              writing: { kind: "statement", sheet: "对账单 Acme Trading 2026-10" },
            },
          },
        ],
        chosen(),
      ),
    );
    expect(text(element(one, "statement-interrupted", "div"))).toContain("「对账单 Acme Trading 2026-10」");
    expect(text(element(one, "statement-retry", "button"))).toBe("重试");
    // Under 生成对账单, before 全部客户.
    expect(one.indexOf("statement-interrupted")).toBeLessThan(one.indexOf('data-testid="statements-all"'));

    const { customer: _customer, ...period } = request;
    const all = render(
      after(
        [
          {
            type: "retry",
            retry: {
              kind: "all",
              request: period,
              writing: { kind: "statements", summarySheet: "应收汇总 2026-10", sheets: [] },
            },
          },
        ],
        chosen(),
      ),
      { lang: "en", busy: true },
    );
    expect(text(element(all, "statement-interrupted", "div"))).toContain("&quot;应收汇总 2026-10&quot;");
    expect(text(element(all, "statement-retry", "button"))).toBe("Retry");
    expect(tags(all, "statement-retry")[0]).toContain('disabled=""');
    expect(all.indexOf("statement-interrupted")).toBeGreaterThan(all.indexOf('data-testid="statements-all"'));
  });
});
