/**
 * Office.js formulas → formulas HyperFormula parses with the same meaning:
 * - structured references become A1 references (`[@数量]` → `'订单'!$K5`);
 * - every sheet name is quoted (HyperFormula reads unquoted sheet names only in Latin letters);
 * - workbook names become aliases (`FX_USD` → `GENDAN_NAME_0`), because HyperFormula rejects
 *   Chinese names and has no per-sheet lookup of the same name;
 * - TODAY() and NOW() become the serial number of the injected moment;
 * - bare TRUE / FALSE become TRUE() / FALSE(), HyperFormula's only boolean spelling.
 */
import type { NamedItemModel, WorkbookModel } from "../model";
import { followsSheetPrefix, isFunctionCall, isSheetPrefix, tokenize } from "../formula/lexer";
import type { Token } from "../formula/lexer";
import { resolveParts, resolvedRefText, structuredParts } from "../formula/structuredRefs";

/** A workbook name as HyperFormula knows it. */
export interface NameAlias {
  alias: string;
  item: NamedItemModel;
}

/** `'name'` with inner quotes doubled. */
export function quoteAlways(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Translates formulas of one workbook for one recalculation (caches per formula text). */
export class FormulaTranslator {
  /** Lower-cased `sheetId|name` (sheet scope) or `|name` (workbook scope) → alias. */
  private readonly aliases = new Map<string, string>();
  private readonly sheetIdByName = new Map<string, string>();
  private readonly tokenCache = new Map<string, { tokens: Token[]; dependsOnCell: boolean }>();
  private readonly textCache = new Map<string, string>();
  readonly names: NameAlias[];

  constructor(
    private readonly book: WorkbookModel,
    private readonly todaySerial: number,
    private readonly nowSerial: number,
  ) {
    this.names = book.names.map((item, index) => ({ alias: `GENDAN_NAME_${index}`, item }));
    for (const { alias, item } of this.names)
      this.aliases.set(`${item.sheetId ?? ""}|${item.name.toLowerCase()}`, alias);
    for (const sheet of book.sheets) this.sheetIdByName.set(sheet.name.toLowerCase(), sheet.id);
  }

  /** The HyperFormula text of a cell formula (`=` first) written in (row, col) of `sheetId`. */
  cellFormula(formula: string, sheetId: string, row: number, col: number): string {
    const entry = this.tokensOf(formula);
    if (entry.dependsOnCell) return this.render(entry.tokens, sheetId, row, col, false);
    const key = `${sheetId}\u0000${formula}`;
    let text = this.textCache.get(key);
    if (text === undefined) {
      text = this.render(entry.tokens, sheetId, row, col, false);
      this.textCache.set(key, text);
    }
    return text;
  }

  /**
   * The HyperFormula expression of a name. Names may not hold relative references in
   * HyperFormula, so cell references are made absolute (Excel resolves a relative name against
   * the active cell; our names are absolute anyway).
   */
  nameExpression(item: NamedItemModel): string {
    const formula = item.formula.startsWith("=") ? item.formula : `=${item.formula}`;
    const sheetId = item.sheetId ?? this.book.sheets[0]?.id ?? "";
    return this.render(this.tokensOf(formula).tokens, sheetId, 0, 0, true);
  }

  private tokensOf(formula: string): { tokens: Token[]; dependsOnCell: boolean } {
    let entry = this.tokenCache.get(formula);
    if (!entry) {
      const tokens = tokenize(formula);
      const dependsOnCell = tokens.some(
        (t) => t.kind === "structured" && (t.ref.table === null || t.ref.items.includes("#This Row")),
      );
      entry = { tokens, dependsOnCell };
      this.tokenCache.set(formula, entry);
    }
    return entry;
  }

  private aliasFor(name: string, sheetId: string | undefined): string | undefined {
    const lower = name.toLowerCase();
    return (
      (sheetId !== undefined ? this.aliases.get(`${sheetId}|${lower}`) : undefined) ??
      this.aliases.get(`|${lower}`)
    );
  }

  private render(
    tokens: readonly Token[],
    sheetId: string,
    row: number,
    col: number,
    absolute: boolean,
  ): string {
    let out = "";
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const ref = structuredParts(tokens, index, this.book);
      if (ref) {
        out += resolvedRefText(resolveParts(ref, this.book, sheetId, row, col), this.book, quoteAlways);
        continue;
      }
      if ((token.kind === "word" || token.kind === "quotedSheet") && isSheetPrefix(tokens, index)) {
        const sheetName = token.kind === "word" ? token.text : token.sheet;
        // `Sheet!Name` is a name scoped to that sheet: its alias is global, so drop the prefix.
        const bang = tokens[index + 1]!;
        const next = tokens[index + 2];
        if (bang.text === "!" && next?.kind === "word" && !CELL_REF.test(next.text)) {
          const alias = this.aliasFor(next.text, this.sheetIdByName.get(sheetName.toLowerCase()) ?? "");
          if (alias !== undefined) {
            out += alias;
            index += 2;
            continue;
          }
        }
        out += quoteAlways(this.sheetName(sheetName));
        continue;
      }
      if (token.kind === "number" && absolute && isRangeEnd(tokens, index)) {
        out += `$${token.text}`; // a row range such as 2:2
        continue;
      }
      if (token.kind !== "word") {
        out += token.text;
        continue;
      }
      const word = token.text.replace(/^_xlfn\.(?:_xlws\.)?/i, "");
      const upper = word.toUpperCase();
      if (isFunctionCall(tokens, index)) {
        const call = tokens[index + 1]!.text;
        if ((upper === "TODAY" || upper === "NOW") && /^\(\s*\)/.test(call)) {
          out += String(upper === "TODAY" ? this.todaySerial : this.nowSerial);
          out += call.replace(/^\(\s*\)/, "");
          index++;
          continue;
        }
        out += word;
        continue;
      }
      if (followsSheetPrefix(tokens, index)) {
        out += absolute ? absoluteRef(word, tokens, index) : word;
        continue;
      }
      if (upper === "TRUE" || upper === "FALSE") {
        out += `${upper}()`;
        continue;
      }
      const alias = CELL_REF.test(word) ? undefined : this.aliasFor(word, sheetId);
      out += alias ?? (absolute ? absoluteRef(word, tokens, index) : word);
    }
    return out;
  }

  /** The sheet's name as the model spells it (Excel matches sheet names case-insensitively). */
  private sheetName(name: string): string {
    const id = this.sheetIdByName.get(name.toLowerCase());
    return this.book.sheets.find((s) => s.id === id)?.name ?? name;
  }
}

/** True when the token at `index` is one end of a `:` range. */
function isRangeEnd(tokens: readonly Token[], index: number): boolean {
  return Boolean(tokens[index - 1]?.text.endsWith(":") || tokens[index + 1]?.text.startsWith(":"));
}

/** `B5` → `$B$5`, and the ends of column ranges `A:C` → `$A:$C`; other words unchanged. */
function absoluteRef(word: string, tokens: readonly Token[], index: number): string {
  const m = CELL_REF.exec(word);
  if (m) return `$${m[1]!}$${m[2]!}`;
  if (/^[A-Za-z]{1,3}$/.test(word) && isRangeEnd(tokens, index)) return `$${word}`;
  return word;
}
