/**
 * bin/gendan.js, the installed command: it starts the bundle, or says how to build it.
 * `npm test` builds dist/ before jest runs, as tests/bundles.test.ts expects too.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listing, scratchFolder } from "./helpers";

const root = join(__dirname, "..", "..");
const launcher = join(root, "bin", "gendan.js");

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

function node(args: string[], cwd: string) {
  return spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });
}

test("without a built bundle it says to run npm run build:cli and exits 2", () => {
  // A copy of the launcher in a tree with no dist/.
  mkdirSync(join(dir, "bin"));
  copyFileSync(launcher, join(dir, "bin", "gendan.js"));
  const run = node([join(dir, "bin", "gendan.js"), "--version"], dir);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/dist[/\\]cli[/\\]gendan\.js is missing; run `npm run build:cli` first/);
});

test("is a node script", () => {
  expect(readFileSync(launcher, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
});

describe("the built command", () => {
  beforeAll(() => {
    if (!existsSync(join(root, "dist", "cli", "gendan.js"))) {
      throw new Error("dist/cli/gendan.js is missing: run `npm run build:cli` first (npm test builds it).");
    }
  });

  test("answers --version and creates a workbook, with exit codes", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const versionRun = node([launcher, "--version"], dir);
    expect(versionRun.status).toBe(0);
    expect(versionRun.stdout).toBe(`${version}\n`);

    const init = node([launcher, "init", "book.xlsx"], dir);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(init.stdout).toMatch(/^Wrote book\.xlsx /);
    expect(listing(dir)).toEqual(["book.xlsx"]);

    const again = node([launcher, "init", "book.xlsx"], dir);
    expect(again.status).toBe(2);

    const usage = node([launcher, "init"], dir);
    expect(usage.status).toBe(2);
  });
});
