import type { StatementStrings } from "./types";

/** The 对账单 section in 简体中文. */
export const zh: StatementStrings = {
  intro:
    "选择客户和对账期间生成对账单：新建工作表，列出上期结欠、本期送货、退货、收款和本期结欠，不改动其他数据。",
  customer: "客户",
  chooseCustomer: "请选择客户",
  customerOption: (name, currency) => `${name}（${currency}）`,
  refresh: "刷新",
  noCustomers: "客户表中还没有客户。",
  from: "起始日期",
  to: "截止日期",
  detail: "明细",
  details: { notes: "按单据", lines: "按明细" },
  statementLang: "对账单语言",
  langs: { zh: "中文", en: "English" },
  issue: "生成对账单",
  issues: {
    "no-customer": "请选择客户。",
    "bad-from": "请填写起始日期。",
    "bad-to": "请填写截止日期。",
    reversed: "起始日期不能晚于截止日期。",
  },
  issued: (customer) => `「${customer}」的对账单已生成`,
  period: (from, to, currency) => `对账期间 ${from} 至 ${to}，币种 ${currency}`,
  figures: {
    opening: "上期结欠",
    deliveries: "本期送货",
    returns: "本期退货",
    payments: "本期收款",
    closing: "本期结欠",
  },
  sheetOpen: (sheet) => `已打开工作表「${sheet}」，可直接打印。`,
  allIntro:
    "月底可一次生成全部对账单：期间、明细和语言同上，本期有往来或期末有余额的客户各生成一张，另在最前面生成应收汇总表。",
  all: "全部客户",
  allTitle: "应收汇总和对账单（点击打开）",
  allSummary: "全部客户的结欠、账龄和逾期金额",
  allClosing: (amount, currency) => `本期结欠 ${amount} ${currency}`,
  openSheet: (sheet) => `打开工作表「${sheet}」`,
  interrupted: (sheet) =>
    sheet
      ? `连接中断，无法确认「${sheet}」是否已写入工作簿。点「重试」会先查看工作簿：已写入的保留并补全，不会多出 (2) 版本。`
      : "连接中断，对账单尚未写入。点「重试」按同样条件再生成一次。",
  retry: "重试",
};
