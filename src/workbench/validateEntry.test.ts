import { dateToSerial } from "../core/dates";
import { createActions } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { HyperFormulaEngine } from "../memory-excel/hyperformula/hyperFormulaEngine";
import {
  emptyWorkbook,
  ensureCell,
  newSheet,
  type DataValidationModel,
  type DataValidationRuleModel,
  type SheetModel,
  type WorkbookModel,
} from "../memory-excel/model";
import { findValidation, listItems, typedEntry, validateEntry } from "./validateEntry";

const STOP = { showAlert: true, style: "Stop", title: "输入有误", message: "不对" };

/** A book with sheet `S` whose cell B2 carries `rule`. */
function bookWithRule(
  rule: DataValidationRuleModel,
  more: Partial<DataValidationModel> = {},
): { book: WorkbookModel; sheet: SheetModel } {
  const book = emptyWorkbook();
  const sheet = newSheet("s1", "S");
  book.sheets.push(sheet);
  sheet.dataValidations.push({
    ranges: [{ row: 1, col: 1, rows: 1, cols: 1 }],
    rule,
    ignoreBlanks: true,
    errorAlert: STOP,
    ...more,
  });
  return { book, sheet };
}

function accepts(
  rule: DataValidationRuleModel,
  text: string,
  more: Partial<DataValidationModel> = {},
): boolean {
  const { book, sheet } = bookWithRule(rule, more);
  return validateEntry(book, sheet, 1, 1, text).ok;
}

describe("typedEntry", () => {
  test("reads typing as Excel does", () => {
    expect(typedEntry("", undefined)).toEqual({ kind: "blank" });
    expect(typedEntry("=A1*2", undefined)).toEqual({ kind: "formula" });
    expect(typedEntry("100", undefined)).toEqual({ kind: "value", value: 100 });
    expect(typedEntry("30%", undefined)).toEqual({ kind: "value", value: 0.3 });
    expect(typedEntry("2026-12-01", undefined)).toEqual({ kind: "value", value: dateToSerial(2026, 12, 1) });
    expect(typedEntry("'100", undefined)).toEqual({ kind: "value", value: "100" });
    expect(typedEntry("abc", undefined)).toEqual({ kind: "value", value: "abc" });
    // "=" alone is text, not a formula.
    expect(typedEntry("=", undefined)).toEqual({ kind: "value", value: "=" });
  });

  test("a Text cell keeps numbers and formulas as typed text", () => {
    expect(typedEntry("00123", "@")).toEqual({ kind: "value", value: "00123" });
    expect(typedEntry("=A1", "@")).toEqual({ kind: "value", value: "=A1" });
  });
});

describe("findValidation", () => {
  test("finds the rule covering a cell, none elsewhere", () => {
    const { sheet } = bookWithRule({ decimal: { operator: "GreaterThan", formula1: 0 } });
    expect(findValidation(sheet, 1, 1)?.rule.decimal?.operator).toBe("GreaterThan");
    expect(findValidation(sheet, 1, 2)).toBeUndefined();
    expect(findValidation(sheet, 2, 1)).toBeUndefined();
  });
});

describe("whole numbers", () => {
  const rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
  test("a positive whole number passes", () => {
    expect(accepts(rule, "100")).toBe(true);
    expect(accepts(rule, "1")).toBe(true);
  });
  test("zero (the boundary), fractions, text and negatives are refused", () => {
    expect(accepts(rule, "0")).toBe(false);
    expect(accepts(rule, "1.5")).toBe(false);
    expect(accepts(rule, "abc")).toBe(false);
    expect(accepts(rule, "-3")).toBe(false);
    expect(accepts(rule, "'5")).toBe(false);
  });
  test("between includes both bounds, in either order", () => {
    const between = { wholeNumber: { operator: "Between", formula1: 10, formula2: 1 } };
    expect(accepts(between, "1")).toBe(true);
    expect(accepts(between, "10")).toBe(true);
    expect(accepts(between, "11")).toBe(false);
    expect(accepts(between, "0")).toBe(false);
    const outside = { wholeNumber: { operator: "NotBetween", formula1: 1, formula2: 10 } };
    expect(accepts(outside, "5")).toBe(false);
    expect(accepts(outside, "11")).toBe(true);
  });
  test("every operator", () => {
    const op = (operator: string, text: string) =>
      accepts({ wholeNumber: { operator, formula1: "5" } }, text);
    expect([op("EqualTo", "5"), op("EqualTo", "4")]).toEqual([true, false]);
    expect([op("NotEqualTo", "5"), op("NotEqualTo", "4")]).toEqual([false, true]);
    expect([op("LessThan", "4"), op("LessThan", "5")]).toEqual([true, false]);
    expect([op("LessThanOrEqualTo", "5"), op("LessThanOrEqualTo", "6")]).toEqual([true, false]);
    expect([op("GreaterThanOrEqualTo", "5"), op("GreaterThanOrEqualTo", "4")]).toEqual([true, false]);
  });
});

describe("decimals", () => {
  const rule = { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } };
  test("zero and positive numbers pass, negatives and text do not", () => {
    expect(accepts(rule, "0")).toBe(true);
    expect(accepts(rule, "12.5")).toBe(true);
    expect(accepts(rule, "1,250.5")).toBe(true);
    expect(accepts(rule, "-0.01")).toBe(false);
    expect(accepts(rule, "十二")).toBe(false);
  });
  test("a percentage is its fraction", () => {
    const ratio = { decimal: { operator: "Between", formula1: 0, formula2: 1 } };
    expect(accepts(ratio, "30%")).toBe(true);
    expect(accepts(ratio, "100%")).toBe(true);
    expect(accepts(ratio, "101%")).toBe(false);
  });
  test("a bound taken from a cell through a name", () => {
    const { book, sheet } = bookWithRule({
      decimal: { operator: "LessThanOrEqualTo", formula1: "=MAX_PRICE" },
    });
    ensureCell(sheet, 0, 4).value = 99;
    book.names.push({ name: "MAX_PRICE", formula: "=S!$E$1", comment: "", visible: true });
    expect(validateEntry(book, sheet, 1, 1, "99").ok).toBe(true);
    expect(validateEntry(book, sheet, 1, 1, "99.5").ok).toBe(false);
  });
});

describe("dates", () => {
  const rule = { date: { operator: "GreaterThanOrEqualTo", formula1: "2000-01-01" } };
  test("a date from 2000 on passes, the day before does not", () => {
    expect(accepts(rule, "2026-12-01")).toBe(true);
    expect(accepts(rule, "2000-01-01")).toBe(true);
    expect(accepts(rule, "2026/3/5")).toBe(true);
    expect(accepts(rule, "1999-12-31")).toBe(false);
  });
  test("text that is no date is refused", () => {
    expect(accepts(rule, "下周一")).toBe(false);
    expect(accepts(rule, "2026-02-30")).toBe(false);
  });
});

describe("text length and time", () => {
  test("text length counts characters", () => {
    const rule = { textLength: { operator: "LessThanOrEqualTo", formula1: 3 } };
    expect(accepts(rule, "保温杯")).toBe(true);
    expect(accepts(rule, "保温杯盖")).toBe(false);
  });
  test("time bounds written as h:mm", () => {
    const rule = { time: { operator: "Between", formula1: "9:00", formula2: "17:30" } };
    expect(accepts(rule, "0.5")).toBe(true);
    expect(accepts(rule, "0.3")).toBe(false);
  });
});

describe("lists", () => {
  test("a comma-separated source, matched without regard to case", () => {
    const rule = { list: { inCellDropDown: true, source: "CNY, USD" } };
    expect(accepts(rule, "CNY")).toBe(true);
    expect(accepts(rule, "usd")).toBe(true);
    expect(accepts(rule, "EUR")).toBe(false);
    expect(accepts(rule, "CN")).toBe(false);
  });
  test("numbers in a list match by value", () => {
    expect(accepts({ list: { inCellDropDown: true, source: "1,2,3" } }, "2")).toBe(true);
    expect(accepts({ list: { inCellDropDown: true, source: "1,2,3" } }, "4")).toBe(false);
  });
  test("a range source, with or without its sheet", () => {
    const { book, sheet } = bookWithRule({ list: { inCellDropDown: true, source: "=$D$1:$D$3" } });
    ensureCell(sheet, 0, 3).value = "甲";
    ensureCell(sheet, 2, 3).value = "丙";
    expect(validateEntry(book, sheet, 1, 1, "丙").ok).toBe(true);
    expect(validateEntry(book, sheet, 1, 1, "乙").ok).toBe(false);
    sheet.dataValidations[0]!.rule = { list: { inCellDropDown: true, source: "=S!D:D" } };
    expect(validateEntry(book, sheet, 1, 1, "甲").ok).toBe(true);
    expect(listItems("=S!D:D", { book, sheet, row: 1, col: 1 })).toEqual(["甲", "丙"]);
  });
  test("a source this module does not evaluate accepts the entry", () => {
    expect(accepts({ list: { inCellDropDown: true, source: "=INDIRECT(A1)" } }, "x")).toBe(true);
    expect(accepts({ list: { inCellDropDown: true, source: "=NO_SUCH_NAME" } }, "x")).toBe(true);
  });
});

describe("blanks, formulas and alerts", () => {
  const rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
  test("a blank entry passes when the rule ignores blanks, else not", () => {
    expect(accepts(rule, "")).toBe(true);
    expect(accepts(rule, "", { ignoreBlanks: false })).toBe(false);
  });
  test("a formula is not checked before it is written", () => {
    expect(accepts(rule, "=0")).toBe(true);
  });
  test("the rule's alert comes back; a switched-off alert accepts anything", () => {
    const { book, sheet } = bookWithRule(rule);
    expect(validateEntry(book, sheet, 1, 1, "abc")).toEqual({
      ok: false,
      alert: { style: "Stop", title: "输入有误", message: "不对" },
    });
    expect(accepts(rule, "abc", { errorAlert: { ...STOP, showAlert: false } })).toBe(true);
    const warning = bookWithRule(rule, { errorAlert: { ...STOP, style: "Warning" } });
    expect(validateEntry(warning.book, warning.sheet, 1, 1, "abc")).toMatchObject({
      alert: { style: "Warning" },
    });
  });
  test("without an alert the default one (empty texts) is a Stop", () => {
    const { book, sheet } = bookWithRule(rule, { errorAlert: undefined });
    expect(validateEntry(book, sheet, 1, 1, "abc")).toEqual({
      ok: false,
      alert: { style: "Stop", title: "", message: "" },
    });
  });
  test("a cell without a rule takes anything", () => {
    const { book, sheet } = bookWithRule(rule);
    expect(validateEntry(book, sheet, 1, 2, "abc").ok).toBe(true);
  });
});

describe("the tracking workbook's own rules", () => {
  async function trackingBook() {
    const book = new MemoryWorkbook({ engine: new HyperFormulaEngine(), now: () => new Date(2026, 10, 22) });
    await createActions((batch) => book.run(batch)).setupWorkbook("zh");
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("客户").getRange("A2:B3").values = [
        ["C001", "宁波家居"],
        ["C002", "Acme Trading"],
      ];
      await context.sync();
    });
    book.recalculate();
    const model = book.model;
    const orders = model.sheets.find((s) => s.name === "订单")!;
    return { model, orders };
  }

  test("订单 客户 must be a customer of 客户 (=LIST_CUSTOMERS, a table column)", async () => {
    const { model, orders } = await trackingBook();
    expect(validateEntry(model, orders, 1, 4, "宁波家居").ok).toBe(true);
    expect(validateEntry(model, orders, 1, 4, "acme trading").ok).toBe(true);
    const refused = validateEntry(model, orders, 1, 4, "无名公司");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.alert.message).toMatch(/客户/);
  });

  test("订单 数量 must be a whole number above zero", async () => {
    const { model, orders } = await trackingBook();
    expect(validateEntry(model, orders, 1, 10, "100").ok).toBe(true);
    const refused = validateEntry(model, orders, 1, 10, "abc");
    expect(refused).toMatchObject({ ok: false, alert: { style: "Stop", title: "输入有误" } });
    if (!refused.ok) expect(refused.alert.message).toContain("数量");
  });

  test("订单 货号 from 产品 refuses any 货号 while 产品 is empty", async () => {
    const { model, orders } = await trackingBook();
    expect(validateEntry(model, orders, 1, 5, "BT-1").ok).toBe(false);
  });
});
