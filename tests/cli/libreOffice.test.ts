/**
 * The installed command end to end: `gendan init` writes a workbook LibreOffice opens, and a
 * second `init` refuses to overwrite it. Runs the built bundle through bin/gendan.js.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { libreOfficeCsv, libreOfficeRuns } from "../support/libreOffice";

const launcher = join(__dirname, "..", "..", "bin", "gendan.js");

function gendan(args: string[], cwd: string) {
  return spawnSync(process.execPath, [launcher, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

(libreOfficeRuns ? test : test.skip)(
  "gendan init writes a workbook LibreOffice opens, and will not overwrite it",
  () => {
    const dir = mkdtempSync(join(tmpdir(), "gendan-cli-"));
    try {
      const first = gendan(["init", "a.xlsx"], dir);
      expect([first.status, first.stderr]).toEqual([0, ""]);
      expect(first.stdout).toMatch(/a\.xlsx/);

      const rows = libreOfficeCsv(readFileSync(join(dir, "a.xlsx")), { alwaysRecalculate: true });
      expect(rows[0]).toEqual(["项目", "值", "说明"]);
      const byItem = new Map(rows.map((r) => [r[0], r[1]]));
      expect(byItem.get("净收汇系数")).toBe("0.96");
      expect(byItem.get("订金比例")).toBe("30%");
      expect(byItem.get("送货单前缀")).toBe("SH");

      const before = sha256(join(dir, "a.xlsx"));
      const second = gendan(["init", "a.xlsx"], dir);
      expect(second.status).toBe(2);
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
      expect(sha256(join(dir, "a.xlsx"))).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
