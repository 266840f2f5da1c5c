import { renderToString } from "react-dom/server";
import { dateToSerial } from "../core/dates";
import { FormulaBar, formulaBarText, isDateFormat } from "./FormulaBar";

function renderBar(editText: string | null, value = 42): string {
  return renderToString(
    <FormulaBar
      sheetName="订单"
      active={{ row: 2, col: 1 }}
      cell={{ value }}
      editText={editText}
      nameBoxLabel="n"
      formulaLabel="f"
      onFocus={() => undefined}
      onEditText={() => undefined}
      onKeyDown={() => undefined}
    />,
  );
}

describe("formula bar", () => {
  test("a formula shows as written, a constant as typed", () => {
    expect(formulaBarText({ formula: "=B2*C2", computed: 6 })).toBe("=B2*C2");
    expect(formulaBarText({ value: 0.3, style: { numberFormat: "0%" } })).toBe("0.3");
    expect(formulaBarText({ value: true })).toBe("TRUE");
    expect(formulaBarText({ value: "=HYPERLINK(x)" })).toBe("=HYPERLINK(x)");
    expect(formulaBarText({ style: { fill: { color: "#FFFF00" } } })).toBe("");
    expect(formulaBarText(undefined)).toBe("");
  });

  test("a date shows as a date that reads back as itself; other numbers stay numbers", () => {
    const serial = dateToSerial(2026, 12, 1);
    expect(formulaBarText({ value: serial, style: { numberFormat: "yyyy-mm-dd" } })).toBe("2026-12-01");
    expect(formulaBarText({ value: serial, style: { numberFormat: "yyyy/m/d" } })).toBe("2026-12-01");
    expect(formulaBarText({ value: serial, style: { numberFormat: "#,##0" } })).toBe(String(serial));
    expect(formulaBarText({ value: serial + 0.5, style: { numberFormat: "yyyy-mm-dd hh:mm" } })).toBe(
      String(serial + 0.5),
    );
  });

  test("date formats are told from others", () => {
    for (const f of ["yyyy-mm-dd", "m/d", '[$-804]yyyy"年"m"月"d"日"', "dd-mmm"])
      expect(isDateFormat(f)).toBe(true);
    for (const f of [undefined, "General", "#,##0.00", "0%", "@", '0" day"', "h:mm"])
      expect(isDateFormat(f)).toBe(false);
  });

  test("the name box names sheet and cell; the input holds the cell's content", () => {
    const html = renderBar(null);
    expect(html).toMatch(/data-testid="name-box"[^>]*>订单!B3</);
    expect(html).toMatch(/<input[^>]*data-testid="formula-input"[^>]*value="42"/);
  });

  test("while editing, the input holds the entry being typed", () => {
    expect(renderBar("=K2*M2")).toMatch(/data-testid="formula-input"[^>]*value="=K2\*M2"/);
    expect(renderBar("")).toMatch(/data-testid="formula-input"[^>]*value=""/);
  });
});
