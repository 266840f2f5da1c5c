import type { MessageParams } from "../problems";

/** Problem messages in 简体中文. Each says what is wrong and what to do. */
export const zh = {
  "sheet-not-ours": (p: MessageParams) =>
    `工作表「${p.sheet}」已存在，但不是跟单助手的表（没有 ${p.table} 表格）。请将其改名或移走后再初始化。`,
  "table-elsewhere": (p: MessageParams) =>
    `表格 ${p.table} 应在工作表「${p.expected}」中，现在在「${p.sheet}」中。请把它移回「${p.expected}」或改名后再初始化。`,
  "name-taken": (p: MessageParams) => `名称「${p.name}」已被占用，不能用作工作表或表格名。请改名后再初始化。`,
} satisfies Record<string, (p: MessageParams) => string>;

export type ProblemCode = keyof typeof zh;
