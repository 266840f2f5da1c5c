import {
  COLUMN_FORMULAS,
  costingProfitFormula,
  functionsCalled,
  functionsNewerThanExcel2010,
  lookup,
  orderFirstLineFormula,
  orderShippedFormula,
  orderTotalFormula,
  thisRow,
} from "./formulas";

/** Every formula setup writes, by table and column. */
const ALL = Object.entries(COLUMN_FORMULAS).flatMap(([table, columns]) =>
  Object.entries(columns).map(([header, formula]) => `${table}[${header}] ${formula()}`),
);

describe("formula text", () => {
  test("this-row references quote names that need it", () => {
    expect(thisRow("数量")).toBe("[@数量]");
    expect(thisRow("客户PO号")).toBe("[@客户PO号]");
    expect(thisRow("列 名")).toBe("[@[列 名]]");
  });

  test("profit uses the row's rate or FX_USD, the net factor, and rounds to the fen", () => {
    expect(costingProfitFormula()).toBe(
      '=IF([@美金卖价]="","",ROUND([@美金卖价]*IF([@汇率]="",FX_USD,[@汇率])*NET_FACTOR-[@成本],2))',
    );
  });

  test("lookups fall back to blank when the key is unknown", () => {
    expect(lookup("Products", "品名", "货号", "货号")).toBe(
      'IF([@货号]="","",IFERROR(INDEX(Products[品名],MATCH([@货号],Products[货号],0))&"",""))',
    );
  });

  test("已发数量 compares 行号 and 订单号 with `=` in one SUMPRODUCT, 0 while either is blank", () => {
    expect(orderShippedFormula()).toBe(
      '=IF(OR([@订单号]="",[@行号]=""),0,' +
        "SUMPRODUCT(--(Shipments[行号]=[@行号]),--(Shipments[订单号]=[@订单号]),Shipments[数量]))",
    );
  });

  test("订单首行 is this line where a run of the order starts, else the order's first line by MATCH", () => {
    const index = "ROW()-ROW(Orders[[#Headers],[订单号]])";
    expect(orderFirstLineFormula()).toBe(
      `=IF([@订单号]="","",IF([@订单号]<>INDEX(Orders[[#All],[订单号]],${index}),${index},` +
        "MATCH([@订单号],Orders[订单号],0)))",
    );
    expect(orderTotalFormula()).toBe('=IF([@订单首行]="","",INDEX(Orders[首行总额],[@订单首行]))');
    // The header row is named by one column: LibreOffice gives Err:504 for ROW(Orders[#Headers]).
    expect(orderFirstLineFormula()).not.toContain("Orders[#Headers]");
  });

  test("covers every computed column", () => {
    expect(ALL.length).toBe(17);
  });

  test.each(ALL)("%s uses only Excel 2010 functions", (formula) => {
    expect(functionsNewerThanExcel2010(formula)).toEqual([]);
  });
});

describe("the Excel 2010 guard", () => {
  test("finds function calls and skips string literals", () => {
    expect(functionsCalled('=IF(A1="SUM(x)",xlookup(1,2,3),Sum (B1))')).toEqual(["IF", "XLOOKUP", "SUM"]);
  });

  test.each([
    ["=XLOOKUP([@货号],Products[货号],Products[品名])", ["XLOOKUP"]],
    ["=LET(x,1,x+1)", ["LET"]],
    ['=TEXTJOIN(",",TRUE,FILTER(A:A,B:B=1))', ["TEXTJOIN", "FILTER"]],
    ["=UNIQUE(A1:A9)", ["UNIQUE"]],
    ["=IFS(A1>1,1,TRUE,0)", ["IFS"]],
  ])("rejects %s", (formula, newer) => {
    expect(functionsNewerThanExcel2010(formula)).toEqual(newer);
  });
});
