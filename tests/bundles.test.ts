/**
 * What ships: the add-in's bundles and the CLI. `npm test` builds them before jest runs.
 * HyperFormula is GPL-3.0 and serves only tests and the workbench, so no shipped bundle may hold it.
 * The task pane loads taskpane.js first, and the actions' code and some sections' code later, as
 * chunks of their own (`<name>.chunk.js` beside it): each has a budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(__dirname, "..", "dist");
/**
 * What the pane loads when first needed, each a chunk the build must produce: the actions' code
 * (on the first action), the statements' (on the first statement), 送货单 and 对账单 (when the
 * section is first opened). Code two of them share
 * may come as a chunk of its own, named by its id (core's statement rules, which the actions and
 * 对账单's default period both use); it is held to the same budget.
 */
const LAZY_CHUNKS = [
  "actions.chunk.js",
  "statementActions.chunk.js",
  "deliveryNotes.chunk.js",
  "statements.chunk.js",
];
const shipped = ["taskpane.js", ...LAZY_CHUNKS, "commands.js", join("cli", "gendan.js")];

/** The task pane's budget from DESIGN.md §6: at most 120 KB of gzipped JavaScript to load. */
const TASKPANE_BUDGET_GZIP_BYTES = 120 * 1024;
/** What a chunk loaded later may add to that: at most 30 KB gzipped each. */
const LAZY_CHUNK_BUDGET_GZIP_BYTES = 30 * 1024;

function gzippedSize(name: string): number {
  return gzipSync(readFileSync(join(dist, name))).length;
}

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
    bundle("taskpane.js");
    expect(gzippedSize("taskpane.js")).toBeLessThanOrEqual(TASKPANE_BUDGET_GZIP_BYTES);
  });

  test("every chunk the pane loads later fits its own budget", () => {
    const chunks = readdirSync(dist).filter((name) => name.endsWith(".chunk.js"));
    expect(chunks).toEqual(expect.arrayContaining(LAZY_CHUNKS));
    for (const name of chunks) {
      const size = gzippedSize(name);
      // Named, so a failure says which chunk outgrew the budget.
      expect([name, size <= LAZY_CHUNK_BUDGET_GZIP_BYTES ? "within" : `${size} bytes`]).toEqual([
        name,
        "within",
      ]);
    }
  });

  test.each(LAZY_CHUNKS)("the pane loads %s beside itself", (name) => {
    const pane = bundle("taskpane.js");
    // The chunk registers under its id; the pane, or a chunk it loaded (the statements' code is
    // asked for by the actions' chunk), asks for that id (webpack's __webpack_require__.e) and the
    // pane's runtime builds the file name from it.
    const id = /\.push\(\[\[(\d+)\]/.exec(bundle(name))?.[1];
    expect(id).toBeDefined();
    const asks = new RegExp(`\\.e\\(${id}\\)`);
    const askers = ["taskpane.js", ...LAZY_CHUNKS].filter(
      (other) => other !== name && asks.test(bundle(other)),
    );
    expect(askers.length).toBeGreaterThan(0);
    expect(pane).toContain(".chunk.js");
    // Resolved against the pane's own script address (publicPath "auto"): dist/ in Excel, the dev
    // server's root in the workbench.
    expect(pane).toMatch(/currentScript/);
  });

  test("送货单's code is in its chunk, not in taskpane.js", () => {
    const pane = bundle("taskpane.js");
    const chunk = bundle("deliveryNotes.chunk.js");
    // The section's own markers: its override field and its 回单 remark field.
    for (const marker of ["note-override-reason", "signed-copy-remark"]) {
      expect([marker, chunk.includes(marker)]).toEqual([marker, true]);
      expect([marker, pane.includes(marker)]).toEqual([marker, false]);
    }
  });

  test("对账单's code is in its chunk, not in taskpane.js", () => {
    const pane = bundle("taskpane.js");
    const chunk = bundle("statements.chunk.js");
    // The section's own markers: its detail choice and its result card.
    for (const marker of ["statement-detail", "statement-result"]) {
      expect([marker, chunk.includes(marker)]).toEqual([marker, true]);
      expect([marker, pane.includes(marker)]).toEqual([marker, false]);
    }
  });

  test("the task pane page loads office.js and its bundle", () => {
    const html = bundle("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/<script[^>]+taskpane\.js/);
  });
});
