/**
 * Entry `workbench` (index.html of `npm start`): an in-memory workbook with HyperFormula computing
 * its formulas, shown as a grid beside the real task pane, which reaches it through
 * `window.gendanWorkbench` (see bridge.ts and officeShim.ts).
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { HyperFormulaEngine } from "../memory-excel/hyperformula/hyperFormulaEngine";
import { writeXlsx } from "../memory-excel/xlsx";
import { LANG_STORAGE_KEY, langFromDisplayLanguage, parseStoredLang } from "../taskpane/environment";
import type { FormulaEvaluator } from "./conditionalFormats";
import { hasContractTables, loadDemo } from "./demo";
import { WorkbenchApp } from "./WorkbenchApp";

const DOWNLOAD_NAME = "gendan-workbench.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function displayLanguageOf(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en-US";
}

function storedLang(): Lang | null {
  try {
    return parseStoredLang(window.localStorage.getItem(LANG_STORAGE_KEY));
  } catch {
    return null;
  }
}

/** `?lang=` of the page, else the language last chosen in the pane, else Chinese. */
function startLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get("lang");
  return asked ? langFromDisplayLanguage(asked) : (storedLang() ?? "zh");
}

const engine = new HyperFormulaEngine();
const workbook = new MemoryWorkbook({ engine });
// Conditional formats are evaluated by the instance of the engine's last recalculation.
const evaluateFormula: FormulaEvaluator = (sheetId, row, col, formula) =>
  engine.evaluateFormula(workbook.model, sheetId, row, col, formula);
const lang = startLang();
window.gendanWorkbench = { workbook, displayLanguage: displayLanguageOf(lang) };

function changeLang(next: Lang): void {
  if (window.gendanWorkbench) window.gendanWorkbench.displayLanguage = displayLanguageOf(next);
  try {
    // The pane prefers its remembered choice over Office's language: make the toolbar's choice that.
    window.localStorage.setItem(LANG_STORAGE_KEY, next);
  } catch {
    // Without storage the pane still follows ?lang=.
  }
}

async function download(): Promise<string> {
  const bytes = await writeXlsx(workbook.model);
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = DOWNLOAD_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return DOWNLOAD_NAME;
}

/**
 * The demo fills a new workbook only: on one already set up, the page starts again with `?demo`,
 * which loads it into a fresh workbook (the pane's language is kept).
 */
async function loadDemoOrRestart(): Promise<ActionOutcome> {
  if (hasContractTables(workbook)) {
    const url = new URL(window.location.href);
    url.searchParams.set("demo", "1");
    window.location.assign(url.toString());
    return { problems: [] };
  }
  return await loadDemo(workbook);
}

async function start(): Promise<void> {
  if (new URLSearchParams(window.location.search).has("demo")) await loadDemo(workbook);
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <WorkbenchApp
      workbook={workbook}
      initialLang={lang}
      onLangChange={changeLang}
      loadDemo={loadDemoOrRestart}
      download={download}
      paneUrl={(l) => `pane.html?lang=${l}`}
      evaluateFormula={evaluateFormula}
    />,
  );
}

void start();
