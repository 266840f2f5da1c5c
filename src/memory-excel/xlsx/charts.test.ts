import JSZip from "jszip";
import type { ChartModel, WorkbookModel } from "../model";
import { readXlsx, unsupportedParts, writeXlsx } from "./index";
import { makeBook, put, sheetOf } from "./testBooks";

const SHEET = "应收汇总 O'Brien";

function barChart(overrides: Partial<ChartModel> = {}): ChartModel {
  return {
    name: "Chart 1",
    chartType: "BarClustered",
    title: { visible: true, text: "本期结欠（CNY）" },
    legend: { visible: false, position: "Bottom" },
    series: [
      {
        name: "本期结欠",
        values: `='应收汇总 O''Brien'!$H$2:$H$4`,
        categories: `='应收汇总 O''Brien'!$A$2:$A$4`,
      },
    ],
    categoryAxis: { reversePlotOrder: true, position: "Maximum" },
    cells: { row: 6, col: 0, rows: 12, cols: 14 },
    ...overrides,
  };
}

/** A summary-like sheet: names in A2:A4, closing balances in H2:H4 (the last a formula), and charts. */
function bookWith(...charts: ChartModel[]): WorkbookModel {
  const book = makeBook("参数", SHEET);
  const sheet = sheetOf(book, 1);
  put(sheet, 0, 0, { value: "客户" });
  put(sheet, 0, 7, { value: "本期结欠" });
  ["华美贸易", "宏达", "<O'Brien & Co>"].forEach((name, i) => put(sheet, i + 1, 0, { value: name }));
  put(sheet, 1, 7, { value: 1136.66 });
  put(sheet, 2, 7, { value: 600 });
  put(sheet, 3, 7, { formula: "=ROUND(500.1,2)", computed: 500.1 });
  sheet.charts = charts;
  return book;
}

async function zipOf(file: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(file);
}

async function part(zip: JSZip, path: string): Promise<string> {
  const entry = zip.file(path);
  if (!entry) throw new Error(`no ${path}`);
  return entry.async("string");
}

describe("charts in .xlsx", () => {
  test("write → read gives the same charts", async () => {
    const column = barChart({
      name: "Chart 2",
      chartType: "ColumnClustered",
      title: { visible: true },
      legend: { visible: true, position: "Right" },
      series: [{ name: "Series1", values: `='应收汇总 O''Brien'!$H$2:$H$4` }],
      categoryAxis: { reversePlotOrder: false, position: "Automatic" },
      cells: { row: 19, col: 2, rows: 10, cols: 5 },
    });
    const book = bookWith(barChart(), column);
    const back = await readXlsx(await writeXlsx(book));
    expect(sheetOf(back, 1).charts).toEqual(sheetOf(book, 1).charts);
    expect(sheetOf(back, 0).charts).toEqual([]);
  });

  test("the parts: a drawing anchoring each chart to its cells, bar charts with formulas and cached values", async () => {
    const zip = await zipOf(await writeXlsx(bookWith(barChart())));
    const sheetXml = await part(zip, "xl/worksheets/sheet2.xml");
    // <drawing> after the page setup and before the end, where the schema puts it.
    expect(sheetXml).toMatch(
      /<pageSetup[^>]*\/>(<headerFooter[^>]*\/>)?<drawing r:id="rId\d+"\/><\/worksheet>$/,
    );
    const sheetRels = await part(zip, "xl/worksheets/_rels/sheet2.xml.rels");
    expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
    expect(await part(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        "<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>",
    );
    expect(drawing).toContain('name="Chart 1"');
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    // The first category at the top, the value axis at the bottom (crossing at the last category).
    expect(chart).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx>/);
    expect(chart).toMatch(/<c:valAx>.*<c:crosses val="max"\/>.*<\/c:valAx>/);
    expect(chart).toContain("<a:t>本期结欠（CNY）</a:t>");
    expect(chart).toContain("<c:tx><c:v>本期结欠</c:v></c:tx>");
    expect(chart).toContain("<c:f>'应收汇总 O''Brien'!$A$2:$A$4</c:f>");
    expect(chart).toContain("<c:f>'应收汇总 O''Brien'!$H$2:$H$4</c:f>");
    expect(chart).toContain('<c:pt idx="2"><c:v>&lt;O\'Brien &amp; Co&gt;</c:v></c:pt>');
    expect(chart).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1136.66</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="2"><c:v>500.1</c:v></c:pt>');
    expect(chart).not.toContain("<c:legend>");
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
  });

  test("without formula results the cache leaves out what formulas showed, keeping the count", async () => {
    const zip = await zipOf(await writeXlsx(bookWith(barChart()), { omitFormulaResults: true }));
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1136.66</c:v></c:pt>');
    expect(chart).not.toContain("500.1<");
  });

  test("a sheet with a table keeps its table's relationship beside the drawing's; two sheets get two drawings", async () => {
    const book = bookWith(barChart());
    const other = sheetOf(book, 0);
    put(other, 0, 0, { value: "项目" });
    put(other, 0, 1, { value: "值" });
    put(other, 1, 0, { value: "公司名称" });
    book.tables.push({
      id: "t1",
      name: "Settings",
      sheetId: other.id,
      ref: { row: 0, col: 0, rows: 2, cols: 2 },
      columns: [
        { id: 1, name: "项目" },
        { id: 2, name: "值" },
      ],
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    });
    other.charts = [barChart({ name: "Chart 5", cells: { row: 3, col: 3, rows: 5, cols: 5 } })];
    const file = await writeXlsx(book);
    const zip = await zipOf(file);
    const rels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toMatch(/relationships\/table"/);
    expect(rels).toMatch(/relationships\/drawing"/);
    expect(await part(zip, "xl/worksheets/sheet1.xml")).toMatch(/<drawing r:id="rId\d+"\/><tableParts/);
    const back = await readXlsx(file);
    expect(back.sheets.map((s) => s.charts.map((c) => c.name))).toEqual([["Chart 5"], ["Chart 1"]]);
    expect(back.tables.map((t) => t.name)).toEqual(["Settings"]);
    expect(await unsupportedParts(file)).toEqual([]);
  });

  test("a hidden title and a legend at the top come back as they were", async () => {
    const chart = barChart({ title: { visible: false }, legend: { visible: true, position: "Top" } });
    const back = await readXlsx(await writeXlsx(bookWith(chart)));
    expect(sheetOf(back, 1).charts).toEqual([chart]);
  });
});

describe("which charts a round trip keeps", () => {
  async function withChartPart(edit: (xml: string) => string): Promise<Uint8Array> {
    const zip = await zipOf(await writeXlsx(bookWith(barChart())));
    zip.file("xl/charts/chart1.xml", edit(await part(zip, "xl/charts/chart1.xml")));
    return zip.generateAsync({ type: "uint8array" });
  }

  test("the charts we write are not reported", async () => {
    expect(
      await unsupportedParts(await writeXlsx(bookWith(barChart(), barChart({ name: "Chart 2" })))),
    ).toEqual([]);
  });

  test("a second series, another chart type or formatting the model lacks: reported, and not read", async () => {
    const secondSeries = await withChartPart((xml) =>
      xml.replace(
        /(<c:ser>.*?<\/c:ser>)/,
        (ser) =>
          ser + ser.replace('<c:idx val="0"/><c:order val="0"/>', '<c:idx val="1"/><c:order val="1"/>'),
      ),
    );
    const line = await withChartPart((xml) =>
      xml
        .replace(/<c:barChart>.*<\/c:barChart>/, (bar) => bar.replace(/c:barChart>/g, "c:lineChart>"))
        .replace(/<c:barDir val="bar"\/><c:grouping val="clustered"\/>/, '<c:grouping val="standard"/>'),
    );
    const stacked = await withChartPart((xml) => xml.replace('val="clustered"', 'val="stacked"'));
    const coloured = await withChartPart((xml) =>
      xml.replace(
        "</c:tx><c:invertIfNegative",
        '</c:tx><c:spPr><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></c:spPr><c:invertIfNegative',
      ),
    );
    const gap = await withChartPart((xml) =>
      xml.replace('<c:gapWidth val="150"/>', '<c:gapWidth val="50"/>'),
    );
    for (const file of [secondSeries, line, stacked, coloured, gap]) {
      expect(await unsupportedParts(file)).toEqual(["charts", "drawings"]);
      expect(sheetOf(await readXlsx(file), 1).charts).toEqual([]);
    }
  });

  test("only the cached values may differ: stale caches still round-trip", async () => {
    const stale = await withChartPart((xml) => xml.replace("<c:v>1136.66</c:v>", "<c:v>1</c:v>"));
    expect(await unsupportedParts(stale)).toEqual([]);
    expect(sheetOf(await readXlsx(stale), 1).charts).toEqual([barChart()]);
  });

  test("a chart with parts of its own (Excel's style and colours) is reported", async () => {
    const zip = await zipOf(await writeXlsx(bookWith(barChart())));
    zip.file("xl/charts/_rels/chart1.xml.rels", "<Relationships/>");
    expect(await unsupportedParts(await zip.generateAsync({ type: "uint8array" }))).toEqual([
      "charts",
      "drawings",
    ]);
  });

  test("a picture beside a chart: the drawing and image are reported, the chart itself is still read", async () => {
    const zip = await zipOf(await writeXlsx(bookWith(barChart())));
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    const picture =
      "<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
      '<xdr:ext cx="100" cy="100"/><xdr:pic/><xdr:clientData/></xdr:oneCellAnchor>';
    zip.file("xl/drawings/drawing1.xml", drawing.replace("</xdr:wsDr>", `${picture}</xdr:wsDr>`));
    zip.file("xl/media/image1.png", "png");
    const file = await zip.generateAsync({ type: "uint8array" });
    expect(await unsupportedParts(file)).toEqual(["images", "drawings"]);
    expect(sheetOf(await readXlsx(file), 1).charts).toEqual([barChart()]);
  });

  test("a chart sheet, a chart no sheet shows and a damaged chart part are reported; reading still works", async () => {
    const zip = await zipOf(await writeXlsx(bookWith(barChart())));
    zip.file("xl/charts/chart9.xml", await part(zip, "xl/charts/chart1.xml"));
    expect(await unsupportedParts(await zip.generateAsync({ type: "uint8array" }))).toEqual(["charts"]);
    zip.remove("xl/charts/chart9.xml");
    zip.file("xl/chartsheets/sheet1.xml", "<chartsheet/>");
    expect(await unsupportedParts(await zip.generateAsync({ type: "uint8array" }))).toEqual(["charts"]);
    zip.remove("xl/chartsheets/sheet1.xml");
    zip.file("xl/charts/chart1.xml", "<c:chartSpace><c:chart>");
    const damaged = await zip.generateAsync({ type: "uint8array" });
    expect(await unsupportedParts(damaged)).toEqual(["charts", "drawings"]);
    expect(sheetOf(await readXlsx(damaged), 1).charts).toEqual([]);
  });
});
