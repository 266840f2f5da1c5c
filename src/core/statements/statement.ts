/**
 * Customer statements (对账单) as data: what the clerk asks for and the statement core computes
 * from 客户, 发货 and 收款 (never from formula cells). The sheet (layout.ts), the CLI's JSON and the
 * month-end summary are all made from one Statement.
 */
import type { Fen } from "../money";
import type { Lang } from "../problems";

/** One row per note (the default) or one per delivered item. */
export type StatementDetail = "notes" | "lines";

export interface StatementRequest {
  customer: string;
  /** First day of the period (serial date), inclusive. */
  from: number;
  /** Last day of the period (serial date), inclusive. */
  to: number;
  detail: StatementDetail;
  lang: Lang;
}

export type StatementEntryKind = "delivery" | "return" | "payment";

/** One row of a statement's period, with the balance after it. */
export interface StatementEntry {
  kind: StatementEntryKind;
  /** Serial date. */
  date: number;
  /** 单号 for deliveries and returns; for payments, 方式 or 类型 as recorded. */
  reference: string;
  /** 订单号(s) the row concerns, joined with "、" for a note. */
  orderNos: string;
  /** With detail "lines": 货号, 品名, 数量, 单价 of the item; blank otherwise. */
  itemNo: string;
  name: string;
  quantity: number | null;
  price: Fen | null;
  /** Positive for a delivery, negative for a return (as in 发货), positive for a payment. */
  amount: Fen;
  /** Balance due after this entry: the previous balance + deliveries + returns (negative) − payments. */
  balance: Fen;
}

/** A statement for one customer and period. */
export interface Statement {
  customer: {
    name: string;
    contact: string;
    phone: string;
    address: string;
    /** 币种 of the customer (CNY when 客户 leaves it blank). */
    currency: string;
    /** 结算方式 */
    terms: string;
  };
  from: number;
  to: number;
  detail: StatementDetail;
  lang: Lang;
  /**
   * The day 上期结欠 stands at (the balance before that day's entries): `from`, or 期初日期 when it
   * falls later, inside the period, since the workbook holds no history before 期初日期.
   */
  openingAsOf: number;
  /** 上期结欠 */
  opening: Fen;
  entries: StatementEntry[];
  /** 本期送货 (sum of deliveries, ≥ 0) */
  deliveries: Fen;
  /** 本期退货 (sum of returns as a positive amount) */
  returns: Fen;
  /** 本期收款 */
  payments: Fen;
  /** 本期结欠 = opening + deliveries − returns − payments */
  closing: Fen;
  /** 对账回传天数 from 参数. */
  replyDays: number;
}
