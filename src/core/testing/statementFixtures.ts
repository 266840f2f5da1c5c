/**
 * Hand-built statements for tests of what is made from a Statement (the sheet, its formulas): the
 * entries' balances and the totals are worked out here from the entries, the way the statement's
 * definition says, so a fixture is consistent whatever the entries.
 */
import type { Fen } from "../money";
import type { Statement, StatementEntry } from "../statements/statement";
import { serial } from "./factories";

/** One entry; `balance` is filled in by makeStatement. */
export function makeEntry(overrides: Partial<StatementEntry> = {}): StatementEntry {
  return {
    kind: "delivery",
    date: serial("2026-10-08"),
    reference: "SH20261008-01",
    orderNos: "PO-2026-001",
    itemNo: "",
    name: "",
    quantity: null,
    price: null,
    amount: 150_000 as Fen,
    balance: 0 as Fen,
    ...overrides,
  };
}

/** The entries of a month: two deliveries, a return and a payment (amounts in fen). */
export function octoberEntries(): StatementEntry[] {
  return [
    makeEntry({ date: serial("2026-10-08"), reference: "SH20261008-01", amount: 150_000 as Fen }),
    makeEntry({
      date: serial("2026-10-15"),
      reference: "SH20261015-02",
      orderNos: "PO-2026-001、PO-2026-007",
      amount: 84_050 as Fen,
    }),
    makeEntry({
      kind: "return",
      date: serial("2026-10-20"),
      reference: "TH20261020-01",
      amount: -12_500 as Fen,
    }),
    makeEntry({
      kind: "payment",
      date: serial("2026-10-25"),
      reference: "银行转账",
      orderNos: "PO-2026-001",
      amount: 100_000 as Fen,
    }),
  ];
}

/**
 * A statement of 杭州优品贸易 for October 2026 (by default with octoberEntries and an opening of
 * 3,000.00); running balances, totals and closing follow from `opening` and `entries`.
 */
export function makeStatement(overrides: Partial<Statement> = {}): Statement {
  const opening = overrides.opening ?? (300_000 as Fen);
  let balance: number = opening;
  const entries = (overrides.entries ?? octoberEntries()).map((entry) => {
    balance += entry.kind === "payment" ? -entry.amount : entry.amount;
    return { ...entry, balance: balance as Fen };
  });
  const total = (pick: (e: StatementEntry) => number): Fen =>
    entries.reduce((sum, e) => sum + pick(e), 0) as Fen;
  const deliveries = total((e) => (e.kind === "delivery" ? e.amount : 0));
  const returns = total((e) => (e.kind === "return" ? -e.amount : 0));
  const payments = total((e) => (e.kind === "payment" ? e.amount : 0));
  return {
    customer: {
      name: "杭州优品贸易",
      contact: "王经理",
      phone: "13800000000",
      address: "杭州市西湖区文三路 1 号",
      currency: "CNY",
      terms: "月结30天",
    },
    from: serial("2026-10-01"),
    to: serial("2026-10-31"),
    detail: "notes",
    lang: "zh",
    openingAsOf: serial("2026-10-01"),
    replyDays: 7,
    ...overrides,
    opening,
    entries,
    deliveries,
    returns,
    payments,
    closing: (opening + deliveries - returns - payments) as Fen,
  };
}
