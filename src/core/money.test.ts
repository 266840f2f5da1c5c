import { addFen, type Fen, fenToNumber, formatFen, mulFenByNumber, toFen, toFenOrNull } from "./money";

const fen = (n: number): Fen => n as Fen;

describe("toFen", () => {
  test.each([
    [0, 0],
    [1, 100],
    [12.34, 1234],
    [0.1 + 0.2, 30],
    [1.005, 101],
    [2.675, 268],
    [1.115, 112],
    [8.345, 835],
    [-1.005, -101],
    [-2.675, -268],
    [0.005, 1],
    [-0.005, -1],
    [0.004, 0],
    [0.0049999, 0],
    [1.0049999, 100],
    [1234567890.125, 123456789013],
    [1e9, 100_000_000_000],
    [999_999_999.995, 100_000_000_000],
    [-999_999_999.995, -100_000_000_000],
    [1e9 + 0.01, 100_000_000_001],
  ])("%p → %p fen", (x, expected) => {
    expect(toFen(x)).toBe(expected);
  });

  test("never gives negative zero", () => {
    expect(Object.is(toFen(-0.001), 0)).toBe(true);
    expect(Object.is(toFen(-0), 0)).toBe(true);
  });

  test("a sum of many small amounts rounds to the decimal a person would write", () => {
    let total = 0;
    for (let i = 0; i < 10; i++) total += 0.1;
    expect(total).not.toBe(1);
    expect(toFen(total)).toBe(100);
  });

  test.each([NaN, Infinity, -Infinity, 1e17])("refuses %p", (x) => {
    expect(() => toFen(x)).toThrow(RangeError);
    expect(toFenOrNull(x)).toBeNull();
  });

  test("agrees with rounding the typed decimal, for amounts with three decimals up to 10^11", () => {
    // Reference: round the decimal text itself, digit by digit, half away from zero.
    const byText = (units: number, thousandths: number, negative: boolean): number => {
      const fen = units * 100 + Math.floor(thousandths / 10) + (thousandths % 10 >= 5 ? 1 : 0);
      return negative && fen !== 0 ? -fen : fen;
    };
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const units = Math.floor(next() * 10 ** Math.floor(next() * 12));
      // Half of the cases end in 5 thousandths: the ties where binary doubles mislead.
      const thousandths = next() < 0.5 ? Math.floor(next() * 100) * 10 + 5 : Math.floor(next() * 1000);
      const negative = next() < 0.3;
      const text = `${negative ? "-" : ""}${units}.${String(thousandths).padStart(3, "0")}`;
      const got = toFen(Number(text));
      if (got !== byText(units, thousandths, negative)) mismatches.push(`${text} → ${got}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test("toFenOrNull rounds like toFen", () => {
    expect(toFenOrNull(1.005)).toBe(101);
    expect(toFenOrNull(-2.675)).toBe(-268);
  });
});

describe("arithmetic", () => {
  test("fenToNumber is the amount in units", () => {
    expect(fenToNumber(fen(12345))).toBe(123.45);
    expect(fenToNumber(fen(-5))).toBe(-0.05);
  });

  test("addFen is exact where adding decimals is not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addFen(toFen(0.1), toFen(0.2))).toBe(30);
  });

  test.each([
    [100050, 0.3, 30015],
    [1000, 0.3, 300],
    [333, 0.5, 167],
    [-333, 0.5, -167],
    [101, 1.5, 152],
    [12345, 0, 0],
    [7, 3, 21],
    [1, 0.005, 0],
    [100, 0.005, 1],
  ])("%p fen × %p → %p fen (rounded once)", (amount, factor, expected) => {
    expect(mulFenByNumber(fen(amount), factor)).toBe(expected);
  });

  test("mulFenByNumber refuses a factor that is not a number", () => {
    expect(() => mulFenByNumber(fen(100), NaN)).toThrow(RangeError);
    expect(() => mulFenByNumber(fen(100), Infinity)).toThrow(RangeError);
  });
});

describe("formatFen", () => {
  test.each([
    [0, "0.00"],
    [5, "0.05"],
    [-5, "-0.05"],
    [123450, "1,234.50"],
    [99999, "999.99"],
    [100000, "1,000.00"],
    [-123456789, "-1,234,567.89"],
    [100_000_000_000, "1,000,000,000.00"],
  ])("%p fen → %p", (amount, text) => {
    expect(formatFen(fen(amount))).toBe(text);
  });
});
