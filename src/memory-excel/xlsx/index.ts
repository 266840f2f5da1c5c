/**
 * .xlsx import and export for memory-excel.
 */
export { writeXlsx, type WriteXlsxOptions } from "./write";
export { readXlsx } from "./read";
export { unsupportedParts } from "./parts";
export { XlsxReadError, type XlsxReadErrorKind } from "./errors";
