/** Helpers for memory-excel's own tests. */
import type { OfficeError } from "./errors";

/** The Office error code a promise rejects with, or "no error". */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as OfficeError).code;
  }
  return "no error";
}

/**
 * The whole model as JSON text (Maps as entry lists), to compare a workbook before and after.
 * Text, not a clone: structuredClone hands back objects of another realm under jest.
 */
export function modelSnapshot(model: unknown): string {
  return JSON.stringify(model, (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()] : value,
  );
}
