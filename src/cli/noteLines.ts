/** The `--lines` option of `gendan deliver` and `gendan return`. */
import type { NoteLineRequest } from "../core/notes/note";

/**
 * Reads `--lines 订单号:行号=数量[,...]`. The order number is everything before the last colon, so
 * order numbers holding colons still work; a quantity that is not a number is kept as NaN for the
 * note's own refusal to name.
 * @returns null when the text does not have that shape.
 */
export function parseNoteLines(text: string): NoteLineRequest[] | null {
  const parts = text.split(/[,，]/).map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === "")) return null;
  const lines: NoteLineRequest[] = [];
  for (const part of parts) {
    const match = /^(.+):\s*(\d+)\s*=\s*(\S.*)$/.exec(part);
    if (!match) return null;
    const quantityText = match[3]!.trim();
    lines.push({
      orderNo: match[1]!.trim(),
      lineNo: Number(match[2]),
      quantity: /^[+-]?\d+(\.\d+)?$/.test(quantityText) ? Number(quantityText) : Number.NaN,
    });
  }
  return lines;
}
