import {
  costingFigures,
  formatPercent,
  initialForm,
  inputsOf,
  rowsBelowMinimum,
  rowsPendingReview,
  typedValue,
  type CostingInputs,
} from "./costingForm";
import { makeCostingRow, makeCostingSnapshot } from "./testing/views";

const SETTINGS = { fxUsd: 7.2, netFactor: 0.94, minMargin: 0.1 };

function figures(inputs: Partial<CostingInputs>) {
  return costingFigures({ price: "", rate: "", cost: "", ...inputs }, SETTINGS);
}

describe("typedValue", () => {
  test.each([
    ["12.5", 12.5],
    [" 12.5 ", 12.5],
    ["-3", -3],
    ["+4", 4],
    ["5.", 5],
    [".5", 0.5],
    ["1e3", 1000],
    ["1,234.5", 1234.5],
    ["１２．５", 12.5],
    ["0", 0],
  ])("%j is the number %p", (text, value) => {
    expect(typedValue(text)).toBe(value);
  });

  test.each(["", "   ", ","])("%j is blank", (text) => {
    expect(typedValue(text)).toBeNull();
  });

  test.each(["abc", "12元", "0x10", "Infinity", ".", "1.2.3", "--1"])("%j stays text", (text) => {
    expect(typedValue(text)).toBe(text);
  });
});

describe("formatPercent", () => {
  test.each([
    [0.1, "10.0%"],
    [0, "0.0%"],
    [0.245555, "24.6%"],
    [1.5, "150.0%"],
    [-0.05, "-5.0%"],
    // The decimal 12.35% rounds up as Excel shows it, though the double is just below it.
    [0.1235, "12.4%"],
    [0.0235, "2.4%"],
    [-0.1235, "-12.4%"],
    // Rounds to zero: no minus sign.
    [-0.0004, "0.0%"],
  ])("%p is %s", (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});

describe("costingFigures", () => {
  test("a blank 汇率 uses FX_USD, as the sheet does", () => {
    // 10 × 7.2 × 0.94 − 50 = 17.68; 17.68 ÷ 72 = 24.6%
    expect(figures({ price: "10", cost: "50" })).toEqual({
      profit: "17.68",
      margin: "24.6%",
      belowMinimum: false,
      invalid: { price: false, rate: false, cost: false },
    });
  });

  test("a typed 汇率 replaces FX_USD", () => {
    // 10 × 7 × 0.94 − 50 = 15.80; 15.8 ÷ 70 = 22.6%
    expect(figures({ price: "10", rate: "7", cost: "50" })).toMatchObject({
      profit: "15.80",
      margin: "22.6%",
    });
  });

  test("large amounts get thousands separators and two decimals", () => {
    // 12345.67 × 7.1 × 0.94 = 82395.00158
    expect(figures({ price: "12,345.67", rate: "7.1", cost: "" })).toMatchObject({
      profit: "82,395.00",
      margin: "94.0%",
    });
  });

  test("a margin below 最低利润率 is flagged; one equal to it is not", () => {
    // 10 × 10 × 0.94 = 94: a cost of 84 leaves exactly 10%, 84.01 leaves 9.99%.
    expect(figures({ price: "10", rate: "10", cost: "84" })).toMatchObject({
      profit: "10.00",
      margin: "10.0%",
      belowMinimum: false,
    });
    expect(figures({ price: "10", rate: "10", cost: "84.01" })).toMatchObject({
      profit: "9.99",
      margin: "10.0%",
      belowMinimum: true,
    });
    expect(figures({ price: "10", cost: "80" })).toMatchObject({
      profit: "-12.32",
      margin: "-17.1%",
      belowMinimum: true,
    });
  });

  test("a blank 成本 counts as 0", () => {
    expect(figures({ price: "1", rate: "1" })).toMatchObject({ profit: "0.94", margin: "94.0%" });
  });

  test("blank while 美金卖价 is blank, whatever else is typed", () => {
    expect(figures({ rate: "7", cost: "50" })).toMatchObject({ profit: "", margin: "", belowMinimum: false });
  });

  test("a price of 0 still gives −成本, with no margin", () => {
    expect(figures({ price: "0", cost: "50" })).toMatchObject({
      profit: "-50.00",
      margin: "",
      belowMinimum: false,
    });
  });

  test("text in an input gives no figures and marks that input", () => {
    expect(figures({ price: "10", rate: "abc", cost: "50" })).toEqual({
      profit: "",
      margin: "",
      belowMinimum: false,
      invalid: { price: false, rate: true, cost: false },
    });
    expect(figures({ price: "ten", cost: "x" }).invalid).toEqual({ price: true, rate: false, cost: true });
  });

  test("a 汇率 of 0 gives −成本 and no margin, as the sheet's formula does", () => {
    expect(figures({ price: "10", rate: "0", cost: "5" })).toMatchObject({ profit: "-5.00", margin: "" });
  });
});

describe("the form's starting point", () => {
  const rows = [
    makeCostingRow({ product: "A", usdPrice: 10, rate: null, cost: 50 }),
    makeCostingRow({ product: "B", cell: "A3", usdPrice: 3.35, rate: 6.9, cost: null }),
  ];

  test("inputs show a row's numbers, a blank 汇率 and 成本 as empty", () => {
    expect(inputsOf(rows[0])).toEqual({ price: "10", rate: "", cost: "50" });
    expect(inputsOf(rows[1])).toEqual({ price: "3.35", rate: "6.9", cost: "" });
    expect(inputsOf(undefined)).toEqual({ price: "", rate: "", cost: "" });
  });

  test("starts on the selected row", () => {
    expect(initialForm(makeCostingSnapshot({ rows, selected: 1 }))).toEqual({
      index: 1,
      inputs: { price: "3.35", rate: "6.9", cost: "" },
    });
  });

  test("starts on the first row when the selection is elsewhere or out of range", () => {
    expect(initialForm(makeCostingSnapshot({ rows, selected: -1 })).index).toBe(0);
    expect(initialForm(makeCostingSnapshot({ rows, selected: 2 })).index).toBe(0);
    expect(initialForm(makeCostingSnapshot({ rows: [], selected: -1 }))).toEqual({
      index: 0,
      inputs: { price: "", rate: "", cost: "" },
    });
  });
});

describe("rows to look at", () => {
  const view = makeCostingSnapshot({
    rows: [
      makeCostingRow({ product: "A", review: "待审核", belowMinimum: true }),
      makeCostingRow({ product: "B", review: "已审核" }),
      makeCostingRow({ product: "C", review: " 待审核 " }),
      makeCostingRow({ product: "D", review: "", belowMinimum: true }),
      makeCostingRow({ product: "E", review: "已驳回" }),
    ],
  });

  test("below 最低利润率, in sheet order", () => {
    expect(rowsBelowMinimum(view).map((r) => r.product)).toEqual(["A", "D"]);
  });

  test("待审核 (spaces around it ignored), in sheet order", () => {
    expect(rowsPendingReview(view).map((r) => r.product)).toEqual(["A", "C"]);
  });

  test("none when there are no rows", () => {
    const empty = makeCostingSnapshot({ rows: [] });
    expect(rowsBelowMinimum(empty)).toEqual([]);
    expect(rowsPendingReview(empty)).toEqual([]);
  });
});
