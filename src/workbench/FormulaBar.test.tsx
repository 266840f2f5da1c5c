import { renderToString } from "react-dom/server";
import { FormulaBar, formulaBarText } from "./FormulaBar";

describe("formula bar", () => {
  test("a formula shows as written, a constant as typed", () => {
    expect(formulaBarText({ formula: "=B2*C2", computed: 6 })).toBe("=B2*C2");
    expect(formulaBarText({ value: 0.3, style: { numberFormat: "0%" } })).toBe("0.3");
    expect(formulaBarText({ value: true })).toBe("TRUE");
    expect(formulaBarText({ value: "=HYPERLINK(x)" })).toBe("=HYPERLINK(x)");
    expect(formulaBarText({ style: { fill: { color: "#FFFF00" } } })).toBe("");
    expect(formulaBarText(undefined)).toBe("");
  });

  test("the name box names sheet and cell", () => {
    const html = renderToString(
      <FormulaBar
        sheetName="订单"
        active={{ row: 2, col: 1 }}
        cell={{ value: 42 }}
        nameBoxLabel="n"
        formulaLabel="f"
      />,
    );
    expect(html).toMatch(/data-testid="name-box"[^>]*>订单!B3</);
    expect(html).toMatch(/data-testid="formula-bar-content"[^>]*>42</);
  });
});
