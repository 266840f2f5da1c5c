import { amountInCapitals, amountInWords } from "../capitals";
import { type Fen, toFen } from "../money";
import type { PlanStep } from "../plan";
import {
  type DocumentLabels,
  amountText,
  companyHeader,
  customerCurrency,
  infoBlock,
  labelWidth,
  signatureLine,
  tableBorders,
  tableHeader,
  tableLook,
  tableRow,
  textRows,
} from "./blocks";
import { SheetBuilder, TABLE_ROW_HEIGHT } from "./sheetBuilder";

const LABELS: DocumentLabels = {
  customer: "客户",
  contact: "联系人",
  phone: "电话",
  address: "地址",
  colon: "：",
  gap: "　　",
};

/** Ten columns of 60 points: 600 across. */
function makeBuilder(): SheetBuilder {
  return new SheetBuilder(
    "Doc",
    Array.from({ length: 10 }, () => 60),
  );
}

function stepsOf<K extends PlanStep["kind"]>(steps: PlanStep[], kind: K): Extract<PlanStep, { kind: K }>[] {
  return steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
}

describe("customerCurrency", () => {
  it("is the customer's currency, trimmed and upper-case", () => {
    expect(customerCurrency({ currency: " usd " })).toBe("USD");
  });

  it("is CNY when blank", () => {
    expect(customerCurrency({ currency: "" })).toBe("CNY");
    expect(customerCurrency({ currency: "   " })).toBe("CNY");
  });
});

describe("amountText", () => {
  const amount = toFen(1234.5);

  it("writes Chinese capitals, naming a currency other than the yuan", () => {
    expect(amountText(amount, "CNY", "zh")).toBe(amountInCapitals(amount));
    expect(amountText(amount, "USD", "zh")).toBe(`USD ${amountInCapitals(amount)}`);
  });

  it("writes English words in CNY and USD, the named figure in other currencies", () => {
    expect(amountText(amount, "CNY", "en")).toBe(amountInWords(amount, "CNY"));
    expect(amountText(amount, "USD", "en")).toBe(amountInWords(amount, "USD"));
    expect(amountText(amount, "EUR", "en")).toBe("EUR 1,234.50");
  });

  it("refuses an amount too large to write out", () => {
    const tooLarge = 1_000_000_000_000_000 as Fen;
    expect(() => amountText(tooLarge, "CNY", "zh")).toThrow(RangeError);
    expect(() => amountText(tooLarge, "USD", "en")).toThrow(RangeError);
    expect(amountText(tooLarge, "EUR", "en")).toBe("EUR 10,000,000,000,000.00");
  });
});

describe("labelWidth", () => {
  it("is the widest text's width plus the room to spare", () => {
    // 客户： is three full-width characters at 10 points; "Tel: " five half-width ones.
    expect(labelWidth(["客户：", "Tel: "])).toBe(38);
    expect(labelWidth(["客户："], 12)).toBe(42);
  });
});

describe("companyHeader", () => {
  it("writes the name, the address and phone line, and the title, centred", () => {
    const b = makeBuilder();
    companyHeader(b, { name: "恒信", address: "宁波", phone: "0574" }, "送货单", LABELS);
    expect(b.grid.map((row) => row[0])).toEqual(["恒信", "地址：宁波　　电话：0574", "送货单"]);
    expect(b.heights).toEqual([26, 16, 32]);
    expect(b.formats).toContainEqual({
      kind: "alignment",
      sheet: "Doc",
      address: "A1:J3",
      horizontal: "Center",
      vertical: "Center",
    });
  });

  it("leaves the contact line out when address and phone are blank", () => {
    const b = makeBuilder();
    companyHeader(b, { name: "恒信", address: "", phone: "" }, "送货单", LABELS);
    expect(b.grid.map((row) => row[0])).toEqual(["恒信", "送货单"]);
    expect(b.formats).toContainEqual(expect.objectContaining({ kind: "alignment", address: "A1:J2" }));
  });

  it("keeps the phone alone when the address is blank", () => {
    const b = makeBuilder();
    companyHeader(b, { name: "恒信", address: "", phone: "0574" }, "送货单", LABELS);
    expect(b.grid[1]?.[0]).toBe("电话：0574");
  });
});

describe("infoBlock", () => {
  it("pairs labels and values in two columns, with a value's number format", () => {
    const b = makeBuilder();
    infoBlock(
      b,
      [{ label: "客户", value: "优品" }],
      [
        { label: "单号", value: "SH-01" },
        { label: "日期", value: 46000, format: "yyyy-mm-dd" },
      ],
      0.5,
      "：",
    );
    // Left: label A, value B:E; right: label F, value G:J.
    expect(b.grid[0]).toEqual(["客户：", "优品", null, null, null, "单号：", "SH-01", null, null, null]);
    expect(b.grid[1]).toEqual([null, null, null, null, null, "日期：", 46000, null, null, null]);
    expect(b.merges.map((m) => (m.kind === "merge" ? m.address : ""))).toEqual(["B1:E1", "G1:J1", "G2:J2"]);
    expect(b.formats).toContainEqual({
      kind: "numberFormat",
      sheet: "Doc",
      address: "G2:J2",
      format: "yyyy-mm-dd",
    });
    expect(b.formats).toContainEqual({ kind: "font", sheet: "Doc", address: "A1:A2", bold: true });
  });

  it("makes a row as tall as its longer value needs", () => {
    const b = makeBuilder();
    // Forty CJK characters need 400 points; the left value has about 240.
    infoBlock(b, [{ label: "地址", value: "长".repeat(40) }], [{ label: "单号", value: "1" }], 0.5, "：");
    expect(b.heights[0]).toBeGreaterThan(17);
  });
});

describe("the table blocks", () => {
  const columns = [
    { key: "a", align: "Center" as const },
    { key: "b", align: "Left" as const, wrap: true },
  ];

  it("writes the header and rows, a row as tall as its wrapped text", () => {
    const b = new SheetBuilder("T", [40, 40]);
    const header = tableHeader(b, ["序号", "品名"]);
    const short = tableRow(b, columns, { a: 1, b: "杯" });
    const long = tableRow(b, columns, { a: 2, b: "长".repeat(20) });
    expect([header, short, long]).toEqual([0, 1, 2]);
    expect(b.grid).toEqual([
      ["序号", "品名"],
      [1, "杯"],
      [2, "长".repeat(20)],
    ]);
    expect(b.heights[1]).toBe(TABLE_ROW_HEIGHT);
    expect(b.heights[2]).toBeGreaterThan(TABLE_ROW_HEIGHT);
  });

  it("does not let a long number in a column that does not wrap make its row taller", () => {
    const b = new SheetBuilder("T", [40, 40]);
    tableRow(b, columns, { a: "1234567890123456789", b: "杯" });
    expect(b.heights[0]).toBe(TABLE_ROW_HEIGHT);
  });

  it("styles the header and aligns each column down to the last row, then draws the grid", () => {
    const b = new SheetBuilder("T", [40, 40]);
    const header = tableHeader(b, ["序号", "品名"]);
    tableRow(b, columns, { a: 1, b: "杯" });
    const last = tableRow(b, columns, { a: 2, b: "碗" });
    tableLook(b, columns, header, last);
    tableBorders(b, header, last);
    expect(stepsOf(b.formats, "fill")).toEqual([
      { kind: "fill", sheet: "T", address: "A1:B1", color: "#F2F2F2" },
    ]);
    expect(stepsOf(b.formats, "alignment").map((s) => [s.address, s.horizontal, s.wrap])).toEqual([
      ["A1:B1", "Center", true],
      ["A2:A3", "Center", undefined],
      ["B2:B3", "Left", true],
    ]);
    expect(stepsOf(b.formats, "border").map((s) => [s.address, s.edges, s.weight])).toEqual([
      ["A1:B3", ["inside"], "Thin"],
      ["A1:B3", ["outline"], "Medium"],
    ]);
  });
});

describe("textRows", () => {
  it("adds nothing for no rows", () => {
    const b = makeBuilder();
    textRows(b, []);
    expect(b.grid).toEqual([]);
  });

  it("puts the labels in one column as wide as the longest, the text across the rest", () => {
    const b = makeBuilder();
    textRows(b, [
      { label: "备注：", text: "轻放" },
      { label: "Approved exception: ", text: "ok" },
    ]);
    // "Approved exception: " is 100 points, 108 with room: two 60-point columns.
    expect(b.grid[0]?.slice(0, 3)).toEqual(["备注：", null, "轻放"]);
    expect(b.merges.map((m) => (m.kind === "merge" ? m.address : ""))).toEqual([
      "A1:B1",
      "C1:J1",
      "A2:B2",
      "C2:J2",
    ]);
  });

  it("bolds the label, the text too with 'text', the whole row in one step with 'row'", () => {
    const bolds = (bold?: "text" | "row"): string[] => {
      const b = makeBuilder();
      textRows(b, [{ label: "大写：", text: "壹元整", bold }]);
      return stepsOf(b.formats, "font").map((s) => s.address);
    };
    expect(bolds()).toEqual(["A1"]);
    expect(bolds("text")).toEqual(["A1", "B1:J1"]);
    expect(bolds("row")).toEqual(["A1:J1"]);
  });
});

describe("signatureLine", () => {
  it("puts the label at the bottom right and a line to sign on under the line's span", () => {
    const b = makeBuilder();
    const row = b.addRow(30);
    signatureLine(b, row, { col: 0, cols: 2 }, { col: 2, cols: 3 }, "送货人：");
    expect(b.grid[0]?.[0]).toBe("送货人：");
    expect(b.merges.map((m) => (m.kind === "merge" ? m.address : ""))).toEqual(["A1:B1", "C1:E1"]);
    expect(b.formats).toEqual([
      { kind: "alignment", sheet: "Doc", address: "A1:B1", horizontal: "Right", vertical: "Bottom" },
      { kind: "border", sheet: "Doc", address: "C1:E1", edges: ["bottom"], weight: "Thin" },
    ]);
  });

  it("wraps the label when asked", () => {
    const b = makeBuilder();
    signatureLine(b, b.addRow(30), { col: 0, cols: 1 }, { col: 1, cols: 1 }, "Received by: ", true);
    expect(stepsOf(b.formats, "alignment")).toEqual([
      { kind: "alignment", sheet: "Doc", address: "A1", horizontal: "Right", vertical: "Bottom", wrap: true },
    ]);
  });
});
