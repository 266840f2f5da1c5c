import { emptyWorkbook, newSheet } from "../model";
import type { TableModel, WorkbookModel } from "../model";
import { tokenize } from "./lexer";
import { findStructuredRefs, fromFileFormula, resolveStructuredRefs, toFileFormula } from "./structuredRefs";

/** 订单 holds Orders at A1:N61 (header row 1, 60 body rows); 库存 sheet 2 holds Stock with a totals row. */
function makeBook(): WorkbookModel {
  const book = emptyWorkbook();
  book.sheets.push(newSheet("s1", "订单"), newSheet("s2", "库存 表"));
  const orderColumns = [
    "订单号",
    "行号",
    "客户PO号",
    "下单日期",
    "客户",
    "货号",
    "品名",
    "规格",
    "颜色",
    "单位",
    "数量",
    "币种",
    "单价",
    "金额",
  ];
  const orders: TableModel = {
    id: "t1",
    name: "Orders",
    sheetId: "s1",
    ref: { row: 0, col: 0, rows: 61, cols: orderColumns.length },
    columns: orderColumns.map((name, id) => ({ id, name })),
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  const stock: TableModel = {
    id: "t2",
    name: "Stock",
    sheetId: "s2",
    ref: { row: 2, col: 1, rows: 5, cols: 4 },
    columns: ["货号", "品名", "列 名", "a[b]#'c"].map((name, id) => ({ id, name })),
    showHeaders: true,
    showTotals: true,
    style: "TableStyleMedium2",
  };
  book.tables.push(orders, stock);
  return book;
}

describe("tokenize", () => {
  it.each([
    "=IF([@数量]>0,\"[@x]\",'a[b]'!A1)",
    "=SUM(Orders[金额])*FX_USD+1.5E+3-'库存 表'!$B$3",
    "=Orders[[#This Row],[数量]]&#N/A&[1]Sheet1!A1",
    "=[@[列 名]]+Stock[[#Headers],[货号]:[品名]]",
  ])("joins back to the input: %s", (formula) => {
    expect(
      tokenize(formula)
        .map((t) => t.text)
        .join(""),
    ).toBe(formula);
  });
});

describe("findStructuredRefs", () => {
  const book = makeBook();
  it.each([
    [
      "=Orders[金额]",
      { table: "Orders", items: [], atShorthand: false, firstColumn: "金额", lastColumn: "金额" },
    ],
    [
      "=Orders[[#This Row],[数量]]",
      { table: "Orders", items: ["#This Row"], atShorthand: false, firstColumn: "数量", lastColumn: "数量" },
    ],
    [
      "=[@数量]",
      { table: null, items: ["#This Row"], atShorthand: true, firstColumn: "数量", lastColumn: "数量" },
    ],
    [
      "=[@[列 名]]",
      { table: null, items: ["#This Row"], atShorthand: true, firstColumn: "列 名", lastColumn: "列 名" },
    ],
    [
      "=Orders[@数量]",
      { table: "Orders", items: ["#This Row"], atShorthand: true, firstColumn: "数量", lastColumn: "数量" },
    ],
    [
      "=Orders[#All]",
      { table: "Orders", items: ["#All"], atShorthand: false, firstColumn: null, lastColumn: null },
    ],
    [
      "=Orders[#data]",
      { table: "Orders", items: ["#Data"], atShorthand: false, firstColumn: null, lastColumn: null },
    ],
    [
      "=Orders[#Headers]",
      { table: "Orders", items: ["#Headers"], atShorthand: false, firstColumn: null, lastColumn: null },
    ],
    [
      "=Orders[#Totals]",
      { table: "Orders", items: ["#Totals"], atShorthand: false, firstColumn: null, lastColumn: null },
    ],
    [
      "=Orders[[#Headers],[货号]]",
      { table: "Orders", items: ["#Headers"], atShorthand: false, firstColumn: "货号", lastColumn: "货号" },
    ],
    [
      "=Orders[[货号]:[品名]]",
      { table: "Orders", items: [], atShorthand: false, firstColumn: "货号", lastColumn: "品名" },
    ],
    [
      "=Orders[[#Headers], [#Data], [货号] : [品名]]",
      {
        table: "Orders",
        items: ["#Headers", "#Data"],
        atShorthand: false,
        firstColumn: "货号",
        lastColumn: "品名",
      },
    ],
    ["=SUM(Orders)", { table: "Orders", items: [], atShorthand: false, firstColumn: null, lastColumn: null }],
    [
      "=Stock[a'[b']'#''c]",
      { table: "Stock", items: [], atShorthand: false, firstColumn: "a[b]#'c", lastColumn: "a[b]#'c" },
    ],
    ["=[@]", { table: null, items: ["#This Row"], atShorthand: true, firstColumn: null, lastColumn: null }],
  ])("parses %s", (formula, expected) => {
    const spans = findStructuredRefs(formula, book);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.ref).toEqual(expected);
    expect(formula.slice(spans[0]!.start, spans[0]!.end)).toBe(spans[0]!.text);
  });

  it("skips string literals, quoted sheet names, functions, sheet prefixes and external references", () => {
    const formula = "=\"Orders[金额]\"&'Orders[x]'!A1&ORDERS(1)&Orders!A1&[1]Sheet1!A1";
    expect(findStructuredRefs(formula, book)).toEqual([]);
  });

  it("finds several references with their offsets", () => {
    const formula = "=[@数量]*[@单价]-Orders[金额]";
    const spans = findStructuredRefs(formula, book);
    expect(spans.map((s) => formula.slice(s.start, s.end))).toEqual(["[@数量]", "[@单价]", "Orders[金额]"]);
  });

  it("counts a bare table name only with a book that holds the table", () => {
    expect(findStructuredRefs("=SUM(Orders)")).toEqual([]);
    expect(findStructuredRefs("=SUM(Other)", book)).toEqual([]);
  });
});

describe("resolveStructuredRefs", () => {
  const book = makeBook();
  it.each([
    ["=SUM(Orders[金额])", 4, 20, "=SUM(订单!$N$2:$N$61)"],
    ["=[@数量]*[@单价]", 4, 13, "=订单!$K5*订单!$M5"],
    ["=Orders[@数量]", 4, 13, "=订单!$K5"],
    ["=Orders[[#This Row],[数量]]", 9, 13, "=订单!$K10"],
    ["=Orders[#All]", 0, 20, "=订单!$A$1:$N$61"],
    ["=Orders", 0, 20, "=订单!$A$2:$N$61"],
    ["=Orders[#Headers]", 0, 20, "=订单!$A$1:$N$1"],
    ["=Orders[[#Headers],[货号]]", 0, 20, "=订单!$F$1"],
    ["=Orders[[货号]:[品名]]", 0, 20, "=订单!$F$2:$G$61"],
    ["=Orders[[品名]:[货号]]", 0, 20, "=订单!$F$2:$G$61"],
    ["=COUNT(Stock[品名])", 0, 0, "=COUNT('库存 表'!$C$4:$C$6)"],
    ["=Stock[#Totals]", 0, 0, "='库存 表'!$B$7:$E$7"],
    ["=Stock[[#Data],[#Totals],[品名]]", 0, 0, "='库存 表'!$C$4:$C$7"],
    ["=[@[列 名]]", 4, 1, "='库存 表'!$D5"],
    ["=Stock[a'[b']'#''c]", 0, 0, "='库存 表'!$E$4:$E$6"],
    ["=orders[金额]", 0, 20, "=订单!$N$2:$N$61"],
  ])("%s in s1/s2 row %i col %i → %s", (formula, row, col, expected) => {
    const sheetId = formula.includes("列 名") ? "s2" : "s1";
    expect(resolveStructuredRefs(formula, book, sheetId, row, col)).toBe(expected);
  });

  it("gives #REF! for unknown tables and columns, and for [@x] outside any table", () => {
    expect(resolveStructuredRefs("=Nope[金额]+Orders[不存在]", book, "s1", 4, 4)).toBe("=#REF!+#REF!");
    expect(resolveStructuredRefs("=[@数量]", book, "s1", 70, 0)).toBe("=#REF!");
    expect(resolveStructuredRefs("=Orders[#Totals]", book, "s1", 0, 20)).toBe("=#REF!");
  });

  it("gives #VALUE! for a this-row reference from the header row or another sheet, as Excel", () => {
    expect(resolveStructuredRefs("=Orders[@数量]", book, "s1", 0, 20)).toBe("=#VALUE!");
    expect(resolveStructuredRefs("=Orders[@数量]", book, "s2", 4, 20)).toBe("=#VALUE!");
  });

  it("leaves formulas without structured references untouched", () => {
    const formula = "=IF(A1=\"Orders[金额]\",'库存 表'!B2,FX_USD)";
    expect(resolveStructuredRefs(formula, book, "s1", 3, 3)).toBe(formula);
  });
});

describe("toFileFormula", () => {
  const book = makeBook();
  it.each([
    ["=[@数量]*[@单价]", "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]"],
    ["=Orders[@数量]", "Orders[[#This Row],[数量]]"],
    ["=Stock[@品名]", "Stock[[#This Row],[品名]]"],
    ["=[@[列 名]]", "Orders[[#This Row],[列 名]]"],
    ["=SUM([金额])", "SUM(Orders[金额])"],
    ["=SUM(Orders[金额])", "SUM(Orders[金额])"],
    ["=Orders[[#Headers],[货号]]", "Orders[[#Headers],[货号]]"],
    ["=Orders[#All]", "Orders[#All]"],
    ['=IF([@数量]="","[@数量]",1)', 'IF(Orders[[#This Row],[数量]]="","[@数量]",1)'],
    ["=IFERROR(IFS(A1>1,1),0)", "IFERROR(_xlfn.IFS(A1>1,1),0)"],
    ['=concat(A1,B1)&TEXTJOIN(",",TRUE,A1:A3)', '_xlfn.CONCAT(A1,B1)&_xlfn.TEXTJOIN(",",TRUE,A1:A3)'],
    ["=XLOOKUP(A1,B:B,C:C)+DAYS(A1,B1)", "_xlfn.XLOOKUP(A1,B:B,C:C)+_xlfn.DAYS(A1,B1)"],
    ["=SORT(A1:A3)", "_xlfn._xlws.SORT(A1:A3)"],
    ['=SUMIFS(A:A,B:B,"IFS(")', 'SUMIFS(A:A,B:B,"IFS(")'],
    ["=A1", "A1"],
  ])("%s → %s", (formula, expected) => {
    expect(toFileFormula(formula, book, "s1", 5, 10)).toBe(expected);
  });

  it("keeps an unqualified reference outside any table as written", () => {
    expect(toFileFormula("=[@数量]", book, "s1", 80, 0)).toBe("[@数量]");
  });
});

describe("fromFileFormula", () => {
  const book = makeBook();
  it.each([
    ["Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]", "=[@数量]*[@单价]"],
    ["Orders[[#This Row],[列 名]]", "=[@[列 名]]"],
    ["Orders[[#This Row],[货号]:[品名]]", "=[@[货号]:[品名]]"],
    ["Stock[[#This Row],[品名]]", "=Stock[@品名]"],
    ["orders[[#this row],[数量]]", "=[@数量]"],
    ["SUM(Orders[金额])", "=SUM(Orders[金额])"],
    ["Orders[[#Headers],[货号]]", "=Orders[[#Headers],[货号]]"],
    ["_xlfn.IFS(A1>1,1)+_xlfn._xlws.SORT(A1:A3)", "=IFS(A1>1,1)+SORT(A1:A3)"],
    ['"_xlfn.IFS("&A1', '="_xlfn.IFS("&A1'],
  ])("%s → %s", (text, expected) => {
    expect(fromFileFormula(text, book, "s1", 5, 10)).toBe(expected);
  });

  it.each([
    "=[@数量]*[@单价]",
    "=Stock[@品名]+[@[列 名]]",
    '=IFERROR(INDEX(Stock[品名],MATCH([@货号],Stock[货号],0)),"")',
    '=IFS([@数量]>0,CONCAT([@货号],"-"),TRUE,"")',
    "=SUM(Orders[[#Headers],[#Data],[货号]:[品名]])",
  ])("round-trips %s", (formula) => {
    const file = toFileFormula(formula, book, "s1", 5, 10);
    expect(file).not.toContain("[@");
    expect(fromFileFormula(file, book, "s1", 5, 10)).toBe(formula);
  });
});
