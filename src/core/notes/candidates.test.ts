import {
  makeCustomer,
  makeOrderLine,
  makeShipment,
  makeWorkbookData,
  TEST_TODAY,
} from "../testing/factories";
import { noteCandidates } from "./candidates";

const data = makeWorkbookData({
  customers: [makeCustomer({ 客户名称: "Acme", 币种: "USD", 结算方式: "月结30天" }), makeCustomer()],
  orders: [
    makeOrderLine(),
    makeOrderLine({ 行号: 2, 数量: 20 }),
    makeOrderLine({ 订单号: "SO-002", 客户: "Acme", 币种: "USD" }),
    makeOrderLine({ 订单号: "SO-003", 客户: "新客户" }),
  ],
  shipments: [makeShipment({ 数量: 30 }), makeShipment({ 行号: 2, 数量: 20 })],
});

describe("noteCandidates", () => {
  test("delivery: open lines by customer, 客户's order first, then customers only named in 订单", () => {
    const { customers } = noteCandidates(data, "delivery", TEST_TODAY);
    expect(
      customers.map((c) => [c.name, c.currency, c.terms, c.lines.map((l) => `${l.orderNo}:${l.lineNo}`)]),
    ).toEqual([
      ["Acme", "USD", "月结30天", ["SO-002:1"]],
      ["华美贸易", "CNY", "款到发货", ["SO-001:1"]],
      ["新客户", "", "", ["SO-003:1"]],
    ]);
    expect(customers[1]!.lines[0]).toMatchObject({ quantity: 100, shipped: 30, unshipped: 70 });
  });

  test("return: lines with something delivered net", () => {
    const { customers } = noteCandidates(data, "return", TEST_TODAY);
    expect(customers.map((c) => c.lines.map((l) => [l.lineNo, l.shipped]))).toEqual([
      [
        [1, 30],
        [2, 20],
      ],
    ]);
  });

  test("the selection keeps the candidate rows only, in sheet order, once each", () => {
    expect(noteCandidates(data, "delivery", TEST_TODAY, [2, 1, 0, 0, 9]).selected).toEqual([
      { orderNo: "SO-001", lineNo: 1 },
      { orderNo: "SO-002", lineNo: 1 },
    ]);
  });

  test("no Orders table: nothing to offer", () => {
    const empty = makeWorkbookData({ without: ["Orders"] });
    expect(noteCandidates(empty, "delivery", TEST_TODAY)).toEqual({ customers: [], selected: [] });
  });
});
