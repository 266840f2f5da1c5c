import {
  COLUMN_FORMULAS,
  costingProfitFormula,
  functionsCalled,
  functionsNewerThanExcel2010,
  lookup,
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

  test("covers every computed column", () => {
    expect(ALL.length).toBe(14);
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
