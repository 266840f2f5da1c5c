import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { hasErrors, type Lang } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import { parseStoredLang, LANG_STORAGE_KEY } from "../taskpane/environment";
import { getCell, type Rect, type SheetModel, type WorkbookModel } from "../memory-excel/model";
import { FormulaBar } from "./FormulaBar";
import { expandToMerges, selectionFromDrag, type CellPosition } from "./geometry";
import { Grid, type PointerSelect } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { WORKBENCH_STRINGS } from "./strings";
import { Toolbar } from "./Toolbar";

/** What the page needs of the in-memory workbook. */
export interface WorkbenchBook {
  readonly model: WorkbookModel;
  onChange(listener: () => void): () => void;
  /** Brings formula results up to date before the grid reads them. */
  recalculate(): void;
}

export interface WorkbenchAppProps {
  workbook: WorkbenchBook;
  initialLang: Lang;
  /** The toolbar chose a language: the pane is reloaded in it. */
  onLangChange: (lang: Lang) => void;
  loadDemo: () => Promise<ActionOutcome>;
  /** Downloads the workbook; resolves with the file's name. */
  download: () => Promise<string>;
  /** The task pane frame's address for a language. */
  paneUrl: (lang: Lang) => string;
}

/** Anchor (the active cell) and the opposite corner of a sheet's selection. */
interface SheetSelection {
  anchor: CellPosition;
  focus: CellPosition;
}

function selectionKey(selection: WorkbookModel["selection"]): string {
  if (!selection) return "";
  const { sheetId, rect } = selection;
  return `${sheetId}:${rect.row},${rect.col},${rect.rows},${rect.cols}`;
}

function visibleActiveSheet(model: WorkbookModel): SheetModel | undefined {
  const visible = model.sheets.filter((s) => s.visibility === "Visible");
  return visible.find((s) => s.id === model.activeSheetId) ?? visible[0];
}

/** Header cells of the tables on `sheetId`, keyed `row,col`. */
function tableHeaderCells(model: WorkbookModel, sheetId: string): Set<string> {
  const cells = new Set<string>();
  for (const t of model.tables) {
    if (t.sheetId !== sheetId || !t.showHeaders) continue;
    for (let c = t.ref.col; c < t.ref.col + t.ref.cols; c++) cells.add(`${t.ref.row},${c}`);
  }
  return cells;
}

/**
 * The workbench page: toolbar, sheet tabs, formula bar and grid of the in-memory workbook on the
 * left; the real task pane in an iframe on the right. The grid's selection is Excel's selection
 * for the pane's actions, and an action's selection moves the grid.
 */
export function WorkbenchApp({
  workbook,
  initialLang,
  onLangChange,
  loadDemo,
  download,
  paneUrl,
}: WorkbenchAppProps) {
  const model = workbook.model;
  const [lang, setLang] = useState<Lang>(initialLang);
  // The pane's address changes only when the toolbar asks, not when the pane switched by itself.
  const [pane, setPane] = useState({ lang: initialLang, loads: 0 });
  const [, setRenders] = useState(0);
  const refresh = useCallback(() => setRenders((n) => n + 1), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [reveal, setReveal] = useState<{ row: number; col: number; nonce: number } | null>(null);
  const selections = useRef(new Map<string, SheetSelection>());
  /** The model selection this page wrote last: any other one came from an action. */
  const ownSelection = useRef(selectionKey(model.selection));
  const strings = WORKBENCH_STRINGS[lang];

  const adoptModelSelection = useCallback(() => {
    const selection = model.selection;
    const key = selectionKey(selection);
    if (!selection || key === ownSelection.current) return;
    ownSelection.current = key;
    const { rect } = selection;
    selections.current.set(selection.sheetId, {
      anchor: { row: rect.row, col: rect.col },
      focus: { row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 },
    });
    model.activeSheetId = selection.sheetId;
    setReveal((r) => ({ row: rect.row, col: rect.col, nonce: (r?.nonce ?? 0) + 1 }));
  }, [model]);

  useEffect(
    () =>
      workbook.onChange(() => {
        adoptModelSelection();
        refresh();
      }),
    [workbook, adoptModelSelection, refresh],
  );

  // The pane's own language switch (same origin, so its localStorage write reaches this window).
  useEffect(() => {
    const follow = (e: StorageEvent) => {
      const next = e.key === LANG_STORAGE_KEY ? parseStoredLang(e.newValue) : null;
      if (next) setLang(next);
    };
    window.addEventListener("storage", follow);
    return () => window.removeEventListener("storage", follow);
  }, []);

  const sheet = visibleActiveSheet(model);
  // A failing formula engine must not take the page down: the grid shows the last results and says why.
  let calculationError: string | null = null;
  try {
    workbook.recalculate();
  } catch (error) {
    calculationError = strings.calculationFailed(error instanceof Error ? error.message : String(error));
  }

  const writeSelection = useCallback(
    (target: SheetModel, selection: SheetSelection) => {
      selections.current.set(target.id, selection);
      const rect = expandToMerges(selectionFromDrag(selection.anchor, selection.focus), target.merges);
      model.selection = { sheetId: target.id, rect };
      model.activeSheetId = target.id;
      ownSelection.current = selectionKey(model.selection);
      refresh();
    },
    [model, refresh],
  );

  const onPointerSelect = useCallback(
    (cell: CellPosition, how: PointerSelect) => {
      if (!sheet) return;
      const current = selections.current.get(sheet.id);
      const anchor = how === "start" || !current ? cell : current.anchor;
      writeSelection(sheet, { anchor, focus: cell });
    },
    [sheet, writeSelection],
  );

  const selectSheet = useCallback(
    (sheetId: string) => {
      const target = model.sheets.find((s) => s.id === sheetId);
      if (!target) return;
      const a1 = { row: 0, col: 0 };
      writeSelection(target, selections.current.get(sheetId) ?? { anchor: a1, focus: a1 });
    },
    [model, writeSelection],
  );

  const run = async (start: string, action: () => Promise<string>) => {
    setBusy(true);
    setMessage({ text: start, isError: false });
    try {
      const text = await action();
      setMessage({ text, isError: false });
    } catch (error) {
      // Shown, never swallowed; the console keeps the stack.
      console.error(error);
      setMessage({
        text: strings.failed(error instanceof Error ? error.message : String(error)),
        isError: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const changeLang = (next: Lang) => {
    setLang(next);
    // Reloaded even when the address stays: the pane may have switched itself to another language.
    setPane((p) => ({ lang: next, loads: p.loads + 1 }));
    onLangChange(next);
  };

  const loadDemoAndSay = async () => {
    const outcome = await loadDemo();
    return hasErrors(outcome.problems)
      ? strings.demoRefused(outcome.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`).join("; "))
      : strings.demoLoaded;
  };

  const current = sheet ? selections.current.get(sheet.id) : undefined;
  const selection: Rect | null = sheet && model.selection?.sheetId === sheet.id ? model.selection.rect : null;
  const active = current?.anchor ?? (selection ? { row: selection.row, col: selection.col } : null);
  const tableHeaders = useMemo(
    () => (sheet ? tableHeaderCells(model, sheet.id) : new Set<string>()),
    // The model mutates in place: its version says when tables may have changed.
    [model, sheet, model.version],
  );

  return (
    <div className="wb-page">
      <main className="wb-main">
        <Toolbar
          strings={strings}
          lang={lang}
          busy={busy}
          message={calculationError !== null ? { text: calculationError, isError: true } : message}
          onLoadDemo={() => void run(strings.loadingDemo, loadDemoAndSay)}
          onDownload={() => void run(strings.downloading, async () => strings.downloaded(await download()))}
          onLangChange={changeLang}
        />
        <SheetTabs
          sheets={model.sheets}
          activeSheetId={sheet?.id}
          label={strings.sheetTabs}
          onSelect={selectSheet}
        />
        <FormulaBar
          sheetName={sheet?.name ?? ""}
          active={active}
          cell={sheet && active ? getCell(sheet, active.row, active.col) : undefined}
          nameBoxLabel={strings.nameBox}
          formulaLabel={strings.formula}
        />
        {sheet ? (
          <Grid
            sheet={sheet}
            version={model.version}
            tableHeaders={tableHeaders}
            selection={selection}
            active={active}
            label={strings.grid}
            onPointerSelect={onPointerSelect}
            reveal={reveal}
          />
        ) : null}
      </main>
      <aside className="wb-pane">
        <iframe
          key={pane.loads}
          src={paneUrl(pane.lang)}
          title={strings.paneTitle}
          data-testid="pane-frame"
          className="wb-pane-frame"
        />
      </aside>
    </div>
  );
}
