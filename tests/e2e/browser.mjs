// Shared pieces of the browser tests: Debian's Chromium under playwright-core, and the workbench
// served exactly as `npm start` serves it (webpack's dev server), on a port of its own.
import { spawn, execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before } from "node:test";
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

/**
 * Starts `npm start`'s dev server on `port` and resolves once it answers. Without hot or live
 * reload: a source file saved while a test runs (a colleague's, in a shared working tree) must not
 * reload the page under the test; the next page opened gets the new build.
 */
export async function startWorkbench(port) {
  const args = ["webpack", "serve", "--mode", "development", "--config-name", "workbench"];
  const server = spawn("npx", [...args, "--no-hot", "--no-live-reload"], {
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

/** The demo's 月结30天 customer and its 款到发货 one (src/core/demo/demoStory.ts). */
export const DEMO_CUSTOMERS = {
  monthly: "杭州家乐惠商贸有限公司",
  payFirst: "上海优品汇电子商务有限公司",
};

/**
 * Opens the workbench in a browser context of its own (the pane remembers its language in
 * localStorage) and waits for the task pane; `errors` collects the page's uncaught errors.
 * `viewport` is the window's size in CSS pixels.
 */
export async function openWorkbench(browser, server, query = "", { viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1400, height: 820 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}${query}`);
  const pane = page.frameLocator('[data-testid="pane-frame"]');
  await pane.locator('[data-testid="task-pane"]').waitFor({ timeout: 30_000 });
  return { page, pane, errors };
}

/**
 * 载入演示数据 and waits for the demo's orders. On a workbook that already has the tracking tables
 * the workbench starts a fresh page for the demo, so the pane is waited for again.
 */
export async function loadDemo(page) {
  await page.locator('[data-testid="load-demo"]').click();
  await page.waitForFunction(
    () => {
      const model = window.gendanWorkbench?.workbook.model;
      const orders = model?.tables.find((t) => t.name === "Orders");
      const sheet = model?.sheets.find((s) => s.id === orders?.sheetId);
      // Setup alone leaves an empty body row; the demo's first line has its 订单号.
      return Boolean(
        orders && orders.ref.rows > 2 && sheet?.cells[orders.ref.row + 1]?.[orders.ref.col]?.value,
      );
    },
    null,
    { timeout: 30_000 },
  );
  await page.locator('[data-testid="sheet-tab-订单"]').waitFor({ timeout: 30_000 });
  await page
    .frameLocator('[data-testid="pane-frame"]')
    .locator('[data-testid="task-pane"]')
    .waitFor({ timeout: 30_000 });
}

/**
 * One workbench server on `port` and one browser for every test of the calling file (its
 * before/after hooks); `open` and `openDemo` give each test a page of its own.
 */
export function workbenchSuite(port) {
  let server;
  let browser;
  before(async () => {
    server = await startWorkbench(port);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
  const open = (query = "", options = {}) => openWorkbench(browser, server, query, options);
  return {
    open,
    async openDemo(query = "", options = {}) {
      const opened = await open(query, options);
      await loadDemo(opened.page);
      return opened;
    },
  };
}

/** Where a screenshot goes under test-results/ (`name` may hold a folder, made when missing). */
export function screenshotPath(name) {
  const path = join(RESULTS, name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
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

/** The text of the name box: the sheet and active cell, as `订单!S43`. */
export async function nameBox(page) {
  return (await page.locator('[data-testid="name-box"]').innerText()).trim();
}

/** Waits until the name box says `expected` (an action moves the selection a moment after it ends). */
export async function waitForNameBox(page, expected) {
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="name-box"]')?.textContent?.trim() === text,
    expected,
    { timeout: 10_000 },
  );
}

/** Waits until `name`'s sheet tab is the active one. */
export async function waitForActiveSheet(page, name) {
  await page.waitForFunction(
    (sheet) =>
      document.querySelector(`[data-testid="sheet-tab-${sheet}"]`)?.getAttribute("aria-selected") === "true",
    name,
    { timeout: 10_000 },
  );
}

/** Opens a section of the task pane (工作簿, 订单, …, by id) unless it is open. */
export async function openSection(pane, id) {
  const section = pane.locator(`[data-testid="section-${id}"]`);
  if ((await section.getAttribute("open")) === null) await section.locator("summary").click();
}

/** Closes a section of the task pane if it is open, as a clerk tidies the pane. */
export async function closeSection(pane, id) {
  const section = pane.locator(`[data-testid="section-${id}"]`);
  if ((await section.getAttribute("open")) !== null) await section.locator("summary").click();
}

/**
 * Days as the page sees them, in its time zone: today, yesterday, the first and last of last month
 * and the last of this month, each `{iso: "2026-11-22", compact: "20261122", serial}`.
 */
export async function pageDays(page) {
  return page.evaluate(() => {
    const pad = (n) => String(n).padStart(2, "0");
    const day = (d) => {
      const [y, m, dd] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
      const serial = Math.round((Date.UTC(y, m - 1, dd) - Date.UTC(1899, 11, 30)) / 86_400_000);
      return { iso: `${y}-${pad(m)}-${pad(dd)}`, compact: `${y}${pad(m)}${pad(dd)}`, serial };
    };
    const now = new Date();
    const [y, m, d] = [now.getFullYear(), now.getMonth(), now.getDate()];
    return {
      today: day(now),
      yesterday: day(new Date(y, m, d - 1)),
      lastMonthStart: day(new Date(y, m - 1, 1)),
      lastMonthEnd: day(new Date(y, m, 0)),
      monthEnd: day(new Date(y, m + 1, 0)),
    };
  });
}

export const fenOf = (amount) => Math.round(Number(amount) * 100);

/** Fen as the sheets and the pane show money: 26,800.00. */
export const formatMoney = (fen) =>
  (fen / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A number as the grid shows it (1,200 or 26,800.00) read back. */
export const parseShown = (text) => Number(text.replace(/,/g, ""));

export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An order line's key as the 送货单 section names it: 订单号:行号. */
export const keyOf = (line) => `${line.orderNo}:${line.lineNo}`;

/** 订单 lines of `customer` with something left to deliver: {orderNo, lineNo, sheetRow, quantity, shipped, unshipped, price}. */
export function openLines(orders, customer) {
  return orders.rows
    .filter((r) => r.客户 === customer && Number(r.未发数量) > 0)
    .map((r) => ({
      orderNo: String(r.订单号),
      lineNo: Number(r.行号),
      sheetRow: r.sheetRow,
      quantity: Number(r.数量),
      shipped: Number(r.已发数量),
      unshipped: Number(r.未发数量),
      price: Number(r.单价),
    }));
}

/** Two open lines of one order of `customer`, next to each other on the sheet (a selection is one block of rows). */
export function twoAdjacentOpenLines(orders, customer) {
  const open = openLines(orders, customer);
  const index = open.findIndex(
    (l, i) => open[i + 1]?.orderNo === l.orderNo && open[i + 1]?.sheetRow === l.sheetRow + 1,
  );
  assert.ok(index >= 0, `the demo has two adjacent open lines of ${customer}`);
  return open.slice(index, index + 2);
}

/**
 * Selects order lines on 订单 as a clerk does: clicks the first line's cell in column `from` and
 * shift-clicks the last line's in column `to`.
 */
export async function selectLines(page, lines, from = "A", to = from) {
  await page.locator('[data-testid="sheet-tab-订单"]').click();
  const first = lines[0];
  const last = lines[lines.length - 1];
  await (await revealCell(page, `${from}${first.sheetRow}`)).click();
  if (last !== first || to !== from)
    await (await revealCell(page, `${to}${last.sheetRow}`)).click({ modifiers: ["Shift"] });
}

/** Opens 送货单 and waits until `lines` are listed ticked. */
export async function openNoteLines(pane, lines) {
  await openSection(pane, "deliveryNotes");
  for (const line of lines) {
    await pane
      .locator(`[data-testid="note-line"][data-key="${keyOf(line)}"][data-checked="true"]`)
      .waitFor({ timeout: 30_000 });
  }
}

/**
 * A statement's five figures in fen, worked out from 客户, 发货 and 收款 rows as read from the
 * page: 期初应收 from 期初日期 on, rows before `from` in 上期结欠, rows from `from` to `to` (serials)
 * in the period's sums (a 发货 row with a negative 金额 is a return).
 */
export function statementFigures(customers, shipments, payments, customer, from, to) {
  const row = customers.find((c) => c.客户名称 === customer);
  assert.ok(row, `${customer} is in 客户`);
  const start = Number(row.期初日期);
  assert.ok(start < from, `期初日期 ${start} is before the period`);
  const figures = { opening: fenOf(row.期初应收), deliveries: 0, returns: 0, payments: 0 };
  const counted = (date) => Number(date) >= start && Number(date) <= to;
  for (const s of shipments.filter((r) => r.客户 === customer && counted(r.日期))) {
    const fen = fenOf(s.金额);
    if (Number(s.日期) < from) figures.opening += fen;
    else if (fen < 0) figures.returns -= fen;
    else figures.deliveries += fen;
  }
  for (const p of payments.filter((r) => r.客户 === customer && counted(r.收款日期))) {
    if (Number(p.收款日期) < from) figures.opening -= fenOf(p.金额);
    else figures.payments += fenOf(p.金额);
  }
  const closing = figures.opening + figures.deliveries - figures.returns - figures.payments;
  return { ...figures, closing };
}

/** {@link statementFigures} for the page's workbook as it is now. */
export async function pageStatementFigures(page, customer, from, to) {
  return statementFigures(
    (await readTable(page, "Customers")).rows,
    (await readTable(page, "Shipments")).rows,
    (await readTable(page, "Payments")).rows,
    customer,
    from,
    to,
  );
}
