import { en } from "./strings/en";
import { zh } from "./strings/zh";
import { makeUrgentLine } from "./testing/views";
import { lineName, productionLabel, urgencyText } from "./trackingDisplay";

describe("urgencyText", () => {
  test("an overdue line says how many days late", () => {
    const line = makeUrgentLine({ status: "逾期", daysLate: 3 });
    expect(urgencyText(zh, line)).toBe("逾期 3 天");
    expect(urgencyText(en, line)).toBe("3 days late");
    expect(urgencyText(en, { ...line, daysLate: 1 })).toBe("1 day late");
  });

  test("a line due soon says how many days are left", () => {
    const line = makeUrgentLine({ status: "将到期", daysLate: 0, daysLeft: 2 });
    expect(urgencyText(zh, line)).toBe("还剩 2 天");
    expect(urgencyText(en, line)).toBe("2 days left");
    expect(urgencyText(en, { ...line, daysLeft: 1 })).toBe("1 day left");
  });

  test("a line due today says so", () => {
    const line = makeUrgentLine({ status: "将到期", daysLate: 0, daysLeft: 0 });
    expect(urgencyText(zh, line)).toBe("今天到期");
    expect(urgencyText(en, line)).toBe("Due today");
  });
});

describe("lineName", () => {
  test("订单号-行号", () => {
    expect(lineName({ orderNo: "SO-2401", lineNo: "2" })).toBe("SO-2401-2");
  });

  test("the 订单号 alone when 行号 is blank", () => {
    expect(lineName({ orderNo: "SO-2401", lineNo: "" })).toBe("SO-2401");
  });
});

describe("productionLabel", () => {
  test("a blank 生产状态 is said in the pane's language", () => {
    expect(productionLabel(zh, "未填")).toBe("未填");
    expect(productionLabel(en, "未填")).toBe("Not set");
  });

  test("a state from the sheet stays as the sheet says it", () => {
    expect(productionLabel(en, "生产中")).toBe("生产中");
  });
});
