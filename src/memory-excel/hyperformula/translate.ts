/**
 * Office.js formulas → formulas HyperFormula parses with the same meaning:
 * - structured references become A1 references (`[@数量]` → `'订单'!$K5`);
 * - every sheet name is quoted (HyperFormula reads unquoted sheet names only in Latin letters);
 * - workbook names become aliases (`FX_USD` → `GENDAN_NAME_0_0`), because HyperFormula rejects
 *   Chinese names and has no per-sheet lookup of the same name;
 * - TODAY() and NOW() become the serial number of the injected moment;
 * - bare TRUE / FALSE become TRUE() / FALSE(), HyperFormula's only boolean spelling;
 * - a structured reference to a whole column or table part becomes a named range
 *   (`Orders[金额]` → `GENDAN_RANGE_0` = `'订单'!$N$2:$N$10001`). HyperFormula links every
 *   formula to each cell of each range it reads, so 10,000 lines each reading whole columns
 *   cost 10,000 × 10,000 links; through a name each formula has one link.
 */
import { rectContains } from "../model";
import type { NamedItemModel, WorkbookModel } from "../model";
import { followsSheetPrefix, isFunctionCall, isSheetPrefix, tokenize } from "../formula/lexer";
import type { Token } from "../formula/lexer";
import { resolveParts, resolvedRefText, structuredParts, tableBodyHasRow } from "../formula/structuredRefs";

/** `'name'` with inner quotes doubled. */
export function quoteAlways(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** Stands for the row number in a cached rendering of a formula with this-row references. */
const ROW_MARK = "\u0000ROW\u0000";
/** Stands for the shard number of an alias in a cached rendering (see SHARD_ROWS). */
const SHARD_MARK = "\u0000SHARD\u0000";

/**
 * Rows per alias shard. HyperFormula checks each new link against all links of its source
 * (`Array.includes`), so a name read by n formulas costs n²/2; giving each block of rows its own
 * copy of the name keeps that cost linear. 10,000 lines: 3.7 s of linking → a few ms.
 */
const SHARD_ROWS = 500;

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** A HyperFormula named expression the translated formulas need. */
export interface NamedExpressionText {
  name: string;
  expression: string;
}

/** Translates formulas of one workbook for one recalculation (caches per formula text). */
export class FormulaTranslator {
  /** Lower-cased `sheetId|name` (sheet scope) or `|name` (workbook scope) → alias base. */
  private readonly aliases = new Map<string, string>();
  private readonly sheetIdByName = new Map<string, string>();
  private readonly tokenCache = new Map<string, { tokens: Token[]; dependsOnCell: boolean }>();
  private readonly textCache = new Map<string, string>();
  /** Named ranges standing for multi-cell structured references: A1 text → alias base. */
  private readonly rangeAliases = new Map<string, string>();
  private highestShard = 0;

  constructor(
    private readonly book: WorkbookModel,
    private readonly todaySerial: number,
    private readonly nowSerial: number,
  ) {
    book.names.forEach((item, index) =>
      this.aliases.set(`${item.sheetId ?? ""}|${item.name.toLowerCase()}`, `GENDAN_NAME_${index}_`),
    );
    for (const sheet of book.sheets) this.sheetIdByName.set(sheet.name.toLowerCase(), sheet.id);
  }

  /** The HyperFormula text of a cell formula (`=` first) written in (row, col) of `sheetId`. */
  cellFormula(formula: string, sheetId: string, row: number, col: number): string {
    const entry = this.tokensOf(formula);
    let key: string;
    if (entry.dependsOnCell) {
      // This-row references differ from row to row only in the row number: render once per
      // table layout around the cell, with a marker where the row goes.
      const tables = this.book.tables.filter((t) => t.sheetId === sheetId);
      const home = tables.find((t) => rectContains(t.ref, row, col));
      const bodies = tables.filter((t) => tableBodyHasRow(t, row)).map((t) => t.id);
      key = `${sheetId}\u0000${home?.id ?? ""}\u0000${bodies.join(",")}\u0000${formula}`;
    } else {
      key = `${sheetId}\u0000${formula}`;
    }
    let template = this.textCache.get(key);
    if (template === undefined) {
      template = this.render(entry.tokens, sheetId, row, col, false);
      this.textCache.set(key, template);
    }
    let text = template;
    if (text.includes(ROW_MARK)) text = text.split(ROW_MARK).join(String(row + 1));
    if (text.includes(SHARD_MARK)) {
      const shard = Math.floor(row / SHARD_ROWS);
      if (shard > this.highestShard) this.highestShard = shard;
      text = text.split(SHARD_MARK).join(String(shard));
    }
    return text;
  }

  /**
   * Every named expression the formulas translated so far use: the workbook's names and the
   * named ranges, each once per shard. Call after translating the cells.
   */
  namedExpressions(): NamedExpressionText[] {
    const out: NamedExpressionText[] = [];
    this.book.names.forEach((item, index) => {
      const expression = this.nameExpression(item);
      for (let shard = 0; shard <= this.highestShard; shard++)
        out.push({ name: `GENDAN_NAME_${index}_${shard}`, expression });
    });
    for (const [text, base] of this.rangeAliases) {
      for (let shard = 0; shard <= this.highestShard; shard++)
        out.push({ name: `${base}${shard}`, expression: `=${text}` });
    }
    return out;
  }

  /**
   * The HyperFormula expression of a name. Names may not hold relative references in
   * HyperFormula, so cell references are made absolute (Excel resolves a relative name against
   * the active cell; our names are absolute anyway). Names in it use shard 0.
   */
  private nameExpression(item: NamedItemModel): string {
    const formula = item.formula.startsWith("=") ? item.formula : `=${item.formula}`;
    const sheetId = item.sheetId ?? this.book.sheets[0]?.id ?? "";
    return this.render(this.tokensOf(formula).tokens, sheetId, 0, 0, true).split(SHARD_MARK).join("0");
  }

  /**
   * The one alias of a range. Ranges are not sharded: HyperFormula keeps each named range's
   * values in its lookup index, and copies of 10,000-cell ranges cost more than they save.
   */
  private rangeAlias(text: string): string {
    let base = this.rangeAliases.get(text);
    if (base === undefined) {
      base = `GENDAN_RANGE_${this.rangeAliases.size}_`;
      this.rangeAliases.set(text, base);
    }
    return base + SHARD_MARK;
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
    const base =
      (sheetId !== undefined ? this.aliases.get(`${sheetId}|${lower}`) : undefined) ??
      this.aliases.get(`|${lower}`);
    return base === undefined ? undefined : base + SHARD_MARK;
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
        const resolved = resolveParts(ref, this.book, sheetId, row, col);
        const text = resolvedRefText(resolved, this.book, quoteAlways, absolute ? undefined : ROW_MARK);
        const isRange =
          !("error" in resolved) && !resolved.thisRow && resolved.rect.rows * resolved.rect.cols > 1;
        out += isRange ? this.rangeAlias(text) : text;
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
