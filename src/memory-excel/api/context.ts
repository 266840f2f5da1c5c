/**
 * A request context: its own queue of operations, sent to the shared workbook at `sync()`.
 * Two contexts on one workbook are two co-authors; their syncs interleave on one model.
 */
import type { WorkbookModel } from "../model";
import { invalidArgument } from "./errors";
import { ClientObjectBase } from "./proxy";
import { ApplicationProxy, WorkbookProxy } from "./workbook";

/** One queued operation: what would be sent (for the byte estimate) and what it does at sync. */
export interface QueuedOperation {
  record: Record<string, unknown>;
  apply(): void;
}

/** What a context needs of the workbook it talks to (implemented by MemoryWorkbook). */
export interface WorkbookHost {
  readonly model: WorkbookModel;
  /** Applies a batch; rejects with an OfficeError the way Excel would. */
  _runSync(context: MemoryContext, operations: QueuedOperation[]): Promise<void>;
  /** Records an applied change; `affectsFormulas` false for view-only changes such as selection. */
  _changed(affectsFormulas: boolean): void;
  /** Runs the formula engine if a change since the last calculation could alter results (or always, when forced). */
  _recalculate(force: boolean): void;
  /** Before reading results: recalculates unless the calculation mode is Manual. */
  _ensureCalculated(): void;
}

export class MemoryContext {
  readonly workbook: Excel.Workbook;
  readonly application: Excel.Application;
  /** Office.js tracking only matters for remote lifetimes: here it is a no-op. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Cells read by loads and written by writes in the sync being applied (for the sync log). */
  _readCells = 0;
  _writtenCells = 0;
  private _queue: QueuedOperation[] = [];

  constructor(
    readonly host: WorkbookHost,
    readonly id: number,
  ) {
    this.workbook = new WorkbookProxy(this)._excel();
    this.application = new ApplicationProxy(this)._excel();
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** This context as the Office.js type callers code against. */
  get excel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  /** Sends the queued operations; they apply in order, and loaded properties become readable. */
  sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this._queue;
    this._queue = [];
    return this.host._runSync(this, operations).then(() => passThroughValue as T);
  }

  /** Office.js `context.load(object, option)`. */
  load<O extends { load(option?: unknown): unknown }>(object: O, option?: unknown): O {
    object.load(option);
    return object;
  }

  _enqueue(record: Record<string, unknown>, apply: () => void): void {
    this._queue.push({ record, apply });
  }

  get _pending(): number {
    return this._queue.length;
  }

  /** Drops what is queued (after a failed batch in `run`). */
  _discard(): void {
    this._queue = [];
  }

  /**
   * Checks that a proxy passed as an argument belongs to this context: Office.js refuses objects
   * of another request context. Throws at the call, before anything is queued.
   */
  _own<P>(value: P, location: string): P {
    if (value instanceof ClientObjectBase && value._ctx !== this) {
      throw invalidArgument("the object belongs to another request context", location);
    }
    return value;
  }
}
