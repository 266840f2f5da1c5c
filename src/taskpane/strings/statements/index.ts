import type { Lang } from "../../../core/problems";
import { en } from "./en";
import type { StatementStrings } from "./types";
import { zh } from "./zh";

export type { StatementStrings } from "./types";

const catalogs: Record<Lang, StatementStrings> = { zh, en };

/** The 对账单 section's strings in `lang`. */
export function statementStringsFor(lang: Lang): StatementStrings {
  return catalogs[lang];
}
