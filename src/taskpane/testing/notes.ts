/** Factories for the 送货单 section's data, for tests: defaults plus what a test says. */
import type { NoteCandidateCustomer, NoteCandidateLine, NoteCandidates } from "../../core/notes/candidates";
import type { NoteDocument, NoteLine } from "../../core/notes/note";
import type { PendingSignedCopy } from "../../core/notes/signedCopies";
import type { Fen } from "../../core/money";
import type { Problem } from "../../core/problems";

export function makeCandidateLine(overrides: Partial<NoteCandidateLine> = {}): NoteCandidateLine {
  return {
    orderNo: "SO-2401",
    lineNo: 1,
    itemNo: "HM-101",
    name: "保温杯",
    spec: "500ml",
    color: "白",
    unit: "个",
    quantity: 100,
    shipped: 40,
    unshipped: 60,
    due: 46350,
    ...overrides,
  };
}

export function makeCandidateCustomer(overrides: Partial<NoteCandidateCustomer> = {}): NoteCandidateCustomer {
  return {
    name: "宁波华美",
    currency: "CNY",
    terms: "月结30天",
    lines: [makeCandidateLine()],
    ...overrides,
  };
}

/**
 * Two customers: 宁波华美 (月结) with SO-2401 lines 1 and 2 and SO-2405 line 1, and 杭州利达
 * (款到发货) with SO-2402 line 1.
 */
export function makeCandidates(overrides: Partial<NoteCandidates> = {}): NoteCandidates {
  return {
    customers: [
      makeCandidateCustomer({
        lines: [
          makeCandidateLine(),
          makeCandidateLine({
            lineNo: 2,
            itemNo: "HM-205",
            name: "茶杯",
            quantity: 50,
            shipped: 0,
            unshipped: 50,
          }),
          makeCandidateLine({
            orderNo: "SO-2405",
            itemNo: "HM-310",
            name: "",
            quantity: 20,
            shipped: 20,
            unshipped: 0,
          }),
        ],
      }),
      makeCandidateCustomer({
        name: "杭州利达",
        terms: "款到发货",
        lines: [
          makeCandidateLine({
            orderNo: "SO-2402",
            itemNo: "LD-7",
            name: "水壶",
            quantity: 30,
            shipped: 10,
            unshipped: 20,
          }),
        ],
      }),
    ],
    selected: [],
    problems: [],
    ...overrides,
  };
}

export function makeNoteLine(overrides: Partial<NoteLine> = {}): NoteLine {
  return {
    seq: 1,
    orderNo: "SO-2401",
    lineNo: 1,
    itemNo: "HM-101",
    name: "保温杯",
    spec: "500ml",
    color: "白",
    unit: "个",
    quantity: 60,
    price: 1250 as Fen,
    amount: 75000 as Fen,
    boxes: 2,
    remark: "",
    ...overrides,
  };
}

export function makeNoteDocument(overrides: Partial<NoteDocument> = {}): NoteDocument {
  const party = { name: "", contact: "", phone: "", address: "" };
  return {
    kind: "delivery",
    number: "SH20261122-01",
    date: 46348,
    lang: "zh",
    paper: "A4",
    withPrices: true,
    company: { ...party, name: "宁波制造" },
    customer: { ...party, name: "宁波华美", currency: "CNY" },
    orderNos: ["SO-2401"],
    lines: [makeNoteLine()],
    totals: { quantity: 60, boxes: 2, amount: 75000 as Fen },
    vehicle: "",
    driver: "",
    waybill: "",
    remark: "",
    override: "",
    ...overrides,
  };
}

export function makePendingSignedCopy(overrides: Partial<PendingSignedCopy> = {}): PendingSignedCopy {
  return { number: "SH20261110-01", date: 46336, customer: "宁波华美", days: 12, rows: 2, ...overrides };
}

/** The refusal of a note for a 款到发货 customer who has not paid enough. */
export function makeShortfallProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    severity: "error",
    code: "payment-shortfall",
    sheet: "收款",
    cell: "",
    message: "客户「杭州利达」为款到发货……",
    params: { customer: "杭州利达", paid: "0.00", needed: "500.00", shortfall: "500.00", currency: "CNY" },
    ...overrides,
  };
}
