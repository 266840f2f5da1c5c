/** MemoryWorkbook: one in-memory workbook, its request contexts, sync accounting and fault injection. */
import { utf8Length } from "../../core/utf8";
import type { FormulaEngine } from "../engine";
import { emptyWorkbook, newSheet, type WorkbookModel } from "../model";
import { MemoryContext, type QueuedOperation, type WorkbookHost } from "./context";
import { OfficeError } from "./errors";

/** Excel on the web refuses requests larger than this. */
export const REQUEST_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one `context.sync()` sent and did. */
export interface SyncRecord {
  /** Queued operations sent (property sets, method calls, loads, object lookups). */
  operations: number;
  /** Estimated request size: UTF-8 bytes of the JSON of every queued operation. */
  requestBytes: number;
  /** Cells written (values, formulas, number formats, cleared cells). */
  cells: number;
  /** Cells read by loads of values, formulas, text, value types or number formats. */
  readCells: number;
  failed: boolean;
  /** The error code when the sync failed. */
  errorCode?: string;
  /** Which context synced (1 for the first context created). */
  contextId: number;
}

export interface MemoryWorkbookOptions {
  /** The workbook to work on; a new one with `Sheet1` when absent. */
  model?: WorkbookModel;
  /** Computes formula results; without one, formula cells keep their cached results. */
  engine?: FormulaEngine;
  /** The moment TODAY() and NOW() stand for. */
  now?: () => Date;
}

/** A new workbook as Excel makes one: a single sheet, `Sheet1`, active. */
function newWorkbook(): WorkbookModel {
  const book = emptyWorkbook();
  const sheet = newSheet(`sheet${book.nextId++}`, "Sheet1");
  book.sheets.push(sheet);
  book.activeSheetId = sheet.id;
  return book;
}

/**
 * An in-memory Excel workbook speaking the Office.js API: `run` hands out request contexts whose
 * queued operations apply to `model` at `sync()`, with Excel's errors and limits.
 */
export class MemoryWorkbook implements WorkbookHost {
  readonly model: WorkbookModel;
  /** One record per sync that sent anything, from all contexts, in order. */
  readonly syncLog: SyncRecord[] = [];
  private readonly engine: FormulaEngine | undefined;
  private readonly now: () => Date;
  private calculatedVersion: number;
  private syncCount = 0;
  private readonly faults = new Map<number, "before" | "after">();
  private readonly listeners = new Set<() => void>();
  private nextContextId = 1;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.model = options.model ?? newWorkbook();
    this.engine = options.engine;
    this.now = options.now ?? (() => new Date());
    // With an engine, the first read computes; without, cached results stand.
    this.calculatedVersion = this.engine ? -1 : this.model.version;
  }

  /** Like `Excel.run`: a fresh context; operations still queued when the batch resolves are synced. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new MemoryContext(this, this.nextContextId++);
    let result: T;
    try {
      result = await batch(context.excel);
    } catch (e) {
      context._discard();
      throw e;
    }
    if (context._pending > 0) await context.sync();
    return result;
  }

  /** A long-lived context, e.g. a second co-author working on the same workbook. */
  createContext(): Excel.RequestContext {
    return new MemoryContext(this, this.nextContextId++).excel;
  }

  resetSyncLog(): void {
    this.syncLog.length = 0;
  }

  /**
   * Makes the n-th sync from now (1 = the next) fail. `before`: the request is lost and the
   * workbook untouched; `after`: the changes apply but the caller gets an error (a lost response).
   */
  failSync(n: number, mode: "before" | "after" = "before"): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError("failSync counts syncs from 1");
    this.faults.set(this.syncCount + n, mode);
  }

  /** Called after every sync that changed the model. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Runs the engine now if the model changed since the last calculation. */
  recalculate(): void {
    this._recalculate(false);
  }

  _recalculate(force: boolean): void {
    if (!this.engine) return;
    if (!force && this.model.version === this.calculatedVersion) return;
    this.engine.recalculate(this.model, this.now());
    this.calculatedVersion = this.model.version;
  }

  _ensureCalculated(): void {
    if (this.model.calculationMode === "Manual") return;
    this._recalculate(false);
  }

  _changed(affectsFormulas: boolean): void {
    const clean = this.model.version === this.calculatedVersion;
    this.model.version += 1;
    // A view-only change (selection, widths, formats) leaves computed results valid.
    if (!affectsFormulas && clean) this.calculatedVersion = this.model.version;
  }

  async _runSync(context: MemoryContext, operations: QueuedOperation[]): Promise<void> {
    // Office.js sends nothing for an empty queue.
    if (operations.length === 0) return;
    // The request travels: nothing applies in the caller's synchronous code after sync().
    await Promise.resolve();
    let requestBytes = 0;
    for (const op of operations) requestBytes += utf8Length(JSON.stringify(op.record));
    const record: SyncRecord = {
      operations: operations.length,
      requestBytes,
      cells: 0,
      readCells: 0,
      failed: false,
      contextId: context.id,
    };
    this.syncLog.push(record);
    this.syncCount += 1;
    const fault = this.faults.get(this.syncCount);
    this.faults.delete(this.syncCount);
    const fail = (error: OfficeError): never => {
      record.failed = true;
      record.errorCode = error.code;
      throw error;
    };
    if (fault === "before")
      fail(
        new OfficeError(
          "GeneralException",
          "The request failed: connection lost (injected fault before the request arrived).",
          "RequestContext.sync",
        ),
      );
    if (requestBytes > REQUEST_PAYLOAD_LIMIT_BYTES) {
      fail(
        new OfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${requestBytes} bytes > ${REQUEST_PAYLOAD_LIMIT_BYTES}).`,
          "RequestContext.sync",
        ),
      );
    }
    const versionBefore = this.model.version;
    context._readCells = 0;
    context._writtenCells = 0;
    let error: unknown;
    try {
      for (const op of operations) op.apply();
    } catch (e) {
      error = e;
    }
    record.cells = context._writtenCells;
    record.readCells = context._readCells;
    if (this.model.version !== versionBefore) for (const listener of [...this.listeners]) listener();
    if (error !== undefined) {
      if (error instanceof OfficeError) fail(error);
      record.failed = true;
      throw error;
    }
    if (fault === "after")
      fail(
        new OfficeError(
          "GeneralException",
          "The response was lost (injected fault after the changes applied).",
          "RequestContext.sync",
        ),
      );
  }
}
