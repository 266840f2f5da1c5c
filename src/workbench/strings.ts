/** What the workbench page itself says (the task pane has its own strings). */
import type { Lang } from "../core/problems";

export interface WorkbenchStrings {
  title: string;
  loadDemo: string;
  downloadXlsx: string;
  language: string;
  loadingDemo: string;
  demoLoaded: string;
  demoRefused: (problems: string) => string;
  downloading: string;
  downloaded: (file: string) => string;
  failed: (message: string) => string;
  calculationFailed: (message: string) => string;
  sheetTabs: string;
  nameBox: string;
  formula: string;
  grid: string;
  paneTitle: string;
  /** The input that edits the active cell in place. */
  cellEditor: string;
  /** Excel's alert texts for a rule whose alert has no title or message of its own. */
  alertDefaultTitle: string;
  alertDefaultMessage: string;
  alertRetry: string;
  alertCancel: string;
  /** A Warning alert's "keep the entry anyway". */
  alertContinue: string;
  /** An Information alert's "keep the entry". */
  alertOk: string;
}

export const WORKBENCH_STRINGS: Record<Lang, WorkbenchStrings> = {
  zh: {
    title: "跟单助手 工作台",
    loadDemo: "载入演示数据",
    downloadXlsx: "下载 .xlsx",
    language: "语言",
    loadingDemo: "正在载入演示数据…",
    demoLoaded: "演示数据已载入：一家小工厂的客户、产品、核价、订单、发货和收款。",
    demoRefused: (problems) => `未载入演示数据：${problems}`,
    downloading: "正在生成 .xlsx…",
    downloaded: (file) => `已下载 ${file}。`,
    failed: (message) => `失败：${message}`,
    calculationFailed: (message) => `公式计算失败：${message}`,
    sheetTabs: "工作表",
    nameBox: "名称框",
    formula: "编辑栏",
    grid: "单元格",
    paneTitle: "任务窗格",
    cellEditor: "编辑单元格",
    alertDefaultTitle: "Microsoft Excel",
    alertDefaultMessage: "此值与此单元格定义的数据验证限制不匹配。",
    alertRetry: "重试",
    alertCancel: "取消",
    alertContinue: "仍然输入",
    alertOk: "确定",
  },
  en: {
    title: "Gendan workbench",
    loadDemo: "Load demo data",
    downloadXlsx: "Download .xlsx",
    language: "Language",
    loadingDemo: "Loading demo data…",
    demoLoaded:
      "Demo data loaded: a small factory's customers, products, costing, orders, deliveries and payments.",
    demoRefused: (problems) => `Demo data not loaded: ${problems}`,
    downloading: "Writing the .xlsx…",
    downloaded: (file) => `Downloaded ${file}.`,
    failed: (message) => `Failed: ${message}`,
    calculationFailed: (message) => `Formula calculation failed: ${message}`,
    sheetTabs: "Sheets",
    nameBox: "Name box",
    formula: "Formula bar",
    grid: "Cells",
    paneTitle: "Task pane",
    cellEditor: "Edit cell",
    alertDefaultTitle: "Microsoft Excel",
    alertDefaultMessage: "This value doesn't match the data validation restrictions defined for this cell.",
    alertRetry: "Retry",
    alertCancel: "Cancel",
    alertContinue: "Keep it",
    alertOk: "OK",
  },
};
