/**
 * Amounts written out in full, as delivery notes and statements print them under the figures so
 * that a figure cannot be altered unnoticed: Chinese financial capitals (大写) and the English
 * "SAY ... ONLY" line of foreign-trade documents.
 */

import { type Fen, formatFen } from "./money";

/**
 * The largest amount either writer accepts, 9,999,999,999,999.99 (in fen), and its negative the
 * smallest. Thirteen digits of yuan reach 万亿 (and trillion): the forms' conventional limit,
 * and well inside the fen core keeps exact.
 */
export const MAX_WRITTEN_FEN = 999_999_999_999_999 as Fen;

const CN_DIGITS = "零壹贰叁肆伍陆柒捌玖";
// Units of a four-digit group, from its thousands down to its ones.
const CN_GROUP_UNITS = ["仟", "佰", "拾", ""] as const;

/** The whole yuan and the two decimals of a checked amount, or a RangeError. */
function splitAmount(fen: Fen): { negative: boolean; units: number; jiao: number; fen: number } {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`Not a whole number of fen: ${fen}`);
  }
  if (Math.abs(fen) > MAX_WRITTEN_FEN) {
    throw new RangeError(
      `${formatFen(fen)} is too large to write out in words; the limit is ${formatFen(MAX_WRITTEN_FEN)}`,
    );
  }
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return {
    negative: fen < 0,
    units: (abs - cents) / 100,
    jiao: Math.floor(cents / 10),
    fen: cents % 10,
  };
}

/**
 * One group of up to four digits (1–9999) in capitals: a run of zeros between non-zero digits is
 * one 零, zeros at the end are silent, 拾 always takes its digit (壹拾, the financial style).
 * Leading zeros are the caller's business, since only it knows whether a higher group precedes.
 */
function cnGroup(n: number): string {
  let text = "";
  let zeroPending = false;
  CN_GROUP_UNITS.forEach((unit, i) => {
    const digit = Math.floor(n / 10 ** (3 - i)) % 10;
    if (digit === 0) {
      zeroPending = text !== "";
      return;
    }
    if (zeroPending) text += "零";
    text += CN_DIGITS.charAt(digit) + unit;
    zeroPending = false;
  });
  return text;
}

/**
 * `n` (≥ 1) in groups of `size` digits: `high` + `marker` + `low`, where `low` is preceded by 零
 * when its leading digit is zero (壹万零伍, 壹亿零壹仟) and left out when it is zero (壹亿).
 * Above 亿, `high` is itself written with 万: when its last four digits are zeros (壹万亿), that
 * silent group stands between the digits too, so `low` takes 零 as well (壹万亿零壹仟万).
 */
function cnSplit(
  n: number,
  size: number,
  marker: string,
  writeHigh: (high: number) => string,
  writeLow: (low: number) => string,
): string {
  const high = Math.floor(n / size);
  const low = n % size;
  if (high === 0) return writeLow(low);
  if (low === 0) return writeHigh(high) + marker;
  const gap = low < size / 10 || (high >= 10_000 && high % 10_000 === 0);
  return writeHigh(high) + marker + (gap ? "零" : "") + writeLow(low);
}

/** 1 ≤ n < 10^8: groups joined by 万. */
function cnBelowYi(n: number): string {
  return cnSplit(n, 10_000, "万", cnGroup, cnGroup);
}

/** n ≥ 1: the part above 亿 is itself written with 万, which gives 万亿 for trillions. */
function cnWhole(n: number): string {
  return cnSplit(n, 100_000_000, "亿", cnBelowYi, cnBelowYi);
}

/**
 * The amount in Chinese financial capitals (大写), as cheques, invoices and delivery notes write
 * it: `壹仟零壹拾元伍角` for 1,010.50, `壹万零伍元零陆分` for 10,005.06, `壹亿零壹万元整` for
 * 100,010,000.00, `伍分` for 0.05, `零元整` for zero, `负壹佰元整` for −100.00.
 *
 * The 零 rules: one 零 stands for any run of zeros between non-zero digits, also across 万 and 亿
 * (壹亿零壹仟); zeros at the end of a four-digit group are silent (壹拾万柒仟); a jiao after a yuan
 * ending in zero takes no 零 (壹拾元伍角) but fen with no jiao do (壹拾元零伍分). 整 closes an
 * amount with no jiao and no fen.
 * @returns the capitals, with 负 in front of a negative amount.
 * @throws RangeError when `fen` is not a safe integer or its magnitude exceeds
 *   9,999,999,999,999.99 (`MAX_WRITTEN_FEN`).
 */
export function amountInCapitals(fen: Fen): string {
  const amount = splitAmount(fen);
  const sign = amount.negative ? "负" : "";
  if (amount.units === 0 && amount.jiao === 0 && amount.fen === 0) return "零元整";
  let text = amount.units > 0 ? cnWhole(amount.units) + "元" : "";
  if (amount.jiao === 0 && amount.fen === 0) return sign + text + "整";
  if (amount.jiao > 0) text += CN_DIGITS.charAt(amount.jiao) + "角";
  else if (amount.units > 0) text += "零";
  if (amount.fen > 0) text += CN_DIGITS.charAt(amount.fen) + "分";
  return sign + text;
}

const EN_ONES = [
  "ZERO",
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
] as const;
const EN_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"];
// Scale words from the highest the limit needs down to the thousands; index = power of 1000 − 1.
const EN_SCALES = ["THOUSAND", "MILLION", "BILLION", "TRILLION"] as const;

/** 1–99: "SEVEN", "FORTY", "THIRTY-FOUR". */
function enBelowHundred(n: number): string {
  if (n < 20) return EN_ONES[n] ?? "";
  const tens = EN_TENS[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? tens : `${tens}-${EN_ONES[n % 10] ?? ""}`;
}

/** 1–999, without "AND" after HUNDRED (the style trade documents use). */
function enBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(`${EN_ONES[hundreds] ?? ""} HUNDRED`);
  if (rest > 0) words.push(enBelowHundred(rest));
  return words.join(" ");
}

/** A whole number ≥ 0 up to 999,999,999,999,999 in English words. */
function enWhole(n: number): string {
  if (n === 0) return EN_ONES[0];
  const words: string[] = [];
  for (let scale = EN_SCALES.length; scale >= 0; scale--) {
    const chunk = Math.floor(n / 1000 ** scale) % 1000;
    if (chunk === 0) continue;
    words.push(enBelowThousand(chunk));
    if (scale > 0) words.push(EN_SCALES[scale - 1] ?? "");
  }
  return words.join(" ");
}

const EN_CURRENCY_NAMES = { CNY: "RMB", USD: "US DOLLARS" } as const;

/**
 * The amount in English words, in the foreign-trade form of invoices and export delivery notes:
 * `SAY US DOLLARS ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND CENTS FIFTY-SIX ONLY` for 1,234.56
 * USD, `SAY RMB ONE HUNDRED ONLY` for 100.00 CNY.
 *
 * Choices: the decimals are written "AND CENTS FIFTY-SIX" (not "AND 56/100"), for RMB as well,
 * and only when they are not zero; an amount below one unit keeps the unit ("SAY US DOLLARS ZERO
 * AND CENTS FIVE ONLY") so the currency is always named first; zero is "SAY US DOLLARS ZERO
 * ONLY"; a negative amount puts MINUS after SAY ("SAY MINUS RMB ONE HUNDRED ONLY"); no "AND"
 * inside hundreds; THOUSAND, MILLION, BILLION, TRILLION.
 * @returns the words, in capitals.
 * @throws RangeError when `fen` is not a safe integer or its magnitude exceeds
 *   9,999,999,999,999.99 (`MAX_WRITTEN_FEN`).
 */
export function amountInWords(fen: Fen, currency: "CNY" | "USD"): string {
  const amount = splitAmount(fen);
  const cents = amount.jiao * 10 + amount.fen;
  const words = ["SAY"];
  if (amount.negative) words.push("MINUS");
  words.push(EN_CURRENCY_NAMES[currency], enWhole(amount.units));
  if (cents > 0) words.push("AND CENTS", enBelowHundred(cents));
  words.push("ONLY");
  return words.join(" ");
}
