import { buildDemo } from "../demo/demoData";
import {
  makeCustomer,
  makePayment,
  makeSettingsRows,
  makeShipment,
  makeTable,
  makeWorkbookData,
  serial,
} from "../testing/factories";
import { CONTRACT_TABLES, PAYMENTS_TABLE, SETTINGS_TABLE, SHIPMENTS_TABLE } from "../workbook/schema";
import type { WorkbookData } from "../workbook/tableData";
import { receivablesSummary } from "./aging";
import { STATEMENT_INPUT_COLUMNS } from "./columns";
import { computeStatement, lastMonth } from "./compute";
import type { StatementDetail } from "./statement";

const TODAY = serial("2026-11-23");

/** The demo workbook's tables as data, 参数 with its defaults. */
function demoData(): WorkbookData {
  const demo = buildDemo(TODAY);
  const data: WorkbookData = {};
  for (const spec of CONTRACT_TABLES) {
    data[spec.table] =
      spec === SETTINGS_TABLE
        ? makeTable(SETTINGS_TABLE, makeSettingsRows())
        : { ...makeTable(spec, []), rows: demo.rows[spec.table] ?? [] };
  }
  return data;
}

/** `data` with every cell of the named tables outside `columns` blanked, as a reader of only those leaves it. */
function restricted(
  data: WorkbookData,
  columns: Readonly<Record<string, readonly string[]>> = STATEMENT_INPUT_COLUMNS,
): WorkbookData {
  const out: WorkbookData = { ...data };
  for (const [name, keep] of Object.entries(columns)) {
    const table = data[name]!;
    out[name] = {
      ...table,
      rows: table.rows.map((row) => row.map((value, i) => (keep.includes(table.headers[i]!) ? value : ""))),
    };
  }
  return out;
}

/** Every customer's statement for each detail, as computeStatement gives it (problems included). */
function everyStatement(data: WorkbookData, from: number, to: number) {
  const names = data.Customers!.rows.map((row) => String(row[data.Customers!.headers.indexOf("客户名称")]));
  return names.flatMap((customer) =>
    (["notes", "lines"] as StatementDetail[]).map((detail) =>
      computeStatement(data, { customer, from, to, detail, lang: "zh" }),
    ),
  );
}

describe("STATEMENT_INPUT_COLUMNS", () => {
  test("name only 发货 and 收款 columns, leaving those a statement never reads", () => {
    expect(Object.keys(STATEMENT_INPUT_COLUMNS).sort()).toEqual([
      PAYMENTS_TABLE.table,
      SHIPMENTS_TABLE.table,
    ]);
    const unread = (spec: typeof SHIPMENTS_TABLE) =>
      spec.columns.map((c) => c.header).filter((h) => !STATEMENT_INPUT_COLUMNS[spec.table]!.includes(h));
    expect(unread(SHIPMENTS_TABLE)).toEqual([
      "行号",
      "规格",
      "颜色",
      "单位",
      "箱数",
      "回单状态",
      "回单日期",
      "备注",
    ]);
    expect(unread(PAYMENTS_TABLE)).toEqual(["备注"]);
  });

  test.each([
    ["last month", lastMonth(TODAY)],
    ["this month to date", { from: serial("2026-11-01"), to: TODAY }],
    ["the whole year", { from: serial("2026-01-01"), to: serial("2026-12-31") }],
    ["a quiet period before any row", { from: serial("2020-01-01"), to: serial("2020-01-31") }],
  ])(
    "on the demo, %s: every statement (both details) and the summary are the same from those columns only",
    (_, period) => {
      const data = demoData();
      const full = everyStatement(data, period.from, period.to);
      expect(full.filter((s) => s.statement).length).toBeGreaterThan(4);
      expect(everyStatement(restricted(data), period.from, period.to)).toEqual(full);
      const summary = receivablesSummary(data, period.from, period.to, TODAY);
      expect(summary.summary).toBeDefined();
      expect(receivablesSummary(restricted(data), period.from, period.to, TODAY)).toEqual(summary);
    },
  );

  test("refusals name the same cells from those columns only: another currency, an unreadable 金额, a 退货 with a positive 金额", () => {
    const name = "华美贸易";
    const customer = makeCustomer({ 客户名称: name, 结算方式: "月结30天" });
    const shipment = { 客户: name, 日期: serial("2026-10-08") };
    const data = makeWorkbookData({
      customers: [customer],
      shipments: [
        makeShipment({ ...shipment, 币种: "USD" }),
        makeShipment({ ...shipment, 金额: "一千" }),
        makeShipment({ ...shipment, 类型: "退货", 数量: -5, 金额: 60 }),
      ],
      payments: [makePayment({ 客户: name, 收款日期: serial("2026-10-09"), 币种: "USD" })],
    });
    const { from, to } = lastMonth(TODAY);
    const full = everyStatement(data, from, to);
    expect(full[0]!.problems.map((p) => p.code).sort()).toEqual([
      "statement-bad-amount",
      "statement-mixed-currency",
      "statement-mixed-currency",
      "statement-type-mismatch",
    ]);
    expect(everyStatement(restricted(data), from, to)).toEqual(full);
    expect(receivablesSummary(restricted(data), from, to, TODAY)).toEqual(
      receivablesSummary(data, from, to, TODAY),
    );
  });

  test("the comparison notices a column left out: without 方式, a payment's reference changes", () => {
    const data = demoData();
    const { from, to } = { from: serial("2026-01-01"), to: TODAY };
    const withoutMethod = {
      ...STATEMENT_INPUT_COLUMNS,
      [PAYMENTS_TABLE.table]: STATEMENT_INPUT_COLUMNS[PAYMENTS_TABLE.table]!.filter((h) => h !== "方式"),
    };
    expect(everyStatement(restricted(data, withoutMethod), from, to)).not.toEqual(
      everyStatement(data, from, to),
    );
  });
});
