/**
 * What the workbench page shares with its task pane iframe: the pane's office.js stand-in
 * (officeShim.ts) reaches the parent's in-memory workbook through `window.parent.gendanWorkbench`.
 */
import type { MemoryWorkbook } from "../memory-excel";

export interface WorkbenchBridge {
  /** The in-memory workbook: the pane's `Excel.run` is its `run`; browser tests read its `model`. */
  workbook: MemoryWorkbook;
  /** The Office display language the pane should see (e.g. `zh-CN`), as the workbench toolbar chose it. */
  displayLanguage: string;
}

declare global {
  interface Window {
    gendanWorkbench?: WorkbenchBridge;
  }
}
