/**
 * What a retry finds of a write that may or may not have landed: whether a note sheet is the note
 * the action was writing, and how a document sheet stands against the plan that writes it. The
 * workbook itself is the record: nothing is marked in it to recognise our own writes by.
 */
import { parseRectAddress } from "../core/address";
import type { NoteSheetContent } from "../core/notes/layout";
import type { NoteDocument, NoteRequest } from "../core/notes/note";
import type { CellConstant, PlanStep } from "../core/plan";

/**
 * How a sheet stands against the cells a plan writes there:
 * - `complete`: every cell holds what the plan writes;
 * - `partial`: every cell holds what the plan writes or is blank — a write cut off part-way, which
 *   writing the plan's cells again finishes;
 * - `different`: some cell holds something else — not this write (a colleague's document under
 *   the same name, or the data changed since).
 */
export type WrittenState = "complete" | "partial" | "different";

type CellStep = Extract<PlanStep, { kind: "values" | "formulas" }>;

/** The values and formulas steps of a plan on `sheet`, in plan order. */
export function cellSteps(steps: readonly PlanStep[], sheet: string): CellStep[] {
  return steps.filter(
    (s): s is CellStep => (s.kind === "values" || s.kind === "formulas") && s.sheet === sheet,
  );
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A formula as compared: without spaces and case, which Excel may normalise when it reads one back. */
function formulaKey(formula: string): string {
  return formula.replace(/\s+/g, "").toUpperCase();
}

/** Whether a cell read back holds `expected` (numbers to Excel's 15 significant digits). */
function holds(expected: CellConstant, found: unknown, asFormula: boolean): boolean {
  if (typeof expected === "number" && typeof found === "number") {
    return Math.abs(expected - found) <= 1e-12 * Math.max(1, Math.abs(expected), Math.abs(found));
  }
  if (asFormula && typeof expected === "string" && expected.startsWith("=") && typeof found === "string") {
    return formulaKey(expected) === formulaKey(found);
  }
  return expected === found;
}

/**
 * How the cells read back stand against what the plan's steps write on one sheet.
 * @param steps the sheet's values and formulas steps (see cellSteps); where two write the same
 *   cell, the later one counts.
 * @param reads for each step, the grid read back over its address: `values` for a values step,
 *   `formulas` for a formulas step.
 * @throws RangeError when a step's address is not a range or a grid is missing.
 */
export function writtenState(
  steps: readonly CellStep[],
  reads: readonly (readonly unknown[][])[],
): WrittenState {
  const last = new Map<string, number>();
  const rects = steps.map((step, i) => {
    const rect = parseRectAddress(step.address);
    if (!rect) throw new RangeError(`Not a range address: ${step.address}`);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) last.set(`${rect.row + r},${rect.col + c}`, i);
    }
    return rect;
  });
  let missing = false;
  for (const [i, step] of steps.entries()) {
    const rect = rects[i]!;
    const grid = reads[i];
    if (!grid) throw new RangeError(`No cells read for ${step.address}`);
    const wanted: readonly (readonly CellConstant[])[] = step.kind === "values" ? step.values : step.formulas;
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        if (last.get(`${rect.row + r},${rect.col + c}`) !== i) continue;
        const expected = wanted[r]?.[c] ?? null;
        const found = grid[r]?.[c];
        if (isBlank(expected)) {
          if (!isBlank(found)) return "different";
        } else if (isBlank(found)) {
          missing = true;
        } else if (!holds(expected, found, step.kind === "formulas")) {
          return "different";
        }
      }
    }
  }
  return missing ? "partial" : "complete";
}

/**
 * Reads back, in one request, the cells each plan writes on its sheet, and says how each sheet
 * stands (see writtenState). Every sheet must exist.
 */
export async function readWrittenStates(
  context: Excel.RequestContext,
  plans: readonly { sheet: string; steps: readonly PlanStep[] }[],
): Promise<WrittenState[]> {
  const queued = plans.map(({ sheet, steps }) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const cells = cellSteps(steps, sheet);
    const ranges = cells.map((step) =>
      worksheet.getRange(step.address).load(step.kind === "values" ? "values" : "formulas"),
    );
    return { cells, ranges };
  });
  await context.sync();
  return queued.map(({ cells, ranges }) =>
    writtenState(
      cells,
      ranges.map((range, i) => (cells[i]!.kind === "values" ? range.values : range.formulas) as unknown[][]),
    ),
  );
}

/** Text as compared: trimmed, without regard to case, as sheet names and 单号 are matched. */
function same(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/**
 * Whether a note sheet, as readNoteSheet read it, is `note`: the same number, kind, date and
 * customer, and the same lines (订单号, 行号 and 数量) in the same order. What else the sheet holds
 * (a driver's name typed in, a format) does not matter, so a clerk's touch does not make the note a
 * stranger; a colleague's note under the same number differs in its customer or its lines.
 */
export function isSameNote(content: NoteSheetContent | null, note: NoteDocument): boolean {
  if (!content) return false;
  return (
    same(content.number, note.number) &&
    (content.kind === null || content.kind === note.kind) &&
    content.date === note.date &&
    same(content.customer, note.customer.name) &&
    content.lines.length === note.lines.length &&
    content.lines.every((line, i) => {
      const ours = note.lines[i]!;
      return (
        same(line.orderNo, ours.orderNo) && line.lineNo === ours.lineNo && line.quantity === ours.quantity
      );
    })
  );
}

/**
 * Whether `note` is what `request` asks for: the same kind and date, and the same order lines with
 * the same quantities in the same order. A retry passed with another request's note is ignored, so
 * it cannot report that note in place of the one asked for.
 */
export function isNoteFor(note: NoteDocument, request: NoteRequest): boolean {
  return (
    note.kind === request.kind &&
    note.date === request.date &&
    note.lines.length === request.lines.length &&
    note.lines.every((line, i) => {
      const asked = request.lines[i]!;
      return (
        same(line.orderNo, asked.orderNo) &&
        line.lineNo === asked.lineNo &&
        Math.abs(line.quantity) === asked.quantity
      );
    })
  );
}

/** Brings a sheet found whole to the front, as the write that made it did: one request, writing nothing else. */
export async function bringToFront(context: Excel.RequestContext, sheet: string): Promise<void> {
  context.workbook.worksheets.getItem(sheet).activate();
  await context.sync();
}

/** Whether `names` holds `name`, compared as Excel compares sheet names (without regard to case). */
export function hasSheet(names: readonly string[], name: string): boolean {
  return names.some((n) => n.toUpperCase() === name.toUpperCase());
}
