import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { cellAddress, columnLetters } from "../core/address";
import { cellValue, getCell, rectContains, type Rect, type SheetModel } from "../memory-excel/model";
import { formatValue } from "../memory-excel/numberFormat";
import { cellCss, withConditionalFormat } from "./cellStyle";
import { ConditionalFormatter, type FormulaEvaluator } from "./conditionalFormats";
import { editorWidthCh } from "./editing";
import {
  columnLefts,
  columnWidthsPx,
  gridExtent,
  HEADER_HEIGHT_PX,
  mergeLookup,
  mergesEnteringFrom,
  ROW_HEADER_WIDTH_PX,
  scrollToReveal,
  type CellPosition,
} from "./geometry";
import { rowLayout, visibleRows } from "./rowLayout";

/** How a pointer gesture changes the selection: a new one, shift-click, or a drag over cells. */
export type PointerSelect = "start" | "extend" | "drag";

export interface GridProps {
  sheet: SheetModel;
  /** The model's version: cached layout is rebuilt when it changes. */
  version: number;
  /** Header cells of the sheet's tables, keyed `row,col`. */
  tableHeaders: ReadonlySet<string>;
  selection: Rect | null;
  active: CellPosition | null;
  label: string;
  onPointerSelect: (cell: CellPosition, how: PointerSelect) => void;
  /** Scroll this cell into view when `nonce` changes (an action selected it). */
  reveal: { row: number; col: number; nonce: number } | null;
  /** The entry being typed into the active cell, or null when no edit is open. */
  editText: string | null;
  editorLabel: string;
  /** The cell editor's text changed: typing over the active cell, or editing the entry. */
  onEditorInput: (text: string) => void;
  onEditorKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** A double-click: edit that cell's content. */
  onEditCell: (cell: CellPosition) => void;
  /** Focus the cell editor when `nonce` changes; `select` selects its text (after Retry). */
  focusRequest: { nonce: number; select: boolean };
  /** Evaluates conditional formats' formulas; without it, conditional formats do not show. */
  evaluateFormula?: FormulaEvaluator;
}

function cellFromTarget(target: EventTarget | null): CellPosition | null {
  const el = target instanceof Element ? target.closest<HTMLElement>("[data-row][data-col]") : null;
  if (!el) return null;
  return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
}

/**
 * The grid of one sheet: column letters, row numbers and cells as Excel shows them, rows as tall as
 * the sheet says, without gridlines when the sheet hides them. Only the rows in view are drawn;
 * frozen rows stay at the top.
 */
export function Grid({
  sheet,
  version,
  tableHeaders,
  selection,
  active,
  label,
  onPointerSelect,
  reveal,
  editText,
  editorLabel,
  onEditorInput,
  onEditorKeyDown,
  onEditCell,
  focusRequest,
  evaluateFormula,
}: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(800);

  const extent = useMemo(
    () => gridExtent(sheet, selection ?? undefined),
    // The model mutates in place: its version says when to rebuild.
    [sheet, version, selection],
  );
  const lefts = useMemo(
    () => columnLefts(columnWidthsPx(sheet.columnWidths, extent.cols)),
    [sheet, version, extent.cols],
  );
  const merges = useMemo(() => mergeLookup(sheet.merges), [sheet, version]);
  const rows = useMemo(() => rowLayout(sheet.rowHeights, extent.rows), [sheet, version, extent.rows]);
  // One per model version: results are remembered while the clerk scrolls, dropped on any change.
  const formatter = useMemo(
    () =>
      evaluateFormula && sheet.conditionalFormats.length > 0
        ? new ConditionalFormatter(sheet, evaluateFormula)
        : null,
    [sheet, version, evaluateFormula],
  );

  const frozen = Math.min(sheet.freeze.rows, extent.rows);
  const frozenHeight = rows.top(frozen);
  const stickyHeight = HEADER_HEIGHT_PX + frozenHeight;
  const totalWidth = ROW_HEADER_WIDTH_PX + (lefts[extent.cols] ?? 0);
  const bodyHeight = rows.top(extent.rows) - frozenHeight;
  const window_ = visibleRows(rows, frozen, scrollTop, viewportHeight - stickyHeight);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewportHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setViewportHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !reveal) return;
    if (reveal.row >= frozen) {
      const y = rows.top(reveal.row) - frozenHeight;
      el.scrollTop = scrollToReveal(el.scrollTop, el.clientHeight - stickyHeight, y, rows.height(reveal.row));
    }
    const x = lefts[reveal.col] ?? 0;
    const width = (lefts[reveal.col + 1] ?? x) - x;
    el.scrollLeft = scrollToReveal(el.scrollLeft, el.clientWidth - ROW_HEADER_WIDTH_PX, x, width);
    setScrollTop(el.scrollTop);
    // Only a new reveal request scrolls; later renders leave the user's scrolling alone.
  }, [reveal?.nonce, sheet.id]);

  useLayoutEffect(() => {
    const el = editor.current;
    if (!el || focusRequest.nonce === 0) return;
    el.focus({ preventScroll: true });
    if (focusRequest.select) el.select();
    else el.setSelectionRange(el.value.length, el.value.length);
    // Only a new request moves the focus.
  }, [focusRequest.nonce]);

  // Typing re-renders the page on every key: the cells are rebuilt only when what they show changed.
  const activeRow = active?.row ?? -1;
  const activeCol = active?.col ?? -1;
  const layer = useMemo(() => {
    const isSelected = (row: number, col: number) => selection !== null && rectContains(selection, row, col);
    const colSelected = (col: number) =>
      selection !== null && col >= selection.col && col < selection.col + selection.cols;
    const rowSelected = (row: number) =>
      selection !== null && row >= selection.row && row < selection.row + selection.rows;

    function renderCell(row: number, col: number): ReactNode {
      const merge = merges.get(`${row},${col}`);
      if (merge && (merge.row !== row || merge.col !== col)) return null;
      const cell = getCell(sheet, row, col);
      const value = cellValue(cell);
      const left = ROW_HEADER_WIDTH_PX + (lefts[col] ?? 0);
      const width = (lefts[merge ? col + merge.cols : col + 1] ?? 0) - (lefts[col] ?? 0);
      const height = rows.top(merge ? row + merge.rows : row + 1) - rows.top(row);
      const classes = ["wb-cell"];
      if (merge) classes.push("wb-merged");
      if (tableHeaders.has(`${row},${col}`)) classes.push("wb-table-header");
      if (isSelected(row, col)) classes.push("wb-selected");
      if (activeRow === row && activeCol === col) classes.push("wb-active");
      const text = value === null ? "" : formatValue(value, cell?.style?.numberFormat);
      const style = withConditionalFormat(cell?.style, formatter?.formatAt(row, col));
      return (
        <div
          key={col}
          className={classes.join(" ")}
          data-testid={`cell-${cellAddress(row, col)}`}
          data-row={row}
          data-col={col}
          style={{ left, width, height, ...cellCss(style, value, sheet.gridlines) }}
        >
          {text}
        </div>
      );
    }

    function renderRow(row: number, top: number): ReactNode {
      const cells: ReactNode[] = [];
      for (let col = 0; col < extent.cols; col++) cells.push(renderCell(row, col));
      const height = rows.height(row);
      return (
        <div key={row} className="wb-row" style={{ top, width: totalWidth, height }}>
          <div
            className={rowSelected(row) ? "wb-rowhead wb-head-selected" : "wb-rowhead"}
            style={{ height, lineHeight: `${height}px` }}
          >
            {row + 1}
          </div>
          {cells}
        </div>
      );
    }

    // Body rows in view, plus the top rows of merged areas reaching into view from above.
    const bodyRowNumbers = new Set<number>();
    for (const m of mergesEnteringFrom(sheet.merges, window_.first))
      if (m.row >= frozen) bodyRowNumbers.add(m.row);
    for (let r = window_.first; r < window_.end; r++) bodyRowNumbers.add(r);

    const columnHeads: ReactNode[] = [];
    for (let col = 0; col < extent.cols; col++) {
      const left = ROW_HEADER_WIDTH_PX + (lefts[col] ?? 0);
      const width = (lefts[col + 1] ?? 0) - (lefts[col] ?? 0);
      columnHeads.push(
        <div
          key={col}
          className={colSelected(col) ? "wb-colhead wb-head-selected" : "wb-colhead"}
          style={{ left, width }}
        >
          {columnLetters(col)}
        </div>,
      );
    }

    const frozenRows: ReactNode[] = [];
    for (let r = 0; r < frozen; r++) frozenRows.push(renderRow(r, HEADER_HEIGHT_PX + rows.top(r)));

    const bodyRowNodes = [...bodyRowNumbers]
      .sort((a, b) => a - b)
      .map((r) => renderRow(r, rows.top(r) - frozenHeight));
    return { columnHeads, frozenRows, bodyRowNodes };
    // The model mutates in place: its version says when cells changed.
  }, [
    sheet,
    version,
    extent,
    lefts,
    merges,
    rows,
    formatter,
    tableHeaders,
    selection,
    activeRow,
    activeCol,
    frozen,
    frozenHeight,
    window_.first,
    window_.end,
    totalWidth,
  ]);

  /**
   * One input rides on the active cell and holds the keyboard focus while the grid has it:
   * invisible until the clerk types (so an input method's composition starts an entry too), then
   * the in-cell editor, spilling over the cells to the right as in Excel.
   */
  function renderEditor(row: number, col: number, top: number): ReactNode {
    const merge = merges.get(`${row},${col}`);
    const left = ROW_HEADER_WIDTH_PX + (lefts[col] ?? 0);
    const width = (lefts[merge ? col + merge.cols : col + 1] ?? 0) - (lefts[col] ?? 0);
    const open = editText !== null;
    return (
      <input
        ref={editor}
        className={open ? "wb-editor wb-editor-open" : "wb-editor"}
        data-testid="cell-editor"
        aria-label={editorLabel}
        value={editText ?? ""}
        spellCheck={false}
        autoComplete="off"
        style={{
          left,
          top,
          minWidth: width,
          width: `${editorWidthCh(editText ?? "")}ch`,
          height: rows.top(merge ? row + merge.rows : row + 1) - rows.top(row),
        }}
        onChange={(e) => onEditorInput(e.currentTarget.value)}
        onKeyDown={onEditorKeyDown}
      />
    );
  }
  const editorInFrozen = active !== null && active.row < frozen;
  const editorNode =
    active === null
      ? null
      : renderEditor(
          active.row,
          active.col,
          editorInFrozen ? HEADER_HEIGHT_PX + rows.top(active.row) : rows.top(active.row) - frozenHeight,
        );

  return (
    <div
      ref={scroller}
      className="wb-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={extent.rows}
      aria-colcount={extent.cols}
      data-testid="grid"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onMouseDown={(e) => {
        if (e.button !== 0) return;
        const cell = cellFromTarget(e.target);
        if (!cell) return;
        e.preventDefault();
        dragging.current = true;
        onPointerSelect(cell, e.shiftKey ? "extend" : "start");
        // The default (focus) was prevented to keep the drag from selecting text: the grid takes the keys.
        editor.current?.focus({ preventScroll: true });
      }}
      onDoubleClick={(e) => {
        const cell = cellFromTarget(e.target);
        if (cell) onEditCell(cell);
      }}
      onMouseOver={(e) => {
        if (!dragging.current) return;
        const cell = cellFromTarget(e.target);
        if (cell) onPointerSelect(cell, "drag");
      }}
    >
      <div className="wb-sticky" style={{ height: stickyHeight, width: totalWidth }}>
        <div className="wb-colheads" style={{ width: totalWidth }}>
          <div className="wb-corner" />
          {layer.columnHeads}
        </div>
        {layer.frozenRows}
        {editorInFrozen ? editorNode : null}
      </div>
      <div className="wb-body" style={{ height: bodyHeight, width: totalWidth }}>
        {layer.bodyRowNodes}
        {editorInFrozen ? null : editorNode}
      </div>
    </div>
  );
}
