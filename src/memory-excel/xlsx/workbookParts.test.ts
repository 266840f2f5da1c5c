import JSZip from "jszip";
import {
  MAX_ROWS,
  getCell,
  type ConditionalFormatModel,
  type DataValidationModel,
  type WorkbookModel,
} from "../model";
import { readXlsx, writeXlsx } from "./index";
import { makeBook, makeOrdersBook, put, sheetOf } from "./testBooks";

async function roundTrip(book: WorkbookModel): Promise<WorkbookModel> {
  return readXlsx(await writeXlsx(book));
}

async function partOf(file: Uint8Array, path: string): Promise<string> {
  const entry = (await JSZip.loadAsync(file)).file(path);
  if (!entry) throw new Error(`no ${path}`);
  return entry.async("string");
}

describe("tables", () => {
  it("keeps name, range, columns, style and the totals row, with the model's own cells", async () => {
    const book = makeOrdersBook({ rows: 3, amountFormula: "=A2*B2", totals: true });
    book.tables.push({
      id: String(book.nextId++),
      name: "Notes",
      sheetId: sheetOf(book).id,
      ref: { row: 0, col: 5, rows: 2, cols: 2 },
      columns: [
        { id: 1, name: "备注" },
        { id: 2, name: "日期" },
      ],
      showHeaders: true,
      showTotals: false,
      style: "TableStyleLight9",
    });
    put(sheetOf(book), 0, 5, { value: "备注" });
    put(sheetOf(book), 0, 6, { value: "日期" });

    const back = await roundTrip(book);
    const orders = back.tables.find((t) => t.name === "Orders");
    const notes = back.tables.find((t) => t.name === "Notes");

    expect(orders).toMatchObject({
      sheetId: sheetOf(back).id,
      ref: { row: 0, col: 0, rows: 5, cols: 3 },
      columns: [
        { id: 1, name: "数量" },
        { id: 2, name: "单价" },
        { id: 3, name: "金额" },
      ],
      showHeaders: true,
      showTotals: true,
      style: "TableStyleMedium2",
    });
    expect(notes).toMatchObject({
      ref: { row: 0, col: 5, rows: 2, cols: 2 },
      showTotals: false,
      style: "TableStyleLight9",
    });
    expect(orders?.id).not.toBe(notes?.id);
    const sheet = sheetOf(back);
    expect(getCell(sheet, 0, 2)?.value).toBe("金额");
    // The totals row holds the model's label and formula, not ExcelJS's "Total".
    expect(getCell(sheet, 4, 0)?.value).toBe("合计");
    expect(getCell(sheet, 4, 1)).toBeUndefined();
    expect(getCell(sheet, 4, 2)?.formula).toBe("=SUBTOTAL(109,Orders[金额])");
    // Body cells the model leaves empty stay empty.
    expect(getCell(sheet, 1, 5)).toBeUndefined();
  });
});

describe("formulas in tables", () => {
  it("writes this-row references in file syntax and reads them back as the model wrote them", async () => {
    const book = makeOrdersBook({ rows: 2, amountFormula: "=[@数量]*[@单价]" });

    const file = await writeXlsx(book);
    const back = await readXlsx(file);

    const xml = await partOf(file, "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<f>Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]</f>");
    expect(xml).not.toContain("[@");
    expect(getCell(sheetOf(back), 1, 2)?.formula).toBe("=[@数量]*[@单价]");
    expect(getCell(sheetOf(back), 2, 2)?.formula).toBe("=[@数量]*[@单价]");
  });
});

describe("workbook names", () => {
  it("keeps workbook- and sheet-scoped names, constants, comments and hidden names", async () => {
    const book = makeBook("参数", "订单");
    book.names.push(
      { name: "FX_USD", formula: "=参数!$B$5", comment: "美元汇率", visible: true },
      { name: "NET_FACTOR", formula: "=0.96", comment: "", visible: true },
      { name: "Secret", formula: "=参数!$C$1:$C$9", comment: "", visible: false },
      { name: "本表合计", formula: "=订单!$N$2", comment: "", visible: true, sheetId: sheetOf(book, 1).id },
    );

    const back = await roundTrip(book);

    expect(back.names).toEqual([
      { name: "FX_USD", formula: "=参数!$B$5", comment: "美元汇率", visible: true },
      { name: "NET_FACTOR", formula: "=0.96", comment: "", visible: true },
      { name: "Secret", formula: "=参数!$C$1:$C$9", comment: "", visible: false },
      { name: "本表合计", formula: "=订单!$N$2", comment: "", visible: true, sheetId: sheetOf(back, 1).id },
    ]);
  });
});

describe("data validation", () => {
  const validations: DataValidationModel[] = [
    {
      ranges: [{ row: 1, col: 0, rows: MAX_ROWS - 1, cols: 1 }],
      rule: { list: { inCellDropDown: true, source: "送货,退货" } },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "类型", message: "选择送货或退货" },
      errorAlert: { showAlert: true, style: "Stop", title: "类型错误", message: "只能选 送货 / 退货" },
    },
    {
      ranges: [{ row: 1, col: 1, rows: 100, cols: 1 }],
      rule: { list: { inCellDropDown: false, source: "=客户!$B$2:$B$200" } },
      ignoreBlanks: false,
    },
    {
      ranges: [
        { row: 1, col: 2, rows: 10, cols: 1 },
        { row: 1, col: 4, rows: 10, cols: 2 },
      ],
      rule: { wholeNumber: { operator: "GreaterThan", formula1: 0 } },
      ignoreBlanks: true,
      errorAlert: { showAlert: true, style: "Warning", title: "", message: "数量必须大于 0" },
    },
    {
      ranges: [{ row: 1, col: 3, rows: 10, cols: 1 }],
      rule: { decimal: { operator: "Between", formula1: 0, formula2: 1.5 } },
      ignoreBlanks: true,
      errorAlert: { showAlert: false, style: "Information", title: "提示", message: "" },
    },
    {
      ranges: [{ row: 1, col: 6, rows: 10, cols: 1 }],
      rule: { date: { operator: "GreaterThanOrEqualTo", formula1: "=DATE(2020,1,1)" } },
      ignoreBlanks: true,
    },
    {
      ranges: [{ row: 1, col: 7, rows: 10, cols: 1 }],
      rule: { textLength: { operator: "LessThanOrEqualTo", formula1: 20 } },
      ignoreBlanks: true,
    },
    {
      ranges: [{ row: 1, col: 8, rows: 10, cols: 1 }],
      rule: { custom: { formula: "=COUNTIF($I:$I,I2)=1" } },
      ignoreBlanks: true,
    },
    {
      ranges: [{ row: 1, col: 9, rows: 10, cols: 1 }],
      rule: { decimal: { operator: "NotBetween", formula1: "=$K$1", formula2: "=$K$2" } },
      ignoreBlanks: true,
    },
  ];

  it("keeps every rule kind with operators, formulas, prompts, alerts and ignoreBlanks", async () => {
    const book = makeBook("发货");
    sheetOf(book).dataValidations = validations;

    const file = await writeXlsx(book);
    const back = await readXlsx(file);

    expect(sheetOf(back).dataValidations).toEqual(validations);
    const xml = await partOf(file, "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<formula1>&quot;送货,退货&quot;</formula1>");
    expect(xml).toContain('sqref="C2:C11 E2:F11"');
  });

  it("writes a date bound given as an ISO date as its serial number", async () => {
    const book = makeBook("a");
    sheetOf(book).dataValidations = [
      {
        ranges: [{ row: 0, col: 0, rows: 1, cols: 1 }],
        rule: { date: { operator: "GreaterThan", formula1: "2026-01-31" } },
        ignoreBlanks: true,
      },
    ];
    const back = await roundTrip(book);
    expect(sheetOf(back).dataValidations[0]?.rule.date?.formula1).toBe(46053);
  });

  it("blocks nothing when a list validation covers whole columns of a big sheet", async () => {
    // ExcelJS on its own would expand this range into a million cells while reading.
    const book = makeBook("a");
    sheetOf(book).dataValidations = [
      { ...(validations[0] as DataValidationModel), ranges: [{ row: 0, col: 0, rows: MAX_ROWS, cols: 20 }] },
    ];
    const back = await roundTrip(book);
    expect(sheetOf(back).dataValidations[0]?.ranges).toEqual([{ row: 0, col: 0, rows: MAX_ROWS, cols: 20 }]);
  });
});

describe("conditional formats", () => {
  it("keeps Custom and CellValue rules with their formats, priority order and stopIfTrue", async () => {
    const book = makeBook("订单");
    const formats: ConditionalFormatModel[] = [
      {
        id: "x",
        type: "Custom",
        ranges: [{ row: 1, col: 0, rows: 100, cols: 26 }],
        formula: '=$W2="逾期"',
        format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006", bold: true } },
        priority: 0,
        stopIfTrue: true,
      },
      {
        id: "y",
        type: "Custom",
        ranges: [{ row: 1, col: 0, rows: 100, cols: 26 }],
        formula: '=$W2="将到期"',
        format: { fill: { color: "#FFEB9C" } },
        priority: 1,
        stopIfTrue: false,
      },
      {
        id: "z",
        type: "CellValue",
        ranges: [
          { row: 1, col: 7, rows: 10, cols: 1 },
          { row: 1, col: 9, rows: 10, cols: 1 },
        ],
        operator: "Between",
        formula1: "=0",
        formula2: "=MIN_MARGIN",
        format: { font: { italic: true, underline: true, bold: false } },
        priority: 2,
        stopIfTrue: false,
      },
      {
        id: "w",
        type: "CellValue",
        ranges: [{ row: 1, col: 8, rows: 10, cols: 1 }],
        operator: "LessThan",
        formula1: "=0",
        format: { font: { color: "#FF0000" } },
        priority: 3,
        stopIfTrue: false,
      },
    ];
    // Given out of order: the file follows priorities, not list order.
    sheetOf(book).conditionalFormats = [
      formats[2],
      formats[0],
      formats[3],
      formats[1],
    ] as ConditionalFormatModel[];

    const file = await writeXlsx(book);
    const back = await readXlsx(file);

    const read = sheetOf(back).conditionalFormats;
    expect(read.map(({ id: _id, ...rest }) => rest)).toEqual(formats.map(({ id: _id, ...rest }) => rest));
    expect(new Set(read.map((f) => f.id)).size).toBe(4);
    const xml = await partOf(file, "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<formula>$W2=&quot;逾期&quot;</formula>");
    expect(xml).toMatch(/stopIfTrue="1"/);
    expect(await partOf(file, "xl/styles.xml")).toMatch(/<dxfs count="4">/);
  });
});

describe("page setup", () => {
  it("keeps orientation, paper, fit to pages, print area, title rows, margins, centring and header text", async () => {
    const book = makeBook("送货单 SH20261122-01", "对账单", "其他");
    sheetOf(book, 0).pageLayout = {
      orientation: "Landscape",
      paperSize: "A5",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printArea: { row: 0, col: 0, rows: 40, cols: 12 },
      printTitleRows: { first: 0, last: 2 },
      margins: { top: 36, bottom: 36, left: 18, right: 18, header: 10, footer: 10 },
      centerHorizontally: true,
      headerCenter: "送货单 & 回单",
      footerCenter: "第 1 页",
    };
    sheetOf(book, 1).pageLayout = {
      orientation: "Portrait",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 1,
    };
    sheetOf(book, 2).pageLayout = { orientation: "Portrait", paperSize: "Letter" };

    const file = await writeXlsx(book);
    const back = await readXlsx(file);

    expect(sheetOf(back, 0).pageLayout).toEqual(sheetOf(book, 0).pageLayout);
    expect(sheetOf(back, 1).pageLayout).toEqual(sheetOf(book, 1).pageLayout);
    expect(sheetOf(back, 2).pageLayout).toEqual(sheetOf(book, 2).pageLayout);
    expect(back.names).toEqual([]);
    const workbookXml = await partOf(file, "xl/workbook.xml");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'送货单 SH20261122-01'!$A$1:$L$40</definedName>`,
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'送货单 SH20261122-01'!$1:$3</definedName>`,
    );
    const sheetXml = await partOf(file, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(/paperSize="11"/);
    expect(await partOf(file, "xl/worksheets/sheet2.xml")).toMatch(/paperSize="9"/);
    expect(await partOf(file, "xl/worksheets/sheet3.xml")).toMatch(/paperSize="1"/);
  });
});
