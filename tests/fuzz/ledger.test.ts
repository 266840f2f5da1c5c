/**
 * Properties of statements over random ledgers: customers with and without 期初应收 and 期初日期,
 * deliveries, returns (typed 退货 or told by their sign) and payments, many on the same day, names
 * spelt with other cases and spaces, in the customer's currency or with 币种 left blank.
 *
 * - computeStatement agrees with a model written here from the rules: 上期结欠 is 期初应收 plus the
 *   counted rows before the period, and opening + deliveries − returns − payments = closing.
 * - The running balance starts at the opening, moves by each entry and ends at the closing.
 * - A period is its two halves put together: the first half's closing is the second's opening, the
 *   sums add up, and the entries are the first half's followed by the second's.
 * - receivablesSummary agrees with computeStatement for every customer it lists, lists exactly
 *   those with entries or a balance, ages a positive balance into buckets that sum to it (nothing
 *   aged otherwise), and its totals per currency are the sums of its rows.
 */
import fc from "fast-check";
import { isoToSerial } from "../../src/core/dates";
import type { Fen } from "../../src/core/money";
import type { Lang } from "../../src/core/problems";
import { receivablesSummary, type ReceivableRow } from "../../src/core/statements/aging";
import { computeStatement } from "../../src/core/statements/compute";
import type { Statement, StatementDetail } from "../../src/core/statements/statement";
import {
  makeCustomer,
  makePayment,
  makeShipment,
  makeWorkbookData,
  type RowValues,
} from "../../src/core/testing/factories";
import { PAYMENT_TERMS } from "../../src/core/workbook/schema";
import type { WorkbookData } from "../../src/core/workbook/tableData";
import { fuzzParameters, fuzzTimeout } from "./settings";

const BASE = isoToSerial("2026-10-15")!;

// ---------------------------------------------------------------- random ledgers

/** Names distinct without regard to case and spaces, as statements match them. */
const NAMES = ["华美贸易", "Acme Trading", "宁波 五金", "zeta ltd"];
/** A 客户 cell for a name as a clerk may type it in 发货 or 收款. */
const spelling = (name: string) =>
  fc.constantFrom(name, ` ${name} `, name.toUpperCase(), name.toLowerCase(), `${name}\u00a0`);

interface CustomerSpec {
  name: string;
  currency: "" | "CNY" | "USD";
  terms: string;
  /** Fen, null for a blank 期初应收. */
  openingBalance: number | null;
  /** Serial, null for a blank 期初日期. */
  openingDate: number | null;
}

type Kind = "delivery" | "return" | "payment";

interface LedgerRow {
  kind: Kind;
  customer: number;
  spelt: string;
  /** Serial, possibly with a time of day. */
  date: number;
  /** Fen as recorded: a return negative. */
  amount: number;
  /** 类型 of a 发货 row: typed, or blank so the sign decides. */
  typed: boolean;
  /** 币种 left blank (the customer's) or written out. */
  currencyBlank: boolean;
  /** 单号: rows of one note share it. */
  note: string;
}

interface Ledger {
  customers: CustomerSpec[];
  rows: LedgerRow[];
  /** Rows of a customer 客户 does not list: warned about by the summary, in no statement. */
  strangers: number;
}

const fen = (max: number) => fc.integer({ min: 0, max });
const day = (spread: number) =>
  fc
    .tuple(fc.integer({ min: -spread, max: spread }), fc.constantFrom(0, 0, 0, 0.25, 0.5, 0.9999))
    .map(([d, time]) => BASE + d + time);

const customerSpec = (name: string): fc.Arbitrary<CustomerSpec> =>
  fc.record({
    name: fc.constant(name),
    currency: fc.constantFrom("" as const, "CNY" as const, "USD" as const),
    terms: fc.constantFrom("", ...PAYMENT_TERMS, "月结 45 天", "现结"),
    openingBalance: fc.option(fc.integer({ min: -500_000, max: 5_000_000 }), { freq: 2 }),
    openingDate: fc.option(fc.integer({ min: BASE - 90, max: BASE + 30 }), { freq: 2 }),
  });

const ledger: fc.Arbitrary<Ledger> = fc
  .tuple(fc.integer({ min: 1, max: NAMES.length }), fc.constantFrom(10, 30, 90))
  .chain(([count, spread]) => {
    const names = NAMES.slice(0, count);
    const row = fc
      .tuple(
        fc.nat(count - 1),
        fc.constantFrom<Kind>("delivery", "delivery", "return", "payment", "payment"),
        day(spread),
        fen(2_000_000),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
      )
      .chain(([customer, kind, date, amount, typed, currencyBlank, note]) =>
        spelling(names[customer]!).map((spelt): LedgerRow => ({
          kind,
          customer,
          spelt,
          date,
          amount: kind === "return" && amount > 0 ? -amount : amount,
          typed,
          currencyBlank,
          // A few numbers per day and kind, so notes gather several rows (and a number may recur on another day).
          note: `${kind === "return" ? "TH" : "SH"}${Math.floor(date)}-${String(note).padStart(2, "0")}`,
        })),
      );
    return fc.record({
      customers: fc.tuple(...names.map(customerSpec)),
      rows: fc.oneof(fc.array(row, { maxLength: 8 }), fc.array(row, { minLength: 8, maxLength: 50 })),
      strangers: fc.nat(2),
    });
  });

/** The ledger as the tables of a workbook. */
function workbookOf(l: Ledger): WorkbookData {
  const currencyOf = (c: CustomerSpec): string => c.currency || "CNY";
  const customers: RowValues[] = l.customers.map((c, i) =>
    makeCustomer({
      客户编号: `C${i + 1}`,
      客户名称: c.name,
      币种: c.currency,
      结算方式: c.terms,
      期初应收: c.openingBalance === null ? "" : c.openingBalance / 100,
      期初日期: c.openingDate ?? "",
    }),
  );
  const shipments: RowValues[] = [];
  const payments: RowValues[] = [];
  for (const r of l.rows) {
    const c = l.customers[r.customer]!;
    const currency = r.currencyBlank ? "" : currencyOf(c);
    if (r.kind === "payment") {
      payments.push(makePayment({ 收款日期: r.date, 客户: r.spelt, 币种: currency, 金额: r.amount / 100 }));
    } else {
      // Untyped rows are told by their sign; 0 counts as a delivery.
      const type = r.typed ? (r.kind === "return" ? "退货" : "送货") : "";
      shipments.push(
        makeShipment({
          单号: r.note,
          日期: r.date,
          类型: type,
          客户: r.spelt,
          币种: currency,
          金额: r.amount / 100,
          数量: Math.sign(r.amount) * 10,
        }),
      );
    }
  }
  for (let i = 0; i < l.strangers; i++) {
    shipments.push(makeShipment({ 客户: "Nobody Ltd", 日期: BASE, 金额: 1 }));
    payments.push(makePayment({ 客户: "Nobody Ltd", 收款日期: BASE, 金额: 1 }));
  }
  return makeWorkbookData({ customers, shipments, payments });
}

// ---------------------------------------------------------------- the model

interface Figures {
  opening: number;
  deliveries: number;
  returns: number;
  payments: number;
  closing: number;
}

/**
 * A customer's figures for [from, to] from the rules, or "refused" when 期初日期 is after the
 * period. Rows before 期初日期 are history 期初应收 already holds; a row's time of day does not
 * move it to another day.
 */
function model(l: Ledger, customer: number, from: number, to: number): Figures | "refused" {
  const c = l.customers[customer]!;
  if (c.openingDate !== null && c.openingDate > to) return "refused";
  const start = c.openingDate !== null && c.openingDate > from ? c.openingDate : from;
  const f: Figures = { opening: c.openingBalance ?? 0, deliveries: 0, returns: 0, payments: 0, closing: 0 };
  for (const r of l.rows) {
    if (r.customer !== customer) continue;
    const date = Math.floor(r.date);
    if ((c.openingDate !== null && date < c.openingDate) || date > to) continue;
    const effect = r.kind === "payment" ? -r.amount : r.amount;
    if (date < start) f.opening += effect;
    else if (r.kind === "delivery") f.deliveries += r.amount;
    else if (r.kind === "return") f.returns -= r.amount;
    else f.payments += r.amount;
  }
  f.closing = f.opening + f.deliveries - f.returns - f.payments;
  return f;
}

function figures(s: Figures): Figures {
  return {
    opening: s.opening,
    deliveries: s.deliveries,
    returns: s.returns,
    payments: s.payments,
    closing: s.closing,
  };
}

// ---------------------------------------------------------------- periods

interface Period {
  from: number;
  /** Last day of the first half; the second starts the day after. */
  mid: number;
  to: number;
  detail: StatementDetail;
  lang: Lang;
}

const period: fc.Arbitrary<Period> = fc
  .tuple(
    fc.integer({ min: BASE - 60, max: BASE + 10 }),
    fc.integer({ min: 2, max: 90 }),
    fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    fc.constantFrom<StatementDetail>("notes", "lines"),
    fc.constantFrom<Lang>("zh", "en"),
  )
  .map(([from, days, cut, detail, lang]) => ({
    from,
    to: from + days - 1,
    mid: from + Math.floor(cut * (days - 1)),
    detail,
    lang,
  }));

function statement(data: WorkbookData, customer: string, from: number, to: number, p: Period) {
  return computeStatement(data, { customer, from, to, detail: p.detail, lang: p.lang });
}

/** The refusal a statement must give when 期初日期 is after the period, and nothing else. */
function expectOpeningAfterPeriod(result: ReturnType<typeof computeStatement>): void {
  expect(result.statement).toBeUndefined();
  expect(result.problems.map((p) => p.code)).toEqual(["statement-opening-after-period"]);
}

/** Each entry's balance is the one before plus its effect; the last (or the opening) is the closing. */
function expectRunningBalance(s: Statement): void {
  let balance = s.opening as number;
  let date = -Infinity;
  for (const e of s.entries) {
    balance += e.kind === "payment" ? -e.amount : e.amount;
    expect(e.balance).toBe(balance);
    expect(e.date).toBeGreaterThanOrEqual(Math.max(date, s.openingAsOf));
    expect(e.date).toBeLessThanOrEqual(s.to);
    date = e.date;
  }
  expect(balance).toBe(s.closing);
}

const RUNS = 200;

describe("statements over random ledgers", () => {
  test(
    "each statement matches the model: opening + deliveries − returns − payments = closing, running balance ends at the closing",
    () => {
      fc.assert(
        fc.property(ledger, period, (l, p) => {
          const data = workbookOf(l);
          l.customers.forEach((c, i) => {
            const result = statement(data, ` ${c.name.toUpperCase()}`, p.from, p.to, p);
            const expected = model(l, i, p.from, p.to);
            if (expected === "refused") return expectOpeningAfterPeriod(result);
            expect(result.problems).toEqual([]);
            const s = result.statement!;
            expect(figures(s)).toEqual(expected);
            expect(s.closing).toBe(s.opening + s.deliveries - s.returns - s.payments);
            expect(s.customer.currency).toBe(c.currency || "CNY");
            expectRunningBalance(s);
          });
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );

  test(
    "a period is its two halves: first closing = second opening, sums add, entries follow on",
    () => {
      fc.assert(
        fc.property(ledger, period, (l, p) => {
          const data = workbookOf(l);
          for (const c of l.customers) {
            const whole = statement(data, c.name, p.from, p.to, p);
            const first = statement(data, c.name, p.from, p.mid, p);
            const second = statement(data, c.name, p.mid + 1, p.to, p);
            if (c.openingDate !== null && c.openingDate > p.to) {
              [whole, first, second].forEach(expectOpeningAfterPeriod);
              continue;
            }
            const s = whole.statement!;
            const b = second.statement!;
            expect(b).toBeDefined();
            if (c.openingDate !== null && c.openingDate > p.mid) {
              // Nothing is owed before 期初日期: the first half is refused, the second is the whole.
              expectOpeningAfterPeriod(first);
              expect(figures(b)).toEqual(figures(s));
              expect(b.entries).toEqual(s.entries);
              continue;
            }
            const a = first.statement!;
            expect(a).toBeDefined();
            expect(a.opening).toBe(s.opening);
            expect(b.opening).toBe(a.closing);
            expect(b.closing).toBe(s.closing);
            expect(a.deliveries + b.deliveries).toBe(s.deliveries);
            expect(a.returns + b.returns).toBe(s.returns);
            expect(a.payments + b.payments).toBe(s.payments);
            expect([...a.entries, ...b.entries]).toEqual(s.entries);
          }
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );

  test(
    "receivablesSummary: each listed customer's figures are its statement's; a positive balance is aged in full, nothing else is; totals are the rows' sums",
    () => {
      fc.assert(
        fc.property(ledger, period, fc.nat(40), (l, p, late) => {
          const data = workbookOf(l);
          const result = receivablesSummary(data, p.from, p.to, p.to + late, p.lang);
          expect(result.problems.map((x) => x.code)).toEqual(
            Array<string>(l.strangers > 0 ? 2 : 0).fill("summary-unknown-customer"),
          );
          const summary = result.summary!;
          const listed = new Map(summary.customers.map((r) => [r.customer, r]));
          expect(listed.size).toBe(summary.customers.length);

          for (const c of l.customers) {
            const own = computeStatement(data, {
              customer: c.name,
              from: p.from,
              to: p.to,
              detail: "notes",
              lang: p.lang,
            });
            const row = listed.get(c.name);
            if (!own.statement) {
              // 期初日期 after the period: nothing counts yet, so nothing to list.
              expect(row).toBeUndefined();
              continue;
            }
            const s = own.statement;
            const owes = s.entries.length > 0 || s.closing !== 0;
            expect([c.name, row !== undefined]).toEqual([c.name, owes]);
            if (!row) continue;
            expect(figures(row)).toEqual(figures(s));
            expect(row.currency).toBe(s.customer.currency);
            const aged = row.aging.days0to30 + row.aging.days31to60 + row.aging.days61to90 + row.aging.over90;
            const buckets = Object.values(row.aging) as number[];
            expect(buckets.every((b) => b >= 0)).toBe(true);
            expect(aged).toBe(Math.max(row.closing, 0));
            expect(row.overdue).toBeGreaterThanOrEqual(0);
            expect(row.overdue).toBeLessThanOrEqual(Math.max(row.closing, 0));
          }

          const currencies = [...new Set(summary.customers.map((r) => r.currency))];
          expect(summary.totals.map((t) => t.currency)).toEqual(currencies);
          for (const t of summary.totals) {
            const rows = summary.customers.filter((r) => r.currency === t.currency);
            const sum = (pick: (r: ReceivableRow) => Fen): number => rows.reduce((n, r) => n + pick(r), 0);
            expect(t.customers).toBe(rows.length);
            expect(figures(t)).toEqual({
              opening: sum((r) => r.opening),
              deliveries: sum((r) => r.deliveries),
              returns: sum((r) => r.returns),
              payments: sum((r) => r.payments),
              closing: sum((r) => r.closing),
            });
            expect(t.overdue).toBe(sum((r) => r.overdue));
            expect(t.aging.over90).toBe(sum((r) => r.aging.over90));
          }
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );
});
