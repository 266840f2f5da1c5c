/**
 * Charts in an .xlsx file, written and read directly (ExcelJS 4.4 has no charts): each sheet with
 * charts gets a drawing part (xl/drawings/drawingN.xml) of cell-anchored frames, each frame
 * pointing at a chart part (xl/charts/chartN.xml) in SpreadsheetML's chart markup.
 *
 * A chart is read back only when writing its model again gives the same markup (apart from the
 * cached values, relationship ids and object ids): then a read → write round trip keeps it
 * exactly. Other charts (other types, several series, formatting, pictures or shapes beside them)
 * are left out of the model and reported by unsupportedParts.
 */
import type JSZip from "jszip";
import {
  cellValue,
  getCell,
  isErrorValue,
  type ChartAxisPositionModel,
  type ChartModel,
  type ChartSeriesModel,
  type LegendPositionModel,
  type Rect,
  type WorkbookModel,
} from "../model";
import { parseReferenceFormula } from "../api/rects";
import { parseRelationships } from "./workbookXml";
import {
  childNamed,
  childrenNamed,
  descendantsNamed,
  escapeXml,
  localName,
  parseXml,
  xmlElement,
  XmlSyntaxError,
  type XmlElement,
} from "./xml";

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  package: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const DRAWING_RELATIONSHIP = `${NS.relationships}/drawing`;
const CHART_RELATIONSHIP = `${NS.relationships}/chart`;
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Legend positions as the file writes them. */
const LEGEND_POS: Record<LegendPositionModel, string> = {
  Top: "t",
  Bottom: "b",
  Left: "l",
  Right: "r",
  Corner: "tr",
};

/** The model's chart without where it sits, which the drawing part holds. */
type ChartContent = Omit<ChartModel, "name" | "cells">;

/** A cell's value for a chart's cache: `undefined` when the file should not cache it. */
type CachedValue = (sheet: string, row: number, col: number) => string | number | boolean | undefined;

// ---------------------------------------------------------------------------------------------
// Writing

const val = (name: string, value: string | number): string => xmlElement(name, { val: value });

/** `'Sheet name'!$A$1:$A$9`: a model reference (`=…`) as a chart formula. */
function fileFormula(reference: string): string {
  return reference.startsWith("=") ? reference.slice(1) : reference;
}

/** The cells of a one-row or one-column reference, for the values cached beside its formula. */
function cachePoints(reference: string, cached: CachedValue): { count: number; points: [number, unknown][] } {
  const ref = parseReferenceFormula(reference);
  if (!ref) return { count: 0, points: [] };
  const { rect } = ref;
  const points: [number, unknown][] = [];
  const count = rect.rows * rect.cols;
  for (let i = 0; i < count; i++) {
    const row = rect.row + (rect.cols === 1 ? i : 0);
    const col = rect.col + (rect.cols === 1 ? 0 : i);
    const value = cached(ref.sheet, row, col);
    if (value !== undefined) points.push([i, value]);
  }
  return { count, points };
}

function stringCache(reference: string, cached: CachedValue): string {
  const { count, points } = cachePoints(reference, cached);
  const pts = points
    .map(([i, v]) => xmlElement("c:pt", { idx: i }, `<c:v>${escapeXml(String(v))}</c:v>`))
    .join("");
  return xmlElement("c:strCache", {}, val("c:ptCount", count) + pts);
}

function numberCache(reference: string, cached: CachedValue): string {
  const { count, points } = cachePoints(reference, cached);
  const pts = points
    .filter((p): p is [number, number] => typeof p[1] === "number")
    .map(([i, v]) => xmlElement("c:pt", { idx: i }, `<c:v>${v}</c:v>`))
    .join("");
  return xmlElement("c:numCache", {}, `<c:formatCode>General</c:formatCode>${val("c:ptCount", count)}${pts}`);
}

function seriesXml(series: ChartSeriesModel, index: number, cached: CachedValue): string {
  const f = (reference: string): string => `<c:f>${escapeXml(fileFormula(reference))}</c:f>`;
  const categories =
    series.categories === undefined
      ? ""
      : xmlElement(
          "c:cat",
          {},
          xmlElement("c:strRef", {}, f(series.categories) + stringCache(series.categories, cached)),
        );
  return xmlElement(
    "c:ser",
    {},
    val("c:idx", index) +
      val("c:order", index) +
      `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>` +
      val("c:invertIfNegative", 0) +
      categories +
      xmlElement(
        "c:val",
        {},
        xmlElement("c:numRef", {}, f(series.values) + numberCache(series.values, cached)),
      ),
  );
}

/** How one axis is drawn: its direction, where it crosses the other and what it holds besides. */
interface AxisOptions {
  orientation: "minMax" | "maxMin";
  crosses: string;
  inner: string;
}

/** Where the value axis crosses the category axis, as the file writes it. */
const CROSSES: Record<ChartAxisPositionModel, string> = {
  Automatic: "autoZero",
  Minimum: "min",
  Maximum: "max",
};

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

function titleXml(chart: ChartContent): string {
  if (!chart.title.visible) return "";
  const text =
    chart.title.text === undefined
      ? ""
      : `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title.text)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return `<c:title>${text}${val("c:overlay", 0)}</c:title>`;
}

/**
 * A chart part: the bar or column chart, its title, its axes (labels beside the bars, values
 * with major gridlines, formatted as their cells) and its legend; each series with its formulas
 * and the values they showed, so that a reader shows the chart before recalculating.
 */
function chartPartXml(chart: ChartContent, cached: CachedValue): string {
  const bars = chart.chartType === "BarClustered";
  // The value axis crosses the category axis where `position` says: at its first category
  // (autoZero), its last (max) or its minimum; reversing the categories puts the first at the top.
  const { reversePlotOrder, position } = chart.categoryAxis;
  const axis = (kind: "c:catAx" | "c:valAx", at: string, options: AxisOptions): string =>
    xmlElement(
      kind,
      {},
      val("c:axId", kind === "c:catAx" ? CATEGORY_AXIS : VALUE_AXIS) +
        `<c:scaling>${val("c:orientation", options.orientation)}</c:scaling>` +
        val("c:delete", 0) +
        val("c:axPos", at) +
        options.inner +
        val("c:majorTickMark", "out") +
        val("c:minorTickMark", "none") +
        val("c:tickLblPos", "nextTo") +
        val("c:crossAx", kind === "c:catAx" ? VALUE_AXIS : CATEGORY_AXIS) +
        val("c:crosses", options.crosses) +
        (kind === "c:catAx"
          ? val("c:auto", 1) + val("c:lblAlgn", "ctr") + val("c:lblOffset", 100) + val("c:noMultiLvlLbl", 0)
          : val("c:crossBetween", "between")),
    );
  const plotArea =
    "<c:layout/>" +
    xmlElement(
      "c:barChart",
      {},
      val("c:barDir", bars ? "bar" : "col") +
        val("c:grouping", "clustered") +
        val("c:varyColors", 0) +
        chart.series.map((s, i) => seriesXml(s, i, cached)).join("") +
        val("c:gapWidth", 150) +
        val("c:axId", CATEGORY_AXIS) +
        val("c:axId", VALUE_AXIS),
    ) +
    axis("c:catAx", bars ? "l" : "b", {
      orientation: reversePlotOrder ? "maxMin" : "minMax",
      crosses: "autoZero",
      inner: "",
    }) +
    axis("c:valAx", bars ? "b" : "l", {
      orientation: "minMax",
      crosses: CROSSES[position],
      inner: "<c:majorGridlines/>" + xmlElement("c:numFmt", { formatCode: "General", sourceLinked: 1 }),
    });
  const legend = chart.legend.visible
    ? `<c:legend>${val("c:legendPos", LEGEND_POS[chart.legend.position])}${val("c:overlay", 0)}</c:legend>`
    : "";
  const body =
    titleXml(chart) +
    val("c:autoTitleDeleted", chart.title.visible ? 0 : 1) +
    `<c:plotArea>${plotArea}</c:plotArea>` +
    legend +
    val("c:plotVisOnly", 1) +
    val("c:dispBlanksAs", "gap");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    val("c:roundedCorners", 0) +
    `<c:chart>${body}</c:chart>` +
    "</c:chartSpace>"
  );
}

function markerXml(name: "xdr:from" | "xdr:to", row: number, col: number): string {
  return xmlElement(
    name,
    {},
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`,
  );
}

/** A drawing part: each chart in a frame anchored to the cells it covers (moving and sizing with them). */
function drawingPartXml(charts: readonly { name: string; cells: Rect; relationshipId: string }[]): string {
  const anchors = charts.map((chart, i) => {
    const { row, col, rows, cols } = chart.cells;
    const frame = xmlElement(
      "xdr:graphicFrame",
      { macro: "" },
      "<xdr:nvGraphicFramePr>" +
        xmlElement("xdr:cNvPr", { id: i + 2, name: chart.name }) +
        "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS.chart}">` +
        xmlElement("c:chart", {
          "xmlns:c": NS.chart,
          "xmlns:r": NS.relationships,
          "r:id": chart.relationshipId,
        }) +
        "</a:graphicData></a:graphic>",
    );
    return xmlElement(
      "xdr:twoCellAnchor",
      {},
      markerXml("xdr:from", row, col) +
        markerXml("xdr:to", row + rows, col + cols) +
        frame +
        "<xdr:clientData/>",
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relationshipsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const inner = relationships
    .map((r) => xmlElement("Relationship", { Id: r.id, Type: r.type, Target: r.target }))
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.package}">${inner}</Relationships>`;
}

/** Worksheet elements that follow `<drawing>` (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/;

/** A free `rIdN` in a relationships part (ids only need to be unique within it). */
function freeRelationshipId(relsXml: string): string {
  let n = 1;
  for (const m of relsXml.matchAll(/\bId="rId(\d+)"/g)) n = Math.max(n, Number(m[1]) + 1);
  return `rId${n}`;
}

/** The first free `prefixN.xml` in a folder of the archive. */
function freePartNumber(zip: JSZip, folder: string, prefix: string, from: number): number {
  let n = from;
  while (zip.file(`${folder}/${prefix}${n}.xml`)) n++;
  return n;
}

/** What a chart's cached values come from: the cells of the model, formulas' results unless told not to. */
function modelCache(book: WorkbookModel, omitFormulaResults: boolean): CachedValue {
  return (sheetName, row, col) => {
    const upper = sheetName.toUpperCase();
    const sheet = book.sheets.find((s) => s.name.toUpperCase() === upper);
    const cell = sheet && getCell(sheet, row, col);
    if (!cell || (cell.formula !== undefined && omitFormulaResults)) return undefined;
    const value = cellValue(cell);
    return value === null || isErrorValue(value) ? undefined : value;
  };
}

/**
 * Adds each sheet's charts to the archive ExcelJS wrote: a drawing part per sheet with charts,
 * a chart part per chart, their relationships, the sheet's `<drawing>` element and the content
 * types. `sheetPaths[i]` is the part of `book.sheets[i]`.
 */
export async function addChartParts(
  zip: JSZip,
  book: WorkbookModel,
  sheetPaths: readonly string[],
  omitFormulaResults: boolean,
): Promise<void> {
  const cached = modelCache(book, omitFormulaResults);
  const overrides: string[] = [];
  let nextDrawing = 1;
  let nextChart = 1;
  for (const [index, sheet] of book.sheets.entries()) {
    if (sheet.charts.length === 0) continue;
    const sheetPath = sheetPaths[index];
    if (!sheetPath) throw new Error(`no part for sheet ${sheet.name}`);
    nextDrawing = freePartNumber(zip, "xl/drawings", "drawing", nextDrawing);
    const drawingPath = `xl/drawings/drawing${nextDrawing}.xml`;
    const frames = sheet.charts.map((chart, i) => {
      nextChart = freePartNumber(zip, "xl/charts", "chart", nextChart);
      const chartPath = `xl/charts/chart${nextChart}.xml`;
      zip.file(chartPath, chartPartXml(chart, cached));
      overrides.push(xmlElement("Override", { PartName: `/${chartPath}`, ContentType: CHART_CONTENT_TYPE }));
      return {
        name: chart.name,
        cells: chart.cells,
        relationshipId: `rId${i + 1}`,
        target: `../charts/chart${nextChart}.xml`,
      };
    });
    zip.file(drawingPath, drawingPartXml(frames));
    zip.file(
      `xl/drawings/_rels/drawing${nextDrawing}.xml.rels`,
      relationshipsXml(
        frames.map((f) => ({ id: f.relationshipId, type: CHART_RELATIONSHIP, target: f.target })),
      ),
    );
    overrides.push(
      xmlElement("Override", { PartName: `/${drawingPath}`, ContentType: DRAWING_CONTENT_TYPE }),
    );

    const sheetRelsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const existing = await partText(zip, sheetRelsPath);
    const id = existing ? freeRelationshipId(existing) : "rId1";
    const relationship = xmlElement("Relationship", {
      Id: id,
      Type: DRAWING_RELATIONSHIP,
      Target: `../drawings/drawing${nextDrawing}.xml`,
    });
    zip.file(
      sheetRelsPath,
      existing
        ? existing.replace("</Relationships>", () => `${relationship}</Relationships>`)
        : relationshipsXml([
            { id, type: DRAWING_RELATIONSHIP, target: `../drawings/drawing${nextDrawing}.xml` },
          ]),
    );
    const xml = await partText(zip, sheetPath);
    if (xml === undefined) throw new Error(`the written workbook has no ${sheetPath}`);
    const dataEnd = Math.max(xml.lastIndexOf("</sheetData>"), xml.lastIndexOf("<sheetData/>"));
    const tail = xml.slice(dataEnd);
    const at = dataEnd + (AFTER_DRAWING.exec(tail)?.index ?? tail.length);
    zip.file(sheetPath, xml.slice(0, at) + xmlElement("drawing", { "r:id": id }) + xml.slice(at));
    nextDrawing += 1;
  }
  if (overrides.length === 0) return;
  const types = await partText(zip, "[Content_Types].xml");
  if (types === undefined) throw new Error("the written workbook has no [Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", () => `${overrides.join("")}</Types>`),
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

/** The `r:id` of an element, whatever prefix the file gives the relationships namespace. */
function relationshipIdOf(element: XmlElement): string | undefined {
  const key = Object.keys(element.attrs).find((k) => localName(k) === "id" && k.includes(":"));
  return key === undefined ? undefined : element.attrs[key];
}

const valOf = (element: XmlElement | undefined, name: string): string | undefined =>
  element && childNamed(element, name)?.attrs.val;

/** A reference formula of a chart (`'a b'!$A$1:$A$3`) as the model's `='a b'!$A$1:$A$3`, if it is one. */
function modelReference(element: XmlElement | undefined): string | undefined {
  const f = element && childNamed(element, "f");
  if (!f) return undefined;
  const reference = `=${f.text.trim()}`;
  return parseReferenceFormula(reference) ? reference : undefined;
}

/** The text of a rich-text title: its runs, paragraphs on separate lines. */
function richText(tx: XmlElement | undefined): string | undefined {
  const rich = tx && childNamed(tx, "rich");
  if (!rich) return undefined;
  return childrenNamed(rich, "p")
    .map((p) =>
      descendantsNamed([p], "t")
        .map((t) => t.text)
        .join(""),
    )
    .join("\n");
}

/** What the model holds of a chart part, or undefined when it is not a one-series bar or column chart. */
function readChartContent(xml: string): ChartContent | undefined {
  const space = parseXml(xml).find((e) => localName(e.name) === "chartSpace");
  const chart = space && childNamed(space, "chart");
  const plotArea = chart && childNamed(chart, "plotArea");
  const barCharts = plotArea ? childrenNamed(plotArea, "barChart") : [];
  const bar = barCharts[0];
  if (!chart || !plotArea || !bar || barCharts.length !== 1) return undefined;
  const barDir = valOf(bar, "barDir");
  const grouping = valOf(bar, "grouping") ?? "clustered";
  if ((barDir !== "bar" && barDir !== "col") || grouping !== "clustered") return undefined;
  const ser = childrenNamed(bar, "ser");
  if (ser.length !== 1) return undefined;
  const series: ChartSeriesModel[] = [];
  for (const s of ser) {
    const values = modelReference(childNamed(childNamed(s, "val") ?? s, "numRef"));
    const name = childNamed(childNamed(s, "tx") ?? s, "v")?.text;
    if (values === undefined || name === undefined) return undefined;
    const model: ChartSeriesModel = { name, values };
    const cat = childNamed(s, "cat");
    if (cat) {
      const categories = modelReference(childNamed(cat, "strRef") ?? childNamed(cat, "numRef"));
      if (categories === undefined) return undefined;
      model.categories = categories;
    }
    series.push(model);
  }
  const title = childNamed(chart, "title");
  const text = richText(title && childNamed(title, "tx"));
  const legend = childNamed(chart, "legend");
  const position = (Object.keys(LEGEND_POS) as LegendPositionModel[]).find(
    (key) => LEGEND_POS[key] === (valOf(legend, "legendPos") ?? "r"),
  );
  const categoryAxis = childNamed(plotArea, "catAx");
  const valueAxis = childNamed(plotArea, "valAx");
  const crossing = (Object.keys(CROSSES) as ChartAxisPositionModel[]).find(
    (key) => CROSSES[key] === (valOf(valueAxis, "crosses") ?? "autoZero"),
  );
  const scaling = categoryAxis && childNamed(categoryAxis, "scaling");
  if (!position || !crossing) return undefined;
  return {
    chartType: barDir === "bar" ? "BarClustered" : "ColumnClustered",
    title: text === undefined ? { visible: title !== undefined } : { visible: true, text },
    legend: { visible: legend !== undefined, position: legend ? position : "Bottom" },
    series,
    categoryAxis: { reversePlotOrder: valOf(scaling, "orientation") === "maxMin", position: crossing },
  };
}

/** An element tree compared by meaning: local names, attributes but namespace declarations, trimmed text. */
interface Shape {
  n: string;
  a: [string, string][];
  t: string;
  c: Shape[];
}

/**
 * The part's markup in a form two writers of the same content agree on. `ignoredValues` are
 * attributes whose values are arbitrary labels (relationship and object ids); the cached values
 * of a chart's formulas are left out, as a writer refreshes them from the cells.
 */
function shapeOf(element: XmlElement, ignoredValues: ReadonlySet<string>): Shape {
  const attrs = Object.entries(element.attrs)
    .filter(([k]) => k !== "xmlns" && !k.startsWith("xmlns:"))
    .map(([k, v]): [string, string] => [localName(k), ignoredValues.has(localName(k)) ? "" : v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const children = element.children
    .filter((c) => localName(c.name) !== "strCache" && localName(c.name) !== "numCache")
    .map((c) => shapeOf(c, ignoredValues));
  return { n: localName(element.name), a: attrs, t: element.text.trim(), c: children };
}

function sameMarkup(a: string, b: string, ignoredValues: ReadonlySet<string>): boolean {
  const shape = (xml: string): string => JSON.stringify(parseXml(xml).map((e) => shapeOf(e, ignoredValues)));
  return shape(a) === shape(b);
}

const NOTHING_CACHED: CachedValue = () => undefined;

/**
 * `read(xml)`, or undefined when the part is not well-formed XML: the model does without a chart
 * or drawing it cannot read, and unsupportedParts reports it.
 */
function unlessMalformed<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlSyntaxError) return undefined;
    throw error;
  }
}

/** A chart part the model holds exactly, or undefined. */
function roundTrippableChart(xml: string): ChartContent | undefined {
  return unlessMalformed(() => {
    const content = readChartContent(xml);
    if (!content) return undefined;
    return sameMarkup(xml, chartPartXml(content, NOTHING_CACHED), new Set()) ? content : undefined;
  });
}

/** One frame of a drawing part: the chart's name, the cells it covers and its chart relationship. */
interface Frame {
  name: string;
  cells: Rect;
  relationshipId: string;
}

function markerOf(anchor: XmlElement, name: string): { row: number; col: number } | undefined {
  const marker = childNamed(anchor, name);
  const number = (child: string): number => Number(marker && childNamed(marker, child)?.text.trim());
  const [row, col] = [number("row"), number("col")];
  return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : undefined;
}

/** The chart frames of a drawing part (others, such as pictures, are skipped; `complete` says so). */
function readFrames(xml: string): { frames: Frame[]; complete: boolean } {
  const root = parseXml(xml).find((e) => localName(e.name) === "wsDr");
  if (!root) return { frames: [], complete: false };
  const frames: Frame[] = [];
  let complete = true;
  for (const anchor of root.children) {
    const from = markerOf(anchor, "from");
    const to = markerOf(anchor, "to");
    const frame = childNamed(anchor, "graphicFrame");
    const chart = frame && descendantsNamed([frame], "chart")[0];
    const relationshipId = chart && relationshipIdOf(chart);
    const name = frame && descendantsNamed([frame], "cNvPr")[0]?.attrs.name;
    if (localName(anchor.name) !== "twoCellAnchor" || !from || !to || !relationshipId || name === undefined) {
      complete = false;
      continue;
    }
    const cells = { row: from.row, col: from.col, rows: to.row - from.row, cols: to.col - from.col };
    if (cells.rows < 1 || cells.cols < 1) {
      complete = false;
      continue;
    }
    frames.push({ name, cells, relationshipId });
  }
  return { frames, complete };
}

/** The charts of one sheet as the model holds them, and the parts a round trip keeps exactly. */
export interface SheetCharts {
  charts: ChartModel[];
  /** Archive entries (drawing, its relationships, charts) that writing the charts gives back. */
  kept: string[];
}

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** The drawing part a sheet's relationships point at, if any. */
export function drawingOf(sheetRelsXml: string, sheetRelsPath: string): string | undefined {
  const paths = parseRelationships(sheetRelsXml, sheetRelsPath);
  const rel = descendantsNamed(parseXml(sheetRelsXml), "Relationship").find(
    (r) => r.attrs.Type === DRAWING_RELATIONSHIP && r.attrs.Id !== undefined,
  );
  return rel ? paths.get(rel.attrs.Id!) : undefined;
}

/**
 * Reads the charts of a sheet's drawing part. A chart is read when the model holds it exactly
 * (see roundTrippableChart) and has no parts of its own (styles, colours, shapes drawn on it);
 * the drawing counts as kept when every frame in it is such a chart.
 */
export async function readDrawingCharts(zip: JSZip, drawingPath: string): Promise<SheetCharts> {
  const xml = await partText(zip, drawingPath);
  if (xml === undefined) return { charts: [], kept: [] };
  const relsPath = drawingPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const relsXml = await partText(zip, relsPath);
  const targets =
    (relsXml === undefined ? undefined : unlessMalformed(() => parseRelationships(relsXml, relsPath))) ??
    new Map<string, string>();
  const { frames, complete } = unlessMalformed(() => readFrames(xml)) ?? { frames: [], complete: false };
  const charts: ChartModel[] = [];
  const kept: string[] = [];
  let all = complete;
  for (const frame of frames) {
    const chartPath = targets.get(frame.relationshipId);
    const chartXml = chartPath === undefined ? undefined : await partText(zip, chartPath);
    const ownParts =
      chartPath !== undefined && zip.file(chartPath.replace(/([^/]+)$/, "_rels/$1.rels")) !== null;
    const content = chartXml === undefined || ownParts ? undefined : roundTrippableChart(chartXml);
    if (!content || chartPath === undefined) {
      all = false;
      continue;
    }
    charts.push({ name: frame.name, ...content, cells: frame.cells });
    kept.push(chartPath);
  }
  // The drawing is kept only when writing its charts gives the same frames.
  const relationshipIds = new Set(["id"]);
  const rewritten = drawingPartXml(
    charts.map((c, i) => ({ name: c.name, cells: c.cells, relationshipId: `rId${i + 1}` })),
  );
  if (all && sameMarkup(xml, rewritten, relationshipIds) && relsXml !== undefined)
    kept.push(drawingPath, relsPath);
  return { charts, kept };
}

/**
 * Every archive entry belonging to charts that a read → write round trip keeps exactly: for each
 * worksheet, its drawing part (when all of it is kept), the drawing's relationships and its charts.
 */
export async function keptChartParts(zip: JSZip, sheetPaths: readonly string[]): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const sheetPath of sheetPaths) {
    const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const relsXml = await partText(zip, relsPath);
    const drawing = relsXml === undefined ? undefined : drawingOf(relsXml, relsPath);
    if (drawing === undefined) continue;
    for (const entry of (await readDrawingCharts(zip, drawing)).kept) kept.add(entry);
  }
  return kept;
}
