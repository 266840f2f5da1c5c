import { statementStringsFor } from ".";
import { en } from "./en";
import type { StatementStrings } from "./types";
import { zh } from "./zh";

/** Every leaf of a strings object as [path, text], functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    // Message functions take names, dates and currencies; give each what it reads.
    const fn = value as (...args: unknown[]) => unknown;
    return [[path, String(fn("宁波华美", "2026-10-01", "CNY"))]];
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  throw new Error(`${path} is neither text nor a message function`);
}

describe("对账单 strings", () => {
  test("zh and en have the same keys", () => {
    const keys = (s: StatementStrings) => leaves(s).map(([path]) => path);
    expect(keys(en)).toEqual(keys(zh));
    expect(keys(zh).length).toBeGreaterThan(25);
  });

  test.each([
    ["zh", zh],
    ["en", en],
  ])("every %s string is non-empty", (_lang, strings) => {
    for (const [path, text] of leaves(strings)) {
      expect([path, text.trim().length > 0]).toEqual([path, true]);
      expect([path, text.includes("undefined")]).toEqual([path, false]);
    }
  });

  test("by language", () => {
    expect(statementStringsFor("zh").issue).toBe("生成对账单");
    expect(statementStringsFor("en").issue).toBe("Issue statement");
    expect(statementStringsFor("zh").details).toEqual({ notes: "按单据", lines: "按明细" });
  });

  test("the figures are named as the statement sheet prints them", () => {
    expect(Object.values(zh.figures)).toEqual(["上期结欠", "本期送货", "本期退货", "本期收款", "本期结欠"]);
    expect(en.figures.closing).toBe("Balance due");
  });

  test("a customer shows its currency; the period reads as one line", () => {
    expect(zh.customerOption("宁波华美", "CNY")).toBe("宁波华美（CNY）");
    expect(en.customerOption("Acme", "USD")).toBe("Acme (USD)");
    expect(zh.period("2026-10-01", "2026-10-31", "CNY")).toBe("对账期间 2026-10-01 至 2026-10-31，币种 CNY");
    expect(en.period("2026-10-01", "2026-10-31", "USD")).toBe("Period 2026-10-01 to 2026-10-31, in USD");
    expect(zh.sheetOpen("对账单 宁波华美 2026-10")).toBe(
      "已打开工作表「对账单 宁波华美 2026-10」，可直接打印。",
    );
  });
});
