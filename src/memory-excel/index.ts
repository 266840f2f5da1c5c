/**
 * memory-excel: an in-memory Excel workbook behind the Office.js API subset Gendan uses, so the
 * same excel/ code runs in tests, the CLI and the workbench.
 */
export { MemoryWorkbook, REQUEST_PAYLOAD_LIMIT_BYTES } from "./api/memoryWorkbook";
export type { MemoryWorkbookOptions, SyncRecord } from "./api/memoryWorkbook";
export { OfficeError } from "./api/errors";
export type { OfficeDebugInfo, OfficeErrorCode } from "./api/errors";
export type { FormulaEngine } from "./engine";
export * from "./model";
