import { MemoryWorkbook } from "../index";
import { codeOf } from "./testing";

async function addSheetCode(book: MemoryWorkbook, name: string): Promise<string> {
  return book.run(async (context) => {
    context.workbook.worksheets.add(name);
    return codeOf(context.sync());
  });
}

describe("worksheets", () => {
  test("a new workbook holds Sheet1, active", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load("name, position, visibility");
      const first = context.workbook.worksheets.getFirst().load("name");
      await context.sync();
      expect([active.name, active.position, active.visibility, first.name]).toEqual([
        "Sheet1",
        0,
        "Visible",
        "Sheet1",
      ]);
    });
  });

  test("sheet-name rules: 31 characters at most, none of []:*?/\\, not blank, no edge apostrophe → InvalidArgument", async () => {
    const book = new MemoryWorkbook();
    for (const bad of [
      "x".repeat(32),
      "a[b",
      "a]b",
      "a:b",
      "a*b",
      "a?b",
      "a/b",
      "a\\b",
      "",
      "   ",
      "'quoted",
      "end'",
    ]) {
      expect(await addSheetCode(book, bad)).toBe("InvalidArgument");
    }
    expect(await addSheetCode(book, "x".repeat(31))).toBe("no error");
    expect(await addSheetCode(book, "it's fine")).toBe("no error");
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "x".repeat(31), "it's fine"]);
  });

  test("sheet names are unique case-insensitively → ItemAlreadyExists; default names are the next free SheetN", async () => {
    const book = new MemoryWorkbook();
    expect(await addSheetCode(book, "SHEET1")).toBe("ItemAlreadyExists");
    await book.run(async (context) => {
      const added = context.workbook.worksheets.add().load("name");
      await context.sync();
      expect(added.name).toBe("Sheet2");
    });
  });

  test("rename, reorder, hide, colour, gridlines", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("订单");
      const params = sheets.add("参数");
      params.position = 0;
      params.tabColor = "#4472c4";
      params.showGridlines = false;
      sheets.getItem("Sheet1").name = "客户";
      sheets.getItem("订单").visibility = "Hidden";
      await context.sync();
      const reread = sheets.getItem("参数").load("position, tabColor, showGridlines");
      await context.sync();
      expect([reread.position, reread.tabColor, reread.showGridlines]).toEqual([0, "#4472C4", false]);
    });
    expect(book.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["参数", "Visible"],
      ["客户", "Visible"],
      ["订单", "Hidden"],
    ]);
  });

  test("renaming to a taken or bad name fails at sync", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.add("订单");
      await context.sync();
    });
    const taken = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "订单";
      return codeOf(context.sync());
    });
    const bad = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "a/b";
      return codeOf(context.sync());
    });
    expect([taken, bad]).toEqual(["ItemAlreadyExists", "InvalidArgument"]);
  });

  test("the last visible sheet can be neither hidden nor deleted; delete takes the sheet's tables along", async () => {
    const book = new MemoryWorkbook();
    const hide = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      return codeOf(context.sync());
    });
    const remove = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      return codeOf(context.sync());
    });
    expect([hide, remove]).toEqual(["InvalidOperation", "InvalidOperation"]);
    await book.run(async (context) => {
      const other = context.workbook.worksheets.add("其他");
      other.tables.add("A1:B2", true);
      await context.sync();
      other.delete();
      await context.sync();
    });
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(book.model.tables).toHaveLength(0);
  });

  test("activate changes the active sheet", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.add("订单").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("订单");
    });
  });
});

describe("selection", () => {
  test("getSelectedRange gives A1 of the active sheet until something is selected; select() sets it and activates the sheet", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const initial = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(initial.address).toBe("Sheet1!A1");
      const orders = context.workbook.worksheets.add("订单");
      orders.getRange("C5:D6").select();
      const selected = context.workbook.getSelectedRange().load("address");
      const cell = context.workbook.getActiveCell().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([selected.address, cell.address, active.name]).toEqual(["订单!C5:D6", "订单!C5", "订单"]);
    });
    expect(book.model.selection?.rect).toEqual({ row: 4, col: 2, rows: 2, cols: 2 });
  });

  test("a selection the workbench writes into the model is what getSelectedRange returns", async () => {
    const book = new MemoryWorkbook();
    book.model.selection = { sheetId: book.model.sheets[0]!.id, rect: { row: 9, col: 1, rows: 1, cols: 1 } };
    await book.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Sheet1!B10");
    });
  });
});

describe("freeze panes", () => {
  test("freezeRows, freezeColumns, freezeAt, unfreeze and the frozen location", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const none = panes.getLocationOrNullObject();
      panes.freezeRows(1);
      const rows = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(rows.address).toBe("Sheet1!1:1");
      expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
      panes.freezeColumns(2);
      await context.sync();
      expect(sheet.freeze).toEqual({ rows: 0, columns: 2 });
      panes.freezeAt(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B3"));
      const both = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(sheet.freeze).toEqual({ rows: 3, columns: 2 });
      expect(both.address).toBe("Sheet1!A1:B3");
      panes.unfreeze();
      await context.sync();
      expect(sheet.freeze).toEqual({ rows: 0, columns: 0 });
    });
  });
});

describe("page layout", () => {
  test("orientation, paper, fit to pages, margins, centring, headers, print area and title rows are stored and read back", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const layout = sheet.pageLayout;
      const noArea = layout.getPrintAreaOrNullObject();
      layout.orientation = "Landscape";
      layout.paperSize = "A5" as Excel.PaperType;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.leftMargin = 20;
      layout.centerHorizontally = true;
      layout.headersFooters.defaultForAllPages.centerFooter = "第 &P 页";
      layout.setPrintArea("A1:L30");
      layout.setPrintTitleRows("$1:$2");
      await context.sync();
      expect(noArea.isNullObject).toBe(true);
      layout.load("orientation, paperSize, zoom, leftMargin, topMargin, centerHorizontally");
      const footer = layout.headersFooters.defaultForAllPages.load("centerFooter");
      const area = layout.getPrintAreaOrNullObject().load("address");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      expect(layout.orientation).toBe("Landscape");
      expect(layout.paperSize).toBe("A5");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect([layout.leftMargin, layout.topMargin, layout.centerHorizontally]).toEqual([20, 54, true]);
      expect(footer.centerFooter).toBe("第 &P 页");
      expect(area.address).toBe("Sheet1!A1:L30");
      expect(titles.address).toBe("Sheet1!1:2");
    });
    const layout = book.model.sheets[0]!.pageLayout;
    expect(layout.printArea).toEqual({ row: 0, col: 0, rows: 30, cols: 12 });
    expect(layout.printTitleRows).toEqual({ first: 0, last: 1 });
    expect(layout.fitToPagesWide).toBe(1);
  });
});
