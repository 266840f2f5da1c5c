import { specHeader } from "../../core/orders/tracking";
import { COSTING_TABLE } from "../../core/workbook/schema";
import type { Strings } from "./types";

/** The task pane in 简体中文. */
export const zh: Strings = {
  appTitle: "跟单助手",
  switchLanguage: "English",
  switchLanguageLabel: "切换到英文界面",
  sections: {
    workbook: "工作簿",
    orders: "订单",
    costing: "核价",
    deliveryNotes: "送货单",
    statements: "对账单",
  },
  comingSoon: {
    statements: "客户对账单即将推出。",
  },
  loading: "正在加载…",
  workbookIntro: "创建或补全跟单工作簿：参数、表格和名称。只添加缺少的部分，不改动已有数据。",
  setupButton: "初始化/升级",
  running: {
    setupWorkbook: "正在初始化工作簿…",
    checkWorkbook: "正在校验…",
    trackingView: "正在读取订单…",
    costingView: "正在读取核价…",
    selectCell: "正在选择单元格…",
    noteCandidates: "正在读取可开单的订单行…",
    issueNote: "正在生成单据…",
    signedCopies: "正在读取未回的回单…",
    markSignedCopy: "正在记录回单…",
  },
  steps: { write: "写入", read: "读取" },
  progress: (done, total) => `${done} / ${total}`,
  statusLabel: "状态",
  done: {
    "setup-done": (p) => {
      const parts = [
        p.sheets ? `工作表 ${p.sheets}` : "",
        p.tables ? `表格 ${p.tables}` : "",
        p.rows ? `${p.rows} 行` : "",
        p.names ? `${p.names} 个名称` : "",
      ].filter(Boolean);
      return parts.length > 0 ? `初始化完成，已添加：${parts.join("，")}。` : "初始化完成。";
    },
    "setup-unchanged": () => "工作簿已是最新，无需改动。",
    "check-done": (p) =>
      `校验完成：${p.errors ?? 0} 个错误，${p.warnings ?? 0} 个警告，${p.infos ?? 0} 个提示。`,
    "delivery-issued": (p) => `已生成送货单 ${p.number}，共 ${p.lines} 行。`,
    "return-issued": (p) => `已生成退货单 ${p.number}，共 ${p.lines} 行。`,
    "signed-copy-marked": (p) => `${p.number} 的回单已记为「${p.state}」（${p.rows} 行）。`,
  },
  doneGeneric: "已完成。",
  doneUnknown: (code) => `已完成（${code}）。`,
  refused: (errors) => `发现 ${errors} 个错误，未做任何改动。请先处理下列问题。`,
  failed: (message) => `操作失败：${message}`,
  problemsTitle: "问题",
  problemsLabel: "问题列表",
  severity: { error: "错误", warning: "警告", info: "提示" },
  severityCount: {
    error: (n) => `${n} 个错误`,
    warning: (n) => `${n} 个警告`,
    info: (n) => `${n} 个提示`,
  },
  wholeSheet: "整表",
  selectProblemCell: (where) => `选择 ${where}`,
  listSeparator: "，",
  checkIntro: "检查订单、发货、收款等各表，列出每个有问题的单元格。不改动数据。",
  checkButton: "校验",
  noProblems: "未发现问题",
  trackingTitle: "生产跟踪",
  trackingIntro: "查看逾期和将到期的订单行。",
  trackingRefresh: "刷新",
  productionTitle: "未完成的订单行（按生产状态）",
  productionUnset: "未填",
  urgentTitle: "逾期和将到期",
  urgentNone: "没有逾期或将到期的订单行。",
  daysLate: (days) => `逾期 ${days} 天`,
  daysLeft: (days) => `还剩 ${days} 天`,
  dueToday: "今天到期",
  moreLines: (count) => `另有 ${count} 行未列出`,
  costingIntro: "选一个货号试算利润。只在这里计算，不写入工作簿。",
  costingLoad: "读取核价",
  costingEmpty: "核价表中还没有货号。",
  // The sheet's own headers, so the labels match the columns the clerk sees.
  costingFields: {
    product: specHeader(COSTING_TABLE, "货号"),
    price: specHeader(COSTING_TABLE, "美金卖价"),
    rate: specHeader(COSTING_TABLE, "汇率"),
    cost: specHeader(COSTING_TABLE, "成本"),
    profit: specHeader(COSTING_TABLE, "利润"),
    margin: specHeader(COSTING_TABLE, "销售利润率"),
  },
  belowMinimum: (minMargin) => `低于最低利润率 ${minMargin}`,
  belowMinimumTitle: "低于最低利润率",
  pendingTitle: "待审核",
  none: "无",
};
