/**
 * LibreOffice headless for the cross-engine tests: it opens what we write, recalculates, and
 * answers with CSV (the text each cell shows) or an .xlsx file (each formula's result as a value).
 * In CI LibreOffice is required (a missing soffice fails there); elsewhere tests may skip when it
 * is not installed.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/** `program` found on PATH (an executable file), if any. */
export function findOnPath(program: string): string | undefined {
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

/** Whether LibreOffice tests run: always in CI (where a missing soffice then fails), else when installed. */
export const libreOfficeRuns = soffice !== undefined || Boolean(process.env.CI);

/**
 * LibreOffice's setting "recalculate Excel 2007+ files on load": by default it is "never" and
 * cached results are shown as they are; 0 makes it always recalculate.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Makes a throwaway LibreOffice profile at `profile`, set to recalculate every formula on load when asked. */
export function makeProfile(profile: string, settings: { alwaysRecalculate: boolean }): void {
  mkdirSync(join(profile, "user"), { recursive: true });
  if (settings.alwaysRecalculate) {
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  }
}

/** Runs `soffice --headless --convert-to filter` on `input` with the profile, into the folder `out`. */
export function runConversion(
  program: string,
  run: { profile: string; filter: string; input: string; out: string; timeoutMs: number },
): SpawnSyncReturns<string> {
  return spawnSync(
    program,
    [
      `-env:UserInstallation=file://${run.profile}`,
      "--headless",
      "--convert-to",
      run.filter,
      "--outdir",
      run.out,
      run.input,
    ],
    { encoding: "utf8", timeout: run.timeoutMs },
  );
}

/** Parses CSV as LibreOffice writes it: comma-separated, fields with commas, quotes or newlines quoted. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Opens `xlsx` in LibreOffice and returns every sheet as CSV rows (the text each cell shows), by
 * sheet name. With `alwaysRecalculate`, LibreOffice recomputes every formula on load.
 */
export function libreOfficeSheets(
  xlsx: Uint8Array,
  settings: { alwaysRecalculate: boolean },
): Map<string, string[][]> {
  // Token 12 = -1: one CSV file per sheet, named book-<sheet>.csv (LibreOffice 7.2 and later).
  const files = convertWithLibreOffice(
    xlsx,
    settings,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
  );
  const sheets = new Map<string, string[][]>();
  for (const [name, data] of files) {
    const match = /^book-(.*)\.csv$/.exec(name);
    if (match) sheets.set(match[1]!, parseCsv(data.toString("utf8")));
  }
  return sheets;
}

/** Converts the first sheet of `xlsx` to UTF-8 CSV rows with LibreOffice. */
export function libreOfficeCsv(xlsx: Uint8Array, settings: { alwaysRecalculate: boolean }): string[][] {
  // 44 = comma, 34 = double quote, 76 = UTF-8
  const files = convertWithLibreOffice(xlsx, settings, "csv:Text - txt - csv (StarCalc):44,34,76");
  const csv = files.get("book.csv");
  if (csv === undefined) throw new Error("LibreOffice wrote no book.csv");
  return parseCsv(csv.toString("utf8").trim());
}

/**
 * Opens `xlsx` in LibreOffice and saves it again as .xlsx: every formula keeps its text and gets
 * LibreOffice's result as its cached value, to the full precision the file holds (CSV would give
 * the formatted text: 12.3% for 0.1234567). Reading it back with readXlsx gives each formula
 * cell's result in `computed`.
 */
export function libreOfficeRecalculated(xlsx: Uint8Array, settings: { alwaysRecalculate: boolean }): Buffer {
  const files = convertWithLibreOffice(xlsx, settings, "xlsx:Calc MS Excel 2007 XML");
  const book = files.get("book.xlsx");
  if (book === undefined) throw new Error("LibreOffice wrote no book.xlsx");
  return book;
}

/** `xlsx` printed by LibreOffice to PDF (page setup, print area and fit-to-width as it reads them). */
export function libreOfficePdf(xlsx: Uint8Array): Buffer {
  const pdf = convertWithLibreOffice(xlsx, { alwaysRecalculate: false }, "pdf").get("book.pdf");
  if (pdf === undefined) throw new Error("LibreOffice wrote no book.pdf");
  return pdf;
}

/** Pages in a PDF: its page objects. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Runs soffice --convert-to on the workbook and returns the files it wrote, by name. */
function convertWithLibreOffice(
  xlsx: Uint8Array,
  settings: { alwaysRecalculate: boolean },
  filter: string,
): Map<string, Buffer> {
  if (!soffice) throw new Error("LibreOffice (soffice) is not on PATH; CI requires it for this test.");
  const dir = mkdtempSync(join(tmpdir(), "gendan-lo-"));
  try {
    const input = join(dir, "book.xlsx");
    writeFileSync(input, xlsx);
    const profile = join(dir, "profile");
    makeProfile(profile, settings);
    const out = join(dir, "out");
    mkdirSync(out);
    const result = runConversion(soffice, { profile, filter, input, out, timeoutMs: 120_000 });
    const files = new Map<string, Buffer>();
    for (const name of readdirSync(out)) files.set(name, readFileSync(join(out, name)));
    if (files.size === 0) {
      throw new Error(`LibreOffice did not convert the workbook: ${result.stderr || result.stdout}`);
    }
    return files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
