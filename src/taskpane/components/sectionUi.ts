/**
 * What the lazily loaded sections (送货单, 对账单) build their components from: the pane's kit with
 * its list and form styles and the section's own merged into one hook, and today's date.
 */
import { localDateSerial, serialToIso } from "../../core/dates";
import type { PaneKit } from "./paneKit";

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
