/**
 * End to end: a workbook we export (a table with formula columns in UI syntax, a totals row,
 * names, data validation, conditional formats) opened and recalculated by LibreOffice.
 * In CI LibreOffice is required; elsewhere the test is skipped when `soffice` is missing.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import type { WorkbookModel } from "../model";
import { writeXlsx } from "./index";
import { makeOrdersBook, put, sheetOf } from "./testBooks";

function findOnPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const soffice = findOnPath("soffice");
const runs = soffice !== undefined || Boolean(process.env.CI);

/**
 * LibreOffice's setting "recalculate Excel 2007+ files on load": by default it is "never" and
 * cached results are shown as they are; 0 makes it always recalculate.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts the first sheet of `xlsx` to UTF-8 CSV rows with LibreOffice. */
function libreOfficeCsv(xlsx: Uint8Array, settings: { alwaysRecalculate: boolean }): string[][] {
  if (!soffice) throw new Error("LibreOffice (soffice) is not on PATH; CI requires it for this test.");
  const dir = mkdtempSync(join(tmpdir(), "gendan-lo-"));
  try {
    const input = join(dir, "book.xlsx");
    writeFileSync(input, xlsx);
    const profile = join(dir, "profile");
    if (settings.alwaysRecalculate) {
      mkdirSync(join(profile, "user"), { recursive: true });
      writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    }
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        // 44 = comma, 34 = double quote, 76 = UTF-8
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        dir,
        input,
      ],
      { encoding: "utf8", timeout: 90_000 },
    );
    const output = join(dir, "book.csv");
    let csv: string;
    try {
      csv = readFileSync(output, "utf8");
    } catch {
      throw new Error(`LibreOffice did not convert the workbook: ${result.stderr || result.stdout}`);
    }
    return csv
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(","));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
