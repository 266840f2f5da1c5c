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
  },
};
