/**
 * Writing the model as an .xlsx file: ExcelJS writes cells, styles, sheets, tables and page
 * setup; the parts ExcelJS 4.4 cannot express faithfully (defined names, data validation,
 * conditional formats and their styles, tables' calculated columns, charts) are then written into
 * its output directly.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  columnLetters,
  getCell,
  isErrorValue,
  type Cell,
  type PageLayoutModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "../model";
import { addChartParts } from "./charts";
import { conditionalFormatsXml, dataValidationsXml } from "./rules";
import { FormulaTranslator } from "./formulaText";
import { FileStyleCache } from "./styles";
import { calculatedColumnFormulas, withCalculatedColumns } from "./tableXml";
import { paperSizeCode, pointsToCharacterWidth, pointsToInches } from "./units";
import { definedNamesXml, parseRelationships, parseWorkbookPart } from "./workbookXml";
import { decodeXml } from "./xml";

/** Choices for {@link writeXlsx}. */
export interface WriteXlsxOptions {
  /**
   * Leave formulas' cached results out of the file. LibreOffice (by default) and other readers
   * show a cached result as is; without one they compute the formula. Use this when the model's
   * `computed` values may be stale, for example when no formula engine ran after an edit.
   */
  omitFormulaResults?: boolean;
}

/**
 * The model as an .xlsx file.
 *
 * Constants are written as typed (a string such as `=1+1` or `+86 123` stays text), formulas in
 * file syntax with their last computed result, dates as serial numbers with their format. The
 * file asks Excel to recalculate when it opens it (`fullCalcOnLoad`). A table column whose body
 * rows all hold one formula is written as a calculated column, so that Excel fills the formula
 * into rows added below the table.
 */
export async function writeXlsx(book: WorkbookModel, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  const context: WriteContext = {
    book,
    styles: new FileStyleCache(),
    formulas: new FormulaTranslator(book),
    options,
  };
  const activeIndex = Math.max(
    0,
    book.sheets.findIndex((sheet) => sheet.id === book.activeSheetId),
  );
  book.sheets.forEach((sheet, index) => {
    const tables = book.tables.filter((table) => table.sheetId === sheet.id);
    writeSheet(workbook, context, sheet, tables, index === activeIndex);
  });
  workbook.views = [
    { x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: activeIndex, visibility: "visible" },
  ];
  // Written uncompressed: the archive is opened again below and compressed once, at the end.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(stored as ArrayBuffer);
  const sheetPaths = await writtenSheetPaths(zip, book);
  await addPartsExcelJsCannotWrite(zip, book, sheetPaths);
  await addCalculatedColumns(zip, context);
  await addChartParts(zip, book, sheetPaths, options.omitFormulaResults === true);
  // Bytes, not a Node Buffer: the workbench writes files in the browser too.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** What every part of one write shares. */
interface WriteContext {
  book: WorkbookModel;
  styles: FileStyleCache;
  formulas: FormulaTranslator;
  options: WriteXlsxOptions;
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  context: WriteContext,
  sheet: SheetModel,
  tables: TableModel[],
  isActive: boolean,
): void {
  const { book } = context;
  const selection = book.selection?.sheetId === sheet.id ? book.selection.rect : undefined;
  const common = {
    showGridLines: sheet.gridlines,
    tabSelected: isActive,
    ...(selection ? { activeCell: `${columnLetters(selection.col)}${selection.row + 1}` } : {}),
  };
  const { rows: frozenRows, columns: frozenColumns } = sheet.freeze;
  const view: Partial<ExcelJS.WorksheetView> =
    frozenRows > 0 || frozenColumns > 0
      ? { ...common, state: "frozen", xSplit: frozenColumns, ySplit: frozenRows }
      : { ...common, state: "normal" };
  const tabColor = sheet.tabColor?.replace(/^#/, "").toUpperCase();
  const worksheet = workbook.addWorksheet(sheet.name, {
    state:
      sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible",
    ...(tabColor ? { properties: { tabColor: { argb: `FF${tabColor}` } } } : {}),
    views: [view],
    pageSetup: filePageSetup(sheet.pageLayout),
    headerFooter: fileHeaderFooter(sheet.pageLayout),
  });

  for (const [col, width] of sheet.columnWidths)
    worksheet.getColumn(col + 1).width = pointsToCharacterWidth(width);
  for (const [row, height] of sheet.rowHeights) worksheet.getRow(row + 1).height = height;

  // Tables first: ExcelJS writes their header (and totals) cells, which the model's cells then replace.
  for (const table of tables) addTable(worksheet, table, sheet);

  sheet.cells.forEach((cells, row) => {
    const fileRow = worksheet.getRow(row + 1);
    cells.forEach((cell, col) => {
      if (cell) writeCell(fileRow.getCell(col + 1), cell, context, sheet.id, row, col);
    });
  });

  // Merged after the values are in place: a merged-away cell forwards writes to its master.
  for (const merge of sheet.merges) {
    if (merge.rows * merge.cols > 1) {
      worksheet.mergeCellsWithoutStyle(
        merge.row + 1,
        merge.col + 1,
        merge.row + merge.rows,
        merge.col + merge.cols,
      );
    }
  }
}

function writeCell(
  fileCell: ExcelJS.Cell,
  cell: Cell,
  { styles, formulas, options }: WriteContext,
  sheetId: string,
  row: number,
  col: number,
): void {
  fileCell.style = styles.get(cell.style);
  if (cell.formula !== undefined) {
    const formula = formulas.fileText(cell.formula, sheetId, row, col);
    const computed = options.omitFormulaResults ? undefined : cell.computed;
    const result =
      computed === null || computed === undefined
        ? undefined
        : isErrorValue(computed)
          ? { error: computed.error }
          : computed;
    fileCell.value = { formula, result } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined) {
    // ExcelJS writes a string as a string whatever it starts with, so "=1+1" stays text.
    fileCell.value = cell.value;
  } else {
    fileCell.value = null;
  }
}

function addTable(worksheet: ExcelJS.Worksheet, table: TableModel, sheet: SheetModel): void {
  const bodyRows = Math.max(0, table.ref.rows - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0));
  const totalsRow = table.ref.row + table.ref.rows - 1;
  const label = table.showTotals ? getCell(sheet, totalsRow, table.ref.col)?.value : undefined;
  const added = worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: `${columnLetters(table.ref.col)}${table.ref.row + 1}`,
    headerRow: table.showHeaders,
    totalsRow: table.showTotals,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.name, filterButton: true })),
    // Empty rows give ExcelJS the table's height without it writing any body cell.
    rows: Array.from({ length: bodyRows }, () => []),
  });
  // ExcelJS labels every first column "Total"; the file should name the label the totals row
  // shows, or none.
  const firstColumn = (added as unknown as { table: { columns: { totalsRowLabel?: string }[] } }).table
    .columns[0];
  if (firstColumn) firstColumn.totalsRowLabel = typeof label === "string" ? label : undefined;
  if (table.showTotals) {
    // The totals row holds what the model's cells hold, not ExcelJS's label.
    const fileRow = worksheet.getRow(totalsRow + 1);
    for (let col = table.ref.col; col < table.ref.col + table.ref.cols; col++)
      fileRow.getCell(col + 1).value = null;
  }
}

/** Excel's default margins (inches) are written when the model leaves them out. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

function filePageSetup(layout: PageLayoutModel): Partial<ExcelJS.PageSetup> {
  const wide = layout.fitToPagesWide ?? 0;
  const tall = layout.fitToPagesTall ?? 0;
  const fitToPage = wide > 0 || tall > 0;
  const margins = layout.margins
    ? {
        left: pointsToInches(layout.margins.left),
        right: pointsToInches(layout.margins.right),
        top: pointsToInches(layout.margins.top),
        bottom: pointsToInches(layout.margins.bottom),
        header: pointsToInches(layout.margins.header),
        footer: pointsToInches(layout.margins.footer),
      }
    : DEFAULT_MARGINS;
  const paperSize = paperSizeCode(layout.paperSize);
  return {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    ...(paperSize === undefined ? {} : { paperSize: paperSize as ExcelJS.PaperSize }),
    fitToPage,
    ...(fitToPage ? { fitToWidth: wide, fitToHeight: tall } : {}),
    margins,
    horizontalCentered: layout.centerHorizontally === true,
  };
}

/** Header and footer text is a code: `&C` starts the centre section and `&&` is a literal `&`. */
function fileHeaderFooter(layout: PageLayoutModel): Partial<ExcelJS.HeaderFooter> {
  const out: Partial<ExcelJS.HeaderFooter> = {};
  if (layout.headerCenter) out.oddHeader = `&C${layout.headerCenter.replace(/&/g, "&&")}`;
  if (layout.footerCenter) out.oddFooter = `&C${layout.footerCenter.replace(/&/g, "&&")}`;
  return out;
}

/** Worksheet elements that must follow `<dataValidations>` (ECMA-376 CT_Worksheet order). */
const AFTER_VALIDATIONS =
  /<(?:hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/;

/** The part ExcelJS wrote for each of the model's sheets, in the model's order. */
async function writtenSheetPaths(zip: JSZip, book: WorkbookModel): Promise<string[]> {
  const relationships = parseRelationships(
    await readPart(zip, "xl/_rels/workbook.xml.rels"),
    "xl/_rels/workbook.xml.rels",
  );
  const entries = parseWorkbookPart(await readPart(zip, "xl/workbook.xml")).sheets;
  return book.sheets.map((sheet, index) => {
    const entry = entries[index];
    const path = entry && relationships.get(entry.relationshipId);
    if (!path) throw new Error(`ExcelJS wrote no part for sheet ${sheet.name}`);
    return path;
  });
}

async function addPartsExcelJsCannotWrite(
  zip: JSZip,
  book: WorkbookModel,
  sheetPaths: readonly string[],
): Promise<void> {
  const workbookXml = await readPart(zip, "xl/workbook.xml");
  const dxfs: string[] = [];
  const stylesXml = await readPart(zip, "xl/styles.xml");
  const existingDxfs = Number(/<dxfs[^>]*\bcount="(\d+)"/.exec(stylesXml)?.[1] ?? "0");
  for (const [index, sheet] of book.sheets.entries()) {
    const path = sheetPaths[index];
    if (!path) throw new Error(`ExcelJS wrote no part for sheet ${sheet.name}`);
    const formats = conditionalFormatsXml(sheet.conditionalFormats, existingDxfs + dxfs.length);
    dxfs.push(...formats.dxfs);
    const fragment = formats.xml + dataValidationsXml(sheet.dataValidations);
    if (!fragment) continue;
    const xml = await readPart(zip, path);
    const dataEnd = Math.max(xml.lastIndexOf("</sheetData>"), xml.lastIndexOf("<sheetData/>"));
    const tail = xml.slice(dataEnd);
    const at = dataEnd + (AFTER_VALIDATIONS.exec(tail)?.index ?? tail.length);
    zip.file(path, xml.slice(0, at) + fragment + xml.slice(at));
  }
  if (dxfs.length) zip.file("xl/styles.xml", withDxfs(stylesXml, existingDxfs, dxfs));

  const names = definedNamesXml(book);
  let patched = workbookXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  if (names) patched = patched.replace("</sheets>", () => `</sheets>${names}`);
  zip.file("xl/workbook.xml", patched);
}

/** Where ExcelJS puts table parts. */
const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;

/**
 * Adds the calculated column formulas to the table parts. A part is found by its `displayName`,
 * which ExcelJS sets to the table's name; its columns are in the model's order.
 */
async function addCalculatedColumns(zip: JSZip, { book, formulas }: WriteContext): Promise<void> {
  // Table names are unique in a workbook, whatever their case.
  const byName = new Map<string, (string | undefined)[]>();
  for (const table of book.tables) {
    const sheet = book.sheets.find((s) => s.id === table.sheetId);
    if (!sheet) continue;
    const firstBodyRow = table.ref.row + (table.showHeaders ? 1 : 0);
    const fileFormulas = calculatedColumnFormulas(sheet, table).map((formula, index) =>
      formula === undefined
        ? undefined
        : formulas.fileText(formula, sheet.id, firstBodyRow, table.ref.col + index),
    );
    if (fileFormulas.some((formula) => formula !== undefined))
      byName.set(table.name.toLowerCase(), fileFormulas);
  }
  if (byName.size === 0) return;
  for (const path of Object.keys(zip.files).filter((name) => TABLE_PART.test(name))) {
    const xml = await readPart(zip, path);
    const key = decodeXml(/<table\b[^>]*?\sdisplayName="([^"]*)"/.exec(xml)?.[1] ?? "").toLowerCase();
    const fileFormulas = byName.get(key);
    if (!fileFormulas) continue;
    zip.file(path, withCalculatedColumns(xml, fileFormulas));
    byName.delete(key);
  }
  const missing = [...byName.keys()];
  if (missing.length) throw new Error(`ExcelJS wrote no table part for ${missing.join(", ")}`);
}

function withDxfs(stylesXml: string, existing: number, added: string[]): string {
  const list = `<dxfs count="${existing + added.length}">`;
  const open = /<dxfs[^>]*\/>|<dxfs[^>]*>/.exec(stylesXml);
  // ExcelJS always writes a (possibly empty) <dxfs> list in its place in the schema order.
  if (!open) throw new Error("the written styles part has no <dxfs> list");
  if (open[0].endsWith("/>")) return stylesXml.replace(open[0], () => `${list}${added.join("")}</dxfs>`);
  return stylesXml.replace(open[0], () => list).replace("</dxfs>", () => `${added.join("")}</dxfs>`);
}

async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the written workbook has no ${path}`);
  return file.async("string");
}
