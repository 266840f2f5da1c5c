import JSZip from "jszip";
import { getCell, newSheet, type TableModel, type WorkbookModel } from "../model";
import { readXlsx, writeXlsx } from "./index";
import { calculatedColumnFormulas, withCalculatedColumns } from "./tableXml";
import { makeOrdersBook, put, sheetOf } from "./testBooks";
import { childNamed, childrenNamed, parseXml } from "./xml";

async function partOf(file: Uint8Array, path: string): Promise<string> {
  const entry = (await JSZip.loadAsync(file)).file(path);
  if (!entry) throw new Error(`no ${path}`);
  return entry.async("string");
}

/** Each `<tableColumn>` of a table part: its name and its calculated column formula, if any. */
function tableColumnsOf(xml: string): { name: string; formula: string | undefined }[] {
  const table = parseXml(xml).find((e) => e.name === "table");
  if (!table) throw new Error("no <table>");
  return childrenNamed(childNamed(table, "tableColumns") ?? table, "tableColumn").map((column) => ({
    name: column.attrs.name ?? "",
    formula: childNamed(column, "calculatedColumnFormula")?.text,
  }));
}

function ordersOf(book: WorkbookModel): TableModel {
  const table = book.tables[0];
  if (!table) throw new Error("no table");
  return table;
}

/** Adds a column named `name` to the right of the Orders table, with body cells `cells[i]`. */
function addOrdersColumn(
  book: WorkbookModel,
  name: string,
  cells: ({ formula: string } | { value: number | string } | undefined)[],
): void {
  const table = ordersOf(book);
  const sheet = sheetOf(book);
  const col = table.ref.col + table.ref.cols;
  table.columns.push({ id: table.columns.length + 1, name });
  table.ref = { ...table.ref, cols: table.ref.cols + 1 };
  put(sheet, table.ref.row, col, { value: name });
  cells.forEach((cell, i) => {
    if (cell) put(sheet, table.ref.row + 1 + i, col, cell);
  });
}

describe("calculated columns in the written table part", () => {
  it("writes a column's shared formula in file syntax, and reading the file gives the same cells", async () => {
    const book = makeOrdersBook({ rows: 3, amountFormula: "=[@数量]*[@单价]", totals: true });

    const file = await writeXlsx(book);
    const xml = await partOf(file, "xl/tables/table1.xml");
    const back = await readXlsx(file);

    expect(tableColumnsOf(xml)).toEqual([
      { name: "数量", formula: undefined },
      { name: "单价", formula: undefined },
      { name: "金额", formula: "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]" },
    ]);
    expect(xml).toContain(
      '<tableColumn id="3" name="金额" totalsRowFunction="none"><calculatedColumnFormula>' +
        "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]</calculatedColumnFormula></tableColumn>",
    );
    expect(xml).not.toContain("[@");
    expect(xml).not.toContain("SUBTOTAL"); // the totals row is not part of the body
    const sheet = sheetOf(back);
    for (let row = 1; row <= 3; row++) expect(getCell(sheet, row, 2)?.formula).toBe("=[@数量]*[@单价]");
    expect(getCell(sheet, 4, 2)?.formula).toBe("=SUBTOTAL(109,Orders[金额])");
    expect(ordersOf(back)).toMatchObject({
      ref: { row: 0, col: 0, rows: 5, cols: 3 },
      columns: [
        { id: 1, name: "数量" },
        { id: 2, name: "单价" },
        { id: 3, name: "金额" },
      ],
      showTotals: true,
    });
  });

  it("escapes the formula for XML and prefixes functions newer than Excel 2007", async () => {
    const book = makeOrdersBook({ rows: 2, amountFormula: '=IF([@数量]>1,"大>&<","小")' });
    addOrdersColumn(book, "档次", [
      { formula: '=IFS([@数量]>1,"多",TRUE,"少")' },
      { formula: '=IFS([@数量]>1,"多",TRUE,"少")' },
    ]);

    const file = await writeXlsx(book);
    const xml = await partOf(file, "xl/tables/table1.xml");

    expect(xml).toContain(
      "<calculatedColumnFormula>IF(Orders[[#This Row],[数量]]&gt;1,&quot;大&gt;&amp;&lt;&quot;,&quot;小&quot;)</calculatedColumnFormula>",
    );
    expect(tableColumnsOf(xml).map((c) => c.formula)).toEqual([
      undefined,
      undefined,
      'IF(Orders[[#This Row],[数量]]>1,"大>&<","小")',
      '_xlfn.IFS(Orders[[#This Row],[数量]]>1,"多",TRUE,"少")',
    ]);
    const back = await readXlsx(file);
    expect(getCell(sheetOf(back), 2, 2)?.formula).toBe('=IF([@数量]>1,"大>&<","小")');
    expect(getCell(sheetOf(back), 2, 3)?.formula).toBe('=IFS([@数量]>1,"多",TRUE,"少")');
  });

  it("writes none for differing formulas, constants, blanks or a formula in only some rows", async () => {
    const book = makeOrdersBook({ rows: 3, amountFormula: "=[@数量]*[@单价]" });
    addOrdersColumn(book, "不同", [
      { formula: "=[@数量]*2" },
      { formula: "=[@数量]*2" },
      { formula: "=[@数量]*3" },
    ]);
    addOrdersColumn(book, "常量", [{ value: 5 }, { value: 5 }, { value: 5 }]);
    addOrdersColumn(book, "部分", [{ formula: "=[@数量]+1" }, { formula: "=[@数量]+1" }, undefined]);
    addOrdersColumn(book, "混合", [{ formula: "=[@数量]+1" }, { value: 2 }, { formula: "=[@数量]+1" }]);
    addOrdersColumn(book, "后补", [undefined, { formula: "=[@数量]+1" }, { formula: "=[@数量]+1" }]);
    addOrdersColumn(book, "空", []);

    const file = await writeXlsx(book);
    const xml = await partOf(file, "xl/tables/table1.xml");

    expect(tableColumnsOf(xml).filter((c) => c.formula !== undefined)).toEqual([
      { name: "金额", formula: "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]" },
    ]);
    const back = await readXlsx(file);
    const sheet = sheetOf(back);
    expect(getCell(sheet, 3, 3)?.formula).toBe("=[@数量]*3");
    expect(getCell(sheet, 3, 5)).toBeUndefined();
    expect(getCell(sheet, 2, 6)?.value).toBe(2);
    expect(ordersOf(back).columns.map((c) => c.name)).toEqual([
      "数量",
      "单价",
      "金额",
      "不同",
      "常量",
      "部分",
      "混合",
      "后补",
      "空",
    ]);
  });

  it("writes none for the same relative A1 formula in every row, but writes an absolute one", async () => {
    const book = makeOrdersBook({ rows: 2, amountFormula: "=A2*B2" });
    addOrdersColumn(book, "绝对", [{ formula: "=$A$2*2" }, { formula: "=$A$2*2" }]);
    addOrdersColumn(book, "行范围", [{ formula: "=SUM(2:2)" }, { formula: "=SUM(2:2)" }]);
    addOrdersColumn(book, "对数", [{ formula: "=LOG10(100)" }, { formula: "=LOG10(100)" }]);

    const xml = await partOf(await writeXlsx(book), "xl/tables/table1.xml");

    expect(tableColumnsOf(xml).map((c) => c.formula)).toEqual([
      undefined,
      undefined,
      undefined,
      "$A$2*2",
      undefined,
      "LOG10(100)",
    ]);
  });

  it("finds each table's part and column by position, whatever the model's column ids", async () => {
    const book = makeOrdersBook({ rows: 1, amountFormula: "=[@数量]*[@单价]" });
    ordersOf(book).columns.forEach((column, i) => (column.id = 10 + i * 5));
    // A second table on another sheet, one body row, no header row.
    const other = newSheet(String(book.nextId++), "发货");
    book.sheets.push(other);
    put(other, 4, 1, { value: 3 });
    put(other, 4, 2, { formula: "=Shipments[@数]*2" });
    book.tables.push({
      id: String(book.nextId++),
      name: "Shipments",
      sheetId: other.id,
      ref: { row: 4, col: 1, rows: 1, cols: 2 },
      columns: [
        { id: 1, name: "数" },
        { id: 2, name: "倍" },
      ],
      showHeaders: false,
      showTotals: false,
      style: "TableStyleLight9",
    });

    const file = await writeXlsx(book);
    const zip = await JSZip.loadAsync(file);
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => name.startsWith("xl/tables/") && name.endsWith(".xml"))
        .map((name) => zip.file(name)?.async("string") ?? ""),
    );
    const shipments = parts.find((xml) => xml.includes('displayName="Shipments"')) ?? "";
    const orders = parts.find((xml) => xml.includes('displayName="Orders"')) ?? "";

    expect(tableColumnsOf(orders).map((c) => c.formula)).toEqual([
      undefined,
      undefined,
      "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]",
    ]);
    expect(tableColumnsOf(shipments).map((c) => c.formula)).toEqual([
      undefined,
      "Shipments[[#This Row],[数]]*2",
    ]);
    const back = await readXlsx(file);
    expect(getCell(sheetOf(back, 1), 4, 2)?.formula).toBe("=[@数]*2");
    expect(getCell(sheetOf(back, 0), 1, 2)?.formula).toBe("=[@数量]*[@单价]");
  });

  it("reads calculated columns anywhere in a table part, keeping the cells as they are", async () => {
    const book = makeOrdersBook({ rows: 2, amountFormula: "=[@数量]*[@单价]" });
    put(sheetOf(book), 2, 2, { formula: "=[@数量]*3", computed: 6 });
    const zip = await JSZip.loadAsync(await writeXlsx(book));
    const path = "xl/tables/table1.xml";
    const xml = (await zip.file(path)?.async("string")) ?? "";
    // As Excel keeps them after a user typed over cells of calculated columns; one is not the
    // last column, which ExcelJS's own table reader cannot read past.
    const amount = "Orders[[#This Row],[数量]]*Orders[[#This Row],[单价]]";
    zip.file(path, withCalculatedColumns(xml, [undefined, "2", amount]));

    const back = await readXlsx(await zip.generateAsync({ type: "uint8array" }));

    const sheet = sheetOf(back);
    expect(getCell(sheet, 1, 1)?.value).toBe(2.5);
    expect(getCell(sheet, 1, 2)?.formula).toBe("=[@数量]*[@单价]");
    expect(getCell(sheet, 2, 2)?.formula).toBe("=[@数量]*3");
    expect(ordersOf(back)).toMatchObject({
      ref: { row: 0, col: 0, rows: 3, cols: 3 },
      columns: [
        { id: 1, name: "数量" },
        { id: 2, name: "单价" },
        { id: 3, name: "金额" },
      ],
    });
  });
});

describe("calculatedColumnFormulas", () => {
  it("gives none for a table without body rows", () => {
    const book = makeOrdersBook({ rows: 0, amountFormula: "=1" });
    expect(calculatedColumnFormulas(sheetOf(book), ordersOf(book))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("takes a single body row's formula", () => {
    const book = makeOrdersBook({ rows: 1, amountFormula: "=[@数量]" });
    expect(calculatedColumnFormulas(sheetOf(book), ordersOf(book))).toEqual([
      undefined,
      undefined,
      "=[@数量]",
    ]);
  });
});

describe("withCalculatedColumns", () => {
  it("puts the formula first in a column that already has children, and leaves <tableColumns> alone", () => {
    const xml =
      '<table><tableColumns count="2"><tableColumn id="1" name="a"/>' +
      '<tableColumn id="2" name="b"><totalsRowFormula>SUM(T[b])</totalsRowFormula></tableColumn></tableColumns></table>';

    expect(withCalculatedColumns(xml, [undefined, 'T[[#This Row],[a]]&"<"'])).toBe(
      '<table><tableColumns count="2"><tableColumn id="1" name="a"/>' +
        '<tableColumn id="2" name="b"><calculatedColumnFormula>T[[#This Row],[a]]&amp;&quot;&lt;&quot;</calculatedColumnFormula>' +
        "<totalsRowFormula>SUM(T[b])</totalsRowFormula></tableColumn></tableColumns></table>",
    );
    expect(withCalculatedColumns(xml, [])).toBe(xml);
  });
});
