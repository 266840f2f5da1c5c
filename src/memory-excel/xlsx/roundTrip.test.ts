import JSZip from "jszip";
import { getCell, type CellStyle, type WorkbookModel } from "../model";
import { readXlsx, writeXlsx } from "./index";
import { makeBook, put, sheetOf } from "./testBooks";

async function roundTrip(book: WorkbookModel): Promise<WorkbookModel> {
  return readXlsx(await writeXlsx(book));
}

async function partOf(file: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const entry = zip.file(path);
  if (!entry) throw new Error(`no ${path}`);
  return entry.async("string");
}

describe("sheets", () => {
  it("keeps order, Chinese names, visibility, tab colours and the active sheet", async () => {
    const book = makeBook("参数", "订单", "隐藏", "很隐藏");
    sheetOf(book, 2).visibility = "Hidden";
    sheetOf(book, 3).visibility = "VeryHidden";
    sheetOf(book, 1).tabColor = "#FF8800";
    book.activeSheetId = sheetOf(book, 1).id;

    const back = await roundTrip(book);

    expect(back.sheets.map((s) => s.name)).toEqual(["参数", "订单", "隐藏", "很隐藏"]);
    expect(back.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Hidden", "VeryHidden"]);
    expect(sheetOf(back, 1).tabColor).toBe("#FF8800");
    expect(sheetOf(back, 0).tabColor).toBeUndefined();
    expect(back.activeSheetId).toBe(sheetOf(back, 1).id);
    expect(new Set(back.sheets.map((s) => s.id)).size).toBe(4);
  });

  it("keeps gridlines hidden, freeze panes and the selected cell", async () => {
    const book = makeBook("a", "b");
    sheetOf(book, 0).gridlines = false;
    sheetOf(book, 0).freeze = { rows: 1, columns: 2 };
    sheetOf(book, 1).freeze = { rows: 3, columns: 0 };
    book.activeSheetId = sheetOf(book, 0).id;
    book.selection = { sheetId: sheetOf(book, 0).id, rect: { row: 4, col: 3, rows: 1, cols: 1 } };

    const back = await roundTrip(book);

    expect(sheetOf(back, 0).gridlines).toBe(false);
    expect(sheetOf(back, 1).gridlines).toBe(true);
    expect(sheetOf(back, 0).freeze).toEqual({ rows: 1, columns: 2 });
    expect(sheetOf(back, 1).freeze).toEqual({ rows: 3, columns: 0 });
    expect(back.selection).toEqual({
      sheetId: sheetOf(back, 0).id,
      rect: { row: 4, col: 3, rows: 1, cols: 1 },
    });
  });
});

describe("cells", () => {
  it("keeps numbers, booleans and text, including text that looks like a formula", async () => {
    const book = makeBook("订单");
    const sheet = sheetOf(book);
    const values = [
      12.5,
      -3,
      0,
      1e-7,
      123456789012,
      true,
      false,
      "客户",
      "=1+1",
      "+86 123",
      "-5",
      '=HYPERLINK("x")',
      " 前后空格 ",
      "a\nb",
      "007",
    ];
    values.forEach((value, i) => put(sheet, i, 0, { value }));

    const file = await writeXlsx(book);
    const back = await readXlsx(file);

    values.forEach((value, i) => {
      const cell = getCell(sheetOf(back), i, 0);
      expect(cell?.value).toStrictEqual(value);
      expect(cell?.formula).toBeUndefined();
    });
    // Text that starts with "=" is stored as text, not as a formula.
    const xml = await partOf(file, "xl/worksheets/sheet1.xml");
    expect(xml).not.toContain("<f>");
  });

  it("keeps formulas with their cached results, including text, boolean and error results", async () => {
    const book = makeBook("订单");
    const sheet = sheetOf(book);
    put(sheet, 0, 0, { value: 2 });
    put(sheet, 0, 1, { formula: "=A1*3", computed: 6 });
    put(sheet, 1, 1, { formula: '=IF(A1>1,"大","小")', computed: "大" });
    put(sheet, 2, 1, { formula: "=A1>1", computed: true });
    put(sheet, 3, 1, { formula: "=1/0", computed: { error: "#DIV/0!" } });
    put(sheet, 4, 1, { formula: "=SUM(A1:A3)" });

    const file = await writeXlsx(book);
    const back = sheetOf(await readXlsx(file));

    expect(getCell(back, 0, 1)).toEqual({ formula: "=A1*3", computed: 6 });
    expect(getCell(back, 1, 1)).toEqual({ formula: '=IF(A1>1,"大","小")', computed: "大" });
    expect(getCell(back, 2, 1)).toEqual({ formula: "=A1>1", computed: true });
    expect(getCell(back, 3, 1)).toEqual({ formula: "=1/0", computed: { error: "#DIV/0!" } });
    expect(getCell(back, 4, 1)?.formula).toBe("=SUM(A1:A3)");
    const xml = await partOf(file, "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<f>A1*3</f>");
    // Excel and LibreOffice are told to recompute, since results may be stale.
    expect(await partOf(file, "xl/workbook.xml")).toMatch(/fullCalcOnLoad="1"/);
  });

  it("keeps dates as serial numbers with their number format", async () => {
    const book = makeBook("订单");
    const sheet = sheetOf(book);
    const dateStyle: CellStyle = { numberFormat: "yyyy-mm-dd" };
    put(sheet, 0, 0, { value: 46000, style: dateStyle });
    put(sheet, 1, 0, { value: 46000.75, style: { numberFormat: "yyyy-mm-dd hh:mm" } });
    put(sheet, 2, 0, { formula: "=A1+1", computed: 46001, style: dateStyle });

    const file = await writeXlsx(book);
    const back = sheetOf(await readXlsx(file));

    expect(getCell(back, 0, 0)).toEqual({ value: 46000, style: dateStyle });
    expect(getCell(back, 1, 0)?.value).toBeCloseTo(46000.75, 9);
    expect(getCell(back, 2, 0)).toEqual({ formula: "=A1+1", computed: 46001, style: dateStyle });
    expect(await partOf(file, "xl/worksheets/sheet1.xml")).toMatch(/<v>46000<\/v>/);
  });

  it("keeps number formats, fonts, fills, alignment and shares one style object per distinct style", async () => {
    const book = makeBook("a");
    const sheet = sheetOf(book);
    const money: CellStyle = {
      numberFormat: "#,##0.00",
      font: { name: "宋体", size: 12, bold: true, italic: true, underline: true, color: "#C00000" },
      fill: { color: "#FFF2CC" },
      alignment: { horizontal: "Right", vertical: "Center", wrapText: true },
    };
    put(sheet, 0, 0, { value: 1234.5, style: money });
    put(sheet, 1, 0, { value: 99, style: money });
    put(sheet, 2, 0, {
      value: "x",
      style: { alignment: { horizontal: "CenterAcrossSelection", vertical: "Top" } },
    });
    put(sheet, 3, 0, { style: { fill: { color: "#00B050" } } });

    const back = sheetOf(await roundTrip(book));

    expect(getCell(back, 0, 0)).toEqual({ value: 1234.5, style: money });
    expect(getCell(back, 1, 0)?.style).toBe(getCell(back, 0, 0)?.style);
    expect(getCell(back, 2, 0)?.style).toEqual({
      alignment: { horizontal: "CenterAcrossSelection", vertical: "Top" },
    });
    // A styled empty cell stays, without a value.
    expect(getCell(back, 3, 0)).toEqual({ style: { fill: { color: "#00B050" } } });
  });

  it("maps Office.js border line styles and weights to the file's and back", async () => {
    const book = makeBook("a");
    const sheet = sheetOf(book);
    const cases = [
      { style: "Continuous", weight: "Hairline" },
      { style: "Continuous", weight: "Thin" },
      { style: "Continuous", weight: "Medium" },
      { style: "Continuous", weight: "Thick" },
      { style: "Double", weight: "Thick" },
      { style: "Dash", weight: "Thin" },
      { style: "Dash", weight: "Medium" },
      { style: "Dot", weight: "Thin" },
      { style: "DashDot", weight: "Thin" },
      { style: "DashDot", weight: "Medium" },
      { style: "DashDotDot", weight: "Thin" },
      { style: "DashDotDot", weight: "Medium" },
      { style: "SlantDashDot", weight: "Medium" },
    ] as const;
    cases.forEach((border, i) => {
      put(sheet, i, 0, {
        value: i,
        style: {
          borders: {
            top: { ...border, color: "#112233" },
            bottom: { ...border },
            left: { ...border },
            right: { ...border },
          },
        },
      });
    });
    put(sheet, 20, 0, {
      value: 1,
      style: { borders: { top: { style: "None" }, left: { style: "Continuous", weight: "Thin" } } },
    });

    const file = await writeXlsx(book);
    const back = sheetOf(await readXlsx(file));

    cases.forEach((border, i) => {
      expect(getCell(back, i, 0)?.style?.borders).toEqual({
        top: { ...border, color: "#112233" },
        bottom: border,
        left: border,
        right: border,
      });
    });
    expect(getCell(back, 20, 0)?.style?.borders).toEqual({ left: { style: "Continuous", weight: "Thin" } });
    const styles = await partOf(file, "xl/styles.xml");
    for (const fileStyle of [
      "hair",
      "thin",
      "medium",
      "thick",
      "double",
      "dashed",
      "mediumDashed",
      "dotted",
      "slantDashDot",
    ]) {
      expect(styles).toContain(`style="${fileStyle}"`);
    }
  });
});

describe("columns, rows and merges", () => {
  it("keeps column widths in points to within 0.5 pt, row heights and merges", async () => {
    const book = makeBook("a");
    const sheet = sheetOf(book);
    const widths = [48, 100, 13.5, 250.25, 7];
    widths.forEach((w, i) => sheet.columnWidths.set(i * 2, w));
    sheet.rowHeights.set(0, 30);
    sheet.rowHeights.set(5, 12.75);
    put(sheet, 0, 0, { value: "送货单", style: { alignment: { horizontal: "Center" } } });
    put(sheet, 0, 5, { style: { borders: { right: { style: "Continuous", weight: "Thin" } } } });
    sheet.merges.push({ row: 0, col: 0, rows: 1, cols: 6 }, { row: 3, col: 2, rows: 2, cols: 2 });

    const back = sheetOf(await roundTrip(book));

    widths.forEach((w, i) =>
      expect(Math.abs((back.columnWidths.get(i * 2) ?? 0) - w)).toBeLessThanOrEqual(0.5),
    );
    expect(back.columnWidths.get(0)).toBe(48);
    expect(back.columnWidths.has(1)).toBe(false);
    expect(back.rowHeights.get(0)).toBe(30);
    expect(back.rowHeights.get(5)).toBe(12.75);
    expect(back.rowHeights.has(1)).toBe(false);
    expect(back.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rows: 1, cols: 6 },
        { row: 3, col: 2, rows: 2, cols: 2 },
      ]),
    );
    expect(back.merges).toHaveLength(2);
    expect(getCell(back, 0, 0)?.value).toBe("送货单");
    // A merged-away cell keeps its own style (the merge's right edge border).
    expect(getCell(back, 0, 5)).toEqual({
      style: { borders: { right: { style: "Continuous", weight: "Thin" } } },
    });
  });
});
