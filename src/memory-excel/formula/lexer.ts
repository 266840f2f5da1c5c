/**
 * A small lexer for Office.js / xlsx formula text: just enough structure to rewrite formulas
 * (structured references, names, function prefixes, sheet names) without touching string
 * literals or quoted sheet names. It does not validate formulas; unknown characters pass
 * through as `other` tokens, so joining the tokens' text always gives back the input.
 */

/** A special item of a structured reference. */
export type TableItem = "#All" | "#Data" | "#Headers" | "#Totals" | "#This Row";

/** The parsed parts of a structured reference such as `Orders[[#This Row],[数量]]`. */
export interface StructuredRefParts {
  /** The table name as written, or null for an unqualified `[@数量]` / `[数量]`. */
  table: string | null;
  /** Special items named; empty means `#Data`. */
  items: TableItem[];
  /** Written with the `@` shorthand (`[@数量]`, `Orders[@数量]`). */
  atShorthand: boolean;
  /** First column (unescaped), or null for all columns. */
  firstColumn: string | null;
  /** Last column of a `[a]:[b]` range; equals firstColumn for one column. */
  lastColumn: string | null;
}

export type Token =
  | { kind: "string"; text: string }
  | { kind: "quotedSheet"; text: string; sheet: string }
  | { kind: "word"; text: string }
  | { kind: "number"; text: string }
  | { kind: "error"; text: string }
  | { kind: "structured"; text: string; ref: StructuredRefParts }
  | { kind: "other"; text: string };

const ITEMS: readonly TableItem[] = ["#All", "#Data", "#Headers", "#Totals", "#This Row"];
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;

function isWordStart(ch: string): boolean {
  return /[A-Za-z_\\]/.test(ch) || ch.charCodeAt(0) >= 0x80;
}

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_.\\$]/.test(ch) || ch.charCodeAt(0) >= 0x80;
}

/** Matches `name` to a table item, case-insensitively. */
function tableItem(name: string): TableItem | null {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, " ");
  return ITEMS.find((item) => item.toLowerCase() === wanted) ?? null;
}

/**
 * Reads one simple bracket `[...]` starting at `start` (which holds `[`), unescaping `'x`.
 * @returns the content and the index after `]`, or null when unterminated or nested.
 */
function readSimpleBracket(text: string, start: number): { content: string; end: number } | null {
  let content = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" && i + 1 < text.length) {
      content += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === "]") return { content, end: i + 1 };
    if (ch === "[") return null;
    content += ch;
    i++;
  }
  return null;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r"))
    i++;
  return i;
}

/** Reads `[a]` or `[a]:[b]` at i; both must be column names. */
function readColumnRange(text: string, i: number): { first: string; last: string; end: number } | null {
  const first = readSimpleBracket(text, i);
  if (!first) return null;
  let end = first.end;
  let last = first.content;
  const colon = skipSpaces(text, end);
  if (text[colon] === ":") {
    const next = skipSpaces(text, colon + 1);
    if (text[next] !== "[") return null;
    const second = readSimpleBracket(text, next);
    if (!second) return null;
    last = second.content;
    end = second.end;
  }
  return { first: first.content, last, end };
}

/**
 * Parses the bracket part of a structured reference starting at `start` (which holds `[`).
 * @returns the parts (without the table) and the index after the closing `]`, or null.
 */
function parseSpecifier(
  text: string,
  start: number,
): { ref: Omit<StructuredRefParts, "table">; end: number } | null {
  const inner = skipSpaces(text, start + 1);
  if (text[inner] === "@") {
    // `[@]`, `[@col]`, `[@[col]]`, `[@[a]:[b]]`
    const after = skipSpaces(text, inner + 1);
    if (text[after] === "[") {
      const range = readColumnRange(text, after);
      if (!range) return null;
      const close = skipSpaces(text, range.end);
      if (text[close] !== "]") return null;
      return {
        ref: { items: ["#This Row"], atShorthand: true, firstColumn: range.first, lastColumn: range.last },
        end: close + 1,
      };
    }
    const simple = readSimpleBracket(text, inner);
    if (!simple) return null;
    const column = simple.content.trim();
    return {
      ref: {
        items: ["#This Row"],
        atShorthand: true,
        firstColumn: column === "" ? null : column,
        lastColumn: column === "" ? null : column,
      },
      end: simple.end,
    };
  }
  if (text[inner] === "[") {
    // A list: `[[#This Row],[数量]]`, `[[#Headers],[#Data],[a]:[b]]`, `[[a]:[b]]`
    const items: TableItem[] = [];
    let firstColumn: string | null = null;
    let lastColumn: string | null = null;
    let i = inner;
    for (;;) {
      i = skipSpaces(text, i);
      if (text[i] !== "[") return null;
      const simple = readSimpleBracket(text, i);
      if (!simple) return null;
      const item = simple.content.startsWith("#") ? tableItem(simple.content) : null;
      if (item) {
        items.push(item);
        i = simple.end;
      } else {
        if (firstColumn !== null) return null;
        const range = readColumnRange(text, i);
        if (!range) return null;
        firstColumn = range.first;
        lastColumn = range.last;
        i = range.end;
      }
      i = skipSpaces(text, i);
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") return { ref: { items, atShorthand: false, firstColumn, lastColumn }, end: i + 1 };
      return null;
    }
  }
  const simple = readSimpleBracket(text, start);
  if (!simple) return null;
  const content = simple.content;
  if (content.trim() === "") {
    return { ref: { items: [], atShorthand: false, firstColumn: null, lastColumn: null }, end: simple.end };
  }
  if (content.startsWith("#")) {
    const item = tableItem(content);
    if (!item) return null;
    return {
      ref: { items: [item], atShorthand: false, firstColumn: null, lastColumn: null },
      end: simple.end,
    };
  }
  return {
    ref: { items: [], atShorthand: false, firstColumn: content, lastColumn: content },
    end: simple.end,
  };
}

/** Reads a `"..."` or `'...'` literal (doubled quote escapes) starting at `start`. */
function readQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}

/**
 * Splits formula text into tokens. Joining every token's `text` gives back `formula`.
 */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let other = "";
  const flushOther = (): void => {
    if (other !== "") tokens.push({ kind: "other", text: other });
    other = "";
  };
  const push = (token: Token): void => {
    flushOther();
    tokens.push(token);
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = readQuoted(formula, i, '"');
      push({ kind: "string", text: formula.slice(i, end) });
      i = end;
      continue;
    }
    if (ch === "'") {
      const end = readQuoted(formula, i, "'");
      const text = formula.slice(i, end);
      push({ kind: "quotedSheet", text, sheet: text.slice(1, -1).replace(/''/g, "'") });
      i = end;
      continue;
    }
    if (ch === "#") {
      const m = ERROR_LITERAL.exec(formula.slice(i));
      if (m) {
        push({ kind: "error", text: m[0] });
        i += m[0].length;
        continue;
      }
    }
    if (ch === "[") {
      // `[1]Sheet!A1` is an external workbook reference, not a structured reference.
      const external = /^\[\d+\]/.exec(formula.slice(i));
      const parsed = external ? null : parseSpecifier(formula, i);
      if (parsed) {
        push({
          kind: "structured",
          text: formula.slice(i, parsed.end),
          ref: { table: null, ...parsed.ref },
        });
        i = parsed.end;
        continue;
      }
    }
    if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(formula[i + 1] ?? ""))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(formula.slice(i))!;
      let end = i + m[0].length;
      // `1A`-like runs (a row range `1:3` is fine) stay words so `A1`-free text is not split oddly.
      while (end < formula.length && isWordChar(formula[end]!)) end++;
      const text = formula.slice(i, end);
      push(end === i + m[0].length ? { kind: "number", text } : { kind: "word", text });
      i = end;
      continue;
    }
    if (isWordStart(ch) || ch === "$") {
      let end = i + 1;
      while (end < formula.length && isWordChar(formula[end]!)) end++;
      const word = formula.slice(i, end);
      if (formula[end] === "[" && !word.startsWith("$")) {
        const parsed = parseSpecifier(formula, end);
        if (parsed) {
          push({
            kind: "structured",
            text: formula.slice(i, parsed.end),
            ref: { table: word, ...parsed.ref },
          });
          i = parsed.end;
          continue;
        }
      }
      push({ kind: "word", text: word });
      i = end;
      continue;
    }
    other += ch;
    i++;
  }
  flushOther();
  return tokens;
}

/** The index of the next token after `index` that is not whitespace, or -1. */
export function nextSignificant(tokens: readonly Token[], index: number): number {
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "other" || t.text.trim() !== "") return i;
  }
  return -1;
}

/** True when the word at `index` is immediately followed by `(` (a function call). */
export function isFunctionCall(tokens: readonly Token[], index: number): boolean {
  return tokens[index + 1]?.kind === "other" && tokens[index + 1]!.text.startsWith("(");
}

/** True when the token at `index` is immediately followed by `!` (a sheet prefix). */
export function isSheetPrefix(tokens: readonly Token[], index: number): boolean {
  return tokens[index + 1]?.kind === "other" && tokens[index + 1]!.text.startsWith("!");
}

/** True when the token at `index` immediately follows a `!` (a reference or name on a sheet). */
export function followsSheetPrefix(tokens: readonly Token[], index: number): boolean {
  const prev = tokens[index - 1];
  return prev?.kind === "other" && prev.text.endsWith("!");
}
