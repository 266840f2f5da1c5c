import { makeStyles } from "@fluentui/react-components";
import { useCallback, useMemo, useReducer, useState } from "react";
import { translateProblem } from "../core/messages";
import type { Lang, Problem } from "../core/problems";
import type { Actions } from "../excel/actions";
import { Header } from "./components/Header";
import { ProblemList } from "./components/ProblemList";
import { Sections } from "./components/Sections";
import { StatusArea } from "./components/StatusArea";
import { errorText, initialPaneState, paneReducer, type PaneState } from "./paneState";
import { stringsFor } from "./strings";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minWidth: "260px" },
});

export interface AppProps {
  /** What the pane can ask of the workbook; the pane never touches Excel itself. */
  actions: Actions;
  initialLang: Lang;
  /** Called when the user switches language, e.g. to remember the choice. */
  onLangChange?: (lang: Lang) => void;
  /** Starting state, for tests and previews. */
  initialState?: PaneState;
}

/** The task pane: header with the language switch, the sections, one status area and one problem list. */
export function App({ actions, initialLang, onLangChange, initialState = initialPaneState }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const strings = stringsFor(lang);
  const busy = state.running !== null;

  const switchLanguage = useCallback(() => {
    const next: Lang = lang === "zh" ? "en" : "zh";
    setLang(next);
    onLangChange?.(next);
  }, [lang, onLangChange]);

  const setupWorkbook = useCallback(async () => {
    dispatch({ type: "start", action: "setupWorkbook" });
    try {
      const outcome = await actions.setupWorkbook(lang, (done, total, step) =>
        dispatch({ type: "progress", done, total, step }),
      );
      dispatch({ type: "finish", outcome });
    } catch (error) {
      dispatch({ type: "fail", message: errorText(error) });
    }
  }, [actions, lang]);

  const selectProblem = useCallback(
    async (problem: Problem) => {
      dispatch({ type: "start", action: "selectCell" });
      try {
        await actions.selectCell(problem.sheet, problem.cell);
        dispatch({ type: "settle" });
      } catch (error) {
        dispatch({ type: "fail", message: errorText(error) });
      }
    },
    [actions],
  );

  // Problems were said in the language of the run; say them again in the pane's language now.
  const problems = useMemo(
    () => state.problems.map((p) => translateProblem(p, lang)),
    [state.problems, lang],
  );

  return (
    <div
      className={styles.app}
      lang={lang === "zh" ? "zh-CN" : "en"}
      data-testid="task-pane"
      data-lang={lang}
    >
      <Header strings={strings} onSwitchLanguage={switchLanguage} />
      <Sections strings={strings} busy={busy} onSetupWorkbook={() => void setupWorkbook()} />
      <StatusArea strings={strings} running={state.running} result={state.result} />
      <ProblemList
        strings={strings}
        problems={problems}
        busy={busy}
        onSelect={(p) => void selectProblem(p)}
      />
    </div>
  );
}
