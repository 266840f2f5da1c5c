import type { NoteStrings } from "./types";

/** The 送货单 section in 简体中文. */
export const zh: NoteStrings = {
  intro: "勾选订单行生成送货单或退货单：新建单据工作表，并写入发货表。",
  kindLabel: "单据",
  kinds: { delivery: "送货单", return: "退货单" },
  customer: "客户",
  chooseCustomer: "请选择客户",
  customerOption: (name, terms) => (terms ? `${name}（${terms}）` : name),
  refresh: "刷新",
  noCustomers: {
    delivery: "没有未发完的订单行。",
    return: "没有已发货、可退货的订单行。",
  },
  skipped: (count) => `所选的 ${count} 行不能开在这张单上（已发完、未发货或属于其他客户），未勾选。`,
  linesLabel: "订单行",
  lineFigures: (quantity, shipped, unshipped) => `数量 ${quantity} · 已发 ${shipped} · 未发 ${unshipped}`,
  quantityLabel: (line) => `${line} 的数量`,
  date: "日期",
  vehicle: "车牌",
  driver: "司机",
  waybill: "运单号",
  remark: "备注",
  noPrice: "不打印价格",
  paper: "纸张",
  papers: { A4: "A4 纵向", A5: "A5 横向" },
  noteLang: "单据语言",
  langs: { zh: "中文", en: "English" },
  issue: { delivery: "生成送货单", return: "生成退货单" },
  issues: {
    "no-customer": "请选择客户。",
    "no-lines": "请勾选要开单的订单行。",
    "bad-quantity": "数量须为大于 0 的整数。",
    "bad-date": "请填写日期。",
  },
  issued: {
    delivery: (number) => `送货单 ${number} 已生成`,
    return: (number) => `退货单 ${number} 已生成`,
  },
  totals: (quantity, amount, currency) => `合计数量 ${quantity}，金额 ${amount} ${currency}`.trim(),
  sheetOpen: (sheet) => `已打开工作表「${sheet}」，可直接打印。`,
  shortfall: (customer, shortfall, currency) =>
    `客户「${customer}」为款到发货，还差 ${shortfall} ${currency} 未收。确需发货请填写原因：`,
  overrideReason: "原因",
  overrideSubmit: "仍然发货",
  interrupted: (number) =>
    number
      ? `连接中断，无法确认单据 ${number} 是否已写入工作簿。点「重试」会先查看工作簿：已写入的部分补全，不会重复开单。`
      : "连接中断，单据尚未写入。点「重试」按同样内容再开一次。",
  retry: "重试",
  signedTitle: "回单",
  signedIntro: "列出签收回单尚未收回的送货单；天数填 0 列出全部未回的单据，包括今天的。",
  signedDays: "超过天数",
  signedRefresh: "查询",
  signedNone: "没有超期未回的回单。",
  signedDetails: (customer, date, days) => `${customer} · ${date} · 已 ${days} 天`,
  returned: "已回",
  problem: "异常",
  confirmProblem: "记为异常",
  cancel: "取消",
  remarkLabel: "异常说明",
};
