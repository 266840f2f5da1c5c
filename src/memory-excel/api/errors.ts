/** Excel's error codes that memory-excel raises (a subset of `Excel.ErrorCodes`). */
export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "RequestPayloadSizeLimitExceeded"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException";

/** The shape of `OfficeExtension.DebugInfo`. */
export interface OfficeDebugInfo {
  code: string;
  message: string;
  /** Which API member failed, e.g. `Worksheets.getItem`. */
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/**
 * An error as Office.js raises it (`OfficeExtension.Error`): callers test `e.code`, show `e.message`,
 * and log `e.debugInfo`.
 */
export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeError | null = null;

  constructor(code: OfficeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** The error Office.js throws synchronously when an unloaded property is read. */
export function propertyNotLoaded(property: string, location: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

export function itemNotFound(what: string, location: string): OfficeError {
  return new OfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`, location);
}

export function invalidArgument(why: string, location: string): OfficeError {
  return new OfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: ${why}.`,
    location,
  );
}

export function itemAlreadyExists(what: string, location: string): OfficeError {
  return new OfficeError("ItemAlreadyExists", `The resource already exists: ${what}.`, location);
}

export function invalidOperation(why: string, location: string): OfficeError {
  return new OfficeError("InvalidOperation", `The operation is invalid: ${why}.`, location);
}
