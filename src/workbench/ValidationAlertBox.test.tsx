import { renderToString } from "react-dom/server";
import { WORKBENCH_STRINGS } from "./strings";
import type { ValidationAlert } from "./validateEntry";
import { ValidationAlertBox } from "./ValidationAlertBox";

function render(alert: ValidationAlert, lang: "zh" | "en" = "zh"): string {
  return renderToString(
    <ValidationAlertBox
      alert={alert}
      strings={WORKBENCH_STRINGS[lang]}
      onRetry={() => undefined}
      onCancel={() => undefined}
      onAccept={() => undefined}
    />,
  );
}

describe("ValidationAlertBox", () => {
  test("a Stop alert shows its title and message, with retry and cancel", () => {
    const html = render({ style: "Stop", title: "输入有误", message: "「数量」必须是大于 0 的整数。" });
    expect(html).toContain('data-testid="validation-alert"');
    expect(html).toContain("输入有误");
    expect(html).toContain("「数量」必须是大于 0 的整数。");
    expect(html).toContain('data-testid="validation-retry"');
    expect(html).toContain('data-testid="validation-cancel"');
    expect(html).not.toContain('data-testid="validation-accept"');
  });

  test("a Warning alert also lets the clerk keep the entry; an Information one has OK and cancel", () => {
    const warning = render({ style: "Warning", title: "t", message: "m" });
    expect(warning).toContain('data-testid="validation-accept"');
    expect(warning).toContain('data-testid="validation-retry"');
    const information = render({ style: "Information", title: "t", message: "m" }, "en");
    expect(information).toMatch(/data-testid="validation-accept"[^>]*>OK</);
    expect(information).not.toContain('data-testid="validation-retry"');
  });

  test("an alert without texts of its own says what Excel says", () => {
    const html = render({ style: "Stop", title: "", message: "" }, "en");
    expect(html).toContain("Microsoft Excel");
    expect(html).toContain("doesn&#x27;t match the data validation restrictions");
  });
});
