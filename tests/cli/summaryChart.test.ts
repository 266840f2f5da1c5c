/**
 * The 应收汇总 charts through the command line: `gendan statement --all` writes a file whose summary
 * sheet holds a bar chart of 本期结欠 per currency, each over its own currency's rows; a second
 * `--in-place` run on that file keeps them (the charts are not a reason to refuse), while a chart
 * the model cannot hold exactly still is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { parseReferenceFormula } from "../../src/memory-excel/api/rects";
import { cellValue, getCell, type SheetModel } from "../../src/memory-excel/model";
import { readXlsx, unsupportedParts } from "../../src/memory-excel/xlsx";
import { gendan, scratchFolder, sha256 } from "./helpers";

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

const ENV = { LANG: "zh_CN.UTF-8", GENDAN_TODAY: "2026-11-23" };

async function batch(
  book: string,
  month: "10" | "11",
  output: string[],
): Promise<{ code: number; summary: string }> {
  const last = month === "10" ? "31" : "30";
  const run = await gendan(
    [
      "statement",
      book,
      "--all",
      "--from",
      `2026-${month}-01`,
      "--to",
      `2026-${month}-${last}`,
      ...output,
      "--json",
    ],
    dir,
    ENV,
  );
  const json = run.stdout === "" ? {} : (JSON.parse(run.stdout) as { summary?: string });
  return { code: run.code, summary: json.summary ?? "" };
}

/** The 客户 and 币种 cells of a chart's rows, read through its series' references. */
function chartRows(
  sheet: SheetModel,
  chart: SheetModel["charts"][number],
): { customer: unknown; currency: unknown }[] {
  const series = chart.series[0]!;
  const labels = parseReferenceFormula(series.categories!)!;
  const values = parseReferenceFormula(series.values)!;
  expect(labels.sheet).toBe(sheet.name);
  expect(values.sheet).toBe(sheet.name);
  expect([values.rect.row, values.rect.rows, values.rect.col]).toEqual([
    labels.rect.row,
    labels.rect.rows,
    7,
  ]);
  return Array.from({ length: labels.rect.rows }, (_, i) => ({
    customer: cellValue(getCell(sheet, labels.rect.row + i, 0)),
    currency: cellValue(getCell(sheet, labels.rect.row + i, 1)),
  }));
}

/** Checks the summary's charts: one per currency of its rows, each over exactly that currency's rows. */
function expectChartPerCurrency(sheet: SheetModel): void {
  const currencies = new Set<unknown>();
  for (const chart of sheet.charts) {
    const currency = /（(\w+)）$/.exec(chart.title.text ?? "")?.[1];
    const rows = chartRows(sheet, chart);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.currency === currency)).toBe(true);
    currencies.add(currency);
  }
  // Every customer row of the table (币种 is CNY or USD, 客户 not 合计) is in a chart.
  const tableRows = sheet.cells.flatMap((cells, row) => {
    const currency = cellValue(cells?.[1]);
    const customer = cellValue(cells?.[0]);
    return (currency === "CNY" || currency === "USD") && customer !== "合计" ? [row] : [];
  });
  const charted = sheet.charts.reduce((n, c) => n + chartRows(sheet, c).length, 0);
  expect(charted).toBe(tableRows.length);
  expect(currencies.size).toBe(sheet.charts.length);
}

describe("应收汇总 charts from the command line", () => {
  test("--all writes a bar chart per currency; --in-place on that file keeps them and adds the next month's", async () => {
    expect((await gendan(["init", "demo.xlsx", "--demo"], dir, ENV)).code).toBe(0);
    const november = await batch("demo.xlsx", "11", ["-o", "out.xlsx"]);
    expect(november.code).toBe(0);
    const out = join(dir, "out.xlsx");
    const file = readFileSync(out);
    const zip = await JSZip.loadAsync(file);
    const chartParts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(chartParts.length).toBeGreaterThan(0);
    expect(await unsupportedParts(file)).toEqual([]);

    const first = (await readXlsx(file)).sheets.find((s) => s.name === november.summary)!;
    expect(first.charts.length).toBe(chartParts.length);
    expect(first.charts.every((c) => c.chartType === "BarClustered")).toBe(true);
    expectChartPerCurrency(first);
    // Below the table: the print area reaches the last chart's bottom row.
    const bottom = Math.max(...first.charts.map((c) => c.cells.row + c.cells.rows));
    const area = first.pageLayout.printArea!;
    expect(area.row + area.rows).toBe(bottom);

    const october = await batch("out.xlsx", "10", ["--in-place"]);
    expect(october.code).toBe(0);
    const again = await readXlsx(readFileSync(out));
    const kept = again.sheets.find((s) => s.name === november.summary)!;
    const added = again.sheets.find((s) => s.name === october.summary)!;
    expect(kept.charts).toEqual(first.charts);
    expect(added.charts.length).toBeGreaterThan(0);
    expectChartPerCurrency(added);
    expect(await unsupportedParts(readFileSync(out))).toEqual([]);
  }, 120_000);

  test("a chart formatted beyond what gendan keeps still stops --in-place, leaving the file as it was", async () => {
    expect((await gendan(["init", "demo.xlsx", "--demo"], dir, ENV)).code).toBe(0);
    expect((await batch("demo.xlsx", "11", ["-o", "out.xlsx"])).code).toBe(0);
    const out = join(dir, "out.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    // A red fill on the bars, as someone might add in Excel.
    const red = '<c:spPr><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></c:spPr>';
    zip.file(
      "xl/charts/chart1.xml",
      chart.replace("</c:tx><c:invertIfNegative", `</c:tx>${red}<c:invertIfNegative`),
    );
    writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
    const before = sha256(out);
    const run = await gendan(
      ["statement", "out.xlsx", "--all", "--from", "2026-10-01", "--to", "2026-10-31", "--in-place"],
      dir,
      { LANG: "en_US.UTF-8", GENDAN_TODAY: "2026-11-23" },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/charts/);
    expect(sha256(out)).toBe(before);
  }, 120_000);
});
