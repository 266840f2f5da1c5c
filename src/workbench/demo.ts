/**
 * The workbench's demo button: the tracking workbook with the demo factory's data (core's
 * buildDemo, dated around today), made by the same setup action the task pane runs.
 */
import { localDateSerial } from "../core/dates";
import { buildDemo } from "../core/demo/demoData";
import { CONTRACT_TABLES } from "../core/workbook/schema";
import type { ActionOutcome } from "../excel/actions";
import { createActions } from "../excel/actions";
import type { MemoryWorkbook } from "../memory-excel";

/** Whether the workbook already holds a table of the contract (then the demo needs a fresh page). */
export function hasContractTables(workbook: MemoryWorkbook): boolean {
  const ours = new Set(CONTRACT_TABLES.map((t) => t.table.toUpperCase()));
  return workbook.model.tables.some((t) => ours.has(t.name.toUpperCase()));
}

/**
 * Sets the workbook up with the demo data. The demo only fills tables setup creates, so on a
 * workbook that already has them the caller starts a fresh one instead (see index.tsx).
 */
export async function loadDemo(workbook: MemoryWorkbook, now: Date = new Date()): Promise<ActionOutcome> {
  const today = localDateSerial(now);
  const actions = createActions((batch) => workbook.run(batch), { today: () => today });
  return await actions.setupWorkbook("zh", undefined, buildDemo(today));
}
