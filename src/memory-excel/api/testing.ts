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
