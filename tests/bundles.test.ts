/**
 * What ships: the add-in's bundles and the CLI. `npm test` builds them before jest runs.
 * HyperFormula is GPL-3.0 and serves only tests and the workbench, so no shipped bundle may hold it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(__dirname, "..", "dist");
const shipped = ["taskpane.js", "commands.js", join("cli", "gendan.js")];

/** The task pane's budget from DESIGN.md §6: at most 120 KB of gzipped JavaScript. */
const TASKPANE_BUDGET_GZIP_BYTES = 120 * 1024;

function bundle(name: string): string {
  const file = join(dist, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(file, "utf8");
}

describe("shipped bundles", () => {
  test.each(shipped)("%s holds no HyperFormula", (name) => {
    const code = bundle(name);
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/hyperformula/i);
  });

  test("the workbench bundle does hold HyperFormula (so the check above can see it)", () => {
    expect(bundle(join("workbench", "workbench.js"))).toMatch(/hyperformula/i);
  });

  test("the task pane fits its gzipped budget", () => {
    const gzipped = gzipSync(readFileSync(join(dist, "taskpane.js"))).length;
    expect(gzipped).toBeLessThanOrEqual(TASKPANE_BUDGET_GZIP_BYTES);
  });

  test("the task pane page loads office.js and its bundle", () => {
    const html = bundle("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/<script[^>]+taskpane\.js/);
  });
});
