import { CellError, ErrorType } from "hyperformula";
import { emptyWorkbook, ensureCell, getCell, newSheet } from "../model";
import type { ComputedValue, Scalar, SheetModel, TableModel, WorkbookModel } from "../model";
import { dateToSerial } from "../../core/dates";
import { HyperFormulaEngine, buildEngine, toComputedValue } from "./hyperFormulaEngine";

const NOW = new Date(2026, 10, 22, 18, 0, 0); // 2026-11-22 18:00 local
const TODAY = dateToSerial(2026, 11, 22);

/** Writes rows from (row, col): strings starting with `=` become formulas, null leaves a cell empty. */
function put(sheet: SheetModel, row: number, col: number, rows: (Scalar | null)[][]): void {
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = ensureCell(sheet, row + r, col + c);
      if (typeof value === "string" && value.startsWith("=")) cell.formula = value;
      else cell.value = value;
    }),
  );
}

function computed(sheet: SheetModel, address: string): ComputedValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return getCell(sheet, Number(m[2]) - 1, col)?.computed;
}

/**
 * 参数 (Settings A1:C4 with names FX_USD, NET_FACTOR, DEPOSIT_RATE), 订单 (Orders A1:F4 with
 * 数量 × 单价 formulas) and a 汇总 sheet for free formulas.
 */
function makeBook(): { book: WorkbookModel; settings: SheetModel; orders: SheetModel; sheet: SheetModel } {
  const book = emptyWorkbook();
  const settings = newSheet("s1", "参数");
  const orders = newSheet("s2", "订单");
  const sheet = newSheet("s3", "汇总 表");
  book.sheets.push(settings, orders, sheet);
  put(settings, 0, 0, [
    ["项目", "值", "说明"],
    ["美元汇率", 7.1, ""],
    ["净收汇系数", 0.96, ""],
    ["订金比例", 0.3, ""],
  ]);
  book.names.push(
    { name: "FX_USD", formula: "=参数!$B$2", comment: "", visible: true },
    { name: "NET_FACTOR", formula: "=参数!$B$3", comment: "", visible: true },
    { name: "DEPOSIT_RATE", formula: "=参数!$B$4", comment: "", visible: true },
    { name: "汇率常数", formula: "=7", comment: "", visible: true },
  );
  const settingsTable: TableModel = {
    id: "t1",
    name: "Settings",
    sheetId: "s1",
    ref: { row: 0, col: 0, rows: 4, cols: 3 },
    columns: ["项目", "值", "说明"].map((name, id) => ({ id, name })),
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  put(orders, 0, 0, [
    ["订单号", "货号", "数量", "单价", "金额", "订金"],
    ["A001", "P-1", 10, 2.5, "=[@数量]*[@单价]", "=ROUND([@金额]*DEPOSIT_RATE,2)"],
    ["A001", "P-2", 3, 12, "=[@数量]*[@单价]", "=ROUND([@金额]*DEPOSIT_RATE,2)"],
    ["A002", "P-1", 4, 2.5, "=[@数量]*[@单价]", "=ROUND([@金额]*DEPOSIT_RATE,2)"],
  ]);
  const ordersTable: TableModel = {
    id: "t2",
    name: "Orders",
    sheetId: "s2",
    ref: { row: 0, col: 0, rows: 4, cols: 6 },
    columns: ["订单号", "货号", "数量", "单价", "金额", "订金"].map((name, id) => ({ id, name })),
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  book.tables.push(settingsTable, ordersTable);
  return { book, settings, orders, sheet };
}

/** Computes each formula in its own cell of 汇总 表 column A and returns the results. */
function evaluate(formulas: string[], setup?: (parts: ReturnType<typeof makeBook>) => void): ComputedValue[] {
  const parts = makeBook();
  if (setup) setup(parts);
  formulas.forEach((formula, i) => {
    ensureCell(parts.sheet, 100 + i, 0).formula = formula;
  });
  new HyperFormulaEngine().recalculate(parts.book, NOW);
  return formulas.map((_, i) => getCell(parts.sheet, 100 + i, 0)!.computed!);
}

describe("HyperFormulaEngine", () => {
  it("computes table formulas with this-row references and names", () => {
    const { book, orders } = makeBook();
    new HyperFormulaEngine().recalculate(book, NOW);
    expect(computed(orders, "E2")).toBe(25);
    expect(computed(orders, "E3")).toBe(36);
    expect(computed(orders, "E4")).toBe(10);
    expect(computed(orders, "F2")).toBe(7.5);
    expect(computed(orders, "F3")).toBe(10.8);
    expect(computed(orders, "F4")).toBe(3);
  });

  it("recomputes after the model changes", () => {
    const { book, orders, settings } = makeBook();
    const engine = new HyperFormulaEngine();
    engine.recalculate(book, NOW);
    ensureCell(orders, 1, 2).value = 20;
    ensureCell(settings, 3, 1).value = 0.5;
    engine.recalculate(book, NOW);
    expect(computed(orders, "E2")).toBe(50);
    expect(computed(orders, "F2")).toBe(25);
  });

  it.each<[string, ComputedValue]>([
    ["=1+2*3", 7],
    ["=(1+2)*3-4/8", 8.5],
    ["=2^10", 1024],
    ["=0.1+0.2", 0.3],
    ['=IF(订单!C2>5,"多","少")', "多"],
    ['=IF(订单!C4>5,"多","少")', "少"],
    ['=IFERROR(1/0,"无")', "无"],
    ['=IFERROR(2,"无")', 2],
    ["=AND(TRUE,1>0)", true],
    ["=OR(FALSE,1<0)", false],
    ["=NOT(FALSE)", true],
    ["=TRUE", true],
    ["=ROUND(2.345,2)", 2.35],
    ["=ROUND(-2.5,0)", -3],
    ["=SUM(订单!C2:C4)", 17],
    ["=SUM(Orders[金额])", 71],
    ['=SUMIFS(Orders[金额],Orders[订单号],"A001")', 61],
    ['=SUMIFS(订单!$E$2:$E$4,订单!$A$2:$A$4,"A001",订单!$B$2:$B$4,"P-1")', 25],
    ['=COUNTIFS(Orders[货号],"P-1")', 2],
    ['=COUNTIFS(Orders[订单号],"A001",Orders[数量],">5")', 1],
    ["=SUMPRODUCT(Orders[数量],Orders[单价])", 71],
    ['=SUMPRODUCT((Orders[订单号]="A001")*Orders[数量])', 13],
    ['=INDEX(Orders[单价],MATCH("P-2",Orders[货号],0))', 12],
    ['=MATCH("A002",Orders[订单号],0)', 3],
    ['=VLOOKUP("P-2",订单!$B$2:$D$4,3,FALSE)', 12],
    ['=VLOOKUP("美元汇率",Settings,2,0)', 7.1],
    ['=TEXT(DATE(2026,11,22),"yyyy-mm-dd")', "2026-11-22"],
    ['=TEXT(0.1234,"0.0%")', "12.3%"],
    ['=TEXT(1234.5,"#,##0.00")', "1,234.50"],
    ['=TEXT(1234.5,"¥#,##0.00")', "¥1,234.50"],
    ['=TEXT("12","0.0")', "12.0"],
    ['="SH"&TEXT(TODAY(),"yyyymmdd")&"-01"', "SH20261122-01"],
    ["=TODAY()", TODAY],
    ["=NOW()", TODAY + 0.75],
    ["=TODAY()-DATE(2026,11,1)", 21],
    ["=DATE(2026,1,1)", 46023],
    ["=DATE(1900,3,1)", 61],
    ["=YEAR(DATE(2026,11,22))", 2026],
    ["=MONTH(46348)", 11],
    ["=DAY(46348)", 22],
    ["=EDATE(DATE(2026,1,31),1)", dateToSerial(2026, 2, 28)],
    ["=EOMONTH(DATE(2026,2,10),0)", dateToSerial(2026, 2, 28)],
    ["=MAX(Orders[数量])", 10],
    ["=MIN(Orders[单价])", 2.5],
    ["=ABS(-3.5)", 3.5],
    ['=LEN("跟单助手")', 4],
    ['=TRIM("  a  b  ")', "a b"],
    ["=ISNUMBER(订单!C2)", true],
    ["=ISNUMBER(订单!A2)", false],
    ['="A"&"B"&1', "AB1"],
    ["=100*FX_USD", 710],
    ["=fx_usd*NET_FACTOR", 6.816],
    ["=汇率常数+1", 8],
    ["='订单'!C2+订单!C3", 13],
  ])("%s → %p", (formula, expected) => {
    const [value] = evaluate([formula]);
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 10);
    else expect(value).toEqual(expected);
  });

  describe("exact lookups and conditional sums (indexed)", () => {
    /** 汇总 表 B1:D6: keys of mixed types, numbers, and a second key column. */
    const lookupTable = ({ sheet }: ReturnType<typeof makeBook>): void => {
      put(sheet, 0, 1, [
        ["Apple", 10, "x"],
        ["apple", 20, "y"],
        [5, 30, "x"],
        ["5", 40, "x"],
        [true, 50, "y"],
        ["a*b", 60, "x"],
      ]);
    };

    it.each<[string, ComputedValue]>([
      ['=MATCH("APPLE",B1:B6,0)', 1],
      ["=MATCH(5,B1:B6,0)", 3],
      ['=MATCH("5",B1:B6,0)', 4],
      ["=MATCH(TRUE,B1:B6,0)", 5],
      ['=MATCH("a*",B1:B6,0)', 1],
      ['=MATCH("?PPLE",B1:B6,0)', 1],
      ['=MATCH("a~*b",B1:B6,0)', 6],
      ['=VLOOKUP("app*",B1:D6,2,FALSE)', 10],
      ['=MATCH("pear",B1:B6,0)', { error: "#N/A" }],
      ['=VLOOKUP("apple",B1:D6,2,FALSE)', 10],
      ["=VLOOKUP(5,B1:D6,3,0)", "x"],
      ['=VLOOKUP("pear",B1:D6,2,FALSE)', { error: "#N/A" }],
      ['=SUMIFS(C1:C6,B1:B6,"apple")', 30],
      ["=SUMIFS(C1:C6,B1:B6,5)", 70],
      ['=SUMIFS(C1:C6,B1:B6,"apple",D1:D6,"y")', 20],
      ['=COUNTIFS(B1:B6,"apple",D1:D6,"x")', 1],
      ['=COUNTIF(D1:D6,"x")', 4],
      ['=SUMIF(D1:D6,"y",C1:C6)', 70],
      ['=SUMIFS(C1:C6,B1:B6,"a*")', 90],
      ['=SUMIFS(C1:C6,C1:C6,">25")', 180],
      ['=COUNTIFS(B1:B6,"<>apple")', 4],
      ['=SUMIFS(C1:C6,B1:B6,"pear")', 0],
    ])("%s → %p", (formula, expected) => {
      expect(evaluate([formula], lookupTable)).toEqual([expected]);
    });
  });

  it("treats blank cells as Excel does", () => {
    const [ref, arithmetic, text, isBlank, notBlank, concat, len] = evaluate([
      "=Z1",
      "=Z1+5",
      '=Z1=""',
      "=ISBLANK(Z1)",
      "=ISBLANK(订单!A2)",
      '=Z1&"x"',
      "=LEN(Z1)",
    ]);
    expect([ref, arithmetic, text, isBlank, notBlank, concat, len]).toEqual([
      0,
      5,
      true,
      true,
      false,
      "x",
      0,
    ]);
  });

  it('returns "" from a formula that yields empty text', () => {
    expect(evaluate(['=IF(1>2,1,"")'])).toEqual([""]);
  });

  it("reports errors with Excel's texts", () => {
    expect(
      evaluate([
        "=1/0",
        '=MATCH("nope",Orders[货号],0)',
        '=VLOOKUP("nope",订单!B2:D4,2,FALSE)',
        "=SUM(Orders[不存在])",
        "=NO_SUCH_NAME*2",
        '="a"+1',
        "=Nope[金额]",
      ]),
    ).toEqual([
      { error: "#DIV/0!" },
      { error: "#N/A" },
      { error: "#N/A" },
      { error: "#REF!" },
      { error: "#NAME?" },
      { error: "#VALUE!" },
      { error: "#REF!" },
    ]);
  });

  it("keeps text constants as text, even when they look like numbers, dates or formulas", () => {
    const results = evaluate(["=ISNUMBER(B1)", '=B2&""', "=ISNUMBER(B3)", "=B4"], ({ sheet }) => {
      ["123", "=1+1", "2026-01-01", "'quoted"].forEach((text, row) => {
        ensureCell(sheet, row, 1).value = text;
      });
    });
    expect(results).toEqual([false, "=1+1", false, "'quoted"]);
  });

  it("reads structured references from another sheet and table parts", () => {
    const results = evaluate([
      "=COUNTA(Orders[#All])",
      "=COUNTA(Orders)",
      "=INDEX(Orders[#Headers],1,3)",
      "=SUM(Orders[[数量]:[单价]])",
    ]);
    expect(results).toEqual([24, 18, "数量", 17 + 17]);
  });

  it("resolves a sheet-scoped name before the workbook name", () => {
    const results = evaluate(["=RATE", "=订单!RATE"], ({ book }) => {
      book.names.push(
        { name: "RATE", formula: "=1", comment: "", visible: true },
        { name: "RATE", formula: "=2", comment: "", visible: true, sheetId: "s3" },
        { name: "RATE", formula: "=3", comment: "", visible: true, sheetId: "s2" },
      );
    });
    expect(results).toEqual([2, 3]);
  });

  it("shows 0 for a circular reference, as Excel does", () => {
    expect(evaluate(["=A102+1", "=A101+1"])).toEqual([0, 0]);
  });

  it("holds names over whole columns and rows, made absolute as HyperFormula requires", () => {
    const results = evaluate(["=SUM(RATE_COLUMN)", "=SUM(RATE_ROW)", "=SUM(RELATIVE_CELLS)"], ({ book }) => {
      book.names.push(
        { name: "RATE_COLUMN", formula: "=参数!B:B", comment: "", visible: true },
        { name: "RATE_ROW", formula: "=参数!2:2", comment: "", visible: true },
        { name: "RELATIVE_CELLS", formula: "=参数!B2:B3", comment: "", visible: true },
      );
    });
    expect(results[0]).toBeCloseTo(8.36, 10);
    expect(results[1]).toBeCloseTo(7.1, 10);
    expect(results[2]).toBeCloseTo(8.06, 10);
  });

  it("maps HyperFormula's values to model values", () => {
    expect(toComputedValue(new CellError(ErrorType.DIV_BY_ZERO))).toEqual({ error: "#DIV/0!" });
    expect(toComputedValue(new CellError(ErrorType.NA))).toEqual({ error: "#N/A" });
    expect(toComputedValue(null)).toBe(0);
    expect(toComputedValue("")).toBe("");
    expect(toComputedValue(false)).toBe(false);
  });

  it("builds without a name HyperFormula refuses, keeping the sheets and the other names", () => {
    const hf = buildEngine({ S: [[1, 2, "=GOOD*10", "=BAD"]] }, [
      { name: "GOOD", expression: "='S'!$B$1" },
      { name: "BAD", expression: "='S'!A:A" },
    ]);
    try {
      const row = hf.getSheetValues(hf.getSheetId("S")!)[0]!;
      expect(toComputedValue(row[2])).toBe(20);
      expect(toComputedValue(row[3])).toEqual({ error: "#NAME?" });
    } finally {
      hf.destroy();
    }
  });

  it("survives a name HyperFormula cannot parse, leaving it an error", () => {
    const results = evaluate(["=BAD_NAME", "=FX_USD"], ({ book }) => {
      book.names.push({ name: "BAD_NAME", formula: "=参数!B2:", comment: "", visible: true });
    });
    expect(results[1]).toBe(7.1);
    expect(results[0]).toHaveProperty("error");
  });

  it("uses the injected moment for TODAY, whatever the clock says", () => {
    const parts = makeBook();
    ensureCell(parts.sheet, 0, 0).formula = "=TODAY()";
    const engine = new HyperFormulaEngine();
    engine.recalculate(parts.book, new Date(2026, 0, 1, 23, 59));
    expect(computed(parts.sheet, "A1")).toBe(46023);
    engine.recalculate(parts.book, new Date(2026, 0, 2, 0, 1));
    expect(computed(parts.sheet, "A1")).toBe(46024);
  });
});
