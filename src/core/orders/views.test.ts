import {
  makeCosting,
  makeOrderLine,
  makeShipment,
  makeWorkbookData,
  serial,
  TEST_TODAY,
} from "../testing/factories";
import { costingView, trackingView } from "./views";

describe("trackingView", () => {
  const data = makeWorkbookData({
    orders: [
      makeOrderLine({ 行号: 1, 交货日期: serial("2026-11-12"), 生产状态: "生产中" }), // 10 days late
      makeOrderLine({ 行号: 2, 交货日期: serial("2026-11-25"), 生产状态: "待验货" }), // 3 days left
      makeOrderLine({ 行号: 3, 交货日期: serial("2026-11-20"), 生产状态: "生产中" }), // 2 days late
      makeOrderLine({ 行号: 4, 交货日期: serial("2026-11-23"), 生产状态: "" }), // 1 day left
      makeOrderLine({ 行号: 5, 交货日期: serial("2026-12-20"), 生产状态: "待排产" }), // normal
      makeOrderLine({ 行号: 6, 交货日期: serial("2026-11-01"), 生产状态: "已完工", 数量: 10 }), // shipped: complete
    ],
    shipments: [makeShipment({ 行号: 6, 数量: 10 })],
  });
  const view = trackingView(data, TEST_TODAY);

  test("lists overdue lines most late first, then due-soon lines soonest first", () => {
    expect(view.urgent.map((u) => [u.lineNo, u.status, u.daysLate, u.daysLeft])).toEqual([
      ["1", "逾期", 10, 0],
      ["3", "逾期", 2, 0],
      ["4", "将到期", 0, 1],
      ["2", "将到期", 0, 3],
    ]);
    expect(view.urgentTotal).toBe(4);
  });

  test("each line names the cell a click selects and says what the clerk needs", () => {
    expect(view.urgent[0]).toMatchObject({
      sheet: "订单",
      cell: "O2",
      orderNo: "SO-001",
      customer: "华美贸易",
      product: "A-100",
      due: "2026-11-12",
      production: "生产中",
    });
  });

  test("counts open lines by 生产状态; complete lines are not counted", () => {
    expect(view.byProduction).toEqual([
      { state: "待排产", count: 1 },
      { state: "生产中", count: 2 },
      { state: "待验货", count: 1 },
      { state: "未填", count: 1 },
    ]);
  });

  test("the limit cuts the list but not the total", () => {
    const short = trackingView(data, TEST_TODAY, 1);
    expect(short.urgent).toHaveLength(1);
    expect(short.urgentTotal).toBe(4);
  });

  test("a workbook without 订单 shows nothing", () => {
    expect(trackingView(makeWorkbookData({ without: ["Orders"] }), TEST_TODAY)).toEqual({
      urgent: [],
      byProduction: [],
      urgentTotal: 0,
    });
  });
});

describe("costingView", () => {
  const data = makeWorkbookData({
    costing: [
      makeCosting({ 货号: "A-1", 成本: 50, 美金卖价: 10, 汇率: 7, 审核状态: "已审核" }),
      makeCosting({ 货号: "A-2", 成本: 65, 美金卖价: 10, 汇率: null, 审核状态: "待审核" }),
      makeCosting({ 货号: null, 成本: 1 }),
    ],
  });
  const view = costingView(data);

  test("computes profit and margin as the sheet does and flags rows below 最低利润率", () => {
    expect(view.settings).toEqual({ fxUsd: 7.1, netFactor: 0.96, minMargin: 0.1 });
    expect(view.rows.map((r) => [r.product, r.profit, r.belowMinimum, r.review])).toEqual([
      ["A-1", 17.2, false, "已审核"],
      ["A-2", 3.16, true, "待审核"],
    ]);
    expect(view.rows[0]!.margin).toBeCloseTo(17.2 / 70, 12);
    expect(view.rows[1]!.rate).toBeNull();
    expect(view.rows[1]).toMatchObject({ sheet: "核价", cell: "A3" });
  });
});
