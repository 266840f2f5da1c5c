/**
 * The computed columns' formulas, computed by HyperFormula in memory-excel after setup has made the
 * named settings, compared with numbers worked out by hand.
 */
import {
  costingMarginFormula,
  costingProfitFormula,
  orderAmountFormula,
  orderDaysLateFormula,
  orderDueStatusFormula,
  orderUnshippedFormula,
} from "../../src/core/workbook/formulas";
import { createActions } from "../../src/excel/actions";
import { MemoryWorkbook } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";

const TODAY = new Date(2026, 10, 22); // 2026-11-22, serial 46348
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

async function bookWithSettings(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook({ engine: new HyperFormulaEngine(), now: () => TODAY });
  await createActions((batch) => book.run(batch)).setupWorkbook("zh");
  return book;
}

/** Writes a table on a new sheet, one formula column per entry of `formulas`, and reads its values. */
async function computeTable(
  book: MemoryWorkbook,
  name: string,
  headers: string[],
  rows: (string | number)[][],
  formulas: Record<string, string>,
): Promise<unknown[][]> {
  return book.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    const all = [...headers, ...Object.keys(formulas)];
    const last = String.fromCharCode(64 + all.length);
    const body = rows.map((row) => [...row, ...Object.values(formulas)]);
    sheet.getRange(`A1:${last}${rows.length + 1}`).values = [all, ...body];
    sheet.tables.add(`A1:${last}${rows.length + 1}`, true).name = name;
    const range = sheet.getRange(`A2:${last}${rows.length + 1}`).load("values");
    await context.sync();
    return range.values.map((row) => row.slice(headers.length));
  });
}

describe("核价 formulas", () => {
  test("profit and margin, with the row's rate or FX_USD (7.1) and NET_FACTOR (0.96)", async () => {
    const book = await bookWithSettings();
    const values = await computeTable(
      book,
      "CostingCheck",
      ["成本", "美金卖价", "汇率"],
      [
        [50, 10, 7], // 10 × 7 × 0.96 − 50 = 17.2; 17.2 / 70
        [50, 10, ""], // 10 × 7.1 × 0.96 − 50 = 18.16; 18.16 / 71
        [80, "", ""], // no price yet
        [100, 12.35, 6.85], // 12.35 × 6.85 × 0.96 − 100 = −18.7864 → −18.79
      ],
      { 利润: costingProfitFormula(), 销售利润率: costingMarginFormula() },
    );
    expect(values[0]![0]).toBeCloseTo(17.2, 10);
    expect(values[0]![1]).toBeCloseTo(17.2 / 70, 12);
    expect(values[1]![0]).toBeCloseTo(18.16, 10);
    expect(values[1]![1]).toBeCloseTo(18.16 / 71, 12);
    expect(values[2]).toEqual(["", ""]);
    expect(values[3]![0]).toBeCloseTo(-18.79, 10);
  });
});

describe("订单 formulas", () => {
  test("amount, unshipped, due status and days late against TODAY and DUE_WARN_DAYS (7)", async () => {
    const book = await bookWithSettings();
    const values = await computeTable(
      book,
      "OrdersCheck",
      ["数量", "单价", "交货日期", "已发数量"],
      [
        [100, 2.5, serial(2026, 11, 10), 40], // 12 days late
        [100, 2.5, serial(2026, 11, 10), 100], // complete
        [10, 3.333, serial(2026, 11, 29), 0], // due in 7 days
        [10, 3, serial(2026, 11, 30), 0], // due in 8 days
        ["", 3, serial(2026, 11, 30), 0], // no quantity yet
      ],
      {
        金额: orderAmountFormula(),
        未发数量: orderUnshippedFormula(),
        交期状态: orderDueStatusFormula(),
        延期天数: orderDaysLateFormula(),
      },
    );
    expect(values[0]).toEqual([250, 60, "逾期", 12]);
    expect(values[1]).toEqual([250, 0, "已完成", 0]);
    expect(values[2]).toEqual([33.33, 10, "将到期", 0]);
    expect(values[3]).toEqual([30, 10, "正常", 0]);
    expect(values[4]).toEqual(["", "", "", ""]);
  });
});
