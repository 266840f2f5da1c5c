import { serial } from "../testing/factories";
import { compactDate, isValidNotePrefix, MAX_PREFIX_LENGTH, nextNoteNumber, noteNumber } from "./numbering";

const DAY = serial("2026-11-22");

describe("note numbers", () => {
  test("prefix + yyyymmdd + two-digit sequence", () => {
    expect(noteNumber("SH", DAY, 1)).toBe("SH20261122-01");
    expect(noteNumber("TH", serial("2027-01-05"), 12)).toBe("TH20270105-12");
    expect(compactDate(serial("1999-12-31"))).toBe("19991231");
    expect(() => compactDate(-5)).toThrow(RangeError);
  });

  test("next number: one past the day's highest; other days, prefixes and shapes are ignored", () => {
    expect(nextNoteNumber("SH", DAY, [])).toBe("SH20261122-01");
    const taken = [
      "SH20261122-01",
      "sh20261122-03",
      "SH20261121-09",
      "TH20261122-07",
      "SH20261122-05 (2)",
      "SH20261122-x",
      "订单",
    ];
    expect(nextNoteNumber("SH", DAY, taken)).toBe("SH20261122-04");
    expect(nextNoteNumber("SH", DAY, ["SH20261122-99"])).toBe("SH20261122-100");
  });

  test("prefixes that would make an illegal or too long sheet name are refused", () => {
    expect(isValidNotePrefix("SH")).toBe(true);
    expect(isValidNotePrefix("送货")).toBe(true);
    expect(isValidNotePrefix("X".repeat(MAX_PREFIX_LENGTH))).toBe(true);
    expect(noteNumber("X".repeat(MAX_PREFIX_LENGTH), DAY, 100)).toHaveLength(31);
    for (const bad of [
      "",
      " ",
      " SH",
      "S/H",
      "S:H",
      "S[H]",
      "S*",
      "S?",
      "S\\H",
      "'SH",
      "X".repeat(MAX_PREFIX_LENGTH + 1),
    ]) {
      expect([bad, isValidNotePrefix(bad)]).toEqual([bad, false]);
    }
  });
});
