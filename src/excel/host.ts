/**
 * How excel/ code gets a request context. In Excel this is `Excel.run`; in the CLI, the workbench
 * and tests it is memory-excel's `MemoryWorkbook.run`. Actions take a runner instead of reaching
 * for the global, so the same code runs everywhere.
 */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Progress of a long action: `done` of `total` steps; `step` names the phase (e.g. `write`), which the caller says in the user's language. */
export type ProgressListener = (done: number, total: number, step: string) => void;

/** The runner of the host the add-in is loaded in (Excel, or the workbench's shim of it). */
export function hostRunner(): ExcelRunner {
  return (batch) => Excel.run(batch);
}
