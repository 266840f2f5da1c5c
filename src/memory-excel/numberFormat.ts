/**
 * The text Excel displays for a value under a number format code (`Range.text`, TEXT()).
 *
 * Covers what order sheets and documents use: General, digit placeholders (`0 # ?`), thousands
 * separators and scaling commas, percent, scientific, dates and times (1900 system), literal
 * text (`"..."`, `\x`, `_x` spacing), `@`, up to four sections `pos;neg;zero;text`, colors
 * (ignored) and `[$¥-804]` currency blocks. Not covered: fractions (`# ?/?`), conditions such as
 * `[>100]` (ignored), sub-second times, and column-width effects (`####`, General shortening
 * to the width); General always uses Excel's default 11-character budget.
 */
import { isErrorValue } from "./model";
import type { ComputedValue } from "./model";
import { serialToDate, serialWeekday } from "../core/dates";

export { dateToSerial, serialToDate, localDateSerial, localDateTimeSerial } from "../core/dates";
export type { SerialDateParts } from "../core/dates";

type Part =
  | { kind: "literal"; text: string }
  | { kind: "digit"; ch: "0" | "#" | "?" }
  | { kind: "point" }
  | { kind: "comma" }
  | { kind: "percent" }
  | { kind: "exponent"; sign: "+" | "-" }
  | { kind: "text" }
  | { kind: "general" }
  | { kind: "date"; code: string }
  | { kind: "elapsed"; code: string }
  | { kind: "ampm"; am: string; pm: string };

interface Section {
  parts: Part[];
  isDate: boolean;
}

const DATE_LETTERS = /[ymdhsaYMDHSA]/;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const CHINESE_WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** Splits a format code into sections at `;` outside quotes, escapes and brackets. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === ";") {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

/** Parses one section into parts. */
function parseSection(code: string): Section {
  const parts: Part[] = [];
  const literal = (text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === "literal") last.text += text;
    else parts.push({ kind: "literal", text });
  };
  let i = 0;
  while (i < code.length) {
    const ch = code[i]!;
    const rest = code.slice(i);
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      literal(code.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === "\\") {
      literal(code[i + 1] ?? "");
      i += 2;
    } else if (ch === "_") {
      // `_x` leaves room as wide as x: a space is the closest text can do.
      literal(" ");
      i += 2;
    } else if (ch === "*") {
      // `*x` repeats x to fill the column; without a width there is nothing to fill.
      i += 2;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      const stop = end < 0 ? code.length : end;
      const inner = code.slice(i + 1, stop);
      if (inner.startsWith("$")) {
        const symbol = inner.slice(1).split("-")[0] ?? "";
        literal(symbol);
      } else if (/^(h+|m+|s+)$/i.test(inner)) {
        parts.push({ kind: "elapsed", code: inner.toLowerCase() });
      }
      // Colors ([Red], [Color10]) and conditions ([>100]) do not change the text shown here.
      i = stop + 1;
    } else if (/^general/i.test(rest)) {
      parts.push({ kind: "general" });
      i += "general".length;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      parts.push({ kind: "digit", ch });
      i++;
    } else if (ch === ".") {
      parts.push({ kind: "point" });
      i++;
    } else if (ch === ",") {
      parts.push({ kind: "comma" });
      i++;
    } else if (ch === "%") {
      parts.push({ kind: "percent" });
      i++;
    } else if ((ch === "E" || ch === "e") && (code[i + 1] === "+" || code[i + 1] === "-")) {
      parts.push({ kind: "exponent", sign: code[i + 1] as "+" | "-" });
      i += 2;
    } else if (ch === "@") {
      parts.push({ kind: "text" });
      i++;
    } else if (/^am\/pm/i.test(rest)) {
      parts.push({ kind: "ampm", am: "AM", pm: "PM" });
      i += 5;
    } else if (/^a\/p/i.test(rest)) {
      parts.push({ kind: "ampm", am: rest[0] === "a" ? "a" : "A", pm: rest[0] === "a" ? "p" : "P" });
      i += 3;
    } else if (/^上午\/下午/.test(rest)) {
      parts.push({ kind: "ampm", am: "上午", pm: "下午" });
      i += 5;
    } else if (DATE_LETTERS.test(ch)) {
      let end = i + 1;
      while (end < code.length && code[end]!.toLowerCase() === ch.toLowerCase()) end++;
      const run = code.slice(i, end).toLowerCase();
      // A lone `a` or `aa` is not a code; `aaa`/`aaaa` are Chinese weekday names.
      if (run[0] === "a" && run.length < 3) literal(code.slice(i, end));
      else parts.push({ kind: "date", code: run });
      i = end;
    } else {
      literal(ch);
      i++;
    }
  }
  const isDate = parts.some((p) => p.kind === "date" || p.kind === "elapsed" || p.kind === "ampm");
  return { parts, isDate };
}

const sectionCache = new Map<string, Section[]>();

function sectionsOf(format: string): Section[] {
  let sections = sectionCache.get(format);
  if (!sections) {
    sections = splitSections(format).map(parseSection);
    if (sectionCache.size > 1000) sectionCache.clear();
    sectionCache.set(format, sections);
  }
  return sections;
}

/**
 * Rounds a non-negative number to `decimals` places the way Excel does: half away from zero on
 * the 15-digit decimal value, so 1.005 → "1.01" (binary rounding would give 1.00).
 * @returns the fixed-point text, e.g. "1234.50".
 */
export function roundToFixed(value: number, decimals: number): string {
  if (value === 0) return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  const [mantissa = "0", exponentText = "0"] = value.toExponential(14).split("e");
  let digits = mantissa.replace(".", "").split("").map(Number);
  let pointAt = Number(exponentText) + 1; // digits before the decimal point
  const keep = pointAt + decimals;
  if (keep < 0) return roundToFixed(0, decimals);
  if (keep < digits.length) {
    const roundUp = (digits[keep] ?? 0) >= 5;
    digits = digits.slice(0, keep);
    if (roundUp) {
      let k = keep - 1;
      while (k >= 0 && digits[k] === 9) {
        digits[k] = 0;
        k--;
      }
      if (k >= 0) digits[k]! += 1;
      else {
        digits.unshift(1);
        pointAt++;
      }
    }
  }
  while (digits.length < pointAt + decimals) digits.push(0);
  let text = digits.join("");
  if (pointAt <= 0) text = "0".repeat(1 - pointAt) + text;
  const intLength = Math.max(1, pointAt);
  const intPart = text.slice(0, intLength).replace(/^0+(?=\d)/, "");
  const fracPart = text.slice(intLength, intLength + decimals);
  return decimals > 0 ? `${intPart}.${fracPart}` : intPart;
}

/**
 * A number as Excel's General format shows it in a default-width cell: up to 11 characters,
 * scientific (`1.23457E+11`) for very large or very small magnitudes.
 */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  if (!Number.isFinite(value)) return "#NUM!";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-4) {
    const [mantissa = "0", exponent = "0"] = abs.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${sign}${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.floor(abs) === 0 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - intDigits);
  let text = roundToFixed(abs, decimals);
  if (text.includes(".")) text = text.replace(/\.?0+$/, "");
  // Rounding may carry into a 12th digit (99999999999.6): show it scientific as Excel does.
  if (text.replace(".", "").length > 11 && !text.includes("."))
    return formatGeneral(Number(`${sign}${text}`));
  return sign + text;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats a non-negative number with the digit placeholders of a section. */
function formatNumberSection(abs: number, parts: Part[]): string {
  const digitIndexes = parts.flatMap((p, i) => (p.kind === "digit" ? [i] : []));
  let value = abs;
  for (const p of parts) if (p.kind === "percent") value *= 100;
  if (digitIndexes.length === 0) {
    // Literal-only or General sections.
    return parts
      .map((p) =>
        p.kind === "literal"
          ? p.text
          : p.kind === "general"
            ? formatGeneral(value)
            : p.kind === "percent"
              ? "%"
              : "",
      )
      .join("");
  }
  const first = digitIndexes[0]!;
  const last = digitIndexes[digitIndexes.length - 1]!;
  const span = parts.slice(first, last + 1);
  // A point or exponent may sit right after the last digit placeholder (`0.`), and scaling
  // commas right after the last integer placeholder (`#,##0,`).
  let after = last + 1;
  while (after < parts.length && (parts[after]!.kind === "comma" || parts[after]!.kind === "point")) {
    span.push(parts[after]!);
    after++;
  }
  const pointIndex = span.findIndex((p) => p.kind === "point");
  const exponentIndex = span.findIndex((p) => p.kind === "exponent");
  const mantissaEnd = exponentIndex < 0 ? span.length : exponentIndex;
  const intSpan = span.slice(0, pointIndex < 0 ? mantissaEnd : pointIndex);
  const fracSpan = pointIndex < 0 ? [] : span.slice(pointIndex + 1, mantissaEnd);
  const expSpan = exponentIndex < 0 ? [] : span.slice(exponentIndex + 1);

  // Commas after the last integer placeholder scale by 1000; commas between placeholders group.
  let lastIntDigit = -1;
  intSpan.forEach((p, i) => {
    if (p.kind === "digit") lastIntDigit = i;
  });
  const scalingCommas = intSpan.slice(lastIntDigit + 1).filter((p) => p.kind === "comma").length;
  const grouping = intSpan.slice(0, lastIntDigit).some((p) => p.kind === "comma");
  value /= 1000 ** scalingCommas;

  const intDigits = intSpan.filter((p): p is Extract<Part, { kind: "digit" }> => p.kind === "digit");
  const fracDigits = fracSpan.filter((p): p is Extract<Part, { kind: "digit" }> => p.kind === "digit");
  const minInt = intDigits.filter((d) => d.ch === "0").length;
  const intSpaces = intDigits.filter((d) => d.ch === "?").length;

  let exponentText = "";
  if (exponentIndex >= 0) {
    const expSign = (span[exponentIndex] as Extract<Part, { kind: "exponent" }>).sign;
    let exp = value === 0 ? 0 : Math.floor(Math.log10(value));
    // Engineering-style formats (##0.0E+0) keep the exponent a multiple of the integer width.
    const step = Math.max(1, intDigits.length);
    if (step > 1) exp = Math.floor(exp / step) * step;
    else exp -= Math.max(0, intDigits.length - 1);
    let mantissa = value / 10 ** exp;
    if (Number(roundToFixed(mantissa, fracDigits.length)) >= 10 ** step) {
      exp += step;
      mantissa = value / 10 ** exp;
    }
    value = mantissa;
    const expDigits = expSpan.filter((p) => p.kind === "digit").length;
    const expSignText = exp < 0 ? "-" : expSign === "+" ? "+" : "";
    exponentText = `E${expSignText}${String(Math.abs(exp)).padStart(expDigits, "0")}`;
  }

  const fixed = roundToFixed(value, fracDigits.length);
  let [intPart = "0", fracPart = ""] = fixed.split(".");
  // Trailing optional places: `#` drops the zero, `?` leaves a space.
  const fracChars = fracPart.split("");
  for (let k = fracDigits.length - 1; k >= 0; k--) {
    const placeholder = fracDigits[k]!.ch;
    if (placeholder === "0" || fracChars[k] !== "0") break;
    fracChars[k] = placeholder === "?" ? " " : "";
  }
  fracPart = fracChars.join("");
  if (intPart === "0" && minInt === 0) intPart = "";
  intPart = intPart.padStart(minInt, "0");
  if (grouping) intPart = groupThousands(intPart);
  if (intPart.length < minInt + intSpaces) intPart = intPart.padStart(minInt + intSpaces, " ");
  const number = `${intPart}${pointIndex >= 0 ? "." : ""}${fracPart}${exponentText}`;

  // Literals inside the placeholders (rare, e.g. `0"-"00`) follow the number.
  const innerLiterals = span.flatMap((p) => (p.kind === "literal" ? [p.text] : [])).join("");
  const before = parts.slice(0, first);
  const rest = parts.slice(after);
  const text = (list: Part[]): string =>
    list
      .map((p) =>
        p.kind === "literal" ? p.text : p.kind === "percent" ? "%" : p.kind === "comma" ? "," : "",
      )
      .join("");
  return `${text(before)}${number}${innerLiterals}${text(rest)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Formats a serial date/time with a date section. */
function formatDateSection(serial: number, parts: Part[]): string {
  const date = serialToDate(serial);
  if (!date) return "#".repeat(11);
  const hasAmPm = parts.some((p) => p.kind === "ampm");
  const codes = parts.map((p) => (p.kind === "date" ? p.code : p.kind === "elapsed" ? p.code : null));
  const isMinute = (index: number): boolean => {
    for (let k = index - 1; k >= 0; k--) {
      const c = codes[k];
      if (c == null) continue;
      if (c[0] === "h") return true;
      break;
    }
    for (let k = index + 1; k < codes.length; k++) {
      const c = codes[k];
      if (c == null) continue;
      return c[0] === "s";
    }
    return false;
  };
  const totalSeconds = Math.round(serial * 86_400);
  return parts
    .map((p, index) => {
      switch (p.kind) {
        case "literal":
          return p.text;
        case "ampm":
          return date.hour < 12 ? p.am : p.pm;
        case "elapsed": {
          const unit = p.code[0];
          const amount =
            unit === "h"
              ? Math.floor(totalSeconds / 3600)
              : unit === "m"
                ? Math.floor(totalSeconds / 60)
                : totalSeconds;
          return String(amount).padStart(p.code.length, "0");
        }
        case "date":
          return dateCode(p.code, date, serial, hasAmPm, isMinute(index));
        case "percent":
          return "%";
        case "comma":
          return ",";
        case "point":
          return ".";
        case "digit":
          return p.ch === "0" ? "0" : "";
        default:
          return "";
      }
    })
    .join("");
}

function dateCode(
  code: string,
  date: NonNullable<ReturnType<typeof serialToDate>>,
  serial: number,
  hasAmPm: boolean,
  minute: boolean,
): string {
  const letter = code[0];
  const n = code.length;
  switch (letter) {
    case "y":
      return n <= 2 ? pad2(date.year % 100) : String(date.year).padStart(4, "0");
    case "m":
      if (minute && n <= 2) return n === 1 ? String(date.minute) : pad2(date.minute);
      if (n === 1) return String(date.month);
      if (n === 2) return pad2(date.month);
      if (n === 3) return MONTHS[date.month - 1]!.slice(0, 3);
      if (n === 4) return MONTHS[date.month - 1]!;
      return MONTHS[date.month - 1]!.slice(0, 1);
    case "d":
      if (n === 1) return String(date.day);
      if (n === 2) return pad2(date.day);
      if (n === 3) return WEEKDAYS[serialWeekday(serial)]!.slice(0, 3);
      return WEEKDAYS[serialWeekday(serial)]!;
    case "a":
      return (n === 3 ? "" : "星期") + CHINESE_WEEKDAYS[serialWeekday(serial)]!;
    case "h": {
      const hour = hasAmPm ? date.hour % 12 || 12 : date.hour;
      return n === 1 ? String(hour) : pad2(hour);
    }
    case "s":
      return n === 1 ? String(date.second) : pad2(date.second);
    default:
      return code;
  }
}

/** Formats text with a text section (`@` stands for the text). */
function formatTextSection(text: string, parts: Part[]): string {
  return parts.map((p) => (p.kind === "text" ? text : p.kind === "literal" ? p.text : "")).join("");
}

/**
 * The text Excel displays for `value` under the number format code `numberFormat`.
 *
 * Empty cells show "", booleans TRUE/FALSE, errors their text (`#N/A`). Text shows as is unless
 * the format has a text section (`@`, or a fourth section). Numbers pick the section by sign
 * (`pos;neg;zero`); a format with one section shows negatives with a leading `-`, one with a
 * negative section shows that section for the absolute value (so `(#,##0.00)` gives parentheses).
 * Dates are Excel serials in the 1900 system.
 * @param numberFormat - an Excel format code; undefined or "General" for General.
 */
export function formatValue(value: ComputedValue, numberFormat: string | undefined): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const format = numberFormat === undefined || numberFormat === "" ? "General" : numberFormat;
  const sections = sectionsOf(format);
  if (typeof value === "string") {
    const textSection =
      sections[3] ??
      (sections.length === 1 && sections[0]!.parts.some((p) => p.kind === "text") ? sections[0] : undefined);
    return textSection ? formatTextSection(value, textSection.parts) : value;
  }
  if (!Number.isFinite(value)) return "#NUM!";
  if (format.toLowerCase() === "general") return formatGeneral(value);
  let section = sections[0]!;
  let signPrefix = "";
  if (value < 0) {
    if (sections.length >= 2 && !isTextOnly(sections[1]!)) section = sections[1]!;
    else signPrefix = "-";
  } else if (value === 0 && sections.length >= 3 && !isTextOnly(sections[2]!)) {
    section = sections[2]!;
  }
  if (section.isDate) {
    // Dates never take the minus; Excel shows negative dates as #####.
    return value < 0 ? "#".repeat(11) : formatDateSection(value, section.parts);
  }
  // A text-only format (`@`) shows numbers as General.
  if (isTextOnly(section)) return formatGeneral(value);
  // Like Excel, a negative that rounds to zero keeps its minus (-0.001 under 0.00 is -0.00).
  return signPrefix + formatNumberSection(Math.abs(value), section.parts);
}

/** A section holding only `@` applies to text, not to numbers. */
function isTextOnly(section: Section): boolean {
  return section.parts.some((p) => p.kind === "text");
}
