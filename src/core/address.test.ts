import {
  absoluteCellRef,
  columnIndex,
  columnLetters,
  parseRectAddress,
  quoteSheetName,
  rectAddress,
  splitSheetAddress,
} from "./address";

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

describe("parsing", () => {
  test("cells and ranges parse to rectangles", () => {
    expect(parseRectAddress("B3")).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(parseRectAddress("$A$1:C13")).toEqual({ row: 0, col: 0, rows: 13, cols: 3 });
    expect(parseRectAddress("C3:A1")).toEqual({ row: 0, col: 0, rows: 3, cols: 3 });
  });

  test("whole columns and whole rows span the grid", () => {
    expect(parseRectAddress("A:C")).toEqual({ row: 0, col: 0, rows: 1_048_576, cols: 3 });
    expect(parseRectAddress("2:5")).toEqual({ row: 1, col: 0, rows: 4, cols: 16_384 });
  });

  test("what is not an address is null", () => {
    expect(parseRectAddress("订单")).toBeNull();
    expect(parseRectAddress("A0")).toBeNull();
    expect(parseRectAddress("A1:B2:C3")).toBeNull();
  });

  test("sheet prefixes split off, quoted or not", () => {
    expect(splitSheetAddress("订单!A1:B2")).toEqual({ sheet: "订单", address: "A1:B2" });
    expect(splitSheetAddress("'O''Brien'!C4")).toEqual({ sheet: "O'Brien", address: "C4" });
    expect(splitSheetAddress("A1")).toEqual({ sheet: "", address: "A1" });
  });

  test("absolute references carry the sheet", () => {
    expect(absoluteCellRef("参数", 4, 1)).toBe("参数!$B$5");
    expect(absoluteCellRef("my sheet", 0, 0)).toBe("'my sheet'!$A$1");
  });
});
