import type { MessageParams } from "../problems";
import type { ProblemCode } from "./zh";

/** Problem messages in English. Each says what is wrong and what to do. */
export const en: Record<ProblemCode, (p: MessageParams) => string> = {
  "sheet-not-ours": (p) =>
    `Sheet "${p.sheet}" already exists but is not a Gendan sheet (it has no ${p.table} table). Rename or move it, then set up again.`,
  "table-elsewhere": (p) =>
    `Table ${p.table} belongs on sheet "${p.expected}" but is on "${p.sheet}". Move it back to "${p.expected}" or rename it, then set up again.`,
  "name-taken": (p) => `The name "${p.name}" is already in use. Rename it, then set up again.`,
};
