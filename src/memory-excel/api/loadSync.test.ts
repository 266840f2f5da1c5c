import { MemoryWorkbook, OfficeError } from "../index";
import { getCell } from "../model";
import { codeOf } from "./testing";

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded synchronously", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(OfficeError);
      try {
        void range.address;
      } catch (e) {
        expect((e as OfficeError).code).toBe("PropertyNotLoaded");
        expect((e as OfficeError).debugInfo.code).toBe("PropertyNotLoaded");
        expect((e as OfficeError).debugInfo.errorLocation).toBe("Range.address");
      }
      range.load("address");
      expect(() => range.address).toThrow("not available");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1");
      expect(() => range.values).toThrow("not available");
    });
  });

  test("writes apply only at sync", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, "x"]];
      const sync = context.sync();
      // Not even the synchronous code right after sync() sees the write: the request is in flight.
      expect(getCell(sheet, 0, 0)).toBeUndefined();
      await sync;
      expect(getCell(sheet, 0, 0)?.value).toBe(1);
      expect(getCell(sheet, 0, 1)?.value).toBe("x");
    });
  });

  test("a load queued after a write in the same sync sees the write", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[7]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([[7]]);
    });
  });

  test("load accepts a string list, an array, select/expand and no argument", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      const a = sheet.getRange("B2:C3").load("address, rowCount");
      const b = sheet.getRange("B2:C3").load(["columnCount", "format/font/bold"]);
      const c = sheet.getRange("B2:C3").load({ select: "values", expand: "format" });
      const d = sheet.getRange("B2:C3").load();
      const e = sheet.getRange("B2").load({ values: true, format: { fill: { color: true } } });
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Sheet1!B2:C3", 2]);
      expect(() => a.values).toThrow();
      expect(b.columnCount).toBe(2);
      expect(b.format.font.bold).toBe(false);
      expect(c.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(c.format.horizontalAlignment).toBe("General");
      expect(d.formulas).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(d.rowIndex).toBe(1);
      expect(e.values).toEqual([[1]]);
      expect(e.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("a setter shows the value on the proxy at once, as Office.js proxies do", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tabColor = "#FF0000";
      expect(sheet.tabColor).toBe("#FF0000");
      await context.sync();
    });
    expect(book.model.sheets[0]!.tabColor).toBe("#FF0000");
  });

  test("loading an unknown property fails at sync with InvalidArgument", async () => {
    const book = new MemoryWorkbook();
    const code = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("nonsense");
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidArgument");
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; operations queued before it stay applied", async () => {
    const book = new MemoryWorkbook();
    const error = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["kept"]];
      context.workbook.worksheets.getItem("没有").getRange("A1").values = [["never"]];
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["dropped"]];
      try {
        await context.sync();
        return null;
      } catch (e) {
        return e as OfficeError;
      }
    });
    expect(error).toBeInstanceOf(OfficeError);
    expect(error?.code).toBe("ItemNotFound");
    expect(error?.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    const sheet = book.model.sheets[0]!;
    expect(getCell(sheet, 0, 0)?.value).toBe("kept");
    expect(getCell(sheet, 1, 0)).toBeUndefined();
  });

  test("getItemOrNullObject gives a null object after sync; isNullObject before sync throws", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1").load("name");
      expect(() => missing.isNullObject).toThrow("not available");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  test("writing to a null object fails with ItemNotFound", async () => {
    const book = new MemoryWorkbook();
    const code = await book.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("nope").tabColor = "#00FF00";
      return codeOf(context.sync());
    });
    expect(code).toBe("ItemNotFound");
  });

  test("run syncs what is still queued when the batch resolves, and drops it when the batch throws", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(getCell(book.model.sheets[0]!, 0, 0)?.value).toBe(1);
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
        throw new Error("batch failed");
      }),
    ).rejects.toThrow("batch failed");
    expect(getCell(book.model.sheets[0]!, 0, 0)?.value).toBe(1);
  });

  test("collections load their items with the asked-for properties", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.add("订单");
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.worksheets.load("name");
      const count = context.workbook.worksheets.getCount();
      expect(() => sheets.items).toThrow("not available");
      expect(() => count.value).toThrow("not available");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "订单"]);
      expect(names.items.map((s) => s.name)).toEqual(["Sheet1", "订单"]);
      expect(() => sheets.items[0]!.position).toThrow("not available");
      expect(count.value).toBe(2);
    });
  });
});
