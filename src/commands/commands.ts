/**
 * The FunctionFile: ribbon commands that act without opening the task pane. Office loads
 * commands.html in a hidden page and calls the action a ribbon button names.
 */
import { createActions } from "../excel/actions";
import { hostRunner } from "../excel/host";
import { langOf, setupWorkbookCommand } from "./setupWorkbookCommand";

Office.onReady(() => {
  Office.actions.associate("setupWorkbook", (event: Office.AddinCommands.Event) => {
    const lang = langOf(Office.context.displayLanguage);
    void setupWorkbookCommand(createActions(hostRunner()), lang, event);
  });
});
