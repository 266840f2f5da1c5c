import { MemoryWorkbook } from "../index";
import type { ChartModel, SheetModel } from "../model";
import { codeOf, modelSnapshot } from "./testing";

/** A 汇总 sheet: customers in A2:A4, their balances in B2:B4 under a header row. */
async function balancesBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await book.run(async (context) => {
    const sheet = context.workbook.worksheets.add("汇总");
    sheet.getRange("A1:C4").values = [
      ["客户", "本期结欠", "上期结欠"],
      ["华美贸易", 1136.66, 1000],
      ["宏达", 600, 1000],
      ["O'Brien Ltd", 500.1, 2000],
    ];
    await context.sync();
  });
  return book;
}

function sheetNamed(book: MemoryWorkbook, name: string): SheetModel {
  const sheet = book.model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function chartsOf(book: MemoryWorkbook, name = "汇总"): ChartModel[] {
  return sheetNamed(book, name).charts;
}

describe("charts.add", () => {
  test("a column of numbers makes one series Series1 without categories, named Chart 1, titled by the series", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"), "Columns");
      chart.load("name, chartType");
      const title = chart.title.load("text, visible");
      const legend = chart.legend.load("visible, position");
      const axis = chart.axes.categoryAxis.load("reversePlotOrder, position");
      const series = chart.series.load("items/name, count");
      await context.sync();
      expect([chart.name, chart.chartType]).toEqual(["Chart 1", "BarClustered"]);
      expect([title.text, title.visible]).toEqual(["Series1", true]);
      expect([legend.visible, legend.position]).toEqual([false, "Bottom"]);
      expect([axis.reversePlotOrder, axis.position]).toEqual([false, "Automatic"]);
      expect([series.count, series.items.map((s) => s.name)]).toEqual([1, ["Series1"]]);
    });
    expect(chartsOf(book)[0]?.series).toEqual([{ name: "Series1", values: "=汇总!$B$2:$B$4" }]);
  });

  test("a block with a header row and a column of names: a series per column, named by the header, over the names", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
      await context.sync();
    });
    const chart = chartsOf(book)[0]!;
    expect(chart.series).toEqual([
      { name: "本期结欠", values: "=汇总!$B$2:$B$4", categories: "=汇总!$A$2:$A$4" },
      { name: "上期结欠", values: "=汇总!$C$2:$C$4", categories: "=汇总!$A$2:$A$4" },
    ]);
    expect(chart.legend).toEqual({ visible: true, position: "Bottom" });
    expect(chart.title.visible).toBe(false);
  });

  test("by rows: each row is a series; Auto takes rows when the range is wider than tall", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      sheet.charts.add("BarClustered", sheet.getRange("B2:C3"), "Rows");
      sheet.charts.add("BarClustered", sheet.getRange("B2:C2"), "Auto");
      await context.sync();
    });
    expect(chartsOf(book).map((c) => c.series.map((s) => s.values))).toEqual([
      ["=汇总!$B$2:$C$2", "=汇总!$B$3:$C$3"],
      ["=汇总!$B$2:$C$2"],
    ]);
  });

  test("names go Chart 1, Chart 2, … past the highest number on the sheet; each sheet counts its own", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      const data = sheet.getRange("B2:B4");
      sheet.charts.add("BarClustered", data).name = "Chart 7";
      sheet.charts.add("BarClustered", data);
      // Data on another sheet is allowed; the chart belongs to the sheet it is added to.
      context.workbook.worksheets.getItem("Sheet1").charts.add("BarClustered", data);
      await context.sync();
    });
    expect(chartsOf(book).map((c) => c.name)).toEqual(["Chart 7", "Chart 8"]);
    expect(chartsOf(book, "Sheet1").map((c) => [c.name, c.series[0]?.values])).toEqual([
      ["Chart 1", "=汇总!$B$2:$B$4"],
    ]);
  });

  test("a chart type memory-excel does not draw, a bad seriesBy or a range of another context is InvalidArgument", async () => {
    const book = await balancesBook();
    const sheetOf = (context: Excel.RequestContext): Excel.Worksheet =>
      context.workbook.worksheets.getItem("汇总");
    expect(
      await codeOf(
        book.run(async (context) => {
          sheetOf(context).charts.add("Pie", sheetOf(context).getRange("B2:B4"));
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        book.run(async (context) => {
          const sheet = sheetOf(context);
          sheet.charts.add("BarClustered", sheet.getRange("B2:B4"), "Diagonal" as Excel.ChartSeriesBy);
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    const other = book.createContext();
    expect(
      await codeOf(
        book.run(async (context) => {
          sheetOf(context).charts.add("BarClustered", sheetOf(other).getRange("B2:B4"));
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(chartsOf(book)).toEqual([]);
  });
});

describe("a chart's series, title, legend and position", () => {
  test("the series' values and labels, its name, the title, no legend and the cells it covers", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("C2:C4"), "Columns");
      const series = chart.series.getItemAt(0);
      series.setValues(sheet.getRange("B2:B4"));
      series.setXAxisValues(sheet.getRange("A2:A4"));
      series.name = "本期结欠";
      chart.title.text = "本期结欠（CNY）";
      chart.legend.visible = false;
      chart.setPosition("A6", "F20");
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum";
      const axis = chart.axes.categoryAxis.load("reversePlotOrder, position");
      await context.sync();
      expect([axis.reversePlotOrder, axis.position]).toEqual([true, "Maximum"]);
    });
    expect(chartsOf(book)).toEqual([
      {
        name: "Chart 1",
        chartType: "BarClustered",
        title: { visible: true, text: "本期结欠（CNY）" },
        legend: { visible: false, position: "Bottom" },
        series: [{ name: "本期结欠", values: "=汇总!$B$2:$B$4", categories: "=汇总!$A$2:$A$4" }],
        categoryAxis: { reversePlotOrder: true, position: "Maximum" },
        cells: { row: 5, col: 0, rows: 15, cols: 6 },
      },
    ]);
  });

  test("setPosition with one cell moves the chart and keeps its size; Range arguments work too", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
      chart.setPosition(sheet.getRange("B10:C12"), sheet.getRange("H30"));
      await context.sync();
      expect(chartsOf(book)[0]?.cells).toEqual({ row: 9, col: 1, rows: 21, cols: 7 });
      chart.setPosition("A1");
      await context.sync();
    });
    expect(chartsOf(book)[0]?.cells).toEqual({ row: 0, col: 0, rows: 21, cols: 7 });
  });

  test("bad positions and a block of several rows and columns as a series' values are InvalidArgument", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
      await context.sync();
    });
    const attempt = (act: (chart: Excel.Chart, sheet: Excel.Worksheet) => void): Promise<string> =>
      codeOf(
        book.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("汇总");
          act(sheet.charts.getItemAt(0), sheet);
          await context.sync();
        }),
      );
    expect(await attempt((chart) => chart.setPosition("not a cell"))).toBe("InvalidArgument");
    expect(await attempt((chart) => chart.setPosition("F20", "A6"))).toBe("InvalidArgument");
    expect(await attempt((chart) => chart.setPosition("Sheet1!A1"))).toBe("InvalidArgument");
    expect(await attempt((c, sheet) => c.series.getItemAt(0).setValues(sheet.getRange("A2:B4")))).toBe(
      "InvalidArgument",
    );
    expect(await attempt((chart) => (chart.chartType = "Line"))).toBe("InvalidArgument");
    expect(await attempt((chart) => (chart.name = " "))).toBe("InvalidArgument");
    expect(await attempt((chart) => (chart.legend.position = "Sideways" as Excel.ChartLegendPosition))).toBe(
      "InvalidArgument",
    );
    expect(await attempt((chart) => (chart.axes.categoryAxis.position = "Custom"))).toBe("InvalidArgument");
    expect(chartsOf(book)[0]).toMatchObject({
      name: "Chart 1",
      chartType: "BarClustered",
      cells: { row: 1, col: 3, rows: 15, cols: 8 },
    });
  });
});

describe("finding and deleting charts", () => {
  test("getItem ignores case, getItemOrNullObject gives a null object, count and getCount agree", async () => {
    const book = await balancesBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
      sheet.charts.add("ColumnClustered", sheet.getRange("C2:C4"));
      const second = sheet.charts.getItem("chart 2").load("chartType");
      const missing = sheet.charts.getItemOrNullObject("Chart 9");
      const charts = sheet.charts.load("count, items/name");
      const count = sheet.charts.getCount();
      await context.sync();
      expect(second.chartType).toBe("ColumnClustered");
      expect(missing.isNullObject).toBe(true);
      expect([charts.count, count.value]).toEqual([2, 2]);
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1", "Chart 2"]);
    });
  });

  test("getItem and getItemAt of a missing chart are ItemNotFound; properties need load and sync", async () => {
    const book = await balancesBook();
    expect(
      await codeOf(
        book.run(async (context) => {
          context.workbook.worksheets.getItem("汇总").charts.getItem("Chart 1").load("name");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    expect(
      await codeOf(
        book.run(async (context) => {
          context.workbook.worksheets.getItem("汇总").charts.getItemAt(0).load("name");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("汇总");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });

  test("delete removes the chart; a later change to it is ItemNotFound", async () => {
    const book = await balancesBook();
    const code = await codeOf(
      book.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("汇总");
        const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
        chart.delete();
        chart.title.text = "gone";
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(chartsOf(book)).toEqual([]);
  });
});

describe("charts as the workbook changes", () => {
  async function crossSheetBook(): Promise<MemoryWorkbook> {
    const book = await balancesBook();
    await book.run(async (context) => {
      const data = context.workbook.worksheets.getItem("汇总").getRange("B2:B4");
      context.workbook.worksheets.getItem("汇总").charts.add("BarClustered", data);
      context.workbook.worksheets.getItem("Sheet1").charts.add("BarClustered", data);
      await context.sync();
    });
    return book;
  }

  test("renaming the data's sheet rewrites the series' references", async () => {
    const book = await crossSheetBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").name = "O'Brien 汇总";
      await context.sync();
    });
    expect(chartsOf(book, "Sheet1")[0]?.series[0]?.values).toBe("='O''Brien 汇总'!$B$2:$B$4");
    expect(chartsOf(book, "O'Brien 汇总")[0]?.series[0]?.values).toBe("='O''Brien 汇总'!$B$2:$B$4");
  });

  test("deleting a sheet deletes its charts; charts elsewhere that used its cells refer to #REF!", async () => {
    const book = await crossSheetBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").delete();
      await context.sync();
    });
    expect(book.model.sheets.map((s) => [s.name, s.charts.length])).toEqual([["Sheet1", 1]]);
    expect(chartsOf(book, "Sheet1")[0]?.series[0]?.values).toBe("=#REF!");
  });

  test("cells inserted above the data move the series' references down", async () => {
    const book = await crossSheetBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").getRange("A1:C2").insert("Down");
      await context.sync();
    });
    expect(chartsOf(book, "Sheet1")[0]?.series[0]?.values).toBe("=汇总!$B$4:$B$6");
  });

  test("a snapshot of the model holds the charts", async () => {
    const book = await crossSheetBook();
    const copy = JSON.parse(modelSnapshot(book.model)) as { sheets: { charts: unknown[] }[] };
    expect(copy.sheets.map((s) => s.charts)).toEqual(book.model.sheets.map((s) => s.charts));
  });
});
