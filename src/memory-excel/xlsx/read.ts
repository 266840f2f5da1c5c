/**
 * Reading an .xlsx file into the model: ExcelJS reads cells, styles and sheet settings; the
 * workbook part (names, sheet order, active tab), tables, data validation, conditional formats
 * and charts are read directly from the file's XML, where ExcelJS 4.4 loses or misreads them
 * (its table reader is switched off).
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import {
  type ChartModel,
  emptyWorkbook,
  ensureCell,
  newSheet,
  type Cell,
  type ComputedValue,
  type DataValidationModel,
  type PageLayoutModel,
  type Rect,
  type Scalar,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "../model";
import { drawingOf, readDrawingCharts } from "./charts";
import { XlsxReadError, corruptError, openWorkbookZip } from "./errors";
import { FormulaTranslator } from "./formulaText";
import { readConditionalFormats, readDataValidations } from "./rules";
import { ModelStyleCache, hexOf } from "./styles";
import { characterWidthToPoints, dateToSerial, inchesToPoints, paperTypeName, parseRange } from "./units";
import { applyDefinedNames, parseRelationships, parseWorkbookPart, type WorkbookPart } from "./workbookXml";
import { childNamed, childrenNamed, descendantsNamed, parseXml, type XmlElement } from "./xml";

/** ExcelJS's `ValueType` numbers (its enum is declared for types only). */
const VALUE_TYPE = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

const TABLE_RELATIONSHIP = /\/table$/;

/**
 * Worksheet elements ExcelJS is told to skip: those read here directly (it would expand each
 * validated range into one entry per cell) and those the model does not hold.
 */
const IGNORED_BY_EXCELJS = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "tableParts",
  "drawing",
  "picture",
];

/** ExcelJS reads each table part with this method of its `xlsx` object, not in its public API. */
interface XlsxWithTableReader {
  _processTableEntry: () => Promise<void>;
}

/** What the file's XML says about one worksheet, beyond what ExcelJS reads. */
interface SheetParts {
  validations: DataValidationModel[];
  conditionalFormats: XmlElement[];
  tables: { path: string; xml: string }[];
  /** The charts of the sheet's drawing that the model holds exactly (see readDrawingCharts). */
  charts: ChartModel[];
}

/**
 * An .xlsx file as a model.
 * @throws XlsxReadError (kind `empty`, `not-zip`, `not-workbook`, `encrypted` or `corrupt`) with a
 *   one-line message when `data` is not a readable .xlsx workbook.
 */
export async function readXlsx(data: Buffer | Uint8Array): Promise<WorkbookModel> {
  const zip = await openWorkbookZip(data);
  const part = await readOrCorrupt("xl/workbook.xml", async () =>
    parseWorkbookPart(await partText(zip, "xl/workbook.xml")),
  );
  const relsPath = "xl/_rels/workbook.xml.rels";
  const relationships = await readOrCorrupt(relsPath, async () =>
    zip.file(relsPath)
      ? parseRelationships(await partText(zip, relsPath), relsPath)
      : new Map<string, string>(),
  );
  const dxfs = await readOrCorrupt("xl/styles.xml", () => readDxfs(zip));

  // ExcelJS reads a workbook missing a sheet's part or the shared strings its cells point at as
  // one with blank sheets or blank text cells; writing that back would lose the clerk's data.
  const hasSharedStrings = [...relationships.values()].some(
    (path) => /sharedStrings[^/]*\.xml$/i.test(path) && zip.file(path) !== null,
  );
  const sheetParts = new Map<string, SheetParts>();
  for (const entry of part.sheets) {
    const path = relationships.get(entry.relationshipId);
    if (!path || !zip.file(path)) {
      throw new XlsxReadError(
        "corrupt",
        `The .xlsx file is damaged: the part of sheet "${entry.name}" is missing.`,
      );
    }
    sheetParts.set(entry.name, await readOrCorrupt(path, () => readSheetParts(zip, path, hasSharedStrings)));
  }

  const workbook = new ExcelJS.Workbook();
  // Tables are read from their parts here. ExcelJS's own table reader drops every column after
  // one with child elements (a calculated column) and then fails on the autoFilter's columns.
  (workbook.xlsx as unknown as XlsxWithTableReader)._processTableEntry = () => Promise.resolve();
  try {
    // ExcelJS types its input as an ArrayBuffer but takes any buffer JSZip accepts.
    await workbook.xlsx.load(data as unknown as ArrayBuffer, { ignoreNodes: IGNORED_BY_EXCELJS });
  } catch (error) {
    throw corruptError("the workbook", error);
  }
  return readOrCorrupt("the workbook", async () => buildModel(workbook, part, sheetParts, dxfs));
}

async function readOrCorrupt<T>(part: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw corruptError(part, error);
  }
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new XlsxReadError("corrupt", `The .xlsx file is damaged: ${path} is missing.`);
  return file.async("string");
}

async function readDxfs(zip: JSZip): Promise<XmlElement[]> {
  if (!zip.file("xl/styles.xml")) return [];
  const xml = await partText(zip, "xl/styles.xml");
  const list = elementText(xml, "dxfs");
  return list ? childrenNamed(parseXml(list)[0] as XmlElement, "dxf") : [];
}

/** The text of the first `<name ...>...</name>` (or `<name/>`) in `xml` from `from`, or undefined. */
function elementText(xml: string, name: string, from = 0): string | undefined {
  const range = elementRange(xml, name, from);
  return range && xml.slice(range[0], range[1]);
}

function elementRange(xml: string, name: string, from: number): [number, number] | undefined {
  const open = new RegExp(`<${name}[\\s/>]`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const tagEnd = xml.indexOf(">", m.index);
  if (tagEnd < 0) return undefined;
  if (xml[tagEnd - 1] === "/") return [m.index, tagEnd + 1];
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) throw new Error(`<${name}> is not closed`);
  return [m.index, close + name.length + 3];
}

/** Every `<name ...>...</name>` element in `xml` from `from`, parsed. */
function elementsNamed(xml: string, name: string, from: number): XmlElement[] {
  const out: XmlElement[] = [];
  let at = from;
  for (;;) {
    const range = elementRange(xml, name, at);
    if (!range) return out;
    out.push(...parseXml(xml.slice(range[0], range[1])));
    at = range[1];
  }
}

async function readSheetParts(zip: JSZip, path: string, hasSharedStrings: boolean): Promise<SheetParts> {
  const xml = await partText(zip, path);
  // ExcelJS reads a cut-off sheet without complaint and fails later with a meaningless message.
  if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml.slice(-64))) throw new Error("the XML ends before </worksheet>");
  if (!hasSharedStrings && /<(?:\w+:)?c\b[^>]*\bt="s"/.test(xml)) {
    throw new Error("its text cells point at shared strings the file does not hold");
  }
  // Everything we look for follows the cell data, which can be large: search only after it.
  const dataEnd = Math.max(0, xml.lastIndexOf("</sheetData>"));
  const validationsRange = elementRange(xml, "dataValidations", dataEnd);
  const validationElements = validationsRange
    ? childrenNamed(
        parseXml(xml.slice(validationsRange[0], validationsRange[1]))[0] as XmlElement,
        "dataValidation",
      )
    : [];
  const extended = elementsNamed(xml, "x14:dataValidations", dataEnd).flatMap((list) =>
    childrenNamed(list, "dataValidation"),
  );
  const parts: SheetParts = {
    validations: readDataValidations([...validationElements, ...extended]),
    conditionalFormats: elementsNamed(xml, "conditionalFormatting", dataEnd),
    tables: [],
    charts: [],
  };
  const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
  if (zip.file(relsPath)) {
    const relsXml = await partText(zip, relsPath);
    for (const rel of descendantsNamed(parseXml(relsXml), "Relationship")) {
      if (!TABLE_RELATIONSHIP.test(rel.attrs.Type ?? "") || !rel.attrs.Id) continue;
      const tablePath = parseRelationships(relsXml, relsPath).get(rel.attrs.Id);
      if (tablePath && zip.file(tablePath))
        parts.tables.push({ path: tablePath, xml: await partText(zip, tablePath) });
    }
    const drawing = drawingOf(relsXml, relsPath);
    if (drawing !== undefined) parts.charts = (await readDrawingCharts(zip, drawing)).charts;
  }
  return parts;
}

function buildModel(
  workbook: ExcelJS.Workbook,
  part: WorkbookPart,
  sheetParts: Map<string, SheetParts>,
  dxfs: XmlElement[],
): WorkbookModel {
  const book = emptyWorkbook();
  const newId = (): string => String(book.nextId++);
  const styles = new ModelStyleCache();
  const formulas = new FormulaTranslator(book);

  // Sheets, tables and names first: reading a formula's structured references needs them.
  const sheetsInPartOrder: (SheetModel | undefined)[] = [];
  const filled: { sheet: SheetModel; worksheet: ExcelJS.Worksheet }[] = [];
  for (const entry of part.sheets) {
    const worksheet = workbook.getWorksheet(entry.name);
    if (!worksheet) {
      sheetsInPartOrder.push(undefined); // a chart sheet, or a sheet part ExcelJS could not find
      continue;
    }
    const sheet = newSheet(newId(), entry.name);
    sheet.visibility =
      entry.state === "hidden" ? "Hidden" : entry.state === "veryHidden" ? "VeryHidden" : "Visible";
    const tabColor = hexOf(worksheet.properties.tabColor);
    if (tabColor) sheet.tabColor = tabColor;
    readView(sheet, worksheet);
    sheet.pageLayout = readPageLayout(worksheet);
    const parts = sheetParts.get(entry.name);
    if (parts) {
      sheet.dataValidations = parts.validations;
      sheet.conditionalFormats = readConditionalFormats(parts.conditionalFormats, dxfs, newId);
      sheet.charts = parts.charts;
      for (const table of parts.tables) {
        const model = readTable(table.xml, sheet.id, newId);
        if (model) book.tables.push(model);
      }
    }
    book.sheets.push(sheet);
    sheetsInPartOrder.push(sheet);
    filled.push({ sheet, worksheet });
  }
  applyDefinedNames(book, part.definedNames, sheetsInPartOrder);

  const active = sheetsInPartOrder[part.activeTab] ?? book.sheets[0];
  if (active) {
    book.activeSheetId = active.id;
    const activeCell = filled.find((f) => f.sheet === active)?.worksheet.views[0]?.activeCell;
    const rect = activeCell ? parseRange(activeCell) : null;
    if (rect) book.selection = { sheetId: active.id, rect };
  }

  for (const { sheet, worksheet } of filled) {
    readColumnWidths(sheet, worksheet);
    readCells(formulas, sheet, worksheet, styles);
    sheet.merges = readMerges(worksheet);
  }
  return book;
}

function readView(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const view = worksheet.views[0] as
    (Partial<ExcelJS.WorksheetView> & { xSplit?: number; ySplit?: number }) | undefined;
  if (!view) return;
  sheet.gridlines = view.showGridLines !== false;
  if (view.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
}

const DEFAULT_MARGINS_POINTS = { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };

function readPageLayout(worksheet: ExcelJS.Worksheet): PageLayoutModel {
  const setup = worksheet.pageSetup;
  const layout: PageLayoutModel = {
    orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: paperTypeName(setup.paperSize === undefined ? undefined : Number(setup.paperSize)),
  };
  if (setup.fitToPage) {
    layout.fitToPagesWide = setup.fitToWidth ?? 1;
    layout.fitToPagesTall = setup.fitToHeight ?? 1;
  }
  if (setup.margins) {
    const m = setup.margins;
    const margins = {
      top: inchesToPoints(m.top),
      bottom: inchesToPoints(m.bottom),
      left: inchesToPoints(m.left),
      right: inchesToPoints(m.right),
      header: inchesToPoints(m.header),
      footer: inchesToPoints(m.footer),
    };
    const isDefault = (Object.keys(margins) as (keyof typeof margins)[]).every(
      (key) => margins[key] === DEFAULT_MARGINS_POINTS[key],
    );
    if (!isDefault) layout.margins = margins;
  }
  if (setup.horizontalCentered) layout.centerHorizontally = true;
  const header = centreSection(worksheet.headerFooter?.oddHeader);
  const footer = centreSection(worksheet.headerFooter?.oddFooter);
  if (header) layout.headerCenter = header;
  if (footer) layout.footerCenter = footer;
  return layout;
}

/** The text of the centre (`&C`) section of a header/footer code, with `&&` read as `&`. */
function centreSection(code: string | undefined): string | undefined {
  if (!code) return undefined;
  let section = "C"; // text before any section code is centred
  let text = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch !== "&") {
      if (section === "C") text += ch;
      continue;
    }
    const next = code[i + 1];
    if (next === "&") {
      if (section === "C") text += "&";
      i++;
    } else if (next === "L" || next === "C" || next === "R") {
      section = next;
      i++;
    } else {
      i++; // other codes (page numbers, fonts) are not text
    }
  }
  return text || undefined;
}

/**
 * A table part as the model's table. A column's `<calculatedColumnFormula>` is not kept: the body
 * cells carry the formula, and the writer derives the element from them again.
 */
function readTable(xml: string, sheetId: string, newId: () => string): TableModel | undefined {
  const table = parseXml(xml).find((e) => e.name.endsWith("table"));
  const ref = table && parseRange(table.attrs.ref ?? "");
  if (!table || !ref) return undefined;
  const columns = childrenNamed(childNamed(table, "tableColumns") ?? table, "tableColumn").map(
    (column, index) => ({
      id: Number(column.attrs.id ?? index + 1),
      name: decodeEscapedName(column.attrs.name ?? ""),
    }),
  );
  return {
    id: newId(),
    name: table.attrs.displayName ?? table.attrs.name ?? "",
    sheetId,
    ref,
    columns,
    // Both counts are optional in the file: one header row and no totals row by default.
    showHeaders: (table.attrs.headerRowCount ?? "1") !== "0",
    showTotals: (table.attrs.totalsRowCount ?? "0") !== "0",
    style: childNamed(table, "tableStyleInfo")?.attrs.name ?? "",
  };
}

/** Table column names escape characters such as line breaks as `_x000A_`. */
function decodeEscapedName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function readColumnWidths(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const columns = worksheet.columns ?? [];
  columns.forEach((column, index) => {
    if (column.width !== undefined) sheet.columnWidths.set(index, characterWidthToPoints(column.width));
  });
}

/** ExcelJS keeps merges by master address; the public API offers no way to list them. */
interface WorksheetWithMerges {
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

function readMerges(worksheet: ExcelJS.Worksheet): Rect[] {
  const merges = (worksheet as unknown as WorksheetWithMerges)._merges ?? {};
  return Object.values(merges).map((m) => ({
    row: m.top - 1,
    col: m.left - 1,
    rows: m.bottom - m.top + 1,
    cols: m.right - m.left + 1,
  }));
}

function readCells(
  formulas: FormulaTranslator,
  sheet: SheetModel,
  worksheet: ExcelJS.Worksheet,
  styles: ModelStyleCache,
): void {
  worksheet.eachRow({ includeEmpty: true }, (fileRow, rowNumber) => {
    const row = rowNumber - 1;
    if (fileRow.height !== undefined && fileRow.height !== null) sheet.rowHeights.set(row, fileRow.height);
    fileRow.eachCell({ includeEmpty: true }, (fileCell, colNumber) => {
      const col = colNumber - 1;
      const style = styles.get(fileCell.style);
      const cell: Cell = {};
      if (fileCell.type !== VALUE_TYPE.Merge) readValue(fileCell, cell, formulas, sheet.id, row, col);
      if (style) cell.style = style;
      if (cell.value === undefined && cell.formula === undefined && cell.style === undefined) return;
      Object.assign(ensureCell(sheet, row, col), cell);
    });
  });
}

function readValue(
  fileCell: ExcelJS.Cell,
  cell: Cell,
  formulas: FormulaTranslator,
  sheetId: string,
  row: number,
  col: number,
): void {
  const value = fileCell.value;
  switch (fileCell.type) {
    case VALUE_TYPE.Null:
      return;
    case VALUE_TYPE.Formula: {
      const formula = fileCell.formula;
      if (!formula) return;
      cell.formula = formulas.modelFormula(formula, sheetId, row, col);
      const computed = computedOf(fileCell.result);
      if (computed !== undefined) cell.computed = computed;
      return;
    }
    case VALUE_TYPE.Error:
      // An error typed as a constant: the model holds constants as scalars, so keep it as the
      // formula that yields it.
      cell.formula = `=${(value as ExcelJS.CellErrorValue).error}`;
      cell.computed = { error: (value as ExcelJS.CellErrorValue).error };
      return;
    default: {
      const scalar = scalarOf(value);
      if (scalar !== undefined) cell.value = scalar;
    }
  }
}

function scalarOf(value: unknown): Scalar | undefined {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (value && typeof value === "object") {
    const rich = (value as { richText?: { text: string }[] }).richText;
    if (rich) return rich.map((run) => run.text).join("");
    // A hyperlink cell shows its text.
    if ("text" in value) return scalarOf((value as { text: unknown }).text);
  }
  return undefined;
}

function computedOf(result: unknown): ComputedValue | undefined {
  if (result === undefined || result === null) return undefined;
  if (typeof result === "object" && "error" in result)
    return { error: String((result as { error: unknown }).error) };
  return scalarOf(result) ?? undefined;
}
