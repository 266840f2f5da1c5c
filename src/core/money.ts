/**
 * Money inside core: integer fen (分, cents), branded so an amount in yuan cannot be passed where
 * fen are meant. Amounts are rounded once, half away from zero, where they enter core; sums of fen
 * are exact; formatting happens at the edge.
 */

/** An amount in fen (1/100 of the currency unit), always a safe integer. */
export type Fen = number & { readonly __brand: "Fen" };

/** The largest amount core keeps exact: Number.MAX_SAFE_INTEGER fen (about 90 trillion yuan). */
const MAX_FEN = Number.MAX_SAFE_INTEGER;

/**
 * `x × 10^shift` rounded to an integer, half away from zero, as the decimal the user sees rather
 * than the binary double: 1.005 is stored as 1.00499999999999989..., yet Excel's ROUND(1.005, 2)
 * gives 1.01. Reading the double back to 15 significant digits (what Excel shows) recovers the
 * decimal the user typed, and shifting that text by powers of ten is exact.
 * @returns null when the result is not finite or beyond MAX_FEN.
 */
function roundShifted(x: number, shift: number): number | null {
  if (!Number.isFinite(x)) return null;
  const scaled = Math.abs(x) * 10 ** shift;
  // Fast path: the double and its 15-digit decimal differ by less than 10^-14 of the value, so
  // unless the fraction is that close to one half, rounding either gives the same integer.
  if (scaled < 1e15 && Math.abs(scaled - Math.floor(scaled) - 0.5) > scaled * 1e-13 + 1e-9) {
    const rounded = Math.round(scaled);
    return x < 0 && rounded !== 0 ? -rounded : rounded;
  }
  const [mantissa, exponent] = Math.abs(x).toPrecision(15).split("e");
  const shifted = Number(`${mantissa}e${Number(exponent ?? 0) + shift}`);
  const rounded = Math.round(shifted);
  if (!(rounded <= MAX_FEN)) return null;
  // Math.round on a non-negative value is half-up, which on the magnitude is half away from zero.
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Fen of an amount in currency units, rounded half away from zero to the fen:
 * `toFen(1.005)` is 101, `toFen(-1.005)` is −101, `toFen(0.1 + 0.2)` is 30.
 * @throws RangeError when `x` is not finite or too large to keep exact (over ~9·10^13 yuan).
 */
export function toFen(x: number): Fen {
  const fen = roundShifted(x, 2);
  if (fen === null) throw new RangeError(`Not an amount of money: ${x}`);
  return fen as Fen;
}

/** Like `toFen`, but null instead of throwing: for values read from cells, which may hold anything. */
export function toFenOrNull(x: number): Fen | null {
  return roundShifted(x, 2) as Fen | null;
}

/** The amount in currency units (for formulas' numbers and display), e.g. 12345 → 123.45. */
export function fenToNumber(fen: Fen): number {
  return fen / 100;
}

/** The sum of two amounts (exact: both are integers). */
export function addFen(a: Fen, b: Fen): Fen {
  return (a + b) as Fen;
}

/**
 * An amount times a factor (a rate, a quantity), rounded once to the fen, half away from zero:
 * `mulFenByNumber(toFen(1000.5), 0.3)` is 30015 (300.15).
 * @throws RangeError when the factor is not finite or the product is too large to keep exact.
 */
export function mulFenByNumber(fen: Fen, factor: number): Fen {
  const product = roundShifted(fen * factor, 0);
  if (product === null) throw new RangeError(`Cannot multiply ${fen} fen by ${factor}`);
  return product as Fen;
}

/** An amount as documents print it: two decimals and thousands separators, "1,234.50", "-0.05". */
export function formatFen(fen: Fen): string {
  const abs = Math.abs(fen);
  const units = Math.floor(abs / 100);
  const cents = abs - units * 100;
  const grouped = String(units).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${fen < 0 ? "-" : ""}${grouped}.${String(cents).padStart(2, "0")}`;
}
