import type { Strings } from "./types";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The task pane in English. */
export const en: Strings = {
  appTitle: "Gendan",
  switchLanguage: "中文",
  switchLanguageLabel: "Switch to Chinese",
  sections: {
    workbook: "Workbook",
    orders: "Orders",
    costing: "Costing",
    deliveryNotes: "Delivery notes",
    statements: "Statements",
  },
  loading: "Loading…",
  workbookIntro:
    "Creates or completes the tracking workbook: settings, tables and names. Adds only what is missing and never changes your data.",
  setupButton: "Set up / upgrade",
  running: {
    setupWorkbook: "Setting up the workbook…",
    checkWorkbook: "Checking…",
    repairNotes: "Restoring note rows…",
    trackingView: "Reading the orders…",
    costingView: "Reading the costing sheet…",
    selectCell: "Selecting the cell…",
    noteCandidates: "Reading the order lines…",
    issueNote: "Issuing the note…",
    signedCopies: "Reading the signed copies still out…",
    markSignedCopy: "Recording the signed copy…",
    statementCustomers: "Reading the customers…",
    issueStatement: "Issuing the statement…",
    issueStatements: "Issuing every customer's statement…",
  },
  steps: { write: "Writing", read: "Reading" },
  countedSteps: { statement: (done, total) => `customer ${done} of ${total}` },
  progress: (done, total) => `${done} of ${total}`,
  statusLabel: "Status",
  done: {
    "setup-done": (p) => {
      const parts = [
        p.sheets ? `sheets ${p.sheets}` : "",
        p.tables ? `tables ${p.tables}` : "",
        p.rows ? plural(Number(p.rows), "row", "rows") : "",
        p.names ? plural(Number(p.names), "name", "names") : "",
        p.columns ? `columns ${p.columns}` : "",
      ].filter(Boolean);
      const added = parts.length > 0 ? `Set up. Added ${parts.join(", ")}.` : "Set up.";
      return p.formulas ? `${added} Formulas brought up to date: ${p.formulas}.` : added;
    },
    "setup-unchanged": () => "The workbook is up to date; nothing to change.",
    "check-done": (p) =>
      `Check finished: ${plural(Number(p.errors ?? 0), "error", "errors")}, ${plural(Number(p.warnings ?? 0), "warning", "warnings")}, ${p.infos ?? 0} info.`,
    "notes-repaired": (p) =>
      `Restored ${plural(Number(p.rows), "发货 row", "发货 rows")} from ${plural(Number(p.notes), "note sheet", "note sheets")}.`,
    "delivery-issued": (p) =>
      `Issued delivery note ${p.number} (${plural(Number(p.lines), "line", "lines")}).`,
    "return-issued": (p) => `Issued return note ${p.number} (${plural(Number(p.lines), "line", "lines")}).`,
    "signed-copy-marked": (p) =>
      `Signed copy of ${p.number} marked ${p.state === "异常" ? "with a problem" : "returned"} (${plural(Number(p.rows), "row", "rows")}).`,
    "statement-issued": (p) =>
      `Issued the statement for ${p.customer}: balance due ${p.closing} ${p.currency}.`,
    "statements-issued": (p) =>
      `Issued ${plural(Number(p.statements), "statement", "statements")} and the summary "${p.summary}".` +
      (Number(p.skipped) > 0
        ? ` ${plural(Number(p.skipped), "customer was", "customers were")} left out; see the problems below.`
        : ""),
  },
  doneGeneric: "Done.",
  doneUnknown: (code) => `Done (${code}).`,
  refused: (errors) =>
    `Found ${plural(errors, "error", "errors")}; nothing was changed. Please fix the problems below first.`,
  failed: (message) => `The action failed: ${message}`,
  problemsTitle: "Problems",
  problemsLabel: "Problem list",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityCount: {
    error: (n) => plural(n, "error", "errors"),
    warning: (n) => plural(n, "warning", "warnings"),
    info: (n) => `${n} info`,
  },
  wholeSheet: "whole sheet",
  selectProblemCell: (where) => `Select ${where}`,
  listSeparator: ", ",
  checkIntro:
    "Checks orders, shipments, payments and the other sheets, and lists every cell with a problem. Changes nothing.",
  checkButton: "Check",
  noProblems: "No problems found",
  repairNotesIntro:
    "Lines printed on note sheets are missing from 发货; they can be restored from the sheets.",
  repairNotesButton: "Restore note rows",
  trackingTitle: "Production tracking",
  trackingIntro: "See the order lines that are overdue or due soon.",
  trackingRefresh: "Refresh",
  productionTitle: "Open lines by production status",
  productionUnset: "Not set",
  urgentTitle: "Overdue and due soon",
  urgentNone: "No order lines are overdue or due soon.",
  daysLate: (days) => `${plural(days, "day", "days")} late`,
  daysLeft: (days) => `${plural(days, "day", "days")} left`,
  dueToday: "Due today",
  moreLines: (count) => `and ${count} more`,
  costingIntro: "Pick an item to try prices. Only calculated here; nothing is written to the workbook.",
  costingLoad: "Load costing",
  costingEmpty: "The costing sheet has no items yet.",
  costingFields: {
    product: "Item no.",
    price: "Price (USD)",
    rate: "Exchange rate",
    cost: "Cost",
    profit: "Profit",
    margin: "Margin",
  },
  belowMinimum: (minMargin) => `Below the minimum margin of ${minMargin}`,
  belowMinimumTitle: "Below the minimum margin",
  pendingTitle: "Awaiting review",
  none: "None",
};
