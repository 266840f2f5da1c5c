/**
 * The workbook contract (DESIGN.md §4) as data: sheets, tables, columns, named settings.
 * Setup, readers, the check and tests all read these specs; no header string is repeated elsewhere.
 */

/** How a column's cells are typed, formatted and validated. */
export type ColumnKind = "general" | "text" | "integer" | "number" | "money" | "rate" | "date" | "enum";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Width in points. */
  width: number;
  /** The order check reports a blank cell in this column. */
  required?: boolean;
  /** The allowed values of an `enum` column. */
  options?: readonly string[];
  /** The values come from another table's column (a drop-down that grows with that table). */
  listFrom?: { table: string; column: string };
  /** Computed by a native formula (see formulas.ts); the clerk does not type here. */
  computed?: boolean;
  /** Holds a formula by default that a clerk may type over (e.g. 品名 from 产品 by 货号). */
  defaulted?: boolean;
  /**
   * Which numbers validation accepts: "positive" (> 0), "any" (negatives too, e.g. returns in 发货);
   * by default ≥ 0, and 0–100 % for rates.
   */
  range?: "positive" | "any";
  /** A column Gendan adds after the columns DESIGN.md §4 names (allowed there: "new columns may be added after these"). */
  extension?: boolean;
}

export interface TableSpec {
  sheet: string;
  table: string;
  /** `#RRGGBB` */
  tabColor: string;
  columns: readonly ColumnSpec[];
}

/** Number formats by column kind. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  general: "General",
  text: "@",
  integer: "#,##0",
  number: "0.00##",
  money: "#,##0.00",
  rate: "0.0%",
  date: "yyyy-mm-dd",
  enum: "General",
};

export type SettingKind = "text" | "number" | "rate" | "integer";

/** One row of 参数: an item, its workbook name, default value and explanation. */
export interface SettingSpec {
  item: string;
  /** Workbook name pointing at the value cell, used by formulas (e.g. FX_USD). */
  name: string;
  kind: SettingKind;
  defaultValue: string | number;
  note: string;
}

export const SETTINGS_TABLE: TableSpec = {
  sheet: "参数",
  table: "Settings",
  tabColor: "#7F7F7F",
  columns: [
    { header: "项目", kind: "text", width: 96 },
    { header: "值", kind: "general", width: 160 },
    { header: "说明", kind: "text", width: 300 },
  ],
};

export const SETTINGS: readonly SettingSpec[] = [
  { item: "公司名称", name: "COMPANY_NAME", kind: "text", defaultValue: "", note: "印在送货单、对账单抬头" },
  {
    item: "公司地址",
    name: "COMPANY_ADDRESS",
    kind: "text",
    defaultValue: "",
    note: "印在送货单、对账单抬头",
  },
  { item: "联系电话", name: "COMPANY_PHONE", kind: "text", defaultValue: "", note: "印在送货单、对账单抬头" },
  {
    item: "美元汇率",
    name: "FX_USD",
    kind: "number",
    defaultValue: 7.1,
    note: "核价汇率留空时用此汇率（1 美元兑人民币）",
  },
  {
    item: "净收汇系数",
    name: "NET_FACTOR",
    kind: "number",
    defaultValue: 0.96,
    note: "利润 = 美金卖价 × 汇率 × 净收汇系数 − 成本",
  },
  {
    item: "订金比例",
    name: "DEPOSIT_RATE",
    kind: "rate",
    defaultValue: 0.3,
    note: "订单订金比例留空时用此比例",
  },
  {
    item: "交期预警天数",
    name: "DUE_WARN_DAYS",
    kind: "integer",
    defaultValue: 7,
    note: "距交货日期不超过此天数时标为将到期",
  },
  {
    item: "最低利润率",
    name: "MIN_MARGIN",
    kind: "rate",
    defaultValue: 0.1,
    note: "销售利润率低于此值时标出",
  },
  {
    item: "送货单前缀",
    name: "DELIVERY_PREFIX",
    kind: "text",
    defaultValue: "SH",
    note: "送货单号 = 前缀 + 日期 + 序号，如 SH20261122-01",
  },
  {
    item: "退货单前缀",
    name: "RETURN_PREFIX",
    kind: "text",
    defaultValue: "TH",
    note: "退货单号 = 前缀 + 日期 + 序号",
  },
  {
    item: "超发允许比例",
    name: "OVERSHIP_RATE",
    kind: "rate",
    defaultValue: 0,
    note: "发货数量可超过订单数量的比例",
  },
  {
    item: "对账回传天数",
    name: "STATEMENT_REPLY_DAYS",
    kind: "integer",
    defaultValue: 7,
    note: "对账单请客户于此天数内签章回传",
  },
];

/** Number format of a setting's value cell. */
export function settingNumberFormat(kind: SettingKind): string {
  switch (kind) {
    case "text":
      return "@";
    case "number":
      return "0.00##";
    case "rate":
      return "0%";
    case "integer":
      return "0";
  }
}

/** 结算方式: payment terms of a customer. */
export const PAYMENT_TERMS = ["款到发货", "货到付款", "月结30天", "月结60天", "月结90天"] as const;
export const CURRENCIES = ["CNY", "USD"] as const;
export const TRADE_MODES = ["一般贸易", "进料加工"] as const;
export const REVIEW_STATES = ["待审核", "已审核", "已驳回"] as const;
export const MATERIAL_STATES = ["未备料", "备料中", "已齐料"] as const;
export const PRODUCTION_STATES = ["待排产", "生产中", "待验货", "已验货", "已完工"] as const;
export const SHIPMENT_TYPES = ["送货", "退货"] as const;
export const SIGNED_COPY_STATES = ["未回", "已回", "异常"] as const;
export const PAYMENT_TYPES = ["订金", "余款", "货款", "其他"] as const;

export const CUSTOMERS_TABLE: TableSpec = {
  sheet: "客户",
  table: "Customers",
  tabColor: "#2E75B6",
  columns: [
    { header: "客户编号", kind: "text", width: 64 },
    { header: "客户名称", kind: "text", width: 160, required: true },
    { header: "联系人", kind: "text", width: 64 },
    { header: "电话", kind: "text", width: 100 },
    { header: "地址", kind: "text", width: 200 },
    { header: "结算方式", kind: "enum", width: 72, options: PAYMENT_TERMS },
    { header: "币种", kind: "enum", width: 48, options: CURRENCIES },
    { header: "期初应收", kind: "money", width: 80 },
    { header: "期初日期", kind: "date", width: 76 },
    { header: "业务员", kind: "text", width: 56 },
    { header: "备注", kind: "text", width: 140 },
  ],
};

export const PRODUCTS_TABLE: TableSpec = {
  sheet: "产品",
  table: "Products",
  tabColor: "#548235",
  columns: [
    { header: "货号", kind: "text", width: 72, required: true },
    { header: "品名", kind: "text", width: 120 },
    { header: "规格", kind: "text", width: 100 },
    { header: "颜色", kind: "text", width: 56 },
    { header: "单位", kind: "text", width: 40 },
    { header: "装箱数", kind: "integer", width: 52, range: "positive" },
    { header: "毛重", kind: "number", width: 52 },
    { header: "净重", kind: "number", width: 52 },
    { header: "体积", kind: "number", width: 52 },
    { header: "备注", kind: "text", width: 140 },
  ],
};

export const COSTING_TABLE: TableSpec = {
  sheet: "核价",
  table: "Costing",
  tabColor: "#BF8F00",
  columns: [
    {
      header: "货号",
      kind: "text",
      width: 72,
      required: true,
      listFrom: { table: "Products", column: "货号" },
    },
    { header: "品名", kind: "text", width: 120, defaulted: true },
    { header: "贸易方式", kind: "enum", width: 64, options: TRADE_MODES },
    { header: "成本", kind: "money", width: 72, required: true },
    { header: "美金卖价", kind: "money", width: 72 },
    { header: "汇率", kind: "number", width: 56, range: "positive" },
    { header: "利润", kind: "money", width: 72, computed: true },
    { header: "销售利润率", kind: "rate", width: 68, computed: true },
    { header: "审核状态", kind: "enum", width: 60, options: REVIEW_STATES },
    { header: "审核人", kind: "text", width: 56 },
    { header: "审核日期", kind: "date", width: 76 },
    { header: "备注", kind: "text", width: 140 },
  ],
};

export const ORDERS_TABLE: TableSpec = {
  sheet: "订单",
  table: "Orders",
  tabColor: "#C00000",
  columns: [
    { header: "订单号", kind: "text", width: 80, required: true },
    { header: "行号", kind: "integer", width: 36, required: true, range: "positive" },
    { header: "客户PO号", kind: "text", width: 80 },
    { header: "下单日期", kind: "date", width: 76, required: true },
    {
      header: "客户",
      kind: "text",
      width: 120,
      required: true,
      listFrom: { table: "Customers", column: "客户名称" },
    },
    {
      header: "货号",
      kind: "text",
      width: 72,
      required: true,
      listFrom: { table: "Products", column: "货号" },
    },
    { header: "品名", kind: "text", width: 100, defaulted: true },
    { header: "规格", kind: "text", width: 80, defaulted: true },
    { header: "颜色", kind: "text", width: 48 },
    { header: "单位", kind: "text", width: 36, defaulted: true },
    { header: "数量", kind: "integer", width: 56, required: true, range: "positive" },
    { header: "币种", kind: "enum", width: 44, options: CURRENCIES },
    { header: "单价", kind: "money", width: 64, required: true },
    { header: "金额", kind: "money", width: 80, computed: true },
    { header: "交货日期", kind: "date", width: 76, required: true },
    { header: "订金比例", kind: "rate", width: 56 },
    { header: "收款状态", kind: "text", width: 64, computed: true },
    { header: "物料状态", kind: "enum", width: 56, options: MATERIAL_STATES },
    { header: "生产状态", kind: "enum", width: 56, options: PRODUCTION_STATES },
    { header: "完成数量", kind: "integer", width: 56 },
    { header: "已发数量", kind: "integer", width: 56, computed: true },
    { header: "未发数量", kind: "integer", width: 56, computed: true },
    { header: "交期状态", kind: "text", width: 56, computed: true },
    { header: "延期天数", kind: "integer", width: 48, computed: true },
    { header: "跟单员", kind: "text", width: 56 },
    { header: "备注", kind: "text", width: 140 },
    // Added after the contract's columns (DESIGN.md §4 allows it): the order's figures that
    // 收款状态 compares, on every line, read from the one line of the order that sums them
    // (订单首行), so each order is summed once rather than on each of its lines (formula cost).
    { header: "订单总额", kind: "money", width: 84, computed: true, extension: true },
    { header: "订单已收", kind: "money", width: 84, computed: true, extension: true },
    { header: "订单首行", kind: "integer", width: 56, computed: true, extension: true },
    { header: "首行总额", kind: "money", width: 84, computed: true, extension: true },
    { header: "首行已收", kind: "money", width: 84, computed: true, extension: true },
  ],
};

export const SHIPMENTS_TABLE: TableSpec = {
  sheet: "发货",
  table: "Shipments",
  tabColor: "#7030A0",
  columns: [
    { header: "单号", kind: "text", width: 96, required: true },
    { header: "日期", kind: "date", width: 76, required: true },
    { header: "类型", kind: "enum", width: 40, options: SHIPMENT_TYPES },
    { header: "客户", kind: "text", width: 120 },
    { header: "订单号", kind: "text", width: 80 },
    { header: "行号", kind: "integer", width: 36 },
    { header: "货号", kind: "text", width: 72 },
    { header: "品名", kind: "text", width: 100 },
    { header: "规格", kind: "text", width: 80 },
    { header: "颜色", kind: "text", width: 48 },
    { header: "单位", kind: "text", width: 36 },
    { header: "数量", kind: "integer", width: 56, required: true, range: "any" },
    { header: "币种", kind: "enum", width: 44, options: CURRENCIES },
    { header: "单价", kind: "money", width: 64 },
    { header: "金额", kind: "money", width: 80, range: "any" },
    { header: "箱数", kind: "integer", width: 44 },
    { header: "回单状态", kind: "enum", width: 56, options: SIGNED_COPY_STATES },
    { header: "回单日期", kind: "date", width: 76 },
    { header: "备注", kind: "text", width: 140 },
  ],
};

export const PAYMENTS_TABLE: TableSpec = {
  sheet: "收款",
  table: "Payments",
  tabColor: "#00B0F0",
  columns: [
    { header: "收款日期", kind: "date", width: 76, required: true },
    {
      header: "客户",
      kind: "text",
      width: 120,
      required: true,
      listFrom: { table: "Customers", column: "客户名称" },
    },
    { header: "订单号", kind: "text", width: 80 },
    { header: "类型", kind: "enum", width: 48, options: PAYMENT_TYPES },
    { header: "币种", kind: "enum", width: 44, options: CURRENCIES },
    { header: "金额", kind: "money", width: 80, required: true },
    { header: "方式", kind: "text", width: 64 },
    { header: "备注", kind: "text", width: 140 },
  ],
};

/** Every table of the contract, in the order of the workbook's tabs. */
export const CONTRACT_TABLES: readonly TableSpec[] = [
  SETTINGS_TABLE,
  CUSTOMERS_TABLE,
  PRODUCTS_TABLE,
  COSTING_TABLE,
  ORDERS_TABLE,
  SHIPMENTS_TABLE,
  PAYMENTS_TABLE,
];

/** The table a name of the contract belongs to, e.g. `tableSpec("Orders")`. */
export function tableSpec(table: string): TableSpec {
  const spec = CONTRACT_TABLES.find((t) => t.table === table);
  if (!spec) throw new Error(`No contract table ${table}`);
  return spec;
}

/** Workbook names that drop-down lists use: a table column that grows with its table. */
export const LIST_NAMES: readonly { name: string; table: string; column: string }[] = [
  { name: "LIST_CUSTOMERS", table: CUSTOMERS_TABLE.table, column: "客户名称" },
  { name: "LIST_PRODUCTS", table: PRODUCTS_TABLE.table, column: "货号" },
];
