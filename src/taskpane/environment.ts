/**
 * Pure choices the task pane makes from what Office reports: language and theme. Kept free of the
 * `Office` global so they can be tested; `index.tsx` passes the values in.
 */
import type { Lang } from "../core/problems";
import type { SectionId } from "./strings";

/** Where the pane remembers the language the user switched to (shared with the workbench page). */
export const LANG_STORAGE_KEY = "gendan.lang";

/** The pane's language for Office's display language: Chinese for any `zh-*`, else English. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** A remembered language, or null when nothing valid was stored. */
export function parseStoredLang(stored: string | null | undefined): Lang | null {
  return stored === "zh" || stored === "en" ? stored : null;
}

/** The language to start in: the user's remembered choice, else Office's display language. */
export function initialLang(stored: string | null | undefined, displayLanguage: string | undefined): Lang {
  return parseStoredLang(stored) ?? langFromDisplayLanguage(displayLanguage);
}

/** The part of `Office.OfficeTheme` the pane looks at. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of a `#RRGGBB` or `#RGB` colour, or null when unreadable. */
export function luminance(color: string): number | null {
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const channel = (i: number): number => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Whether Office shows a dark theme: its body background is dark. Hosts without themes (older
 * Excel, the workbench) report no theme, which means light.
 */
export function isDarkTheme(theme: OfficeThemeColors | undefined | null): boolean {
  const background = theme?.bodyBackgroundColor;
  if (!background) return false;
  const l = luminance(background);
  return l !== null && l < 0.2;
}

const SECTION_IDS: readonly SectionId[] = ["workbook", "orders", "costing", "deliveryNotes", "statements"];

/**
 * The section a ribbon button opens the pane on, from the page's query (`?section=orders`), or
 * undefined when the query names none.
 */
export function sectionFromQuery(search: string): SectionId | undefined {
  const id = new URLSearchParams(search).get("section");
  return SECTION_IDS.find((s) => s === id);
}
