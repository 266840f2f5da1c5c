import { noteStringsFor } from ".";
import { en } from "./en";
import type { NoteStrings } from "./types";
import { zh } from "./zh";

/** Every leaf of a strings object as [path, text], functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    // Message functions take names, numbers and amounts; give each what it reads.
    const fn = value as (...args: unknown[]) => unknown;
    return [[path, String(fn("宁波华美", "500.00", "CNY"))]];
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  throw new Error(`${path} is neither text nor a message function`);
}

describe("送货单 strings", () => {
  test("zh and en have the same keys", () => {
    const keys = (s: NoteStrings) => leaves(s).map(([path]) => path);
    expect(keys(en)).toEqual(keys(zh));
    expect(keys(zh).length).toBeGreaterThan(40);
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
    expect(noteStringsFor("zh").issue).toEqual({ delivery: "生成送货单", return: "生成退货单" });
    expect(noteStringsFor("en").issue.return).toBe("Issue return note");
  });

  test("a customer shows its 结算方式 when it has one", () => {
    expect(zh.customerOption("宁波华美", "款到发货")).toBe("宁波华美（款到发货）");
    expect(zh.customerOption("宁波华美", "")).toBe("宁波华美");
    expect(en.customerOption("Acme", "月结30天")).toBe("Acme (月结30天)");
  });

  test("counts agree in English", () => {
    expect(en.skipped(1)).toMatch(/^1 selected line cannot .* was not ticked\.$/);
    expect(en.skipped(3)).toMatch(/^3 selected lines cannot .* were not ticked\.$/);
    expect(en.signedDetails("Acme", "2026-11-01", 1)).toBe("Acme · 2026-11-01 · 1 day");
    expect(zh.signedDetails("宁波华美", "2026-11-01", 21)).toBe("宁波华美 · 2026-11-01 · 已 21 天");
  });

  test("the shortfall names customer, amount and currency", () => {
    expect(zh.shortfall("杭州利达", "500.00", "CNY")).toBe(
      "客户「杭州利达」为款到发货，还差 500.00 CNY 未收。确需发货请填写原因：",
    );
    expect(en.shortfall("Acme", "12.50", "USD")).toContain(
      "Acme pays before delivery and is 12.50 USD short.",
    );
  });
});
