import type { Fen } from "../core/money";
import { noteSheetPlan, readNoteSheet } from "../core/notes/layout";
import type { NoteDocument, NoteLine } from "../core/notes/note";
import type { CellConstant, PlanStep } from "../core/plan";
import { MemoryWorkbook } from "../memory-excel";
import { applyPlan } from "./applyPlan";
import { cellSteps, hasSheet, isNoteFor, isSameNote, readWrittenStates, writtenState } from "./resume";

function line(overrides: Partial<NoteLine> = {}): NoteLine {
  return {
    seq: 1,
    orderNo: "PO2610-004",
    lineNo: 1,
    itemNo: "BT-1005",
    name: "双层沥水碗架",
    spec: "42×25×30cm",
    color: "灰色",
    unit: "个",
    quantity: 100,
    price: 3600 as Fen,
    amount: 360000 as Fen,
    boxes: 13,
    remark: "",
    ...overrides,
  };
}

function note(overrides: Partial<NoteDocument> = {}): NoteDocument {
  const party = { name: "", contact: "", phone: "", address: "" };
  const lines = overrides.lines ?? [line(), line({ seq: 2, lineNo: 2, quantity: 200 })];
  return {
    kind: "delivery",
    number: "SH20261123-01",
    date: 46349,
    lang: "zh",
    paper: "A4",
    withPrices: true,
    company: { ...party, name: "宁波恒丰家居用品有限公司" },
    customer: { ...party, name: "杭州家乐惠商贸有限公司", currency: "CNY" },
    orderNos: ["PO2610-004"],
    lines,
    totals: { quantity: 300, boxes: 18, amount: 720000 as Fen },
    vehicle: "",
    driver: "",
    waybill: "",
    remark: "",
    override: "",
    ...overrides,
  };
}

/** What readNoteSheet makes of the sheet `note`'s plan writes. */
function sheetOf(written: NoteDocument) {
  const values = noteSheetPlan(written).steps.find((s) => s.kind === "values");
  if (values?.kind !== "values") throw new Error("the plan writes no values");
  return readNoteSheet(values.values);
}

describe("isSameNote", () => {
  test("the note's own sheet is the note, whatever else differs (a driver typed in, a remark)", () => {
    const ours = note();
    expect(isSameNote(sheetOf(ours), ours)).toBe(true);
    expect(isSameNote(sheetOf({ ...ours, driver: "王师傅", remark: "轻放" }), ours)).toBe(true);
    // Numbers and names as Excel matches them: without regard to case or surrounding spaces.
    const content = sheetOf(ours)!;
    expect(isSameNote({ ...content, number: " sh20261123-01" }, ours)).toBe(true);
  });

  test("a colleague's note under the same number is not", () => {
    const ours = note();
    const other = (changes: Partial<NoteDocument>) => isSameNote(sheetOf(note(changes)), ours);
    expect(other({ customer: { ...ours.customer, name: "宁波华美" } })).toBe(false);
    expect(other({ date: ours.date + 1 })).toBe(false);
    expect(other({ kind: "return" })).toBe(false);
    expect(other({ number: "SH20261123-02" })).toBe(false);
    expect(other({ lines: [line()] })).toBe(false);
    expect(other({ lines: [line(), line({ seq: 2, lineNo: 2, quantity: 201 })] })).toBe(false);
    expect(other({ lines: [line(), line({ seq: 2, lineNo: 3, quantity: 200 })] })).toBe(false);
    expect(
      other({ lines: [line(), line({ seq: 2, orderNo: "PO2610-005", lineNo: 2, quantity: 200 })] }),
    ).toBe(false);
  });

  test("a sheet that does not read as a note is not; a title not ours leaves the kind open", () => {
    const ours = note();
    expect(isSameNote(null, ours)).toBe(false);
    expect(isSameNote({ ...sheetOf(ours)!, kind: null }, ours)).toBe(true);
  });
});

describe("isNoteFor", () => {
  const request = {
    kind: "delivery",
    lines: [
      { orderNo: "po2610-004", lineNo: 1, quantity: 100 },
      { orderNo: "PO2610-004", lineNo: 2, quantity: 200 },
    ],
    date: 46349,
    withPrices: true,
    lang: "zh",
    paper: "A4",
  } as const;
  const asked = { ...request, lines: [...request.lines] };

  test("the note a request made is for it (order numbers without regard to case)", () => {
    expect(isNoteFor(note(), asked)).toBe(true);
  });

  test("a return's negative quantities are the positive ones asked for", () => {
    const lines = note().lines.map((l) => ({ ...l, quantity: -l.quantity }));
    expect(isNoteFor(note({ kind: "return", lines }), { ...asked, kind: "return" })).toBe(true);
  });

  test("another kind, date, line, quantity or order of lines is another request's note", () => {
    expect(isNoteFor(note(), { ...asked, kind: "return" })).toBe(false);
    expect(isNoteFor(note(), { ...asked, date: 46350 })).toBe(false);
    expect(isNoteFor(note(), { ...asked, lines: [asked.lines[0]!] })).toBe(false);
    expect(
      isNoteFor(note(), { ...asked, lines: [asked.lines[0]!, { ...asked.lines[1]!, quantity: 201 }] }),
    ).toBe(false);
    expect(isNoteFor(note(), { ...asked, lines: [asked.lines[1]!, asked.lines[0]!] })).toBe(false);
  });
});

describe("hasSheet", () => {
  test("compares names as Excel does, without regard to case", () => {
    expect(hasSheet(["订单", "SH20261123-01"], "sh20261123-01")).toBe(true);
    expect(hasSheet(["订单"], "SH20261123-01")).toBe(false);
    expect(hasSheet([], "订单")).toBe(false);
  });
});

const values = (address: string, grid: CellConstant[][], sheet = "单"): PlanStep => ({
  kind: "values",
  sheet,
  address,
  values: grid,
});
const formulas = (address: string, grid: string[][]): PlanStep => ({
  kind: "formulas",
  sheet: "单",
  address,
  formulas: grid,
});

describe("writtenState", () => {
  const steps = [
    values("A1:C2", [
      ["客户", "宁波华美", null],
      [1.1, "00123", null],
    ]),
    formulas("C2", [["=A2*2"]]),
  ];
  const cells = cellSteps(steps, "单");

  test("every cell as written: complete", () => {
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", ""],
          [1.1, "00123", 2.2],
        ],
        [["=A2*2"]],
      ]),
    ).toBe("complete");
  });

  test("formulas compared as Excel may give them back; numbers to 15 digits", () => {
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", ""],
          [1.1000000000000001, "00123", 0],
        ],
        [["= a2 * 2"]],
      ]),
    ).toBe("complete");
  });

  test("cells left blank: partial, cut off part-way", () => {
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", ""],
          [1.1, "00123", ""],
        ],
        [[""]],
      ]),
    ).toBe("partial");
    expect(
      writtenState(cells, [
        [
          ["", "", ""],
          ["", "", ""],
        ],
        [[""]],
      ]),
    ).toBe("partial");
  });

  test("a cell holding something else, or something where the plan writes nothing: different", () => {
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波利达", ""],
          [1.1, "00123", 2.2],
        ],
        [["=A2*2"]],
      ]),
    ).toBe("different");
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", "x"],
          [1.1, "00123", 2.2],
        ],
        [["=A2*2"]],
      ]),
    ).toBe("different");
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", ""],
          [1.2, "00123", 2.2],
        ],
        [["=A2*3"]],
      ]),
    ).toBe("different");
    // The number 123 is not the text 00123.
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", ""],
          [1.1, 123, 2.2],
        ],
        [["=A2*2"]],
      ]),
    ).toBe("different");
  });

  test("only the last step writing a cell counts", () => {
    // C2 is blank in the values block and the formula's afterwards: reading its value as a number
    // does not count against the values block.
    expect(
      writtenState(cells, [
        [
          ["客户", "宁波华美", ""],
          [1.1, "00123", 99],
        ],
        [["=A2*2"]],
      ]),
    ).toBe("complete");
  });

  test("cellSteps keeps the sheet's values and formulas steps in order", () => {
    const mixed: PlanStep[] = [
      { kind: "addSheet", sheet: "单" },
      ...steps,
      values("A1", [["x"]]),
      values("A1", [["y"]], "另"),
      { kind: "font", sheet: "单", address: "A1", bold: true },
    ];
    expect(cellSteps(mixed, "单")).toEqual([...steps, values("A1", [["x"]])]);
  });

  test("a step without a range address, or without its cells read, is a fault of the caller", () => {
    expect(() => writtenState(cellSteps([values("not an address", [["x"]])], "单"), [[["x"]]])).toThrow(
      RangeError,
    );
    expect(() => writtenState(cells, [[["客户"]]])).toThrow(RangeError);
  });
});

describe("readWrittenStates on memory-excel", () => {
  const plan: PlanStep[] = [
    { kind: "addSheet", sheet: "单" },
    values("A1:C2", [
      ['=HYPERLINK("x")', "2026-11-23", null],
      [1.1, "00123", null],
    ]),
    formulas("C2", [["=A2*2"]]),
    { kind: "merge", sheet: "单", address: "B1:C1" },
  ];

  async function written(then?: (sheet: Excel.Worksheet) => void): Promise<MemoryWorkbook> {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      await applyPlan(context, { steps: plan });
      if (then) {
        then(context.workbook.worksheets.getItem("单"));
        await context.sync();
      }
    });
    return book;
  }

  const states = (book: MemoryWorkbook) =>
    book.run((context) => readWrittenStates(context, [{ sheet: "单", steps: plan }]));

  test("text that looks like a formula, a date or a number reads back as written: complete, in one request", async () => {
    const book = await written();
    book.resetSyncLog();
    expect(await states(book)).toEqual(["complete"]);
    expect(book.syncLog).toHaveLength(1);
  });

  test("a formula missing: partial; a cell changed: different", async () => {
    expect(await states(await written((s) => s.getRange("C2").clear("Contents")))).toEqual(["partial"]);
    expect(await states(await written((s) => (s.getRange("B2").values = [[123]])))).toEqual(["different"]);
  });

  test("several sheets in one request", async () => {
    const book = await written();
    await book.run(async (context) => {
      await applyPlan(context, { steps: plan.map((s) => ({ ...s, sheet: "另" })) });
    });
    book.resetSyncLog();
    const both = await book.run((context) =>
      readWrittenStates(context, [
        { sheet: "单", steps: plan },
        { sheet: "另", steps: plan.map((s) => ({ ...s, sheet: "另" })) },
      ]),
    );
    expect(both).toEqual(["complete", "complete"]);
    expect(book.syncLog).toHaveLength(1);
  });
});
