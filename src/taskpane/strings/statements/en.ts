import type { StatementStrings } from "./types";

/** The 对账单 section in English. */
export const en: StatementStrings = {
  intro:
    "Choose a customer and a period to issue a statement: a new sheet with the balance brought forward, the period's deliveries, returns and payments, and the balance due. Nothing else changes.",
  customer: "Customer",
  chooseCustomer: "Choose a customer",
  customerOption: (name, currency) => `${name} (${currency})`,
  refresh: "Refresh",
  noCustomers: "There is no customer in 客户 yet.",
  from: "From",
  to: "To",
  detail: "Detail",
  details: { notes: "By note", lines: "By item" },
  statementLang: "Statement language",
  langs: { zh: "中文", en: "English" },
  issue: "Issue statement",
  issues: {
    "no-customer": "Choose a customer.",
    "bad-from": "Fill in the first day.",
    "bad-to": "Fill in the last day.",
    reversed: "The first day must not be after the last.",
  },
  issued: (customer) => `Statement for ${customer} issued`,
  period: (from, to, currency) => `Period ${from} to ${to}, in ${currency}`,
  figures: {
    opening: "Balance brought forward",
    deliveries: "Deliveries",
    returns: "Returns",
    payments: "Payments",
    closing: "Balance due",
  },
  sheetOpen: (sheet) => `Its sheet "${sheet}" is open and ready to print.`,
  allIntro:
    "At month end, issue them all at once: for the same period, detail and language, a statement for every customer with entries in the period or a balance at its end, and the receivables summary in front of them.",
  all: "All customers",
  allTitle: "The summary and the statements (click to open)",
  allSummary: "Every customer's balance due, aging and overdue amount",
  allClosing: (amount, currency) => `Balance due ${amount} ${currency}`,
  openSheet: (sheet) => `Open the sheet "${sheet}"`,
  interrupted: (sheet) =>
    sheet
      ? `The connection dropped before Excel confirmed "${sheet}". Retry looks in the workbook first: it keeps and finishes what was written, without adding a (2) version.`
      : "The connection dropped before the statement was written. Retry sends the same request again.",
  retry: "Retry",
};
