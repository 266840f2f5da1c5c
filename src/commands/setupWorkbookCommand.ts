import type { Lang } from "../core/problems";
import type { Actions } from "../excel/actions";

/** The language of Office's UI, which the ribbon command reports in (zh for any Chinese). */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * The ribbon command 初始化/升级工作簿: runs setup and always tells Office the command is done,
 * even when setup fails, or Office would show the command as still running. A function command has
 * no UI of its own (and no dialogs from handlers), so problems and failures go to the console.
 */
export async function setupWorkbookCommand(
  actions: Pick<Actions, "setupWorkbook">,
  lang: Lang,
  event: Pick<Office.AddinCommands.Event, "completed">,
): Promise<void> {
  try {
    const outcome = await actions.setupWorkbook(lang);
    for (const problem of outcome.problems) {
      console.warn(`${problem.sheet}!${problem.cell} ${problem.message}`);
    }
  } catch (error) {
    console.error("setupWorkbook failed", error);
  } finally {
    event.completed();
  }
}
