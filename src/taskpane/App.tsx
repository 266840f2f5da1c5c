import { makeStyles } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useMemo, useReducer, useState } from "react";
import { translateProblem } from "../core/messages";
import type { Lang } from "../core/problems";
import type { Actions } from "../excel/actions";
import type { ProgressListener } from "../excel/host";
import { CostingPanel } from "./components/CostingPanel";
import type { DeliveryNotesPanelProps } from "./components/DeliveryNotesPanel";
import type { StatementsPanelProps } from "./components/StatementsPanel";
import { Header } from "./components/Header";
import { useListStyles } from "./components/listStyles";
import { paneKit } from "./components/paneKit";
import { OrdersPanel } from "./components/OrdersPanel";
import { canRepairNotes, orderTasks } from "./orderTasks";
import { ProblemList } from "./components/ProblemList";
import { Sections } from "./components/Sections";
import { StatusArea } from "./components/StatusArea";
import {
  errorText,
  initialPaneState,
  paneReducer,
  paneRunner,
  type PaneAction,
  type PaneEvent,
  type PaneState,
} from "./paneState";
import { stringsFor, type SectionId } from "./strings";

/**
 * 送货单's code, fetched as its own chunk when the section is first opened (the pane's first
 * download has a 120 KB budget) and made with the pane's kit. A chunk that cannot be fetched
 * says so in the section instead.
 */
const DeliveryNotesPanel = lazy(() =>
  import(/* webpackChunkName: "deliveryNotes" */ "./components/DeliveryNotesPanel").then(
    (module) => ({ default: module.createDeliveryNotesPanel(paneKit) }),
    (error: unknown) => ({
      default: function NotLoaded({ lang }: DeliveryNotesPanelProps) {
        return <span role="alert">{stringsFor(lang).failed(errorText(error))}</span>;
      },
    }),
  ),
);

/** 对账单's code, a chunk of its own fetched when the section is first opened, as 送货单's is. */
const StatementsPanel = lazy(() =>
  import(/* webpackChunkName: "statements" */ "./components/StatementsPanel").then(
    (module) => ({ default: module.createStatementsPanel(paneKit) }),
    (error: unknown) => ({
      default: function NotLoaded({ lang }: StatementsPanelProps) {
        return <span role="alert">{stringsFor(lang).failed(errorText(error))}</span>;
      },
    }),
  ),
);

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
  /** The section open at the start (a ribbon button may ask for one); 工作簿 unless said. */
  openSection?: SectionId;
}

/**
 * The task pane: header with the language switch, the sections (工作簿, 订单 with 校验 and 跟踪,
 * 核价, 送货单 with 回单, 对账单), one status area and one problem list.
 */
export function App({
  actions,
  initialLang,
  onLangChange,
  initialState = initialPaneState,
  openSection = "workbook",
}: AppProps) {
  const styles = useStyles();
  const listStyles = useListStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const strings = stringsFor(lang);
  const busy = state.running !== null;

  const switchLanguage = useCallback(() => {
    const next: Lang = lang === "zh" ? "en" : "zh";
    setLang(next);
    onLangChange?.(next);
  }, [lang, onLangChange]);

  const run = useMemo(() => paneRunner(dispatch), []);
  /** Runs one action: the status area shows it running, then what `work`'s event says, or the failure. */
  const perform = (action: PaneAction, work: (onProgress: ProgressListener) => Promise<PaneEvent>) =>
    run(action, work, (event) => event);

  const setupWorkbook = () =>
    perform("setupWorkbook", async (onProgress) => ({
      type: "finish",
      outcome: await actions.setupWorkbook(lang, onProgress),
    }));
  const orders = useMemo(() => orderTasks(actions, run), [actions, run]);
  const refreshTracking = () =>
    perform("trackingView", async () => ({ type: "tracking", view: await actions.trackingView() }));
  const loadCosting = () =>
    perform("costingView", async () => ({ type: "costing", view: await actions.costingView() }));
  const selectCell = (sheet: string, cell: string) =>
    perform("selectCell", async () => {
      await actions.selectCell(sheet, cell);
      return { type: "settle" };
    });

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
      <Sections
        strings={strings}
        busy={busy}
        onSetupWorkbook={() => void setupWorkbook()}
        openSection={openSection}
        orders={
          <OrdersPanel
            strings={strings}
            busy={busy}
            checked={state.checked}
            canRepairNotes={canRepairNotes(state.problems)}
            tracking={state.tracking}
            onCheck={() => void orders.check(lang)}
            onRepairNotes={() => void orders.repairNotes(lang)}
            onRefreshTracking={() => void refreshTracking()}
            onSelectCell={(sheet, cell) => void selectCell(sheet, cell)}
          />
        }
        costing={
          <CostingPanel
            strings={strings}
            busy={busy}
            costing={state.costing}
            onLoad={() => void loadCosting()}
            onSelectCell={(sheet, cell) => void selectCell(sheet, cell)}
          />
        }
        deliveryNotes={(openings) => (
          <Suspense fallback={<span className={listStyles.note}>{strings.loading}</span>}>
            <DeliveryNotesPanel lang={lang} actions={actions} busy={busy} run={run} openings={openings} />
          </Suspense>
        )}
        statements={(openings) => (
          <Suspense fallback={<span className={listStyles.note}>{strings.loading}</span>}>
            <StatementsPanel lang={lang} actions={actions} busy={busy} run={run} openings={openings} />
          </Suspense>
        )}
      />
      <StatusArea strings={strings} running={state.running} result={state.result} />
      <ProblemList
        strings={strings}
        problems={problems}
        busy={busy}
        onSelect={(p) => void selectCell(p.sheet, p.cell)}
      />
    </div>
  );
}
