import { MemoryWorkbook } from "../index";
import { getCell } from "../model";
import { codeOf } from "./testing";

describe("range formats", () => {
  test("fonts and fills are stored per cell and read back; mixed formats read as null", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B2");
      range.format.font.bold = true;
      range.format.font.color = "#ff0000";
      range.format.font.size = 14;
      range.format.font.name = "宋体";
      range.format.font.italic = true;
      range.format.font.underline = "Single";
      range.format.fill.color = "#FFFF00";
      sheet.getRange("B2").format.font.bold = false;
      const font = sheet.getRange("A1").format.font.load();
      const fill = sheet.getRange("A1:B2").format.fill.load("color");
      const mixed = sheet.getRange("A1:B2").format.font.load("bold, size");
      await context.sync();
      expect([font.bold, font.color, font.size, font.name, font.italic, font.underline]).toEqual([
        true,
        "#FF0000",
        14,
        "宋体",
        true,
        "Single",
      ]);
      expect(fill.color).toBe("#FFFF00");
      expect(mixed.bold).toBeNull();
      expect(mixed.size).toBe(14);
      sheet.getRange("A1").format.fill.clear();
      const cleared = sheet.getRange("A1").format.fill.load("color");
      await context.sync();
      expect(cleared.color).toBe("#FFFFFF");
    });
    const sheet = book.model.sheets[0]!;
    expect(getCell(sheet, 0, 1)?.style?.font).toEqual({
      bold: true,
      color: "#FF0000",
      size: 14,
      name: "宋体",
      italic: true,
      underline: true,
    });
    // Cells that were formatted alike share one style object.
    expect(getCell(sheet, 0, 1)?.style).toBe(getCell(sheet, 1, 0)?.style);
  });

  test("borders: edges and inside lines land on the right cell sides and read back", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      for (const side of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const border = range.format.borders.getItem(side);
        border.style = "Continuous";
        border.weight = "Medium";
        border.color = "#000080";
      }
      const top = range.format.borders.getItem("EdgeTop").load("style, weight, color");
      const none = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("D4")
        .format.borders.getItem("EdgeTop")
        .load("style");
      await context.sync();
      expect([top.style, top.weight, top.color]).toEqual(["Continuous", "Medium", "#000080"]);
      expect(none.style).toBe("None");
    });
    const sheet = book.model.sheets[0]!;
    const line = { style: "Continuous", weight: "Medium", color: "#000080" };
    expect(getCell(sheet, 0, 0)?.style?.borders).toEqual({
      top: line,
      bottom: line,
      left: line,
      right: line,
    });
    expect(getCell(sheet, 1, 1)?.style?.borders).toEqual({
      top: line,
      bottom: line,
      left: line,
      right: line,
    });
  });

  test("an unsupported border index fails at sync", async () => {
    const book = new MemoryWorkbook();
    const code = await book.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .format.borders.getItem("DiagonalUp").style = "Continuous";
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidArgument");
  });

  test("alignment, wrap, column widths and row heights", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:C1");
      range.format.horizontalAlignment = "Center";
      range.format.verticalAlignment = "Top";
      range.format.wrapText = true;
      sheet.getRange("A:B").format.columnWidth = 120;
      sheet.getRange("2:2").format.rowHeight = 30;
      const format = range.format.load("horizontalAlignment, verticalAlignment, wrapText, columnWidth");
      const a = sheet.getRange("A1").format.load("columnWidth, rowHeight");
      const row = sheet.getRange("B2").format.load("rowHeight");
      await context.sync();
      expect([format.horizontalAlignment, format.verticalAlignment, format.wrapText]).toEqual([
        "Center",
        "Top",
        true,
      ]);
      expect(format.columnWidth).toBeNull(); // A and B are 120, C is the default
      expect([a.columnWidth, a.rowHeight, row.rowHeight]).toEqual([120, 15, 30]);
    });
    expect(book.model.sheets[0]!.columnWidths.get(1)).toBe(120);
  });

  test("autofit widens columns for long text (CJK counts double) and heightens rows with line breaks", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["short", "广州华美贸易有限公司广州华美贸易有限公司"],
        ["line1\nline2\nline3", "x"],
      ];
      sheet.getRange("A1:B2").format.autofitColumns();
      sheet.getRange("A1:B2").format.autofitRows();
      await context.sync();
    });
    const sheet = book.model.sheets[0]!;
    expect(sheet.columnWidths.get(1)!).toBeGreaterThan(2 * sheet.columnWidths.get(0)!);
    expect(sheet.rowHeights.get(1)).toBe(45);
    expect(sheet.rowHeights.has(0)).toBe(false);
  });

  test("merge keeps the upper-left value; merge across merges each row; unmerge removes", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").values = [["keep", "lost"]];
      ws.getRange("A1:C2").merge();
      await context.sync();
      expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 2, cols: 3 }]);
      expect(getCell(sheet, 0, 1)?.value).toBeUndefined();
      expect(getCell(sheet, 0, 0)?.value).toBe("keep");
      ws.getRange("A1:C2").unmerge();
      ws.getRange("E1:F2").merge(true);
      await context.sync();
    });
    expect(sheet.merges).toEqual([
      { row: 0, col: 4, rows: 1, cols: 2 },
      { row: 1, col: 4, rows: 1, cols: 2 },
    ]);
  });

  test("clear: contents, formats, or all", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [[1, 2, 3]];
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A1").clear("Contents");
      ws.getRange("B1").clear("Formats");
      ws.getRange("C1").clear();
      await context.sync();
    });
    expect(getCell(sheet, 0, 0)).toEqual({ style: { font: { bold: true } } });
    expect(getCell(sheet, 0, 1)).toEqual({ value: 2 });
    expect(getCell(sheet, 0, 2)).toBeUndefined();
  });

  test("text is the displayed value", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[12.5, "订单"]];
      range.load("text");
      await context.sync();
      expect(range.text).toEqual([["12.5", "订单"]]);
    });
  });
});
