import { makeCustomer, makeTable, makeWorkbookData, serial } from "../testing/factories";
import { CUSTOMERS_TABLE } from "../workbook/schema";
import { computeStatement } from "./compute";
import { statementCustomers } from "./customers";

describe("statementCustomers", () => {
  test("every customer in sheet order with its currency, CNY when blank, in capitals", () => {
    const data = makeWorkbookData({
      customers: [
        makeCustomer({ 客户名称: "华美贸易", 币种: "CNY" }),
        makeCustomer({ 客户名称: "Acme Trading", 币种: "usd" }),
        makeCustomer({ 客户名称: "  义乌恒达 ", 币种: "" }),
      ],
    });
    expect(statementCustomers(data)).toEqual([
      { name: "华美贸易", currency: "CNY" },
      { name: "Acme Trading", currency: "USD" },
      { name: "义乌恒达", currency: "CNY" },
    ]);
  });

  test("blank names are left out; names differing in case are listed once, as the first row has it", () => {
    const data = makeWorkbookData({
      customers: [
        makeCustomer({ 客户名称: "" }),
        makeCustomer({ 客户名称: "ACME", 币种: "USD" }),
        makeCustomer({ 客户名称: "   " }),
        makeCustomer({ 客户名称: "acme", 币种: "CNY" }),
        makeCustomer({ 客户名称: 1001 }),
      ],
    });
    expect(statementCustomers(data)).toEqual([
      { name: "ACME", currency: "USD" },
      { name: "1001", currency: "CNY" },
    ]);
  });

  test("each listed name finds its own row when a statement is asked for it", () => {
    const data = makeWorkbookData({
      customers: [makeCustomer({ 客户名称: "Acme", 币种: "USD" }), makeCustomer({ 客户名称: "ACME" })],
    });
    const [acme] = statementCustomers(data);
    const { statement } = computeStatement(data, {
      customer: acme!.name,
      from: serial("2026-11-01"),
      to: serial("2026-11-30"),
      detail: "notes",
      lang: "zh",
    });
    expect(statement?.customer.currency).toBe(acme!.currency);
  });

  test("no 客户 table, or no 客户名称 column: nobody to list", () => {
    const data = makeWorkbookData();
    delete data[CUSTOMERS_TABLE.table];
    expect(statementCustomers(data)).toEqual([]);
    const nameless = makeWorkbookData();
    nameless[CUSTOMERS_TABLE.table] = makeTable(CUSTOMERS_TABLE, [makeCustomer()], {
      headers: ["客户编号", "币种"],
    });
    expect(statementCustomers(nameless)).toEqual([]);
    expect(statementCustomers(makeWorkbookData({ customers: [] }))).toEqual([]);
  });
});
