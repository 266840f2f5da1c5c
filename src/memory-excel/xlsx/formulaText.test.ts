import { FormulaTranslator } from "./formulaText";
import { makeOrdersBook, sheetOf } from "./testBooks";

describe("FormulaTranslator", () => {
  it("translates the same this-row formula for the table each cell is in", () => {
    const book = makeOrdersBook({ rows: 3, amountFormula: "=[@数量]*[@单价]" });
    const sheetId = sheetOf(book).id;
    book.tables.push({
      id: "other",
      name: "Quotes",
      sheetId,
      ref: { row: 0, col: 5, rows: 4, cols: 3 },
      columns: ["数量", "单价", "金额"].map((name, i) => ({ id: i + 1, name })),
      showHeaders: true,
      showTotals: false,
      style: "TableStyleLight1",
    });
    const formulas = new FormulaTranslator(book);

    expect(formulas.fileText("=[@数量]*[@单价]", sheetId, 1, 2)).toBe(
      "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]",
    );
    expect(formulas.fileText("=[@数量]*[@单价]", sheetId, 2, 2)).toBe(
      "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]",
    );
    expect(formulas.fileText("=[@数量]*[@单价]", sheetId, 1, 7)).toBe(
      "Quotes[[#This Row],[数量]]*Quotes[[#This Row],[单价]]",
    );
    expect(formulas.modelFormula("Quotes[[#This Row],[数量]]", sheetId, 1, 7)).toBe("=[@数量]");
    expect(formulas.modelFormula("Quotes[[#This Row],[数量]]", sheetId, 1, 2)).toBe("=Quotes[@数量]");
  });

  it("handles formulas without references or calls by their `=` alone, and prefixes newer functions", () => {
    const formulas = new FormulaTranslator(makeOrdersBook({ rows: 1, amountFormula: "=A2*B2" }));
    expect(formulas.fileText("=A2*B2", "1", 5, 5)).toBe("A2*B2");
    expect(formulas.modelFormula("A2*B2", "1", 5, 5)).toBe("=A2*B2");
    expect(formulas.modelFormula("_xlfn.IFS(A1>1,1,TRUE,0)", "1", 5, 5)).toBe("=IFS(A1>1,1,TRUE,0)");
    expect(formulas.fileText("=IFS(A1>1,1,TRUE,0)", "1", 5, 5)).toBe("_xlfn.IFS(A1>1,1,TRUE,0)");
  });
});
