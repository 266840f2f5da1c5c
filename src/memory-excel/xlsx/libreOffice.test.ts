/**
 * End to end: a workbook we export (a table with formula columns in UI syntax, a totals row,
 * names, data validation, conditional formats, calculated columns) opened and recalculated by
 * LibreOffice.
 * In CI LibreOffice is required; elsewhere the test is skipped when `soffice` is missing.
 */
import JSZip from "jszip";
import { libreOfficeCsv, libreOfficeRuns as runs } from "../../../tests/support/libreOffice";
import type { WorkbookModel } from "../model";
import { writeXlsx } from "./index";
import { makeOrdersBook, put, sheetOf } from "./testBooks";

const ROWS = 4;

/**
 * The Orders table with a formula column in UI syntax (`=[@数量]*[@单价]`, which the file must
 * not hold as is), a name, text that looks like formulas, validation and a conditional format.
 */
function exportedBook(): WorkbookModel {
  const book = makeOrdersBook({ rows: ROWS, amountFormula: "=[@数量]*[@单价]", totals: true });
  const sheet = sheetOf(book);
  // Stale cached results, as a model holds them when no engine ran after an edit.
  for (let row = 1; row <= ROWS; row++) Object.assign(sheet.cells[row]?.[2] ?? {}, { computed: 0 });
  book.names.push({ name: "NET_FACTOR", formula: "=0.96", comment: "净收汇系数", visible: true });
  put(sheet, 0, 3, { value: "净额" });
  put(sheet, 1, 3, { formula: "=ROUND(C2*NET_FACTOR,2)", computed: 0 });
  put(sheet, 0, 4, { value: "=1+1" });
  put(sheet, 1, 4, { value: "+86 123" });
  sheet.dataValidations.push({
    ranges: [{ row: 1, col: 0, rows: ROWS, cols: 1 }],
    rule: { wholeNumber: { operator: "GreaterThan", formula1: 0 } },
    ignoreBlanks: true,
  });
  sheet.conditionalFormats.push({
    id: "1",
    type: "Custom",
    ranges: [{ row: 1, col: 0, rows: ROWS, cols: 3 }],
    formula: "=$C2>5",
    format: { fill: { color: "#FFC7CE" } },
    priority: 0,
    stopIfTrue: false,
  });
  return book;
}

function expectComputedCorrectly(csv: string[][]): void {
  expect(csv[0]?.slice(0, 4)).toEqual(["数量", "单价", "金额", "净额"]);
  for (let i = 1; i <= ROWS; i++) expect(Number(csv[i]?.[2])).toBeCloseTo(i * 2.5, 9);
  expect(Number(csv[1]?.[3])).toBeCloseTo(2.4, 9);
  expect(csv[ROWS + 1]?.[0]).toBe("合计");
  expect(Number(csv[ROWS + 1]?.[2])).toBeCloseTo((ROWS * (ROWS + 1) * 2.5) / 2, 9);
  // Text that looks like a formula stays text.
  expect(csv[0]?.[4]).toBe("=1+1");
  expect(csv[1]?.[4]).toBe("+86 123");
}

(runs ? it : it.skip)(
  "LibreOffice recalculating an exported workbook (table, formulas, names, validation, formats) gets the right numbers",
  async () => {
    expectComputedCorrectly(libreOfficeCsv(await writeXlsx(exportedBook()), { alwaysRecalculate: true }));
  },
  120_000,
);

(runs ? it : it.skip)(
  "LibreOffice with its default settings computes formulas written without cached results",
  async () => {
    const file = await writeXlsx(exportedBook(), { omitFormulaResults: true });
    expectComputedCorrectly(libreOfficeCsv(file, { alwaysRecalculate: false }));
  },
  120_000,
);

/**
 * Orders with two calculated columns (written as `<calculatedColumnFormula>` in the table part):
 * 金额, followed by 档次, whose formula holds text XML must escape.
 */
function calculatedColumnsBook(): WorkbookModel {
  const book = makeOrdersBook({ rows: ROWS, amountFormula: "=[@数量]*[@单价]" });
  const sheet = sheetOf(book);
  const table = book.tables[0];
  if (!table) throw new Error("no table");
  table.columns.push({ id: 4, name: "档次" });
  table.ref = { ...table.ref, cols: 4 };
  put(sheet, 0, 3, { value: "档次" });
  for (let row = 1; row <= ROWS; row++) {
    Object.assign(sheet.cells[row]?.[2] ?? {}, { computed: 0 });
    put(sheet, row, 3, { formula: '=IF([@金额]>5,"大>5","小&中")', computed: "" });
  }
  return book;
}

(runs ? it : it.skip)(
  "LibreOffice opens a workbook whose table has calculated columns and computes them",
  async () => {
    const file = await writeXlsx(calculatedColumnsBook());
    const tablePart = await (await JSZip.loadAsync(file)).file("xl/tables/table1.xml")?.async("string");
    expect(tablePart?.match(/<calculatedColumnFormula>/g)).toHaveLength(2);

    const csv = libreOfficeCsv(file, { alwaysRecalculate: true });

    expect(csv[0]).toEqual(["数量", "单价", "金额", "档次"]);
    for (let i = 1; i <= ROWS; i++) {
      expect(Number(csv[i]?.[2])).toBeCloseTo(i * 2.5, 9);
      expect(csv[i]?.[3]).toBe(i * 2.5 > 5 ? "大>5" : "小&中");
    }
  },
  120_000,
);
