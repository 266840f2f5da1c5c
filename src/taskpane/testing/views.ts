/** Factories for the views the pane shows, for tests: defaults plus what a test says. */
import type { CostingRow, TrackingView, UrgentLine } from "../../core/orders/views";
import type { CostingSnapshot } from "../../excel/views";

export function makeUrgentLine(overrides: Partial<UrgentLine> = {}): UrgentLine {
  return {
    sheet: "订单",
    cell: "H2",
    orderNo: "SO-2401",
    lineNo: "1",
    customer: "宁波华美",
    product: "HM-101",
    due: "2024-05-01",
    daysLate: 3,
    daysLeft: 0,
    status: "逾期",
    production: "生产中",
    ...overrides,
  };
}

export function makeTrackingView(overrides: Partial<TrackingView> = {}): TrackingView {
  const urgent = overrides.urgent ?? [makeUrgentLine()];
  return {
    urgent,
    byProduction: [{ state: "生产中", count: 1 }],
    urgentTotal: urgent.length,
    ...overrides,
  };
}

export function makeCostingRow(overrides: Partial<CostingRow> = {}): CostingRow {
  return {
    sheet: "核价",
    cell: "A2",
    product: "HM-101",
    cost: 50,
    usdPrice: 10,
    rate: null,
    profit: 17.68,
    margin: 0.2456,
    review: "已审核",
    belowMinimum: false,
    ...overrides,
  };
}

export function makeCostingSnapshot(overrides: Partial<CostingSnapshot> = {}): CostingSnapshot {
  return {
    settings: { fxUsd: 7.2, netFactor: 0.94, minMargin: 0.1 },
    rows: [makeCostingRow()],
    selected: -1,
    ...overrides,
  };
}
