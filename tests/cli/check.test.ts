/**
 * `gendan init --demo` then `gendan check`: the demo's planted problems and nothing else, in
 * lines for people and in one JSON object for programs; the workbook is never written.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { emptyWorkbook } from "../../src/memory-excel/model";
import { writeXlsx } from "../../src/memory-excel/xlsx";
import { gendan, linesOf, listing, scratchFolder, sha256 } from "./helpers";

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

const ENV = { LANG: "en_US.UTF-8", GENDAN_TODAY: "2026-11-23" };

describe("check on the demo workbook", () => {
  test("reports exactly the three planted problems, exits 1, and writes nothing", async () => {
    const init = await gendan(["init", "demo.xlsx", "--demo"], dir, ENV);
    expect(init.code).toBe(0);
    const before = sha256(join(dir, "demo.xlsx"));

    const run = await gendan(["check", "demo.xlsx", "--json"], dir, ENV);

    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      ok: boolean;
      written: boolean;
      counts: Record<string, number>;
      problems: { severity: string; code: string; sheet: string; cell: string; message: string }[];
    };
    expect(result).toMatchObject({ ok: false, written: false, counts: { error: 2, warning: 1, info: 0 } });
    expect(result.problems.map((p) => [p.severity, p.code, p.sheet])).toEqual([
      ["warning", "production-before-deposit", "订单"],
      ["error", "currency-mismatch", "订单"],
      ["error", "unknown-product", "订单"],
    ]);
    for (const p of result.problems) {
      expect(p.cell).toMatch(/^[A-Z]+\d+$/);
      expect(p.message.length).toBeGreaterThan(20);
    }
    expect(sha256(join(dir, "demo.xlsx"))).toBe(before);
    expect(listing(dir)).toEqual(["demo.xlsx"]);
  });

  test("lists each problem as sheet!cell and a summary line, in Chinese under --lang zh", async () => {
    await gendan(["init", "demo.xlsx", "--demo"], dir, ENV);
    const run = await gendan(["check", "demo.xlsx", "--lang", "zh"], dir, ENV);
    const lines = linesOf(run.stdout);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^订单![A-Z]+\d+ {2}警告: /);
    expect(lines[3]).toBe("demo.xlsx：2 个错误，1 个警告");
  });

  test("a clean new workbook has no problems and exits 0", async () => {
    await gendan(["init", "new.xlsx"], dir, ENV);
    const run = await gendan(["check", "new.xlsx"], dir, ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("new.xlsx: no problems found\n");
  });

  test("a workbook that was never set up: every contract table reported missing", async () => {
    writeFileSync(join(dir, "plain.xlsx"), await writeXlsx(emptyWorkbook()));
    const run = await gendan(["check", "plain.xlsx", "--json"], dir, ENV);
    expect(run.code).toBe(1);
    const codes = (JSON.parse(run.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code);
    expect(new Set(codes)).toEqual(new Set(["table-missing"]));
    expect(codes.length).toBe(7);
  });
});

describe("init --demo", () => {
  test("fills only a new workbook: an existing one is refused with one line and left alone", async () => {
    await gendan(["init", "book.xlsx"], dir, ENV);
    const before = sha256(join(dir, "book.xlsx"));
    const run = await gendan(["init", "book.xlsx", "--demo", "-o", "out.xlsx"], dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "gendan: book.xlsx: exists; --demo only fills a new workbook: name a file that does not exist yet\n",
    );
    expect(sha256(join(dir, "book.xlsx"))).toBe(before);
    expect(listing(dir)).toEqual(["book.xlsx"]);
  });
});
