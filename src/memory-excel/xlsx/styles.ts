/**
 * Cell styles between the model (Office.js names, `#RRGGBB`) and ExcelJS (file names, ARGB).
 */
import type * as ExcelJS from "exceljs";
import type {
  Alignment,
  BorderLineStyle,
  BorderStyle,
  BorderWeight,
  CellBorders,
  CellStyle,
  FillStyle,
  FontStyle,
} from "../model";

/** The font every file we write declares as its default (ExcelJS's font 0). */
export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

type FileBorderStyle = ExcelJS.BorderStyle;

/**
 * The file's border style for an Office.js line style and weight. Office.js splits what the file
 * holds in one word into a line style and a weight; weights a style cannot have are rounded to
 * the nearest one it can (a thick dash is a medium dash).
 */
export function fileBorderStyle(border: BorderStyle): FileBorderStyle | undefined {
  const heavy = border.weight === "Medium" || border.weight === "Thick";
  switch (border.style) {
    case "None":
      return undefined;
    case "Continuous":
      switch (border.weight) {
        case "Hairline":
          return "hair";
        case "Medium":
          return "medium";
        case "Thick":
          return "thick";
        default:
          return "thin";
      }
    case "Double":
      return "double";
    case "Dash":
      return heavy ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "DashDot":
      return heavy ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return heavy ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
  }
}

/** The Office.js line style and weight Excel reports for a file's border style. */
const OFFICE_BORDERS: Record<FileBorderStyle, { style: BorderLineStyle; weight: BorderWeight }> = {
  hair: { style: "Continuous", weight: "Hairline" },
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  double: { style: "Double", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  dotted: { style: "Dot", weight: "Thin" },
  dashDot: { style: "DashDot", weight: "Thin" },
  mediumDashDot: { style: "DashDot", weight: "Medium" },
  dashDotDot: { style: "DashDotDot", weight: "Thin" },
  mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
  slantDashDot: { style: "SlantDashDot", weight: "Medium" },
};

export function officeBorderStyle(
  style: string,
): { style: BorderLineStyle; weight: BorderWeight } | undefined {
  return OFFICE_BORDERS[style as FileBorderStyle];
}

const HORIZONTAL_TO_FILE: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
// ExcelJS calls the file's vertical `center` "middle".
const VERTICAL_TO_FILE: Record<string, ExcelJS.Alignment["vertical"] | undefined> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};
const HORIZONTAL_FROM_FILE = invert(HORIZONTAL_TO_FILE);
const VERTICAL_FROM_FILE: Record<string, string> = { ...invert(VERTICAL_TO_FILE), center: "Center" };

function invert(map: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) if (value) out[value] = key;
  return out;
}

/** `#RRGGBB` → ExcelJS ARGB colour; undefined for anything that is not a colour. */
export function argbOf(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  return m ? `FF${(m[1] as string).toUpperCase()}` : undefined;
}

/** The default Office theme's colours, by the file's theme index (light 1, dark 1, light 2, ...). */
const THEME_COLORS = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/**
 * A file colour as `#RRGGBB`: ARGB as is, theme colours from the default Office theme with their
 * tint applied. Undefined for automatic and legacy indexed colours.
 */
export function hexOf(color: (Partial<ExcelJS.Color> & { tint?: number }) | undefined): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === "string" && /^[0-9a-fA-F]{8}$/.test(color.argb)) {
    return `#${color.argb.slice(2).toUpperCase()}`;
  }
  if (typeof color.theme === "number") {
    const base = THEME_COLORS[color.theme];
    if (!base) return undefined;
    return `#${color.tint ? applyTint(base, color.tint) : base}`;
  }
  return undefined;
}

/** Excel's tint: lightens (tint > 0) or darkens (tint < 0) the colour's HSL luminance. */
function applyTint(rgb: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(h);
  const [r1, g1, b1] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector % 6] as [number, number, number];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

// --- model → ExcelJS -------------------------------------------------------------------------

/** The ExcelJS font for a model font; name and size default to the workbook's default font. */
export function fileFont(font: FontStyle): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {
    name: font.name ?? DEFAULT_FONT.name,
    size: font.size ?? DEFAULT_FONT.size,
  };
  if (font.bold) out.bold = true;
  if (font.italic) out.italic = true;
  if (font.underline) out.underline = true;
  const argb = argbOf(font.color);
  if (argb) out.color = { argb };
  return out;
}

export function fileFill(fill: FillStyle): ExcelJS.Fill | undefined {
  const argb = argbOf(fill.color);
  return argb ? { type: "pattern", pattern: "solid", fgColor: { argb } } : undefined;
}

export function fileBorders(borders: CellBorders): Partial<ExcelJS.Borders> | undefined {
  const out: Partial<ExcelJS.Borders> = {};
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const border = borders[edge];
    const style = border && fileBorderStyle(border);
    if (!border || !style) continue;
    const argb = argbOf(border.color);
    out[edge] = argb ? { style, color: { argb } } : { style };
  }
  return Object.keys(out).length ? out : undefined;
}

export function fileAlignment(alignment: Alignment): Partial<ExcelJS.Alignment> | undefined {
  const out: Partial<ExcelJS.Alignment> = {};
  const horizontal = alignment.horizontal && HORIZONTAL_TO_FILE[alignment.horizontal];
  const vertical = alignment.vertical && VERTICAL_TO_FILE[alignment.vertical];
  if (horizontal) out.horizontal = horizontal;
  if (vertical) out.vertical = vertical;
  if (alignment.wrapText) out.wrapText = true;
  return Object.keys(out).length ? out : undefined;
}

/** ExcelJS caches a style's id by object identity, so every unstyled cell shares this one. */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({}) as Partial<ExcelJS.Style>;

/**
 * Converts model styles to ExcelJS styles, returning the same object for the same model style so
 * that ExcelJS's per-object style cache (and our conversion) runs once per distinct style.
 */
export class FileStyleCache {
  private readonly converted = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

  get(style: CellStyle | undefined): Partial<ExcelJS.Style> {
    if (!style) return NO_STYLE;
    let out = this.converted.get(style);
    if (!out) {
      out = fileStyle(style);
      this.converted.set(style, out);
    }
    return out;
  }
}

export function fileStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numberFormat && style.numberFormat !== "General") out.numFmt = style.numberFormat;
  if (style.font) out.font = fileFont(style.font);
  const fill = style.fill && fileFill(style.fill);
  if (fill) out.fill = fill;
  const border = style.borders && fileBorders(style.borders);
  if (border) out.border = border;
  const alignment = style.alignment && fileAlignment(style.alignment);
  if (alignment) out.alignment = alignment;
  return out;
}

// --- ExcelJS → model -------------------------------------------------------------------------

/** A model font from a file font; what equals the default font (Calibri 11, automatic black) is left out. */
export function modelFont(font: Partial<ExcelJS.Font> | undefined): FontStyle | undefined {
  if (!font) return undefined;
  const out: FontStyle = {};
  if (font.name && font.name !== DEFAULT_FONT.name) out.name = font.name;
  if (font.size !== undefined && font.size !== DEFAULT_FONT.size) out.size = font.size;
  if (font.bold) out.bold = true;
  if (font.italic) out.italic = true;
  if (font.underline && font.underline !== "none") out.underline = true;
  const isAutomaticText = font.color?.theme === 1 && !(font.color as { tint?: number }).tint;
  const color = isAutomaticText ? undefined : hexOf(font.color);
  if (color) out.color = color;
  return Object.keys(out).length ? out : undefined;
}

export function modelFill(fill: ExcelJS.Fill | undefined): FillStyle | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return undefined;
  // A solid fill's colour is its foreground; other patterns are shown by their background here.
  const color = hexOf(fill.pattern === "solid" ? fill.fgColor : (fill.bgColor ?? fill.fgColor));
  return color ? { color } : undefined;
}

export function modelBorders(borders: Partial<ExcelJS.Borders> | undefined): CellBorders | undefined {
  if (!borders) return undefined;
  const out: CellBorders = {};
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const border = borders[edge];
    const office = border?.style && officeBorderStyle(border.style);
    if (!office) continue;
    const color = hexOf(border?.color);
    out[edge] = color ? { ...office, color } : { ...office };
  }
  return Object.keys(out).length ? out : undefined;
}

export function modelAlignment(alignment: Partial<ExcelJS.Alignment> | undefined): Alignment | undefined {
  if (!alignment) return undefined;
  const out: Alignment = {};
  const horizontal = alignment.horizontal && HORIZONTAL_FROM_FILE[alignment.horizontal];
  const vertical = alignment.vertical && VERTICAL_FROM_FILE[alignment.vertical];
  if (horizontal) out.horizontal = horizontal;
  if (vertical) out.vertical = vertical;
  if (alignment.wrapText) out.wrapText = true;
  return Object.keys(out).length ? out : undefined;
}

export function modelStyle(style: Partial<ExcelJS.Style>): CellStyle | undefined {
  const out: CellStyle = {};
  if (style.numFmt && style.numFmt !== "General") out.numberFormat = style.numFmt;
  const font = modelFont(style.font);
  if (font) out.font = font;
  const fill = modelFill(style.fill);
  if (fill) out.fill = fill;
  const borders = modelBorders(style.border);
  if (borders) out.borders = borders;
  const alignment = modelAlignment(style.alignment);
  if (alignment) out.alignment = alignment;
  return Object.keys(out).length ? out : undefined;
}

/** Converts ExcelJS styles to model styles once per ExcelJS style object (ExcelJS shares them by style id). */
export class ModelStyleCache {
  private readonly converted = new WeakMap<object, CellStyle | null>();

  get(style: Partial<ExcelJS.Style> | undefined): CellStyle | undefined {
    if (!style) return undefined;
    let out = this.converted.get(style);
    if (out === undefined) {
      out = modelStyle(style) ?? null;
      this.converted.set(style, out);
    }
    return out ?? undefined;
  }
}
