import { parseRectAddress } from "../address";
import { MAX_WRITTEN_FEN } from "../capitals";
import type { Fen } from "../money";
import type { CellConstant, PlanStep } from "../plan";
import { serial } from "../testing/factories";
import { makeEntry, makeStatement } from "../testing/statementFixtures";
import { statementSheetName, statementSheetPlan } from "./layout";

const COMPANY = {
  name: "宁波恒信日用品有限公司",
  address: "宁波市鄞州区工业路 8 号",
  phone: "0574-8888 1234",
};
const SHEET = "对账单 杭州优品贸易 2026-10";

function stepsOf<K extends PlanStep["kind"]>(steps: PlanStep[], kind: K): Extract<PlanStep, { kind: K }>[] {
  return steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
}

/** The sheet's cells from A1 (blank as ""): constants from "values" steps, then formulas over them. */
function gridOf(steps: PlanStep[]): CellConstant[][] {
  const grid: CellConstant[][] = [];
  for (const step of steps) {
    if (step.kind !== "values" && step.kind !== "formulas") continue;
    const rect = parseRectAddress(step.address)!;
    const rows: CellConstant[][] = step.kind === "values" ? step.values : step.formulas;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cells = (grid[rect.row + r] ??= []);
        cells[rect.col + c] = value;
      }),
    );
  }
  const width = Math.max(...grid.map((row) => row.length));
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ""));
}

/** The 1-based row holding `text` in some cell, and that cell's column index. */
function find(grid: CellConstant[][], text: CellConstant): { row: number; col: number } {
  for (let r = 0; r < grid.length; r++) {
    const col = grid[r]!.indexOf(text);
    if (col >= 0) return { row: r + 1, col };
  }
  throw new Error(`${String(text)} is not on the sheet`);
}

/** The non-blank cells of a 1-based row. */
function rowOf(grid: CellConstant[][], row: number): CellConstant[] {
  return grid[row - 1]!.filter((v) => v !== "" && v !== null);
}

const ZH_HEADERS = ["日期", "单号/摘要", "订单号", "送货金额", "退货金额", "收款金额", "余额", "争议说明"];
const ZH_LINE_HEADERS = [
  "日期",
  "单号/摘要",
  "订单号",
  "货号",
  "品名",
  "数量",
  "单价",
  "送货金额",
  "退货金额",
  "收款金额",
  "余额",
  "争议说明",
];

describe("statementSheetPlan", () => {
  const statement = makeStatement();
  const plan = statementSheetPlan(statement, SHEET, COMPANY);
  const grid = gridOf(plan.steps);

  test("adds the named sheet first, writes constants as one block, then formulas; all on that sheet", () => {
    expect(plan.sheet).toBe(SHEET);
    expect(plan.steps[0]).toEqual({ kind: "addSheet", sheet: SHEET });
    expect(plan.steps[1]?.kind).toBe("values");
    expect(stepsOf(plan.steps, "values")).toHaveLength(1);
    const firstFormula = plan.steps.findIndex((s) => s.kind === "formulas");
    expect(firstFormula).toBe(2);
    for (const step of plan.steps) if ("sheet" in step) expect(step.sheet).toBe(SHEET);
  });

  test("formula cells are blank in the block of constants, so nothing is written twice", () => {
    const [values] = stepsOf(plan.steps, "values");
    const constants = values!.values;
    for (const step of stepsOf(plan.steps, "formulas")) {
      const rect = parseRectAddress(step.address)!;
      expect(step.formulas).toHaveLength(rect.rows);
      step.formulas.forEach((row, r) => {
        expect(row).toHaveLength(rect.cols);
        row.forEach((formula, c) => {
          expect(formula.startsWith("=")).toBe(true);
          expect(constants[rect.row + r]![rect.col + c]).toBeNull();
        });
      });
    }
  });

  test("company header, title, customer block, period, currency and terms", () => {
    expect(grid[0]![0]).toBe("宁波恒信日用品有限公司");
    expect(grid[1]![0]).toBe("地址：宁波市鄞州区工业路 8 号　　电话：0574-8888 1234");
    expect(grid[2]![0]).toBe("对账单");
    expect(rowOf(grid, find(grid, "客户：").row)).toEqual([
      "客户：",
      "杭州优品贸易",
      "对账期间：",
      "2026-10-01 至 2026-10-31",
    ]);
    expect(rowOf(grid, find(grid, "联系人：").row)).toEqual(["联系人：", "王经理", "币种：", "CNY"]);
    expect(rowOf(grid, find(grid, "电话：").row)).toEqual([
      "电话：",
      "13800000000",
      "结算方式：",
      "月结30天",
    ]);
    expect(rowOf(grid, find(grid, "地址：").row)).toEqual(["地址：", "杭州市西湖区文三路 1 号"]);
  });

  test("the table: headers, 上期结欠 first with the opening date and balance, then the entries", () => {
    const header = find(grid, "日期");
    expect(header.col).toBe(0);
    expect(grid[header.row - 1]).toEqual(ZH_HEADERS);
    expect(plan.entriesStart).toBe(header.row + 2);
    expect(plan.entriesEnd).toBe(header.row + 5);
    expect(grid[header.row]).toEqual([serial("2026-10-01"), "上期结欠", "", "", "", "", 3000, ""]);
    const rows = grid.slice(plan.entriesStart - 1, plan.entriesEnd).map((r) => r.slice(0, 6));
    expect(rows).toEqual([
      [serial("2026-10-08"), "SH20261008-01", "PO-2026-001", 1500, "", ""],
      [serial("2026-10-15"), "SH20261015-02", "PO-2026-001、PO-2026-007", 840.5, "", ""],
      // A return is a positive amount in its own column.
      [serial("2026-10-20"), "TH20261020-01", "PO-2026-001", "", 125, ""],
      [serial("2026-10-25"), "银行转账", "PO-2026-001", "", "", 1000],
    ]);
    // 争议说明 is left for the customer.
    for (let r = plan.entriesStart; r <= plan.entriesEnd; r++) expect(grid[r - 1]![7]).toBe("");
  });

  test("each row's balance is the previous balance + delivery − return − payment, rounded to cents", () => {
    const balances = grid.slice(plan.entriesStart - 1, plan.entriesEnd).map((r) => r[6]);
    expect(plan.entriesStart).toBe(11);
    expect(balances).toEqual([
      "=ROUND(G10+D11-E11-F11,2)",
      "=ROUND(G11+D12-E12-F12,2)",
      "=ROUND(G12+D13-E13-F13,2)",
      "=ROUND(G13+D14-E14-F14,2)",
    ]);
  });

  test("本期合计: SUMs from the 上期结欠 row to the last entry, and 本期结欠 from the opening cell", () => {
    const totals = grid[plan.entriesEnd]!;
    expect(totals).toEqual([
      "本期合计",
      "",
      "",
      "=SUM(D10:D14)",
      "=SUM(E10:E14)",
      "=SUM(F10:F14)",
      "=ROUND(G10+D15-E15-F15,2)",
      "",
    ]);
  });

  test("the summary names the five figures by reference to the table; 本期结欠 in capitals", () => {
    const start = find(grid, "上期结欠：").row;
    expect([0, 1, 2, 3, 4].map((i) => rowOf(grid, start + i))).toEqual([
      ["上期结欠：", "=G10"],
      ["本期送货：", "=D15"],
      ["本期退货：", "=E15"],
      ["本期收款：", "=F15"],
      ["本期结欠：", "=G15"],
    ]);
    expect(rowOf(grid, find(grid, "本期结欠大写：").row)).toEqual(["本期结欠大写：", "肆仟贰佰壹拾伍元伍角"]);
    expect(statement.closing).toBe(421_550);
  });

  test("the reply request and the confirmation block with both signatures", () => {
    expect(find(grid, "请于 7 日内核对、签章回传；如有异议，请在“争议说明”栏注明。").col).toBe(0);
    const confirm = find(grid, "以上账目核对无误。");
    expect(rowOf(grid, confirm.row)).toEqual(["以上账目核对无误。", "宁波恒信日用品有限公司"]);
    expect(rowOf(grid, confirm.row + 1)).toEqual(["客户签章：", "我方签章："]);
    expect(rowOf(grid, confirm.row + 2)).toEqual(["日期：", "日期："]);
    expect(confirm.row + 2).toBe(grid.length);
    const lines = stepsOf(plan.steps, "border").filter((b) => b.edges[0] === "bottom");
    expect(lines.map((b) => parseRectAddress(b.address)!.row + 1)).toEqual([
      confirm.row + 1,
      confirm.row + 1,
      confirm.row + 2,
      confirm.row + 2,
    ]);
  });

  test("dates yyyy-mm-dd from 上期结欠 to the last entry; money #,##0.00 from 上期结欠 to 本期合计", () => {
    const formats = stepsOf(plan.steps, "numberFormat");
    expect(formats).toContainEqual(expect.objectContaining({ address: "A10:A14", format: "yyyy-mm-dd" }));
    expect(formats).toContainEqual(expect.objectContaining({ address: "D10:G15", format: "#,##0.00" }));
    const summary = find(grid, "上期结欠：").row;
    // The figures sit right of their labels, over as many columns as the labels leave them.
    expect(formats).toContainEqual(
      expect.objectContaining({
        address: expect.stringMatching(new RegExp(`^B${summary}:[B-D]${summary + 4}$`)),
        format: "#,##0.00",
      }),
    );
  });

  test("borders: thin inside and a medium outline from the header to 本期合计", () => {
    const borders = stepsOf(plan.steps, "border");
    expect(borders).toContainEqual(
      expect.objectContaining({ address: "A9:H15", edges: ["inside"], weight: "Thin" }),
    );
    expect(borders).toContainEqual(
      expect.objectContaining({ address: "A9:H15", edges: ["outline"], weight: "Medium" }),
    );
  });

  test("merges lie on the sheet, do not overlap, and only their first cell holds anything", () => {
    const merges = stepsOf(plan.steps, "merge").map((m) => parseRectAddress(m.address)!);
    expect(merges).toContainEqual({ row: 2, col: 0, rows: 1, cols: 8 });
    // 上期结欠 and 本期合计 run across the text columns.
    expect(merges).toContainEqual({ row: 9, col: 1, rows: 1, cols: 2 });
    expect(merges).toContainEqual({ row: 14, col: 0, rows: 1, cols: 3 });
    const taken = new Set<string>();
    for (const m of merges) {
      expect(m.col + m.cols).toBeLessThanOrEqual(8);
      expect(m.row + m.rows).toBeLessThanOrEqual(grid.length);
      for (let c = m.col; c < m.col + m.cols; c++) {
        const key = `${m.row},${c}`;
        expect(taken.has(key)).toBe(false);
        taken.add(key);
        if (c > m.col) expect(grid[m.row]![c]).toBe("");
      }
    }
  });

  test("A4 portrait one page wide; print area the whole block; titles repeat through the table header", () => {
    const [setup] = stepsOf(plan.steps, "pageSetup");
    expect(setup).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      centerHorizontally: true,
      printArea: `A1:H${grid.length}`,
      printTitleRows: "$1:$9",
    });
    expect(plan.steps.at(-1)).toBe(setup);
    expect(stepsOf(plan.steps, "gridlines")).toEqual([{ kind: "gridlines", sheet: SHEET, show: false }]);
  });

  test("columns print at 90 % or more on A4 between the margins; every row has a height", () => {
    const widths = stepsOf(plan.steps, "columnWidth");
    expect(widths.map((w) => w.address)).toEqual("ABCDEFGH".split("").map((c) => `${c}1`));
    const [setup] = stepsOf(plan.steps, "pageSetup");
    const printable = 595 - setup!.margins!.left - setup!.margins!.right;
    expect(printable / widths.reduce((n, w) => n + w.width, 0)).toBeGreaterThanOrEqual(0.9);
    const rows = new Set<number>();
    for (const h of stepsOf(plan.steps, "rowHeight")) {
      const rect = parseRectAddress(h.address)!;
      for (let r = rect.row; r < rect.row + rect.rows; r++) rows.add(r);
    }
    expect(rows.size).toBe(grid.length);
  });

  test("text that looks like a formula or a number stays a string constant", () => {
    const odd = statementSheetPlan(
      makeStatement({
        customer: { ...statement.customer, name: "=1+1", phone: "00123" },
        entries: [makeEntry({ reference: "=SUM(A1:A9)", orderNos: "+86" })],
      }),
      SHEET,
      { ...COMPANY, name: "@home" },
    );
    const oddGrid = gridOf(odd.steps);
    expect(oddGrid[0]![0]).toBe("@home");
    expect(rowOf(oddGrid, find(oddGrid, "客户：").row)[1]).toBe("=1+1");
    expect(rowOf(oddGrid, find(oddGrid, "电话：").row)[1]).toBe("00123");
    expect(oddGrid[odd.entriesStart - 1]!.slice(1, 3)).toEqual(["=SUM(A1:A9)", "+86"]);
    // Only the plan's own formulas are formulas: the values step holds the look-alikes.
    const formulaCells = stepsOf(odd.steps, "formulas").flatMap((s) => s.formulas.flat());
    expect(formulaCells).not.toContain("=SUM(A1:A9)");
    expect(formulaCells).not.toContain("=1+1");
  });

  test("an entry recorded without a reference is named by its kind", () => {
    const plan = statementSheetPlan(
      makeStatement({
        entries: [
          makeEntry({ reference: "" }),
          makeEntry({ kind: "return", reference: "", amount: -500 as Fen }),
          makeEntry({ kind: "payment", reference: "", amount: 100 as Fen }),
        ],
      }),
      SHEET,
      COMPANY,
    );
    const g = gridOf(plan.steps);
    expect(g.slice(plan.entriesStart - 1, plan.entriesEnd).map((r) => r[1])).toEqual([
      "送货",
      "退货",
      "收款",
    ]);
  });

  test("blank company address and phone leave out the contact line; blank terms leave out 结算方式", () => {
    const plan = statementSheetPlan(
      makeStatement({ customer: { ...statement.customer, terms: "" } }),
      SHEET,
      { name: "恒信", address: "", phone: "" },
    );
    const g = gridOf(plan.steps);
    expect(g[0]![0]).toBe("恒信");
    expect(g[1]![0]).toBe("对账单");
    expect(g.flat()).not.toContain("结算方式：");
  });

  test("long text makes its row taller than a plain entry row", () => {
    const plan = statementSheetPlan(
      makeStatement({
        entries: [
          makeEntry({ orderNos: "PO-2026-001、PO-2026-002、PO-2026-003、PO-2026-004、PO-2026-005" }),
          makeEntry(),
        ],
      }),
      SHEET,
      COMPANY,
    );
    const heights = new Map<number, number>();
    for (const h of stepsOf(plan.steps, "rowHeight")) {
      const rect = parseRectAddress(h.address)!;
      for (let r = rect.row; r < rect.row + rect.rows; r++) heights.set(r + 1, h.height);
    }
    expect(heights.get(plan.entriesStart)!).toBeGreaterThan(heights.get(plan.entriesEnd)!);
  });
});

describe("variants", () => {
  test("a quiet period: only 上期结欠; the SUMs cover that row alone; 本期结欠 is the opening", () => {
    const plan = statementSheetPlan(makeStatement({ entries: [], opening: 123_456 as Fen }), SHEET, COMPANY);
    const grid = gridOf(plan.steps);
    expect(plan.entriesEnd).toBe(plan.entriesStart - 1);
    const opening = grid[plan.entriesStart - 2]!;
    expect(opening.slice(0, 2)).toEqual([serial("2026-10-01"), "上期结欠"]);
    expect(opening[6]).toBe(1234.56);
    expect(grid[plan.entriesEnd]).toEqual([
      "本期合计",
      "",
      "",
      "=SUM(D10:D10)",
      "=SUM(E10:E10)",
      "=SUM(F10:F10)",
      "=ROUND(G10+D11-E11-F11,2)",
      "",
    ]);
    expect(stepsOf(plan.steps, "formulas").map((s) => s.address)).toEqual(["D11:G11", "B13:B17"]);
    expect(rowOf(grid, find(grid, "本期结欠大写：").row)[1]).toBe("壹仟贰佰叁拾肆元伍角陆分");
    expect(stepsOf(plan.steps, "numberFormat")).toContainEqual(
      expect.objectContaining({ address: "A10", format: "yyyy-mm-dd" }),
    );
  });

  test("an opening standing at 期初日期 inside the period prints that date on the 上期结欠 row", () => {
    const plan = statementSheetPlan(makeStatement({ openingAsOf: serial("2026-10-10") }), SHEET, COMPANY);
    const grid = gridOf(plan.steps);
    expect(grid[plan.entriesStart - 2]![0]).toBe(serial("2026-10-10"));
    expect(rowOf(grid, find(grid, "客户：").row)[3]).toBe("2026-10-01 至 2026-10-31");
  });

  test('detail "lines": item columns; a return\'s quantity positive beside its positive amount', () => {
    const entries = [
      makeEntry({
        itemNo: "A-100",
        name: "不锈钢保温杯",
        quantity: 120,
        price: 1250 as Fen,
        amount: 150_000 as Fen,
      }),
      makeEntry({
        kind: "return",
        reference: "TH20261020-01",
        itemNo: "A-100",
        name: "不锈钢保温杯",
        quantity: -10,
        price: 1250 as Fen,
        amount: -12_500 as Fen,
      }),
      makeEntry({ kind: "payment", reference: "银行转账", amount: 50_000 as Fen }),
    ];
    const plan = statementSheetPlan(makeStatement({ detail: "lines", entries }), SHEET, COMPANY);
    const grid = gridOf(plan.steps);
    const header = plan.entriesStart - 2;
    expect(grid[header - 1]).toEqual(ZH_LINE_HEADERS);
    const rows = grid.slice(plan.entriesStart - 1, plan.entriesEnd);
    expect(rows.map((r) => r.slice(3, 11))).toEqual([
      [
        "A-100",
        "不锈钢保温杯",
        120,
        12.5,
        1500,
        "",
        "",
        `=ROUND(K${header + 1}+H${header + 2}-I${header + 2}-J${header + 2},2)`,
      ],
      [
        "A-100",
        "不锈钢保温杯",
        10,
        12.5,
        "",
        125,
        "",
        `=ROUND(K${header + 2}+H${header + 3}-I${header + 3}-J${header + 3},2)`,
      ],
      ["", "", "", "", "", "", 500, `=ROUND(K${header + 3}+H${header + 4}-I${header + 4}-J${header + 4},2)`],
    ]);
    const totals = grid[plan.entriesEnd]!;
    const first = header + 1;
    const t = plan.entriesEnd + 1;
    expect(totals.slice(7, 11)).toEqual([
      `=SUM(H${first}:H${plan.entriesEnd})`,
      `=SUM(I${first}:I${plan.entriesEnd})`,
      `=SUM(J${first}:J${plan.entriesEnd})`,
      `=ROUND(K${first}+H${t}-I${t}-J${t},2)`,
    ]);
    // 上期结欠 runs across 单号/摘要 to 单价.
    expect(stepsOf(plan.steps, "merge").map((m) => m.address)).toContain(`B${first}:G${first}`);
    const formats = stepsOf(plan.steps, "numberFormat");
    expect(formats).toContainEqual(
      expect.objectContaining({ address: `F${plan.entriesStart}:F${plan.entriesEnd}`, format: "#,##0" }),
    );
    expect(formats).toContainEqual(
      expect.objectContaining({ address: `G${plan.entriesStart}:G${plan.entriesEnd}`, format: "#,##0.00" }),
    );
    expect(formats).toContainEqual(
      expect.objectContaining({ address: `H${first}:K${t}`, format: "#,##0.00" }),
    );
    const widths = stepsOf(plan.steps, "columnWidth").map((w) => w.width);
    expect(widths).toHaveLength(12);
    const [setup] = stepsOf(plan.steps, "pageSetup");
    const printable = 595 - setup!.margins!.left - setup!.margins!.right;
    expect(printable / widths.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(0.85);
    expect(setup!.printArea).toBe(`A1:L${grid.length}`);
  });

  test('detail "lines" with a fractional quantity keeps General format for 数量', () => {
    const plan = statementSheetPlan(
      makeStatement({
        detail: "lines",
        entries: [makeEntry({ quantity: 12.5, price: 100 as Fen, amount: 1250 as Fen })],
      }),
      SHEET,
      COMPANY,
    );
    const formats = stepsOf(plan.steps, "numberFormat").filter((f) => f.address.startsWith("F"));
    expect(formats).toEqual([]);
  });

  test("English: title, headers, labels, period, words in the customer's currency, confirmation", () => {
    const statement = makeStatement({
      lang: "en",
      customer: { ...makeStatement().customer, currency: "usd" },
    });
    const plan = statementSheetPlan(statement, SHEET, COMPANY);
    const grid = gridOf(plan.steps);
    expect(grid[2]![0]).toBe("STATEMENT OF ACCOUNT");
    expect(grid[plan.entriesStart - 3]).toEqual([
      "Date",
      "Reference",
      "Order No.",
      "Deliveries",
      "Returns",
      "Payments",
      "Balance",
      "Disputes",
    ]);
    expect(grid[plan.entriesStart - 2]![1]).toBe("Balance brought forward");
    expect(grid[plan.entriesEnd]![0]).toBe("Period total");
    expect(rowOf(grid, find(grid, "Customer: ").row)).toEqual([
      "Customer: ",
      "杭州优品贸易",
      "Period: ",
      "2026-10-01 to 2026-10-31",
    ]);
    expect(rowOf(grid, find(grid, "Contact: ").row)).toEqual(["Contact: ", "王经理", "Currency: ", "USD"]);
    const summary = find(grid, "Balance brought forward: ").row;
    expect([0, 1, 2, 3, 4].map((i) => rowOf(grid, summary + i)[0])).toEqual([
      "Balance brought forward: ",
      "Deliveries: ",
      "Returns: ",
      "Payments: ",
      "Balance due: ",
    ]);
    expect(rowOf(grid, find(grid, "Balance due in words: ").row)[1]).toBe(
      "SAY US DOLLARS FOUR THOUSAND TWO HUNDRED FIFTEEN AND CENTS FIFTY ONLY",
    );
    expect(find(grid, "We confirm that the above account is correct.").col).toBe(0);
    expect(
      find(grid, "Please check, sign and return within 7 days; note any disagreement in the Disputes column.")
        .col,
    ).toBe(0);
    const confirm = find(grid, "We confirm that the above account is correct.").row;
    expect(rowOf(grid, confirm + 1)).toEqual(["Customer signature & stamp: ", "Our signature & stamp: "]);
    expect(rowOf(grid, confirm + 2)).toEqual(["Date: ", "Date: "]);
  });

  test("English: one day is singular; no reply days asks for the reply without a term", () => {
    const one = gridOf(statementSheetPlan(makeStatement({ lang: "en", replyDays: 1 }), SHEET, COMPANY).steps);
    expect(one.flat()).toContain(
      "Please check, sign and return within 1 day; note any disagreement in the Disputes column.",
    );
    const none = gridOf(statementSheetPlan(makeStatement({ replyDays: 0 }), SHEET, COMPANY).steps);
    expect(none.flat()).toContain("请核对、签章后回传；如有异议，请在“争议说明”栏注明。");
  });

  test("closing in words: a blank currency is the yuan; other currencies are named or given as figures", () => {
    const words = (lang: "zh" | "en", currency: string): CellConstant => {
      const grid = gridOf(
        statementSheetPlan(
          makeStatement({ lang, customer: { ...makeStatement().customer, currency } }),
          SHEET,
          COMPANY,
        ).steps,
      );
      const label = lang === "zh" ? "本期结欠大写：" : "Balance due in words: ";
      return rowOf(grid, find(grid, label).row)[1]!;
    };
    expect(words("zh", "")).toBe("肆仟贰佰壹拾伍元伍角");
    expect(words("zh", "USD")).toBe("USD 肆仟贰佰壹拾伍元伍角");
    expect(words("en", "")).toBe("SAY RMB FOUR THOUSAND TWO HUNDRED FIFTEEN AND CENTS FIFTY ONLY");
    expect(words("en", "EUR")).toBe("EUR 4,215.50");
  });

  test("a credit balance (the customer paid more) is written as negative capitals", () => {
    const plan = statementSheetPlan(
      makeStatement({ opening: 0 as Fen, entries: [makeEntry({ kind: "payment", amount: 20_000 as Fen })] }),
      SHEET,
      COMPANY,
    );
    const grid = gridOf(plan.steps);
    expect(rowOf(grid, find(grid, "本期结欠大写：").row)[1]).toBe("负贰佰元整");
  });

  test("a closing balance too large to write out is refused with a RangeError", () => {
    const huge = makeStatement({ opening: (MAX_WRITTEN_FEN + 1) as Fen, entries: [] });
    expect(() => statementSheetPlan(huge, SHEET, COMPANY)).toThrow(RangeError);
  });
});

describe("statementSheetName", () => {
  const oct = [serial("2026-10-01"), serial("2026-10-31")] as const;
  const valid = (name: string): void => {
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name).not.toMatch(/^'|'$/);
    // No half of a surrogate pair left alone.
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  };

  test("a calendar month, a calendar year, a stretch within a year, and one across years", () => {
    expect(statementSheetName("杭州优品贸易", ...oct, [])).toBe("对账单 杭州优品贸易 2026-10");
    expect(statementSheetName("杭州优品贸易", serial("2026-02-01"), serial("2026-02-28"), [])).toBe(
      "对账单 杭州优品贸易 2026-02",
    );
    expect(statementSheetName("杭州优品贸易", serial("2026-01-01"), serial("2026-12-31"), [])).toBe(
      "对账单 杭州优品贸易 2026",
    );
    expect(statementSheetName("杭州优品贸易", serial("2026-10-01"), serial("2026-10-30"), [])).toBe(
      "对账单 杭州优品贸易 1001-1030",
    );
    expect(statementSheetName("杭州优品贸易", serial("2026-10-01"), serial("2026-11-30"), [])).toBe(
      "对账单 杭州优品贸易 1001-1130",
    );
    expect(statementSheetName("杭州优品贸易", serial("2026-10-05"), serial("2026-10-05"), [])).toBe(
      "对账单 杭州优品贸易 1005-1005",
    );
    expect(statementSheetName("杭州优品贸易", serial("2026-12-15"), serial("2027-01-14"), [])).toBe(
      "对账单 杭州优品贸易 20261215-20270114",
    );
  });

  test("running again for the same customer and period makes a new version, never the same name", () => {
    const first = statementSheetName("杭州优品贸易", ...oct, ["订单", "对账单 杭州优品贸易 2026-09"]);
    expect(first).toBe("对账单 杭州优品贸易 2026-10");
    const second = statementSheetName("杭州优品贸易", ...oct, ["订单", first]);
    expect(second).toBe("对账单 杭州优品贸易 2026-10 (2)");
    expect(statementSheetName("杭州优品贸易", ...oct, [first, second])).toBe(
      "对账单 杭州优品贸易 2026-10 (3)",
    );
    // A deleted version's number is used again only when it is free: (2) gone, (3) there.
    expect(statementSheetName("杭州优品贸易", ...oct, [first, "对账单 杭州优品贸易 2026-10 (3)"])).toBe(
      "对账单 杭州优品贸易 2026-10 (2)",
    );
  });

  test("names are compared without regard to case, as Excel compares sheet names", () => {
    expect(statementSheetName("Acme Trading", ...oct, ["对账单 ACME TRADING 2026-10"])).toBe(
      "对账单 Acme Trading 2026-10 (2)",
    );
  });

  test("a long customer name is shortened with … to keep the name within 31 characters", () => {
    const long = "浙江省杭州市西湖区优品进出口贸易有限责任公司";
    const name = statementSheetName(long, ...oct, []);
    valid(name);
    expect(name).toBe("对账单 浙江省杭州市西湖区优品进出口贸易有限… 2026-10");
    expect(name).toHaveLength(31);
    const again = statementSheetName(long, ...oct, [name]);
    valid(again);
    expect(again).toBe("对账单 浙江省杭州市西湖区优品进出口… 2026-10 (2)");
    const across = statementSheetName(long, serial("2026-12-15"), serial("2027-01-14"), []);
    valid(across);
    expect(across).toBe("对账单 浙江省杭州市西湖… 20261215-20270114");
    // Exactly as long as the room: kept whole.
    expect(statementSheetName("一二三四五六七八九十一二三四五六七八九", ...oct, [])).toBe(
      "对账单 一二三四五六七八九十一二三四五六七八九 2026-10",
    );
  });

  test("characters a sheet name may not hold are replaced; spaces and line breaks collapse", () => {
    expect(statementSheetName("A/B:C\\D [VIP]*?", ...oct, [])).toBe("对账单 A-B-C-D (VIP) 2026-10");
    expect(statementSheetName("  优品\n贸易\t 公司　", ...oct, [])).toBe("对账单 优品 贸易 公司 2026-10");
    expect(statementSheetName("'优品'", ...oct, [])).toBe("对账单 '优品' 2026-10");
    expect(statementSheetName("***", ...oct, [])).toBe("对账单 2026-10");
    expect(statementSheetName("", ...oct, [])).toBe("对账单 2026-10");
    valid(statementSheetName("=1+1", ...oct, []));
  });

  test("a long name of characters outside the BMP is cut between characters, not inside one", () => {
    const name = statementSheetName("𠀀".repeat(20), ...oct, []);
    valid(name);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toMatch(/^对账单 (𠀀)+… 2026-10$/u);
  });

  test("a period that is not whole dates, or ends before it starts, is refused", () => {
    expect(() => statementSheetName("优品", serial("2026-10-31"), serial("2026-10-01"), [])).toThrow(
      RangeError,
    );
    expect(() => statementSheetName("优品", serial("2026-10-01") + 0.5, serial("2026-10-31"), [])).toThrow(
      RangeError,
    );
    expect(() => statementSheetName("优品", -1, serial("2026-10-31"), [])).toThrow(RangeError);
    expect(() => statementSheetName("优品", Number.NaN, serial("2026-10-31"), [])).toThrow(RangeError);
  });
});
