import { parseRectAddress } from "../address";
import { amountInCapitals, amountInWords } from "../capitals";
import { type Fen, toFen } from "../money";
import type { CellConstant, PlanStep } from "../plan";
import { serial } from "../testing/factories";
import { noteSheetPlan, readNoteSheet } from "./layout";
import type { NoteDocument, NoteLine } from "./note";

function makeNoteLine(overrides: Partial<NoteLine> = {}): NoteLine {
  return {
    seq: 1,
    orderNo: "PO-2026-001",
    lineNo: 1,
    itemNo: "A-100",
    name: "不锈钢保温杯",
    spec: "500ml",
    color: "银色",
    unit: "个",
    quantity: 120,
    price: toFen(12.5),
    amount: toFen(1500),
    boxes: 5,
    remark: "",
    ...overrides,
  };
}

/** A note with `lines` (two by default); totals are summed from the lines unless given. */
function makeNote(overrides: Partial<NoteDocument> = {}): NoteDocument {
  const lines = overrides.lines ?? [
    makeNoteLine(),
    makeNoteLine({
      seq: 2,
      lineNo: 2,
      itemNo: "B-200",
      name: "玻璃水杯",
      spec: "350ml",
      color: "透明",
      quantity: 48,
      price: toFen(6.25),
      amount: toFen(300),
      boxes: 2,
    }),
  ];
  const boxes = lines.filter((l) => l.boxes !== null);
  return {
    kind: "delivery",
    number: "SH20261122-01",
    date: serial("2026-11-22"),
    lang: "zh",
    paper: "A4",
    withPrices: true,
    company: {
      name: "宁波恒信日用品有限公司",
      contact: "",
      phone: "0574-8888 1234",
      address: "宁波市鄞州区工业路 8 号",
    },
    customer: {
      name: "杭州优品贸易",
      contact: "王经理",
      phone: "13800000000",
      address: "杭州市西湖区文三路 1 号",
      currency: "CNY",
    },
    orderNos: [...new Set(lines.map((l) => l.orderNo))],
    lines,
    totals: {
      quantity: lines.reduce((n, l) => n + l.quantity, 0),
      boxes: boxes.length > 0 ? boxes.reduce((n, l) => n + (l.boxes ?? 0), 0) : null,
      amount: lines.reduce((n, l) => n + l.amount, 0) as Fen,
    },
    vehicle: "",
    driver: "",
    waybill: "",
    remark: "",
    override: "",
    ...overrides,
  };
}

function stepsOf<K extends PlanStep["kind"]>(steps: PlanStep[], kind: K): Extract<PlanStep, { kind: K }>[] {
  return steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
}

/** The sheet's cells as the plan's "values" steps write them, from A1 (blank cells as ""). */
function gridOf(steps: PlanStep[]): CellConstant[][] {
  const grid: CellConstant[][] = [];
  for (const step of stepsOf(steps, "values")) {
    const rect = parseRectAddress(step.address)!;
    step.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cells = (grid[rect.row + r] ??= []);
        cells[rect.col + c] = value;
      }),
    );
  }
  const width = Math.max(...grid.map((row) => row.length));
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ""));
}

/** The 1-based row holding `text` in some cell, and that cell's column index. */
function find(grid: CellConstant[][], text: CellConstant): { row: number; col: number } {
  for (let r = 0; r < grid.length; r++) {
    const col = grid[r]!.indexOf(text);
    if (col >= 0) return { row: r + 1, col };
  }
  throw new Error(`${String(text)} is not on the sheet`);
}

function rowOf(grid: CellConstant[][], row: number): CellConstant[] {
  return grid[row - 1]!.filter((v) => v !== "" && v !== null);
}

const ZH_HEADERS = [
  "序号",
  "订单号",
  "行号",
  "货号",
  "品名",
  "规格",
  "颜色",
  "单位",
  "数量",
  "单价",
  "金额",
  "箱数",
  "备注",
];

describe("noteSheetPlan", () => {
  const note = makeNote();
  const plan = noteSheetPlan(note);
  const grid = gridOf(plan.steps);

  test("adds a sheet named after the note first and writes all cells as one block of constants", () => {
    expect(plan.sheet).toBe("SH20261122-01");
    expect(plan.steps[0]).toEqual({ kind: "addSheet", sheet: "SH20261122-01" });
    expect(stepsOf(plan.steps, "values")).toHaveLength(1);
    expect(stepsOf(plan.steps, "formulas")).toEqual([]);
    for (const step of plan.steps) if ("sheet" in step) expect(step.sheet).toBe("SH20261122-01");
  });

  test("company header, title, customer and note blocks", () => {
    expect(grid[0]![0]).toBe("宁波恒信日用品有限公司");
    expect(grid[1]![0]).toBe("地址：宁波市鄞州区工业路 8 号　　电话：0574-8888 1234");
    expect(grid[2]![0]).toBe("送货单");
    expect(rowOf(grid, find(grid, "客户：").row)).toEqual([
      "客户：",
      "杭州优品贸易",
      "单号：",
      "SH20261122-01",
    ]);
    expect(rowOf(grid, find(grid, "联系人：").row)).toEqual([
      "联系人：",
      "王经理",
      "日期：",
      serial("2026-11-22"),
    ]);
    expect(rowOf(grid, find(grid, "电话：").row)).toEqual([
      "电话：",
      "13800000000",
      "订单号：",
      "PO-2026-001",
    ]);
    expect(rowOf(grid, find(grid, "地址：").row)).toEqual([
      "地址：",
      "杭州市西湖区文三路 1 号",
      "币种：",
      "CNY",
    ]);
    expect(() => find(grid, "车牌：")).toThrow();
  });

  test("the date is a serial number shown as yyyy-mm-dd; money has two decimals", () => {
    const date = find(grid, serial("2026-11-22"));
    const formats = stepsOf(plan.steps, "numberFormat");
    expect(formats).toContainEqual(expect.objectContaining({ format: "yyyy-mm-dd" }));
    const dateFormat = formats.find((f) => f.format === "yyyy-mm-dd")!;
    expect(parseRectAddress(dateFormat.address)).toMatchObject({ row: date.row - 1, col: date.col });
    const money = formats.find((f) => f.format === "#,##0.00")!;
    expect(parseRectAddress(money.address)).toEqual({
      row: plan.linesStart - 1,
      col: ZH_HEADERS.indexOf("单价"),
      rows: plan.linesEnd - plan.linesStart + 2,
      cols: 2,
    });
  });

  test("the lines table: headers with 行号 after 订单号, one row per line, numbers as numbers", () => {
    const header = find(grid, "序号");
    expect(header.col).toBe(0);
    expect(grid[header.row - 1]).toEqual(ZH_HEADERS);
    expect(plan.linesStart).toBe(header.row + 1);
    expect(plan.linesEnd).toBe(header.row + 2);
    expect(grid[plan.linesStart - 1]).toEqual([
      1,
      "PO-2026-001",
      1,
      "A-100",
      "不锈钢保温杯",
      "500ml",
      "银色",
      "个",
      120,
      12.5,
      1500,
      5,
      "",
    ]);
    expect(grid[plan.linesEnd - 1]!.slice(8, 12)).toEqual([48, 6.25, 300, 2]);
  });

  test("totals row: quantity, amount and boxes under their columns", () => {
    const totals = grid[plan.linesEnd]!;
    expect(totals[0]).toBe("合计");
    expect(totals[ZH_HEADERS.indexOf("数量")]).toBe(168);
    expect(totals[ZH_HEADERS.indexOf("金额")]).toBe(1800);
    expect(totals[ZH_HEADERS.indexOf("箱数")]).toBe(7);
  });

  test("amount in capitals, signatures and the copy legend", () => {
    const words = find(grid, "金额大写：");
    expect(rowOf(grid, words.row)).toEqual(["金额大写：", "壹仟捌佰元整"]);
    expect(amountInCapitals(toFen(1800))).toBe("壹仟捌佰元整");
    const sign = find(grid, "送货人：").row;
    expect(rowOf(grid, sign)).toEqual(["送货人：", "收货人签收(盖章)：", "日期："]);
    expect(grid.at(-1)![0]).toBe("第一联 存根 · 第二联 客户 · 第三联 回单");
    expect(sign).toBeGreaterThan(words.row);
  });

  test("borders: thin inside and a medium outline around header to totals; sign lines underlined", () => {
    const header = plan.linesStart - 1;
    const table = `A${header}:M${plan.linesEnd + 1}`;
    const borders = stepsOf(plan.steps, "border");
    expect(borders).toContainEqual(
      expect.objectContaining({ address: table, edges: ["inside"], weight: "Thin" }),
    );
    expect(borders).toContainEqual(
      expect.objectContaining({ address: table, edges: ["outline"], weight: "Medium" }),
    );
    const sign = find(grid, "送货人：").row;
    expect(borders.filter((b) => b.edges[0] === "bottom" && b.address.endsWith(String(sign)))).toHaveLength(
      3,
    );
  });

  test("merged title cells span the page; every merge lies on the sheet and merges do not overlap", () => {
    const merges = stepsOf(plan.steps, "merge").map((m) => parseRectAddress(m.address)!);
    expect(merges).toContainEqual({ row: 2, col: 0, rows: 1, cols: 13 });
    const taken = new Set<string>();
    for (const m of merges) {
      expect(m.col + m.cols).toBeLessThanOrEqual(13);
      expect(m.row + m.rows).toBeLessThanOrEqual(grid.length);
      for (let c = m.col; c < m.col + m.cols; c++) {
        const key = `${m.row},${c}`;
        expect(taken.has(key)).toBe(false);
        taken.add(key);
        // Only a merge's first cell holds a value: the others would be lost.
        if (c > m.col) expect(grid[m.row]![c]).toBe("");
      }
    }
  });

  test("A4 portrait, one page wide, print area the whole block, title rows through the table header", () => {
    const [setup] = stepsOf(plan.steps, "pageSetup");
    expect(setup).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: `A1:M${grid.length}`,
      printTitleRows: `$1:$${plan.linesStart - 1}`,
    });
    expect(plan.steps.at(-1)).toBe(setup);
    expect(stepsOf(plan.steps, "gridlines")).toEqual([{ kind: "gridlines", sheet: plan.sheet, show: false }]);
  });

  test("column widths print at 90 % or more when fitted to the width of A4 between the margins", () => {
    const widths = stepsOf(plan.steps, "columnWidth");
    expect(widths.map((w) => w.address)).toEqual("ABCDEFGHIJKLM".split("").map((c) => `${c}1`));
    const [setup] = stepsOf(plan.steps, "pageSetup");
    const printable = 595 - setup!.margins!.left - setup!.margins!.right;
    expect(printable / widths.reduce((n, w) => n + w.width, 0)).toBeGreaterThanOrEqual(0.9);
  });

  test("every row gets a height and long text makes its line row taller", () => {
    const long = makeNote({
      lines: [
        makeNoteLine({ name: "加厚不锈钢真空保温杯带茶隔和提手礼盒装（出口款）" }),
        makeNoteLine({ seq: 2, lineNo: 2 }),
      ],
    });
    const longPlan = noteSheetPlan(long);
    const heights = new Map<number, number>();
    for (const h of stepsOf(longPlan.steps, "rowHeight")) {
      const rect = parseRectAddress(h.address)!;
      for (let r = rect.row; r < rect.row + rect.rows; r++) heights.set(r + 1, h.height);
    }
    expect(heights.size).toBe(gridOf(longPlan.steps).length);
    expect(heights.get(longPlan.linesStart)!).toBeGreaterThan(heights.get(longPlan.linesEnd)!);
  });

  test("text that looks like a formula or a number stays a string constant", () => {
    const odd = noteSheetPlan(
      makeNote({
        customer: { name: "=1+1", contact: "+86 138", phone: "00123", address: "@home", currency: "CNY" },
        lines: [makeNoteLine({ remark: "=SUM(A1:A9)", itemNo: "00042" })],
      }),
    );
    const oddGrid = gridOf(odd.steps);
    expect(rowOf(oddGrid, find(oddGrid, "客户：").row)[1]).toBe("=1+1");
    expect(rowOf(oddGrid, find(oddGrid, "电话：").row)[1]).toBe("00123");
    expect(oddGrid[odd.linesStart - 1]![3]).toBe("00042");
    expect(oddGrid[odd.linesStart - 1]![12]).toBe("=SUM(A1:A9)");
  });

  test("vehicle, driver and waybill show only when given; remark and override get their rows", () => {
    const given = gridOf(
      noteSheetPlan(
        makeNote({
          vehicle: "浙B12345",
          driver: "李师傅",
          waybill: "SF123",
          remark: "轻放",
          override: "老客户，经理特批",
        }),
      ).steps,
    );
    expect(rowOf(given, find(given, "车牌：").row)).toEqual(["车牌：", "浙B12345", "司机：", "李师傅"]);
    expect(rowOf(given, find(given, "运单号：").row)).toEqual(["运单号：", "SF123"]);
    expect(rowOf(given, find(given, "备注：").row)).toEqual(["备注：", "轻放"]);
    expect(rowOf(given, find(given, "特批说明：").row)).toEqual(["特批说明：", "老客户，经理特批"]);
    expect(() => find(grid, "备注：")).toThrow();
    expect(() => find(grid, "特批说明：")).toThrow();
  });
});

describe("variants", () => {
  test("without prices: no 单价, 金额, amount in words or currency; the page is still filled", () => {
    const plan = noteSheetPlan(makeNote({ withPrices: false }));
    const grid = gridOf(plan.steps);
    const header = grid[plan.linesStart - 2]!;
    expect(header).toEqual(ZH_HEADERS.filter((h) => h !== "单价" && h !== "金额"));
    expect(grid[plan.linesStart - 1]).toEqual([
      1,
      "PO-2026-001",
      1,
      "A-100",
      "不锈钢保温杯",
      "500ml",
      "银色",
      "个",
      120,
      5,
      "",
    ]);
    const totals = grid[plan.linesEnd]!;
    expect(totals.filter((v) => typeof v === "number")).toEqual([168, 7]);
    expect(grid.flat()).not.toContain(1800);
    expect(grid.flat()).not.toContain("金额大写：");
    expect(grid.flat()).not.toContain("币种：");
    expect(stepsOf(plan.steps, "numberFormat").map((f) => f.format)).not.toContain("#,##0.00");
    const widths = stepsOf(plan.steps, "columnWidth").map((w) => w.width);
    const full = stepsOf(noteSheetPlan(makeNote()).steps, "columnWidth").map((w) => w.width);
    expect(widths).toHaveLength(11);
    expect(widths.reduce((a, b) => a + b)).toBe(full.reduce((a, b) => a + b));
  });

  test("English: headers, labels, title, amount in words in the customer's currency, legend", () => {
    const plan = noteSheetPlan(
      makeNote({ lang: "en", customer: { ...makeNote().customer, currency: "USD" } }),
    );
    const grid = gridOf(plan.steps);
    expect(grid[2]![0]).toBe("DELIVERY NOTE");
    expect(grid[plan.linesStart - 2]).toEqual([
      "No.",
      "Order No.",
      "Line",
      "Item No.",
      "Description",
      "Specification",
      "Colour",
      "Unit",
      "Qty",
      "Unit Price",
      "Amount",
      "Cartons",
      "Remarks",
    ]);
    expect(grid[plan.linesEnd]![0]).toBe("Total");
    expect(rowOf(grid, find(grid, "Note No.: ").row)).toEqual([
      "Customer: ",
      "杭州优品贸易",
      "Note No.: ",
      "SH20261122-01",
    ]);
    const words = rowOf(grid, find(grid, "Amount in words: ").row)[1];
    expect(words).toBe(amountInWords(toFen(1800), "USD"));
    expect(words).toBe("SAY US DOLLARS ONE THOUSAND EIGHT HUNDRED ONLY");
    expect(rowOf(grid, find(grid, "Delivered by: ").row)).toEqual([
      "Delivered by: ",
      "Received by (signature & stamp): ",
      "Date: ",
    ]);
    expect(grid.at(-1)![0]).toBe("Copy 1 Stub · Copy 2 Customer · Copy 3 Signed copy to return");
  });

  test("English with a blank currency writes RMB; another currency gets its figure", () => {
    const rmb = gridOf(
      noteSheetPlan(makeNote({ lang: "en", customer: { ...makeNote().customer, currency: "" } })).steps,
    );
    expect(rowOf(rmb, find(rmb, "Amount in words: ").row)[1]).toBe("SAY RMB ONE THOUSAND EIGHT HUNDRED ONLY");
    const eur = gridOf(
      noteSheetPlan(makeNote({ lang: "en", customer: { ...makeNote().customer, currency: "eur" } })).steps,
    );
    expect(rowOf(eur, find(eur, "Amount in words: ").row)[1]).toBe("EUR 1,800.00");
  });

  test("Chinese capitals name a currency other than the yuan", () => {
    const usd = gridOf(
      noteSheetPlan(makeNote({ customer: { ...makeNote().customer, currency: "USD" } })).steps,
    );
    expect(rowOf(usd, find(usd, "金额大写：").row)[1]).toBe("USD 壹仟捌佰元整");
  });

  test("A5 paper prints landscape, still one page wide", () => {
    const [setup] = stepsOf(noteSheetPlan(makeNote({ paper: "A5" })).steps, "pageSetup");
    expect(setup).toMatchObject({
      orientation: "Landscape",
      paperSize: "A5",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
    });
  });

  test("a return note shows its negative quantities, amounts and capitals as given", () => {
    const lines = [makeNoteLine({ quantity: -10, amount: toFen(-125), boxes: -1 })];
    const plan = noteSheetPlan(makeNote({ kind: "return", number: "TH20261123-01", lines }));
    const grid = gridOf(plan.steps);
    expect(grid[2]![0]).toBe("退货单");
    expect(grid[plan.linesStart - 1]!.slice(8, 12)).toEqual([-10, 12.5, -125, -1]);
    expect(grid[plan.linesEnd]!.filter((v) => typeof v === "number")).toEqual([-10, -125, -1]);
    expect(rowOf(grid, find(grid, "金额大写：").row)[1]).toBe("负壹佰贰拾伍元整");
  });

  test("a line without a unit price shows blank price and amount, not 0.00; no boxes, no box total", () => {
    const lines = [makeNoteLine({ price: null, amount: 0 as Fen, boxes: null })];
    const plan = noteSheetPlan(makeNote({ lines }));
    const grid = gridOf(plan.steps);
    expect(grid[plan.linesStart - 1]!.slice(8, 12)).toEqual([120, "", "", ""]);
    expect(grid[plan.linesEnd]![11]).toBe("");
  });

  test("fractional quantities keep General format; whole ones get thousands separators", () => {
    const whole = stepsOf(noteSheetPlan(makeNote()).steps, "numberFormat").map((f) => f.format);
    expect(whole).toContain("#,##0");
    const fraction = noteSheetPlan(makeNote({ lines: [makeNoteLine({ quantity: 12.5, boxes: null })] }));
    const quantityCol = "I";
    const formats = stepsOf(fraction.steps, "numberFormat").filter((f) => f.address.startsWith(quantityCol));
    expect(formats).toEqual([]);
  });

  test("60 lines: every line is written, print titles repeat the header rows", () => {
    const lines = Array.from({ length: 60 }, (_, i) => makeNoteLine({ seq: i + 1, lineNo: i + 1 }));
    const plan = noteSheetPlan(makeNote({ lines }));
    const grid = gridOf(plan.steps);
    expect(plan.linesEnd - plan.linesStart + 1).toBe(60);
    expect(grid[plan.linesEnd - 1]![0]).toBe(60);
    const [setup] = stepsOf(plan.steps, "pageSetup");
    expect(setup!.printTitleRows).toBe(`$1:$${plan.linesStart - 1}`);
    expect(grid[plan.linesStart - 2]![0]).toBe("序号");
    expect(grid[plan.linesEnd]![ZH_HEADERS.indexOf("数量")]).toBe(7200);
  });

  test("a note without lines still has its table header, totals and signatures", () => {
    const plan = noteSheetPlan(
      makeNote({ lines: [], totals: { quantity: 0, boxes: null, amount: 0 as Fen } }),
    );
    const grid = gridOf(plan.steps);
    expect(plan.linesEnd).toBe(plan.linesStart - 1);
    expect(grid[plan.linesStart - 1]![0]).toBe("合计");
    expect(rowOf(grid, find(grid, "金额大写：").row)[1]).toBe("零元整");
  });
});

describe("readNoteSheet", () => {
  const expectedLines = [
    {
      seq: 1,
      orderNo: "PO-2026-001",
      lineNo: 1,
      itemNo: "A-100",
      name: "不锈钢保温杯",
      spec: "500ml",
      color: "银色",
      unit: "个",
      quantity: 120,
      price: toFen(12.5),
      amount: toFen(1500),
      boxes: 5,
      remark: "",
    },
    expect.objectContaining({ seq: 2, lineNo: 2, itemNo: "B-200", quantity: 48, amount: toFen(300) }),
  ];

  test("reads back the number, kind, date, customer and lines the plan wrote", () => {
    const grid = gridOf(noteSheetPlan(makeNote()).steps);
    expect(readNoteSheet(grid)).toEqual({
      number: "SH20261122-01",
      kind: "delivery",
      date: serial("2026-11-22"),
      customer: "杭州优品贸易",
      withPrices: true,
      lines: expectedLines,
    });
  });

  test("the no-price variant, English and a return note read back too", () => {
    const noPrice = readNoteSheet(gridOf(noteSheetPlan(makeNote({ withPrices: false })).steps))!;
    expect(noPrice.withPrices).toBe(false);
    expect(noPrice.lines.map((l) => [l.orderNo, l.lineNo, l.quantity, l.price, l.amount, l.boxes])).toEqual([
      ["PO-2026-001", 1, 120, null, null, 5],
      ["PO-2026-001", 2, 48, null, null, 2],
    ]);
    const english = readNoteSheet(gridOf(noteSheetPlan(makeNote({ lang: "en" })).steps))!;
    expect(english).toMatchObject({ number: "SH20261122-01", kind: "delivery", lines: expectedLines });
    const back = makeNote({
      kind: "return",
      number: "TH20261123-01",
      lines: [makeNoteLine({ quantity: -10, amount: toFen(-125), boxes: -1 })],
    });
    const returned = readNoteSheet(gridOf(noteSheetPlan(back).steps))!;
    expect(returned).toMatchObject({ number: "TH20261123-01", kind: "return" });
    expect(returned.lines.map((l) => [l.quantity, l.amount, l.boxes])).toEqual([[-10, toFen(-125), -1]]);
  });

  test("60 lines and odd text read back exactly", () => {
    const lines = Array.from({ length: 60 }, (_, i) =>
      makeNoteLine({
        seq: i + 1,
        orderNo: i % 2 ? "=1+1" : "PO-1/2",
        lineNo: i + 1,
        remark: "00" + String(i),
      }),
    );
    const read = readNoteSheet(gridOf(noteSheetPlan(makeNote({ lines })).steps))!;
    expect(read.lines).toHaveLength(60);
    expect(read.lines.map((l) => [l.orderNo, l.lineNo, l.remark])).toEqual(
      lines.map((l) => [l.orderNo, l.lineNo, l.remark]),
    );
  });

  test("numbers retyped as text still read as numbers", () => {
    const grid = gridOf(noteSheetPlan(makeNote()).steps).map((row) =>
      row.map((v) => (typeof v === "number" && v < 100 ? String(v) : v)),
    );
    const read = readNoteSheet(grid)!;
    expect(read.lines.map((l) => [l.seq, l.lineNo, l.quantity])).toEqual([
      [1, 1, 120],
      [2, 2, 48],
    ]);
  });

  test("a customer named like a label is not taken for it", () => {
    const grid = gridOf(
      noteSheetPlan(makeNote({ customer: { ...makeNote().customer, name: "单号" } })).steps,
    );
    expect(readNoteSheet(grid)).toMatchObject({ number: "SH20261122-01", customer: "单号" });
  });

  test("null for values that are not a readable note", () => {
    const grid = gridOf(noteSheetPlan(makeNote()).steps);
    expect(readNoteSheet([])).toBeNull();
    expect(
      readNoteSheet([
        ["订单号", "行号"],
        ["PO1", 1],
      ]),
    ).toBeNull();
    const header = grid.findIndex((row) => row[0] === "序号");
    const noNumber = grid.map((row) => row.map((v) => (v === "SH20261122-01" ? "" : v)));
    expect(readNoteSheet(noNumber)).toBeNull();
    const badLine = grid.map((row, r) => (r === header + 1 ? row.map((v, c) => (c === 2 ? "x" : v)) : row));
    expect(readNoteSheet(badLine)).toBeNull();
    const noOrder = grid.map((row, r) => (r === header + 2 ? row.map((v, c) => (c === 1 ? "" : v)) : row));
    expect(readNoteSheet(noOrder)).toBeNull();
    const badQuantity = grid.map((row, r) =>
      r === header + 1 ? row.map((v, c) => (c === 8 ? "many" : v)) : row,
    );
    expect(readNoteSheet(badQuantity)).toBeNull();
  });
});
