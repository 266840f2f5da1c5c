/** Factories for the 对账单 section's data, for tests: defaults plus what a test says. */
import type { Fen } from "../../core/money";
import type { StatementCustomer } from "../../core/statements/customers";
import type { Statement } from "../../core/statements/statement";

/** 宁波华美 (CNY), Acme Trading (USD) and 义乌恒达 (CNY), as 客户 lists them. */
export function makeStatementCustomers(): StatementCustomer[] {
  return [
    { name: "宁波华美", currency: "CNY" },
    { name: "Acme Trading", currency: "USD" },
    { name: "义乌恒达", currency: "CNY" },
  ];
}

/**
 * 宁波华美's statement for 2026-10: 上期结欠 48,620.00, one delivery of 26,800.00, a return of
 * 1,250.50 and a payment of 30,000.00, so 本期结欠 44,169.50.
 */
export function makeStatement(overrides: Partial<Statement> = {}): Statement {
  const fen = (yuan: number) => Math.round(yuan * 100) as Fen;
  return {
    customer: {
      name: "宁波华美",
      contact: "王经理",
      phone: "0574-88886666",
      address: "宁波市鄞州区",
      currency: "CNY",
      terms: "月结30天",
    },
    from: 46296,
    to: 46326,
    detail: "notes",
    lang: "zh",
    openingAsOf: 46296,
    opening: fen(48620),
    entries: [],
    deliveries: fen(26800),
    returns: fen(1250.5),
    payments: fen(30000),
    closing: fen(44169.5),
    replyDays: 7,
    ...overrides,
  };
}
