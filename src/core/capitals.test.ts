import { amountInCapitals, amountInWords, MAX_WRITTEN_FEN } from "./capitals";
import { type Fen, toFen } from "./money";

const fen = (n: number): Fen => n as Fen;

describe("amountInCapitals", () => {
  test.each([
    // The and the brief's examples.
    [10_005.06, "壹万零伍元零陆分"],
    [1_010.5, "壹仟零壹拾元伍角"],
    [100_000_000, "壹亿元整"],
    [100_010_000, "壹亿零壹万元整"],
    [0.05, "伍分"],
    [0.5, "伍角"],
    [1.05, "壹元零伍分"],
    [10, "壹拾元整"],
    [100, "壹佰元整"],
    [0, "零元整"],
    [-100, "负壹佰元整"],
    // Smallest amounts and the decimals alone.
    [0.01, "壹分"],
    [0.1, "壹角"],
    [0.55, "伍角伍分"],
    [1, "壹元整"],
    [1.5, "壹元伍角"],
    [12.34, "壹拾贰元叁角肆分"],
    [10.05, "壹拾元零伍分"],
    // 零 inside a group: one for a run, none at the end.
    [101, "壹佰零壹元整"],
    [1_001, "壹仟零壹元整"],
    [1_100, "壹仟壹佰元整"],
    [1_010, "壹仟零壹拾元整"],
    [9_999, "玖仟玖佰玖拾玖元整"],
    // 零 across the 万 boundary.
    [10_000, "壹万元整"],
    [10_100, "壹万零壹佰元整"],
    [100_001, "壹拾万零壹元整"],
    [101_000, "壹拾万壹仟元整"],
    [110_000, "壹拾壹万元整"],
    [1_000_001, "壹佰万零壹元整"],
    [10_000_100, "壹仟万零壹佰元整"],
    [10_010_000, "壹仟零壹万元整"],
    [12_345_678.9, "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角"],
    // 零 across the 亿 boundary, including a whole group of zeros in between.
    [101_000_000.01, "壹亿零壹佰万元零壹分"],
    [100_000_001, "壹亿零壹元整"],
    [100_001_000, "壹亿零壹仟元整"],
    [110_000_000, "壹亿壹仟万元整"],
    [1_000_000_000, "壹拾亿元整"],
    [1_234_567_890.12, "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分"],
    // 万亿 (trillions) and the limit.
    [1_000_000_000_000, "壹万亿元整"],
    [1_000_100_000_000, "壹万零壹亿元整"],
    [1_000_000_000_001, "壹万亿零壹元整"],
    // The 亿 group all zeros under 万亿 is a whole group of zeros between digits, as 万 is in 壹亿零壹仟;
    // zeros ending a group that holds a digit stay silent (壹万壹仟亿).
    [1_000_010_000_000, "壹万亿零壹仟万元整"],
    [9_000_010_000_000.1, "玖万亿零壹仟万元壹角"],
    [1_100_010_000_000, "壹万壹仟亿壹仟万元整"],
    [9_999_999_999_999.99, "玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
    // Negatives.
    [-0.05, "负伍分"],
    [-10_005.06, "负壹万零伍元零陆分"],
    [-9_999_999_999_999.99, "负玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
  ])("%p → %s", (amount, expected) => {
    expect(amountInCapitals(toFen(amount))).toBe(expected);
  });

  test("negative zero is plain zero", () => {
    expect(amountInCapitals(fen(-0))).toBe("零元整");
  });

  test("the limit is 9,999,999,999,999.99 exactly", () => {
    expect(MAX_WRITTEN_FEN).toBe(999_999_999_999_999);
    expect(() => amountInCapitals(fen(999_999_999_999_999))).not.toThrow();
    expect(() => amountInCapitals(fen(-999_999_999_999_999))).not.toThrow();
  });

  test.each([1_000_000_000_000_000, -1_000_000_000_000_000, Number.MAX_SAFE_INTEGER])(
    "refuses %p fen, beyond the limit, saying what the limit is",
    (n) => {
      expect(() => amountInCapitals(fen(n))).toThrow(RangeError);
      expect(() => amountInCapitals(fen(n))).toThrow("9,999,999,999,999.99");
    },
  );

  test.each([0.5, NaN, Infinity, -Infinity, 2 ** 53])("refuses %p, not a whole number of fen", (n) => {
    expect(() => amountInCapitals(fen(n))).toThrow(RangeError);
  });
});

/**
 * Reads capitals back into fen, independently of how they were written: digits, 拾佰仟, 万 and
 * 亿 (亿 at most once, so 万 before it belongs to the 亿 part), 元 角 分 整 负. Throws on anything
 * else, so a stray character fails the round trip.
 */
function parseCapitals(text: string): number {
  const negative = text.startsWith("负");
  let rest = negative ? text.slice(1) : text;
  if (rest.endsWith("整")) rest = rest.slice(0, -1);
  let total = 0; // yuan of the 万 and 亿 parts already closed
  let group = 0; // yuan of the open group below 万
  let digit = 0; // the last digit read, awaiting its unit
  let cents = 0;
  for (const ch of rest) {
    const d = "零壹贰叁肆伍陆柒捌玖".indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    switch (ch) {
      case "拾":
        group += digit * 10;
        break;
      case "佰":
        group += digit * 100;
        break;
      case "仟":
        group += digit * 1000;
        break;
      case "万":
        total += (group + digit) * 10_000;
        group = 0;
        break;
      case "亿":
        total = (total + group + digit) * 100_000_000;
        group = 0;
        break;
      case "元":
        total += group + digit;
        group = 0;
        break;
      case "角":
        cents += digit * 10;
        break;
      case "分":
        cents += digit;
        break;
      default:
        throw new Error(`Unexpected ${ch} in ${text}`);
    }
    digit = 0;
  }
  if (digit !== 0 || group !== 0) throw new Error(`Digits without a unit in ${text}`);
  const amount = total * 100 + cents;
  return negative ? -amount : amount;
}

// The shape every non-zero amount takes: whole yuan starting with a non-zero digit, then 整, the
// decimals, or 零 and fen; or the decimals alone. With no 零零 and no 零 before 万, 亿 or 元, this
// says the 零 rules hold, which reading the value back alone would not.
const D = "[壹贰叁肆伍陆柒捌玖]";
const DECIMALS = `${D}角(?:${D}分)?|${D}分`;
const CANONICAL_SHAPE = new RegExp(
  `^负?(?:${D}[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*元(?:整|${DECIMALS}|零${D}分)|${DECIMALS})$`,
);

describe("amountInCapitals, read back", () => {
  test("the parser reads the hand-written vectors", () => {
    expect(parseCapitals("壹万零伍元零陆分")).toBe(1_000_506);
    expect(parseCapitals("负玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")).toBe(
      -999_999_999_999_999,
    );
    expect(parseCapitals("零元整")).toBe(0);
    expect(() => parseCapitals("壹万零伍圆")).toThrow();
  });

  test("5,000 pseudo-random amounts, rich in zeros, read back to themselves in canonical form", () => {
    let seed = 20261122;
    const next = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    const failures: string[] = [];
    for (let i = 0; i < 5000; i++) {
      // Up to 15 digits (13 of yuan, 2 of fen), each zero half the time, so that runs of zeros
      // fall inside groups, at their ends and across 万 and 亿.
      const length = 1 + next(15);
      let n = 0;
      for (let j = 0; j < length; j++) n = n * 10 + (next(2) === 0 ? 0 : 1 + next(9));
      const amount = next(4) === 0 ? -n : n;
      const text = amountInCapitals(fen(amount));
      const wellFormed = text === "零元整" || (CANONICAL_SHAPE.test(text) && !/零零|零[万亿元]/.test(text));
      if (parseCapitals(text) !== amount || !wellFormed) {
        failures.push(`${amount} → ${text}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("amountInWords", () => {
  test.each([
    [1_234.56, "USD", "SAY US DOLLARS ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND CENTS FIFTY-SIX ONLY"],
    [1_234.56, "CNY", "SAY RMB ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND CENTS FIFTY-SIX ONLY"],
    [0, "USD", "SAY US DOLLARS ZERO ONLY"],
    [0, "CNY", "SAY RMB ZERO ONLY"],
    [0.05, "USD", "SAY US DOLLARS ZERO AND CENTS FIVE ONLY"],
    [0.5, "USD", "SAY US DOLLARS ZERO AND CENTS FIFTY ONLY"],
    [1, "USD", "SAY US DOLLARS ONE ONLY"],
    [100, "CNY", "SAY RMB ONE HUNDRED ONLY"],
    [115.1, "USD", "SAY US DOLLARS ONE HUNDRED FIFTEEN AND CENTS TEN ONLY"],
    [1_000_001, "USD", "SAY US DOLLARS ONE MILLION ONE ONLY"],
    [20_019.99, "USD", "SAY US DOLLARS TWENTY THOUSAND NINETEEN AND CENTS NINETY-NINE ONLY"],
    [
      1_002_003_004_005.07,
      "USD",
      "SAY US DOLLARS ONE TRILLION TWO BILLION THREE MILLION FOUR THOUSAND FIVE AND CENTS SEVEN ONLY",
    ],
    [
      9_999_999_999_999.99,
      "USD",
      "SAY US DOLLARS NINE TRILLION NINE HUNDRED NINETY-NINE BILLION NINE HUNDRED NINETY-NINE MILLION " +
        "NINE HUNDRED NINETY-NINE THOUSAND NINE HUNDRED NINETY-NINE AND CENTS NINETY-NINE ONLY",
    ],
    [-100, "CNY", "SAY MINUS RMB ONE HUNDRED ONLY"],
    [-0.01, "USD", "SAY MINUS US DOLLARS ZERO AND CENTS ONE ONLY"],
  ] as const)("%p %s → %s", (amount, currency, expected) => {
    expect(amountInWords(toFen(amount), currency)).toBe(expected);
  });

  test("negative zero is plain zero", () => {
    expect(amountInWords(fen(-0), "USD")).toBe("SAY US DOLLARS ZERO ONLY");
  });

  test.each([1_000_000_000_000_000, -1_000_000_000_000_000, 0.5, NaN])("refuses %p fen", (n) => {
    expect(() => amountInWords(fen(n), "USD")).toThrow(RangeError);
  });
});
