/**
 * Entry `officeShim` of the workbench's pane.html, loaded before taskpane.js: defines the globals
 * `Office` and `Excel` that office.js would, backed by the parent page's in-memory workbook.
 */
import type { WorkbenchBridge } from "./bridge";
import { createOfficeShim, shimDisplayLanguage } from "./shim";

function parentBridge(): WorkbenchBridge | undefined {
  try {
    return window.parent === window ? undefined : window.parent.gendanWorkbench;
  } catch {
    // A parent from another origin cannot be reached: no workbook.
    return undefined;
  }
}

const shim = createOfficeShim(
  shimDisplayLanguage(window.location.search, parentBridge()?.displayLanguage),
  parentBridge,
);
Object.assign(window, shim);
