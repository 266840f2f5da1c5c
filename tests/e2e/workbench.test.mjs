// The workbench in a real browser, as a clerk meets it after `npm install && npm start`:
// the task pane renders in Chinese and in English, setup creates 参数, and a problem selects its cell.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import JSZip from "jszip";
import { nameBox, screenshotPath, waitForNameBox, workbenchSuite } from "./browser.mjs";

const PORT = Number(process.env.GENDAN_E2E_PORT ?? 3123);

const { open: openWorkbench } = workbenchSuite(PORT);

test("the task pane renders in Chinese beside the grid, and setup creates 参数", async () => {
  const { page, pane, errors } = await openWorkbench();
  const paneText = await pane.locator('[data-testid="task-pane"]').innerText();
  for (const word of ["跟单助手", "工作簿", "订单", "核价", "送货单", "对账单"])
    assert.match(paneText, new RegExp(word));
  assert.ok(await page.locator('[data-testid="grid"]').isVisible(), "the grid is shown");

  await pane.locator('[data-testid="setup-button"]').click();
  await pane.locator('[data-testid="status-done"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="sheet-tab-参数"]').click();
  assert.equal((await page.locator('[data-testid="cell-A1"]').innerText()).trim(), "项目");
  assert.equal((await page.locator('[data-testid="cell-A6"]').innerText()).trim(), "净收汇系数");
  assert.equal((await page.locator('[data-testid="cell-B6"]').innerText()).trim(), "0.96");
  assert.equal((await page.locator('[data-testid="cell-B7"]').innerText()).trim(), "30%");

  const names = await page.evaluate(() => window.gendanWorkbench.workbook.model.names.map((n) => n.name));
  assert.ok(names.includes("FX_USD") && names.includes("NET_FACTOR"), `names: ${names}`);
  await page.screenshot({ path: screenshotPath("workbench-zh.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the language switch turns the pane into English", async () => {
  const { page, pane, errors } = await openWorkbench();
  await pane.locator('[data-testid="lang-switch"]').click();
  await pane.getByText("Workbook", { exact: false }).first().waitFor({ timeout: 10_000 });
  const paneText = await pane.locator('[data-testid="task-pane"]').innerText();
  for (const word of ["Workbook", "Orders", "Costing", "Delivery notes", "Statements"]) {
    assert.match(paneText, new RegExp(word));
  }
  await page.screenshot({ path: screenshotPath("workbench-en.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a refused setup lists the problem, and clicking it selects the cell", async () => {
  const { page, pane, errors } = await openWorkbench();
  // A clerk's own sheet that happens to be called 参数.
  await page.evaluate(async () => {
    await window.gendanWorkbench.workbook.run(async (context) => {
      context.workbook.worksheets.add("参数").getRange("C3").values = [["我自己的参数"]];
      await context.sync();
    });
  });
  await pane.locator('[data-testid="setup-button"]').click();
  const item = pane.locator('[data-testid="problem-item"]').first();
  await item.waitFor({ timeout: 30_000 });
  assert.match(await item.innerText(), /参数/);

  await page.locator('[data-testid="sheet-tab-Sheet1"]').click();
  await item.click();
  await waitForNameBox(page, "参数!A1");
  const selection = await page.evaluate(() => {
    const model = window.gendanWorkbench.workbook.model;
    const sheet = model.sheets.find((s) => s.id === model.selection?.sheetId);
    return { sheet: sheet?.name, rect: model.selection?.rect };
  });
  assert.deepEqual(selection, { sheet: "参数", rect: { row: 0, col: 0, rows: 1, cols: 1 } });
  await page.screenshot({ path: screenshotPath("workbench-problem.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the workbook downloads as an .xlsx file holding what the grid shows", async () => {
  const { page, pane, errors } = await openWorkbench();
  await pane.locator('[data-testid="setup-button"]').click();
  await pane.locator('[data-testid="status-done"]').waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.locator('[data-testid="download-xlsx"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const workbookXml = await zip.file("xl/workbook.xml").async("string");
  assert.match(workbookXml, /name="参数"/);
  assert.match(workbookXml, /<definedName name="NET_FACTOR"[^>]*>参数!\$B\$6</);
  assert.ok(
    Object.keys(zip.files).some((f) => /^xl\/tables\/table\d+\.xml$/.test(f)),
    "the Settings table is in the file",
  );
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a selection made in the grid is Excel's selection for the pane's code", async () => {
  const { page, errors } = await openWorkbench();
  await page.locator('[data-testid="cell-B2"]').click();
  await page.locator('[data-testid="cell-C4"]').click({ modifiers: ["Shift"] });
  const address = await page.evaluate(() =>
    window.gendanWorkbench.workbook.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    }),
  );
  assert.equal(address, "Sheet1!B2:C4");
  // As in Excel, the name box names the active cell of the selection.
  assert.equal(await nameBox(page), "Sheet1!B2");
  assert.deepEqual(errors, []);
  await page.context().close();
});
