import type { NoteRequest } from "../core/notes/note";
import {
  defaultQuantity,
  formIssues,
  initialNotePanelState,
  lineKey,
  notePanelReducer,
  noteRequest,
  parseDays,
  parseQuantity,
  paymentShortfall,
  type NotePanelEvent,
  type NotePanelState,
  type NoteRetry,
} from "./noteForm";
import { makeCandidateLine, makeCandidates, makeNoteDocument, makeShortfallProblem } from "./testing/notes";

const TODAY = "2026-11-22";

function after(
  events: NotePanelEvent[],
  start: NotePanelState = initialNotePanelState(TODAY),
): NotePanelState {
  return events.reduce(notePanelReducer, start);
}

function loaded(candidates = makeCandidates(), preselect = true): NotePanelState {
  return after([{ type: "candidates", kind: "delivery", candidates, preselect }]);
}

/** Lines as `key=checked/quantity`, for compact expectations. */
function lines(state: NotePanelState): string[] {
  return Object.entries(state.form.lines).map(([key, l]) => `${key}=${l.checked ? "✓" : "·"}${l.quantity}`);
}

describe("the 送货单 form", () => {
  test("starts on a delivery note dated today, A4, with prices, nothing read", () => {
    const state = initialNotePanelState(TODAY);
    expect(state.form).toMatchObject({
      kind: "delivery",
      date: TODAY,
      paper: "A4",
      noPrice: false,
      lang: null,
    });
    expect(state.candidates).toBeNull();
    expect(state.days).toBe("7");
    expect(formIssues(state.form)).toEqual(["no-customer"]);
  });

  test("lines selected on 订单 choose their customer and are ticked with what is left to deliver", () => {
    const state = loaded(
      makeCandidates({
        selected: [
          { orderNo: "SO-2401", lineNo: 2 },
          { orderNo: "SO-2401", lineNo: 1 },
        ],
      }),
    );
    expect(state.form.customer).toBe("宁波华美");
    expect(lines(state)).toEqual(["SO-2401:1=✓60", "SO-2401:2=✓50", "SO-2405:1=·"]);
    expect(state.skipped).toBe(0);
    expect(formIssues(state.form)).toEqual([]);
  });

  test("a selection across customers ticks the first line's customer and counts the rest as skipped", () => {
    const state = loaded(
      makeCandidates({
        selected: [
          { orderNo: "SO-2402", lineNo: 1 },
          { orderNo: "SO-2401", lineNo: 1 },
          { orderNo: "SO-9999", lineNo: 1 },
        ],
      }),
    );
    expect(state.form.customer).toBe("杭州利达");
    expect(lines(state)).toEqual(["SO-2402:1=✓20"]);
    expect(state.skipped).toBe(2);
  });

  test("selected lines that no note can take tick nothing and are counted", () => {
    const state = loaded(makeCandidates({ selected: [{ orderNo: "SO-9999", lineNo: 3 }] }));
    expect(state.form.customer).toBe("");
    expect(state.form.lines).toEqual({});
    expect(state.skipped).toBe(1);
  });

  test("without a selection: a drop-down to choose from, or the lone customer chosen", () => {
    expect(loaded().form.customer).toBe("");
    const one = makeCandidates();
    one.customers = one.customers.slice(1);
    const state = loaded(one);
    expect(state.form.customer).toBe("杭州利达");
    expect(lines(state)).toEqual(["SO-2402:1=·20"]);
  });

  test("reading again keeps the customer chosen, unticked, with fresh quantities", () => {
    let state = after([{ type: "customer", customer: "宁波华美" }], loaded());
    state = after([{ type: "check", key: "SO-2401:1", checked: true }], state);
    const fresh = makeCandidates();
    fresh.customers[0]!.lines[0] = makeCandidateLine({ shipped: 70, unshipped: 30 });
    state = after([{ type: "candidates", kind: "delivery", candidates: fresh, preselect: true }], state);
    expect(state.form.customer).toBe("宁波华美");
    expect(lines(state)[0]).toBe("SO-2401:1=·30");
  });

  test("choosing another customer shows its lines, none ticked", () => {
    const state = after(
      [{ type: "customer", customer: "杭州利达" }],
      loaded(makeCandidates({ selected: [{ orderNo: "SO-2401", lineNo: 1 }] })),
    );
    expect(lines(state)).toEqual(["SO-2402:1=·20"]);
    expect(formIssues(state.form)).toEqual(["no-lines"]);
  });

  test("a return defaults each line to what was delivered, the most that can come back", () => {
    const line = makeCandidateLine({ quantity: 100, shipped: 40, unshipped: 60 });
    expect(defaultQuantity(line, "return")).toBe("40");
    expect(defaultQuantity(line, "delivery")).toBe("60");
    // Nothing left (or over-delivered): no default rather than 0 or a negative number.
    expect(defaultQuantity(makeCandidateLine({ shipped: 105, unshipped: -5 }), "delivery")).toBe("");
    expect(defaultQuantity(makeCandidateLine({ shipped: 0 }), "return")).toBe("");

    let state = after([{ type: "kind", kind: "return" }], loaded());
    expect(state.candidates).toBeNull();
    state = after(
      [
        {
          type: "candidates",
          kind: "return",
          candidates: makeCandidates({ selected: [{ orderNo: "SO-2405", lineNo: 1 }] }),
          preselect: true,
        },
      ],
      state,
    );
    expect(lines(state)).toEqual(["SO-2401:1=·40", "SO-2401:2=·", "SO-2405:1=✓20"]);
  });

  test("lines read for the other kind are ignored (the clerk switched while they were read)", () => {
    const state = after([{ type: "kind", kind: "return" }], loaded());
    const next = after(
      [{ type: "candidates", kind: "delivery", candidates: makeCandidates(), preselect: true }],
      state,
    );
    expect(next).toBe(state);
  });

  test("quantities are whole numbers above zero; the date must be a real day", () => {
    expect(parseQuantity("60")).toBe(60);
    expect(parseQuantity(" 7 ")).toBe(7);
    for (const bad of ["", "0", "-3", "1.5", "abc", "1e3", "99999999999999999999"]) {
      expect([bad, parseQuantity(bad)]).toEqual([bad, null]);
    }
    let state = loaded(makeCandidates({ selected: [{ orderNo: "SO-2401", lineNo: 1 }] }));
    state = after(
      [
        { type: "quantity", key: "SO-2401:1", quantity: "0" },
        { type: "form", patch: { date: "2026-02-30" } },
      ],
      state,
    );
    expect(formIssues(state.form)).toEqual(["bad-quantity", "bad-date"]);
    expect(noteRequest(state, "zh")).toBeNull();
    // An unticked line's quantity does not matter.
    state = after([{ type: "check", key: "SO-2401:1", checked: false }], state);
    expect(formIssues(state.form)).toEqual(["no-lines", "bad-date"]);
  });

  test("an edit of an unknown line changes nothing", () => {
    const state = loaded();
    expect(notePanelReducer(state, { type: "check", key: "SO-0:1", checked: true })).toBe(state);
  });
});

describe("the request the form makes", () => {
  const ticked = () =>
    loaded(
      makeCandidates({
        selected: [
          { orderNo: "SO-2401", lineNo: 2 },
          { orderNo: "SO-2401", lineNo: 1 },
        ],
      }),
    );

  test("the ticked lines in 订单 order, the date as a serial date, prices, the pane's language", () => {
    const state = after([{ type: "quantity", key: "SO-2401:2", quantity: " 12 " }], ticked());
    expect(noteRequest(state, "zh")).toEqual({
      kind: "delivery",
      lines: [
        { orderNo: "SO-2401", lineNo: 1, quantity: 60 },
        { orderNo: "SO-2401", lineNo: 2, quantity: 12 },
      ],
      date: 46348,
      withPrices: true,
      lang: "zh",
      paper: "A4",
    });
  });

  test("what the clerk filled in: date, no prices, A5, English, vehicle, driver, waybill, remark", () => {
    const state = after(
      [
        { type: "check", key: "SO-2401:2", checked: false },
        {
          type: "form",
          patch: {
            date: "2026-11-24",
            noPrice: true,
            paper: "A5",
            lang: "en",
            vehicle: " 浙B·12345 ",
            driver: "王师傅",
            waybill: "SF100",
            remark: "轻放",
          },
        },
      ],
      ticked(),
    );
    expect(noteRequest(state, "zh")).toEqual({
      kind: "delivery",
      lines: [{ orderNo: "SO-2401", lineNo: 1, quantity: 60 }],
      date: 46350,
      withPrices: false,
      lang: "en",
      paper: "A5",
      vehicle: "浙B·12345",
      driver: "王师傅",
      waybill: "SF100",
      remark: "轻放",
    });
  });

  test("blank optional fields are left out; the note's language follows the pane until chosen", () => {
    const state = after([{ type: "form", patch: { vehicle: "  ", remark: "" } }], ticked());
    const request = noteRequest(state, "en");
    expect(request).not.toHaveProperty("vehicle");
    expect(request).not.toHaveProperty("remark");
    expect(request).not.toHaveProperty("override");
    expect(request?.lang).toBe("en");
  });

  test("a return note is asked for as a return, with positive quantities", () => {
    let state = after([{ type: "kind", kind: "return" }], initialNotePanelState(TODAY));
    state = after(
      [
        {
          type: "candidates",
          kind: "return",
          candidates: makeCandidates({ selected: [{ orderNo: "SO-2401", lineNo: 1 }] }),
          preselect: true,
        },
      ],
      state,
    );
    expect(noteRequest(state, "zh")).toMatchObject({
      kind: "return",
      lines: [{ orderNo: "SO-2401", lineNo: 1, quantity: 40 }],
    });
  });

  test("an override reason goes with the request, trimmed; a blank one does not", () => {
    expect(noteRequest(ticked(), "zh", "  老客户，周五前付款 ")?.override).toBe("老客户，周五前付款");
    expect(noteRequest(ticked(), "zh", "   ")).not.toHaveProperty("override");
  });
});

describe("the last issue", () => {
  const refused = (problems = [makeShortfallProblem()]) =>
    after(
      [{ type: "issued", outcome: { problems } }],
      loaded(makeCandidates({ selected: [{ orderNo: "SO-2402", lineNo: 1 }] })),
    );

  test("a 款到发货 shortfall asks for a reason: customer, shortfall and currency", () => {
    expect(paymentShortfall(refused())).toEqual(makeShortfallProblem().params);
    expect(paymentShortfall(loaded())).toBeNull();
  });

  test("other refusals and written notes ask for no reason", () => {
    const other = makeShortfallProblem({ code: "note-over-quantity", params: {} });
    expect(paymentShortfall(refused([other]))).toBeNull();
    const issued = after([{ type: "issued", outcome: { problems: [], note: makeNoteDocument() } }], loaded());
    expect(paymentShortfall(issued)).toBeNull();
  });

  test("editing the form drops a refusal and its reason: it described the form as it was", () => {
    let state = after([{ type: "overrideReason", text: "老客户" }], refused());
    expect(state.overrideReason).toBe("老客户");
    state = after([{ type: "quantity", key: "SO-2402:1", quantity: "5" }], state);
    expect(state.outcome).toBeNull();
    expect(state.overrideReason).toBe("");
  });

  test("reading the lines again drops a refusal but keeps a written note's result", () => {
    const again = {
      type: "candidates",
      kind: "delivery",
      candidates: makeCandidates(),
      preselect: false,
    } as const;
    expect(after([again], refused()).outcome).toBeNull();
    const note = makeNoteDocument();
    const state = after([{ type: "issued", outcome: { problems: [], note } }, again], loaded());
    expect(state.outcome?.note).toBe(note);
  });
});

describe("重试 after a failed issue", () => {
  const request: NoteRequest = {
    kind: "delivery",
    lines: [{ orderNo: "SO-2402", lineNo: 1, quantity: 5 }],
    date: 46348,
    withPrices: true,
    lang: "zh",
    paper: "A4",
  };
  const retry: NoteRetry = { request, writing: { kind: "note", note: makeNoteDocument() } };

  test("starts with nothing to retry; a failure offers it and edits keep it (it retries what was sent)", () => {
    expect(initialNotePanelState(TODAY).retry).toBeNull();
    const offered = after([{ type: "interrupted", retry }], loaded());
    expect(offered.retry).toBe(retry);
    expect(after([{ type: "quantity", key: "SO-2402:1", quantity: "7" }], offered).retry).toBe(retry);
  });

  test("any answer to an issue, a note or a refusal, settles it", () => {
    const offered = after([{ type: "interrupted", retry }], loaded());
    expect(
      after([{ type: "issued", outcome: { problems: [], note: makeNoteDocument() } }], offered).retry,
    ).toBeNull();
    expect(
      after([{ type: "issued", outcome: { problems: [makeShortfallProblem()] } }], offered).retry,
    ).toBeNull();
  });
});

describe("回单", () => {
  test("the days typed are whole numbers", () => {
    expect(parseDays("7")).toBe(7);
    expect(parseDays(" 0 ")).toBe(0);
    for (const bad of ["", "-1", "2.5", "abc", "99999"]) expect([bad, parseDays(bad)]).toEqual([bad, null]);
  });

  test("a remark is typed for one note at a time and cleared", () => {
    let state = after([{ type: "remark", remark: { number: "SH1", text: "" } }], loaded());
    state = after([{ type: "remark", remark: { number: "SH1", text: "少 2 箱" } }], state);
    expect(state.remark).toEqual({ number: "SH1", text: "少 2 箱" });
    expect(after([{ type: "remark", remark: null }], state).remark).toBeNull();
  });
});

test("a line is keyed as 订单号:行号", () => {
  expect(lineKey({ orderNo: "SO-2401", lineNo: 3 })).toBe("SO-2401:3");
});
