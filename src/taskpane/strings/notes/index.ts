import type { Lang } from "../../../core/problems";
import { en } from "./en";
import type { NoteStrings } from "./types";
import { zh } from "./zh";

export type { NoteStrings } from "./types";

const catalogs: Record<Lang, NoteStrings> = { zh, en };

/** The 送货单 section's strings in `lang`. */
export function noteStringsFor(lang: Lang): NoteStrings {
  return catalogs[lang];
}
