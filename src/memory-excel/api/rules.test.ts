import { MemoryWorkbook } from "../index";
import { codeOf } from "./testing";

describe("data validation", () => {
  test("a list rule with prompt and alert is stored and read back", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C100");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "CNY,USD" } };
      range.dataValidation.prompt = { showPrompt: true, title: "币种", message: "CNY 或 USD" };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "币种", message: "请选择" };
      range.dataValidation.ignoreBlanks = false;
      const dv = range.dataValidation.load("type, rule, prompt, errorAlert, ignoreBlanks");
      const part = context.workbook.worksheets.getItem("Sheet1").getRange("C5").dataValidation.load("type");
      const wider = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("C1:C2")
        .dataValidation.load("type");
      const none = context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.load("type");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "CNY,USD" } });
      expect(dv.prompt).toEqual({ showPrompt: true, title: "币种", message: "CNY 或 USD" });
      expect(dv.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "币种", message: "请选择" });
      expect(dv.ignoreBlanks).toBe(false);
      expect([part.type, wider.type, none.type]).toEqual(["List", "Inconsistent", "None"]);
    });
    const sheet = book.model.sheets[0]!;
    expect(sheet.dataValidations).toHaveLength(1);
    expect(sheet.dataValidations[0]!.ranges).toEqual([{ row: 1, col: 2, rows: 99, cols: 1 }]);
  });

  test("number, date, length and custom rules; a list source given as a Range becomes a reference", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A2:A9").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
      ws.getRange("B2:B9").dataValidation.rule = {
        decimal: { operator: "Between", formula1: 0, formula2: 1 },
      };
      ws.getRange("C2:C9").dataValidation.rule = {
        date: { operator: "GreaterThan", formula1: "=DATE(2020,1,1)" },
      };
      ws.getRange("D2:D9").dataValidation.rule = {
        textLength: { operator: "LessThanOrEqualTo", formula1: 20 },
      };
      ws.getRange("E2:E9").dataValidation.rule = { custom: { formula: "=COUNTIF($E:$E,E2)=1" } };
      ws.getRange("F2:F9").dataValidation.rule = {
        list: { inCellDropDown: true, source: ws.getRange("H1:H3") as unknown as string },
      };
      await context.sync();
      const types = ["A2", "B2", "C2", "D2", "E2", "F2"].map((a) =>
        ws.getRange(a).dataValidation.load("type, rule"),
      );
      await context.sync();
      expect(types.map((t) => t.type)).toEqual([
        "WholeNumber",
        "Decimal",
        "Date",
        "TextLength",
        "Custom",
        "List",
      ]);
      expect(types[1]!.rule.decimal).toEqual({ operator: "Between", formula1: 0, formula2: 1 });
      expect(types[5]!.rule.list?.source).toBe("=Sheet1!$H$1:$H$3");
    });
  });

  test("a rule needs exactly one member, and Between needs formula2", async () => {
    const book = new MemoryWorkbook();
    const set = (rule: Excel.DataValidationRule): Promise<string> =>
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = rule;
        return codeOf(context.sync());
      });
    expect(await set({})).toBe("InvalidArgument");
    expect(
      await set({
        wholeNumber: { operator: "GreaterThan", formula1: 0 },
        decimal: { operator: "GreaterThan", formula1: 0 },
      }),
    ).toBe("InvalidArgument");
    expect(await set({ decimal: { operator: "Between", formula1: 0 } })).toBe("InvalidArgument");
    expect(book.model.sheets[0]!.dataValidations).toHaveLength(0);
  });

  test("setting a rule on part of another rule's cells replaces it there only; clear removes it", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A10").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
      ws.getRange("A4:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
      await context.sync();
      const cells = sheet.dataValidations.map((v) => [Object.keys(v.rule)[0], v.ranges]);
      expect(cells).toEqual([
        [
          "wholeNumber",
          [
            { row: 0, col: 0, rows: 3, cols: 1 },
            { row: 5, col: 0, rows: 5, cols: 1 },
          ],
        ],
        ["list", [{ row: 3, col: 0, rows: 2, cols: 1 }]],
      ]);
      ws.getRange("A:A").dataValidation.clear();
      await context.sync();
    });
    expect(sheet.dataValidations).toHaveLength(0);
  });

  test("a prompt set on part of a rule's cells splits the rule", async () => {
    const book = new MemoryWorkbook();
    const sheet = book.model.sheets[0]!;
    await book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A4").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
      ws.getRange("A1:A2").dataValidation.prompt = { showPrompt: true, title: "t", message: "m" };
      await context.sync();
    });
    expect(sheet.dataValidations.map((v) => [v.ranges, v.prompt?.title])).toEqual([
      [[{ row: 2, col: 0, rows: 2, cols: 1 }], undefined],
      [[{ row: 0, col: 0, rows: 2, cols: 1 }], "t"],
    ]);
  });
});

describe("conditional formats", () => {
  test("custom formula formats with fill and font, and cell-value formats, read back in priority order", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:Z100");
      const overdue = range.conditionalFormats.add("Custom");
      overdue.custom.rule.formula = '=$W2="逾期"';
      overdue.custom.format.fill.color = "#FFC7CE";
      overdue.custom.format.font.color = "#9C0006";
      overdue.custom.format.font.bold = true;
      overdue.stopIfTrue = true;
      const low = range.conditionalFormats.add("CellValue");
      low.cellValue.rule = { formula1: "=MIN_MARGIN", operator: "LessThan" };
      low.cellValue.format.fill.color = "#FFEB9C";
      const count = range.conditionalFormats.getCount();
      const items = range.conditionalFormats.load("items/type, items/priority, items/stopIfTrue");
      await context.sync();
      expect(count.value).toBe(2);
      expect(items.items.map((cf) => [cf.type, cf.priority, cf.stopIfTrue])).toEqual([
        ["CellValue", 0, false],
        ["Custom", 1, true],
      ]);
      const first = range.conditionalFormats.getItemAt(1);
      const rule = first.custom.rule.load("formula");
      const fill = first.custom.format.fill.load("color");
      const font = first.custom.format.font.load("color, bold");
      const cellValue = range.conditionalFormats.getItemAt(0).cellValue.load("rule");
      await context.sync();
      expect(rule.formula).toBe('=$W2="逾期"');
      expect(fill.color).toBe("#FFC7CE");
      expect([font.color, font.bold]).toEqual(["#9C0006", true]);
      expect(cellValue.rule).toEqual({ formula1: "=MIN_MARGIN", operator: "LessThan" });
    });
    const [cellValueModel, customModel] = [...book.model.sheets[0]!.conditionalFormats].sort(
      (a, b) => a.priority - b.priority,
    );
    expect(customModel).toMatchObject({
      type: "Custom",
      formula: '=$W2="逾期"',
      ranges: [{ row: 1, col: 0, rows: 99, cols: 26 }],
    });
    expect(cellValueModel).toMatchObject({
      type: "CellValue",
      operator: "LessThan",
      formula1: "=MIN_MARGIN",
    });
  });

  test("priority can be moved; clearAll removes the formats from the range; unsupported types fail", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10");
      const a = range.conditionalFormats.add("Custom");
      a.custom.rule.formula = "=A1>1";
      range.conditionalFormats.add("Custom").custom.rule.formula = "=A1>2";
      a.priority = 0;
      await context.sync();
      expect(book.model.sheets[0]!.conditionalFormats.find((cf) => cf.priority === 0)).toMatchObject({
        formula: "=A1>1",
      });
      range.conditionalFormats.clearAll();
      await context.sync();
      expect(book.model.sheets[0]!.conditionalFormats).toHaveLength(0);
      range.conditionalFormats.add("DataBar");
      expect(await codeOf(context.sync())).toBe("InvalidArgument");
    });
  });
});

describe("names", () => {
  test("a name for a Range or a formula: formula, value, type, comment, getRange", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.add("参数");
      context.workbook.names.add("FX_USD", sheet.getRange("B5"), "美元汇率");
      context.workbook.names.add("NET_FACTOR", "=0.96");
      const fx = context.workbook.names
        .getItem("fx_usd")
        .load("name, formula, value, type, comment, visible");
      const net = context.workbook.names.getItem("NET_FACTOR").load("value, type");
      const range = context.workbook.names.getItem("FX_USD").getRange().load("address");
      const items = context.workbook.names.load("items/name");
      const missing = context.workbook.names.getItemOrNullObject("NOPE");
      await context.sync();
      expect([fx.name, fx.formula, fx.value, fx.type, fx.comment, fx.visible]).toEqual([
        "FX_USD",
        "=参数!$B$5",
        "参数!$B$5",
        "Range",
        "美元汇率",
        true,
      ]);
      expect([net.value, net.type]).toEqual([0.96, "Double"]);
      expect(range.address).toBe("参数!B5");
      expect(items.items.map((n) => n.name)).toEqual(["FX_USD", "NET_FACTOR"]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("name rules → InvalidArgument; duplicates (also of table names) → ItemAlreadyExists; missing → ItemNotFound", async () => {
    const book = new MemoryWorkbook();
    const add = (name: string): Promise<string> =>
      book.run(async (context) => {
        context.workbook.names.add(name, "=1");
        return codeOf(context.sync());
      });
    for (const bad of ["1x", "a b", "B5", "XFD1048576", "R2C3", "c", ""])
      expect(await add(bad)).toBe("InvalidArgument");
    expect(await add("XFE1")).toBe("no error");
    expect(await add("最低利润率")).toBe("no error");
    expect(await add("xfe1")).toBe("ItemAlreadyExists");
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      await context.sync();
    });
    expect(await add("TABLE1")).toBe("ItemAlreadyExists");
    const missing = await book.run(async (context) => {
      context.workbook.names.getItem("NOPE").load("name");
      return codeOf(context.sync());
    });
    expect(missing).toBe("ItemNotFound");
  });

  test("names follow rows inserted above and a renamed sheet", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("RATE", sheet.getRange("B5"));
      await context.sync();
      sheet.getRange("1:2").insert("Down");
      sheet.name = "参数";
      const rate = context.workbook.names.getItem("RATE").load("formula");
      await context.sync();
      expect(rate.formula).toBe("=参数!$B$7");
    });
  });

  test("sheet-scope names live in worksheet.names", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.names.add("LOCAL", sheet.getRange("A1:A3"));
      const local = sheet.names.load("items/name, items/scope");
      const global = context.workbook.names.load("items/name");
      await context.sync();
      expect(local.items.map((n) => [n.name, n.scope])).toEqual([["LOCAL", "Worksheet"]]);
      expect(global.items).toHaveLength(0);
    });
    expect(book.model.names[0]!.sheetId).toBe(book.model.sheets[0]!.id);
  });
});
