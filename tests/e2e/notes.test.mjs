// 送货单 in the workbench, as a clerk issues one: select two open lines of a customer on 订单, open
// 送货单 (the lines come ticked with what is left to deliver), issue, and see the note sheet with
// its total and 金额大写 and 订单's 未发数量 go down; in English the note prints as DELIVERY NOTE.
// A 款到发货 customer short of payment is refused until the clerk gives a reason, which 发货
// keeps; that note's signed copy is then marked 已回. And 修复送货单 puts back 发货 rows a note
// sheet still shows. Every figure expected is read from the page's own workbook model.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cellText,
  columnLetter,
  DEMO_CUSTOMERS,
  escapeRegExp,
  fenOf,
  formatMoney,
  keyOf,
  openLines,
  openNoteLines,
  openSection,
  pageDays,
  readSheet,
  readTable,
  screenshotPath,
  selectLines,
  twoAdjacentOpenLines,
  waitForActiveSheet,
  workbenchSuite,
} from "./browser.mjs";

const PORT = Number(process.env.GENDAN_E2E_PORT3 ?? 3125);

const { monthly: MONTHLY, payFirst: PAY_FIRST } = DEMO_CUSTOMERS;

const { openDemo } = workbenchSuite(PORT);

/** The amount Chinese capitals stand for, in fen: 贰万陆仟捌佰元整 → 2680000. */
function fenFromCapitals(text) {
  const digits = "零壹贰叁肆伍陆柒捌玖";
  const units = { 拾: 10, 佰: 100, 仟: 1000 };
  const match = /^(负?)(?:(.+)元)?(.*)$/.exec(text);
  assert.ok(match, `capitals: ${text}`);
  let total = 0;
  let group = 0;
  let digit = 0;
  for (const ch of match[2] ?? "") {
    if (digits.includes(ch)) digit = digits.indexOf(ch);
    else if (ch in units) [group, digit] = [group + digit * units[ch], 0];
    else if (ch === "万") [total, group, digit] = [total + (group + digit) * 10_000, 0, 0];
    else if (ch === "亿") [total, group, digit] = [(total + group + digit) * 100_000_000, 0, 0];
    else assert.fail(`not a capital: ${ch} in ${text}`);
  }
  let fen = (total + group + digit) * 100;
  digit = 0;
  for (const ch of match[3]) {
    if (digits.includes(ch)) digit = digits.indexOf(ch);
    else if (ch === "角") [fen, digit] = [fen + digit * 10, 0];
    else if (ch === "分") [fen, digit] = [fen + digit, 0];
    else assert.ok(ch === "整", `not a capital: ${ch} in ${text}`);
  }
  return match[1] ? -fen : fen;
}

/** The amount an English SAY ... ONLY line stands for, in fen (numbers below a billion). */
function fenFromWords(text) {
  const match = /^SAY (?:RMB|US DOLLARS) (.+?)(?: AND CENTS (.+))? ONLY$/.exec(text);
  assert.ok(match, `words: ${text}`);
  const small = {};
  "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN"
    .split(" ")
    .forEach((w, i) => (small[w] = i));
  "TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY"
    .split(" ")
    .forEach((w, i) => (small[w] = 20 + 10 * i));
  const number = (words) => {
    let total = 0;
    let chunk = 0;
    for (const word of words.split(/[ -]/)) {
      if (word in small) chunk += small[word];
      else if (word === "HUNDRED") chunk *= 100;
      else if (word === "THOUSAND" || word === "MILLION") {
        total += chunk * (word === "THOUSAND" ? 1000 : 1_000_000);
        chunk = 0;
      } else assert.fail(`not a number word: ${word} in ${text}`);
    }
    return total + chunk;
  };
  return number(match[1]) * 100 + (match[2] ? number(match[2]) : 0);
}

/**
 * The main journey in the pane's language: two open lines of the 月结 customer, selected on 订单,
 * issued as one note with what is left of each; checks the note sheet and 订单 afterwards.
 * @returns the page, the pane, the note's number and the lines delivered.
 */
async function issueTwoOpenLines(lang) {
  const { page, pane, errors } = await openDemo(lang === "en" ? "?lang=en" : "");
  const { today } = await pageDays(page);
  const lines = twoAdjacentOpenLines(await readTable(page, "Orders"), MONTHLY);

  await selectLines(page, lines);
  await openNoteLines(pane, lines);
  assert.equal(await pane.locator('[data-testid="note-line"][data-checked="true"]').count(), 2);
  for (const line of lines) {
    const quantity = pane.locator(
      `[data-testid="note-line"][data-key="${keyOf(line)}"] [data-testid="note-line-quantity"]`,
    );
    assert.equal(await quantity.inputValue(), String(line.unshipped), `${keyOf(line)} offers what is left`);
  }
  // The note is printed in the pane's language unless the clerk picks another.
  assert.equal(await pane.locator('[data-testid="note-lang"]').inputValue(), lang);

  await pane.locator('[data-testid="note-issue"]').click();
  const result = pane.locator('[data-testid="note-result"]');
  await result.waitFor({ timeout: 30_000 });
  const number = await result.getAttribute("data-number");
  assert.equal(number, `SH${today.compact}-01`);

  // The note's sheet is open beside the pane.
  await waitForActiveSheet(page, number);
  assert.equal(await page.locator(`[data-testid="sheet-tab-${number}"]`).innerText(), number);

  // Its total and the amount written out are what the lines come to.
  const expectedFen = lines.reduce((sum, l) => sum + fenOf(l.unshipped * l.price), 0);
  const sheet = await readSheet(page, number);
  const labels =
    lang === "zh"
      ? { total: "合计", amount: "金额", words: "金额大写：", title: "送货单" }
      : { total: "Total", amount: "Amount", words: "Amount in words: ", title: "DELIVERY NOTE" };
  const firstColumn = sheet.values.map((row) => row[0]);
  assert.ok(firstColumn.includes(labels.title), `the note is titled ${labels.title}: ${firstColumn}`);
  const headerRow = sheet.values.findIndex(
    (row) => row.includes(labels.amount) && row.includes(lang === "zh" ? "序号" : "No."),
  );
  const totalRow = firstColumn.indexOf(labels.total);
  assert.ok(headerRow >= 0 && totalRow > headerRow, `lines table and totals on ${number}`);
  const amountCol = sheet.values[headerRow].indexOf(labels.amount);
  assert.equal(fenOf(sheet.values[totalRow][amountCol]), expectedFen);
  const totalAddress = `${columnLetter(amountCol)}${totalRow + 1}`;
  assert.equal(
    await cellText(page, totalAddress),
    formatMoney(expectedFen),
    `${number}!${totalAddress} shows the total`,
  );
  const wordsRow = firstColumn.indexOf(labels.words);
  assert.ok(wordsRow > totalRow, `${labels.words} under the totals`);
  const wordsCol = sheet.values[wordsRow].findIndex((v, c) => c > 0 && v !== "");
  const words = String(sheet.values[wordsRow][wordsCol]);
  assert.equal(lang === "zh" ? fenFromCapitals(words) : fenFromWords(words), expectedFen, words);
  assert.equal(await cellText(page, `${columnLetter(wordsCol)}${wordsRow + 1}`), words);

  // 发货 holds the note's rows; 订单's formulas count them as delivered.
  const shipments = (await readTable(page, "Shipments")).rows.filter((r) => r.单号 === number);
  assert.deepEqual(
    shipments.map((r) => [`${r.订单号}:${r.行号}`, r.数量, r.回单状态]),
    lines.map((l) => [keyOf(l), l.unshipped, "未回"]),
  );
  const afterIssue = await readTable(page, "Orders");
  const col = (header) => columnLetter(afterIssue.headers.indexOf(header));
  await page.locator('[data-testid="sheet-tab-订单"]').click();
  for (const line of lines) {
    const row = afterIssue.rows.find((r) => r.sheetRow === line.sheetRow);
    assert.equal(row.已发数量, line.shipped + line.unshipped, `${keyOf(line)} 已发数量`);
    assert.equal(row.未发数量, 0, `${keyOf(line)} 未发数量`);
    assert.equal(await cellText(page, `${col("未发数量")}${line.sheetRow}`), "0");
    assert.equal(
      await cellText(page, `${col("已发数量")}${line.sheetRow}`),
      (line.shipped + line.unshipped).toLocaleString("en-US"),
    );
  }
  return { page, pane, errors, number, lines, today };
}

test("送货单: two open lines selected on 订单 become a note with its total in capitals, and 未发数量 goes to 0", async () => {
  const { page, pane, errors, number } = await issueTwoOpenLines("zh");
  // The note sheet beside the pane that issued it.
  await page.locator(`[data-testid="sheet-tab-${number}"]`).click();
  // A cell beside the document, so no selection frame sits on it.
  await page.locator('[data-testid="cell-O18"]').click();
  await pane.locator('[data-testid="note-result"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("note-issued.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("delivery note in English: the pane in English prints DELIVERY NOTE with the amount in words", async () => {
  const { page, pane, errors, number } = await issueTwoOpenLines("en");
  assert.match(
    await pane.locator('[data-testid="note-result"]').innerText(),
    new RegExp(`Delivery note ${number} issued`),
  );
  await page.locator(`[data-testid="sheet-tab-${number}"]`).click();
  await page.locator('[data-testid="cell-O18"]').click();
  await page.screenshot({ path: screenshotPath("note-issued-en.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("款到发货 short of payment: refused with the shortfall until a reason is given, which 发货 keeps; its signed copy is marked 已回", async () => {
  const { page, pane, errors } = await openDemo();
  const { today, yesterday } = await pageDays(page);
  const orders = await readTable(page, "Orders");
  const paid = new Set((await readTable(page, "Payments")).rows.map((r) => r.订单号));
  // An order of the 款到发货 customer with nothing paid and nothing delivered: any delivery is short.
  const untouched = (orderNo) =>
    !paid.has(orderNo) && orders.rows.every((r) => r.订单号 !== orderNo || Number(r.已发数量) === 0);
  const line = openLines(orders, PAY_FIRST).find((l) => untouched(l.orderNo));
  assert.ok(line, `the demo has an unpaid, undelivered order of ${PAY_FIRST}`);
  const amount = formatMoney(fenOf(line.unshipped * line.price));
  const ledgerBefore = (await readTable(page, "Shipments")).rows.length;

  await selectLines(page, [line]);
  await openNoteLines(pane, [line]);
  // Dated yesterday, so that the 回单 list below (notes out more than 0 days) shows it.
  await pane.locator('[data-testid="note-date"]').fill(yesterday.iso);
  await pane.locator('[data-testid="note-issue"]').click();

  const reason = pane.locator('[data-testid="note-override-reason"]');
  await reason.waitFor({ timeout: 30_000 });
  assert.match(
    await pane.locator('[data-testid="note-override"]').innerText(),
    new RegExp(`还差 ${escapeRegExp(amount)} CNY`),
  );
  const refusal = pane.locator('[data-testid="problem-item"][data-severity="error"]');
  assert.equal(await refusal.count(), 1);
  assert.match(
    await refusal.innerText(),
    new RegExp(`${PAY_FIRST}.*款到发货.*还差 ${escapeRegExp(amount)} CNY`, "s"),
  );
  await pane.locator('[data-testid="status-refused"]').waitFor({ timeout: 10_000 });
  assert.equal(await pane.locator('[data-testid="note-result"]').count(), 0);
  assert.equal((await readTable(page, "Shipments")).rows.length, ledgerBefore, "a refusal writes nothing");
  // Without a reason the override waits.
  assert.ok(await pane.locator('[data-testid="note-override-submit"]').isDisabled());

  const why = "客户承诺月底前付清，经理已批准";
  await reason.fill(why);
  await pane.locator('[data-testid="note-override-submit"]').click();
  const result = pane.locator('[data-testid="note-result"]');
  await result.waitFor({ timeout: 30_000 });
  const number = await result.getAttribute("data-number");
  assert.match(number, new RegExp(`^SH${yesterday.compact}-\\d{2}$`));
  assert.equal(await pane.locator('[data-testid="problem-item"]').count(), 0);
  const rows = (await readTable(page, "Shipments")).rows.filter((r) => r.单号 === number);
  assert.deepEqual(
    rows.map((r) => [`${r.订单号}:${r.行号}`, r.数量, r.备注, r.回单状态]),
    [[keyOf(line), line.unshipped, why, "未回"]],
  );
  // The note sheet prints the reason too.
  const sheet = await readSheet(page, number);
  assert.ok(
    sheet.values.some((row) => row[0] === "特批说明：" && row.includes(why)),
    "特批说明 on the sheet",
  );

  // 回单: notes out more than 0 days list yesterday's; the driver brought its signed copy back.
  await pane.locator('[data-testid="signed-copy-days"]').fill("0");
  await pane.locator('[data-testid="signed-copy-refresh"]').click();
  const item = pane.locator(`[data-testid="signed-copy-item"][data-number="${number}"]`);
  await item.waitFor({ timeout: 30_000 });
  await item.locator('[data-testid="signed-copy-returned"]').click();
  await item.waitFor({ state: "detached", timeout: 30_000 });
  assert.match(await pane.locator('[data-testid="status-done"]').innerText(), new RegExp(`${number}.*已回`));
  const marked = (await readTable(page, "Shipments")).rows.filter((r) => r.单号 === number);
  assert.deepEqual(
    marked.map((r) => [r.回单状态, r.回单日期, r.备注]),
    [["已回", today.serial, why]],
  );
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("修复送货单: 发货 rows lost for a note sheet are found by 校验 and restored from the sheet", async () => {
  const { page, pane, errors } = await openDemo();
  const orders = await readTable(page, "Orders");
  const line = openLines(orders, MONTHLY)[0];
  await selectLines(page, [line]);
  await openNoteLines(pane, [line]);
  await pane.locator('[data-testid="note-issue"]').click();
  const result = pane.locator('[data-testid="note-result"]');
  await result.waitFor({ timeout: 30_000 });
  const number = await result.getAttribute("data-number");

  // A co-author's slip empties the note's rows in 发货 (the cells, not the table's rows).
  const ledger = await readTable(page, "Shipments");
  const lost = ledger.rows.filter((r) => r.单号 === number);
  assert.equal(lost.length, 1);
  await page.evaluate(
    ([sheet, first, last, lastColumn]) =>
      window.gendanWorkbench.workbook.run(async (context) => {
        context.workbook.worksheets
          .getItem(sheet)
          .getRange(`A${first}:${lastColumn}${last}`)
          .clear("Contents");
        await context.sync();
      }),
    [ledger.sheet, lost[0].sheetRow, lost[lost.length - 1].sheetRow, columnLetter(ledger.headers.length - 1)],
  );

  await openSection(pane, "orders");
  await pane.locator('[data-testid="check-button"]').click();
  const repair = pane.locator('[data-testid="repair-notes"]');
  await repair.waitFor({ timeout: 30_000 });
  assert.equal(await repair.innerText(), "修复送货单");
  const missing = pane.locator(`[data-testid="problem-item"][data-sheet="${number}"]`);
  assert.equal(await missing.count(), 1);
  assert.match(await missing.innerText(), /找不到/);
  const othersBefore = await pane.locator('[data-testid="problem-item"]').count();

  await repair.click();
  await repair.waitFor({ state: "detached", timeout: 30_000 });
  const status = pane.locator('[data-testid="status-done"]');
  await status.waitFor({ timeout: 30_000 });
  assert.match(await status.innerText(), /已从 1 张单据补回 1 行发货记录。\s*校验完成/);
  // The list is the fresh check's: the demo's planted problems, the note's gone.
  await pane.locator('[data-testid="check-summary"]').waitFor({ timeout: 10_000 });
  assert.equal(await missing.count(), 0);
  assert.equal(await pane.locator('[data-testid="problem-item"]').count(), othersBefore - 1);
  const restored = (await readTable(page, "Shipments")).rows.filter((r) => r.单号 === number);
  assert.deepEqual(
    restored.map((r) => [`${r.订单号}:${r.行号}`, r.数量, r.回单状态]),
    [[keyOf(line), line.unshipped, "未回"]],
  );
  assert.deepEqual(errors, []);
  await page.context().close();
});
