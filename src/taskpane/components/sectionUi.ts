/**
 * What the lazily loaded sections (送货单, 对账单) build their components from: the pane's kit with
 * its list and form styles and the section's own merged into one hook, and today's date.
 */
import type { Theme } from "@fluentui/react-components";
import { localDateSerial, serialToIso } from "../../core/dates";
import type { PaneKit } from "./paneKit";

/**
 * A Fluent token as the CSS variable FluentProvider defines for it, which is what `token("x")`
 * holds. The chunks name tokens this way rather than importing the tokens object: the pane's
 * build drops the tokens it never reads only while that object stays inside the pane (see `PaneKit`).
 */
export function token(name: keyof Theme): string {
  return `var(--${name})`;
}

/**
 * Style rules for the boxes a section reports in, to spread into its makeStyles: `box` with
 * `success` for a document made, with `warning` for an override or a write that may be cut off.
 */
export const BOX_STYLES = {
  box: {
    alignSelf: "stretch",
    display: "flex",
    flexDirection: "column",
    gap: token("spacingVerticalXS"),
    padding: `${token("spacingVerticalS")} ${token("spacingHorizontalM")}`,
    borderRadius: token("borderRadiusMedium"),
    fontSize: token("fontSizeBase200"),
    lineHeight: token("lineHeightBase200"),
  },
  success: {
    backgroundColor: token("colorStatusSuccessBackground1"),
    border: `${token("strokeWidthThin")} solid ${token("colorStatusSuccessBorder1")}`,
  },
  warning: {
    backgroundColor: token("colorStatusWarningBackground1"),
    border: `${token("strokeWidthThin")} solid ${token("colorStatusWarningBorder1")}`,
  },
} as const;

/** The pane's kit, and a hook for its list and form styles with the section's own as one map. */
export interface SectionUi<S> extends PaneKit {
  useStyles: () => ReturnType<PaneKit["useListStyles"]> & ReturnType<PaneKit["useFormStyles"]> & S;
}

/**
 * The kit with `useSectionStyles` merged in. Call it once, where the section's component is made:
 * Griffel's makeStyles may not run while a component renders.
 */
export function sectionUi<S>(kit: PaneKit, useSectionStyles: () => S): SectionUi<S> {
  return {
    ...kit,
    useStyles: () => ({ ...kit.useListStyles(), ...kit.useFormStyles(), ...useSectionStyles() }),
  };
}

/** Today as `YYYY-MM-DD` on this computer: the default for a document's date or period. */
export function localToday(): string {
  return serialToIso(localDateSerial(new Date()));
}
