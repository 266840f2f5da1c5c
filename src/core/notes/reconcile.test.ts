import { toFen } from "../money";
import type { CellConstant, PlanStep } from "../plan";
import {
  makeCustomer,
  makeOrderLine,
  makeProduct,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
  type RowValues,
  type WorkbookParts,
} from "../testing/factories";
import { SHIPMENTS_TABLE } from "../workbook/schema";
import type { TableData, WorkbookData } from "../workbook/tableData";
import { noteSheetPlan, readNoteSheet, type NoteSheetContent } from "./layout";
import { ledgerSteps } from "./ledger";
import type { NoteDocument, NoteKind } from "./note";
import { prepareNote } from "./prepare";
import {
  noteKindOfName,
  notePrefixes,
  noteSheetNames,
  reconcileNotes,
  type NoteSheetRead,
} from "./reconcile";

const DAY = serial("2026-11-23");

/** Two order lines of SO-001 (the second a different product) for a customer on monthly terms. */
function parts(overrides: WorkbookParts = {}): WorkbookParts {
  return {
    customers: [makeCustomer({ 结算方式: "月结30天", 联系人: "王经理", 币种: "CNY" })],
    products: [makeProduct(), makeProduct({ 货号: "B-200", 品名: "玻璃杯", 装箱数: 48 })],
    orders: [makeOrderLine(), makeOrderLine({ 行号: 2, 货号: "B-200", 数量: 60, 单价: 6.25 })],
    shipments: [makeShipment({ 单号: "SH20261101-01", 日期: serial("2026-11-01"), 回单状态: "已回" })],
    ...overrides,
  };
}

function issue(
  data: WorkbookData,
  kind: NoteKind = "delivery",
  options: { withPrices?: boolean; lang?: "zh" | "en"; override?: string } = {},
): NoteDocument {
  const decision = prepareNote(data, [], {
    kind,
    lines: [
      { orderNo: "SO-001", lineNo: 1, quantity: kind === "return" ? 5 : 30 },
      { orderNo: "SO-001", lineNo: 2, quantity: kind === "return" ? 1 : 50 },
    ],
    date: DAY,
    withPrices: options.withPrices ?? true,
    lang: options.lang ?? "zh",
    paper: "A4",
    override: options.override,
  });
  if (!decision.note) throw new Error(JSON.stringify(decision.problems));
  return decision.note;
}

/** The values a note's sheet holds, from A1: what excel/ reads back as the used range. */
function sheetValues(note: NoteDocument): CellConstant[][] {
  const step = noteSheetPlan(note).steps.find(
    (s): s is Extract<PlanStep, { kind: "values" }> => s.kind === "values",
  );
  return step!.values;
}

function sheetOf(note: NoteDocument): NoteSheetRead {
  return { name: note.number, content: readNoteSheet(sheetValues(note)) };
}

/** The 发货 rows issueNote writes for `note`, by header. */
function ledgerRowsOf(note: NoteDocument, lines = note.lines): RowValues[] {
  const empty = makeTable(SHIPMENTS_TABLE, []);
  const headers = empty.headers;
  const values = ledgerSteps(note, lines, empty, 0).find((s) => s.kind === "values");
  if (values?.kind !== "values") throw new Error("values step expected");
  return values.values.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ""])));
}

/** The workbook with `note` issued: its rows after the given 发货 rows. */
function withLedger(base: WorkbookParts, rows: RowValues[]): WorkbookData {
  return makeWorkbookData({ ...base, shipments: [...(base.shipments ?? []), ...rows] });
}

function ledgerOf(data: WorkbookData): TableData {
  return data[SHIPMENTS_TABLE.table]!;
}

describe("note-shaped names", () => {
  const prefixes = [
    { prefix: "SH", kind: "delivery" as const },
    { prefix: "TH", kind: "return" as const },
  ];

  test("prefix, 8 digits, '-' and digits; either case; anything else is not a note", () => {
    expect(noteKindOfName("SH20261123-01", prefixes)).toBe("delivery");
    expect(noteKindOfName("sh20261123-1", prefixes)).toBe("delivery");
    expect(noteKindOfName("TH20261123-100", prefixes)).toBe("return");
    for (const name of [
      "SH2026112-01",
      "SH20261123",
      "SH20261123-",
      "SH20261123-01x",
      "XSH20261123-01",
      "订单",
    ]) {
      expect(noteKindOfName(name, prefixes)).toBeNull();
    }
  });

  test("the prefixes come from 参数, their defaults when blank; the longer of two fitting prefixes wins", () => {
    const data = makeWorkbookData({ settings: { DELIVERY_PREFIX: "S", RETURN_PREFIX: "" } });
    expect(notePrefixes(data)).toEqual([
      { prefix: "S", kind: "delivery" },
      { prefix: "TH", kind: "return" },
    ]);
    expect(noteSheetNames(data, ["S20261123-01", "SH20261123-01", "TH20261123-01", "发货"])).toEqual([
      "S20261123-01",
      "TH20261123-01",
    ]);
    const overlapping = [
      { prefix: "S", kind: "delivery" as const },
      { prefix: "ST", kind: "return" as const },
    ];
    expect(noteKindOfName("ST20261123-01", overlapping)).toBe("return");
  });
});

describe("reconcileNotes: rows missing from 发货", () => {
  test("a sheet whose rows are all in 发货: nothing to say", () => {
    const note = issue(makeWorkbookData(parts()));
    const data = withLedger(parts(), ledgerRowsOf(note));
    expect(reconcileNotes(data, [sheetOf(note)], "zh")).toEqual({ problems: [], repairs: [] });
  });

  test("all rows gone: one error on the note sheet, and a repair that writes the very rows issueNote wrote", () => {
    const note = issue(makeWorkbookData(parts()));
    const data = withLedger(parts(), []);
    const { problems, repairs } = reconcileNotes(data, [sheetOf(note)], "en");
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "note-rows-missing",
        sheet: note.number,
        params: { number: note.number, count: 2 },
      }),
    ]);
    expect(problems[0]!.message).toMatch(/source document/);
    expect(repairs).toHaveLength(1);
    const repair = repairs[0]!;
    expect(repair.sheet).toBe(note.number);
    expect(repair.missing.map((l) => l.lineNo)).toEqual([1, 2]);
    expect(ledgerRowsOf(repair.note, repair.missing)).toEqual(ledgerRowsOf(note));
    expect(repair.note).toMatchObject({
      kind: "delivery",
      number: note.number,
      date: DAY,
      withPrices: true,
      customer: { name: "华美贸易", contact: "王经理", currency: "CNY" },
      orderNos: ["SO-001"],
      totals: note.totals,
    });
  });

  test("one row gone: only that line is missing, counted once", () => {
    const note = issue(makeWorkbookData(parts()));
    const data = withLedger(parts(), ledgerRowsOf(note, [note.lines[0]!]));
    const { problems, repairs } = reconcileNotes(data, [sheetOf(note)], "zh");
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ["note-rows-missing", { number: note.number, count: 1 }],
    ]);
    expect(repairs[0]!.missing.map((l) => [l.orderNo, l.lineNo, l.quantity])).toEqual([["SO-001", 2, 50]]);
  });

  test("the same order line twice on a sheet needs two rows", () => {
    const note = issue(makeWorkbookData(parts()));
    const doubled: NoteDocument = { ...note, lines: [note.lines[0]!, { ...note.lines[0]!, seq: 2 }] };
    const data = withLedger(parts(), ledgerRowsOf(doubled, [doubled.lines[0]!]));
    const { repairs } = reconcileNotes(data, [sheetOf(doubled)], "zh");
    expect(repairs[0]!.missing.map((l) => l.seq)).toEqual([2]);
  });

  test("a note printed without prices: 单价 and 金额 come from 订单, as issueNote wrote them", () => {
    const note = issue(makeWorkbookData(parts()), "delivery", { withPrices: false });
    const sheet = sheetOf(note);
    expect(sheet.content!.withPrices).toBe(false);
    const { repairs } = reconcileNotes(withLedger(parts(), []), [sheet], "zh");
    const rows = ledgerRowsOf(repairs[0]!.note, repairs[0]!.missing);
    expect(rows.map((r) => [r.单价, r.金额])).toEqual([
      [12.5, 375],
      [6.25, 312.5],
    ]);
    expect(rows).toEqual(ledgerRowsOf(note));
  });

  test("the printed 单价 and 金额 win over a price changed in 订单 since", () => {
    const note = issue(makeWorkbookData(parts()));
    const repriced = parts({
      orders: [makeOrderLine({ 单价: 13 }), makeOrderLine({ 行号: 2, 货号: "B-200", 单价: 7 })],
    });
    const { repairs } = reconcileNotes(withLedger(repriced, []), [sheetOf(note)], "zh");
    expect(ledgerRowsOf(repairs[0]!.note, repairs[0]!.missing)).toEqual(ledgerRowsOf(note));
  });

  test("a return note (English, with an override remark): negative quantities, 退货, remark on each row", () => {
    const delivered = parts({
      shipments: [
        makeShipment({ 数量: 30, 金额: 375 }),
        makeShipment({ 行号: 2, 数量: 50, 单价: 6.25, 金额: 312.5 }),
      ],
    });
    const note = issue(makeWorkbookData(delivered), "return", { lang: "en", override: "damaged in transit" });
    expect(note.number).toMatch(/^TH/);
    const { repairs } = reconcileNotes(withLedger(delivered, []), [sheetOf(note)], "zh");
    const rows = ledgerRowsOf(repairs[0]!.note, repairs[0]!.missing);
    expect(rows.map((r) => [r.类型, r.数量, r.金额, r.备注])).toEqual([
      ["退货", -5, -62.5, "damaged in transit"],
      ["退货", -1, -6.25, "damaged in transit"],
    ]);
    expect(rows).toEqual(ledgerRowsOf(note));
  });

  test("without a title the prefix says the kind", () => {
    const note = issue(makeWorkbookData(parts()));
    const content: NoteSheetContent = { ...readNoteSheet(sheetValues(note))!, kind: null };
    const asReturn = { ...content, number: "TH20261123-01" };
    const { repairs } = reconcileNotes(
      withLedger(parts(), []),
      [{ name: "TH20261123-01", content: asReturn }],
      "zh",
    );
    expect(repairs[0]!.note.kind).toBe("return");
  });

  test("contact and currency: from 客户 when the customer is there; the order's currency first; CNY last", () => {
    const note = issue(makeWorkbookData(parts()));
    const sheet = sheetOf(note);
    const usd = parts({
      customers: [
        makeCustomer({ 客户名称: "华美贸易", 联系人: "Ms Lee", 电话: "123", 地址: "Ningbo", 币种: "USD" }),
      ],
    });
    const orderCurrency = reconcileNotes(withLedger(usd, []), [sheet], "zh").repairs[0]!.note.customer;
    expect(orderCurrency).toMatchObject({
      contact: "Ms Lee",
      phone: "123",
      address: "Ningbo",
      currency: "CNY",
    });

    const noOrderCurrency = parts({
      customers: [makeCustomer({ 币种: "USD" })],
      orders: [makeOrderLine({ 币种: "" }), makeOrderLine({ 行号: 2, 货号: "B-200", 币种: "" })],
    });
    expect(
      reconcileNotes(withLedger(noOrderCurrency, []), [sheet], "zh").repairs[0]!.note.customer.currency,
    ).toBe("USD");

    const unknown = parts({ customers: [], orders: [] });
    const customer = reconcileNotes(withLedger(unknown, []), [sheet], "zh").repairs[0]!.note.customer;
    expect(customer).toEqual({ name: "华美贸易", contact: "", phone: "", address: "", currency: "CNY" });
  });
});

describe("reconcileNotes: 发货 rows that differ from the sheet", () => {
  test("another quantity: a warning naming the 发货 cell and the line, and no repair", () => {
    const note = issue(makeWorkbookData(parts()));
    const rows = ledgerRowsOf(note);
    rows[1] = { ...rows[1]!, 数量: 40 };
    const data = withLedger(parts(), rows);
    const { problems, repairs } = reconcileNotes(data, [sheetOf(note)], "zh");
    expect(repairs).toEqual([]);
    // 发货 header on row 1, the earlier shipment on row 2, the note's rows on 3 and 4; 数量 is column L.
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "note-rows-differ",
        sheet: "发货",
        cell: "L4",
        params: { number: note.number, lines: "SO-001:2" },
      }),
    ]);
    expect(problems[0]!.message).toMatch(/原始凭证/);
  });

  test("a row of a line the sheet does not have, and a row with text for 数量", () => {
    const note = issue(makeWorkbookData(parts()));
    const rows = ledgerRowsOf(note);
    rows[0] = { ...rows[0]!, 数量: "30" };
    rows.push({ ...rows[1]!, 行号: 3 });
    const { problems } = reconcileNotes(withLedger(parts(), rows), [sheetOf(note)], "en");
    expect(problems.map((p) => [p.code, p.cell, p.params.lines])).toEqual([
      ["note-rows-differ", "L3", "SO-001:1, SO-001:3"],
    ]);
  });

  test("missing and differing at once: both, one problem each", () => {
    const note = issue(makeWorkbookData(parts()));
    const rows = ledgerRowsOf(note, [note.lines[0]!]);
    rows[0] = { ...rows[0]!, 数量: 29 };
    const { problems, repairs } = reconcileNotes(withLedger(parts(), rows), [sheetOf(note)], "zh");
    expect(problems.map((p) => p.code)).toEqual(["note-rows-missing", "note-rows-differ"]);
    expect(repairs[0]!.missing.map((l) => l.lineNo)).toEqual([2]);
  });
});

describe("reconcileNotes: a note in 发货 without its sheet", () => {
  const gone = (overrides: RowValues = {}): RowValues =>
    makeShipment({ 单号: "SH20261123-02", 日期: DAY, 回单状态: "未回", ...overrides });

  function check(rows: RowValues[], sheets?: NoteSheetRead[]) {
    const note = issue(makeWorkbookData(parts()));
    const data = withLedger(parts(), [...ledgerRowsOf(note), ...rows]);
    return reconcileNotes(data, sheets ?? [sheetOf(note)], "zh").problems;
  }

  test("still 未回 (or blank) and dated on or after the earliest sheet: an info on its first 单号 cell", () => {
    expect(check([gone(), gone({ 行号: 2 })])).toEqual([
      expect.objectContaining({
        severity: "info",
        code: "note-sheet-missing",
        sheet: "发货",
        cell: "A5",
        params: { number: "SH20261123-02" },
      }),
    ]);
    expect(check([gone({ 回单状态: "" })]).map((p) => p.code)).toEqual(["note-sheet-missing"]);
    expect(check([gone({ 单号: "th20261124-01", 日期: DAY + 1 })]).map((p) => p.params.number)).toEqual([
      "th20261124-01",
    ]);
  });

  test("nothing when the signed copy is back, the note is older than every sheet, or the number is not a note's", () => {
    expect(check([gone(), gone({ 行号: 2, 回单状态: "已回" })])).toEqual([]);
    expect(check([gone({ 回单状态: "异常" })])).toEqual([]);
    expect(check([gone({ 日期: DAY - 1 })])).toEqual([]);
    expect(check([gone({ 日期: "" })])).toEqual([]);
    expect(check([gone({ 单号: "DN-0001" })])).toEqual([]);
  });

  test("nothing when the workbook has no readable note sheet (the demo's ledger)", () => {
    expect(check([gone()], [])).toEqual([]);
    expect(check([gone()], [{ name: "SH20261120-01", content: null }]).map((p) => p.code)).toEqual([
      "note-sheet-unreadable",
    ]);
  });
});

describe("reconcileNotes: sheets named like notes that cannot be read", () => {
  test("no content, a number other than the name, or no date: a warning on the sheet; other names are ignored", () => {
    const note = issue(makeWorkbookData(parts()));
    const content = readNoteSheet(sheetValues(note))!;
    const data = withLedger(parts(), ledgerRowsOf(note));
    const { problems, repairs } = reconcileNotes(
      data,
      [
        { name: "SH20261123-05", content: null },
        { name: "SH20261123-06", content },
        { name: note.number, content: { ...content, date: null } },
        { name: "Sheet1", content: null },
      ],
      "en",
    );
    expect(repairs).toEqual([]);
    expect(problems.map((p) => [p.severity, p.code, p.sheet, p.params.sheet])).toEqual([
      ["warning", "note-sheet-unreadable", "SH20261123-05", "SH20261123-05"],
      ["warning", "note-sheet-unreadable", "SH20261123-06", "SH20261123-06"],
      ["warning", "note-sheet-unreadable", note.number, note.number],
    ]);
  });

  test("a sheet named in other case than its number is still the note", () => {
    const note = issue(makeWorkbookData(parts()));
    const data = withLedger(parts(), []);
    const { repairs } = reconcileNotes(
      data,
      [{ name: note.number.toLowerCase(), content: sheetOf(note).content }],
      "zh",
    );
    expect(repairs).toHaveLength(1);
  });

  test("nothing at all without 发货 or its key columns (every line would look missing)", () => {
    const note = issue(makeWorkbookData(parts()));
    const data = withLedger(parts(), []);
    const headers = ledgerOf(data).headers.filter((h) => h !== "单号");
    const noNumber = { ...data, [SHIPMENTS_TABLE.table]: makeTable(SHIPMENTS_TABLE, [], { headers }) };
    expect(reconcileNotes(noNumber, [sheetOf(note)], "zh")).toEqual({ problems: [], repairs: [] });
    const noLedger = makeWorkbookData({ ...parts(), without: [SHIPMENTS_TABLE.table] });
    expect(reconcileNotes(noLedger, [sheetOf(note)], "zh")).toEqual({ problems: [], repairs: [] });
  });

  test("a price printed blank stays blank, with 金额 0", () => {
    const noPrice = parts({
      orders: [makeOrderLine({ 单价: "" }), makeOrderLine({ 行号: 2, 货号: "B-200" })],
    });
    const note = issue(makeWorkbookData(noPrice));
    expect(note.lines[0]!.price).toBeNull();
    const { repairs } = reconcileNotes(withLedger(noPrice, []), [sheetOf(note)], "zh");
    expect(repairs[0]!.note.lines[0]).toMatchObject({ price: null, amount: toFen(0) });
    expect(ledgerRowsOf(repairs[0]!.note, repairs[0]!.missing)).toEqual(ledgerRowsOf(note));
  });
});
