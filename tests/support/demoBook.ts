/**
 * The demo workbook in memory-excel, set up by the real setup action, for integration tests of the
 * actions that work on it; and note requests written the way the CLI takes them.
 */
import { buildDemo } from "../../src/core/demo/demoData";
import { localDateSerial } from "../../src/core/dates";
import type { NoteKind, NoteRequest } from "../../src/core/notes/note";
import type { SetupSeed } from "../../src/core/workbook/setup";
import { createActions, type Actions } from "../../src/excel/actions";
import { MemoryWorkbook } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";

/** The moment the demo tests stand at, and its serial date. */
export const NOW = new Date(2026, 10, 23);
export const TODAY = localDateSerial(NOW);

/** The actions on `book`, with today fixed at TODAY. */
export function actionsOf(book: MemoryWorkbook): Actions {
  return createActions((batch) => book.run(batch), { today: () => TODAY });
}

/**
 * A workbook set up with the demo factory's data (or `seed`), its sync log cleared.
 * @param options.engine compute formulas with HyperFormula (slower; for tests that read computed columns)
 */
export async function demoBook(
  options: { engine?: boolean; seed?: SetupSeed } = {},
): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook({
    engine: options.engine ? new HyperFormulaEngine() : undefined,
    now: () => NOW,
  });
  const outcome = await actionsOf(book).setupWorkbook("zh", undefined, options.seed ?? buildDemo(TODAY));
  if (outcome.problems.length > 0) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
  book.resetSyncLog();
  return book;
}

/** A note request from `订单号:行号=数量[,...]`, dated TODAY, printed in Chinese on A4 with prices. */
export function noteRequest(kind: NoteKind, lines: string): NoteRequest {
  return {
    kind,
    lines: lines.split(",").map((part) => {
      const [line, quantity] = part.split("=");
      const [orderNo, lineNo] = line!.split(":");
      return { orderNo: orderNo!, lineNo: Number(lineNo), quantity: Number(quantity) };
    }),
    date: TODAY,
    withPrices: true,
    lang: "zh",
    paper: "A4",
  };
}
