/**
 * LibreOffice headless for the cross-engine tests: it opens what we write, recalculates, and
 * answers with CSV. In CI LibreOffice is required (a missing soffice fails there); elsewhere
 * tests may skip when it is not installed.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

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

/** Converts the first sheet of `xlsx` to UTF-8 CSV rows with LibreOffice. */
export function libreOfficeCsv(xlsx: Uint8Array, settings: { alwaysRecalculate: boolean }): string[][] {
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
