/**
 * Everything the `gendan` command line says, one object per language. Messages that name a file
 * take it as the user typed it.
 */
import type { Lang } from "../core/problems";
import type { XlsxReadErrorKind } from "../memory-excel/xlsx";

/** What setup added, as `ActionOutcome.done.params` carries it. */
export interface SetupSummary {
  sheets: string;
  tables: string;
  rows: number;
  names: number;
  /** Contract columns appended to existing tables, as `sheet!header`, comma-separated. */
  columns: string;
}

/** A note written, as the outcome line says it. */
export interface NoteSummary {
  kind: "delivery" | "return";
  number: string;
  customer: string;
  lines: number;
  quantity: number;
  /** Two decimals. */
  amount: string;
  currency: string;
}

/** Problems found by the check, by severity. */
export interface CheckCounts {
  error: number;
  warning: number;
  info: number;
}

export interface CliStrings {
  help(version: string): string;
  /** A bad-usage line: what is wrong, then where to look. */
  badUsage(message: string): string;
  unknownOption(option: string): string;
  optionNeedsValue(option: string): string;
  optionTakesNoValue(option: string): string;
  badOptionValue(option: string, value: string): string;
  unknownCommand(command: string): string;
  missingCommand: string;
  missingFile(command: string): string;
  extraArguments(args: string): string;
  conflictingOptions(a: string, b: string): string;
  optionNotForCommand(option: string, command: string): string;
  notAvailable(command: string): string;
  demoNeedsNewFile: string;
  badToday(value: string): string;
  /** Input problems, each after `gendan: <file>: `. */
  fileMissing: string;
  isDirectory: string;
  exists: string;
  outputExists: string;
  notXlsxName: string;
  unsupportedParts(parts: string): string;
  droppedParts(file: string, parts: string): string;
  cannotRead(reason: string): string;
  /** Why a file is not a readable .xlsx; undefined keeps the reader's own (English) message. */
  readError: Partial<Record<XlsxReadErrorKind, string>>;
  cannotWrite(reason: string): string;
  /** File-system error codes in words; others are shown as the code. */
  fsReason: Record<string, string>;
  /** Outcomes. */
  wrote(file: string, summary: SetupSummary): string;
  wroteUnchanged(file: string): string;
  wroteNote(file: string, note: NoteSummary): string;
  wroteStatement(file: string, figures: Record<string, string>): string;
  wroteStatements(file: string, count: number, summary: string): string;
  /** deliver/return on a file without -o or --in-place. */
  noteNeedsTarget: string;
  /** check --repair on a file without -o or --in-place. */
  repairNeedsTarget: string;
  /** check --repair wrote `file`: the rows it appended, then the check's summary of the result. */
  repaired(file: string, notes: number, rows: number, summary: string): string;
  /** check --repair found no rows to append: the check's summary, and that nothing was written. */
  nothingToRepair(summary: string): string;
  /** --lines not in the shape 订单号:行号=数量[,...] */
  badLines(value: string): string;
  /** A required option missing. */
  missingOption(option: string, command: string): string;
  alreadyUpToDate(file: string): string;
  refused(file: string, errors: number): string;
  /** The check's summary line. */
  checked(file: string, counts: CheckCounts): string;
  severity: Record<"error" | "warning" | "info", string>;
}

function usage(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

export const en: CliStrings = {
  help: (version) =>
    usage([
      `gendan ${version} — the Gendan (跟单助手) order-tracking workbook on .xlsx files`,
      "",
      "Usage:",
      "  gendan init <book.xlsx> [--demo]                 create (or upgrade) a tracking workbook (初始化/升级);",
      "                                                   --demo fills a new one with a demo factory's data",
      "  gendan check <book.xlsx> [--json] [--repair]     list problems; exit 1 when there are errors (检查);",
      "                                                   --repair (with -o or --in-place) first appends to 发货",
      "                                                   the rows missing for note sheets, from the sheets",
      "  gendan deliver <book.xlsx> --lines 订单号:行号=数量[,...] [--date YYYY-MM-DD] [--no-price]",
      '                 [--paper A4|A5] [--override "reason"]  issue a delivery note (送货单): its sheet',
      "                                                   and its rows in 发货; --override delivers to a",
      "                                                   款到发货 customer who has not paid enough",
      "  gendan return <book.xlsx> --lines 订单号:行号=数量[,...] [--date YYYY-MM-DD] [--no-price] [--paper A4|A5]",
      "                                                   issue a return note (退货单) for delivered lines",
      "  gendan statement <book.xlsx> --customer 客户名称 [--from YYYY-MM-DD --to YYYY-MM-DD] [--detail notes|lines]",
      "                                                   a customer's statement (对账单) as a new sheet;",
      "                                                   the period defaults to last calendar month",
      "  gendan statement <book.xlsx> --all --from YYYY-MM-DD --to YYYY-MM-DD",
      "                                                   every customer's statement and the 应收汇总 summary",
      "",
      "Common options:",
      "  -o <out.xlsx>     write the result to a new file (never overwrites one)",
      "  --in-place        change <book.xlsx> itself (refused when it holds parts gendan cannot keep:",
      "                    pivot tables, images, macros, charts other than the summary's own)",
      "  --json            print one JSON object: {ok, problems: [{severity, code, sheet, cell, message}], ...}",
      "  --lang zh|en      language of messages and of new sheets (default: from LANG)",
      "  -h, --help        this help",
      "  --version         the version",
      "",
      "Without -o or --in-place, init only creates a new workbook and deliver/return change nothing;",
      "check writes only with --repair.",
      "--lang en prints notes in English (Delivery Note) as well as the messages.",
      "Files are written through a temporary file and a rename, so a failure leaves them as they were.",
      "",
      "Exit codes: 0 done, 1 refused because of the data (problems listed), 2 bad usage or unreadable file.",
      "",
      "Dates such as 交期状态 are measured from today; GENDAN_TODAY=YYYY-MM-DD sets another day (for tests).",
      "",
      "The period of statement defaults to last calendar month.",
    ]),
  badUsage: (message) => `gendan: ${message}; see gendan --help`,
  unknownOption: (option) => `unknown option ${option}`,
  optionNeedsValue: (option) => `option ${option} needs a value`,
  optionTakesNoValue: (option) => `option ${option} takes no value`,
  badOptionValue: (option, value) => `option ${option} does not take "${value}"`,
  unknownCommand: (command) => `unknown command "${command}"`,
  missingCommand: "no command given",
  missingFile: (command) => `${command} needs a workbook file (<book.xlsx>)`,
  extraArguments: (args) => `unexpected arguments: ${args}`,
  conflictingOptions: (a, b) => `${a} and ${b} cannot be used together`,
  optionNotForCommand: (option, command) => `option ${option} does not apply to ${command}`,
  notAvailable: (command) => `gendan ${command}: not available in this version`,
  demoNeedsNewFile: "exists; --demo only fills a new workbook: name a file that does not exist yet",
  badToday: (value) => `GENDAN_TODAY must be a date YYYY-MM-DD, not "${value}"`,
  fileMissing: "no such file",
  isDirectory: "is a folder, not a workbook file",
  exists: "exists; use -o out.xlsx to write an upgraded copy or --in-place to upgrade it",
  outputExists: "exists; gendan does not overwrite it: choose another name for -o, or use --in-place",
  notXlsxName: "a new workbook's name must end in .xlsx",
  unsupportedParts: (parts) =>
    `holds ${parts}, which gendan cannot keep; nothing changed. Use -o out.xlsx to write an upgraded copy without them`,
  droppedParts: (file, parts) => `gendan: note: ${file} will not hold ${parts} of the original`,
  cannotRead: (reason) => `cannot be read (${reason})`,
  readError: {},
  cannotWrite: (reason) => `cannot be written (${reason})`,
  fsReason: {
    ENOENT: "the folder does not exist",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EBUSY: "the file is in use; close it in Excel and try again",
    ENOSPC: "the disk is full",
    EROFS: "the drive is read-only",
    ENOTDIR: "a part of the path is not a folder",
  },
  wrote: (file, s) =>
    `Wrote ${file} (sheets: ${s.sheets || "none"}; tables: ${s.tables || "none"}; ` +
    `${s.columns ? `columns: ${s.columns}; ` : ""}rows: ${s.rows}; names: ${s.names})`,
  wroteUnchanged: (file) => `Wrote ${file} (the workbook was already up to date)`,
  wroteNote: (file, n) =>
    `Wrote ${file}: ${n.kind === "return" ? "return" : "delivery"} note ${n.number} for ${n.customer}, ` +
    `${n.lines} ${n.lines === 1 ? "line" : "lines"}, quantity ${n.quantity}, amount ${n.amount} ${n.currency}`,
  noteNeedsTarget: "is not changed without -o out.xlsx (write the result to a new file) or --in-place",
  wroteStatements: (file, count, summary) =>
    `Wrote ${file}: ${count} ${count === 1 ? "statement" : "statements"} and the summary "${summary}"`,
  wroteStatement: (file, f) =>
    `Wrote ${file}: statement "${f.sheet}" for ${f.customer}: opening ${f.opening}, deliveries ${f.deliveries}, ` +
    `returns ${f.returns}, payments ${f.payments}, closing ${f.closing} ${f.currency}`,
  repairNeedsTarget:
    "is not repaired without -o out.xlsx (write the repaired workbook to a new file) or --in-place",
  repaired: (file, notes, rows, summary) =>
    `Wrote ${file}: appended ${rows} ${rows === 1 ? "row" : "rows"} to 发货 from ` +
    `${notes} note ${notes === 1 ? "sheet" : "sheets"}; ${summary}`,
  nothingToRepair: (summary) => `${summary}; no 发货 rows to restore, nothing written`,
  badLines: (value) => `--lines takes 订单号:行号=数量[,...], e.g. SO-001:1=50,SO-001:2=20; not "${value}"`,
  missingOption: (option, command) => `${command} needs ${option}`,
  alreadyUpToDate: (file) => `${file} is already up to date; nothing written`,
  refused: (file, errors) =>
    `Nothing written: ${file} has ${errors} ${errors === 1 ? "problem" : "problems"} to fix first.`,
  severity: { error: "error", warning: "warning", info: "note" },
  checked: (file, c) => {
    if (c.error + c.warning + c.info === 0) return `${file}: no problems found`;
    const part = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const parts = [part(c.error, "error"), part(c.warning, "warning")];
    if (c.info > 0) parts.push(part(c.info, "note"));
    return `${file}: ${parts.join(", ")}`;
  },
};

export const zh: CliStrings = {
  help: (version) =>
    usage([
      `gendan ${version} — 跟单助手命令行：处理 .xlsx 跟单工作簿`,
      "",
      "用法：",
      "  gendan init <工作簿.xlsx> [--demo]               新建（或升级）跟单工作簿；",
      "                                                   --demo 在新工作簿中填入演示工厂的数据",
      "  gendan check <工作簿.xlsx> [--json] [--repair]   列出问题；有错误时退出码为 1；",
      "                                                   --repair（须加 -o 或 --in-place）先按单据工作表",
      "                                                   补回发货表中缺少的行",
      "  gendan deliver <工作簿.xlsx> --lines 订单号:行号=数量[,...] [--date YYYY-MM-DD] [--no-price]",
      '                 [--paper A4|A5] [--override "原因"]  开送货单：生成单据工作表并写入发货表；',
      "                                                   --override 对未付足款的款到发货客户仍然发货",
      "  gendan return <工作簿.xlsx> --lines 订单号:行号=数量[,...] [--date YYYY-MM-DD] [--no-price] [--paper A4|A5]",
      "                                                   对已发货的订单行开退货单",
      "  gendan statement <工作簿.xlsx> --customer 客户名称 [--from YYYY-MM-DD --to YYYY-MM-DD] [--detail notes|lines]",
      "                                                   生成客户对账单（新工作表）；期间默认为上个自然月",
      "  gendan statement <工作簿.xlsx> --all --from YYYY-MM-DD --to YYYY-MM-DD",
      "                                                   全部客户对账单及应收汇总表",
      "",
      "通用选项：",
      "  -o <输出.xlsx>    把结果写到新文件（绝不覆盖已有文件）",
      "  --in-place        直接修改 <工作簿.xlsx>（含数据透视表、图片、宏、汇总表以外的图表等",
      "                    gendan 无法保留的内容时拒绝执行）",
      "  --json            输出一个 JSON 对象：{ok, problems: [{severity, code, sheet, cell, message}], ...}",
      "  --lang zh|en      提示语言及新建工作表的语言（默认取自 LANG）",
      "  -h, --help        显示本帮助",
      "  --version         显示版本",
      "",
      "不加 -o 或 --in-place 时，init 只新建工作簿，deliver/return 不做任何修改；",
      "check 只在加 --repair 时写入。",
      "--lang en 时单据也用英文打印（Delivery Note）。",
      "文件先写入临时文件再改名，失败时原文件保持不变。",
      "",
      "退出码：0 完成；1 因数据问题拒绝执行（列出问题）；2 用法错误或文件无法读取。",
      "",
      "交期状态等按今天计算；GENDAN_TODAY=YYYY-MM-DD 可指定另一天（用于测试）。",
      "",
      "statement 的期间默认为上个自然月。",
    ]),
  badUsage: (message) => `gendan: ${message}；参见 gendan --help`,
  unknownOption: (option) => `未知选项 ${option}`,
  optionNeedsValue: (option) => `选项 ${option} 需要一个值`,
  optionTakesNoValue: (option) => `选项 ${option} 不带值`,
  badOptionValue: (option, value) => `选项 ${option} 不接受“${value}”`,
  unknownCommand: (command) => `未知命令“${command}”`,
  missingCommand: "未指定命令",
  missingFile: (command) => `${command} 需要一个工作簿文件（<工作簿.xlsx>）`,
  extraArguments: (args) => `多余的参数：${args}`,
  conflictingOptions: (a, b) => `${a} 和 ${b} 不能同时使用`,
  optionNotForCommand: (option, command) => `选项 ${option} 不适用于 ${command}`,
  notAvailable: (command) => `gendan ${command}：此版本尚不提供`,
  demoNeedsNewFile: "已存在；--demo 只填充新建的工作簿：请指定一个尚不存在的文件名",
  badToday: (value) => `GENDAN_TODAY 必须是 YYYY-MM-DD 格式的日期，而不是“${value}”`,
  fileMissing: "文件不存在",
  isDirectory: "是文件夹，不是工作簿文件",
  exists: "已存在；用 -o 输出.xlsx 写出升级后的副本，或用 --in-place 直接升级",
  outputExists: "已存在；gendan 不会覆盖它：请为 -o 另取文件名，或使用 --in-place",
  notXlsxName: "新工作簿的文件名必须以 .xlsx 结尾",
  unsupportedParts: (parts) =>
    `含有 gendan 无法保留的内容（${parts}），未做任何修改。可用 -o 输出.xlsx 写出不含这些内容的升级副本`,
  droppedParts: (file, parts) => `gendan: 注意：${file} 将不包含原文件中的 ${parts}`,
  cannotRead: (reason) => `无法读取（${reason}）`,
  readError: {
    empty: "文件是空的（0 字节）",
    "not-zip": "不是 .xlsx 工作簿（不是 zip 压缩包）",
    "not-workbook": "不是 .xlsx 格式的 Excel 工作簿（.xls 请先在 Excel 中另存为 .xlsx）",
    encrypted: "工作簿设有打开密码（已加密）；请在 Excel 中取消密码后再试",
    corrupt: "文件已损坏或不完整",
  },
  cannotWrite: (reason) => `无法写入（${reason}）`,
  fsReason: {
    ENOENT: "文件夹不存在",
    EACCES: "没有权限",
    EPERM: "没有权限",
    EBUSY: "文件正在使用中；请在 Excel 中关闭后再试",
    ENOSPC: "磁盘已满",
    EROFS: "磁盘为只读",
    ENOTDIR: "路径中有一部分不是文件夹",
  },
  wrote: (file, s) =>
    `已写入 ${file}（工作表：${s.sheets || "无"}；表格：${s.tables || "无"}；` +
    `${s.columns ? `补充的列：${s.columns}；` : ""}行：${s.rows}；名称：${s.names}）`,
  wroteUnchanged: (file) => `已写入 ${file}（工作簿原已是最新）`,
  wroteNote: (file, n) =>
    `已写入 ${file}：${n.kind === "return" ? "退货单" : "送货单"} ${n.number}，客户 ${n.customer}，` +
    `${n.lines} 行，数量 ${n.quantity}，金额 ${n.amount} ${n.currency}`,
  noteNeedsTarget: "未指定输出：请用 -o 新文件.xlsx 写到新文件，或用 --in-place 直接修改",
  wroteStatements: (file, count, summary) => `已写入 ${file}：${count} 张对账单及汇总表「${summary}」`,
  wroteStatement: (file, f) =>
    `已写入 ${file}：对账单「${f.sheet}」，客户 ${f.customer}，上期结欠 ${f.opening}，本期送货 ${f.deliveries}，` +
    `本期退货 ${f.returns}，本期收款 ${f.payments}，本期结欠 ${f.closing} ${f.currency}`,
  repairNeedsTarget: "未指定输出，未修复：请用 -o 新文件.xlsx 写出修复后的工作簿，或用 --in-place 直接修复",
  repaired: (file, notes, rows, summary) =>
    `已写入 ${file}：按 ${notes} 张单据工作表向发货表补回 ${rows} 行；${summary}`,
  nothingToRepair: (summary) => `${summary}；发货表没有需要补回的行，未写入任何内容`,
  badLines: (value) =>
    `--lines 的格式为 订单号:行号=数量[,...]，如 SO-001:1=50,SO-001:2=20；不是「${value}」`,
  missingOption: (option, command) => `${command} 需要 ${option}`,
  alreadyUpToDate: (file) => `${file} 已是最新，未写入任何内容`,
  refused: (file, errors) => `未写入任何内容：${file} 有 ${errors} 个问题需先处理。`,
  severity: { error: "错误", warning: "警告", info: "提示" },
  checked: (file, c) =>
    c.error + c.warning + c.info === 0
      ? `${file}：未发现问题`
      : `${file}：${c.error} 个错误，${c.warning} 个警告${c.info > 0 ? `，${c.info} 个提示` : ""}`,
};

/** The strings of a language. */
export function cliStrings(lang: Lang): CliStrings {
  return lang === "zh" ? zh : en;
}
