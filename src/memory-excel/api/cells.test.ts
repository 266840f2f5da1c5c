import type { FormulaEngine } from "../engine";
import { MemoryWorkbook } from "../index";
import { getCell, type WorkbookModel } from "../model";
import { codeOf } from "./testing";

/** A fake engine: every formula computes to 42, or #N/A when it mentions NA(). Counts its runs. */
function fakeEngine(): FormulaEngine & { runs: Date[] } {
  const runs: Date[] = [];
  return {
    runs,
    recalculate(book: WorkbookModel, now: Date) {
      runs.push(now);
      for (const sheet of book.sheets)
        for (const row of sheet.cells)
          for (const cell of row ?? []) {
            if (cell?.formula !== undefined)
              cell.computed = cell.formula.includes("NA()") ? { error: "#N/A" } : 42;
          }
    },
  };
}

describe("values and formulas", () => {
  test('a string starting with "=" written to values becomes a formula', async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["=1+1", "=x"]];
      await context.sync();
    });
    const sheet = book.model.sheets[0]!;
    expect(getCell(sheet, 0, 0)).toEqual({ formula: "=1+1" });
    expect(getCell(sheet, 0, 1)?.formula).toBe("=x");
  });

  test("numbers stay numbers, booleans booleans, and an empty string clears the cell", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[1.5, true, "text"]];
      await context.sync();
      expect(getCell(sheet, 0, 0)?.value).toBe(1.5);
      expect(getCell(sheet, 0, 1)?.value).toBe(true);
      range.values = [["", "", "text"]];
      await context.sync();
    });
    expect(getCell(sheet, 0, 0)).toBeUndefined();
    expect(getCell(sheet, 0, 1)).toBeUndefined();
    expect(getCell(sheet, 0, 2)?.value).toBe("text");
  });

  test("typed text is parsed as Excel parses input; a leading apostrophe keeps text", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:H1").values = [
        ["00123", "TRUE", "2026-11-22", "15%", "'00123", "'=x", "1,234.5", "订单"],
      ];
      await context.sync();
    });
    const values = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => getCell(sheet, 0, c)?.value);
    expect(values).toEqual([123, true, 46348, 0.15, "00123", "=x", 1234.5, "订单"]);
    expect(getCell(sheet, 0, 2)?.style?.numberFormat).toBe("yyyy/m/d");
    expect(getCell(sheet, 0, 5)?.formula).toBeUndefined();
  });

  test("null in a values array leaves that cell unchanged", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      range.values = [[null, 3]] as unknown as unknown[][];
      const read = range.load("values");
      await context.sync();
      expect(read.values).toEqual([[1, 3]]);
    });
  });

  test("a values array of the wrong shape fails with InvalidArgument and writes nothing", async () => {
    const book = new MemoryWorkbook();
    for (const wrong of [[[1, 2, 3]], [[1], [2]], [1, 2], [[1, 2], [3]]]) {
      const code = await book.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = wrong as unknown[][];
        return codeOf(context.sync());
      });
      expect(code).toBe("InvalidArgument");
    }
    expect(book.model.sheets[0]!.cells.flat().filter(Boolean)).toHaveLength(0);
  });

  test("a 1x1 array fits only a single cell; a non-array scalar fills every cell", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    const code = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[5]];
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidArgument");
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = 5 as unknown as unknown[][];
      context.workbook.worksheets.getItem("Sheet1").getRange("D1:E1").numberFormat =
        "0.00" as unknown as unknown[][];
      await context.sync();
    });
    expect([getCell(sheet, 0, 0)?.value, getCell(sheet, 1, 1)?.value]).toEqual([5, 5]);
    expect(getCell(sheet, 0, 4)?.style?.numberFormat).toBe("0.00");
  });

  test("formulas read back as formulas, values as the engine's results, computed lazily with the injected time", async () => {
    const engine = fakeEngine();
    const now = new Date("2026-11-22T08:00:00Z");
    const book = new MemoryWorkbook({ engine, now: () => now });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.formulas = [["=1+1", 3, "=NA()"]];
      await context.sync();
      expect(engine.runs).toHaveLength(0);
      const read = range.load("values, formulas, valueTypes, text");
      await context.sync();
      expect(engine.runs).toEqual([now]);
      expect(read.formulas).toEqual([["=1+1", 3, "=NA()"]]);
      expect(read.values).toEqual([[42, 3, "#N/A"]]);
      expect(read.valueTypes).toEqual([["Double", "Double", "Error"]]);
      expect(read.text).toEqual([["42", "3", "#N/A"]]);
      range.load("values");
      await context.sync();
      // Nothing changed since: no second calculation.
      expect(engine.runs).toHaveLength(1);
      range.format.fill.color = "#FFFF00";
      range.load("values");
      await context.sync();
      // A format change does not invalidate results either.
      expect(engine.runs).toHaveLength(1);
      context.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [[1]];
      range.load("values");
      await context.sync();
      expect(engine.runs).toHaveLength(2);
    });
  });

  test("in Manual calculation mode reads do not recalculate until calculate()", async () => {
    const engine = fakeEngine();
    const book = new MemoryWorkbook({ engine });
    await book.run(async (context) => {
      context.workbook.application.calculationMode = "Manual";
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.formulas = [["=1"]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[""]]);
      context.workbook.application.calculate("Full");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  test("valueTypes of empty, text, boolean cells", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [["", "a", false]];
      range.load("valueTypes, text");
      await context.sync();
      expect(range.valueTypes).toEqual([["Empty", "String", "Boolean"]]);
      expect(range.text).toEqual([["", "a", "FALSE"]]);
    });
  });

  test("number formats are stored per cell and read back as a 2-D array", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.numberFormat = [
        ["0.00", "yyyy-mm-dd"],
        ["@", "General"],
      ];
      range.load("numberFormat");
      await context.sync();
      expect(range.numberFormat).toEqual([
        ["0.00", "yyyy-mm-dd"],
        ["@", "General"],
      ]);
    });
  });
});

describe("addresses and navigation", () => {
  test("addresses carry the sheet name, quoted as Excel quotes it", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const orders = context.workbook.worksheets.add("订单");
      const spaced = context.workbook.worksheets.add("my sheet");
      const a = orders.getRange("A1:C3").load("address, addressLocal, rowCount, columnCount, cellCount");
      const b = spaced.getRange("$B$2").load("address");
      const cols = orders.getRange("A:C").load("address, rowCount, isEntireColumn");
      const rows = orders.getRange("2:5").load("address, columnCount, isEntireRow, rowIndex");
      await context.sync();
      expect([a.address, a.addressLocal, a.rowCount, a.columnCount, a.cellCount]).toEqual([
        "订单!A1:C3",
        "订单!A1:C3",
        3,
        3,
        9,
      ]);
      expect(b.address).toBe("'my sheet'!B2");
      expect([cols.address, cols.rowCount, cols.isEntireColumn]).toEqual(["订单!A:C", 1_048_576, true]);
      expect([rows.address, rows.columnCount, rows.isEntireRow, rows.rowIndex]).toEqual([
        "订单!2:5",
        16_384,
        true,
        1,
      ]);
    });
  });

  test("a bad address fails at sync with InvalidArgument", async () => {
    const book = new MemoryWorkbook();
    for (const address of ["A0", "XFE1", "A1:B2:C3", "hello world"]) {
      const code = await book.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).load("address");
        return codeOf(context.sync());
      });
      expect(code).toBe("InvalidArgument");
    }
  });

  test("derived ranges: cell, offset, resize, row, column, entire row/column, last row, intersection, bounding", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:D5");
      const ranges = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 2),
        base.getResizedRange(-1, 1),
        base.getRow(2),
        base.getColumn(0),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getLastRow(),
        base.getLastColumn(),
        base.getLastCell(),
        base.getRowsBelow(2),
        base.getIntersection("C1:C3"),
        base.getBoundingRect("F9"),
        sheet.getRangeByIndexes(1, 1, 2, 3),
        sheet.getCell(4, 0),
      ].map((r) => r.load("address"));
      const none = base.getIntersectionOrNullObject("Z1");
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!D3:F6",
        "Sheet1!B2:E4",
        "Sheet1!B4:D4",
        "Sheet1!B2:B5",
        "Sheet1!2:5",
        "Sheet1!B:D",
        "Sheet1!B5:D5",
        "Sheet1!D2:D5",
        "Sheet1!D5",
        "Sheet1!B6:D7",
        "Sheet1!C2:C3",
        "Sheet1!B2:F9",
        "Sheet1!B2:D3",
        "Sheet1!A5",
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test("an offset beyond the sheet fails with InvalidArgument", async () => {
    const book = new MemoryWorkbook();
    const code = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
      return codeOf(context.sync());
    });
    expect(code).toBe("InvalidArgument");
  });

  test("used range: A1 on a blank sheet, null object with OrNullObject, values-only ignores formats", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const blank = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(blank.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("E7").format.fill.color = "#FF0000";
      const used = sheet.getUsedRange().load("address");
      const usedValues = sheet.getUsedRange(true).load("address");
      const inRange = sheet.getRange("A1:B9").getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:E7");
      expect(usedValues.address).toBe("Sheet1!B2:C3");
      expect(inRange.address).toBe("Sheet1!B2:B7");
    });
  });

  test("a defined name can stand for an address in getRange", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      context.workbook.names.add("FX_USD", "=Sheet1!$B$5");
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("FX_USD").load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!B5");
    });
  });
});

describe("large blocks", () => {
  // Speed is measured by `npm run bench`; this checks that large banded writes and one large read are exact.
  test("20,000 rows × 26 columns are written in bands and read back whole", async () => {
    const rows = 20_000;
    const data = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 26 }, (_, c) => (c % 2 === 0 ? r * 26 + c : `名${r}-${c}`)),
    );
    const book = new MemoryWorkbook();
    const read = await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // Written in bands: one request of this size would exceed Excel's payload limit.
      const band = 10_000;
      for (let r = 0; r < rows; r += band) {
        sheet.getRangeByIndexes(r, 0, band, 26).values = data.slice(r, r + band);
        await context.sync();
      }
      const range = sheet.getRange(`A1:Z${rows}`).load("values");
      await context.sync();
      return range.values;
    });
    // A deep toEqual over 2.6 million cells would take longer than the work measured.
    expect(read).toHaveLength(rows);
    expect(JSON.stringify(read) === JSON.stringify(data)).toBe(true);
    expect(book.syncLog.at(-1)?.readCells).toBe(rows * 26);
  });
});

describe("text", () => {
  test("shows values under their number formats, as Excel displays them", async () => {
    const book = new MemoryWorkbook();
    const text = await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [[46348, 1234.5, 0.125, "SH"]];
      range.numberFormat = [["yyyy-mm-dd", "#,##0.00", "0.0%", "@"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["2026-11-22", "1,234.50", "12.5%", "SH"]]);
  });
});
