import { constantsInput, textInput } from "./cellText";

describe("textInput", () => {
  test.each([
    "=1+1",
    '=HYPERLINK("x")',
    "+86 138 0000 0000",
    "-5",
    "@home",
    "'quoted",
    "00123",
    "1.5",
    "2026-11-22",
    "TRUE",
    "false",
    "Jan 26",
    "#N/A",
    "$100",
    "¥100",
  ])("%s is guarded so Excel keeps it as text", (text) => {
    expect(textInput(text)).toBe(`'${text}`);
  });

  test.each(["订单", "广州华美贸易有限公司", "SH", "Acme Ltd", "A-100 red", ""])(
    "%s needs no guard",
    (text) => {
      expect(textInput(text)).toBe(text);
    },
  );

  test("constants keep numbers and booleans, blank null cells and guard strings", () => {
    expect(constantsInput([[1, true, null, "=x", "ok"]])).toEqual([[1, true, "", "'=x", "ok"]]);
  });
});
