import { MemoryWorkbook } from "../memory-excel";
import { HyperFormulaEngine } from "../memory-excel/hyperformula/hyperFormulaEngine";
import {
  cellValue,
  getCell,
  newSheet,
  type ComputedValue,
  type ConditionalFormatModel,
  type ConditionalFormatStyle,
  type Rect,
} from "../memory-excel/model";
import { cellCss, withConditionalFormat } from "./cellStyle";
import {
  chooseFormat,
  ConditionalFormatter,
  isConditionMet,
  ruleFormulaAt,
  type FormulaEvaluator,
} from "./conditionalFormats";

const RED: ConditionalFormatStyle = { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } };
const AMBER: ConditionalFormatStyle = { fill: { color: "#FFEB9C" }, font: { color: "#9C5700" } };

let nextRule = 1;

/** A Custom rule over `ranges` (A2:Z61 by default). */
function custom(
  formula: string,
  more: Partial<Omit<ConditionalFormatModel, "type">> = {},
): ConditionalFormatModel {
  return {
    id: `cf${nextRule++}`,
    type: "Custom",
    ranges: [{ row: 1, col: 0, rows: 60, cols: 26 }],
    formula,
    format: RED,
    priority: 0,
    stopIfTrue: false,
    ...more,
  } as ConditionalFormatModel;
}

function cellValueRule(
  operator: string,
  formula1: string,
  formula2?: string,
  ranges: Rect[] = [{ row: 1, col: 7, rows: 10, cols: 1 }],
): ConditionalFormatModel {
  return {
    id: `cf${nextRule++}`,
    type: "CellValue",
    ranges,
    operator,
    formula1,
    ...(formula2 === undefined ? {} : { formula2 }),
    format: AMBER,
    priority: 0,
    stopIfTrue: false,
  };
}

describe("isConditionMet", () => {
  test("TRUE and non-zero numbers; not FALSE, zero, text, blanks or errors", () => {
    expect(isConditionMet(true)).toBe(true);
    expect(isConditionMet(2)).toBe(true);
    expect(isConditionMet(-0.5)).toBe(true);
    expect(isConditionMet(false)).toBe(false);
    expect(isConditionMet(0)).toBe(false);
    expect(isConditionMet("TRUE")).toBe(false);
    expect(isConditionMet(null)).toBe(false);
    expect(isConditionMet({ error: "#N/A" })).toBe(false);
  });
});

describe("ruleFormulaAt", () => {
  test("a Custom rule's formula moves from its range's top-left cell to the cell", () => {
    const rule = custom('=$W2="逾期"');
    expect(ruleFormulaAt(rule, 1, 0)).toBe('=$W2="逾期"');
    expect(ruleFormulaAt(rule, 10, 5)).toBe('=$W11="逾期"');
    const margin = custom("=AND(ISNUMBER(H2),H2<MIN_MARGIN)", {
      ranges: [{ row: 1, col: 7, rows: 60, cols: 1 }],
    });
    expect(ruleFormulaAt(margin, 4, 7)).toBe("=AND(ISNUMBER(H5),H5<MIN_MARGIN)");
  });

  test("the anchor is the first range's top-left, also for cells of its other ranges", () => {
    const rule = custom("=B3>0", {
      ranges: [
        { row: 2, col: 1, rows: 2, cols: 1 },
        { row: 0, col: 4, rows: 1, cols: 1 },
      ],
    });
    expect(ruleFormulaAt(rule, 0, 4)).toBe("=E1>0");
  });

  test("a formula without = and a rule without a formula", () => {
    expect(ruleFormulaAt(custom("A2>1"), 2, 0)).toBe("=A3>1");
    expect(ruleFormulaAt(custom(""), 2, 0)).toBeNull();
    expect(ruleFormulaAt(custom("=1", { ranges: [] }), 0, 0)).toBeNull();
  });

  test("CellValue rules compare the cell with their operands", () => {
    expect(ruleFormulaAt(cellValueRule("LessThan", "=MIN_MARGIN"), 3, 7)).toBe("=H4<(MIN_MARGIN)");
    expect(ruleFormulaAt(cellValueRule("GreaterThan", "10"), 1, 7)).toBe("=H2>10");
    expect(ruleFormulaAt(cellValueRule("EqualTo", '待"审'), 1, 7)).toBe('=H2="待""审"');
    expect(ruleFormulaAt(cellValueRule("NotEqualTo", "=$A$1"), 2, 7)).toBe("=H3<>($A$1)");
    expect(ruleFormulaAt(cellValueRule("GreaterThanOrEqual", "=G2"), 2, 7)).toBe("=H3>=(G3)");
    expect(ruleFormulaAt(cellValueRule("LessThanOrEqual", "0"), 1, 7)).toBe("=H2<=0");
    expect(ruleFormulaAt(cellValueRule("Between", "1", "5"), 1, 7)).toBe(
      "=OR(AND(H2>=1,H2<=5),AND(H2>=5,H2<=1))",
    );
    expect(ruleFormulaAt(cellValueRule("NotBetween", "1", "5"), 1, 7)).toBe(
      "=NOT(OR(AND(H2>=1,H2<=5),AND(H2>=5,H2<=1)))",
    );
  });

  test("CellValue rules it cannot check", () => {
    expect(ruleFormulaAt(cellValueRule("Invalid", "1"), 1, 7)).toBeNull();
    expect(ruleFormulaAt(cellValueRule("Between", "1"), 1, 7)).toBeNull();
    expect(ruleFormulaAt(cellValueRule("EqualTo", ""), 1, 7)).toBeNull();
  });
});

describe("chooseFormat", () => {
  const yes = () => true;

  test("no rule true: no format", () => {
    expect(chooseFormat([custom("=1", { format: RED })], () => false)).toBeUndefined();
    expect(chooseFormat([], yes)).toBeUndefined();
  });

  test("the rule of higher priority (lower number) wins each property, whatever the list order", () => {
    const red = custom("=1", { format: RED, priority: 1 });
    const amber = custom("=1", { format: AMBER, priority: 0 });
    expect(chooseFormat([red, amber], yes)).toEqual(AMBER);
    expect(chooseFormat([amber, red], yes)).toEqual(AMBER);
  });

  test("a false rule of higher priority leaves the format to the next", () => {
    const red = custom("=1", { format: RED, priority: 0 });
    const amber = custom("=1", { format: AMBER, priority: 1 });
    expect(chooseFormat([red, amber], (rule) => rule === amber)).toEqual(AMBER);
  });

  test("properties a higher rule does not set come from lower ones", () => {
    const fillOnly = custom("=1", { format: { fill: { color: "#111111" } }, priority: 0 });
    const both = custom("=1", {
      format: { fill: { color: "#222222" }, font: { color: "#333333", bold: true } },
      priority: 1,
    });
    expect(chooseFormat([fillOnly, both], yes)).toEqual({
      fill: { color: "#111111" },
      font: { color: "#333333", bold: true },
    });
  });

  test("stopIfTrue: a true rule stops the lower ones; a false one does not", () => {
    const stop = custom("=1", { format: { fill: { color: "#111111" } }, priority: 0, stopIfTrue: true });
    const lower = custom("=1", { format: RED, priority: 1 });
    expect(chooseFormat([stop, lower], yes)).toEqual({ fill: { color: "#111111" } });
    expect(chooseFormat([stop, lower], (rule) => rule === lower)).toEqual(RED);
    // A true stopIfTrue rule that sets nothing new still stops the rest.
    const empty = custom("=1", { format: {}, priority: 0, stopIfTrue: true });
    expect(chooseFormat([empty, lower], yes)).toBeUndefined();
  });

  test("a rule that could give nothing more is not evaluated", () => {
    const red = custom("=1", { format: RED, priority: 0 });
    const amber = custom("=1", { format: AMBER, priority: 1 });
    const asked: ConditionalFormatModel[] = [];
    chooseFormat([red, amber], (rule) => {
      asked.push(rule);
      return true;
    });
    expect(asked).toEqual([red]);
  });
});

describe("ConditionalFormatter", () => {
  function sheetWith(rules: ConditionalFormatModel[]) {
    const sheet = newSheet("s1", "订单");
    sheet.conditionalFormats.push(...rules);
    return sheet;
  }

  test("evaluates a whole-row rule once per row and remembers cell formats", () => {
    const calls: string[] = [];
    const evaluate: FormulaEvaluator = (_sheetId, _row, _col, formula) => {
      calls.push(formula);
      return formula === '=$W3="逾期"';
    };
    const formatter = new ConditionalFormatter(sheetWith([custom('=$W2="逾期"')]), evaluate);
    expect(formatter.formatAt(2, 0)).toEqual(RED);
    expect(formatter.formatAt(2, 25)).toEqual(RED);
    expect(formatter.formatAt(3, 0)).toBeUndefined();
    expect(formatter.formatAt(2, 0)).toEqual(RED);
    expect(calls).toEqual(['=$W3="逾期"', '=$W4="逾期"']);
    expect(formatter.evaluations).toBe(2);
  });

  test("cells outside every range are not evaluated", () => {
    const evaluate = jest.fn<ComputedValue, Parameters<FormulaEvaluator>>(() => true);
    const formatter = new ConditionalFormatter(sheetWith([custom("=A2>0")]), evaluate);
    expect(formatter.formatAt(0, 0)).toBeUndefined(); // header row
    expect(formatter.formatAt(61, 0)).toBeUndefined(); // below A2:Z61
    expect(formatter.formatAt(5, 26)).toBeUndefined(); // column AA
    expect(evaluate).not.toHaveBeenCalled();
  });

  test("an error result or an evaluator fault leaves the rule off", () => {
    const errors = new ConditionalFormatter(sheetWith([custom("=A2>0")]), () => ({ error: "#NAME?" }));
    expect(errors.formatAt(1, 0)).toBeUndefined();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let calls = 0;
    const faulty = new ConditionalFormatter(sheetWith([custom("=A2>0")]), () => {
      calls += 1;
      throw new Error("engine down");
    });
    expect(faulty.formatAt(1, 0)).toBeUndefined();
    expect(faulty.formatAt(2, 0)).toBeUndefined();
    expect(calls).toBe(1);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe("conditional formats on a MemoryWorkbook computed by HyperFormula", () => {
  /** 订单 with 交货日期 status in C and a whole-row overdue rule; 核价 margins with MIN_MARGIN. */
  async function trackingTable() {
    const engine = new HyperFormulaEngine();
    const book = new MemoryWorkbook({ engine, now: () => new Date(2026, 10, 22) });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "订单";
      sheet.getRange("A1:D4").values = [
        ["订单号", "数量", "交期状态", "利润率"],
        ["A001", 10, "逾期", 0.1],
        ["A002", 5, "正常", 0.3],
        ["A003", 7, "将到期", ""],
      ];
      context.workbook.names.add("MIN_MARGIN", "=0.15");
      const rows = sheet.getRange("A2:D4");
      const overdue = rows.conditionalFormats.add("Custom");
      overdue.custom.rule.formula = '=$C2="逾期"';
      overdue.custom.format.fill.color = "#FFC7CE";
      overdue.custom.format.font.color = "#9C0006";
      const margin = sheet.getRange("D2:D4").conditionalFormats.add("Custom");
      margin.custom.rule.formula = "=AND(ISNUMBER(D2),D2<MIN_MARGIN)";
      margin.custom.format.fill.color = "#FFEB9C";
      margin.priority = 1;
      const many = sheet.getRange("B2:B4").conditionalFormats.add("CellValue");
      many.cellValue.rule = { formula1: "6", operator: "GreaterThan" };
      many.cellValue.format.font.bold = true;
      await context.sync();
    });
    book.recalculate();
    const sheet = book.model.sheets[0]!;
    const evaluate: FormulaEvaluator = (sheetId, row, col, formula) =>
      engine.evaluateFormula(book.model, sheetId, row, col, formula);
    // As the grid does: one formatter per model version.
    let formatter = new ConditionalFormatter(sheet, evaluate);
    let version = book.model.version;
    /** The grid's CSS of a cell: its own style with the conditional format laid over. */
    const css = (row: number, col: number) => {
      if (book.model.version !== version) {
        formatter = new ConditionalFormatter(sheet, evaluate);
        version = book.model.version;
      }
      const cell = getCell(sheet, row, col);
      return cellCss(withConditionalFormat(cell?.style, formatter.formatAt(row, col)), cellValue(cell));
    };
    return { book, sheet, css };
  }

  test("an overdue row is red across its cells, a normal row is not", async () => {
    const { css } = await trackingTable();
    expect(css(1, 0)).toMatchObject({ backgroundColor: "#FFC7CE", color: "#9C0006" });
    expect(css(1, 2)).toMatchObject({ backgroundColor: "#FFC7CE", color: "#9C0006" });
    expect(css(2, 0).backgroundColor).toBeUndefined();
    expect(css(2, 0).color).toBeUndefined();
    // The header row is outside the rule's range.
    expect(css(0, 2).backgroundColor).toBeUndefined();
  });

  test("the overdue rule outranks the low-margin rule on the same cell", async () => {
    const { css } = await trackingTable();
    // D2: overdue (priority 0) and low margin (priority 1): red fill wins.
    expect(css(1, 3).backgroundColor).toBe("#FFC7CE");
    // D3: margin 0.3 is fine; D4: blank is not a number.
    expect(css(2, 3).backgroundColor).toBeUndefined();
    expect(css(3, 3).backgroundColor).toBeUndefined();
  });

  test("a margin below MIN_MARGIN on a row that is not overdue is amber", async () => {
    const { book, css } = await trackingTable();
    expect(css(2, 3).backgroundColor).toBeUndefined();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("订单").getRange("D3").values = [[0.05]];
      await context.sync();
    });
    book.recalculate();
    expect(css(2, 3).backgroundColor).toBe("#FFEB9C");
  });

  test("a CellValue rule: 数量 above 6 is bold", async () => {
    const { css } = await trackingTable();
    expect(css(1, 1).fontWeight).toBe(700);
    expect(css(2, 1).fontWeight).toBeUndefined();
    expect(css(3, 1).fontWeight).toBe(700);
  });
});
