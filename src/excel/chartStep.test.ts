import type { ChartStep, PlanStep } from "../core/plan";
import { MemoryWorkbook } from "../memory-excel";
import { applyPlan } from "./applyPlan";

const SHEET = "应收汇总 2026-11";

const DATA: PlanStep[] = [
  { kind: "addSheet", sheet: SHEET },
  {
    kind: "values",
    sheet: SHEET,
    address: "A1:B3",
    values: [
      ["华美贸易", 1136.66],
      ["宏达", 600],
      ["=1+1", 0],
    ],
  },
];

function chartStep(overrides: Partial<ChartStep> = {}): ChartStep {
  return {
    kind: "chart",
    sheet: SHEET,
    chartType: "BarClustered",
    title: "本期结欠（CNY）",
    seriesName: "本期结欠",
    categories: "A1:A3",
    values: "B1:B3",
    position: "A5:N16",
    ...overrides,
  };
}

describe("the chart step on memory-excel", () => {
  test("draws a titled bar chart of the values over the labels, without a legend, over the cells given", async () => {
    const book = new MemoryWorkbook();
    const syncs = await book.run((context) => applyPlan(context, { steps: [...DATA, chartStep()] }));
    expect(syncs).toBe(1);
    const sheet = book.model.sheets.find((s) => s.name === SHEET)!;
    expect(sheet.charts).toEqual([
      {
        name: "Chart 1",
        chartType: "BarClustered",
        title: { visible: true, text: "本期结欠（CNY）" },
        legend: { visible: false, position: "Bottom" },
        series: [
          {
            name: "本期结欠",
            values: `='${SHEET}'!$B$1:$B$3`,
            categories: `='${SHEET}'!$A$1:$A$3`,
          },
        ],
        // The first label at the top, the value axis at the bottom.
        categoryAxis: { reversePlotOrder: true, position: "Maximum" },
        cells: { row: 4, col: 0, rows: 12, cols: 14 },
      },
    ]);
  });

  test("two chart steps make two charts, each where it is told, in the plan's order", async () => {
    const book = new MemoryWorkbook();
    await book.run((context) =>
      applyPlan(context, {
        steps: [
          ...DATA,
          chartStep({ categories: "A1:A2", values: "B1:B2", position: "A5:N12" }),
          chartStep({ title: "本期结欠（USD）", categories: "A3", values: "B3", position: "A14:N21" }),
        ],
      }),
    );
    const charts = book.model.sheets.find((s) => s.name === SHEET)!.charts;
    expect(charts.map((c) => [c.name, c.title.text, c.series[0]?.values, c.cells.row])).toEqual([
      ["Chart 1", "本期结欠（CNY）", `='${SHEET}'!$B$1:$B$2`, 4],
      ["Chart 2", "本期结欠（USD）", `='${SHEET}'!$B$3`, 13],
    ]);
  });

  test("labels of several columns stop the write with Excel's InvalidArgument there, as Excel would", async () => {
    const book = new MemoryWorkbook();
    await expect(
      book.run((context) => applyPlan(context, { steps: [...DATA, chartStep({ categories: "A1:B3" })] })),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // Excel keeps what a batch did before the failing operation: the chart, without labels or title.
    const charts = book.model.sheets.find((s) => s.name === SHEET)!.charts;
    expect(charts.map((c) => [c.series[0]?.categories, c.title.text])).toEqual([[undefined, undefined]]);
  });

  test("a position that is not an address is a fault of the plan, found before anything is sent", async () => {
    const book = new MemoryWorkbook();
    await expect(
      book.run((context) => applyPlan(context, { steps: [...DATA, chartStep({ position: "below" })] })),
    ).rejects.toThrow("Not a range address: below");
    expect(book.syncLog).toEqual([]);
  });
});
