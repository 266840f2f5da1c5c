/**
 * The 核价 section's what-if form as pure functions: what the inputs start with, how typed text
 * becomes the value a cell would hold, and the 利润 and 销售利润率 the sheet would show for it.
 */
import { formatFen } from "../core/money";
import { costingProfit } from "../core/orders/tracking";
import type { CostingRow, CostingView } from "../core/orders/views";
import type { REVIEW_STATES } from "../core/workbook/schema";
import type { CostingSnapshot } from "../excel/views";

/** The three inputs as typed. */
export interface CostingInputs {
  price: string;
  rate: string;
  cost: string;
}

/** What the form shows for its inputs; "" where the sheet's cell would be blank or an error. */
export interface CostingFigures {
  /** 利润 with two decimals and thousands separators, "1,234.50". */
  profit: string;
  /** 销售利润率 as a percentage with one decimal, "12.3%". */
  margin: string;
  belowMinimum: boolean;
  /** Inputs that hold something other than a number, which the sheet's formula would turn into an error. */
  invalid: { price: boolean; rate: boolean; cost: boolean };
}

/** The review state that puts a row on the 待审核 list (typed against the schema's enum). */
const PENDING_REVIEW: (typeof REVIEW_STATES)[number] = "待审核";

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The inputs filled from a row: its 美金卖价, 汇率 (blank stays blank) and 成本. */
export function inputsOf(row: CostingRow | undefined): CostingInputs {
  return { price: numberText(row?.usdPrice), rate: numberText(row?.rate), cost: numberText(row?.cost) };
}

/** The form: which row is picked (its index in the view's rows) and the inputs as typed. */
export interface CostingForm {
  index: number;
  inputs: CostingInputs;
}

/** The form as a freshly read view starts it: on the row the selection is on, else the first. */
export function initialForm(view: CostingSnapshot): CostingForm {
  const index = view.selected >= 0 && view.selected < view.rows.length ? view.selected : 0;
  return { index, inputs: inputsOf(view.rows[index]) };
}

// Full-width digits and point, as a Chinese input method may type them.
const FULL_WIDTH = /[\uff10-\uff19\uff0e]/g;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * What a cell would hold had the clerk typed `text` into it: null when blank, a number when it
 * reads as one (thousands separators and full-width digits allowed), otherwise the text itself.
 */
export function typedValue(text: string): number | string | null {
  const plain = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/,/g, "")
    .trim();
  if (plain === "") return null;
  return PLAIN_NUMBER.test(plain) ? Number(plain) : text;
}

/**
 * A ratio as a percentage with one decimal, rounded half away from zero on the decimal value as
 * Excel's 0.0% format shows it: 0.1235 → "12.4%" (the double just below 0.1235 included).
 */
export function formatPercent(ratio: number): string {
  // 15 significant digits recover the decimal the double stands for, as in core's money rounding.
  const tenths = Math.round(Number((Math.abs(ratio) * 1000).toPrecision(15)));
  const sign = ratio < 0 && tenths !== 0 ? "-" : "";
  return `${sign}${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** 利润 and 销售利润率 for the inputs, computed as the sheet's formulas compute them (blank 汇率 → FX_USD). */
export function costingFigures(inputs: CostingInputs, settings: CostingView["settings"]): CostingFigures {
  const usdPrice = typedValue(inputs.price);
  const rate = typedValue(inputs.rate);
  const cost = typedValue(inputs.cost);
  const { profit, margin } = costingProfit({ usdPrice, rate, cost }, settings);
  return {
    profit: profit === null ? "" : formatFen(profit),
    margin: margin === null ? "" : formatPercent(margin),
    belowMinimum: margin !== null && margin < settings.minMargin,
    invalid: {
      price: typeof usdPrice === "string",
      rate: typeof rate === "string",
      cost: typeof cost === "string",
    },
  };
}

/** The rows whose 销售利润率 is below 最低利润率, in sheet order. */
export function rowsBelowMinimum(view: CostingView): CostingRow[] {
  return view.rows.filter((r) => r.belowMinimum);
}

/** The rows still 待审核, in sheet order. */
export function rowsPendingReview(view: CostingView): CostingRow[] {
  return view.rows.filter((r) => r.review.trim() === PENDING_REVIEW);
}
