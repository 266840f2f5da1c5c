/**
 * `gendan statement` on the demo workbook: one customer's statement as a new sheet, its figures
 * consistent and equal to what LibreOffice's recalculation of the sheet's formulas shows; a second
 * run makes a new version; refusals leave the file byte for byte and exit 1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/memory-excel/xlsx";
import { libreOfficeRuns, libreOfficeSheets } from "../support/libreOffice";
import { gendan, listing, scratchFolder, sha256 } from "./helpers";

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

const ENV = { LANG: "zh_CN.UTF-8", GENDAN_TODAY: "2026-11-23" };
const CUSTOMER = "杭州家乐惠商贸有限公司";

interface StatementJson {
  ok: boolean;
  statement?: Record<string, string>;
  problems: { code: string; message: string }[];
}

const cents = (text: string) => Math.round(Number(text) * 100);

async function demo(): Promise<string> {
  expect((await gendan(["init", "demo.xlsx", "--demo"], dir, ENV)).code).toBe(0);
  return join(dir, "demo.xlsx");
}

describe("gendan statement", () => {
  test("a customer's statement for a period: figures that add up, a new sheet, LibreOffice's totals agree", async () => {
    await demo();
    const run = await gendan(
      [
        "statement",
        "demo.xlsx",
        "--customer",
        CUSTOMER,
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-30",
        "-o",
        "out.xlsx",
        "--json",
      ],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    const figures = (JSON.parse(run.stdout) as StatementJson).statement!;
    expect(figures).toMatchObject({
      customer: CUSTOMER,
      currency: "CNY",
      from: "2026-10-01",
      to: "2026-11-30",
    });
    for (const key of ["opening", "deliveries", "returns", "payments", "closing"]) {
      expect(figures[key]).toMatch(/^-?\d+\.\d\d$/);
    }
    expect(
      cents(figures.opening!) +
        cents(figures.deliveries!) -
        cents(figures.returns!) -
        cents(figures.payments!),
    ).toBe(cents(figures.closing!));
    expect(cents(figures.deliveries!)).toBeGreaterThan(0);

    const book = await readXlsx(readFileSync(join(dir, "out.xlsx")));
    expect(book.sheets.map((s) => s.name)).toContain(figures.sheet);
    expect(book.sheets.find((s) => s.id === book.activeSheetId)?.name).toBe(figures.sheet);

    if (!libreOfficeRuns) return;
    const shown = libreOfficeSheets(readFileSync(join(dir, "out.xlsx")), { alwaysRecalculate: true }).get(
      figures.sheet!,
    )!;
    const flat = shown.flat();
    expect(flat.some((t) => /^(#|Err:)/.test(t))).toBe(false);
    // The summary block: each label followed (somewhere to its right) by LibreOffice's own figure.
    const after = (label: string): number => {
      const row = shown.find((r) => r.some((t) => t.replace(/[:：]$/, "") === label))!;
      const numbers = row.filter((t) => /^-?[\d,]+(\.\d+)?$/.test(t.trim()));
      return Math.round(Number(numbers[numbers.length - 1]!.replace(/,/g, "")) * 100);
    };
    expect(after("本期结欠")).toBe(cents(figures.closing!));
    expect(after("本期送货")).toBe(cents(figures.deliveries!));
    expect(after("本期收款")).toBe(cents(figures.payments!));
  }, 120_000);

  test("the same customer and period again makes a new version; the first is kept", async () => {
    await demo();
    const args = [
      "statement",
      "demo.xlsx",
      "--customer",
      CUSTOMER,
      "--from",
      "2026-11-01",
      "--to",
      "2026-11-30",
      "--in-place",
      "--json",
    ];
    const first = (JSON.parse((await gendan(args, dir, ENV)).stdout) as StatementJson).statement!;
    const second = (JSON.parse((await gendan(args, dir, ENV)).stdout) as StatementJson).statement!;
    expect(second.sheet).toBe(`${first.sheet} (2)`);
    expect(second.closing).toBe(first.closing);
    const book = await readXlsx(readFileSync(join(dir, "demo.xlsx")));
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([first.sheet, second.sheet]));
  });

  test("the period defaults to last calendar month", async () => {
    await demo();
    const run = await gendan(
      ["statement", "demo.xlsx", "--customer", CUSTOMER, "-o", "out.xlsx", "--json"],
      dir,
      ENV,
    );
    expect((JSON.parse(run.stdout) as StatementJson).statement).toMatchObject({
      from: "2026-10-01",
      to: "2026-10-31",
    });
  });

  test.each([
    [["--customer", "无此客户", "--from", "2026-11-01", "--to", "2026-11-30"], "statement-unknown-customer"],
    [["--customer", CUSTOMER, "--from", "2026-11-30", "--to", "2026-11-01"], "statement-period-reversed"],
  ])("%j is refused: exit 1, nothing written", async (options, code) => {
    const path = await demo();
    const before = sha256(path);
    const run = await gendan(["statement", "demo.xlsx", ...options, "-o", "out.xlsx", "--json"], dir, ENV);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as StatementJson).problems.map((p) => p.code)).toEqual([code]);
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["demo.xlsx"]);
  });

  test.each([
    [["--from", "2026-11-01", "--to", "2026-11-30"], /--customer/],
    [["--customer", CUSTOMER, "--from", "2026-11-01"], /--to/],
    [["--customer", CUSTOMER, "--from", "2026-11-31", "--to", "2026-12-01"], /--from/],
    [["--customer", CUSTOMER, "--detail", "items"], /--detail/],
  ])("usage %j → exit 2", async (options, message) => {
    await demo();
    const run = await gendan(["statement", "demo.xlsx", ...options, "-o", "out.xlsx"], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe("hand-computed balances on the demo workbook (GENDAN_TODAY 2026-11-23)", () => {
  test.each([
    [
      // 客户: 期初应收 48,620.00 at 2026-08-31. 发货: SH20261016-01 22,044.00; SH20261114-01 7,800.00.
      // 收款: 48,620.00 in September; 22,044.00 on 2026-11-15. Period 2026-09-01 – 2026-11-30:
      // opening 48,620.00; deliveries 22,044.00 + 7,800.00 = 29,844.00; payments 48,620.00 + 22,044.00 =
      // 70,664.00; closing 48,620.00 + 29,844.00 − 70,664.00 = 7,800.00.
      CUSTOMER,
      "2026-09-01",
      "2026-11-30",
      {
        currency: "CNY",
        opening: "48620.00",
        deliveries: "29844.00",
        returns: "0.00",
        payments: "70664.00",
        closing: "7800.00",
      },
    ],
    [
      // USD, no opening balance. 收款 before October: 150.00 (2026-09-14) + 4,014.00 订金 (2026-09-26) →
      // opening −4,164.00 (a credit). October: 收款 9,366.00 (10-28) and 3,173.00 (10-31); 发货 SH20261030-01
      // 6,360.00 + 7,020.00 = 13,380.00 (10-30). Closing −4,164.00 + 13,380.00 − 12,539.00 = −3,323.00.
      "Greenleaf Home Products Inc.",
      "2026-10-01",
      "2026-10-31",
      {
        currency: "USD",
        opening: "-4164.00",
        deliveries: "13380.00",
        returns: "0.00",
        payments: "12539.00",
        closing: "-3323.00",
      },
    ],
  ])("%s from %s to %s", async (customer, from, to, expected) => {
    await demo();
    const run = await gendan(
      [
        "statement",
        "demo.xlsx",
        "--customer",
        customer,
        "--from",
        from,
        "--to",
        to,
        "-o",
        "out.xlsx",
        "--json",
      ],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as StatementJson).statement).toMatchObject(expected);
  });
});

describe("gendan statement --all", () => {
  test("every customer with entries or a balance gets a statement, and 应收汇总 lists them with totals LibreOffice agrees with", async () => {
    await demo();
    const run = await gendan(
      [
        "statement",
        "demo.xlsx",
        "--all",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "-o",
        "out.xlsx",
        "--json",
      ],
      dir,
      ENV,
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { statements: Record<string, string>[]; summary: string };
    expect(result.summary).toBe("应收汇总 2026-11");
    expect(result.statements.length).toBeGreaterThan(3);
    for (const s of result.statements) {
      expect(cents(s.opening!) + cents(s.deliveries!) - cents(s.returns!) - cents(s.payments!)).toBe(
        cents(s.closing!),
      );
    }
    const book = await readXlsx(readFileSync(join(dir, "out.xlsx")));
    const names = book.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([result.summary, ...result.statements.map((s) => s.sheet!)]),
    );
    expect(book.sheets.find((s) => s.id === book.activeSheetId)?.name).toBe(result.summary);

    if (!libreOfficeRuns) return;
    const summary = libreOfficeSheets(readFileSync(join(dir, "out.xlsx")), { alwaysRecalculate: true }).get(
      result.summary,
    )!;
    expect(summary.flat().some((t) => /^(#|Err:)/.test(t))).toBe(false);
    // Each customer's row shows the closing its statement has.
    for (const s of result.statements) {
      const row = summary.find((r) => r[0] === s.customer)!;
      // LibreOffice's CSV holds the values, unformatted.
      expect(row.map((t) => Math.round(Number(t) * 100))).toContain(cents(s.closing!));
    }
  }, 120_000);

  test("--all and --customer together are bad usage", async () => {
    await demo();
    const run = await gendan(
      ["statement", "demo.xlsx", "--all", "--customer", CUSTOMER, "-o", "out.xlsx"],
      dir,
      ENV,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--all/);
  });
});
