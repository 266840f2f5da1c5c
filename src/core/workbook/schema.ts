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
