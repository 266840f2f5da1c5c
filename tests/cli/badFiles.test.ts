/**
 * Files that are not usable tracking workbooks, given to every command that opens one: each run
 * exits 2 (the file cannot be read) or 1 (its data stops the command), says why — one line on
 * stderr for an unreadable file; the problems and one summary line on stdout for a refusal —
 * leaves the input byte for byte as it was, and leaves nothing else in the folder: no output file
 * and no temporary file, whether the result was to go to `-o out.xlsx` or back `--in-place`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { emptyWorkbook, ensureCell, newSheet } from "../../src/memory-excel/model";
import { readXlsx, writeXlsx } from "../../src/memory-excel/xlsx";
import { gendan, linesOf, listing, scratchFolder, sha256 } from "./helpers";

const ENV = { LANG: "en_US.UTF-8", GENDAN_TODAY: "2026-11-23" };

/** An OLE compound file (Excel's container for encrypted .xlsx and for .xls) naming `streams`. */
function oleFile(...streams: string[]): Buffer {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([signature, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, "utf16le"))]);
}

/** A user's own workbook: a filled-in sheet named 订单 that holds no Orders table, and nothing else. */
async function ownOrdersSheet(): Promise<Buffer> {
  const book = emptyWorkbook();
  const sheet = newSheet(String(book.nextId++), "订单");
  book.sheets.push(sheet);
  const rows = [
    ["订单号", "行号", "客户", "数量"],
    ["PO-001", 1, "甲公司", 120],
    ["PO-001", 2, "甲公司", 80],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => (ensureCell(sheet, r, c).value = value)));
  return Buffer.from(await writeXlsx(book));
}

/** Half of a tracking workbook `gendan init` wrote, as a copy cut off mid-transfer leaves it. */
async function truncatedWorkbook(): Promise<Buffer> {
  const { dir, cleanUp } = scratchFolder();
  try {
    expect((await gendan(["init", "whole.xlsx"], dir, ENV)).code).toBe(0);
    const whole = readFileSync(join(dir, "whole.xlsx"));
    return whole.subarray(0, Math.floor(whole.length / 2));
  } finally {
    cleanUp();
  }
}

async function zipOfAnotherKind(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "<document/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

interface BadFile {
  /** What the file is, for the test's name. */
  what: string;
  /** Its name in the folder. */
  name: string;
  make: () => Buffer | Promise<Buffer>;
  /** 2: the file cannot be read; 1: it can, and its data stops the command. */
  exit: 1 | 2;
  /** The reason on stderr (exit 2), in English and in Chinese. */
  reason?: { en: string; zh: string };
}

const BAD_FILES: BadFile[] = [
  {
    what: "an empty file",
    name: "empty.xlsx",
    make: () => Buffer.alloc(0),
    exit: 2,
    reason: { en: "The file is empty (0 bytes).", zh: "文件是空的（0 字节）" },
  },
  {
    what: "a text file renamed .xlsx",
    name: "orders.xlsx",
    make: () => Buffer.from("订单号,客户,数量\nPO-001,甲公司,120\n"),
    exit: 2,
    reason: {
      en: "The file is not an .xlsx workbook (it is not a zip archive).",
      zh: "不是 .xlsx 工作簿（不是 zip 压缩包）",
    },
  },
  {
    what: "a zip that is not a workbook",
    name: "report.xlsx",
    make: zipOfAnotherKind,
    exit: 2,
    reason: {
      en: "The zip archive is not an Excel workbook (it has no xl/workbook.xml).",
      zh: "不是 .xlsx 格式的 Excel 工作簿（.xls 请先在 Excel 中另存为 .xlsx）",
    },
  },
  {
    what: "a truncated .xlsx",
    name: "cut.xlsx",
    make: truncatedWorkbook,
    exit: 2,
    reason: {
      en: "The .xlsx file is damaged or truncated (Corrupted zip: can't find end of central directory).",
      zh: "文件已损坏或不完整",
    },
  },
  {
    what: "a password-protected workbook",
    name: "locked.xlsx",
    make: () => oleFile("EncryptionInfo", "EncryptedPackage"),
    exit: 2,
    reason: {
      en: "The workbook is password-protected (encrypted); remove the password in Excel and try again.",
      zh: "工作簿设有打开密码（已加密）；请在 Excel 中取消密码后再试",
    },
  },
  {
    what: "an Excel 97-2003 .xls",
    name: "old.xls",
    make: () => oleFile("Workbook", "SummaryInformation", "DocumentSummaryInformation"),
    exit: 2,
    reason: {
      en: "The file is an Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.",
      zh: "不是 .xlsx 格式的 Excel 工作簿（.xls 请先在 Excel 中另存为 .xlsx）",
    },
  },
  { what: "a workbook whose 订单 is the user's own sheet", name: "own.xlsx", make: ownOrdersSheet, exit: 1 },
];

interface Command {
  name: string;
  args: (file: string) => string[];
  /** The last line of a refusal (exit 1) on stdout. */
  summary: RegExp;
  /** A word the refusal's problems must mention, when there is one to expect. */
  mentions?: string;
}

const NOTHING_WRITTEN = /^Nothing written: own\.xlsx has \d+ problems? to fix first\.$/;
const MONTH = ["--from", "2026-11-01", "--to", "2026-11-30"];

/** Every command that opens an existing workbook, with the options it needs besides the target. */
const COMMANDS: Command[] = [
  {
    name: "check",
    args: (f) => ["check", f],
    summary: /^own\.xlsx: \d+ errors?, \d+ warnings?$/,
    mentions: "订单",
  },
  {
    name: "check --repair",
    args: (f) => ["check", f, "--repair"],
    summary: /; no 发货 rows to restore, nothing written$/,
    mentions: "订单",
  },
  {
    name: "deliver",
    args: (f) => ["deliver", f, "--lines", "PO-001:1=10"],
    summary: NOTHING_WRITTEN,
    mentions: "订单",
  },
  {
    name: "return",
    args: (f) => ["return", f, "--lines", "PO-001:1=10"],
    summary: NOTHING_WRITTEN,
    mentions: "订单",
  },
  {
    name: "statement",
    args: (f) => ["statement", f, "--customer", "甲公司", ...MONTH],
    summary: NOTHING_WRITTEN,
  },
  { name: "statement --all", args: (f) => ["statement", f, "--all", ...MONTH], summary: NOTHING_WRITTEN },
  { name: "init (upgrade)", args: (f) => ["init", f], summary: NOTHING_WRITTEN, mentions: "订单" },
];

/** Where the result would go: a new file, or the input itself. `check` alone writes nowhere. */
const TARGETS: Record<string, string[]> = { "-o out.xlsx": ["-o", "out.xlsx"], "--in-place": ["--in-place"] };

const CASES = BAD_FILES.flatMap((file) =>
  COMMANDS.flatMap((command) =>
    (command.name === "check" ? ["(read only)"] : Object.keys(TARGETS)).map(
      (target) => [command.name, file.what, target, file, command] as const,
    ),
  ),
);

const bytes = new Map<string, Buffer>();
beforeAll(async () => {
  for (const file of BAD_FILES) bytes.set(file.name, await file.make());
});

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

/** Puts the file in the scratch folder; returns its hash. */
function place(file: BadFile): string {
  const path = join(dir, file.name);
  writeFileSync(path, bytes.get(file.name)!);
  return sha256(path);
}

test.each(CASES)("%s on %s, %s", async (_command, _what, target, file, command) => {
  const before = place(file);
  const run = await gendan([...command.args(file.name), ...(TARGETS[target] ?? [])], dir, ENV);

  expect(run.code).toBe(file.exit);
  if (file.exit === 2) {
    expect(run.stdout).toBe("");
    expect(linesOf(run.stderr)).toEqual([`gendan: ${file.name}: ${file.reason!.en}`]);
  } else {
    expect(run.stderr).toBe("");
    const lines = linesOf(run.stdout);
    expect(lines.at(-1)).toMatch(command.summary);
    // Every other line is a problem, where first: 订单!A1  …, or the sheet of a missing table.
    const problems = lines.slice(0, -1);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^[^\s!]+(![A-Z]+\d+)? {2}\S/);
    if (command.mentions) expect(problems.join("\n")).toContain(command.mentions);
  }
  expect(sha256(join(dir, file.name))).toBe(before);
  expect(listing(dir)).toEqual([file.name]);
});

describe("the same refusals in Chinese (--lang zh) and as JSON (--json)", () => {
  test.each(BAD_FILES.map((f) => [f.what, f] as const))("%s", async (_what, file) => {
    const before = place(file);
    const zh = await gendan(
      ["deliver", file.name, "--lines", "PO-001:1=10", "--in-place", "--lang", "zh"],
      dir,
      ENV,
    );
    expect(zh.code).toBe(file.exit);
    if (file.exit === 2) {
      expect(zh.stderr).toBe(`gendan: ${file.name}: ${file.reason!.zh}\n`);
    } else {
      const lines = linesOf(zh.stdout);
      expect(lines.at(-1)).toMatch(/^未写入任何内容：own\.xlsx 有 \d+ 个问题需先处理。$/);
      expect(lines[0]).toMatch(/^订单 {2}缺少 Orders 表格（工作表「订单」）/);
    }

    const json = await gendan(
      ["statement", file.name, "--all", ...MONTH, "-o", "out.xlsx", "--json"],
      dir,
      ENV,
    );
    expect(json.code).toBe(file.exit);
    expect(linesOf(json.stdout)).toHaveLength(1);
    const result = JSON.parse(json.stdout) as { ok: boolean; written: boolean; error?: { code: string } };
    expect(result).toMatchObject({ command: "statement", ok: false, written: false, file: file.name });
    if (file.exit === 2) expect(linesOf(json.stderr)).toHaveLength(1);
    else expect(json.stderr).toBe("");

    expect(sha256(join(dir, file.name))).toBe(before);
    expect(listing(dir)).toEqual([file.name]);
  });
});

describe("a tracking workbook whose 订单 became a plain range (its Orders table gone, as Excel's Convert to Range leaves it)", () => {
  async function convertedToRange(): Promise<string> {
    expect((await gendan(["init", "demo.xlsx", "--demo"], dir, ENV)).code).toBe(0);
    const path = join(dir, "demo.xlsx");
    const book = await readXlsx(readFileSync(path));
    const orders = book.tables.find((t) => t.name === "Orders")!;
    book.tables = book.tables.filter((t) => t !== orders);
    // The computed columns' formulas spoke of the table; what is left are the typed values.
    const sheet = book.sheets.find((s) => s.id === orders.sheetId)!;
    for (const row of sheet.cells) for (const cell of row ?? []) if (cell) delete cell.formula;
    writeFileSync(path, await writeXlsx(book));
    return path;
  }

  test.each([
    ["check", []],
    ["check --repair", ["--repair", "--in-place"]],
    ["deliver", ["--lines", "PO-001:1=10", "--in-place"]],
    ["return", ["--lines", "PO-001:1=10", "-o", "out.xlsx"]],
    ["init (upgrade)", ["--in-place"]],
  ])("%s refuses (exit 1), naming 订单, and changes nothing", async (command, options) => {
    const path = await convertedToRange();
    const before = sha256(path);
    const run = await gendan([command.split(" ")[0]!, "demo.xlsx", ...options], dir, ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(linesOf(run.stdout)[0]).toMatch(/^订单(!A1)? {2}\S/);
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["demo.xlsx"]);
  });

  test("statements still work: they read 客户, 发货 and 收款, not 订单", async () => {
    await convertedToRange();
    const run = await gendan(["statement", "demo.xlsx", "--all", ...MONTH, "-o", "out.xlsx"], dir, ENV);
    expect(run.code).toBe(0);
    expect(listing(dir)).toEqual(["demo.xlsx", "out.xlsx"]);
  });
});
