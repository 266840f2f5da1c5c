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
  comingSoon: {
    orders: "Order entry and checks are coming soon.",
    costing: "Costing and profit review are coming soon.",
    deliveryNotes: "One-click delivery and return notes are coming soon.",
    statements: "Customer statements are coming soon.",
  },
  workbookIntro:
    "Creates or completes the tracking workbook: settings, tables and names. Adds only what is missing and never changes your data.",
  setupButton: "Set up / upgrade",
  running: { setupWorkbook: "Setting up the workbook…", selectCell: "Selecting the cell…" },
  steps: { write: "Writing" },
  progress: (done, total) => `${done} of ${total}`,
  statusLabel: "Status",
  done: {
    "setup-done": (p) => {
      const parts = [
        p.sheets ? `sheets ${p.sheets}` : "",
        p.tables ? `tables ${p.tables}` : "",
        p.rows ? plural(Number(p.rows), "row", "rows") : "",
        p.names ? plural(Number(p.names), "name", "names") : "",
      ].filter(Boolean);
      return parts.length > 0 ? `Set up. Added ${parts.join(", ")}.` : "Set up.";
    },
    "setup-unchanged": () => "The workbook is up to date; nothing to change.",
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
};
