/**
 * The benchmark's own logic on its smallest workbook (what `npm run bench` measures, not how fast):
 * the script runs at 1,000 order lines without LibreOffice, every action is measured on the
 * synthetic workbook and its requests are counted. Timing is left to the bench.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchResult, benchTable } from "../bench/measure";
import { main, parseArgs } from "../bench/run";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gendan-bench-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseArgs", () => {
  test("defaults: three sizes, LibreOffice at 10,000 and 20,000, a table, the default file", () => {
    expect(parseArgs([], "latest.json")).toEqual({
      sizes: [1_000, 10_000, 100_000],
      libreOfficeSizes: [10_000, 20_000],
      json: false,
      out: "latest.json",
    });
  });

  test("--no-libreoffice, --sizes, --json and --out", () => {
    expect(
      parseArgs(["--sizes", "1000,2000", "--no-libreoffice", "--json", "--out", "x.json"], "latest.json"),
    ).toEqual({ sizes: [1_000, 2_000], libreOfficeSizes: [], json: true, out: "x.json" });
    expect(parseArgs(["--libreoffice-sizes", "5000"], "l.json").libreOfficeSizes).toEqual([5_000]);
  });

  test.each([[["--sizes"]], [["--out"]], [["--fast"]]])("refuses %j", (argv) => {
    expect(() => parseArgs(argv, "latest.json")).toThrow(/needs a value|unknown option/);
  });
});

test("a size below a note's 50 lines is refused before anything is measured", async () => {
  await expect(
    main(
      ["--sizes", "10", "--no-libreoffice", "--out", join(dir, "small.json")],
      "",
      () => {},
      () => {},
    ),
  ).rejects.toThrow("≥ 50");
});

test("--sizes 1000 --no-libreoffice --json: every action measured, the syncs each makes, the JSON printed and saved", async () => {
  const out = join(dir, "latest.json");
  let printed = "";
  await main(
    ["--sizes", "1000", "--no-libreoffice", "--json", "--out", out],
    "",
    (text) => (printed += text),
    () => {},
  );
  const saved = JSON.parse(readFileSync(out, "utf8")) as BenchResult;
  expect((JSON.parse(printed) as BenchResult).rows).toEqual(saved.rows);
  expect(saved.libreOffice).toEqual([]);
  // 20 customers at 1,000 lines; each read of 发货 at this size takes a second band.
  expect(saved.rows.map((r) => [r.action, r.lines, r.customers, r.reads, r.writes])).toEqual([
    ["init (new workbook)", 1_000, 20, 1, 1],
    ["upgrade (up to date)", 1_000, 20, 2, 0],
    ["upgrade (adds 订单总额, 订单已收, 订单首行, 首行总额, 首行已收)", 1_000, 20, 2, 1],
    ["check", 1_000, 20, 2, 0],
    ["deliver 50 lines", 1_000, 20, 3, 1],
    ["return 50 lines", 1_000, 20, 3, 1],
    ["statement, 1 customer", 1_000, 20, 2, 1],
    ["statement --all, 20 customers", 1_000, 20, 2, 1],
  ]);
  for (const row of saved.rows) {
    expect(row.largestRequestBytes).toBeLessThan(1_000_000);
    expect(row.coreOverFloor).toBeGreaterThan(0);
  }
  // A statement reads only the 发货 and 收款 columns it uses; the check reads every column.
  const cells = (action: string) => saved.rows.find((r) => r.action === action)!.largestResponseCells;
  expect(cells("statement, 1 customer")).toBeLessThan(cells("check"));

  // The printed table: a line per action, then LibreOffice's when measured, then the budgets.
  const lines = benchTable({
    rows: saved.rows,
    libreOffice: [
      {
        lines: 10_000,
        shipments: 20_000,
        payments: 5_000,
        formulasMs: 31_000,
        valuesMs: 4_000,
        ratio: 7.75,
        formulasCpuMs: null,
        valuesCpuMs: 3_500,
        cpuRatio: null,
      },
    ],
  }).split("\n");
  for (const row of saved.rows) expect(lines.some((l) => l.startsWith(`${row.action} `))).toBe(true);
  expect(lines.find((l) => l.startsWith("10,000 order lines"))?.split(/\s{2,}/)).toEqual([
    "10,000 order lines",
    "20,000",
    "5,000",
    "31.0",
    "4.0",
    "7.75",
    "–",
    "3.5",
    "–",
  ]);
  expect(lines[lines.length - 1]).toMatch(/^Budgets \(DESIGN §6\)/);
}, 120_000);
