/**
 * 对账单's customer list on memory-excel: the demo workbook's 客户 as the pane's drop-down shows it,
 * read in one request that writes nothing; a workbook without 客户 is told so.
 */
import { columnLetters } from "../../src/core/address";
import { CUSTOMERS } from "../../src/core/demo/demoStory";
import { CUSTOMERS_TABLE } from "../../src/core/workbook/schema";
import { actionsOf, demoBook } from "../support/demoBook";

describe("statementCustomers", () => {
  test("the demo's customers in sheet order with their currencies, in one read", async () => {
    const book = await demoBook();
    const version = book.model.version;
    const listed = await actionsOf(book).statementCustomers();
    expect(listed.problems).toEqual([]);
    expect(listed.customers).toEqual(CUSTOMERS.map((c) => ({ name: c.name, currency: c.currency })));
    expect(listed.customers.map((c) => c.currency)).toEqual(expect.arrayContaining(["CNY", "USD"]));
    expect(book.syncLog).toHaveLength(1);
    expect(book.model.version).toBe(version);
  });

  test("a customer typed in below the others is listed last, its blank 币种 read as CNY", async () => {
    const book = await demoBook();
    const { sheet, row } = await book.run(async (context) => {
      const body = context.workbook.tables.getItem(CUSTOMERS_TABLE.table).getDataBodyRange();
      body.load("rowCount,rowIndex");
      const worksheet = body.worksheet.load("name");
      await context.sync();
      return { sheet: worksheet.name, row: body.rowIndex + body.rowCount + 1 };
    });
    const nameColumn = columnLetters(CUSTOMERS_TABLE.columns.findIndex((c) => c.header === "客户名称"));
    await book.run(async (context) => {
      // Typed directly below the table, which grows to take it (as Excel does).
      context.workbook.worksheets.getItem(sheet).getRange(`${nameColumn}${row}`).values = [["宁波新客户"]];
      await context.sync();
    });
    const { customers } = await actionsOf(book).statementCustomers();
    expect(customers.at(-1)).toEqual({ name: "宁波新客户", currency: "CNY" });
    expect(customers).toHaveLength(CUSTOMERS.length + 1);
  });

  test("without 客户: nobody listed, and the problem says the table is missing in the pane's language", async () => {
    const book = await demoBook();
    await book.run(async (context) => {
      context.workbook.tables.getItem(CUSTOMERS_TABLE.table).delete();
      await context.sync();
    });
    const listed = await actionsOf(book).statementCustomers("en");
    expect(listed.customers).toEqual([]);
    expect(listed.problems.map((p) => [p.code, p.severity, p.sheet])).toEqual([
      ["table-missing", "error", "客户"],
    ]);
    expect(listed.problems[0]!.message).toMatch(/^Table Customers \(sheet "客户"\) is missing/);
  });
});
