import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { Lang } from "../../core/problems";
import type { NoteActions } from "../../excel/noteActions";
import {
  initialNotePanelState,
  notePanelReducer,
  type NotePanelEvent,
  type NotePanelState,
} from "../noteForm";
import {
  makeCandidates,
  makeNoteDocument,
  makePendingSignedCopy,
  makeShortfallProblem,
} from "../testing/notes";
import { createDeliveryNotesPanel } from "./DeliveryNotesPanel";
import { paneKit } from "./paneKit";

const DeliveryNotesPanel = createDeliveryNotesPanel(paneKit);

const notCalled = () => Promise.reject(new Error("not called while rendering"));
const unusedActions: NoteActions = {
  noteCandidates: notCalled,
  issueNote: notCalled,
  pendingSignedCopies: notCalled,
  markSignedCopy: notCalled,
};

function render(state: NotePanelState, { lang = "zh" as Lang, busy = false } = {}): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <DeliveryNotesPanel
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

function after(events: NotePanelEvent[], start = initialNotePanelState("2026-11-22")): NotePanelState {
  return events.reduce(notePanelReducer, start);
}

const preselected = () =>
  after([
    {
      type: "candidates",
      kind: "delivery",
      candidates: makeCandidates({
        selected: [
          { orderNo: "SO-2401", lineNo: 1 },
          { orderNo: "SO-2401", lineNo: 2 },
        ],
      }),
      preselect: true,
    },
  ]);

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

/** Each row of the line list, from its opening tag to its end. */
function rows(html: string): string[] {
  return html
    .split('data-testid="note-line"')
    .slice(1)
    .map((after) => after.slice(0, after.indexOf("</li>")));
}

const text = (markup: string) => markup.replace(/<[^>]*>/g, "").replace(/^[^>]*>/, "");

describe("DeliveryNotesPanel", () => {
  test("before anything is read: the kinds, an empty customer list, today's date, the issue button waiting", () => {
    const html = render(initialNotePanelState("2026-11-22"));
    expect(element(html, "note-kind", "select")).toMatch(
      /<option value="delivery" selected="">送货单<\/option><option value="return">退货单<\/option>/,
    );
    expect(tags(html, "note-customer")[0]).toContain('disabled=""');
    expect(tags(html, "note-date")[0]).toMatch(
      /type="date"[^>]*value="2026-11-22"|value="2026-11-22"[^>]*type="date"/,
    );
    expect(tags(html, "note-issue")[0]).toContain('disabled=""');
    expect(text(element(html, "note-issue", "button"))).toBe("生成送货单");
    expect(html).not.toContain('data-testid="note-line"');
  });

  test("lines selected on 订单: their customer chosen, those lines ticked with what is left, figures shown", () => {
    const html = render(preselected());
    expect(element(html, "note-customer", "select")).toContain(
      '<option value="宁波华美" selected="">宁波华美（月结30天）</option>',
    );
    expect(element(html, "note-customer", "select")).toContain("杭州利达（款到发货）");
    expect(element(html, "note-customer", "select")).not.toContain("请选择客户");
    const lines = rows(html);
    expect(lines.map((l) => l.match(/data-key="([^"]+)"/)?.[1])).toEqual([
      "SO-2401:1",
      "SO-2401:2",
      "SO-2405:1",
    ]);
    expect(text(lines[0]!)).toContain("SO-2401-1HM-101 · 保温杯数量 100 · 已发 40 · 未发 60");
    expect(lines[0]).toMatch(/data-testid="note-line-check"[^>]*checked=""/);
    expect(lines[0]).toMatch(/data-testid="note-line-quantity"[^>]*value="60"/);
    expect(lines[1]).toMatch(/data-testid="note-line-quantity"[^>]*value="50"/);
    // An unticked line has no quantity to fill in.
    expect(lines[2]).not.toMatch(/checked=""/);
    expect(lines[2]).not.toContain("note-line-quantity");
    expect(text(lines[2]!)).toContain("SO-2405-1HM-310数量 20 · 已发 20 · 未发 0");
    expect(tags(html, "note-issue")[0]).not.toContain("disabled");
    expect(html).not.toContain("note-issues");
  });

  test("without a selection: choose a customer first, and the button says why it waits", () => {
    const html = render(
      after([{ type: "candidates", kind: "delivery", candidates: makeCandidates(), preselect: true }]),
    );
    expect(element(html, "note-customer", "select")).toMatch(
      /^<select[^>]*><option value="" selected="">请选择客户/,
    );
    expect(text(element(html, "note-issues", "span"))).toBe("请选择客户。");
    expect(tags(html, "note-issue")[0]).toContain('disabled=""');
  });

  test("a bad quantity is marked and named; a return's button says 生成退货单", () => {
    let state = after([{ type: "quantity", key: "SO-2401:1", quantity: "0" }], preselected());
    let html = render(state);
    expect(rows(html)[0]).toMatch(/data-testid="note-line-quantity"[^>]*aria-invalid="true"/);
    expect(text(element(html, "note-issues", "span"))).toBe("数量须为大于 0 的整数。");
    state = after([{ type: "kind", kind: "return" }], state);
    html = render(state);
    expect(text(element(html, "note-issue", "button"))).toBe("生成退货单");
  });

  test("details as filled in: no prices ticked, A5, the note in English", () => {
    const state = after(
      [{ type: "form", patch: { noPrice: true, paper: "A5", lang: "en", vehicle: "浙B12345" } }],
      preselected(),
    );
    const html = render(state);
    expect(tags(html, "note-no-price")[0]).toContain('checked=""');
    expect(element(html, "note-paper", "select")).toContain(
      '<option value="A5" selected="">A5 横向</option>',
    );
    expect(element(html, "note-lang", "select")).toContain('<option value="en" selected="">English</option>');
    expect(tags(html, "note-vehicle")[0]).toContain('value="浙B12345"');
    // Until chosen, the note's language is the pane's.
    expect(element(render(preselected(), { lang: "en" }), "note-lang", "select")).toContain(
      '<option value="en" selected="">English</option>',
    );
  });

  test("a 款到发货 shortfall asks for a reason before 仍然发货", () => {
    let state = after([{ type: "issued", outcome: { problems: [makeShortfallProblem()] } }], preselected());
    let html = render(state);
    expect(text(element(html, "note-override", "div"))).toContain(
      "客户「杭州利达」为款到发货，还差 500.00 CNY 未收。",
    );
    expect(tags(html, "note-override-reason")[0]).toContain('value=""');
    expect(tags(html, "note-override-submit")[0]).toContain('disabled=""');
    expect(html).not.toContain("note-result");

    state = after([{ type: "overrideReason", text: "老客户" }], state);
    html = render(state);
    expect(tags(html, "note-override-submit")[0]).not.toContain("disabled");
    expect(text(element(html, "note-override-submit", "button"))).toBe("仍然发货");
    // While an action runs, it waits like every button.
    expect(tags(render(state, { busy: true }), "note-override-submit")[0]).toContain('disabled=""');
  });

  test("other refusals ask for no reason (the problem list shows them)", () => {
    const other = makeShortfallProblem({ code: "note-over-quantity", params: {} });
    const html = render(after([{ type: "issued", outcome: { problems: [other] } }], preselected()));
    expect(html).not.toContain("note-override");
  });

  test("a note written: its number, totals and that its sheet is open", () => {
    const note = makeNoteDocument();
    const html = render(after([{ type: "issued", outcome: { problems: [], note } }], preselected()));
    const result = element(html, "note-result", "div");
    expect(result).toContain('data-number="SH20261122-01"');
    expect(text(result)).toBe(
      "送货单 SH20261122-01 已生成合计数量 60，金额 750.00 CNY已打开工作表「SH20261122-01」，可直接打印。",
    );
    const en = render(after([{ type: "issued", outcome: { problems: [], note } }], preselected()), {
      lang: "en",
    });
    expect(text(element(en, "note-result", "div"))).toContain("Delivery note SH20261122-01 issued");
    expect(text(element(en, "note-result", "div"))).toContain("Total quantity 60, amount 750.00 CNY");
  });

  test("回单: each note still out with its customer, date and days, and 已回 / 异常", () => {
    const state = after([
      {
        type: "pending",
        pending: [
          makePendingSignedCopy({ number: "SH20261101-01", date: 46327, days: 21 }),
          makePendingSignedCopy({ number: "SH20261105-02", customer: "杭州利达", date: 46331, days: 17 }),
        ],
      },
    ]);
    const html = render(state);
    expect(tags(html, "signed-copy-days")[0]).toContain('value="7"');
    const items = tags(html, "signed-copy-item");
    expect(items.map((t) => t.match(/data-number="([^"]+)"/)?.[1])).toEqual([
      "SH20261101-01",
      "SH20261105-02",
    ]);
    expect(text(element(html, "signed-copy-item", "li"))).toContain(
      "SH20261101-01宁波华美 · 2026-11-01 · 已 21 天",
    );
    expect(tags(html, "signed-copy-returned")).toHaveLength(2);
    expect(tags(html, "signed-copy-problem")).toHaveLength(2);
    expect(html).not.toContain("signed-copy-remark");
    expect(html).not.toContain("signed-copy-none");
  });

  test("回单: 异常 asks for a remark inline and records only with one", () => {
    let state = after([
      {
        type: "pending",
        pending: [makePendingSignedCopy({ number: "SH1" }), makePendingSignedCopy({ number: "SH2" })],
      },
      { type: "remark", remark: { number: "SH2", text: "" } },
    ]);
    let html = render(state);
    expect(tags(html, "signed-copy-remark")).toHaveLength(1);
    // The remark field sits in the row of the note being marked.
    expect(element(html, "signed-copy-item", "li")).not.toContain("signed-copy-remark");
    expect(html.indexOf('data-testid="signed-copy-remark"')).toBeGreaterThan(
      html.indexOf('data-number="SH2"'),
    );
    // The note being marked: 记为异常 waits for the remark; the other keeps 已回 / 异常.
    expect(tags(html, "signed-copy-returned")).toHaveLength(1);
    expect(tags(html, "signed-copy-problem")[1]).toContain('disabled=""');
    expect(html).toContain(">记为异常<");
    expect(tags(html, "signed-copy-cancel")).toHaveLength(1);
    state = after([{ type: "remark", remark: { number: "SH2", text: "少 2 箱" } }], state);
    html = render(state);
    expect(tags(html, "signed-copy-problem")[1]).not.toContain("disabled");
    expect(tags(html, "signed-copy-remark")[0]).toContain('value="少 2 箱"');
  });

  test("回单: none overdue says so; days that are not a number stop the look-up", () => {
    const html = render(
      after([
        { type: "pending", pending: [] },
        { type: "days", days: "x" },
      ]),
    );
    expect(text(element(html, "signed-copy-none", "span"))).toBe("没有超期未回的回单。");
    expect(tags(html, "signed-copy-refresh")[0]).toContain('disabled=""');
  });

  test("in English", () => {
    const html = render(preselected(), { lang: "en" });
    expect(text(element(html, "note-issue", "button"))).toBe("Issue delivery note");
    expect(element(html, "note-kind", "select")).toContain(">Return note<");
    expect(text(rows(html)[0]!)).toContain("Qty 100 · delivered 40 · open 60");
    expect(html).toContain("Leave prices off");
  });

  test("while an action runs every button waits", () => {
    const state = after([{ type: "pending", pending: [makePendingSignedCopy()] }], preselected());
    const html = render(state, { busy: true });
    for (const id of [
      "note-issue",
      "note-refresh",
      "signed-copy-refresh",
      "signed-copy-returned",
      "signed-copy-problem",
    ]) {
      expect([id, tags(html, id)[0]]).toEqual([id, expect.stringContaining('disabled=""')]);
    }
  });

  test("a request failed on the way: what is not known and 重试, in either language; nothing to retry, no box", () => {
    expect(tags(render(preselected()), "note-interrupted")).toEqual([]);
    const request = {
      kind: "delivery",
      lines: [{ orderNo: "SO-2401", lineNo: 1, quantity: 60 }],
      date: 46348,
      withPrices: true,
      lang: "zh",
      paper: "A4",
    } as const;
    const writing = { kind: "note", note: makeNoteDocument({ number: "SH20261122-03" }) } as const;
    const state = after(
      [{ type: "interrupted", retry: { request: { ...request, lines: [...request.lines] }, writing } }],
      preselected(),
    );
    const html = render(state);
    expect(text(element(html, "note-interrupted", "div"))).toContain("无法确认单据 SH20261122-03 是否已写入");
    expect(text(element(html, "note-retry", "button"))).toBe("重试");
    expect(tags(html, "note-retry")[0]).not.toContain('disabled=""');
    const en = render(state, { lang: "en", busy: true });
    expect(text(element(en, "note-interrupted", "div"))).toContain("never issues the note twice");
    expect(tags(en, "note-retry")[0]).toContain('disabled=""');
    // Nothing was being written yet: the box says so.
    const afresh = render(
      after(
        [{ type: "interrupted", retry: { request: { ...request, lines: [...request.lines] } } }],
        preselected(),
      ),
    );
    expect(text(element(afresh, "note-interrupted", "div"))).toContain("单据尚未写入");
  });
});
