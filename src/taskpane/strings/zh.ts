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
    orders: "订单录入与检查即将推出。",
    costing: "核价与利润审核即将推出。",
    deliveryNotes: "一键生成送货单、退货单即将推出。",
    statements: "客户对账单即将推出。",
  },
  workbookIntro: "创建或补全跟单工作簿：参数、表格和名称。只添加缺少的部分，不改动已有数据。",
  setupButton: "初始化/升级",
  running: { setupWorkbook: "正在初始化工作簿…", selectCell: "正在选择单元格…" },
  steps: { write: "写入" },
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
};
