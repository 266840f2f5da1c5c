/**
 * The workbook part (xl/workbook.xml) and relationship parts, read and written directly:
 * ExcelJS 4.4 keeps only defined names that are plain cell ranges, drops their scope, comment
 * and visibility, and cannot hold constants such as `=0.96`.
 */
import type { NamedItemModel, SheetModel, WorkbookModel } from "../model";
import { quoteSheetName } from "../model";
import { fromFileFormula, toFileFormula } from "../formula/structuredRefs";
import { absoluteAddress, parseRange } from "./units";
import { childNamed, childrenNamed, descendantsNamed, parseXml, xmlElement, escapeXml } from "./xml";

export interface WorkbookSheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  relationshipId: string;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId?: number;
  hidden: boolean;
  comment: string;
  text: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheetEntry[];
  definedNames: DefinedNameEntry[];
  /** Index into `sheets` of the tab shown when the file opens. */
  activeTab: number;
}

const RELATIONSHIP_ID = "r:id";

/** Reads xl/workbook.xml. */
export function parseWorkbookPart(xml: string): WorkbookPart {
  const workbook = parseXml(xml).find((e) => e.name.endsWith("workbook"));
  if (!workbook) throw new Error("xl/workbook.xml has no <workbook> element");
  const sheets = childrenNamed(childNamed(workbook, "sheets") ?? workbook, "sheet").map((sheet) => ({
    name: sheet.attrs.name ?? "",
    state:
      sheet.attrs.state === "hidden" || sheet.attrs.state === "veryHidden" ? sheet.attrs.state : "visible",
    relationshipId: sheet.attrs[RELATIONSHIP_ID] ?? relationshipAttribute(sheet.attrs) ?? "",
  })) satisfies WorkbookSheetEntry[];
  const definedNames = childrenNamed(childNamed(workbook, "definedNames") ?? workbook, "definedName").map(
    (element) => {
      const entry: DefinedNameEntry = {
        name: element.attrs.name ?? "",
        hidden: element.attrs.hidden === "1" || element.attrs.hidden === "true",
        comment: element.attrs.comment ?? "",
        text: element.text,
      };
      if (element.attrs.localSheetId !== undefined) entry.localSheetId = Number(element.attrs.localSheetId);
      return entry;
    },
  );
  const view = descendantsNamed([workbook], "workbookView")[0];
  return { sheets, definedNames, activeTab: Number(view?.attrs.activeTab ?? "0") || 0 };
}

/** Some writers use another prefix for the relationships namespace. */
function relationshipAttribute(attrs: Record<string, string>): string | undefined {
  const key = Object.keys(attrs).find((k) => k.endsWith(":id"));
  return key === undefined ? undefined : attrs[key];
}

/** Reads a relationships part into id → absolute part path (without a leading `/`). */
export function parseRelationships(xml: string, partPath: string): Map<string, string> {
  const out = new Map<string, string>();
  // The rels of `xl/workbook.xml` live in `xl/_rels/workbook.xml.rels`; targets are relative to `xl/`.
  const baseDir = partPath.replace(/_rels\/[^/]*$/, "");
  for (const rel of descendantsNamed(parseXml(xml), "Relationship")) {
    const id = rel.attrs.Id;
    const target = rel.attrs.Target;
    if (!id || !target || rel.attrs.TargetMode === "External") continue;
    out.set(id, resolvePartPath(baseDir, target));
  }
  return out;
}

function resolvePartPath(baseDir: string, target: string): string {
  const parts = target.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

const PRINT_AREA = "_xlnm.Print_Area";
const PRINT_TITLES = "_xlnm.Print_Titles";

/**
 * The `<definedNames>` element for the model's names plus each sheet's print area and print
 * title rows (which the file keeps as built-in names scoped to the sheet).
 */
export function definedNamesXml(book: WorkbookModel): string {
  const indexOf = new Map(book.sheets.map((sheet, index) => [sheet.id, index]));
  let inner = "";
  for (const name of book.names) {
    const localSheetId = name.sheetId === undefined ? undefined : indexOf.get(name.sheetId);
    if (name.sheetId !== undefined && localSheetId === undefined) continue;
    const scopeSheetId = name.sheetId ?? book.sheets[0]?.id ?? "";
    const attrs = {
      name: name.name,
      comment: name.comment || undefined,
      hidden: name.visible ? undefined : true,
      localSheetId,
    };
    inner += definedNameXml(attrs, toFileFormula(name.formula, book, scopeSheetId, 0, 0));
  }
  book.sheets.forEach((sheet, localSheetId) => {
    const prefix = `${quoteSheetName(sheet.name)}!`;
    const { printArea, printTitleRows } = sheet.pageLayout;
    if (printArea) {
      inner += definedNameXml({ name: PRINT_AREA, localSheetId }, prefix + absoluteAddress(printArea));
    }
    if (printTitleRows) {
      const titles = `$${printTitleRows.first + 1}:$${printTitleRows.last + 1}`;
      inner += definedNameXml({ name: PRINT_TITLES, localSheetId }, prefix + titles);
    }
  });
  return inner ? `<definedNames>${inner}</definedNames>` : "";
}

function definedNameXml(attrs: Record<string, string | number | boolean | undefined>, text: string): string {
  return xmlElement("definedName", attrs, escapeXml(text));
}

/**
 * Puts the file's defined names into the model: print areas and print titles into their
 * sheets' page layout, other built-in (`_xlnm.`) names dropped, the rest into `book.names`.
 * `sheets[i]` is the model sheet for the workbook part's i-th sheet (undefined for chart sheets).
 */
export function applyDefinedNames(
  book: WorkbookModel,
  entries: DefinedNameEntry[],
  sheets: (SheetModel | undefined)[],
): void {
  for (const entry of entries) {
    const scope = entry.localSheetId === undefined ? undefined : sheets[entry.localSheetId];
    if (entry.localSheetId !== undefined && !scope) continue;
    if (entry.name === PRINT_AREA && scope) {
      const first = splitReferences(entry.text)[0];
      const rect = first === undefined ? null : parseRange(first);
      if (rect) scope.pageLayout.printArea = rect;
    } else if (entry.name === PRINT_TITLES && scope) {
      // Print titles may list columns and rows; the model keeps the rows.
      for (const reference of splitReferences(entry.text)) {
        const m = /!\$?(\d+):\$?(\d+)$/.exec(reference) ?? /^\$?(\d+):\$?(\d+)$/.exec(reference);
        if (m) scope.pageLayout.printTitleRows = { first: Number(m[1]) - 1, last: Number(m[2]) - 1 };
      }
    } else if (!entry.name.startsWith("_xlnm.")) {
      const scopeSheetId = scope?.id ?? book.sheets[0]?.id ?? "";
      const item: NamedItemModel = {
        name: entry.name,
        formula: fromFileFormula(entry.text, book, scopeSheetId, 0, 0),
        comment: entry.comment,
        visible: !entry.hidden,
      };
      if (scope) item.sheetId = scope.id;
      book.names.push(item);
    }
  }
}

/** Splits `'a,b'!$A$1,Sheet2!$B$2` at the commas outside quotes. */
function splitReferences(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}
