// A clerk's whole month-end story in the workbench, in one go, once in Chinese and once in English:
// set the workbook up, load the demo, run 校验 and go to a problem's cell, select two open order
// lines, issue their 送货单, see 订单's 未发数量 drop, issue the customer's 对账单 and mark the note's
// 回单 returned. Every figure expected is worked out here from what the page's own workbook holds;
// every step leaves a screenshot in test-results/journey-<lang>/, and `npm run screenshots`
// (scripts/screenshots.mjs) copies the Chinese ones the README shows to docs/.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cellText,
  closeSection,
  columnLetter,
  DEMO_CUSTOMERS,
  escapeRegExp,
  fenOf,
  formatMoney,
  keyOf,
  loadDemo,
  nameBox,
  openNoteLines,
  openSection,
  pageDays,
  pageStatementFigures,
  parseShown,
  readSheet,
  readTable,
  revealCell,
  screenshotPath,
  selectLines,
  twoAdjacentOpenLines,
  waitForActiveSheet,
  waitForNameBox,
  workbenchSuite,
} from "./browser.mjs";

const PORT = Number(process.env.GENDAN_E2E_PORT5 ?? 3127);

/** Wide enough for a printed note or statement beside the pane, small enough to read at README size. */
const VIEWPORT = { width: 1280, height: 800 };

const CUSTOMER = DEMO_CUSTOMERS.monthly;

/** The contract's sheets (tests may name headers and sheets literally). */
const SHEETS = ["参数", "客户", "产品", "核价", "订单", "发货", "收款"];

/** What the clerk reads, by the pane's language. */
const WORDS = {
  zh: {
    pane: ["跟单助手", "工作簿", "订单", "核价", "送货单", "对账单"],
    setupDone: /^初始化完成，已添加：工作表 .*参数/,
    counts: { error: (n) => `${n} 个错误`, warning: (n) => `${n} 个警告` },
    checkDone: (e, w) => new RegExp(`^校验完成：${e} 个错误，${w} 个警告`),
    noteIssued: (number) => `送货单 ${number} 已生成`,
    noteTotals: (quantity, amount) => `合计数量 ${quantity}，金额 ${amount} CNY`,
    note: { title: "送货单", no: "序号", amount: "金额", total: "合计" },
    statementIssued: (closing) =>
      new RegExp(`^已生成「${CUSTOMER}」的对账单，本期结欠 ${escapeRegExp(closing)} CNY`),
    statement: { title: "对账单", closing: "本期结欠" },
    signedDone: (number) => new RegExp(`^${number} 的回单已记为「已回」（2 行）`),
  },
  en: {
    pane: ["Gendan", "Workbook", "Orders", "Costing", "Delivery notes", "Statements"],
    setupDone: /^Set up\. Added sheets .*参数/,
    counts: {
      error: (n) => `${n} error${n === 1 ? "" : "s"}`,
      warning: (n) => `${n} warning${n === 1 ? "" : "s"}`,
    },
    checkDone: (e, w) =>
      new RegExp(`^Check finished: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}`),
    noteIssued: (number) => `Delivery note ${number} issued`,
    noteTotals: (quantity, amount) => `Total quantity ${quantity}, amount ${amount} CNY`,
    note: { title: "DELIVERY NOTE", no: "No.", amount: "Amount", total: "Total" },
    statementIssued: (closing) =>
      new RegExp(`^Issued the statement for ${CUSTOMER}: balance due ${escapeRegExp(closing)} CNY`),
    statement: { title: "STATEMENT OF ACCOUNT", closing: "Balance due" },
    signedDone: (number) => new RegExp(`^Signed copy of ${number} marked returned \\(2 rows\\)`),
  },
};

const suite = workbenchSuite(PORT);

/** Numbered screenshots of one language's journey. */
function camera(page, lang) {
  let step = 0;
  return async (name) => {
    step += 1;
    const path = screenshotPath(`journey-${lang}/${String(step).padStart(2, "0")}-${name}.png`);
    await page.screenshot({ path });
    return path;
  };
}

/**
 * For a picture of a printed document: the selection goes to a cell below and right of it (P, a
 * column the grid always draws), then the grid scrolls back to the top-left corner where the
 * document starts, so that no selection frame or highlighted header sits on the picture.
 */
async function parkSelection(page) {
  await (await revealCell(page, "P40")).click();
  await page.locator('[data-testid="grid"]').evaluate((grid) => {
    grid.scrollTop = 0;
    grid.scrollLeft = 0;
  });
}

/** The first row whose first cell starts with `label`, and the first filled cell after it. */
function labelledValue(values, label) {
  const row = values.findIndex((r) => String(r[0]).startsWith(label));
  assert.ok(row >= 0, `a row labelled ${label}`);
  const col = values[row].findIndex((v, c) => c > 0 && v !== "");
  return { row, col, value: values[row][col], address: `${columnLetter(col)}${row + 1}` };
}

async function journey(lang) {
  const words = WORDS[lang];
  const { page, pane, errors } = await suite.open(`?lang=${lang}`, { viewport: VIEWPORT });
  const shoot = camera(page, lang);
  const days = await pageDays(page);

  // 1. 工作簿 → 初始化/升级 on an empty workbook makes the contract's sheets and names.
  const paneText = await pane.locator('[data-testid="task-pane"]').innerText();
  for (const word of words.pane) assert.ok(paneText.includes(word), `the pane shows ${word}`);
  await pane.locator('[data-testid="setup-button"]').click();
  const status = pane.locator('[data-testid="status-done"]');
  await status.waitFor({ timeout: 30_000 });
  assert.match(await status.innerText(), words.setupDone);
  for (const sheet of SHEETS) {
    assert.equal(await page.locator(`[data-testid="sheet-tab-${sheet}"]`).count(), 1, `sheet ${sheet}`);
  }
  const names = await page.evaluate(() => window.gendanWorkbench.workbook.model.names.map((n) => n.name));
  assert.ok(names.includes("FX_USD") && names.includes("NET_FACTOR"), `names: ${names}`);
  await page.locator('[data-testid="sheet-tab-参数"]').click();
  assert.equal(await cellText(page, "A1"), "项目");
  await page.locator('[data-testid="cell-A1"]').click();
  await shoot("initialise");

  // 2. 载入演示数据: the demo factory's customers, orders, deliveries and payments.
  await loadDemo(page);
  const demoOrders = await readTable(page, "Orders");
  assert.ok(demoOrders.rows.length >= 20, `the demo's order lines: ${demoOrders.rows.length}`);
  assert.ok((await readTable(page, "Shipments")).rows.length > 0, "the demo has deliveries");
  await page.locator('[data-testid="sheet-tab-订单"]').click();
  await shoot("demo");

  // 3. 订单 → 校验 lists the demo's planted problems; a click on one selects its cell.
  await closeSection(pane, "workbook");
  await openSection(pane, "orders");
  await pane.locator('[data-testid="check-button"]').click();
  const items = pane.locator('[data-testid="problem-item"]');
  await pane.locator('[data-testid="check-summary"]').waitFor({ timeout: 30_000 });
  const severities = await items.evaluateAll((all) => all.map((e) => e.getAttribute("data-severity")));
  const count = (severity) => severities.filter((s) => s === severity).length;
  assert.deepEqual([severities.length, count("error"), count("warning")], [3, 2, 1], `${severities}`);
  assert.match(await status.innerText(), words.checkDone(2, 1));
  const tags = await pane.locator('[data-testid="problem-counts"] [data-severity]').allInnerTexts();
  assert.deepEqual(tags, [words.counts.error(2), words.counts.warning(1)]);
  // Away on another sheet, the clerk clicks the first problem: its sheet comes back with the cell selected.
  await page.locator('[data-testid="sheet-tab-客户"]').click();
  const problem = items.first();
  const [problemSheet, problemCell] = [
    await problem.getAttribute("data-sheet"),
    await problem.getAttribute("data-cell"),
  ];
  assert.equal(problemSheet, "订单");
  assert.match(problemCell, /^[A-Z]+\d+$/);
  assert.ok(
    (await problem.innerText()).includes(`${problemSheet}!${problemCell}`),
    "the problem names its cell",
  );
  await problem.click();
  await waitForNameBox(page, `${problemSheet}!${problemCell}`);
  await waitForActiveSheet(page, problemSheet);
  assert.match(String(await (await revealCell(page, problemCell)).getAttribute("class")), /\bwb-active\b/);
  await shoot("check");

  // 4. Two open lines of the 月结 customer, selected on 订单 from 订单号 to 品名; what they come to
  // is read from the grid as the clerk sees it.
  const lines = twoAdjacentOpenLines(demoOrders, CUSTOMER);
  const col = (header) => columnLetter(demoOrders.headers.indexOf(header));
  for (const line of lines) {
    assert.equal(parseShown(await cellText(page, `${col("未发数量")}${line.sheetRow}`)), line.unshipped);
    assert.equal(parseShown(await cellText(page, `${col("单价")}${line.sheetRow}`)), line.price);
  }
  const expectedFen = lines.reduce((sum, l) => sum + fenOf(l.unshipped * l.price), 0);
  const expectedQuantity = lines.reduce((sum, l) => sum + l.unshipped, 0);
  const period = { from: days.lastMonthStart, to: days.monthEnd };
  const before = await pageStatementFigures(page, CUSTOMER, period.from.serial, period.to.serial);

  await selectLines(page, lines, "A", col("品名"));
  const [first, last] = [lines[0].sheetRow, lines[1].sheetRow];
  assert.equal(await nameBox(page), `订单!A${first}`);
  const selected = await page.evaluate(() =>
    window.gendanWorkbench.workbook.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    }),
  );
  assert.equal(selected, `订单!A${first}:${col("品名")}${last}`);
  await shoot("select-lines");

  // 5. 送货单 comes with the selected lines ticked, each offering what is left to deliver.
  await closeSection(pane, "orders");
  await openNoteLines(pane, lines);
  assert.equal(await pane.locator('[data-testid="note-line"][data-checked="true"]').count(), 2);
  for (const line of lines) {
    const quantity = pane.locator(
      `[data-testid="note-line"][data-key="${keyOf(line)}"] [data-testid="note-line-quantity"]`,
    );
    assert.equal(await quantity.inputValue(), String(line.unshipped), `${keyOf(line)} offers what is left`);
  }
  assert.equal(await pane.locator('[data-testid="note-date"]').inputValue(), days.today.iso);
  assert.equal(await pane.locator('[data-testid="note-lang"]').inputValue(), lang);
  await pane.locator(`[data-testid="note-line"][data-key="${keyOf(lines[0])}"]`).scrollIntoViewIfNeeded();
  await shoot("note-form");

  // 6. 生成送货单: the note's sheet is in front, its total what the two lines come to.
  await pane.locator('[data-testid="note-issue"]').click();
  const result = pane.locator('[data-testid="note-result"]');
  await result.waitFor({ timeout: 30_000 });
  const number = await result.getAttribute("data-number");
  assert.equal(number, `SH${days.today.compact}-01`);
  const resultText = await result.innerText();
  assert.ok(resultText.includes(words.noteIssued(number)), resultText);
  assert.ok(resultText.includes(words.noteTotals(expectedQuantity, formatMoney(expectedFen))), resultText);
  await waitForActiveSheet(page, number);
  const note = (await readSheet(page, number)).values;
  const firstColumn = note.map((row) => row[0]);
  assert.ok(firstColumn.includes(words.note.title), `${number} is titled ${words.note.title}`);
  const header = note.findIndex((row) => row.includes(words.note.no) && row.includes(words.note.amount));
  const totalRow = firstColumn.indexOf(words.note.total);
  assert.ok(header >= 0 && totalRow > header, `the lines and the total on ${number}`);
  assert.equal(totalRow - header - 1, 2, "one row per line");
  const amountCol = note[header].indexOf(words.note.amount);
  assert.equal(fenOf(note[totalRow][amountCol]), expectedFen);
  assert.equal(await cellText(page, `${columnLetter(amountCol)}${totalRow + 1}`), formatMoney(expectedFen));
  const shipped = (await readTable(page, "Shipments")).rows.filter((r) => r.单号 === number);
  assert.deepEqual(
    shipped.map((r) => [`${r.订单号}:${r.行号}`, r.数量, fenOf(r.金额), r.回单状态]),
    lines.map((l) => [keyOf(l), l.unshipped, fenOf(l.unshipped * l.price), "未回"]),
  );
  await parkSelection(page);
  await result.scrollIntoViewIfNeeded();
  await shoot("note");

  // 7. 订单: both lines delivered in full, 未发数量 0 in the grid and in the table.
  const afterNote = await readTable(page, "Orders");
  await page.locator('[data-testid="sheet-tab-订单"]').click();
  for (const line of lines) {
    const row = afterNote.rows.find((r) => r.sheetRow === line.sheetRow);
    assert.deepEqual([row.已发数量, row.未发数量], [line.shipped + line.unshipped, 0], keyOf(line));
    assert.equal(await cellText(page, `${col("未发数量")}${line.sheetRow}`), "0");
    assert.equal(
      parseShown(await cellText(page, `${col("已发数量")}${line.sheetRow}`)),
      line.shipped + line.unshipped,
    );
  }
  await selectLines(page, lines, col("已发数量"), col("未发数量"));
  await shoot("orders-delivered");

  // 8. 对账单 for the customer from the first of last month to this month's end: the note is in it.
  await closeSection(pane, "deliveryNotes");
  await openSection(pane, "statements");
  const customer = pane.locator('[data-testid="statement-customer"]');
  await customer.locator(`option[value="${CUSTOMER}"]`).waitFor({ state: "attached", timeout: 30_000 });
  await customer.selectOption(CUSTOMER);
  assert.equal(await pane.locator('[data-testid="statement-from"]').inputValue(), period.from.iso);
  await pane.locator('[data-testid="statement-to"]').fill(period.to.iso);
  assert.equal(await pane.locator('[data-testid="statement-lang"]').inputValue(), lang);
  await pane.locator('[data-testid="statement-issue"]').click();
  const statement = pane.locator('[data-testid="statement-result"]');
  await statement.waitFor({ timeout: 30_000 });
  const expected = await pageStatementFigures(page, CUSTOMER, period.from.serial, period.to.serial);
  // What the rows say now is what they said before, plus this note.
  assert.deepEqual(expected, {
    ...before,
    deliveries: before.deliveries + expectedFen,
    closing: before.closing + expectedFen,
  });
  // Earlier deliveries and a payment in the period: the balance is more than this note.
  assert.ok(expected.payments > 0 && expected.deliveries > expectedFen, JSON.stringify(expected));
  for (const figure of ["opening", "deliveries", "returns", "payments", "closing"]) {
    assert.equal(
      await pane.locator(`[data-testid="statement-${figure}"]`).innerText(),
      formatMoney(expected[figure]),
      figure,
    );
  }
  const closing = formatMoney(expected.closing);
  assert.equal(await statement.getAttribute("data-closing"), closing);
  assert.match(await status.innerText(), words.statementIssued(closing));
  const statementSheet = await statement.getAttribute("data-sheet");
  await waitForActiveSheet(page, statementSheet);
  const statementValues = (await readSheet(page, statementSheet)).values;
  assert.ok(
    statementValues.some((row) => row[0] === words.statement.title),
    `${statementSheet}'s title`,
  );
  const due = labelledValue(statementValues, words.statement.closing);
  assert.equal(fenOf(due.value), expected.closing);
  assert.equal(await cellText(page, due.address), closing);
  assert.ok(
    statementValues.some((row) => row.includes(number)),
    `the statement lists ${number} among its entries`,
  );
  await parkSelection(page);
  await statement.scrollIntoViewIfNeeded();
  await shoot("statement");

  // 9. 回单: today's note is among the signed copies out (0 days lists them all); marked 已回.
  await closeSection(pane, "statements");
  await openSection(pane, "deliveryNotes");
  await pane.locator('[data-testid="signed-copy-days"]').fill("0");
  await pane.locator('[data-testid="signed-copy-refresh"]').click();
  const copy = pane.locator(`[data-testid="signed-copy-item"][data-number="${number}"]`);
  await copy.waitFor({ timeout: 30_000 });
  await copy.scrollIntoViewIfNeeded();
  await shoot("signed-copies");
  await copy.locator('[data-testid="signed-copy-returned"]').click();
  await copy.waitFor({ state: "detached", timeout: 30_000 });
  assert.match(await status.innerText(), words.signedDone(number));
  const ledger = await readTable(page, "Shipments");
  const marked = ledger.rows.filter((r) => r.单号 === number);
  assert.deepEqual(
    marked.map((r) => [r.回单状态, r.回单日期]),
    lines.map(() => ["已回", days.today.serial]),
  );
  // 发货 shows it: the note's rows say 已回.
  await page.locator(`[data-testid="sheet-tab-${ledger.sheet}"]`).click();
  const stateCol = columnLetter(ledger.headers.indexOf("回单状态"));
  for (const row of marked) assert.equal(await cellText(page, `${stateCol}${row.sheetRow}`), "已回");
  await (await revealCell(page, `${stateCol}${marked[0].sheetRow}`)).click();
  await (
    await revealCell(page, `${stateCol}${marked[marked.length - 1].sheetRow}`)
  ).click({ modifiers: ["Shift"] });
  await status.scrollIntoViewIfNeeded();
  await shoot("signed-copy-returned");

  assert.deepEqual(errors, []);
  await page.context().close();
}

test("journey in Chinese: setup, demo, 校验, 送货单 for two lines, 未发数量, 对账单, 回单 已回", () =>
  journey("zh"));

test("journey in English: the same story with the pane, the note and the statement in English", () =>
  journey("en"));
