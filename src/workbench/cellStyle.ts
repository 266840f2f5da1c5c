/** How a model cell looks in the workbench grid: its CSS from the cell's style and value. */
import type { CSSProperties } from "react";
import {
  isErrorValue,
  type BorderStyle,
  type CellStyle,
  type ComputedValue,
  type ConditionalFormatStyle,
} from "../memory-excel/model";

const BORDER_WIDTH_PX: Record<string, number> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };
const BORDER_CSS_STYLE: Record<string, string> = {
  Continuous: "solid",
  Dash: "dashed",
  DashDot: "dashed",
  DashDotDot: "dotted",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "dashed",
};

/** One border side as CSS, or undefined for none (the gridline shows). */
export function borderCss(border: BorderStyle | undefined): string | undefined {
  if (!border || border.style === "None") return undefined;
  const width = border.style === "Double" ? 3 : (BORDER_WIDTH_PX[border.weight ?? "Thin"] ?? 1);
  return `${width}px ${BORDER_CSS_STYLE[border.style] ?? "solid"} ${border.color ?? "#000000"}`;
}

/** Excel's General alignment: numbers right, booleans and errors centred, text left. */
export function generalAlignment(value: ComputedValue): "left" | "center" | "right" {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean" || isErrorValue(value)) return "center";
  return "left";
}

function horizontalAlignment(
  horizontal: string | undefined,
  value: ComputedValue,
): CSSProperties["justifyContent"] {
  switch (horizontal) {
    case "Left":
      return "flex-start";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    case "Right":
      return "flex-end";
    case "Justify":
    case "Distributed":
    case "Fill":
      return "flex-start";
    default: {
      const general = generalAlignment(value);
      return general === "left" ? "flex-start" : general === "right" ? "flex-end" : "center";
    }
  }
}

function verticalAlignment(vertical: string | undefined): CSSProperties["alignItems"] {
  if (vertical === "Top") return "flex-start";
  if (vertical === "Center" || vertical === "Justify" || vertical === "Distributed") return "center";
  return "flex-end";
}

/** What a hidden gridline becomes: the same width, so cells keep their size, but not drawn. */
export const NO_GRIDLINE = "1px solid transparent";

/**
 * Inline CSS for a cell (a flex box): font, fill, borders and alignment from its style. Cells with
 * no style get only their alignment, so the stylesheet's defaults (gridlines, font) show; on a
 * sheet without gridlines (`gridlines` false) the sides without a border of their own are blank.
 */
export function cellCss(style: CellStyle | undefined, value: ComputedValue, gridlines = true): CSSProperties {
  const css: CSSProperties = {
    justifyContent: horizontalAlignment(style?.alignment?.horizontal, value),
    alignItems: verticalAlignment(style?.alignment?.vertical),
  };
  const font = style?.font;
  if (font?.bold) css.fontWeight = 700;
  if (font?.italic) css.fontStyle = "italic";
  if (font?.underline) css.textDecoration = "underline";
  if (font?.color) css.color = font.color;
  if (font?.size) {
    css.fontSize = `${Math.round((font.size * 4) / 3)}px`;
    // The stylesheet's line height suits the default size; a title's lines need their own.
    if (font.size > 11) css.lineHeight = 1.25;
  }
  if (font?.name) css.fontFamily = `"${font.name}", sans-serif`;
  if (style?.fill?.color) css.backgroundColor = style.fill.color;
  if (style?.alignment?.wrapText) {
    css.whiteSpace = "normal";
    css.overflowWrap = "anywhere";
  }
  const borders = style?.borders;
  if (borders) {
    const top = borderCss(borders.top);
    const bottom = borderCss(borders.bottom);
    const left = borderCss(borders.left);
    const right = borderCss(borders.right);
    if (top) css.borderTop = top;
    if (bottom) css.borderBottom = bottom;
    if (left) css.borderLeft = left;
    if (right) css.borderRight = right;
  }
  // The stylesheet draws gridlines as each cell's right and bottom sides.
  if (!gridlines) {
    css.borderRight ??= NO_GRIDLINE;
    css.borderBottom ??= NO_GRIDLINE;
  }
  return css;
}

/**
 * The style a cell shows with its conditional format laid over its own: the format's fill and
 * font properties replace the cell's, the rest (number format, borders, alignment) stays.
 */
export function withConditionalFormat(
  style: CellStyle | undefined,
  format: ConditionalFormatStyle | undefined,
): CellStyle | undefined {
  if (!format) return style;
  const shown: CellStyle = { ...style };
  if (format.fill?.color !== undefined) shown.fill = { ...style?.fill, color: format.fill.color };
  if (format.font) shown.font = { ...style?.font, ...format.font };
  return shown;
}
