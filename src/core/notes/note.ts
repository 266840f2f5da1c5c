/**
 * Delivery and return notes (送货单 / 退货单) as data: what the clerk asks for and the document
 * core decides on. The note sheet (layout.ts), the 发货 ledger rows (ledger.ts) and the CLI's JSON
 * are all made from one NoteDocument, so they cannot disagree.
 */
import type { Fen } from "../money";
import type { Lang } from "../problems";

export type NoteKind = "delivery" | "return";

/** Paper the note is laid out for: A4 portrait (the default) or A5 landscape. */
export type NotePaper = "A4" | "A5";

/** One order line the clerk wants on the note. */
export interface NoteLineRequest {
  orderNo: string;
  lineNo: number;
  /** How many to deliver or take back: positive in both cases (a return's ledger rows carry the sign). */
  quantity: number;
}

/** What the clerk asks for, from the task pane or `gendan deliver` / `gendan return`. */
export interface NoteRequest {
  kind: NoteKind;
  lines: NoteLineRequest[];
  /** The note's date, a serial date; today unless the clerk says otherwise. */
  date: number;
  /** Print 单价 and 金额 (a no-price note leaves both columns out of the sheet; 发货 still gets them). */
  withPrices: boolean;
  /** The language the note is printed in (English for export customers). */
  lang: Lang;
  paper: NotePaper;
  /** 车牌 */
  vehicle?: string;
  /** 司机 */
  driver?: string;
  /** 运单号 */
  waybill?: string;
  /** 备注 printed on the note. */
  remark?: string;
  /**
   * Why the note is issued although a 款到发货 customer has not paid enough: written to the note
   * and to 备注 of its ledger rows. Without it such a note is refused.
   */
  override?: string;
}

/** Who the note is from or to, as printed. */
export interface NoteParty {
  name: string;
  contact: string;
  phone: string;
  address: string;
}

/** An order line as a note shows it. */
export interface NoteItem {
  orderNo: string;
  lineNo: number;
  /** 货号 */
  itemNo: string;
  /** 品名 */
  name: string;
  /** 规格 */
  spec: string;
  /** 颜色 */
  color: string;
  /** 单位 */
  unit: string;
}

/** One printed line of a note, and one row of 发货. */
export interface NoteLine extends NoteItem {
  /** 序号, from 1 */
  seq: number;
  /** Signed: negative on a return note. */
  quantity: number;
  /** 单价, null when the order line has none. */
  price: Fen | null;
  /** 金额 = ROUND(数量 × 单价, 2), signed like the quantity; 0 without a price. */
  amount: Fen;
  /** 箱数 = ⌈|数量| ÷ 装箱数⌉ (signed like the quantity); null when the product has no 装箱数. */
  boxes: number | null;
  /** 备注 of the line (the override reason, when there is one). */
  remark: string;
}

/** A note as issued: everything the sheet, the ledger and the CLI's answer show. */
export interface NoteDocument {
  kind: NoteKind;
  /** e.g. `SH20261122-01`; also the note sheet's name and 发货 单号. */
  number: string;
  /** Serial date. */
  date: number;
  lang: Lang;
  paper: NotePaper;
  withPrices: boolean;
  company: NoteParty;
  customer: NoteParty & { currency: string };
  /** The orders on the note, in first-appearance order. */
  orderNos: string[];
  lines: NoteLine[];
  totals: {
    /** Signed sum of quantities. */
    quantity: number;
    /** Sum of the boxes known; null when no line has a 装箱数. */
    boxes: number | null;
    amount: Fen;
  };
  vehicle: string;
  driver: string;
  waybill: string;
  remark: string;
  /** The override reason, "" when none was needed. */
  override: string;
}
