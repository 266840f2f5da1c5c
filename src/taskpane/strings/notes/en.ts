import type { NoteStrings } from "./types";

/** The 送货单 section in English. */
export const en: NoteStrings = {
  intro:
    "Tick order lines to issue a delivery or return note: a new sheet for the note, and its rows in 发货.",
  kindLabel: "Note",
  kinds: { delivery: "Delivery note", return: "Return note" },
  customer: "Customer",
  chooseCustomer: "Choose a customer",
  customerOption: (name, terms) => (terms ? `${name} (${terms})` : name),
  refresh: "Refresh",
  noCustomers: {
    delivery: "No order line has anything left to deliver.",
    return: "No order line has anything delivered that could come back.",
  },
  skipped: (count) =>
    `${count === 1 ? "1 selected line" : `${count} selected lines`} cannot go on this note (nothing left, nothing delivered, or another customer's) and ${count === 1 ? "was" : "were"} not ticked.`,
  linesLabel: "Order lines",
  lineFigures: (quantity, shipped, unshipped) => `Qty ${quantity} · delivered ${shipped} · open ${unshipped}`,
  quantityLabel: (line) => `Quantity for ${line}`,
  date: "Date",
  vehicle: "Vehicle",
  driver: "Driver",
  waybill: "Waybill no.",
  remark: "Remark",
  noPrice: "Leave prices off",
  paper: "Paper",
  papers: { A4: "A4 portrait", A5: "A5 landscape" },
  noteLang: "Note language",
  langs: { zh: "中文", en: "English" },
  issue: { delivery: "Issue delivery note", return: "Issue return note" },
  issues: {
    "no-customer": "Choose a customer.",
    "no-lines": "Tick the order lines for the note.",
    "bad-quantity": "Quantities must be whole numbers above 0.",
    "bad-date": "Fill in the date.",
  },
  issued: {
    delivery: (number) => `Delivery note ${number} issued`,
    return: (number) => `Return note ${number} issued`,
  },
  totals: (quantity, amount, currency) => `Total quantity ${quantity}, amount ${amount} ${currency}`.trim(),
  sheetOpen: (sheet) => `Its sheet "${sheet}" is open and ready to print.`,
  shortfall: (customer, shortfall, currency) =>
    `${customer} pays before delivery and is ${shortfall} ${currency} short. To deliver anyway, give the reason:`,
  overrideReason: "Reason",
  overrideSubmit: "Deliver anyway",
  interrupted: (number) =>
    number
      ? `The connection dropped before Excel confirmed note ${number}. Retry looks in the workbook first: it finishes what was written and never issues the note twice.`
      : "The connection dropped before the note was written. Retry sends the same note again.",
  retry: "Retry",
  signedTitle: "Signed copies",
  signedIntro:
    "Delivery notes whose signed copy has not come back; 0 days lists every one still out, today's included.",
  signedDays: "Out more than (days)",
  signedRefresh: "Look up",
  signedNone: "No signed copy is overdue.",
  signedDetails: (customer, date, days) => `${customer} · ${date} · ${days === 1 ? "1 day" : `${days} days`}`,
  returned: "Returned",
  problem: "Problem",
  confirmProblem: "Record problem",
  cancel: "Cancel",
  remarkLabel: "What is wrong",
};
