import {
  makeCustomer,
  makeOrderLine,
  makePayment,
  makeProduct,
  makeShipment,
  makeWorkbookData,
  serial,
  type WorkbookParts,
} from "../testing/factories";
import { fenToNumber } from "../money";
import type { NoteRequest } from "./note";
import type { WorkbookData } from "../workbook/tableData";
import { NOTE_INPUT_COLUMNS, prepareNote } from "./prepare";

const DATE = serial("2026-11-23");

function request(overrides: Partial<NoteRequest> = {}): NoteRequest {
  return {
    kind: "delivery",
    lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 40 }],
    date: DATE,
    withPrices: true,
    lang: "zh",
    paper: "A4",
    ...overrides,
  };
}

/** A monthly-terms customer, so payments do not stand in the way unless a test says so. */
function book(parts: WorkbookParts = {}) {
  return makeWorkbookData({
    customers: [makeCustomer({ 结算方式: "月结30天" })],
    orders: [makeOrderLine(), makeOrderLine({ 行号: 2, 货号: "B-200", 数量: 50, 单价: 3.3 })],
    products: [makeProduct(), makeProduct({ 货号: "B-200", 品名: "杯盖", 装箱数: "" })],
    ...parts,
  });
}

function codes(decision: ReturnType<typeof prepareNote>): string[] {
  return decision.problems.map((p) => p.code);
}

describe("prepareNote: the document", () => {
  test("a delivery takes its lines, customer, product details, boxes, totals and the first number of the day", () => {
    const decision = prepareNote(
      book({ settings: { COMPANY_NAME: "宁波恒达" } }),
      ["订单", "发货"],
      request({
        lines: [
          { orderNo: "SO-001", lineNo: 1, quantity: 50 },
          { orderNo: "so-001", lineNo: 2, quantity: 7 },
        ],
        vehicle: " 浙B12345 ",
      }),
    );
    expect(decision.problems).toEqual([]);
    const note = decision.note!;
    expect(note.number).toBe("SH20261123-01");
    expect(note.company.name).toBe("宁波恒达");
    expect(note.customer).toMatchObject({ name: "华美贸易", contact: "王经理", currency: "CNY" });
    expect(note.orderNos).toEqual(["SO-001"]);
    expect(note.vehicle).toBe("浙B12345");
    expect(
      note.lines.map((l) => [l.seq, l.lineNo, l.name, l.quantity, l.boxes, fenToNumber(l.amount)]),
    ).toEqual([
      [1, 1, "保温杯", 50, 3, 625],
      [2, 2, "杯盖", 7, null, 23.1],
    ]);
    expect(note.totals.quantity).toBe(57);
    expect(note.totals.boxes).toBe(3);
    expect(fenToNumber(note.totals.amount)).toBe(648.1);
  });

  test("the sequence is one past the day's highest among ledger numbers and sheet names, case aside", () => {
    const data = book({ shipments: [makeShipment({ 单号: "sh20261123-04", 数量: 1 })] });
    expect(prepareNote(data, ["SH20261123-07 (2)", "SH20261123-02"], request()).note?.number).toBe(
      "SH20261123-05",
    );
    expect(prepareNote(data, ["Sh20261123-09"], request()).note?.number).toBe("SH20261123-10");
  });

  test("a return has negative quantities, amounts and boxes and takes the TH prefix", () => {
    const data = book({ shipments: [makeShipment({ 数量: 60, 金额: 750 })] });
    const note = prepareNote(
      data,
      [],
      request({ kind: "return", lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 25 }] }),
    ).note!;
    expect(note.number).toBe("TH20261123-01");
    expect(note.lines[0]).toMatchObject({ quantity: -25, boxes: -2 });
    expect(fenToNumber(note.totals.amount)).toBe(-312.5);
  });

  test("text stays text: a customer named =1+1 is carried as that string", () => {
    const data = book({
      customers: [makeCustomer({ 客户名称: "=1+1", 结算方式: "月结30天" })],
      orders: [makeOrderLine({ 客户: "=1+1" })],
    });
    expect(prepareNote(data, [], request()).note?.customer.name).toBe("=1+1");
  });

  test("order lines' own 品名/规格/单位 win over the product's; blanks fall back to it", () => {
    const data = book({ orders: [makeOrderLine({ 品名: "特制保温杯", 规格: "" })] });
    const line = prepareNote(data, [], request()).note!.lines[0]!;
    expect([line.name, line.spec, line.unit]).toEqual(["特制保温杯", "500ml", "个"]);
  });

  test("overshipment allowance: 10 % lets 110 of 100 go, not 111", () => {
    const data = book({ settings: { OVERSHIP_RATE: 0.1 } });
    expect(
      prepareNote(data, [], request({ lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 110 }] })).problems,
    ).toEqual([]);
    const refused = prepareNote(
      data,
      [],
      request({ lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 111 }] }),
    );
    expect(codes(refused)).toEqual(["note-over-quantity"]);
    expect(refused.problems[0]!.params).toMatchObject({ unshipped: 100, limit: 110, rate: "10%" });
    expect(refused.problems[0]!.cell).toBe("K2");
  });
});

describe("NOTE_INPUT_COLUMNS", () => {
  test("are all a note needs: with every other column of 订单, 发货 and 收款 blanked, the same note", () => {
    const full = book({
      customers: [makeCustomer()],
      shipments: [makeShipment({ 数量: 10, 金额: 125 })],
      payments: [makePayment({ 金额: 1000 })],
    });
    const blanked: WorkbookData = { ...full };
    for (const [table, keep] of Object.entries(NOTE_INPUT_COLUMNS)) {
      const t = full[table]!;
      blanked[table] = {
        ...t,
        rows: t.rows.map((row) => row.map((v, i) => (keep.includes(t.headers[i]!) ? v : ""))),
      };
    }
    const lines = [
      { orderNo: "SO-001", lineNo: 1, quantity: 50 },
      { orderNo: "SO-001", lineNo: 2, quantity: 5 },
    ];
    const expected = prepareNote(full, [], request({ lines }));
    expect(expected.note).toBeDefined();
    expect(prepareNote(blanked, [], request({ lines }))).toEqual(expected);
    // and the shortfall check sees the same money
    const short = request({ lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 90 }] });
    expect(prepareNote(blanked, [], short)).toEqual(prepareNote(full, [], short));
    expect(codes(prepareNote(full, [], short))).toEqual(["payment-shortfall"]);
  });
});

describe("prepareNote: refusals", () => {
  const one = (orderNo: string, lineNo: number, quantity: number) => ({
    lines: [{ orderNo, lineNo, quantity }],
  });

  test.each([
    ["no lines", { lines: [] }, "note-no-lines"],
    ["a line not in 订单", one("SO-404", 1, 1), "note-line-missing"],
    ["a zero quantity", one("SO-001", 1, 0), "note-bad-quantity"],
    ["a fractional quantity", one("SO-001", 1, 1.5), "note-bad-quantity"],
    ["a negative quantity", one("SO-001", 1, -3), "note-bad-quantity"],
    ["NaN", one("SO-001", 1, Number.NaN), "note-bad-quantity"],
    ["beyond 未发数量", one("SO-001", 1, 101), "note-over-quantity"],
    ["a date that is not one", { date: 1.5 }, "note-bad-date"],
  ])("%s", (_, overrides, code) => {
    expect(codes(prepareNote(book(), [], request(overrides as Partial<NoteRequest>)))).toEqual([code]);
  });

  test("the same line twice", () => {
    const lines = [
      { orderNo: "SO-001", lineNo: 1, quantity: 1 },
      { orderNo: "so-001", lineNo: 1, quantity: 2 },
    ];
    expect(codes(prepareNote(book(), [], request({ lines })))).toEqual(["note-duplicate-line"]);
  });

  test("a fully shipped line, even with an overshipment allowance", () => {
    const data = book({ shipments: [makeShipment({ 数量: 100 })], settings: { OVERSHIP_RATE: 0.2 } });
    expect(codes(prepareNote(data, [], request(one("SO-001", 1, 1))))).toEqual(["note-fully-shipped"]);
  });

  test("returning more than was delivered net (a return already counted)", () => {
    const data = book({
      shipments: [
        makeShipment({ 数量: 30 }),
        makeShipment({ 单号: "TH20261121-01", 类型: "退货", 数量: -10 }),
      ],
    });
    const refused = prepareNote(data, [], request({ kind: "return", ...one("SO-001", 1, 21) }));
    expect(codes(refused)).toEqual(["note-return-too-many"]);
    expect(refused.problems[0]!.params.shipped).toBe(20);
    expect(prepareNote(data, [], request({ kind: "return", ...one("SO-001", 1, 20) })).problems).toEqual([]);
  });

  test("lines of two customers, or of two currencies", () => {
    const customers = [
      makeCustomer({ 结算方式: "月结30天" }),
      makeCustomer({ 客户名称: "Acme", 币种: "USD", 结算方式: "月结30天" }),
    ];
    const mixed = book({
      customers,
      orders: [makeOrderLine(), makeOrderLine({ 订单号: "SO-002", 客户: "Acme", 币种: "USD" })],
    });
    const lines = [
      { orderNo: "SO-001", lineNo: 1, quantity: 1 },
      { orderNo: "SO-002", lineNo: 1, quantity: 1 },
    ];
    expect(codes(prepareNote(mixed, [], request({ lines })))).toEqual(["note-mixed-customers"]);
    const currencies = book({
      customers,
      orders: [makeOrderLine(), makeOrderLine({ 订单号: "SO-002", 币种: "USD" })],
    });
    expect(codes(prepareNote(currencies, [], request({ lines })))).toEqual(["note-mixed-currencies"]);
  });

  test("a customer missing from 客户", () => {
    const data = book({ orders: [makeOrderLine({ 客户: "无名公司" })] });
    expect(codes(prepareNote(data, [], request()))).toEqual(["note-unknown-customer"]);
  });

  test("款到发货: the shortfall is said, and an override reason lets it go and is carried on every line", () => {
    const data = book({
      customers: [makeCustomer()],
      shipments: [makeShipment({ 数量: 10, 金额: 125 })],
      payments: [makePayment({ 金额: 375 })],
    });
    // 125 delivered + 40 × 12.50 = 625 needed, 375 paid.
    const refused = prepareNote(data, [], request());
    expect(codes(refused)).toEqual(["payment-shortfall"]);
    expect(refused.problems[0]!.params).toMatchObject({
      paid: "375.00",
      needed: "625.00",
      shortfall: "250.00",
    });
    expect(refused.problems[0]!.message).toContain("250.00");
    const note = prepareNote(data, [], request({ override: " 老客户，月底前付清 " })).note!;
    expect(note.override).toBe("老客户，月底前付清");
    expect(note.lines.every((l) => l.remark === "老客户，月底前付清")).toBe(true);
    // Paid enough: no override needed; a return never needs one.
    expect(
      prepareNote(data, [], request({ lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 20 }] })).problems,
    ).toEqual([]);
    expect(
      prepareNote(
        data,
        [],
        request({ kind: "return", lines: [{ orderNo: "SO-001", lineNo: 1, quantity: 5 }] }),
      ).problems,
    ).toEqual([]);
  });

  test("an unusable prefix in 参数", () => {
    for (const prefix of ["S/H", "SH:", "X".repeat(20)]) {
      expect(codes(prepareNote(book({ settings: { DELIVERY_PREFIX: prefix } }), [], request()))).toEqual([
        "note-prefix-invalid",
      ]);
    }
  });

  test("refusals are said in the clerk's language, whatever the note's", () => {
    const refused = prepareNote(book(), [], request({ lang: "zh", lines: [] }), "en");
    expect(refused.problems[0]!.message).toMatch(/No order line/);
  });
});
