import { columnIndex, columnLetters, quoteSheetName, rectAddress } from "./model";

describe("addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test("rectangles print as A1 ranges", () => {
    expect(rectAddress({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(rectAddress({ row: 1, col: 2, rows: 3, cols: 2 })).toBe("C2:D4");
  });

  test("sheet names are quoted only when Excel would", () => {
    expect(quoteSheetName("订单")).toBe("订单");
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("my sheet")).toBe("'my sheet'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
  });
});
