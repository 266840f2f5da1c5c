import type { MessageParams } from "../problems";
import type { ProblemCode } from "./zh";

/** Problem messages in English. Each says what is wrong and what to do. */
export const en: Record<ProblemCode, (p: MessageParams) => string> = {
  "sheet-not-ours": (p) =>
    `Sheet "${p.sheet}" already exists but is not a Gendan sheet (it has no ${p.table} table). Rename or move it, then set up again.`,
  "table-elsewhere": (p) =>
    `Table ${p.table} belongs on sheet "${p.expected}" but is on "${p.sheet}". Move it back to "${p.expected}" or rename it, then set up again.`,
  "name-taken": (p) => `The name "${p.name}" is already in use. Rename it, then set up again.`,
  "table-missing": (p) =>
    `Table ${p.table} (sheet "${p.sheet}") is missing. Run Set up / upgrade (gendan init) to add it; your data is kept. If a sheet of your own is named "${p.sheet}", rename it first.`,
  "column-missing": (p) =>
    `Table ${p.table} lacks column "${p.column}". Rename it back to "${p.column}", or click Set up / upgrade.`,
  "missing-value": (p) => `"${p.column}" must not be blank. Fill it in.`,
  "not-a-number": (p) => `"${p.column}" must be a number, not "${p.value}". Type the number alone.`,
  "not-a-date": (p) =>
    p.kind === "text"
      ? `"${p.column}": "${p.value}" is text, not a date. Format the cell as a date and retype it, e.g. 2026-11-23.`
      : `"${p.column}": ${p.value} is not a valid date. Type a date, e.g. 2026-11-23.`,
  "not-positive": (p) => `"${p.column}" must be above 0, not ${p.value}. Correct it.`,
  "not-whole": (p) => `"${p.column}" must be a whole number, not ${p.value}. Correct it.`,
  "not-in-list": (p) =>
    `"${p.column}" must be one of ${p.options}, not "${p.value}". Pick one from the list.`,
  "unknown-customer": (p) =>
    `Customer "${p.value}" is not in 客户. Add the customer there, or use an existing name.`,
  "unknown-product": (p) => `Item "${p.value}" is not in 产品. Add the item there, or use an existing one.`,
  "duplicate-line": (p) =>
    `Order ${p.orderNo} line ${p.lineNo} is used twice (first at ${p.first}). Give this line an unused number.`,
  "due-before-order": (p) => `Delivery date ${p.due} is before the order date ${p.ordered}. Check the dates.`,
  "currency-mismatch": (p) =>
    `Currency ${p.currency} differs from customer "${p.customer}"'s ${p.customerCurrency}. Use ${p.customerCurrency} or leave it blank.`,
  "done-above-quantity": (p) => `Finished quantity ${p.done} exceeds the ordered ${p.quantity}. Correct it.`,
  "production-before-deposit": (p) =>
    `Order ${p.orderNo} is at ${p.status} with no deposit received; customer "${p.customer}" pays on terms "${p.terms || "blank"}", so the deposit comes first. Chase it and record it in 收款.`,
  overshipped: (p) =>
    `Order ${p.orderNo} line ${p.lineNo}: ${p.shipped} shipped, more than ${p.quantity} ordered (limit ${p.limit}). Check 发货; record a return for the surplus.`,
  "shipment-unknown-line": (p) =>
    `Order ${p.orderNo || "(blank)"} line ${p.lineNo || "(blank)"} is not in 订单. Correct this shipment's order and line number.`,
  "setting-invalid": (p) =>
    `Setting "${p.item}" ${p.value === "" ? "is blank" : `is "${p.value}"`}; it must be ${
      p.rule === "positive"
        ? "a number above 0"
        : p.rule === "fraction"
          ? "a ratio from 0 to 100%"
          : "0 or more days"
    }. Correct it in the 值 column.`,
  "note-no-lines": () => `No order line is selected. Tick the order lines the note is for.`,
  "note-duplicate-line": (p) =>
    `Order ${p.orderNo} line ${p.lineNo} is chosen twice. A line appears once on a note.`,
  "note-line-missing": (p) =>
    `Order ${p.orderNo} line ${p.lineNo} is not in 订单. Check the order and line number.`,
  "note-bad-quantity": (p) =>
    `Order ${p.orderNo} line ${p.lineNo}: quantity "${p.value}" is not valid; it must be a whole number above 0.`,
  "note-bad-date": (p) => `The note date "${p.value}" is not a valid date. Type a date, e.g. 2026-11-23.`,
  "note-fully-shipped": (p) =>
    `Order ${p.orderNo} line ${p.lineNo} is fully shipped (${p.quantity} ordered, ${p.shipped} shipped); no delivery note can take it.`,
  "note-over-quantity": (p) =>
    `Order ${p.orderNo} line ${p.lineNo}: ${p.value} is more than the ${p.unshipped} still to ship (at most ${p.limit} with overshipment allowance ${p.rate}). Lower the quantity.`,
  "note-return-too-many": (p) =>
    `Order ${p.orderNo} line ${p.lineNo}: returning ${p.value} is more than the ${p.shipped} delivered net. Lower the quantity.`,
  "note-mixed-customers": (p) =>
    `The chosen lines belong to different customers (${p.customers}). A note is for one customer: issue separate notes.`,
  "note-mixed-currencies": (p) =>
    `The chosen lines are in different currencies (${p.currencies}). A note has one currency: issue separate notes.`,
  "note-unknown-customer": (p) =>
    `Customer "${p.value}" is not in 客户, so the note has no customer details. Add the customer to 客户 first.`,
  "payment-shortfall": (p) =>
    `Customer "${p.customer}" pays before delivery: ${p.paid} ${p.currency} received for these orders against ${p.needed} ${p.currency} with this note, ${p.shortfall} ${p.currency} short. Collect the payment first, or give a reason to deliver anyway.`,
  "note-prefix-invalid": (p) =>
    `Setting "${p.item}" is "${p.value}", which cannot start note numbers (not blank, at most ${p.max} characters, none of [ ] : * ? / \\). Correct it in 参数.`,
  "note-ledger-lost": (p) =>
    `Note ${p.number}'s sheet was written, but its 发货 rows were overwritten again and again by a colleague issuing at the same time. Run the check and restore the rows from the note as it offers.`,
  "note-numbers-exhausted": (p) =>
    `Note numbers for ${p.date} kept being taken (last tried ${p.number}). Try again shortly, or check whether someone is issuing notes at the same time.`,
  "note-not-found": (p) => `发货 has no rows with note number "${p.number}". Check the number.`,
  "remark-required": (p) =>
    `Marking note ${p.number} 异常 needs a reason. Type a remark, then mark it again.`,
  "note-rows-missing": (p) =>
    `Note ${p.number}: ${p.count} of the lines on its sheet are missing from 发货. The note sheet is the source document: click Restore note rows (gendan check --repair) to append the rows from it.`,
  "note-rows-differ": (p) =>
    `发货 rows of note ${p.number} do not match its sheet (${p.lines}: another quantity, or a line the note does not have). The note sheet is the source document and this is not repaired automatically: correct 发货 to match the note, or make sure the change was intended.`,
  "note-sheet-missing": (p) =>
    `Note ${p.number} is in 发货 but its sheet is not in the workbook, and its signed copy is not back yet. If the sheet was deleted by mistake, check these 发货 rows against the printed note.`,
  "note-sheet-unreadable": (p) =>
    `Sheet "${p.sheet}" is named like a note number but cannot be read as a note: its number must be the sheet's name, it needs a date, and every line needs 序号, 订单号, 行号 and 数量. Put it right, or rename the sheet if it is not a note.`,
  "statement-bad-period": (p) =>
    `${p.bound === "from" ? "The period's first day" : p.bound === "to" ? "The period's last day" : "Today's date"} "${p.value}" is not a valid date. Type a date, e.g. 2026-11-01.`,
  "statement-period-reversed": (p) =>
    `The period starts on ${p.from}, after its last day ${p.to}. Correct the period.`,
  "statement-unknown-customer": (p) =>
    `Customer "${p.value}" is not in ${p.sheet}. Check the name, or add the customer to ${p.sheet} first.`,
  "statement-bad-date": (p) =>
    `No statement for "${p.customer}": "${p.column}" in ${p.sheet} ${p.value === "" ? "is blank" : `is "${p.value}", not a date`}. Type a date, e.g. 2026-11-23.`,
  "statement-bad-amount": (p) =>
    `No statement for "${p.customer}": "${p.column}" in ${p.sheet} ${p.value === "" ? "is blank" : `is "${p.value}", not a number`}. Type the amount as a number.`,
  "statement-type-mismatch": (p) =>
    `No statement for "${p.customer}": note ${p.number || "(blank)"} in ${p.sheet} is of type ${p.type} but its amount is ${p.value}. A return's amount is negative and a delivery's positive; correct it.`,
  "statement-mixed-currency": (p) =>
    `Customer "${p.customer}" is billed in ${p.currency}, but ${p.count === 1 ? "1 row" : `${p.count} rows`} of ${p.sheet} ${p.count === 1 ? "is" : "are"} in another currency (${p.currencies}): ${p.cells}. A statement never mixes currencies: correct these rows' 币种, or record that currency under a customer of its own.`,
  "statement-opening-after-period": (p) =>
    `Customer "${p.customer}" has its opening balance dated ${p.openingDate}, after the period's last day ${p.to}; the workbook holds nothing before it. Choose a period from ${p.openingDate} on, or correct 期初日期.`,
  "summary-unknown-customer": (p) =>
    `${p.count === 1 ? "1 row" : `${p.count} rows`} of ${p.sheet} ${p.count === 1 ? "is" : "are"} for customer "${p.customer || "(blank)"}", who is not in ${p.customers}; they are in no statement or summary. Correct the name, or add the customer to ${p.customers}.`,
  "statement-name-taken": (p) =>
    `The sheet name "${p.sheet}" kept being taken by a colleague at the same moment. Try the statement again shortly.`,
};
