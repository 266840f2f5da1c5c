import { emptyWorkbook, ensureCell, getCell, newSheet } from "../model";
import type { SheetModel, WorkbookModel } from "../model";
import { HyperFormulaEngine } from "./hyperFormulaEngine";

const NOW = new Date(2026, 10, 22, 9, 0, 0);

/** 参数 with MIN_MARGIN in B1 and 核价 with margins in A1:A3 and a formula in B1. */
function makeBook(): { book: WorkbookModel; costing: SheetModel } {
  const book = emptyWorkbook();
  const settings = newSheet("s1", "参数");
  const costing = newSheet("s2", "核价");
  book.sheets.push(settings, costing);
  ensureCell(settings, 0, 1).value = 0.15;
  book.names.push({ name: "MIN_MARGIN", formula: "=参数!$B$1", comment: "", visible: true });
  ensureCell(costing, 0, 0).value = 0.1;
  ensureCell(costing, 1, 0).value = 0.2;
  ensureCell(costing, 2, 0).value = "n/a";
  ensureCell(costing, 0, 1).formula = "=A1*2";
  return { book, costing };
}

describe("HyperFormulaEngine.evaluateFormula", () => {
  test("evaluates as the last recalculation sees the book, writing nothing", () => {
    const { book, costing } = makeBook();
    const engine = new HyperFormulaEngine();
    engine.recalculate(book, NOW);
    expect(engine.evaluateFormula(book, "s2", 0, 0, "=AND(ISNUMBER(A1),A1<MIN_MARGIN)")).toBe(true);
    expect(engine.evaluateFormula(book, "s2", 1, 0, "=AND(ISNUMBER(A2),A2<MIN_MARGIN)")).toBe(false);
    expect(engine.evaluateFormula(book, "s2", 2, 0, "=AND(ISNUMBER(A3),A3<MIN_MARGIN)")).toBe(false);
    expect(engine.evaluateFormula(book, "s2", 5, 5, "=B1+1")).toBeCloseTo(1.2);
    expect(engine.evaluateFormula(book, "s2", 5, 5, "=TODAY()")).toBe(46348);
    expect(getCell(costing, 5, 5)).toBeUndefined();
  });

  test("follows the next recalculation", () => {
    const { book, costing } = makeBook();
    const engine = new HyperFormulaEngine();
    engine.recalculate(book, NOW);
    ensureCell(costing, 0, 0).value = 0.5;
    engine.recalculate(book, NOW);
    expect(engine.evaluateFormula(book, "s2", 0, 0, "=A1<MIN_MARGIN")).toBe(false);
  });

  test("rows far below the cells' formulas still find the workbook's names", () => {
    const { book } = makeBook();
    const engine = new HyperFormulaEngine();
    engine.recalculate(book, NOW);
    expect(engine.evaluateFormula(book, "s2", 9_000, 0, "=MIN_MARGIN*2")).toBeCloseTo(0.3);
  });

  test("a book never recalculated is built for the evaluation", () => {
    const { book } = makeBook();
    expect(new HyperFormulaEngine().evaluateFormula(book, "s2", 0, 0, "=A2*10")).toBe(2);
  });

  test("errors come back as values", () => {
    const { book } = makeBook();
    const engine = new HyperFormulaEngine();
    engine.recalculate(book, NOW);
    expect(engine.evaluateFormula(book, "s2", 0, 0, "=1/0")).toEqual({ error: "#DIV/0!" });
    expect(engine.evaluateFormula(book, "s2", 0, 0, "=NO_SUCH_NAME")).toEqual({ error: "#NAME?" });
    expect(engine.evaluateFormula(book, "s2", 0, 0, "=A1+")).toEqual({ error: "#NAME?" });
    expect(engine.evaluateFormula(book, "nope", 0, 0, "=1")).toEqual({ error: "#REF!" });
  });
});
