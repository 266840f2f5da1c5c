/**
 * Conversions between the model's units (points, Office.js enum names, 0-based rectangles) and
 * what an .xlsx file stores (character widths, inches, paper codes, A1 references).
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, type Rect } from "../model";

/**
 * Pixels per character of column width: the maximum digit width of Calibri 11, the font every
 * file we write declares as its default. Excel stores a column width as a number of such
 * characters and shows it in whole pixels at 96 dpi (0.75 pt per pixel), so the default
 * 64-pixel column is 48 pt and is stored as 64 / 7 = 9.14 characters.
 */
export const PIXELS_PER_CHARACTER = 7;
const POINTS_PER_PIXEL = 0.75;

/** The width to store for a column `points` wide, in 1/256 characters as Excel stores it. */
export function pointsToCharacterWidth(points: number): number {
  const characters = points / POINTS_PER_PIXEL / PIXELS_PER_CHARACTER;
  return Math.round(characters * 256) / 256;
}

/** The width in points of a column stored as `characters` wide, rounded to whole pixels as Excel shows it. */
export function characterWidthToPoints(characters: number): number {
  return Math.round(characters * PIXELS_PER_CHARACTER) * POINTS_PER_PIXEL;
}

/** Page margins are inches in the file and points in the model. */
export function pointsToInches(points: number): number {
  return points / 72;
}

export function inchesToPoints(inches: number): number {
  // Rounded so that 0.7 in reads back as 50.4 pt rather than 50.400000000000006.
  return Math.round(inches * 72 * 1e6) / 1e6;
}

/** Office.js `Excel.PaperType` names in the order of the file's paperSize codes (1 = Letter). */
const PAPER_TYPES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
] as const;

/** The file's paperSize code for an Office.js paper type; undefined for names Excel does not know. */
export function paperSizeCode(paperType: string): number | undefined {
  const index = (PAPER_TYPES as readonly string[]).indexOf(paperType);
  return index < 0 ? undefined : index + 1;
}

/** The Office.js paper type for a paperSize code; Letter (Excel's default) when absent or unknown. */
export function paperTypeName(code: number | undefined): string {
  return (code !== undefined && PAPER_TYPES[code - 1]) || "Letter";
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN_REF = /^\$?([A-Za-z]{1,3})$/;
const ROW_REF = /^\$?(\d+)$/;

/**
 * Parses `A1`, `$A$1:$C$9`, whole columns (`A:C`) and whole rows (`1:3`) into a rectangle.
 * A sheet prefix (`'订单'!`) is ignored. Returns null for anything else.
 */
export function parseRange(text: string): Rect | null {
  const bang = text.lastIndexOf("!");
  const ref = (bang >= 0 ? text.slice(bang + 1) : text).trim();
  const [first, second = first] = ref.split(":") as [string, string?];
  const a = CELL_REF.exec(first);
  const b = CELL_REF.exec(second);
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1] as string);
    const c2 = columnIndex(b[1] as string);
    return rectBetween(r1, c1, r2, c2);
  }
  const ca = COLUMN_REF.exec(first);
  const cb = COLUMN_REF.exec(second);
  if (ca && cb && ref.includes(":")) {
    return rectBetween(0, columnIndex(ca[1] as string), MAX_ROWS - 1, columnIndex(cb[1] as string));
  }
  const ra = ROW_REF.exec(first);
  const rb = ROW_REF.exec(second);
  if (ra && rb && ref.includes(":")) {
    return rectBetween(Number(ra[1]) - 1, 0, Number(rb[1]) - 1, MAX_COLUMNS - 1);
  }
  return null;
}

function rectBetween(r1: number, c1: number, r2: number, c2: number): Rect | null {
  if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** Parses a space-separated list of ranges (an `sqref`), dropping any it cannot read. */
export function parseRangeList(sqref: string): Rect[] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map(parseRange)
    .filter((rect): rect is Rect => rect !== null);
}

/** `$A$1:$C$9` (absolute, no sheet) for a rectangle; whole rows and columns as `$1:$3` and `$A:$C`. */
export function absoluteAddress(rect: Rect): string {
  const lastCol = columnLetters(rect.col + rect.cols - 1);
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `$${columnLetters(rect.col)}:$${lastCol}`;
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) return `$${rect.row + 1}:$${rect.row + rect.rows}`;
  const tl = `$${columnLetters(rect.col)}$${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:$${lastCol}$${rect.row + rect.rows}`;
}

/** Excel's serial day number (1900 system) for a JS Date read from a file, using its UTC parts. */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}
