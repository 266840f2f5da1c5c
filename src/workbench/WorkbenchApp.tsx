import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { hasErrors, type Lang } from "../core/problems";
import type { ActionOutcome } from "../excel/actions";
import { parseStoredLang, LANG_STORAGE_KEY } from "../taskpane/environment";
import { getCell, type Rect, type SheetModel, type WorkbookModel } from "../memory-excel/model";
import { clearContents, writeEntry, type RunBatch } from "./cellWrites";
import type { FormulaEvaluator } from "./conditionalFormats";
import { keyIntent, stepCell, type EditMode, type KeyIntent, type KeyPress } from "./editing";
import { FormulaBar, formulaBarText } from "./FormulaBar";
import { expandToMerges, selectionFromDrag, type CellPosition } from "./geometry";
import { Grid, type PointerSelect } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { WORKBENCH_STRINGS } from "./strings";
import { Toolbar } from "./Toolbar";
import { validateEntry, type ValidationAlert } from "./validateEntry";
import { ValidationAlertBox } from "./ValidationAlertBox";

/** What the page needs of the in-memory workbook. */
export interface WorkbenchBook {
  readonly model: WorkbookModel;
  onChange(listener: () => void): () => void;
  /** Brings formula results up to date before the grid reads them. */
  recalculate(): void;
  /** `Excel.run` on this workbook: what the clerk types is written through it. */
  run: RunBatch;
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
  /** The formula engine's side evaluation, for conditional formats; without it they do not show. */
  evaluateFormula?: FormulaEvaluator;
}

/** Anchor (the active cell) and the opposite corner of a sheet's selection. */
interface SheetSelection {
  anchor: CellPosition;
  focus: CellPosition;
}

/** An entry being typed into a cell, not yet written. */
interface CellEdit {
  sheetId: string;
  cell: CellPosition;
  /** What the formula bar showed when the edit began: an entry left as it was writes nothing. */
  original: string;
  text: string;
  mode: EditMode;
}

/** An entry the cell's validation refused, and where the selection goes if the clerk keeps it. */
interface RefusedEntry {
  alert: ValidationAlert;
  rows: number;
  cols: number;
}

function keyPress(e: KeyboardEvent<HTMLInputElement>): KeyPress {
  return {
    key: e.key,
    shift: e.shiftKey,
    command: e.ctrlKey || e.altKey || e.metaKey,
    composing: e.nativeEvent.isComposing,
  };
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
  evaluateFormula,
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
  const [edit, setEdit] = useState<CellEdit | null>(null);
  const [refused, setRefused] = useState<RefusedEntry | null>(null);
  const [focusRequest, setFocusRequest] = useState({ nonce: 0, select: false });
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
    // An action moved the selection: an entry typed where it was is dropped, not written elsewhere.
    setEdit(null);
    setRefused(null);
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

  const focusGrid = useCallback((select = false) => {
    setFocusRequest((r) => ({ nonce: r.nonce + 1, select }));
  }, []);

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

  const current = sheet ? selections.current.get(sheet.id) : undefined;
  const selection: Rect | null = sheet && model.selection?.sheetId === sheet.id ? model.selection.rect : null;
  const active = current?.anchor ?? (selection ? { row: selection.row, col: selection.col } : null);
  const activeCell = sheet && active ? getCell(sheet, active.row, active.col) : undefined;
  const tableHeaders = useMemo(
    () => (sheet ? tableHeaderCells(model, sheet.id) : new Set<string>()),
    // The model mutates in place: its version says when tables may have changed.
    [model, sheet, model.version],
  );

  const reportFailure = (error: unknown) => {
    // Shown, never swallowed; the console keeps the stack.
    console.error(error);
    setMessage({
      text: strings.failed(error instanceof Error ? error.message : String(error)),
      isError: true,
    });
  };

  const runBatch: RunBatch = (batch) => workbook.run(batch);

  /** Makes `cell` of `target` the whole selection and scrolls to it; the grid keeps the keys. */
  const selectCell = (target: SheetModel, cell: CellPosition) => {
    writeSelection(target, { anchor: cell, focus: cell });
    setReveal((r) => ({ row: cell.row, col: cell.col, nonce: (r?.nonce ?? 0) + 1 }));
    focusGrid();
  };

  const beginEdit = (text: string, mode: EditMode) => {
    if (!sheet || !active) return;
    setEdit({ sheetId: sheet.id, cell: active, original: formulaBarText(activeCell), text, mode });
    setRefused(null);
  };

  const editText = (text: string) => {
    if (edit) setEdit({ ...edit, text });
    else beginEdit(text, "enter");
    // Changing the entry answers the alert.
    setRefused(null);
  };

  const cancelEdit = () => {
    setEdit(null);
    setRefused(null);
    focusGrid();
  };

  /**
   * Ends the open edit as Excel does on Enter, Tab or a click elsewhere: the entry is checked
   * against the cell's validation (unless the clerk chose to keep a refused one), written in one
   * run, and the selection moves by (rows, cols).
   * @returns false when validation refused the entry: the edit stays open under the alert.
   */
  const commitEdit = (rows: number, cols: number, keepRefused = false): boolean => {
    if (!edit) {
      if (sheet && active && (rows !== 0 || cols !== 0)) selectCell(sheet, stepCell(active, rows, cols));
      return true;
    }
    const target = model.sheets.find((s) => s.id === edit.sheetId);
    if (target && edit.text !== edit.original) {
      const verdict = keepRefused
        ? null
        : validateEntry(model, target, edit.cell.row, edit.cell.col, edit.text);
      if (verdict && !verdict.ok) {
        setRefused({ alert: verdict.alert, rows, cols });
        return false;
      }
      writeEntry(runBatch, target.name, edit.cell, edit.text).catch(reportFailure);
    }
    setEdit(null);
    setRefused(null);
    if (target && (rows !== 0 || cols !== 0)) selectCell(target, stepCell(edit.cell, rows, cols));
    else focusGrid();
    return true;
  };

  const moveSelection = (rows: number, cols: number, extend: boolean) => {
    if (!sheet || !active) return;
    const from = selections.current.get(sheet.id) ?? { anchor: active, focus: active };
    if (!extend) {
      selectCell(sheet, stepCell(from.anchor, rows, cols));
      return;
    }
    const focus = stepCell(from.focus, rows, cols);
    writeSelection(sheet, { anchor: from.anchor, focus });
    setReveal((r) => ({ row: focus.row, col: focus.col, nonce: (r?.nonce ?? 0) + 1 }));
    focusGrid();
  };

  const act = (intent: KeyIntent) => {
    switch (intent.kind) {
      case "move":
        moveSelection(intent.rows, intent.cols, intent.extend);
        return;
      case "commit":
        commitEdit(intent.rows, intent.cols);
        return;
      case "cancel":
        cancelEdit();
        return;
      case "clear":
        // As in Excel, Delete bypasses validation: it empties cells, it enters nothing.
        if (sheet && selection) clearContents(runBatch, sheet.name, selection).catch(reportFailure);
        return;
      case "editContent":
        beginEdit(formulaBarText(activeCell), "edit");
        return;
      case "editEmpty":
        beginEdit("", "enter");
        return;
    }
  };

  const onCellKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const intent = keyIntent(keyPress(e), edit ? edit.mode : null);
    if (!intent) return;
    e.preventDefault();
    act(intent);
  };

  // In the formula bar the arrows move the caret: an edit there is always Excel's edit mode.
  const onBarKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const intent = keyIntent(keyPress(e), "edit");
    if (!intent) return;
    e.preventDefault();
    act(intent);
  };

  const onBarFocus = () => {
    if (edit) setEdit({ ...edit, mode: "edit" });
    else beginEdit(formulaBarText(activeCell), "edit");
  };

  const onPointerSelect = (cell: CellPosition, how: PointerSelect) => {
    if (!sheet) return;
    // A click elsewhere ends the entry first; a refused entry keeps the selection where it is.
    if (edit && how !== "drag" && !commitEdit(0, 0)) return;
    const from = selections.current.get(sheet.id);
    const anchor = how === "start" || !from ? cell : from.anchor;
    writeSelection(sheet, { anchor, focus: cell });
    focusGrid();
  };

  const onEditCell = (cell: CellPosition) => {
    if (!sheet || edit) return;
    setEdit({
      sheetId: sheet.id,
      cell,
      original: formulaBarText(getCell(sheet, cell.row, cell.col)),
      text: formulaBarText(getCell(sheet, cell.row, cell.col)),
      mode: "edit",
    });
    focusGrid();
  };

  const selectSheet = (sheetId: string) => {
    const target = model.sheets.find((s) => s.id === sheetId);
    if (!target) return;
    if (edit && !commitEdit(0, 0)) return;
    const a1 = { row: 0, col: 0 };
    writeSelection(target, selections.current.get(sheetId) ?? { anchor: a1, focus: a1 });
  };

  const run = async (start: string, action: () => Promise<string>) => {
    setBusy(true);
    setMessage({ text: start, isError: false });
    try {
      const text = await action();
      setMessage({ text, isError: false });
    } catch (error) {
      reportFailure(error);
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

  const openEdit = edit && sheet && edit.sheetId === sheet.id ? edit : null;

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
          cell={activeCell}
          editText={openEdit ? openEdit.text : null}
          nameBoxLabel={strings.nameBox}
          formulaLabel={strings.formula}
          onFocus={onBarFocus}
          onEditText={editText}
          onKeyDown={onBarKeyDown}
        />
        {refused ? (
          <ValidationAlertBox
            alert={refused.alert}
            strings={strings}
            onRetry={() => {
              setRefused(null);
              focusGrid(true);
            }}
            onCancel={cancelEdit}
            onAccept={() => commitEdit(refused.rows, refused.cols, true)}
          />
        ) : null}
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
            editText={openEdit ? openEdit.text : null}
            editorLabel={strings.cellEditor}
            onEditorInput={editText}
            onEditorKeyDown={onCellKeyDown}
            onEditCell={onEditCell}
            focusRequest={focusRequest}
            evaluateFormula={evaluateFormula}
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
