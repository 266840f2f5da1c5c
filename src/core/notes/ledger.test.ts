import { SHIPMENTS_TABLE } from "../workbook/schema";
import {
  makeCustomer,
  makeOrderLine,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
} from "../testing/factories";
import { appendRow, ledgerSteps, missingLedgerLines } from "./ledger";
import { prepareNote } from "./prepare";
import type { NoteDocument } from "./note";

function note(): NoteDocument {
  const data = makeWorkbookData({
    customers: [makeCustomer({ 结算方式: "月结30天" })],
    orders: [makeOrderLine(), makeOrderLine({ 行号: 2, 单价: "" })],
  });
  return prepareNote(data, [], {
    kind: "delivery",
    lines: [
      { orderNo: "SO-001", lineNo: 1, quantity: 30 },
      { orderNo: "SO-001", lineNo: 2, quantity: 5 },
    ],
    date: serial("2026-11-23"),
    withPrices: true,
    lang: "zh",
    paper: "A4",
  }).note!;
}

describe("appendRow", () => {
  test("after the last row holding anything in a contract column; trailing blank rows are reused", () => {
    const ledger = makeTable(SHIPMENTS_TABLE, [makeShipment(), makeShipment(), {}, {}]);
    expect(appendRow(ledger)).toBe(2);
    expect(appendRow(makeTable(SHIPMENTS_TABLE, [{}]))).toBe(0);
    expect(appendRow(makeTable(SHIPMENTS_TABLE, []))).toBe(0);
  });

  test("a value only in a column the clerk added does not count", () => {
    const headers = [...SHIPMENTS_TABLE.columns.map((c) => c.header), "核对人"];
    const ledger = makeTable(SHIPMENTS_TABLE, [makeShipment(), { 核对人: 0 }], { headers });
    expect(appendRow(ledger)).toBe(1);
  });
});

describe("ledgerSteps", () => {
  test("every contract column, in the table's own order, below the given row; no price stays blank", () => {
    const ledger = makeTable(SHIPMENTS_TABLE, [makeShipment()], { row: 2, col: 1 });
    const steps = ledgerSteps(note(), note().lines, ledger, 1);
    expect(steps.map((s) => s.kind)).toEqual(["insertDown", "values"]);
    // Blank cells across the whole table first, where the rows go.
    expect(steps[0]).toEqual({ kind: "insertDown", sheet: "发货", address: "B5:T6" });
    const step = steps[1]!;
    if (step.kind !== "values") throw new Error("values step expected");
    // Header on sheet row 3, body from row 4; start 1 → row 5; table from column B, 19 columns → T.
    expect(step.address).toBe("B5:T6");
    const headers = SHIPMENTS_TABLE.columns.map((c) => c.header);
    const row = Object.fromEntries(headers.map((h, i) => [h, step.values[0]![i]]));
    expect(row).toEqual({
      单号: "SH20261123-01",
      日期: serial("2026-11-23"),
      类型: "送货",
      客户: "华美贸易",
      订单号: "SO-001",
      行号: 1,
      货号: "A-100",
      品名: "保温杯",
      规格: "500ml",
      颜色: "白",
      单位: "个",
      数量: 30,
      币种: "CNY",
      单价: 12.5,
      金额: 375,
      箱数: 2,
      回单状态: "未回",
      回单日期: "",
      备注: "",
    });
    expect(step.values[1]![headers.indexOf("单价")]).toBe("");
    expect(step.values[1]![headers.indexOf("金额")]).toBe(0);
  });

  test("a column the clerk inserted between contract columns is left alone: two blocks", () => {
    const headers = SHIPMENTS_TABLE.columns.map((c) => c.header);
    headers.splice(3, 0, "内部编号");
    const ledger = makeTable(SHIPMENTS_TABLE, [], { headers });
    const steps = ledgerSteps(note(), note().lines, ledger, 0);
    expect(steps.map((s) => `${s.kind} ${"address" in s ? s.address : ""}`)).toEqual([
      "insertDown A2:T3",
      "values A2:C3",
      "values E2:T3",
    ]);
  });
});

describe("missingLedgerLines", () => {
  test("lines without a row of the note's number, order and line", () => {
    const n = note();
    const rows = [
      makeShipment({ 单号: "sh20261123-01", 订单号: "so-001", 行号: 1 }),
      makeShipment({ 单号: "SH20261123-02", 订单号: "SO-001", 行号: 2 }),
    ];
    const missing = missingLedgerLines(n, makeTable(SHIPMENTS_TABLE, rows));
    expect(missing.map((l) => l.lineNo)).toEqual([2]);
    expect(missingLedgerLines(n, makeTable(SHIPMENTS_TABLE, []))).toHaveLength(2);
  });
});
