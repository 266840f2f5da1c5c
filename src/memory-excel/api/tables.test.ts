import { MemoryWorkbook } from "../index";
import { getCell, MAX_ROWS } from "../model";
import { codeOf } from "./testing";

/** A workbook with an 订单 sheet holding Orders(订单号, 数量) over A1:B3. */
async function ordersBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await book.run(async (context) => {
    const sheet = context.workbook.worksheets.add("订单");
    sheet.getRange("A1:B3").values = [
      ["订单号", "数量"],
      ["D1", 10],
      ["D2", 20],
    ];
    sheet.tables.add("A1:B3", true).name = "Orders";
    await context.sync();
  });
  return book;
}

function ordersRef(book: MemoryWorkbook): unknown {
  return book.model.tables.find((t) => t.name === "Orders")?.ref;
}

describe("tables", () => {
  test("add with headers takes the column names from the header row; ranges and columns read back", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const table = context.workbook.tables.getItem("orders").load("name, showHeaders, showTotals, style");
      const range = table.getRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      const columns = table.columns.load("items/name, count");
      const qty = table.columns.getItem("数量");
      const qtyBody = qty.getDataBodyRange().load("address");
      const qtyIndex = qty.load("index, values");
      const rows = table.rows.load("count");
      const sheet = table.worksheet.load("name");
      await context.sync();
      expect([table.name, table.showHeaders, table.showTotals, table.style]).toEqual([
        "Orders",
        true,
        false,
        "TableStyleMedium2",
      ]);
      expect(range.address).toBe("订单!A1:B3");
      expect(header.values).toEqual([["订单号", "数量"]]);
      expect(body.values).toEqual([
        ["D1", 10],
        ["D2", 20],
      ]);
      expect(columns.items.map((c) => c.name)).toEqual(["订单号", "数量"]);
      expect(columns.count).toBe(2);
      expect(qtyBody.address).toBe("订单!B2:B3");
      expect(qtyIndex.index).toBe(1);
      expect(qtyIndex.values).toEqual([["数量"], [10], [20]]);
      expect(rows.count).toBe(2);
      expect(sheet.name).toBe("订单");
    });
  });

  test("add without headers shifts the data down and names columns Column1...; default names are Table1...", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      const table = sheet.tables.add("A1:B2", false).load("name");
      const all = table.getRange().load("address, values");
      await context.sync();
      expect(table.name).toBe("Table1");
      expect(all.address).toBe("Sheet1!A1:B3");
      expect(all.values).toEqual([
        ["Column1", "Column2"],
        [1, 2],
        [3, 4],
      ]);
    });
  });

  test("blank and duplicate headers become ColumnN and numbered names", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["名", "", "名"]];
      const columns = sheet.tables.add("A1:C1", true).columns.load("items/name");
      const body = sheet.tables.getItem("Table1").getDataBodyRange().load("address");
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(["名", "Column2", "名2"]);
      // A table always keeps one body row.
      expect(body.address).toBe("Sheet1!A2:C2");
    });
  });

  test("getItem of a missing table → ItemNotFound; getItemOrNullObject → null object", async () => {
    const book = await ordersBook();
    const code = await book.run(async (context) => {
      context.workbook.tables.getItem("Nope").load("name");
      return codeOf(context.sync());
    });
    expect(code).toBe("ItemNotFound");
    await book.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      const column = context.workbook.tables.getItem("Orders").columns.getItemOrNullObject("单价");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(column.isNullObject).toBe(true);
    });
  });

  test("table-name rules → InvalidArgument; names taken by a table or a defined name → ItemAlreadyExists", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      context.workbook.names.add("FX_USD", "=7.1");
      await context.sync();
    });
    const rename = (name: string): Promise<string> =>
      book.run(async (context) => {
        context.workbook.tables.getItemAt(0).name = name;
        return codeOf(context.sync());
      });
    for (const bad of ["1st", "has space", "A1", "R1C1", "r", "x".repeat(256), "a-b", ""]) {
      expect(await rename(bad)).toBe("InvalidArgument");
    }
    expect(await rename("fx_usd")).toBe("ItemAlreadyExists");
    expect(await rename("订单表")).toBe("no error");
    expect(await rename("_Orders.2")).toBe("no error");
  });

  test("a table cannot overlap another", async () => {
    const book = await ordersBook();
    const code = await book.run(async (context) => {
      context.workbook.worksheets.getItem("订单").tables.add("B2:C4", true);
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidOperation");
  });

  test("values written directly below a table expand it, the whole contiguous block", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("订单").getRange("A4:B6").values = [
        ["D3", 30],
        ["D4", 40],
        ["D5", 50],
      ];
      const rows = context.workbook.tables.getItem("Orders").rows.load("count");
      await context.sync();
      expect(rows.count).toBe(5);
    });
    expect(ordersRef(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 2 });
  });

  test("writing only empty values below does not expand the table; a gap row does not either", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("订单");
      sheet.getRange("A4:B5").values = [
        ["", ""],
        ["", ""],
      ];
      sheet.getRange("A6:B6").values = [["far", 1]];
      await context.sync();
    });
    expect(ordersRef(book)).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
  });

  test("validation on the cells below blocks growth, unless it covers whole columns", async () => {
    const blocked = await ordersBook();
    await blocked.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("订单");
      sheet.getRange("B4:B10").dataValidation.rule = {
        wholeNumber: { operator: "GreaterThan", formula1: 0 },
      };
      await context.sync();
      sheet.getRange("A4:B4").values = [["D3", 30]];
      await context.sync();
    });
    expect(ordersRef(blocked)).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });

    const whole = await ordersBook();
    await whole.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("订单");
      sheet.getRange("B:B").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
      await context.sync();
      sheet.getRange("A4:B4").values = [["D3", 30]];
      await context.sync();
    });
    expect(whole.model.sheets[1]!.dataValidations[0]!.ranges[0]).toEqual({
      row: 0,
      col: 1,
      rows: MAX_ROWS,
      cols: 1,
    });
    expect(ordersRef(whole)).toEqual({ row: 0, col: 0, rows: 4, cols: 2 });
  });

  test("new rows take the calculated column's formula and the body's validation", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const table = context.workbook.tables.getItem("Orders");
      table.columns.add(undefined, [["金额"], ["=[@数量]*2"], ["=[@数量]*2"]]);
      table.columns.getItem("数量").getDataBodyRange().dataValidation.rule = {
        wholeNumber: { operator: "GreaterThan", formula1: 0 },
      };
      await context.sync();
      context.workbook.worksheets.getItem("订单").getRange("A4:B4").values = [["D3", 30]];
      await context.sync();
    });
    const sheet = book.model.sheets[1]!;
    expect(getCell(sheet, 3, 2)?.formula).toBe("=[@数量]*2");
    expect(sheet.dataValidations[0]!.ranges).toEqual([{ row: 1, col: 1, rows: 3, cols: 1 }]);
  });

  test("a value written in the column right of the table adds a column named by its header cell", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("订单").getRange("C1:C2").values = [["备注"], ["急"]];
      const columns = context.workbook.tables.getItem("Orders").columns.load("items/name");
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(["订单号", "数量", "备注"]);
    });
  });

  test("header cells and column names stay in step both ways", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("订单");
      sheet.getRange("A1").values = [["单号"]];
      context.workbook.tables.getItem("Orders").columns.getItem("数量").name = "件数";
      const columns = context.workbook.tables.getItem("Orders").columns.load("items/name");
      const header = sheet.getRange("A1:B1").load("values");
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(["单号", "件数"]);
      expect(header.values).toEqual([["单号", "件数"]]);
    });
  });

  test("columns.add inserts a column with its values and name", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const table = context.workbook.tables.getItem("Orders");
      table.columns.add(1, [["x"], ["a"], ["b"]], "客户");
      const all = table.getRange().load("values");
      await context.sync();
      expect(all.values).toEqual([
        ["订单号", "客户", "数量"],
        ["D1", "a", 10],
        ["D2", "b", 20],
      ]);
    });
  });

  test("Range.insert moves the cells below down, with the table that lies below", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A5:B6").values = [
        ["h1", "h2"],
        [1, 2],
      ];
      sheet.tables.add("A5:B6", true);
      sheet.getRange("A1").values = [["above"]];
      await context.sync();
      sheet.getRange("3:4").insert("Down");
      const moved = context.workbook.tables.getItem("Table1").getRange().load("address");
      const above = sheet.getRange("A1").load("values");
      await context.sync();
      expect(moved.address).toBe("Sheet1!A7:B8");
      expect(above.values).toEqual([["above"]]);
    });
    expect(getCell(book.model.sheets[0]!, 7, 1)?.value).toBe(2);
  });

  test("inserting rows inside a table grows it; deleting its rows shrinks it", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("订单");
      sheet.getRange("A3:B3").insert("Down");
      await context.sync();
      expect(ordersRef(book)).toEqual({ row: 0, col: 0, rows: 4, cols: 2 });
      sheet.getRange("2:3").delete("Up");
      const body = context.workbook.tables.getItem("Orders").getDataBodyRange().load("values");
      await context.sync();
      expect(body.values).toEqual([["D2", 20]]);
    });
  });

  test("showTotals adds and removes a totals row", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const table = context.workbook.tables.getItem("Orders");
      table.showTotals = true;
      const totals = table.getTotalRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      expect(totals.address).toBe("订单!A4:B4");
      expect(totals.values[0]![0]).toBe("Total");
      expect(body.address).toBe("订单!A2:B3");
      table.showTotals = false;
      await context.sync();
    });
    expect(ordersRef(book)).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
  });

  test("rows.getItemAt reads a row; rows.add appends one (the add-in itself writes below instead)", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      const table = context.workbook.tables.getItem("Orders");
      const row = table.rows.getItemAt(1).load("values, index");
      table.rows.add(undefined, [["D3", 30]]);
      const count = table.rows.getCount();
      await context.sync();
      expect(row.values).toEqual([["D2", 20]]);
      expect(row.index).toBe(1);
      expect(count.value).toBe(3);
    });
  });

  test("convertToRange keeps the cells; delete clears them", async () => {
    const book = await ordersBook();
    await book.run(async (context) => {
      context.workbook.tables.getItem("Orders").convertToRange();
      await context.sync();
    });
    expect(book.model.tables).toHaveLength(0);
    expect(getCell(book.model.sheets[1]!, 1, 0)?.value).toBe("D1");
    const other = await ordersBook();
    await other.run(async (context) => {
      context.workbook.tables.getItem("Orders").delete();
      await context.sync();
    });
    expect(other.model.tables).toHaveLength(0);
    expect(getCell(other.model.sheets[1]!, 1, 0)).toBeUndefined();
  });
});
