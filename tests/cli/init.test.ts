/**
 * `gendan init` on real files in a scratch folder: creates, refuses, upgrades into a copy or in
 * place, and leaves every input it cannot use exactly as it was.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import {
  emptyWorkbook,
  ensureCell,
  getCell,
  newSheet,
  type WorkbookModel,
} from "../../src/memory-excel/model";
import { readXlsx, writeXlsx } from "../../src/memory-excel/xlsx";
import { CONTRACT_TABLES } from "../../src/core/workbook/schema";
import { gendan, linesOf, listing, scratchFolder, sha256 } from "./helpers";

/** The sheets setup makes, in tab order. */
const CONTRACT_SHEETS = CONTRACT_TABLES.map((t) => t.sheet);

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

/** A user's workbook: one sheet of their own with a few values, and optionally a sheet named 参数. */
function usersBook(options: { settingsSheetOfTheirOwn?: boolean } = {}): WorkbookModel {
  const book = emptyWorkbook();
  const sheet = newSheet(String(book.nextId++), "我的订单");
  book.sheets.push(sheet);
  ["订单号", "数量", "+86 138 0000 0000"].forEach((value, col) => {
    ensureCell(sheet, 0, col).value = value;
  });
  ensureCell(sheet, 1, 0).value = "PO-001";
  ensureCell(sheet, 1, 1).value = 120;
  if (options.settingsSheetOfTheirOwn) {
    const own = newSheet(String(book.nextId++), "参数");
    ensureCell(own, 0, 0).value = "my notes";
    book.sheets.push(own);
  }
  return book;
}

async function saveBook(name: string, book: WorkbookModel): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await writeXlsx(book));
  return path;
}

async function open(path: string): Promise<WorkbookModel> {
  return readXlsx(readFileSync(path));
}

function sheetNames(book: WorkbookModel): string[] {
  return book.sheets.map((s) => s.name);
}

describe("init of a new workbook", () => {
  test("creates it with every contract sheet and table, and says so in one line", async () => {
    const run = await gendan(["init", "book.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(linesOf(run.stdout)).toHaveLength(1);
    expect(run.stdout).toMatch(
      /^Wrote book\.xlsx \(sheets: 参数, 客户, 产品, 核价, 订单, 发货, 收款; tables: Settings, Customers, Products, Costing, Orders, Shipments, Payments; rows: \d+; names: \d+\)\n$/,
    );
    expect(listing(dir)).toEqual(["book.xlsx"]);

    const book = await open(join(dir, "book.xlsx"));
    expect(sheetNames(book)).toEqual(CONTRACT_SHEETS);
    const settings = book.tables.find((t) => t.name === "Settings");
    expect(settings?.columns.map((c) => c.name)).toEqual(["项目", "值", "说明"]);
    expect(book.names.map((n) => n.name)).toEqual(expect.arrayContaining(["FX_USD", "NET_FACTOR"]));
  });

  test("--json prints one JSON object", async () => {
    const run = await gendan(["init", "book.xlsx", "--json"], dir);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toHaveLength(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      ok: true,
      command: "init",
      file: "book.xlsx",
      written: true,
      problems: [],
    });
    expect(result.done).toMatchObject({
      code: "setup-done",
      params: {
        sheets: "参数, 客户, 产品, 核价, 订单, 发货, 收款",
        tables: "Settings, Customers, Products, Costing, Orders, Shipments, Payments",
      },
    });
  });

  test("speaks Chinese under --lang zh or a Chinese LANG", async () => {
    const flagged = await gendan(["init", "a.xlsx", "--lang", "zh"], dir);
    expect(flagged.stdout).toMatch(/^已写入 a\.xlsx（工作表：参数, 客户, 产品, 核价, 订单, 发货, 收款；/);
    const fromEnv = await gendan(["init", "b.xlsx"], dir, { LANG: "zh_CN.UTF-8" });
    expect(fromEnv.stdout).toMatch(/^已写入 b\.xlsx/);
  });

  test("takes relative paths from the working folder", async () => {
    mkdirSync(join(dir, "team"));
    const run = await gendan(["init", "team/book.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(listing(join(dir, "team"))).toEqual(["book.xlsx"]);
  });

  test("refuses a name that does not end in .xlsx", async () => {
    const run = await gendan(["init", "book.xls"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gendan: book.xls: a new workbook's name must end in .xlsx\n");
    expect(listing(dir)).toEqual([]);
  });

  test("a missing folder is one clear line, and nothing is left behind", async () => {
    const run = await gendan(["init", "nowhere/book.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gendan: nowhere/book.xlsx: cannot be written (the folder does not exist)\n");
    expect(listing(dir)).toEqual([]);
  });
});

describe("init of an existing workbook", () => {
  test("refuses without -o or --in-place and leaves the file byte for byte", async () => {
    await gendan(["init", "book.xlsx"], dir);
    const path = join(dir, "book.xlsx");
    const before = sha256(path);
    const run = await gendan(["init", "book.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "gendan: book.xlsx: exists; use -o out.xlsx to write an upgraded copy or --in-place to upgrade it\n",
    );
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["book.xlsx"]);
  });

  test("-o writes an upgraded copy that keeps the user's sheet, and leaves the input alone", async () => {
    const input = await saveBook("mine.xlsx", usersBook());
    const before = sha256(input);
    const run = await gendan(["init", "mine.xlsx", "-o", "upgraded.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote upgraded\.xlsx \(sheets: 参数, 客户, 产品, 核价, 订单, 发货, 收款; tables: Settings, Customers,/,
    );
    expect(sha256(input)).toBe(before);
    expect(listing(dir)).toEqual(["mine.xlsx", "upgraded.xlsx"]);

    const copy = await open(join(dir, "upgraded.xlsx"));
    expect(sheetNames(copy)).toEqual(["我的订单", ...CONTRACT_SHEETS]);
    const mine = copy.sheets[0]!;
    expect(getCell(mine, 1, 0)?.value).toBe("PO-001");
    expect(getCell(mine, 1, 1)?.value).toBe(120);
    expect(getCell(mine, 0, 2)?.value).toBe("+86 138 0000 0000"); // text stays text
    expect(copy.tables.map((t) => t.name)).toEqual([
      "Settings",
      "Customers",
      "Products",
      "Costing",
      "Orders",
      "Shipments",
      "Payments",
    ]);
  });

  test("-o of an up-to-date workbook writes the copy and says nothing needed adding", async () => {
    await gendan(["init", "book.xlsx"], dir);
    const run = await gendan(["init", "book.xlsx", "-o", "copy.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("Wrote copy.xlsx (the workbook was already up to date)\n");
    expect(sheetNames(await open(join(dir, "copy.xlsx")))).toEqual(CONTRACT_SHEETS);
  });

  test("-o never overwrites an existing file, the input included", async () => {
    const input = await saveBook("mine.xlsx", usersBook());
    writeFileSync(join(dir, "taken.xlsx"), "someone else's");
    const before = [sha256(input), sha256(join(dir, "taken.xlsx"))];

    const taken = await gendan(["init", "mine.xlsx", "-o", "taken.xlsx"], dir);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/^gendan: taken\.xlsx: exists; gendan does not overwrite it/);
    const itself = await gendan(["init", "mine.xlsx", "-o", "mine.xlsx"], dir);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toMatch(/^gendan: mine\.xlsx: exists; gendan does not overwrite it/);

    expect([sha256(input), sha256(join(dir, "taken.xlsx"))]).toEqual(before);
    expect(listing(dir)).toEqual(["mine.xlsx", "taken.xlsx"]);
  });

  test("--in-place upgrades the file itself; a second run writes nothing", async () => {
    const path = await saveBook("mine.xlsx", usersBook());
    const first = await gendan(["init", "mine.xlsx", "--in-place"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote mine\.xlsx \(sheets: 参数, 客户,/);
    expect(sheetNames(await open(path))).toEqual(["我的订单", ...CONTRACT_SHEETS]);
    expect(listing(dir)).toEqual(["mine.xlsx"]);

    const upgraded = sha256(path);
    const second = await gendan(["init", "mine.xlsx", "--in-place"], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe("mine.xlsx is already up to date; nothing written\n");
    expect(sha256(path)).toBe(upgraded);
  });

  test("--in-place refuses a workbook holding parts it cannot keep, naming them", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(usersBook()));
    zip.file("xl/media/image1.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    zip.file("xl/charts/chart1.xml", "<chartSpace/>");
    const path = join(dir, "pictures.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const before = sha256(path);

    const run = await gendan(["init", "pictures.xlsx", "--in-place"], dir);
    expect(run.code).toBe(2);
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^gendan: pictures\.xlsx: holds charts, images, which gendan cannot keep/);
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["pictures.xlsx"]);

    // A copy is allowed, with a note that it goes without them.
    const copy = await gendan(["init", "pictures.xlsx", "-o", "copy.xlsx"], dir);
    expect(copy.code).toBe(0);
    expect(copy.stderr).toBe("gendan: note: copy.xlsx will not hold charts, images of the original\n");
    expect(sha256(path)).toBe(before);
  });

  test("setup's refusal exits 1, lists the problem by sheet and writes nothing", async () => {
    const path = await saveBook("clash.xlsx", usersBook({ settingsSheetOfTheirOwn: true }));
    const before = sha256(path);

    const run = await gendan(["init", "clash.xlsx", "-o", "out.xlsx"], dir);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toMatch(/^参数(!\S+)? {2}Sheet "参数" already exists/);
    expect(lines[lines.length - 1]).toBe("Nothing written: clash.xlsx has 1 problem to fix first.");
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual(["clash.xlsx"]);

    const json = await gendan(["init", "clash.xlsx", "--in-place", "--json"], dir);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as { ok: boolean; problems: Record<string, unknown>[] };
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        severity: "error",
        code: "sheet-not-ours",
        sheet: "参数",
        cell: expect.any(String),
        message: expect.stringContaining("参数"),
      },
    ]);
    expect(sha256(path)).toBe(before);
  });
});

describe("inputs that are not usable workbooks", () => {
  // Each kind of unusable file under every command: tests/cli/badFiles.test.ts.

  test("a missing input with -o or --in-place is one line, and nothing is created", async () => {
    for (const mode of [["-o", "out.xlsx"], ["--in-place"]]) {
      const run = await gendan(["init", "absent.xlsx", ...mode], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe("gendan: absent.xlsx: no such file\n");
    }
    expect(listing(dir)).toEqual([]);
  });

  test("a folder is not a workbook", async () => {
    const run = await gendan(["init", ".", "--in-place"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gendan: .: is a folder, not a workbook file\n");
  });

  test("--json also gets one object saying what is wrong", async () => {
    writeFileSync(join(dir, "input.xlsx"), "not a workbook");
    const run = await gendan(["init", "input.xlsx", "--in-place", "--json"], dir);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, written: false, error: { code: "not-zip" } });
  });

  test("reasons are said in Chinese under --lang zh", async () => {
    writeFileSync(join(dir, "input.xlsx"), "");
    const run = await gendan(["init", "input.xlsx", "--in-place", "--lang", "zh"], dir);
    expect(run.stderr).toBe("gendan: input.xlsx: 文件是空的（0 字节）\n");
  });
});
