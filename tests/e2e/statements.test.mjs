// 对账单 in the workbench, as a clerk sends one at month end: load the demo, open 对账单, choose the
// 月结 customer, take the period from the first of last month to the end of this one, and issue.
// The pane shows 上期结欠, 本期送货, 本期退货, 本期收款 and 本期结欠, each what the page's own 客户,
// 发货 and 收款 come to, and the statement's sheet comes to the front showing the same 本期结欠.
// Then 全部客户 for the same period: the pane lists the 应收汇总 sheet (now in front) and every
// customer's statement, and a click on one brings its sheet to the front.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cellText,
  columnLetter,
  DEMO_CUSTOMERS,
  escapeRegExp,
  fenOf,
  formatMoney,
  openSection,
  pageDays,
  readSheet,
  readTable,
  screenshotPath,
  statementFigures,
  waitForActiveSheet,
  workbenchSuite,
} from "./browser.mjs";

const PORT = Number(process.env.GENDAN_E2E_PORT4 ?? 3126);

/** The demo's 月结30天 customer, with 期初应收 and deliveries, returns and payments (src/core/demo/demoStory.ts). */
const MONTHLY = DEMO_CUSTOMERS.monthly;

const { openDemo } = workbenchSuite(PORT);

test("对账单: the 月结 customer from the first of last month to this month's end, its figures in the pane and its sheet in front; then every customer's, and a click goes to one", async () => {
  const { page, pane, errors } = await openDemo();
  const { lastMonthStart, lastMonthEnd, monthEnd } = await pageDays(page);

  await openSection(pane, "statements");
  const customer = pane.locator('[data-testid="statement-customer"]');
  await customer.locator(`option[value="${MONTHLY}"]`).waitFor({ state: "attached", timeout: 30_000 });
  // Every customer of 客户, in its order, offered with its currency.
  const customers = (await readTable(page, "Customers")).rows;
  const options = await customer.locator("option").evaluateAll((all) => all.map((o) => o.value));
  assert.deepEqual(options, ["", ...customers.map((c) => c.客户名称)]);
  // Last month unless the clerk picks another, by note, in the pane's language.
  assert.equal(await pane.locator('[data-testid="statement-from"]').inputValue(), lastMonthStart.iso);
  assert.equal(await pane.locator('[data-testid="statement-to"]').inputValue(), lastMonthEnd.iso);
  assert.equal(await pane.locator('[data-testid="statement-detail"]').inputValue(), "notes");
  assert.equal(await pane.locator('[data-testid="statement-lang"]').inputValue(), "zh");
  assert.ok(await pane.locator('[data-testid="statement-issue"]').isDisabled(), "waits for a customer");

  await customer.selectOption(MONTHLY);
  await pane.locator('[data-testid="statement-to"]').fill(monthEnd.iso);
  await pane.locator('[data-testid="statement-issue"]').click();
  const result = pane.locator('[data-testid="statement-result"]');
  await result.waitFor({ timeout: 30_000 });

  // The five figures are what 客户, 发货 and 收款 come to for the period.
  const expected = statementFigures(
    customers,
    (await readTable(page, "Shipments")).rows,
    (await readTable(page, "Payments")).rows,
    MONTHLY,
    lastMonthStart.serial,
    monthEnd.serial,
  );
  assert.ok(expected.deliveries > 0 && expected.payments > 0, `a busy period: ${JSON.stringify(expected)}`);
  for (const figure of ["opening", "deliveries", "returns", "payments", "closing"]) {
    assert.equal(
      await pane.locator(`[data-testid="statement-${figure}"]`).innerText(),
      formatMoney(expected[figure]),
      figure,
    );
  }
  const closing = await result.getAttribute("data-closing");
  assert.equal(closing, formatMoney(expected.closing));
  const sheet = await result.getAttribute("data-sheet");
  assert.match(await result.innerText(), new RegExp(`已打开工作表「${escapeRegExp(sheet)}」`));
  assert.match(
    await pane.locator('[data-testid="status-done"]').innerText(),
    new RegExp(`已生成「${MONTHLY}」的对账单，本期结欠 ${escapeRegExp(formatMoney(expected.closing))} CNY`),
  );
  assert.equal(await pane.locator('[data-testid="problem-item"]').count(), 0);

  // The statement's sheet is the active one, and its 本期结欠 is the pane's.
  await waitForActiveSheet(page, sheet);
  const { values } = await readSheet(page, sheet);
  const closingRow = values.findIndex((row) => row[0] === "本期结欠：");
  assert.ok(closingRow >= 0, `本期结欠 in the summary of ${sheet}`);
  const closingCol = values[closingRow].findIndex((v, c) => c > 0 && v !== "");
  assert.equal(fenOf(values[closingRow][closingCol]), expected.closing);
  assert.equal(await cellText(page, `${columnLetter(closingCol)}${closingRow + 1}`), closing);

  // The whole statement in view, from its title to the signatures, beside the pane's result.
  await page.locator('[data-testid="grid"]').evaluate((grid) => {
    grid.scrollTop = 0;
  });
  await result.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("statement.png") });

  // 全部客户 for the same period, detail and language: no customer need be chosen for it.
  await pane.locator('[data-testid="statements-all"]').click();
  const all = pane.locator('[data-testid="statements-all-result"]');
  await all.waitFor({ timeout: 30_000 });
  const summary = await all.getAttribute("data-summary");
  assert.match(summary, /^应收汇总 /);
  await waitForActiveSheet(page, summary);
  const links = all.locator('[data-testid="statements-all-link"]');
  const listed = await links.evaluateAll((items) =>
    items.map((b) => ({
      sheet: b.getAttribute("data-sheet"),
      customer: b.getAttribute("data-customer"),
      closing: b.getAttribute("data-closing"),
    })),
  );
  // The summary first, then one statement per customer, each on a sheet of the workbook.
  assert.equal(listed[0].sheet, summary);
  const statements = listed.slice(1);
  assert.ok(statements.length >= 2, `statements for several customers: ${JSON.stringify(listed)}`);
  for (const { sheet: name } of listed) {
    assert.equal(await page.locator(`[data-testid="sheet-tab-${name}"]`).count(), 1, name);
  }
  assert.match(
    await pane.locator('[data-testid="status-done"]').innerText(),
    new RegExp(`^已生成 ${statements.length} 张对账单及汇总表「${summary}」。`),
  );
  // The 月结 customer's statement again, on a sheet of its own, with the same balance due.
  const monthly = statements.find((s) => s.customer === MONTHLY);
  assert.ok(monthly, `${MONTHLY} is listed`);
  assert.notEqual(monthly.sheet, sheet);
  assert.equal(monthly.closing, closing);

  await links.filter({ hasText: MONTHLY }).click();
  await waitForActiveSheet(page, monthly.sheet);
  assert.equal(
    await page.locator(`[data-testid="sheet-tab-${summary}"]`).getAttribute("aria-selected"),
    "false",
  );
  await all.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("statements-all.png") });
  // Going to a sheet keeps what the batch said.
  assert.match(await pane.locator('[data-testid="status-done"]').innerText(), /^已生成 \d+ 张对账单/);
  assert.deepEqual(errors, []);
  await page.context().close();
});
