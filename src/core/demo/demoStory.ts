/**
 * The demo workbook's story as plain data: a small Ningbo household-goods factory, its customers,
 * products, quotes, orders, deliveries and receipts. Dates are offsets from "today" so the story
 * always looks current; demoData.ts turns this into table rows.
 *
 * Everything here is consistent on purpose (deposits in before production for 款到发货 customers,
 * shipments within the ordered and finished quantities, currencies matching the customer) except
 * the three lines `PLANTED` names, which the order check must find.
 */
import type {
  CURRENCIES,
  MATERIAL_STATES,
  PAYMENT_TERMS,
  PAYMENT_TYPES,
  PRODUCTION_STATES,
  REVIEW_STATES,
  SIGNED_COPY_STATES,
  TRADE_MODES,
} from "../workbook/schema";

export type Currency = (typeof CURRENCIES)[number];
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

export const COMPANY = {
  name: "宁波恒丰家居用品有限公司",
  address: "浙江省宁波市鄞州区姜山镇科技园区明光北路88号",
  phone: "0574-88367215",
};

export interface CustomerStory {
  id: string;
  name: string;
  contact: string;
  phone: string;
  address: string;
  terms: PaymentTerms;
  currency: Currency;
  /** 期初应收 carried over from before the workbook, dated at a month end more than 60 days back. */
  opening?: number;
  salesperson: string;
  /** Prefix of the customer's own PO numbers; none when the customer orders without one. */
  poPrefix?: string;
  note?: string;
}

export const CUSTOMERS: readonly CustomerStory[] = [
  {
    id: "C001",
    name: "杭州家乐惠商贸有限公司",
    contact: "赵敏",
    phone: "0571-86652318",
    address: "浙江省杭州市拱墅区莫干山路1088号",
    terms: "月结30天",
    currency: "CNY",
    opening: 48620,
    salesperson: "周建国",
    poPrefix: "JLH",
  },
  {
    id: "C002",
    name: "上海优品汇电子商务有限公司",
    contact: "孙磊",
    phone: "021-54317760",
    address: "上海市闵行区七莘路3255号2幢",
    terms: "款到发货",
    currency: "CNY",
    salesperson: "林晓燕",
    poPrefix: "YPH",
    note: "天猫店铺，常加急",
  },
  {
    id: "C003",
    name: "义乌市恒达日用品商行",
    contact: "吴海峰",
    phone: "0579-85216637",
    address: "浙江省义乌市国际商贸城四区二街17号",
    terms: "货到付款",
    currency: "CNY",
    salesperson: "周建国",
  },
  {
    id: "C004",
    name: "苏州美家居百货连锁有限公司",
    contact: "钱雪梅",
    phone: "0512-68893025",
    address: "江苏省苏州市吴中区东吴北路299号",
    terms: "月结60天",
    currency: "CNY",
    opening: 126350.5,
    salesperson: "林晓燕",
    poPrefix: "MJ",
    note: "对账单每月25日前寄出",
  },
  {
    id: "C005",
    name: "温州佳美贸易有限公司",
    contact: "郑佳",
    phone: "0577-88129046",
    address: "浙江省温州市鹿城区车站大道577号",
    terms: "款到发货",
    currency: "CNY",
    salesperson: "周建国",
  },
  {
    id: "C006",
    name: "Greenleaf Home Products Inc.",
    contact: "Mike Johnson",
    phone: "1-909-555-0186",
    address: "1450 S Milliken Ave, Ontario, CA 91761, USA",
    terms: "款到发货",
    currency: "USD",
    salesperson: "林晓燕",
    poPrefix: "GL-PO-",
    note: "T/T 30%订金，余款见提单复印件前付清",
  },
  {
    id: "C007",
    name: "Nordhaus Living GmbH",
    contact: "Anna Weber",
    phone: "49-40-3187-2250",
    address: "Billstrasse 112, 20539 Hamburg, Germany",
    terms: "月结60天",
    currency: "USD",
    opening: 8450,
    salesperson: "林晓燕",
    poPrefix: "NH-",
  },
  {
    id: "C008",
    name: "广州名创家居用品有限公司",
    contact: "黄志强",
    phone: "020-38296654",
    address: "广东省广州市天河区黄埔大道西638号",
    terms: "月结30天",
    currency: "CNY",
    opening: 21560,
    salesperson: "周建国",
    poPrefix: "MC",
  },
];

export interface ProductStory {
  sku: string;
  name: string;
  spec: string;
  color: string;
  unit: string;
  perCarton: number;
  /** Per carton, kg. */
  gross: number;
  net: number;
  /** Per carton, m³. */
  volume: number;
  note?: string;
}

/** [货号, 品名, 规格, 颜色, 单位, 装箱数, 毛重, 净重, 体积, 备注?] */
type ProductTuple = [string, string, string, string, string, number, number, number, number, string?];

const PRODUCT_TUPLES: readonly ProductTuple[] = [
  ["BT-1001", "塑料收纳箱", "大号 45×32×25cm", "透明", "个", 12, 10.2, 8.9, 0.152],
  ["BT-1002", "塑料收纳箱", "中号 36×26×20cm", "透明", "个", 18, 9.6, 8.3, 0.118],
  ["BT-1003", "保鲜盒三件套", "500/800/1200ml", "白色", "套", 24, 11.5, 10.1, 0.086],
  ["BT-1005", "双层沥水碗架", "42×25×30cm", "灰色", "个", 8, 12.8, 11.2, 0.125],
  ["BT-1006", "防滑衣架", "41cm 10只装", "黑色", "套", 40, 15.6, 14.4, 0.072],
  ["BT-1008", "脏衣篮", "带盖 40L", "米白", "只", 6, 7.9, 6.6, 0.168],
  ["BT-1010", "脚踏垃圾桶", "12L", "白色", "只", 10, 12.5, 10.8, 0.138],
  ["BT-1012", "壁挂牙刷架", "免打孔", "白色", "个", 48, 8.4, 7.2, 0.054],
  ["BT-1015", "双层沥水皂盒", "13×9cm", "透明", "个", 96, 9.2, 7.9, 0.048],
  ["BT-1018", "转角置物架", "三层 免打孔", "白色", "个", 10, 14.6, 12.9, 0.096],
  ["BT-1020", "透明粘钩", "6只装", "透明", "套", 200, 8.8, 7.5, 0.036],
  ["KT-2001", "竹砧板", "38×28cm", "原木", "个", 20, 18.5, 17.2, 0.064, "出口需熏蒸"],
  ["KT-2003", "调味罐套装", "4只装 带勺", "白色", "套", 24, 13.2, 11.6, 0.078],
  ["KT-2005", "不锈钢饭盒", "双层 800ml", "银色", "个", 36, 16.8, 14.9, 0.092],
  ["KT-2006", "硅胶冰格", "24格 带盖", "蓝色", "个", 100, 12, 10.5, 0.06],
  ["KT-2008", "玻璃水杯", "450ml", "透明", "只", 48, 15.4, 13.2, 0.071, "易碎，纸隔板包装"],
  ["KT-2010", "密封米桶", "10kg", "白色", "只", 6, 9.6, 8.1, 0.142],
  ["KT-2012", "保鲜袋", "中号 20卷/箱", "透明", "箱", 1, 6.2, 5.8, 0.032],
  ["HM-3001", "折叠鞋架", "四层", "灰色", "个", 8, 16.4, 14.8, 0.11],
  ["HM-3002", "真空压缩袋", "8件套 含手泵", "透明", "套", 20, 10.5, 9.4, 0.045],
  ["HM-3005", "抽屉收纳格", "6件套", "白色", "套", 30, 9.9, 8.7, 0.088],
  ["HM-3008", "洗衣袋", "细网 3件套", "白色", "套", 100, 11.2, 10.3, 0.052],
];

export const PRODUCTS: readonly ProductStory[] = PRODUCT_TUPLES.map(
  ([sku, name, spec, color, unit, perCarton, gross, net, volume, note]) => ({
    sku,
    name,
    spec,
    color,
    unit,
    perCarton,
    gross,
    net,
    volume,
    ...(note === undefined ? {} : { note }),
  }),
);

export interface CostingStory {
  sku: string;
  /** Typed over the lookup on a few rows; most leave 品名 to the formula. */
  name?: string;
  tradeMode: (typeof TRADE_MODES)[number];
  /** CNY per unit. */
  cost: number;
  /** USD per unit. */
  usdPrice: number;
  /** Blank means FX_USD. */
  rate?: number;
  review: (typeof REVIEW_STATES)[number];
  reviewer?: string;
  reviewedDaysAgo?: number;
  note?: string;
}

/**
 * Margins (with FX_USD 7.1, NET_FACTOR 0.96) are 19–30 %, except HM-3005 at about 7 %: below
 * MIN_MARGIN, approved anyway, as happens for a volume reorder.
 */
export const COSTINGS: readonly CostingStory[] = [
  {
    sku: "BT-1001",
    tradeMode: "一般贸易",
    cost: 12.6,
    usdPrice: 2.65,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 64,
  },
  {
    sku: "BT-1002",
    tradeMode: "一般贸易",
    cost: 9.2,
    usdPrice: 1.95,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 64,
  },
  {
    sku: "BT-1005",
    tradeMode: "一般贸易",
    cost: 24.5,
    usdPrice: 5.2,
    rate: 7.05,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 19,
    note: "按报价日汇率",
  },
  {
    sku: "BT-1006",
    tradeMode: "一般贸易",
    cost: 8.9,
    usdPrice: 1.85,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 16,
  },
  {
    sku: "BT-1008",
    tradeMode: "一般贸易",
    cost: 17.8,
    usdPrice: 3.75,
    review: "已审核",
    reviewer: "李经理",
    reviewedDaysAgo: 17,
  },
  {
    sku: "BT-1010",
    tradeMode: "一般贸易",
    cost: 22,
    usdPrice: 4.2,
    review: "已审核",
    reviewer: "李经理",
    reviewedDaysAgo: 15,
  },
  {
    sku: "BT-1018",
    name: "转角置物架",
    tradeMode: "一般贸易",
    cost: 41.5,
    usdPrice: 7.6,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 14,
  },
  {
    sku: "HM-3002",
    tradeMode: "进料加工",
    cost: 14.2,
    usdPrice: 2.75,
    review: "已审核",
    reviewer: "李经理",
    reviewedDaysAgo: 34,
    note: "手册号 C3106",
  },
  {
    sku: "HM-3005",
    tradeMode: "一般贸易",
    cost: 12.9,
    usdPrice: 2.05,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 33,
    note: "老客户返单走量，总经理特批",
  },
  {
    sku: "KT-2005",
    tradeMode: "进料加工",
    cost: 17.3,
    usdPrice: 3.4,
    rate: 7.2,
    review: "已审核",
    reviewer: "陈总",
    reviewedDaysAgo: 47,
  },
  { sku: "KT-2008", tradeMode: "一般贸易", cost: 5.6, usdPrice: 1.15, review: "待审核", note: "新客户询价" },
  {
    sku: "KT-2010",
    tradeMode: "一般贸易",
    cost: 23.8,
    usdPrice: 4.8,
    review: "已驳回",
    reviewer: "李经理",
    reviewedDaysAgo: 5,
    note: "成本未含彩盒包装，重新核价",
  },
];

export interface OrderLineStory {
  sku: string;
  qty: number;
  /** In the order's currency. */
  price: number;
  material: (typeof MATERIAL_STATES)[number];
  production: (typeof PRODUCTION_STATES)[number];
  /** 完成数量; blank before production. */
  done?: number;
  /** 品名/规格/单位/颜色 typed by the clerk instead of taken from 产品. */
  typed?: { name: string; spec: string; color: string; unit: string };
  /** Only for the planted currency mistake. */
  currency?: Currency;
  note?: string;
}

export interface OrderStory {
  /** Local key the story's shipments and payments refer to (the 订单号 depends on the dates). */
  key: string;
  customer: string;
  placedDaysAgo: number;
  /** 交货日期 − today; negative when the date has passed. */
  dueInDays: number;
  /** Blank means DEPOSIT_RATE. */
  depositRate?: number;
  clerk: string;
  /** The customer's PO number after the customer's prefix. */
  po?: string;
  note?: string;
  lines: readonly OrderLineStory[];
}

function line(
  sku: string,
  qty: number,
  price: number,
  material: OrderLineStory["material"],
  production: OrderLineStory["production"],
  done?: number,
  extra: Partial<OrderLineStory> = {},
): OrderLineStory {
  return { sku, qty, price, material, production, ...(done === undefined ? {} : { done }), ...extra };
}

export const ORDERS: readonly OrderStory[] = [
  {
    key: "O01",
    customer: "C001",
    placedDaysAgo: 70,
    dueInDays: -35,
    clerk: "王丽",
    po: "24061",
    lines: [
      line("BT-1001", 600, 18.5, "已齐料", "已完工", 600),
      line("BT-1003", 480, 22.8, "已齐料", "已完工", 480),
    ],
  },
  {
    key: "O02",
    customer: "C004",
    placedDaysAgo: 66,
    dueInDays: -30,
    clerk: "陈静",
    po: "0917",
    lines: [
      line("BT-1010", 300, 32, "已齐料", "已完工", 300),
      line("BT-1012", 960, 6.8, "已齐料", "已完工", 960),
      line("BT-1015", 1440, 3.2, "已齐料", "已完工", 1440, { note: "退回48个破损，待补货" }),
    ],
  },
  {
    key: "O03",
    customer: "C008",
    placedDaysAgo: 62,
    dueInDays: -28,
    clerk: "王丽",
    po: "230915",
    lines: [
      line("HM-3005", 1500, 9.8, "已齐料", "已完工", 1500),
      line("HM-3008", 800, 12.5, "已齐料", "已完工", 800),
      line("KT-2006", 2000, 4.5, "已齐料", "已完工", 2000),
    ],
  },
  {
    key: "O04",
    customer: "C006",
    placedDaysAgo: 60,
    dueInDays: -25,
    clerk: "刘芳",
    po: "7731",
    note: "唛头按客户要求",
    lines: [
      line("BT-1001", 2400, 2.65, "已齐料", "已完工", 2400),
      line("BT-1002", 3600, 1.95, "已齐料", "已完工", 3600),
    ],
  },
  {
    key: "O05",
    customer: "C004",
    placedDaysAgo: 58,
    dueInDays: -18,
    clerk: "陈静",
    po: "0932",
    lines: [
      line("KT-2005", 500, 23.8, "已齐料", "已完工", 500),
      line("KT-2008", 600, 7.9, "已齐料", "已完工", 600),
      line("KT-2010", 240, 34, "已齐料", "已完工", 240),
    ],
  },
  {
    key: "O06",
    customer: "C002",
    placedDaysAgo: 55,
    dueInDays: -20,
    depositRate: 0.5,
    clerk: "王丽",
    po: "88213",
    lines: [
      line("KT-2003", 500, 28.5, "已齐料", "已完工", 500),
      line("KT-2006", 1000, 4.6, "已齐料", "已完工", 1000),
    ],
  },
  {
    key: "O07",
    customer: "C003",
    placedDaysAgo: 50,
    dueInDays: -12,
    clerk: "陈静",
    lines: [
      line("HM-3001", 240, 45, "已齐料", "已完工", 240, { note: "分批出货" }),
      line("HM-3002", 400, 19.8, "已齐料", "已完工", 400),
    ],
  },
  {
    key: "O08",
    customer: "C008",
    placedDaysAgo: 48,
    dueInDays: -5,
    clerk: "王丽",
    po: "231002",
    lines: [
      line("BT-1018", 200, 58, "已齐料", "生产中", 120, { note: "模具维修，延误" }),
      line("BT-1020", 3000, 2.35, "已齐料", "已完工", 3000),
    ],
  },
  {
    key: "O09",
    customer: "C007",
    placedDaysAgo: 45,
    dueInDays: 3,
    clerk: "刘芳",
    po: "45012",
    lines: [
      line("KT-2005", 1800, 3.4, "已齐料", "已验货", 1800, { note: "第一批已出" }),
      line("KT-2008", 2400, 1.15, "已齐料", "已验货", 2400),
      line("KT-2010", 600, 4.8, "已齐料", "待验货", 600),
    ],
  },
  {
    key: "O10",
    customer: "C001",
    placedDaysAgo: 40,
    // Exactly DUE_WARN_DAYS ahead: still 将到期.
    dueInDays: 7,
    clerk: "王丽",
    po: "24078",
    lines: [
      line("BT-1005", 400, 36, "已齐料", "待验货", 400),
      line("BT-1006", 800, 15.5, "已齐料", "生产中", 500),
      line("BT-1008", 300, 26, "已齐料", "已完工", 300, { note: "客户要求先发" }),
    ],
  },
  {
    key: "O11",
    customer: "C005",
    placedDaysAgo: 38,
    // Due today: 将到期, not 逾期.
    dueInDays: 0,
    clerk: "陈静",
    lines: [
      line("KT-2001", 600, 21, "已齐料", "已完工", 600),
      line("KT-2012", 50, 168, "已齐料", "已完工", 50),
    ],
  },
  {
    key: "O12",
    customer: "C004",
    placedDaysAgo: 35,
    dueInDays: 12,
    clerk: "陈静",
    po: "0958",
    lines: [
      line("BT-1001", 800, 17.8, "已齐料", "生产中", 300),
      line("BT-1002", 1200, 13.5, "已齐料", "生产中", 0),
      line("BT-1003", 600, 22.5, "备料中", "待排产"),
    ],
  },
  {
    key: "O13",
    customer: "C007",
    placedDaysAgo: 32,
    // One day past the warning window: 正常.
    dueInDays: 8,
    clerk: "刘芳",
    po: "45037",
    lines: [
      line("HM-3002", 2000, 2.75, "已齐料", "待验货", 2000),
      line("HM-3005", 1500, 2.05, "已齐料", "生产中", 900),
    ],
  },
  {
    key: "O14",
    customer: "C002",
    placedDaysAgo: 30,
    dueInDays: 10,
    clerk: "王丽",
    po: "88340",
    lines: [
      line("KT-2005", 300, 24, "已齐料", "生产中", 100),
      line("KT-2006", 1200, 4.6, "已齐料", "已验货", 1200),
    ],
  },
  {
    key: "O15",
    customer: "C003",
    placedDaysAgo: 28,
    dueInDays: -2,
    clerk: "陈静",
    lines: [
      line("BT-1012", 1200, 6.5, "已齐料", "已完工", 1200),
      line("BT-1015", 2000, 3.1, "已齐料", "已验货", 2000),
      line("BT-1020", 1000, 2.4, "已齐料", "生产中", 600),
    ],
  },
  {
    key: "O16",
    customer: "C006",
    placedDaysAgo: 25,
    dueInDays: 30,
    depositRate: 0.3,
    clerk: "刘芳",
    po: "7790",
    lines: [
      line("HM-3005", 3000, 2.1, "已齐料", "生产中", 800),
      line("HM-3002", 1500, 2.85, "备料中", "待排产"),
    ],
  },
  {
    key: "O17",
    customer: "C008",
    placedDaysAgo: 22,
    dueInDays: 20,
    clerk: "王丽",
    po: "231021",
    lines: [line("KT-2008", 1200, 8.2, "未备料", "待排产"), line("KT-2003", 600, 27, "备料中", "待排产")],
  },
  {
    // Planted: production started for a 款到发货 customer with no deposit received.
    key: "O18",
    customer: "C005",
    placedDaysAgo: 20,
    dueInDays: 15,
    clerk: "陈静",
    lines: [line("BT-1010", 400, 31.5, "备料中", "生产中", 0)],
  },
  {
    key: "O19",
    customer: "C001",
    placedDaysAgo: 18,
    dueInDays: 25,
    clerk: "王丽",
    po: "24093",
    lines: [
      line("BT-1018", 150, 57, "备料中", "待排产"),
      // Planted: priced in CNY like the rest, but marked USD.
      line("HM-3001", 200, 44, "未备料", "待排产", undefined, { currency: "USD" }),
    ],
  },
  {
    key: "O20",
    customer: "C007",
    placedDaysAgo: 15,
    dueInDays: 40,
    clerk: "刘芳",
    po: "45066",
    lines: [line("BT-1005", 1200, 5.2, "未备料", "待排产"), line("BT-1008", 800, 3.75, "未备料", "待排产")],
  },
  {
    key: "O21",
    customer: "C006",
    placedDaysAgo: 13,
    dueInDays: 50,
    clerk: "刘芳",
    po: "7815",
    lines: [
      line("BT-1018", 1000, 7.6, "未备料", "待排产"),
      line("BT-1006", 2000, 1.85, "未备料", "待排产"),
      line("BT-1010", 800, 4.2, "未备料", "待排产"),
    ],
  },
  {
    key: "O22",
    customer: "C004",
    placedDaysAgo: 12,
    dueInDays: 28,
    clerk: "陈静",
    po: "0981",
    lines: [
      line("BT-1006", 1000, 15.2, "备料中", "待排产"),
      // Planted: the letter O typed for a zero, so 产品 has no such 货号.
      line("BT-1O08", 400, 25.5, "未备料", "待排产", undefined, {
        typed: { name: "脏衣篮", spec: "带盖 40L", color: "米白", unit: "只" },
      }),
    ],
  },
  {
    key: "O23",
    customer: "C002",
    placedDaysAgo: 10,
    dueInDays: 35,
    depositRate: 0.5,
    clerk: "王丽",
    po: "88402",
    note: "等订金",
    lines: [line("BT-1003", 400, 23.5, "未备料", "待排产"), line("KT-2012", 30, 165, "备料中", "待排产")],
  },
  {
    key: "O24",
    customer: "C005",
    placedDaysAgo: 8,
    dueInDays: 21,
    clerk: "陈静",
    lines: [line("HM-3008", 500, 12.8, "备料中", "生产中", 0)],
  },
  {
    key: "O25",
    customer: "C003",
    placedDaysAgo: 6,
    dueInDays: 30,
    clerk: "陈静",
    lines: [line("BT-1015", 1500, 3.1, "未备料", "待排产"), line("BT-1012", 600, 6.5, "未备料", "待排产")],
  },
  {
    key: "O26",
    customer: "C001",
    placedDaysAgo: 4,
    dueInDays: 45,
    clerk: "王丽",
    po: "24102",
    lines: [
      line("KT-2001", 300, 20.5, "未备料", "待排产", undefined, {
        typed: { name: "竹砧板", spec: "38×28cm 激光刻LOGO", color: "原木", unit: "个" },
      }),
      line("KT-2010", 200, 35, "未备料", "待排产"),
      line("BT-1020", 2000, 2.3, "未备料", "待排产"),
    ],
  },
  {
    key: "O27",
    customer: "C008",
    placedDaysAgo: 3,
    dueInDays: 30,
    clerk: "王丽",
    po: "231036",
    lines: [line("BT-1001", 500, 18.2, "未备料", "待排产")],
  },
];

/** One delivery or return note: its lines are [order key, 行号, 数量 (positive; returns are negated)]. */
export interface NoteStory {
  daysAgo: number;
  kind: "delivery" | "return";
  lines: readonly (readonly [string, number, number])[];
  signed: (typeof SIGNED_COPY_STATES)[number];
  signedDaysAgo?: number;
  note?: string;
}

export const NOTES: readonly NoteStory[] = [
  {
    daysAgo: 38,
    kind: "delivery",
    lines: [
      ["O01", 1, 600],
      ["O01", 2, 480],
    ],
    signed: "已回",
    signedDaysAgo: 35,
  },
  {
    daysAgo: 31,
    kind: "delivery",
    lines: [
      ["O02", 1, 300],
      ["O02", 2, 960],
      ["O02", 3, 1440],
    ],
    signed: "已回",
    signedDaysAgo: 27,
  },
  {
    daysAgo: 31,
    kind: "delivery",
    lines: [
      ["O03", 1, 1500],
      ["O03", 2, 800],
      ["O03", 3, 2000],
    ],
    signed: "已回",
    signedDaysAgo: 28,
  },
  {
    daysAgo: 24,
    kind: "delivery",
    lines: [
      ["O04", 1, 2400],
      ["O04", 2, 3600],
    ],
    signed: "已回",
    signedDaysAgo: 15,
    note: "宁波港装柜",
  },
  {
    daysAgo: 21,
    kind: "delivery",
    lines: [
      ["O06", 1, 500],
      ["O06", 2, 1000],
    ],
    signed: "已回",
    signedDaysAgo: 17,
  },
  {
    daysAgo: 20,
    kind: "delivery",
    lines: [
      ["O05", 1, 500],
      ["O05", 2, 600],
      ["O05", 3, 240],
    ],
    signed: "异常",
    signedDaysAgo: 16,
    note: "回单注明外箱破损2箱，待核实",
  },
  {
    daysAgo: 14,
    kind: "delivery",
    lines: [
      ["O07", 1, 160],
      ["O07", 2, 400],
    ],
    signed: "已回",
    signedDaysAgo: 11,
  },
  { daysAgo: 10, kind: "delivery", lines: [["O08", 2, 3000]], signed: "已回", signedDaysAgo: 7 },
  { daysAgo: 9, kind: "delivery", lines: [["O10", 3, 300]], signed: "未回" },
  {
    daysAgo: 8,
    kind: "return",
    lines: [["O02", 3, 48]],
    signed: "已回",
    signedDaysAgo: 8,
    note: "运输破损退回",
  },
  {
    daysAgo: 4,
    kind: "delivery",
    lines: [
      ["O11", 1, 300],
      ["O11", 2, 50],
    ],
    signed: "未回",
  },
  { daysAgo: 3, kind: "delivery", lines: [["O15", 1, 1200]], signed: "未回" },
  { daysAgo: 2, kind: "delivery", lines: [["O09", 1, 900]], signed: "未回" },
  { daysAgo: 1, kind: "delivery", lines: [["O14", 2, 600]], signed: "未回" },
];

/**
 * How much a receipt is: a fixed sum; the customer's 期初应收; an order's deposit (its total ×
 * 订金比例, rounded up to a whole yuan or dollar, as clerks ask for it); an order's total less
 * what was received for it; or the net value shipped on some orders less what was received for them.
 */
export type AmountStory =
  number | "opening" | { deposit: string } | { balance: string } | { shipped: readonly string[] };

export interface PaymentStory {
  daysAgo: number;
  customer: string;
  /** Order key when the receipt is booked against an order (订金, 余款, cash-on-delivery 货款). */
  order?: string;
  type: (typeof PAYMENT_TYPES)[number];
  amount: AmountStory;
  method: string;
  note?: string;
}

/** In the order they happened: an amount that depends on earlier receipts sees only those above it. */
export const PAYMENTS: readonly PaymentStory[] = [
  { daysAgo: 70, customer: "C006", type: "其他", amount: 150, method: "T/T", note: "样品费" },
  { daysAgo: 58, customer: "C006", order: "O04", type: "订金", amount: { deposit: "O04" }, method: "T/T" },
  {
    daysAgo: 55,
    customer: "C001",
    type: "货款",
    amount: "opening",
    method: "承兑汇票",
    note: "结清期初欠款",
  },
  {
    daysAgo: 54,
    customer: "C002",
    order: "O06",
    type: "订金",
    amount: { deposit: "O06" },
    method: "银行转账",
  },
  {
    daysAgo: 50,
    customer: "C008",
    type: "货款",
    amount: "opening",
    method: "银行转账",
    note: "结清期初欠款",
  },
  { daysAgo: 40, customer: "C004", type: "货款", amount: 80000, method: "银行转账", note: "期初欠款" },
  {
    daysAgo: 36,
    customer: "C005",
    order: "O11",
    type: "订金",
    amount: { deposit: "O11" },
    method: "银行转账",
  },
  { daysAgo: 29, customer: "C002", order: "O14", type: "订金", amount: { deposit: "O14" }, method: "支付宝" },
  { daysAgo: 26, customer: "C006", order: "O04", type: "余款", amount: { balance: "O04" }, method: "T/T" },
  { daysAgo: 23, customer: "C006", order: "O16", type: "订金", amount: { deposit: "O16" }, method: "T/T" },
  {
    daysAgo: 22,
    customer: "C002",
    order: "O06",
    type: "余款",
    amount: { balance: "O06" },
    method: "银行转账",
  },
  { daysAgo: 20, customer: "C007", type: "货款", amount: "opening", method: "T/T", note: "期初欠款" },
  {
    daysAgo: 13,
    customer: "C003",
    order: "O07",
    type: "货款",
    amount: { shipped: ["O07"] },
    method: "银行转账",
  },
  {
    daysAgo: 10,
    customer: "C004",
    type: "货款",
    amount: 46350.5,
    method: "承兑汇票",
    note: "期初欠款余额",
  },
  {
    daysAgo: 8,
    customer: "C001",
    type: "货款",
    amount: { shipped: ["O01"] },
    method: "银行转账",
    note: "上月货款",
  },
  { daysAgo: 6, customer: "C005", order: "O24", type: "订金", amount: { deposit: "O24" }, method: "微信" },
  {
    daysAgo: 5,
    customer: "C005",
    order: "O11",
    type: "余款",
    amount: { shipped: ["O11"] },
    method: "银行转账",
    note: "按发货金额付",
  },
  { daysAgo: 2, customer: "C003", order: "O15", type: "货款", amount: { shipped: ["O15"] }, method: "现金" },
  { daysAgo: 2, customer: "C006", order: "O21", type: "订金", amount: { deposit: "O21" }, method: "T/T" },
  {
    daysAgo: 1,
    customer: "C008",
    type: "货款",
    amount: { shipped: ["O03"] },
    method: "银行转账",
    note: "上月货款",
  },
];

/** The order lines the check must report, and for what. */
export const PLANTED: readonly { code: string; order: string; line: number; column: string }[] = [
  { code: "currency-mismatch", order: "O19", line: 2, column: "币种" },
  { code: "production-before-deposit", order: "O18", line: 1, column: "生产状态" },
  { code: "unknown-product", order: "O22", line: 2, column: "货号" },
];
