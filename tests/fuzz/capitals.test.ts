/**
 * Property: every amount the writers accept reads back to itself through parsers written here
 * from the rules (not from capitals.ts): Chinese financial capitals with their 零 rules, and the
 * English "SAY ... ONLY" line. The parsers are strict — a 零 missing or one too many, a stray 万,
 * an unknown word is a failure — so a wrongly written amount cannot slip through by being
 * readable. Beyond the limit, and for anything that is not a whole number of fen, both refuse.
 */
import fc from "fast-check";
import { amountInCapitals, amountInWords, MAX_WRITTEN_FEN } from "../../src/core/capitals";
import type { Fen } from "../../src/core/money";
import { fuzzParameters, fuzzTimeout } from "./settings";

// ---------------------------------------------------------------- Chinese capitals

const CN_DIGIT = new Map([..."壹贰叁肆伍陆柒捌玖"].map((ch, i) => [ch, i + 1]));
const CN_UNIT = new Map([
  ["拾", 1],
  ["佰", 2],
  ["仟", 3],
]);

/**
 * The 零 rule as a reader checks it, on the places (powers of ten) of two neighbouring non-zero
 * digits: zeros left at the end of the higher digit's four-digit group are silent; any other zero
 * between them — inside the lower digit's group, or a whole group of zeros — is written as one 零.
 */
function zeroBetween(high: number, low: number): boolean {
  const highGroupStart = high - (high % 4);
  return Math.floor(high / 4) === Math.floor(low / 4) ? high - low > 1 : low < highGroupStart - 1;
}

type CnToken =
  { kind: "digit"; value: number; place: number } | { kind: "zero" } | { kind: "wan" } | { kind: "yi" };

/**
 * The whole yuan written before 元, or null when the text is not well formed. Read from the right,
 * where the places are known: 万 lifts what stands to its left by 4 places above the last 亿 (so
 * 万 before 亿 makes 万亿), 亿 by 8; a digit takes its unit's place (none: the ones).
 */
function parseCnWhole(text: string): number | null {
  const chars = [...text];
  const tokens: CnToken[] = [];
  let base = 0;
  let yiBase = 0;
  let seenYi = false;
  let seenWanSinceYi = false;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    if (ch === "零") tokens.unshift({ kind: "zero" });
    else if (ch === "亿") {
      if (seenYi) return null;
      seenYi = true;
      seenWanSinceYi = false;
      yiBase = base = 8;
      tokens.unshift({ kind: "yi" });
    } else if (ch === "万") {
      if (seenWanSinceYi) return null;
      seenWanSinceYi = true;
      base = yiBase + 4;
      tokens.unshift({ kind: "wan" });
    } else if (CN_UNIT.has(ch)) {
      const digit = CN_DIGIT.get(chars[i - 1] ?? "");
      if (digit === undefined) return null; // 拾 takes its digit in the financial style
      tokens.unshift({ kind: "digit", value: digit, place: base + CN_UNIT.get(ch)! });
      i--;
    } else if (CN_DIGIT.has(ch)) tokens.unshift({ kind: "digit", value: CN_DIGIT.get(ch)!, place: base });
    else return null;
  }
  let value = 0;
  let previous: { place: number; zeroSince: boolean } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = tokens[i - 1];
    if (token.kind === "zero") {
      // One 零, between two digits: never first, never doubled, never before 万, 亿 or the end.
      if (!previous || previous.zeroSince || tokens[i + 1]?.kind !== "digit") return null;
      previous.zeroSince = true;
    } else if (token.kind === "wan") {
      if (before?.kind !== "digit") return null;
    } else if (token.kind === "yi") {
      if (before?.kind !== "digit" && before?.kind !== "wan") return null;
    } else {
      if (previous) {
        if (token.place >= previous.place) return null;
        if (previous.zeroSince !== zeroBetween(previous.place, token.place)) return null;
      }
      value += token.value * 10 ** token.place;
      previous = { place: token.place, zeroSince: false };
    }
  }
  return previous ? value : null;
}

/**
 * Fen of Chinese financial capitals as a cheque or invoice writes them, or null when the text is
 * not exactly that form: 零元整; [负] yuan 元 then 整, jiao 角 [fen 分], or 零 fen 分; or the
 * decimals alone (伍角, 伍分) below one yuan.
 */
function parseCapitals(text: string): number | null {
  if (text === "零元整") return 0;
  const negative = text.startsWith("负");
  const rest = negative ? text.slice(1) : text;
  const yuanAt = rest.indexOf("元");
  const whole = yuanAt < 0 ? 0 : parseCnWhole(rest.slice(0, yuanAt));
  if (whole === null) return null;
  const decimals = yuanAt < 0 ? rest : rest.slice(yuanAt + 1);
  let cents: number;
  if (decimals === "整") {
    if (yuanAt < 0) return null;
    cents = 0;
  } else {
    const match = /^(?:(.)角)?(零)?(?:(.)分)?$/u.exec(decimals);
    if (!match) return null;
    const [, jiaoChar, zero, fenChar] = match;
    const jiao = jiaoChar === undefined ? 0 : CN_DIGIT.get(jiaoChar);
    const fen = fenChar === undefined ? 0 : CN_DIGIT.get(fenChar);
    if (jiao === undefined || fen === undefined || jiao + fen === 0) return null;
    // 零 stands for a missing jiao between yuan and fen, and only there.
    const zeroWanted = yuanAt >= 0 && jiao === 0;
    if ((zero !== undefined) !== zeroWanted) return null;
    cents = jiao * 10 + fen;
  }
  const fen = whole * 100 + cents;
  if (negative && fen === 0) return null;
  return negative ? -fen : fen;
}

// ---------------------------------------------------------------- English words

const EN_ONES = [
  "ONE",
  "TWO",
  "THREE",
  "FOUR",
  "FIVE",
  "SIX",
  "SEVEN",
  "EIGHT",
  "NINE",
  "TEN",
  "ELEVEN",
  "TWELVE",
  "THIRTEEN",
  "FOURTEEN",
  "FIFTEEN",
  "SIXTEEN",
  "SEVENTEEN",
  "EIGHTEEN",
  "NINETEEN",
];
const EN_TENS = ["TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"];
const EN_SCALES = new Map([
  ["THOUSAND", 1e3],
  ["MILLION", 1e6],
  ["BILLION", 1e9],
  ["TRILLION", 1e12],
]);

/** 1–99 from one word: SEVEN, FORTY, THIRTY-FOUR (never TWENTY-ZERO or TEN-ONE). */
function parseBelowHundred(word: string | undefined): number | null {
  if (word === undefined) return null;
  const ones = EN_ONES.indexOf(word);
  if (ones >= 0) return ones + 1;
  const [tensWord, onesWord, extra] = word.split("-");
  const tens = EN_TENS.indexOf(tensWord ?? "");
  if (tens < 0 || extra !== undefined) return null;
  if (onesWord === undefined) return (tens + 2) * 10;
  const unit = EN_ONES.indexOf(onesWord);
  return unit >= 0 && unit < 9 ? (tens + 2) * 10 + unit + 1 : null;
}

/** A whole number from words: ZERO alone, or chunks of 1–999 under strictly falling scales. */
function parseEnWhole(words: readonly string[]): number | null {
  if (words.length === 1 && words[0] === "ZERO") return 0;
  if (words.length === 0) return null;
  let total = 0;
  let lastScale = Infinity;
  let i = 0;
  while (i < words.length) {
    let chunk = 0;
    const hundreds = EN_ONES.indexOf(words[i] ?? "");
    if (words[i + 1] === "HUNDRED" && hundreds >= 0 && hundreds < 9) {
      chunk = (hundreds + 1) * 100;
      i += 2;
    }
    const rest = parseBelowHundred(words[i]);
    if (rest !== null) {
      chunk += rest;
      i += 1;
    }
    if (chunk === 0) return null;
    const scaleWord = words[i];
    const scale = scaleWord === undefined ? 1 : EN_SCALES.get(scaleWord);
    if (scale === undefined || scale >= lastScale) return null;
    if (scaleWord !== undefined) i += 1;
    total += chunk * scale;
    lastScale = scale;
  }
  return total;
}

const EN_CURRENCIES = { CNY: "RMB", USD: "US DOLLARS" } as const;

/** `SAY [MINUS] <currency> <whole> [AND CENTS <1–99>] ONLY` back to fen, or null when not that form. */
function parseWords(text: string, currency: "CNY" | "USD"): number | null {
  const prefix = `SAY `;
  if (!text.startsWith(prefix) || !text.endsWith(" ONLY")) return null;
  let body = text.slice(prefix.length, -" ONLY".length);
  const negative = body.startsWith("MINUS ");
  if (negative) body = body.slice("MINUS ".length);
  const name = `${EN_CURRENCIES[currency]} `;
  if (!body.startsWith(name)) return null;
  const [wholeText, centsText, extra] = body.slice(name.length).split(" AND CENTS ");
  if (extra !== undefined) return null;
  const whole = parseEnWhole((wholeText ?? "").split(" "));
  const centsWords = centsText?.split(" ") ?? [];
  const cents =
    centsText === undefined ? 0 : centsWords.length === 1 ? parseBelowHundred(centsWords[0]) : null;
  if (whole === null || cents === null) return null;
  const fen = whole * 100 + cents;
  if (negative && fen === 0) return null;
  return negative ? -fen : fen;
}

// ---------------------------------------------------------------- the parsers themselves

describe("the test's parsers read the forms and refuse what is not one", () => {
  test.each([
    ["零元整", 0],
    ["伍分", 5],
    ["壹角", 10],
    ["壹拾元零伍分", 1005],
    ["壹仟零壹拾元伍角", 101050],
    ["壹万零伍元零陆分", 1000506],
    ["壹拾万柒仟元整", 10700000],
    ["壹亿零壹仟元整", 10000100000],
    ["壹万亿零伍元整", 100000000000500],
    ["负壹佰元整", -10000],
  ])("%s is %p fen", (text, fen) => {
    expect(parseCapitals(text)).toBe(fen);
  });

  test.each([
    "壹仟伍元整", // 零 missing inside a group
    "壹拾零万元整", // 零 before 万
    "壹万零零伍元整", // 零 doubled
    "壹拾万零柒仟元整", // 零 for zeros at a group's end
    "壹亿壹仟元整", // a whole group of zeros needs its 零
    "拾元整", // 拾 without its digit
    "壹万壹万元整",
    "壹亿万元整",
    "壹元零角",
    "负零元整",
    "壹元伍分", // 零 for the missing jiao
    "零伍分",
    "伍角零伍分",
    "整",
    "壹元",
  ])("%s is refused", (text) => {
    expect(parseCapitals(text)).toBeNull();
  });

  test.each([
    ["SAY RMB ZERO ONLY", "CNY", 0],
    ["SAY US DOLLARS ZERO AND CENTS FIVE ONLY", "USD", 5],
    ["SAY US DOLLARS ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND CENTS FIFTY-SIX ONLY", "USD", 123456],
    ["SAY MINUS RMB ONE HUNDRED ONLY", "CNY", -10000],
    ["SAY RMB ONE TRILLION SEVEN ONLY", "CNY", 100000000000700],
  ] as const)("%s is %p %p fen", (text, currency, fen) => {
    expect(parseWords(text, currency)).toBe(fen);
  });

  test.each([
    ["SAY RMB ONE HUNDRED ONLY", "USD"], // another currency
    ["SAY RMB ONE THOUSAND ONE MILLION ONLY", "CNY"], // scales rising
    ["SAY RMB TWENTY-ZERO ONLY", "CNY"],
    ["SAY RMB ONE HUNDRED AND FIVE ONLY", "CNY"], // no AND inside hundreds
    ["SAY RMB ONE AND CENTS ZERO ONLY", "CNY"],
    ["SAY RMB ZERO THOUSAND ONLY", "CNY"],
    ["SAY MINUS RMB ZERO ONLY", "CNY"],
    ["SAY RMB TEN HUNDRED ONLY", "CNY"],
  ] as const)("%s (%s) is refused", (text, currency) => {
    expect(parseWords(text, currency)).toBeNull();
  });
});

// ---------------------------------------------------------------- the properties

/**
 * Amounts in fen over the whole accepted range, weighted towards what the 零 rules care about:
 * numbers with many zero digits (whole groups of zeros across 万 and 亿), small amounts, the
 * limits, and plain integers.
 */
const MAX = MAX_WRITTEN_FEN as number;
const sparseDigits = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constant(0), weight: 3 },
      { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 1 },
    ),
    {
      minLength: 15,
      maxLength: 15,
    },
  )
  .map((digits) => digits.reduce((n, d) => n * 10 + d, 0));
const magnitude = fc.oneof(
  sparseDigits,
  fc.integer({ min: 0, max: 10_000 }),
  fc.integer({ min: 0, max: MAX }),
  fc.constantFrom(0, 1, 9, 10, 100, 1_000_000, MAX - 1, MAX),
);
const amount = fc.tuple(magnitude, fc.boolean()).map(([n, negative]) => (negative && n !== 0 ? -n : n));

const RUNS = 300;

describe("capitals and words round trip", () => {
  test(
    "parse(amountInCapitals(x)) is x for every x the writer accepts",
    () => {
      fc.assert(
        fc.property(amount, (fen) => {
          expect(parseCapitals(amountInCapitals(fen as Fen))).toBe(fen);
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 1),
  );

  test(
    "parse(amountInWords(x, currency)) is x in that currency",
    () => {
      fc.assert(
        fc.property(amount, fc.constantFrom("CNY" as const, "USD" as const), (fen, currency) => {
          expect(parseWords(amountInWords(fen as Fen, currency), currency)).toBe(fen);
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 1),
  );

  const refused = fc.oneof(
    // beyond the limit, up to and past what doubles hold exactly
    fc.integer({ min: MAX + 1, max: Number.MAX_SAFE_INTEGER }),
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -MAX - 1 }),
    fc.constantFrom(MAX + 1, -MAX - 1, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity, -Infinity),
    // not a whole number of fen
    fc.double({ min: -MAX, max: MAX, noNaN: true }).filter((x) => !Number.isInteger(x)),
  );

  test(
    "beyond ±MAX_WRITTEN_FEN, or not a whole number of fen, both writers throw RangeError",
    () => {
      fc.assert(
        fc.property(refused, (x) => {
          expect(() => amountInCapitals(x as Fen)).toThrow(RangeError);
          expect(() => amountInWords(x as Fen, "CNY")).toThrow(RangeError);
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 1),
  );
});
