/**
 * The native formulas of the contract's computed columns (DESIGN.md §4), in Office.js syntax
 * (English function names, `,` separators, `[@列]` for this row). Only functions Excel 2010 has,
 * so Excel, WPS and LibreOffice compute the same numbers: see `EXCEL_2010_FUNCTIONS`.
 */

/** A this-row reference, quoting column names that need it (`[@[列 名]]`). */
export function thisRow(column: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(column) ? `[@${column}]` : `[@[${column}]]`;
}

/**
 * The value of `column` in the row of `table` whose `keyColumn` equals this row's `key`, as text;
 * blank while the key is blank or unknown (`&""` keeps an empty source cell from showing as 0).
 */
export function lookup(table: string, column: string, keyColumn: string, key: string): string {
  const match = `MATCH(${thisRow(key)},${table}[${keyColumn}],0)`;
  return `IF(${thisRow(key)}="","",IFERROR(INDEX(${table}[${column}],${match})&"",""))`;
}

/** 品名/规格/单位 of the row's 货号, from 产品. */
export function productLookupFormula(column: string): string {
  return `=${lookup("Products", column, "货号", "货号")}`;
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

/**
 * 订单 已发数量: the net quantity 发货 holds for this line (returns are negative rows): the rows whose
 * 行号 and 订单号 equal this line's (`=`: text ignoring case, a number only equal to a number); 0
 * while either is blank. SUMPRODUCT over two comparisons, not SUMIFS: LibreOffice computes it in
 * about 60 % of the time at 10,000 lines × 20,000 发货 rows (README "What the formulas cost"), and
 * its `=` means the same in Excel, LibreOffice and memory-excel's engine where SUMIFS's criteria do not (a
 * criterion "1" matches the number 1 in some, an order number with `*` is a wildcard).
 */
export function orderShippedFormula(): string {
  const order = thisRow("订单号");
  const line = thisRow("行号");
  return (
    `=IF(OR(${order}="",${line}=""),0,` +
    `SUMPRODUCT(--(Shipments[行号]=${line}),--(Shipments[订单号]=${order}),Shipments[数量]))`
  );
}

/** This line's place in 订单's body, 1 for the first body row (wherever the table sits). */
function bodyRowIndex(): string {
  return "ROW()-ROW(Orders[[#Headers],[订单号]])";
}

/**
 * 订单 订单首行: the body row (1-based) that holds this order's figures (首行总额, 首行已收): this
 * line when its 订单号 differs from the line above's (it starts a run of the order's lines), else
 * the order's first line (an exact MATCH, which stops there). So the order-level sums run once per
 * run of lines rather than on every line, and most lines need no MATCH (formula cost, DESIGN.md §4).
 * Blank without a 订单号.
 */
export function orderFirstLineFormula(): string {
  const order = thisRow("订单号");
  const index = bodyRowIndex();
  return (
    `=IF(${order}="","",IF(${order}<>INDEX(Orders[[#All],[订单号]],${index}),${index},` +
    `MATCH(${order},Orders[订单号],0)))`
  );
}

/** On the line that holds its order's figures (订单首行 = this line), `sum` to the fen; else blank. */
function onFirstLine(sum: string): string {
  return `=IF(${thisRow("订单首行")}=${bodyRowIndex()},ROUND(${sum},2),"")`;
}

/** 订单 首行总额: the sum of 金额 over the order's lines (same 订单号), on the line 订单首行 names. */
export function orderFirstLineTotalFormula(): string {
  return onFirstLine(`SUMIF(Orders[订单号],${thisRow("订单号")},Orders[金额])`);
}

/** 订单 首行已收: what 收款 holds for the 订单号, on the line 订单首行 names. */
export function orderFirstLinePaidFormula(): string {
  return onFirstLine(`SUMIF(Payments[订单号],${thisRow("订单号")},Payments[金额])`);
}

/** The value of `column` on the line 订单首行 names; blank without a 订单号. */
function fromFirstLine(column: string): string {
  const first = thisRow("订单首行");
  return `=IF(${first}="","",INDEX(Orders[${column}],${first}))`;
}

/** 订单 订单总额: the order's total (首行总额 of its 订单首行), on every line; blank without a 订单号. */
export function orderTotalFormula(): string {
  return fromFirstLine("首行总额");
}

/** 订单 订单已收: what 收款 holds for the order (首行已收 of its 订单首行), on every line. */
export function orderPaidFormula(): string {
  return fromFirstLine("首行已收");
}

/**
 * 订单 收款状态: 订单已收 against 订单总额: 已收全款 when it covers the total, 已收订金 when it covers
 * 订金比例 (blank → DEPOSIT_RATE) of it, else 未收订金; blank while the order has no amount. The two
 * figures sit in their own columns, summed once per order (formula cost, DESIGN.md §4).
 */
export function orderPaymentStatusFormula(): string {
  const total = thisRow("订单总额");
  const paid = thisRow("订单已收");
  const rate = `IF(${thisRow("订金比例")}="",DEPOSIT_RATE,${thisRow("订金比例")})`;
  return (
    `=IF(N(${total})<=0,"",IF(${paid}>=${total},"已收全款",` +
    `IF(AND(${paid}>0,${paid}>=ROUND(${total}*${rate},2)),"已收订金","未收订金")))`
  );
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
 * The formula each computed or defaulted column of the contract holds, by table and header.
 * Setup writes these; tests compute them; nothing else spells them out.
 */
export const COLUMN_FORMULAS: Readonly<Record<string, Readonly<Record<string, () => string>>>> = {
  Costing: {
    品名: () => productLookupFormula("品名"),
    利润: costingProfitFormula,
    销售利润率: costingMarginFormula,
  },
  Orders: {
    品名: () => productLookupFormula("品名"),
    规格: () => productLookupFormula("规格"),
    单位: () => productLookupFormula("单位"),
    金额: orderAmountFormula,
    收款状态: orderPaymentStatusFormula,
    已发数量: orderShippedFormula,
    未发数量: orderUnshippedFormula,
    交期状态: orderDueStatusFormula,
    延期天数: orderDaysLateFormula,
    订单总额: orderTotalFormula,
    订单已收: orderPaidFormula,
    订单首行: orderFirstLineFormula,
    首行总额: orderFirstLineTotalFormula,
    首行已收: orderFirstLinePaidFormula,
  },
};

/** The formula of a computed or defaulted column, or undefined for a column the clerk types into. */
export function columnFormula(table: string, header: string): string | undefined {
  return COLUMN_FORMULAS[table]?.[header]?.();
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
