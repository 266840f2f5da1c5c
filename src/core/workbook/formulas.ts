/**
 * The native formulas of the contract's computed columns (DESIGN.md §4), in Office.js syntax
 * (English function names, `,` separators, `[@列]` for this row). Only functions Excel 2010 has,
 * so Excel, WPS and LibreOffice compute the same numbers: see `EXCEL_2010_FUNCTIONS`.
 */

/** A this-row reference, quoting column names that need it (`[@[列 名]]`). */
export function thisRow(column: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(column) ? `[@${column}]` : `[@[${column}]]`;
}

/** The value of `column` in the row of `table` whose `keyColumn` equals this row's `key`, or "". */
export function lookup(table: string, column: string, keyColumn: string, key: string): string {
  return `IFERROR(INDEX(${table}[${column}],MATCH(${thisRow(key)},${table}[${keyColumn}],0)),"")`;
}

/** 汇率, blank meaning the workbook's FX_USD. */
function rateOrDefault(): string {
  return `IF(${thisRow("汇率")}="",FX_USD,${thisRow("汇率")})`;
}

/** 核价 利润 = 美金卖价 × 汇率 × NET_FACTOR − 成本, to the fen; blank while the price is missing. */
export function costingProfitFormula(): string {
  const price = thisRow("美金卖价");
  return `=IF(${price}="","",ROUND(${price}*${rateOrDefault()}*NET_FACTOR-${thisRow("成本")},2))`;
}

/** 核价 销售利润率 = 利润 ÷ (美金卖价 × 汇率); blank while the price is missing or zero. */
export function costingMarginFormula(): string {
  const price = thisRow("美金卖价");
  return `=IF(N(${price})=0,"",${thisRow("利润")}/(${price}*${rateOrDefault()}))`;
}

/** 订单 金额 = 数量 × 单价, to the fen; blank until both are there. */
export function orderAmountFormula(): string {
  const qty = thisRow("数量");
  const price = thisRow("单价");
  return `=IF(OR(${qty}="",${price}=""),"",ROUND(${qty}*${price},2))`;
}

/** 订单 未发数量 = 数量 − 已发数量; blank without a quantity. */
export function orderUnshippedFormula(): string {
  const qty = thisRow("数量");
  return `=IF(${qty}="","",${qty}-${thisRow("已发数量")})`;
}

/**
 * 订单 交期状态: 已完成 when nothing is left to ship, 逾期 past 交货日期, 将到期 within
 * DUE_WARN_DAYS, else 正常; blank without a date or quantity.
 */
export function orderDueStatusFormula(): string {
  const due = thisRow("交货日期");
  const left = thisRow("未发数量");
  return (
    `=IF(OR(${due}="",${thisRow("数量")}=""),"",` +
    `IF(${left}<=0,"已完成",IF(${due}<TODAY(),"逾期",IF(${due}-TODAY()<=DUE_WARN_DAYS,"将到期","正常"))))`
  );
}

/** 订单 延期天数: days past 交货日期 while something is left to ship, else 0; blank without a date or quantity. */
export function orderDaysLateFormula(): string {
  const due = thisRow("交货日期");
  return (
    `=IF(OR(${due}="",${thisRow("数量")}=""),"",` +
    `IF(AND(${thisRow("未发数量")}>0,TODAY()>${due}),TODAY()-${due},0))`
  );
}

/**
 * Functions a formula of ours may call: those Excel 2010 has (and WPS and LibreOffice compute
 * alike). Newer ones such as XLOOKUP, LET, FILTER, UNIQUE, IFS, CONCAT or TEXTJOIN are not here.
 */
export const EXCEL_2010_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS",
  "AND",
  "AVERAGE",
  "AVERAGEIFS",
  "CEILING",
  "CHOOSE",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "COUNTIF",
  "COUNTIFS",
  "DATE",
  "DATEDIF",
  "DAY",
  "EDATE",
  "EOMONTH",
  "FALSE",
  "FLOOR",
  "IF",
  "IFERROR",
  "INDEX",
  "INT",
  "ISBLANK",
  "ISERROR",
  "ISNUMBER",
  "ISTEXT",
  "LEFT",
  "LEN",
  "LOWER",
  "MATCH",
  "MAX",
  "MID",
  "MIN",
  "MOD",
  "MONTH",
  "N",
  "NOT",
  "OR",
  "RIGHT",
  "ROUND",
  "ROUNDDOWN",
  "ROUNDUP",
  "ROW",
  "ROWS",
  "SUBTOTAL",
  "SUM",
  "SUMIF",
  "SUMIFS",
  "SUMPRODUCT",
  "TEXT",
  "TODAY",
  "TRIM",
  "TRUE",
  "UPPER",
  "VALUE",
  "VLOOKUP",
  "WEEKDAY",
  "YEAR",
]);

/** The function names a formula calls, in upper case (string literals are skipped). */
export function functionsCalled(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1]!.toUpperCase());
}

/** Functions the formula calls that Excel 2010 does not have. */
export function functionsNewerThanExcel2010(formula: string): string[] {
  return functionsCalled(formula).filter((name) => !EXCEL_2010_FUNCTIONS.has(name));
}
