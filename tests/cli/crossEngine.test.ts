/**
 * The cross-engine check (DESIGN.md §6). A workbook built by the CLI itself — `init --demo`, two
 * deliveries, a return, one customer's statement and a month's statements with 应收汇总, each step
 * writing the next file — is recalculated by LibreOffice (one conversion, to .xlsx so results keep
 * their full precision) and by memory-excel's engine (HyperFormula).
 *
 * Every formula cell of the final file, found by walking every sheet (so a new formula column or
 * document is covered without touching this test), must come out the same in both engines. The
 * figures the formulas stand for must also equal core's: 核价's and 订单's computed columns on every
 * row, each note's lines and totals as the CLI reported them, each statement's and the summary's
 * formula cells as core's statement and summary (laid out by core's own plans) give them.
 * Money to the fen, rates to 1e-9, text exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellAddress, parseRectAddress } from "../../src/core/address";
import { dateToSerial, isoToSerial, localDateSerial, serialToDate, serialToIso } from "../../src/core/dates";
import { fenToNumber, type Fen } from "../../src/core/money";
import { noteCandidates, type NoteCandidateCustomer } from "../../src/core/notes/candidates";
import { companyOf } from "../../src/core/notes/prepare";
import { computeCosting, computeOrderTracking } from "../../src/core/orders/tracking";
import type { CellConstant, PlanStep } from "../../src/core/plan";
import { receivablesSummary, type CurrencyTotals } from "../../src/core/statements/aging";
import { computeStatement } from "../../src/core/statements/compute";
import { statementSheetPlan } from "../../src/core/statements/layout";
import type { Statement, StatementDetail } from "../../src/core/statements/statement";
import { MONEY_KEYS, summarySheetPlan } from "../../src/core/statements/summaryLayout";
import { CONTRACT_TABLES, COSTING_TABLE, ORDERS_TABLE, PRODUCTS_TABLE } from "../../src/core/workbook/schema";
import type { TableData, WorkbookData } from "../../src/core/workbook/tableData";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook } from "../../src/memory-excel";
import { HyperFormulaEngine } from "../../src/memory-excel/hyperformula/hyperFormulaEngine";
import {
  cellValue,
  getCell,
  isErrorValue,
  type ComputedValue,
  type SheetModel,
  type WorkbookModel,
} from "../../src/memory-excel/model";
import { readXlsx } from "../../src/memory-excel/xlsx";
import { libreOfficeRecalculated, libreOfficeRuns } from "../support/libreOffice";
import { gendan, scratchFolder } from "./helpers";

/** The CLI's --json answers this test reads. */
interface NoteJson {
  note: {
    kind: "delivery" | "return";
    number: string;
    sheet: string;
    customer: string;
    lines: { orderNo: string; lineNo: number; quantity: number; amount: string; boxes: number | null }[];
    totals: { quantity: number; boxes: number | null; amount: string };
  };
}
type StatementFigures = Record<
  | "customer"
  | "currency"
  | "opening"
  | "deliveries"
  | "returns"
  | "payments"
  | "closing"
  | "sheet"
  | "from"
  | "to",
  string
>;
interface StatementJson {
  statement: StatementFigures;
}
interface StatementsJson {
  statements: StatementFigures[];
  summary: string;
}

/** A statement the CLI made, and how it was asked for. */
interface Issued {
  figures: StatementFigures;
  detail: StatementDetail;
}

/** The workbook the CLI built, as each engine computed it, and what the CLI said on the way. */
interface Built {
  /** The serial date TODAY() stood for when LibreOffice recalculated (and so for HyperFormula). */
  formulaDay: number;
  /** GENDAN_TODAY: the day the CLI worked on. */
  today: number;
  /** The CLI's final file as read back (formulas, no results). */
  file: WorkbookModel;
  /** The same, with every formula computed by HyperFormula. */
  memory: WorkbookModel;
  /** LibreOffice's recalculation of it, read back. */
  libre: WorkbookModel;
  /** The final file's tables (constants as typed), for core. */
  data: WorkbookData;
  notes: NoteJson["note"][];
  statements: Issued[];
  summary: { sheet: string; from: number; to: number; links: Map<string, string> };
}

const LANG = "zh";
const ENV_LANG = "zh_CN.UTF-8";

/** Money as core keeps it: `value` must be `fen` to the fen (float noise aside). */
function sameMoney(value: ComputedValue, fen: Fen): boolean {
  return typeof value === "number" && Math.abs(value * 100 - fen) < 1e-6;
}

/** Two computed results alike: numbers within 1e-9 (relative beyond 1), text and booleans exactly. */
function sameResult(a: ComputedValue, b: ComputedValue): boolean {
  const x = normalised(a);
  const y = normalised(b);
  if (typeof x === "number" && typeof y === "number") {
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  }
  return x === y;
}

/** A formula showing nothing is "" whichever way the engine or the file says it. */
function normalised(value: ComputedValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (isErrorValue(value)) return `error ${value.error}`;
  return value;
}

function shown(value: ComputedValue | undefined): string {
  return JSON.stringify(normalised(value));
}

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every formula cell of a sheet, as [row, col, formula]. */
function formulaCells(sheet: SheetModel): [number, number, string][] {
  const cells: [number, number, string][] = [];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.formula !== undefined) cells.push([r, c, cell.formula]);
    }),
  );
  return cells;
}

/** What a cell shows in an engine's reading of the workbook. */
function valueAt(model: WorkbookModel, sheet: string, row: number, col: number): ComputedValue {
  return cellValue(getCell(sheetOf(model, sheet), row, col));
}

async function tablesOf(model: WorkbookModel): Promise<WorkbookData> {
  const book = new MemoryWorkbook({ model });
  return (
    await book.run((context) =>
      readTables(
        context,
        CONTRACT_TABLES.map((t) => t.table),
      ),
    )
  ).data;
}

/**
 * A table of `model` at the place the CLI's file has it, with the values one engine shows. Read by
 * position, so it does not depend on LibreOffice writing the table's definition back as it was.
 */
function tableAsComputed(model: WorkbookModel, data: TableData): TableData {
  const sheet = sheetOf(model, data.sheet);
  const rows = data.rows.map((_, i) =>
    data.headers.map((_, c) => {
      const value = cellValue(getCell(sheet, data.row + 1 + i, data.col + c));
      return isErrorValue(value) ? `error ${value.error}` : value;
    }),
  );
  return { ...data, rows };
}

/** The body columns of a table that hold formulas in the file, with the rows that do. */
function formulaColumns(file: WorkbookModel, data: TableData): Map<string, number[]> {
  const sheet = sheetOf(file, data.sheet);
  const columns = new Map<string, number[]>();
  data.headers.forEach((header, c) => {
    const rows = data.rows
      .map((_, i) => i)
      .filter((i) => getCell(sheet, data.row + 1 + i, data.col + c)?.formula !== undefined);
    if (rows.length > 0) columns.set(header, rows);
  });
  return columns;
}

/** The first day of the month `monthsAhead` months from the month of `serial`. */
function firstOfMonth(serial: number, monthsAhead: number): number {
  const { year, month } = serialToDate(serial)!;
  const index = month - 1 + monthsAhead;
  return dateToSerial(year + Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1);
}

/** Runs the CLI with --json, failing with what it said unless it succeeded. */
async function cli<T>(dir: string, today: number, args: string[]): Promise<T> {
  const run = await gendan([...args, "--json"], dir, { LANG: ENV_LANG, GENDAN_TODAY: serialToIso(today) });
  if (run.code !== 0) throw new Error(`gendan ${args.join(" ")} → ${run.code}\n${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** `订单号:行号=数量,...` for the first `count` lines of a customer, `share` of what is left of each. */
function linesOption(customer: NoteCandidateCustomer, count: number, share: number): string {
  return customer.lines
    .filter((l) => l.unshipped >= 2)
    .slice(0, count)
    .map((l) => `${l.orderNo}:${l.lineNo}=${Math.max(1, Math.floor(l.unshipped * share))}`)
    .join(",");
}

/**
 * LibreOffice's recalculation of `file`, read back, and the day its TODAY() stood for; converted
 * again in the unlikely case that the run straddled midnight.
 */
async function recalculateInLibreOffice(file: Buffer): Promise<{ libre: WorkbookModel; day: number }> {
  for (;;) {
    const day = localDateSerial(new Date());
    const converted = libreOfficeRecalculated(file, { alwaysRecalculate: true });
    if (localDateSerial(new Date()) === day) return { libre: await readXlsx(converted), day };
  }
}

async function build(dir: string): Promise<Built> {
  const today = localDateSerial(new Date());
  await cli(dir, today, ["init", "demo.xlsx", "--demo"]);

  // Lines to deliver, found on the demo's own data: two customers with open lines, neither 款到发货
  // (whose deliveries wait for payment), one in CNY and one in another currency.
  const demo = await tablesOf(await readXlsx(readFileSync(join(dir, "demo.xlsx"))));
  const open = noteCandidates(demo, "delivery", today).customers.filter(
    (c) => c.terms !== "款到发货" && c.lines.filter((l) => l.unshipped >= 2).length >= 2,
  );
  const cny = open.find((c) => c.currency === "CNY");
  const foreign = open.find((c) => c.currency !== "CNY" && c.currency !== "");
  if (!cny || !foreign) throw new Error("the demo has no open lines for a CNY and a foreign customer");

  const first = await cli<NoteJson>(dir, today, [
    "deliver",
    "demo.xlsx",
    "-o",
    "d1.xlsx",
    "--lines",
    linesOption(cny, 2, 0.5),
  ]);
  const second = await cli<NoteJson>(dir, today, [
    "deliver",
    "d1.xlsx",
    "-o",
    "d2.xlsx",
    "--lines",
    linesOption(foreign, 2, 1),
  ]);
  const returned = first.note.lines[0]!;
  const back = await cli<NoteJson>(dir, today, [
    "return",
    "d2.xlsx",
    "-o",
    "r1.xlsx",
    "--lines",
    `${returned.orderNo}:${returned.lineNo}=${Math.max(1, Math.floor(returned.quantity / 3))}`,
  ]);

  // One customer over last month and this one, item by item; then every customer for this month.
  const single = await cli<StatementJson>(dir, today, [
    "statement",
    "r1.xlsx",
    "-o",
    "s1.xlsx",
    "--customer",
    cny.name,
    "--from",
    serialToIso(firstOfMonth(today, -1)),
    "--to",
    serialToIso(firstOfMonth(today, 1) - 1),
    "--detail",
    "lines",
  ]);
  const month = { from: firstOfMonth(today, 0), to: firstOfMonth(today, 1) - 1 };
  const all = await cli<StatementsJson>(dir, today, [
    "statement",
    "s1.xlsx",
    "-o",
    "final.xlsx",
    "--all",
    "--from",
    serialToIso(month.from),
    "--to",
    serialToIso(month.to),
  ]);

  const final = readFileSync(join(dir, "final.xlsx"));
  const { libre, day } = await recalculateInLibreOffice(final);
  const memory = await readXlsx(final);
  // Noon of LibreOffice's day: what TODAY() was there.
  const noon = serialToDate(day)!;
  new HyperFormulaEngine().recalculate(memory, new Date(noon.year, noon.month - 1, noon.day, 12));
  const file = await readXlsx(final);
  return {
    formulaDay: day,
    today,
    file,
    memory,
    libre,
    data: await tablesOf(file),
    notes: [first.note, second.note, back.note],
    statements: [
      { figures: single.statement, detail: "lines" },
      ...all.statements.map((figures) => ({ figures, detail: "notes" as const })),
    ],
    summary: {
      sheet: all.summary,
      ...month,
      links: new Map(all.statements.map((s) => [s.customer, s.sheet])),
    },
  };
}

const describeWithLibreOffice = libreOfficeRuns ? describe : describe.skip;

describeWithLibreOffice("a workbook the CLI built, recalculated by LibreOffice and by memory-excel", () => {
  let built: Built;
  let cleanUp = () => {};
  beforeAll(async () => {
    const scratch = scratchFolder();
    cleanUp = scratch.cleanUp;
    built = await build(scratch.dir);
  }, 600_000);
  afterAll(() => cleanUp());

  test("every formula cell of every sheet: LibreOffice's result is memory-excel's", () => {
    const differences: string[] = [];
    for (const sheet of built.file.sheets) {
      for (const [row, col, formula] of formulaCells(sheet)) {
        const where = `${sheet.name}!${cellAddress(row, col)}`;
        const mine = valueAt(built.memory, sheet.name, row, col);
        const theirs = valueAt(built.libre, sheet.name, row, col);
        if (getCell(sheetOf(built.libre, sheet.name), row, col)?.formula === undefined) {
          differences.push(`${where} ${formula}: LibreOffice kept no formula (shows ${shown(theirs)})`);
        } else if (isErrorValue(mine) || isErrorValue(theirs) || !sameResult(mine, theirs)) {
          differences.push(`${where} ${formula}: memory-excel ${shown(mine)}, LibreOffice ${shown(theirs)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  test("no formula cell escapes the comparison with core: each is in a table's body or on a statement or summary", () => {
    // Statements and the summary are compared cell for cell with core's plan of them (below).
    const documents = new Set([...built.statements.map((s) => s.figures.sheet), built.summary.sheet]);
    const tables = CONTRACT_TABLES.map((spec) => built.data[spec.table]!);
    const inBody = (sheet: string, row: number, col: number) =>
      tables.some(
        (t) =>
          t.sheet === sheet &&
          row > t.row &&
          row <= t.row + t.rows.length &&
          col >= t.col &&
          col < t.col + t.headers.length,
      );
    const loose: string[] = [];
    let formulas = 0;
    for (const sheet of built.file.sheets) {
      for (const [row, col, formula] of formulaCells(sheet)) {
        formulas += 1;
        if (!documents.has(sheet.name) && !inBody(sheet.name, row, col)) {
          loose.push(`${sheet.name}!${cellAddress(row, col)} ${formula}`);
        }
      }
    }
    expect(formulas).toBeGreaterThan(500);
    expect(loose).toEqual([]);
  });

  test("LibreOffice reads back every constant the CLI wrote, on every sheet, as written", () => {
    const differences: string[] = [];
    let constants = 0;
    for (const sheet of built.file.sheets) {
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.value === undefined) return;
          constants += 1;
          const theirs = getCell(sheetOf(built.libre, sheet.name), r, c);
          if (theirs?.formula !== undefined || !sameResult(cell.value, theirs?.value ?? null)) {
            differences.push(
              `${sheet.name}!${cellAddress(r, c)}: ${shown(cell.value)}, LibreOffice ${shown(cellValue(theirs))}`,
            );
          }
        }),
      );
    }
    expect(constants).toBeGreaterThan(1000);
    expect(differences).toEqual([]);
  });

  test("核价 and 订单 (and any table with formulas): every formula column, on every row, is core's figure in both engines", () => {
    const known = coreColumns(built.data, built.formulaDay);
    const problems: string[] = [];
    const covered: string[] = [];
    for (const spec of CONTRACT_TABLES) {
      const table = built.data[spec.table]!;
      const columns = formulaColumns(built.file, table);
      for (const [header, rows] of columns) {
        covered.push(`${spec.sheet} ${header}`);
        const expected = known[spec.table]?.[header];
        if (!expected) {
          problems.push(
            `${spec.sheet} ${header}: a formula column with no core figure here; add it to coreColumns`,
          );
          continue;
        }
        for (const [engine, model] of [
          ["memory-excel", built.memory],
          ["LibreOffice", built.libre],
        ] as const) {
          const computed = tableAsComputed(model, table);
          const col = table.headers.indexOf(header);
          for (const row of rows) {
            const want = expected(row);
            const got = computed.rows[row]![col] ?? null;
            if (!matches(want, got)) {
              const where = `${spec.sheet}!${cellAddress(table.row + 1 + row, table.col + col)}`;
              problems.push(`${where} ${header}: ${engine} ${shown(got)}, core ${expectedText(want)}`);
            }
          }
        }
      }
    }
    expect(covered).toEqual(
      expect.arrayContaining(["核价 利润", "核价 销售利润率", "订单 金额", "订单 交期状态"]),
    );
    expect(problems).toEqual([]);
  });

  test("each note's lines and totals are the figures the CLI reported, in both engines", () => {
    expect(built.notes.map((n) => n.kind)).toEqual(["delivery", "delivery", "return"]);
    for (const note of built.notes) {
      for (const model of [built.memory, built.libre]) {
        const printed = noteFigures(model, note.sheet);
        expect([note.sheet, printed.lines]).toEqual([
          note.sheet,
          note.lines.map((l) => ({ quantity: l.quantity, amount: fenOf(l.amount), boxes: l.boxes ?? "" })),
        ]);
        expect([note.sheet, printed.totals]).toEqual([
          note.sheet,
          {
            quantity: note.totals.quantity,
            amount: fenOf(note.totals.amount),
            boxes: note.totals.boxes ?? "",
          },
        ]);
      }
    }
  });

  test("every formula cell of each statement is core's figure for it, and the CLI reported the same", () => {
    expect(built.statements.length).toBeGreaterThan(3);
    for (const { figures, detail } of built.statements) {
      const decided = computeStatement(built.data, {
        customer: figures.customer,
        from: isoToSerial(figures.from)!,
        to: isoToSerial(figures.to)!,
        detail,
        lang: LANG,
      });
      expect(decided.problems).toEqual([]);
      const statement = decided.statement!;
      expect(figures).toMatchObject(reported(statement));

      const plan = statementSheetPlan(statement, figures.sheet, companyOf(built.data));
      const cells = planFormulaCells(plan.steps);
      const balances = statement.entries.map((e) => e.balance);
      const { opening, deliveries, returns, payments, closing } = statement;
      // In the plan's order: each entry's 余额, the 本期合计 row (送货, 退货, 收款, 余额), the summary.
      const expected = [
        ...balances,
        deliveries,
        returns,
        payments,
        closing,
        opening,
        deliveries,
        returns,
        payments,
        closing,
      ];
      expectFormulaCells(figures.sheet, cells, expected);
    }
  });

  test("every formula cell of 应收汇总 is core's figure for it: closings, links, totals per currency", () => {
    const { sheet, from, to, links } = built.summary;
    const made = receivablesSummary(built.data, from, to, built.today, LANG);
    const summary = made.summary!;
    expect(summary.customers.map((c) => c.customer)).toEqual([...links.keys()]);
    for (const row of summary.customers) {
      const statement = built.statements.find((s) => s.figures.sheet === links.get(row.customer))!;
      expect(statement.figures.closing).toBe(fenToNumber(row.closing).toFixed(2));
    }

    const plan = summarySheetPlan(summary, sheet, companyOf(built.data), LANG, links);
    const cells = planFormulaCells(plan.steps);
    const firstMoneyCol = Math.min(...cells.filter((c) => c.row >= plan.totalsStart - 1).map((c) => c.col));
    const expected = cells.map((cell): Fen | string => {
      const customer = plan.customers[cell.row - (plan.rowsStart - 1)];
      if (cell.row < plan.totalsStart - 1 && customer) {
        return cell.formula.startsWith("=HYPERLINK(") ? links.get(customer.customer)! : customer.closing;
      }
      const total = summary.totals[cell.row - (plan.totalsStart - 1)]!;
      return totalFigure(total, SUMMARY_MONEY[cell.col - firstMoneyCol]!);
    });
    expectFormulaCells(sheet, cells, expected);
  });

  /**
   * The file holds exactly the plan's formulas (so nothing escapes the comparison), and both
   * engines show `expected[i]` in the i-th: money to the fen, text exactly.
   */
  function expectFormulaCells(sheet: string, cells: PlanCell[], expected: (Fen | string)[]): void {
    expect([sheet, cells.length]).toEqual([sheet, expected.length]);
    const inFile = formulaCells(sheetOf(built.file, sheet)).map(([row, col, formula]) => [
      cellAddress(row, col),
      formula,
    ]);
    expect(inFile.sort()).toEqual(cells.map((c) => [cellAddress(c.row, c.col), c.formula]).sort());
    const problems: string[] = [];
    cells.forEach((cell, i) => {
      const want = expected[i]!;
      for (const [engine, model] of [
        ["memory-excel", built.memory],
        ["LibreOffice", built.libre],
      ] as const) {
        const got = valueAt(model, sheet, cell.row, cell.col);
        const ok = typeof want === "string" ? got === want : sameMoney(got, want);
        if (!ok) {
          const core = typeof want === "string" ? JSON.stringify(want) : fenToNumber(want).toFixed(2);
          problems.push(
            `${sheet}!${cellAddress(cell.row, cell.col)} ${cell.formula}: ${engine} ${shown(got)}, core ${core}`,
          );
        }
      }
    });
    expect(problems).toEqual([]);
  }
});

/** What core says a cell should show: money in fen, a ratio, or a constant (text, count, blank). */
type Expected = { fen: Fen } | { rate: number } | CellConstant;

function matches(want: Expected, got: CellConstant): boolean {
  if (want !== null && typeof want === "object") {
    if ("fen" in want) return sameMoney(got, want.fen);
    return typeof got === "number" && Math.abs(got - want.rate) <= 1e-9;
  }
  return sameResult(want ?? "", got);
}

function expectedText(want: Expected): string {
  if (want !== null && typeof want === "object") {
    return "fen" in want ? fenToNumber(want.fen).toFixed(2) : String(want.rate);
  }
  return JSON.stringify(want ?? "");
}

const money = (fen: Fen | null): Expected => (fen === null ? "" : { fen });

/**
 * Core's figure for each row of each computed column it has one for, by table and header: the
 * tracking and costing rules (core/orders/tracking.ts), and 产品's 品名/规格/单位 for the lookups.
 */
function coreColumns(
  data: WorkbookData,
  today: number,
): Record<string, Record<string, (row: number) => Expected>> {
  const orders = data[ORDERS_TABLE.table]!;
  const tracking = computeOrderTracking(data, today);
  const costing = computeCosting(data);
  const orderNo = (row: number) => orders.rows[row]![orders.headers.indexOf("订单号")];
  const noOrder = (row: number) => orderNo(row) === null || orderNo(row) === "";
  return {
    [COSTING_TABLE.table]: {
      品名: productLookup(data, COSTING_TABLE.table, "品名"),
      利润: (row) => money(costing[row]!.profit),
      销售利润率: (row) => {
        const margin = costing[row]!.margin;
        return margin === null ? "" : { rate: margin };
      },
    },
    [ORDERS_TABLE.table]: {
      品名: productLookup(data, ORDERS_TABLE.table, "品名"),
      规格: productLookup(data, ORDERS_TABLE.table, "规格"),
      单位: productLookup(data, ORDERS_TABLE.table, "单位"),
      金额: (row) => money(tracking[row]!.amount),
      收款状态: (row) => tracking[row]!.paymentStatus,
      已发数量: (row) => tracking[row]!.shipped,
      未发数量: (row) => tracking[row]!.unshipped ?? "",
      交期状态: (row) => tracking[row]!.dueStatus,
      延期天数: (row) => tracking[row]!.daysLate ?? "",
      订单总额: (row) => (noOrder(row) ? "" : money(tracking[row]!.orderTotal)),
      订单已收: (row) => (noOrder(row) ? "" : money(tracking[row]!.paid)),
      订单首行: (row) => tracking[row]!.firstLine ?? "",
      首行总额: (row) => (tracking[row]!.holdsOrderFigures ? money(tracking[row]!.orderTotal) : ""),
      首行已收: (row) => (tracking[row]!.holdsOrderFigures ? money(tracking[row]!.paid) : ""),
    },
  };
}

/** 产品's `header` for the row's 货号 as text (the lookup's `&""`), "" when blank or unknown. */
function productLookup(data: WorkbookData, table: string, header: string): (row: number) => Expected {
  const products = data[PRODUCTS_TABLE.table]!;
  const t = data[table]!;
  return (row) => {
    const code = t.rows[row]![t.headers.indexOf("货号")];
    if (code === null || code === "") return "";
    const found = products.rows.find((p) => p[products.headers.indexOf("货号")] === code);
    const value = found?.[products.headers.indexOf(header)];
    return value === null || value === undefined ? "" : String(value);
  };
}

/** 应收汇总's money columns in printed order, 上期结欠 to 逾期金额. */
const SUMMARY_MONEY = MONEY_KEYS;

function totalFigure(total: CurrencyTotals, key: (typeof SUMMARY_MONEY)[number]): Fen {
  if (key in total.aging) return total.aging[key as keyof CurrencyTotals["aging"]];
  return total[key as Exclude<(typeof SUMMARY_MONEY)[number], keyof CurrencyTotals["aging"]>];
}

/** The figures the CLI reports for a statement, as core's statement gives them. */
function reported(statement: Statement): Partial<StatementFigures> {
  const yuan = (fen: Fen) => fenToNumber(fen).toFixed(2);
  return {
    customer: statement.customer.name,
    currency: statement.customer.currency,
    opening: yuan(statement.opening),
    deliveries: yuan(statement.deliveries),
    returns: yuan(statement.returns),
    payments: yuan(statement.payments),
    closing: yuan(statement.closing),
  };
}

interface PlanCell {
  row: number;
  col: number;
  formula: string;
}

/** The formula cells a plan writes, step by step, row by row. */
function planFormulaCells(steps: readonly PlanStep[]): PlanCell[] {
  const cells: PlanCell[] = [];
  for (const step of steps) {
    if (step.kind !== "formulas") continue;
    const rect = parseRectAddress(step.address)!;
    step.formulas.forEach((line, r) =>
      line.forEach((formula, c) => cells.push({ row: rect.row + r, col: rect.col + c, formula })),
    );
  }
  return cells;
}

function fenOf(text: string): Fen {
  return Math.round(Number(text) * 100) as Fen;
}

/**
 * A note sheet's printed lines and totals, as an engine shows them: 数量, 金额 (in fen) and 箱数
 * by the table header's labels, the lines right under it and the totals row after them.
 */
function noteFigures(
  model: WorkbookModel,
  sheetName: string,
): {
  lines: { quantity: CellConstant; amount: CellConstant; boxes: CellConstant }[];
  totals: { quantity: CellConstant; amount: CellConstant; boxes: CellConstant };
} {
  const sheet = sheetOf(model, sheetName);
  const header = sheet.cells.findIndex((row) => row?.[0]?.value === "序号");
  const labels = (sheet.cells[header] ?? []).map((cell) => cell?.value);
  const at = (row: number, label: string) => {
    const value = cellValue(getCell(sheet, row, labels.indexOf(label)));
    if (label === "金额" && typeof value === "number") return Math.round(value * 100);
    return isErrorValue(value) ? `error ${value.error}` : (value ?? "");
  };
  const figures = (row: number) => ({
    quantity: at(row, "数量"),
    amount: at(row, "金额"),
    boxes: at(row, "箱数"),
  });
  const lines = [];
  let row = header + 1;
  for (; typeof cellValue(getCell(sheet, row, 0)) === "number"; row++) lines.push(figures(row));
  return { lines, totals: figures(row) };
}
