// A clerk's day in the workbench, typed as in Excel: set up the workbook, type a customer, a
// product and an order line into the grid and see the sheet's formulas fill 品名, 金额 and the
// statuses; an invalid entry is refused by the cell's validation; the demo workbook's check lists
// its three planted problems, and a problem selects its cell.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cellText,
  nameBox,
  openSection,
  screenshotPath,
  waitForNameBox,
  workbenchSuite,
} from "./browser.mjs";

const PORT = Number(process.env.GENDAN_E2E_PORT2 ?? 3124);

const { open: openWorkbench, openDemo } = workbenchSuite(PORT);

async function setUp(pane) {
  await pane.locator('[data-testid="setup-button"]').click();
  await pane.locator('[data-testid="status-done"]').waitFor({ timeout: 30_000 });
}

/** `YYYY-MM-DD` of today plus `days`, in the browser's (this machine's) time zone. */
function isoDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Clicks `start`, then types the entries one after another as a clerk does: each entry is typed
 * over the cell and ended with Tab (next column); null skips a column; the last ends with Enter.
 */
async function typeRow(page, start, entries) {
  await page.locator(`[data-testid="cell-${start}"]`).click();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry !== null) await page.keyboard.type(entry);
    await page.keyboard.press(i === entries.length - 1 ? "Enter" : "Tab");
  }
}

async function waitForCellText(page, address, expected) {
  await page.waitForFunction(
    ([a, text]) => document.querySelector(`[data-testid="cell-${a}"]`)?.textContent?.trim() === text,
    [address, expected],
    { timeout: 10_000 },
  );
}

/** What the model holds in a cell of a sheet: its formula or its constant. */
async function modelCell(page, sheetName, row, col) {
  return page.evaluate(
    ([name, r, c]) => {
      const sheet = window.gendanWorkbench.workbook.model.sheets.find((s) => s.name === name);
      const cell = sheet?.cells[r]?.[c];
      return { value: cell?.value ?? null, formula: cell?.formula ?? null };
    },
    [sheetName, row, col],
  );
}

test("journey A: a customer, a product and an order line typed into the grid compute 金额 and the statuses", async () => {
  const { page, pane, errors } = await openWorkbench();
  await setUp(pane);

  await page.locator('[data-testid="sheet-tab-客户"]').click();
  // 客户编号, 客户名称, 联系人, 电话, 地址, 结算方式, 币种
  await typeRow(page, "A2", [
    "C001",
    "宁波家居用品",
    "王经理",
    "0574-88886666",
    "宁波市鄞州区",
    "款到发货",
    "CNY",
  ]);
  await waitForCellText(page, "G2", "CNY");
  assert.equal(await cellText(page, "B2"), "宁波家居用品");
  assert.equal(await nameBox(page), "客户!G3", "Enter moved one row down");

  await page.locator('[data-testid="sheet-tab-产品"]').click();
  // 货号, 品名, (规格), (颜色), 单位: Tab over a cell without typing just moves on.
  await typeRow(page, "A2", ["BT-1", "保温杯", null, null, "个"]);
  await waitForCellText(page, "E2", "个");

  await page.locator('[data-testid="sheet-tab-订单"]').click();
  // 订单号, 行号, (客户PO号), 下单日期, 客户, 货号
  await typeRow(page, "A2", ["SO-2026-001", "1", null, isoDay(0), "宁波家居用品", "BT-1"]);
  // 数量, (币种), 单价, (金额 is a formula), 交货日期
  await typeRow(page, "K2", ["100", null, "12.5", null, isoDay(3)]);

  await waitForCellText(page, "N2", "1,250.00");
  await waitForCellText(page, "G2", "保温杯");
  assert.equal(await cellText(page, "Q2"), "未收订金");
  assert.equal(await cellText(page, "W2"), "将到期");
  assert.equal(await cellText(page, "O2"), isoDay(3));
  // Typed text became numbers and dates, as Excel reads typing.
  assert.deepEqual(await modelCell(page, "订单", 1, 10), { value: 100, formula: null });
  assert.deepEqual(await modelCell(page, "订单", 1, 12), { value: 12.5, formula: null });

  // The formula bar shows what a cell holds: 金额's formula, 交货日期 as a date.
  await page.locator('[data-testid="cell-N2"]').click();
  assert.match(await page.locator('[data-testid="formula-input"]').inputValue(), /^=IF\(.*ROUND\(/);
  await page.locator('[data-testid="cell-O2"]').click();
  assert.equal(await page.locator('[data-testid="formula-input"]').inputValue(), isoDay(3));

  // A second line typed directly below the table joins it and gets its formulas.
  await typeRow(page, "A3", ["SO-2026-001", "2", null, isoDay(0), "宁波家居用品", "BT-1"]);
  await typeRow(page, "K3", ["10", null, "3"]);
  await waitForCellText(page, "N3", "30.00");
  const orders = await page.evaluate(
    () => window.gendanWorkbench.workbook.model.tables.find((t) => t.name === "Orders").ref,
  );
  assert.equal(orders.rows, 3, "the Orders table grew by the typed row");

  await page.locator('[data-testid="cell-W2"]').click();
  await page.screenshot({ path: screenshotPath("orders-typed.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("an invalid entry is refused with the cell's alert and writes nothing", async () => {
  const { page, pane, errors } = await openWorkbench();
  await setUp(pane);
  await page.locator('[data-testid="sheet-tab-订单"]').click();

  // 数量 takes whole numbers above 0 only.
  await page.locator('[data-testid="cell-K2"]').click();
  await page.keyboard.type("abc");
  await page.keyboard.press("Enter");
  const alert = page.locator('[data-testid="validation-alert"]');
  await alert.waitFor({ timeout: 10_000 });
  const alertText = await alert.innerText();
  assert.match(alertText, /输入有误/);
  assert.match(alertText, /「数量」必须是大于 0 的整数/);
  assert.deepEqual(await modelCell(page, "订单", 1, 10), { value: null, formula: null });
  // The entry stays open where it was typed.
  assert.equal(await page.locator('[data-testid="cell-editor"]').inputValue(), "abc");
  assert.equal(await nameBox(page), "订单!K2");
  await page.screenshot({ path: screenshotPath("orders-invalid.png") });

  // Escape drops the entry; nothing was written.
  await page.keyboard.press("Escape");
  await alert.waitFor({ state: "detached", timeout: 10_000 });
  assert.deepEqual(await modelCell(page, "订单", 1, 10), { value: null, formula: null });

  // The formula bar checks its entries too: 0 is refused, then corrected to 5 and written.
  const bar = page.locator('[data-testid="formula-input"]');
  await bar.click();
  await bar.fill("0");
  await bar.press("Enter");
  await alert.waitFor({ timeout: 10_000 });
  await bar.fill("5");
  await bar.press("Enter");
  await waitForCellText(page, "K2", "5");
  assert.equal(await page.locator('[data-testid="validation-alert"]').count(), 0);
  assert.equal(await nameBox(page), "订单!K3", "Enter in the formula bar moved one row down");

  // Arrow keys move the selection; Delete empties the cell.
  await page.keyboard.press("ArrowUp");
  assert.equal(await nameBox(page), "订单!K2");
  await page.keyboard.press("Delete");
  await waitForCellText(page, "K2", "");
  assert.deepEqual(await modelCell(page, "订单", 1, 10), { value: null, formula: null });

  // From the frozen header row down into the table, the keys still reach the grid.
  await page.locator('[data-testid="cell-K1"]').click();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await waitForCellText(page, "K2", "7");

  // A double-click edits the content: arrows move the caret instead of ending the entry.
  await page.locator('[data-testid="cell-K2"]').dblclick();
  const editor = page.locator('[data-testid="cell-editor"]');
  assert.equal(await editor.inputValue(), "7");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("1");
  assert.equal(await editor.inputValue(), "17");
  await page.keyboard.press("Enter");
  await waitForCellText(page, "K2", "17");
  assert.deepEqual(await modelCell(page, "订单", 1, 10), { value: 17, formula: null });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("journey B: the demo workbook's check lists its three planted problems; one selects its cell", async () => {
  const { page, pane, errors } = await openDemo();
  await openSection(pane, "orders");
  await pane.locator('[data-testid="check-button"]').click();
  const items = pane.locator('[data-testid="problem-item"]');
  await items.first().waitFor({ timeout: 30_000 });
  assert.equal(await items.count(), 3);
  const severities = await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-severity")).sort());
  assert.deepEqual(severities, ["error", "error", "warning"]);
  // The warning is the order in production before its deposit came in.
  const warning = pane.locator('[data-testid="problem-item"][data-severity="warning"]');
  assert.match(await warning.innerText(), /生产.*未收订金|未收订金.*生产/s);
  const summary = await pane.locator('[data-testid="check-summary"]').innerText();
  assert.ok(summary.trim().length > 0, "the check says what it found");

  const first = items.first();
  const cell = await first.getAttribute("data-cell");
  const sheet = await first.getAttribute("data-sheet");
  assert.equal(sheet, "订单");
  assert.match(cell, /^[A-Z]+\d+$/);
  await first.click();
  await waitForNameBox(page, `订单!${cell}`);
  await page.screenshot({ path: screenshotPath("orders-check.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("journey B in English: the check's summary appears", async () => {
  const { page, pane, errors } = await openDemo("?lang=en");
  await openSection(pane, "orders");
  await pane.locator('[data-testid="check-button"]').click();
  const summary = pane.locator('[data-testid="check-summary"]');
  await summary.waitFor({ timeout: 30_000 });
  assert.match(await summary.innerText(), /2 errors?/i);
  assert.equal(await pane.locator('[data-testid="problem-item"]').count(), 3);
  assert.deepEqual(errors, []);
  await page.context().close();
});
