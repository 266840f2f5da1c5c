// Shared pieces of the browser tests: Debian's Chromium under playwright-core, and the workbench
// served exactly as `npm start` serves it (webpack's dev server), on a port of its own.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const RESULTS = join(ROOT, "test-results");

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium; in CI its absence is a failure, never a skip. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Chromium is not installed: apt-get install chromium (the browser tests need it).");
  }
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** Starts `npm start`'s dev server on `port` and resolves once it answers. */
export async function startWorkbench(port) {
  const server = spawn("npx", ["webpack", "serve", "--mode", "development", "--config-name", "workbench"], {
    cwd: ROOT,
    env: { ...process.env, GENDAN_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The workbench server stopped:\n${output.slice(-3000)}`);
    if (/compiled (successfully|with \d+ warning)/.test(output)) {
      try {
        const res = await fetch(url);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
    }
    if (/compiled with \d+ error/.test(output)) {
      stopServer(server);
      throw new Error(`The workbench did not compile:\n${output.slice(-3000)}`);
    }
    if (Date.now() > deadline) {
      stopServer(server);
      throw new Error(`The workbench did not start within 180 s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, stop: () => stopServer(server) };
}

function stopServer(server) {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/**
 * Opens the workbench in a browser context of its own (the pane remembers its language in
 * localStorage) and waits for the task pane; `errors` collects the page's uncaught errors.
 */
export async function openWorkbench(browser, server, query = "") {
  const context = await browser.newContext({ viewport: { width: 1400, height: 820 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}${query}`);
  const pane = page.frameLocator('[data-testid="pane-frame"]');
  await pane.locator('[data-testid="task-pane"]').waitFor({ timeout: 30_000 });
  return { page, pane, errors };
}

export function screenshotPath(name) {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

/**
 * A table of the page's workbook as the Office.js API reads it (formulas computed): each body row
 * as an object by header, with `sheetRow`, its 1-based row on the sheet.
 */
export async function readTable(page, name) {
  return page.evaluate(
    (tableName) =>
      window.gendanWorkbench.workbook.run(async (context) => {
        const table = context.workbook.tables.getItem(tableName);
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("values,rowIndex");
        const sheet = table.worksheet.load("name");
        await context.sync();
        const headers = header.values[0];
        return {
          sheet: sheet.name,
          headers,
          rows: body.values.map((values, i) => ({
            sheetRow: body.rowIndex + i + 1,
            ...Object.fromEntries(headers.map((h, c) => [h, values[c]])),
          })),
        };
      }),
    name,
  );
}

/** A sheet's used range as values. */
export async function readSheet(page, name) {
  return page.evaluate(
    (sheetName) =>
      window.gendanWorkbench.workbook.run(async (context) => {
        const used = context.workbook.worksheets.getItem(sheetName).getUsedRange().load("values");
        await context.sync();
        return { values: used.values };
      }),
    name,
  );
}

export function columnLetter(index) {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The grid draws only the rows in view: scroll near the cell's row (rows are about 20 px), then wait for it. */
export async function revealCell(page, address) {
  const cell = page.locator(`[data-testid="cell-${address}"]`);
  if ((await cell.count()) === 0) {
    const row = Number(address.replace(/^[A-Z]+/, ""));
    await page.locator('[data-testid="grid"]').evaluate(
      (grid, top) => {
        grid.scrollTop = top;
      },
      Math.max(0, (row - 6) * 20),
    );
  }
  await cell.waitFor({ timeout: 10_000 });
  return cell;
}

/** The text a grid cell shows. */
export async function cellText(page, address) {
  return (await (await revealCell(page, address)).innerText()).trim();
}
