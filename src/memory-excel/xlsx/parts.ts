/**
 * Which parts of an .xlsx file a read → write round trip through the model would lose.
 */
import { keptChartParts } from "./charts";
import type JSZip from "jszip";
import { corruptError, openWorkbookZip } from "./errors";
import { parseRelationships, parseWorkbookPart } from "./workbookXml";

/** A kind of content the model does not hold, recognised by the zip entries that carry it. */
const UNSUPPORTED_KINDS: { label: string; pattern: RegExp }[] = [
  { label: "charts", pattern: /^xl\/(charts|chartsheets)\// },
  { label: "pivot tables", pattern: /^xl\/(pivotTables|pivotCache)\// },
  { label: "images", pattern: /^xl\/media\// },
  { label: "drawings", pattern: /^xl\/drawings\/(?!vmlDrawing)[^/]+\.xml$/ },
  { label: "macros (vbaProject)", pattern: /^xl\/vbaProject\.bin$|^xl\/(macrosheets|dialogsheets)\// },
  { label: "external links", pattern: /^xl\/externalLinks\// },
  { label: "slicers", pattern: /^xl\/(slicers|slicerCaches)\// },
  { label: "timelines", pattern: /^xl\/(timelines|timelineCaches)\// },
  { label: "comments", pattern: /^xl\/(comments\d*\.xml$|threadedComments\/)/ },
  { label: "form controls", pattern: /^xl\/(ctrlProps|activeX)\// },
  { label: "embedded objects", pattern: /^xl\/embeddings\// },
  { label: "data connections", pattern: /^xl\/(connections\.xml$|queryTables\/)/ },
  { label: "data model", pattern: /^xl\/model\// },
  { label: "rich data (pictures in cells, data types)", pattern: /^xl\/richData\// },
];

/**
 * Names the kinds of content in an .xlsx file that reading it into the model and writing it back
 * would lose (charts, pivot tables, images, macros, drawings, external links, slicers, comments,
 * ...), found by listing the zip's entries. Charts the model holds exactly (plain one-series bar
 * and column charts such as Gendan draws, see readDrawingCharts) and their drawings are not
 * counted. Empty when a round trip keeps everything we know of.
 * @returns labels such as `"charts"`, `"pivot tables"`, in a fixed order, without repeats.
 * @throws XlsxReadError when `data` is not a readable .xlsx file (or its workbook part is damaged).
 */
export async function unsupportedParts(data: Buffer | Uint8Array): Promise<string[]> {
  const zip = await openWorkbookZip(data);
  const kept = await keptChartParts(zip, await sheetPaths(zip));
  // Folders are listed as entries too; only files carry content.
  const names = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name.replace(/^\//, ""))
    .filter((name) => !kept.has(name));
  return UNSUPPORTED_KINDS.filter((kind) => names.some((name) => kind.pattern.test(name))).map(
    (kind) => kind.label,
  );
}

/** The worksheet parts the workbook part lists. */
async function sheetPaths(zip: JSZip): Promise<string[]> {
  const relsPath = "xl/_rels/workbook.xml.rels";
  const text = async (path: string): Promise<string | undefined> => zip.file(path)?.async("string");
  try {
    const workbook = parseWorkbookPart((await text("xl/workbook.xml")) ?? "");
    const rels = await text(relsPath);
    const paths = rels === undefined ? new Map<string, string>() : parseRelationships(rels, relsPath);
    return workbook.sheets.flatMap((entry) => {
      const path = paths.get(entry.relationshipId);
      return path === undefined ? [] : [path];
    });
  } catch (error) {
    // As readXlsx reports it.
    throw corruptError("xl/workbook.xml", error);
  }
}
