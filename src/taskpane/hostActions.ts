/**
 * The actions bound to the host's Excel: the module the pane fetches, as the `actions` chunk, when
 * the first action runs (see lazyActions). It holds every action's code, which the pane's first
 * download (120 KB budget) cannot carry beside React and Fluent.
 */
import { createActions, type Actions } from "../excel/actions";
import { hostRunner } from "../excel/host";

export function hostActions(): Actions {
  return createActions(hostRunner());
}
