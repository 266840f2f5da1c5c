/**
 * Property: whatever the contract's tables hold — any value in any cell, columns dropped, renamed,
 * added or reordered, tables missing, moved or on a renamed sheet — the order check returns
 * problems and never throws, and every problem names a real place: a table missing from the data
 * by its sheet alone, anything else by a cell of its table (header or body) on that table's sheet,
 * in the column the problem is about when it names one the table has.
 */
import fc from "fast-check";
import { parseRectAddress } from "../../src/core/address";
import { checkWorkbook } from "../../src/core/check/checkWorkbook";
import { buildDemo } from "../../src/core/demo/demoData";
import { isoToSerial } from "../../src/core/dates";
import type { CellConstant } from "../../src/core/plan";
import type { Lang, Problem } from "../../src/core/problems";
import {
  CONTRACT_TABLES,
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PRODUCTS_TABLE,
  SETTINGS,
  SETTINGS_TABLE,
  type TableSpec,
} from "../../src/core/workbook/schema";
import type { TableData, WorkbookData } from "../../src/core/workbook/tableData";
import { fuzzParameters, fuzzTimeout } from "./settings";

const TODAY = isoToSerial("2026-11-23")!;

/** The demo's tables as excel/ reads them: at A1 of their sheets, empty cells as "". */
function demoWorkbook(): WorkbookData {
  const demo = buildDemo(TODAY);
  const data: WorkbookData = {};
  for (const spec of CONTRACT_TABLES) {
    const rows =
      spec === SETTINGS_TABLE
        ? SETTINGS.map((s) => [s.item, demo.settings[s.item] ?? s.defaultValue, s.note])
        : (demo.rows[spec.table] ?? []).map((cells) => cells.map((v) => v ?? ""));
    data[spec.table] = {
      table: spec.table,
      sheet: spec.sheet,
      row: 0,
      col: 0,
      headers: spec.columns.map((c) => c.header),
      rows,
    };
  }
  return data;
}

const DEMO = demoWorkbook();

/** A deep copy, so a mutation never reaches DEMO. */
function copyOf(data: WorkbookData): WorkbookData {
  const copy: WorkbookData = {};
  for (const [name, t] of Object.entries(data)) {
    if (t) copy[name] = { ...t, headers: [...t.headers], rows: t.rows.map((r) => [...r]) };
  }
  return copy;
}

// ---------------------------------------------------------------- cell contents

const ERROR_VALUES = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];
/** Text a clerk (or a paste) puts in cells that look like something else. */
const LOOKALIKES = [
  "=SUM(A1:A3)",
  '=HYPERLINK("http://x","x")',
  "+86 138 0000 0000",
  "-",
  "@数量",
  "'0012",
  "100",
  " 12.5 ",
  "1e308",
  "2026-11-23",
  "2026/13/45",
  "TRUE",
  "NaN",
  "Infinity",
  "\u0000",
  "{value}",
];
const WHITESPACE = ["", " ", "   ", "\t", "\n", "\u3000", "\u00a0"];

/** Keys the tables refer to each other by, in the spellings a clerk types. */
const demoColumn = (spec: TableSpec, header: string): CellConstant[] => {
  const t = DEMO[spec.table]!;
  const col = t.headers.indexOf(header);
  return t.rows.map((r) => r[col] ?? "").filter((v) => v !== "");
};
const KEYS: CellConstant[] = [
  ...demoColumn(CUSTOMERS_TABLE, "客户名称").slice(0, 3),
  ...demoColumn(PRODUCTS_TABLE, "货号").slice(0, 3),
  ...demoColumn(ORDERS_TABLE, "订单号").slice(0, 3),
  ...SETTINGS.map((s) => s.item),
];
const keyValue = fc
  .tuple(fc.constantFrom(...KEYS), fc.constantFrom("same", "lower", "spaced"))
  .map(([v, how]): CellConstant => {
    if (typeof v !== "string" || how === "same") return v;
    return how === "lower" ? v.toLowerCase() : ` ${v} `;
  });

const OPTIONS = [...new Set(CONTRACT_TABLES.flatMap((t) => t.columns.flatMap((c) => c.options ?? [])))];

/** Anything Range.values can give for a cell, weighted towards what the rules look at. */
const cellValue: fc.Arbitrary<CellConstant> = fc.oneof(
  fc.constantFrom<CellConstant>(...WHITESPACE, null),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.string({ unit: "grapheme-ascii", minLength: 41, maxLength: 120 }),
  fc.constantFrom(...LOOKALIKES, ...ERROR_VALUES),
  fc.constantFrom(...OPTIONS).map((o) => (o.length > 2 ? o.toLowerCase() : ` ${o}`)),
  fc.constantFrom(...OPTIONS),
  keyValue,
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.5, 1e-9, 0.1 + 0.2, 1.005, 2 ** 53, -(2 ** 53), 1e15, 1e308, -1e308, 5e-324),
  // dates as serials: whole days, times of day, the edges of what Excel shows
  fc.integer({ min: TODAY - 400, max: TODAY + 400 }),
  fc.double({ min: 1, max: 2_958_466, noNaN: true }),
  fc.constantFrom(0, 1, 59, 60, 61, 2_958_465, 2_958_466, -1),
);

// ---------------------------------------------------------------- shapes

type Mutation =
  | { op: "set"; table: number; row: number; col: number; value: CellConstant }
  | { op: "dropColumn"; table: number; col: number }
  | { op: "renameHeader"; table: number; col: number; name: string }
  | { op: "addColumn"; table: number; at: number; name: string; fill: CellConstant }
  | { op: "swapColumns"; table: number; a: number; b: number }
  | { op: "dropTable"; table: number }
  | { op: "dropRows"; table: number; start: number; count: number }
  | { op: "blankRow"; table: number; row: number }
  | { op: "move"; table: number; row: number; col: number }
  | { op: "renameSheet"; table: number; name: string };

const tableIndex = fc.nat(CONTRACT_TABLES.length - 1);
const index = fc.nat(200);
const headerName = fc.oneof(
  fc.constantFrom(...CONTRACT_TABLES.flatMap((t) => t.columns.map((c) => c.header))),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      table: tableIndex,
      row: index,
      col: index,
      value: cellValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("dropColumn" as const), table: tableIndex, col: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("renameHeader" as const),
      table: tableIndex,
      col: index,
      name: headerName,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("addColumn" as const),
      table: tableIndex,
      at: index,
      name: headerName,
      fill: cellValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("swapColumns" as const), table: tableIndex, a: index, b: index }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("dropTable" as const), table: tableIndex }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("dropRows" as const),
      table: tableIndex,
      start: index,
      count: fc.integer({ min: 1, max: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("blankRow" as const), table: tableIndex, row: index }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("move" as const),
      table: tableIndex,
      row: fc.nat(5000),
      col: fc.nat(300),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("renameSheet" as const),
      table: tableIndex,
      name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }),
    }),
  },
);

/** Excel keeps a table's headers unique (it numbers a repeat: 数量2); so does this. */
function uniqueHeader(headers: readonly string[], name: string): string {
  let candidate = name.trim() === "" ? "列" : name;
  for (let n = 2; headers.includes(candidate); n++) candidate = `${name}${n}`;
  return candidate;
}

/** Applies a mutation where it fits (indexes wrap around what is there); a sheet name stays unique. */
function mutate(data: WorkbookData, m: Mutation): void {
  const spec = CONTRACT_TABLES[m.table]!;
  const t = data[spec.table];
  if (!t) return;
  const width = t.headers.length;
  switch (m.op) {
    case "set": {
      if (width === 0) return;
      // One past the last row appends a row, as typing below a table grows it.
      const row = m.row % (t.rows.length + 1);
      if (row === t.rows.length) t.rows.push(t.headers.map(() => ""));
      t.rows[row]![m.col % width] = m.value;
      return;
    }
    case "dropColumn": {
      if (width <= 1) return;
      const col = m.col % width;
      t.headers.splice(col, 1);
      for (const r of t.rows) r.splice(col, 1);
      return;
    }
    case "renameHeader": {
      if (width === 0) return;
      const col = m.col % width;
      t.headers[col] = uniqueHeader(
        t.headers.filter((_, i) => i !== col),
        m.name,
      );
      return;
    }
    case "addColumn": {
      const at = m.at % (width + 1);
      t.headers.splice(at, 0, uniqueHeader(t.headers, m.name));
      for (const r of t.rows) r.splice(at, 0, m.fill);
      return;
    }
    case "swapColumns": {
      if (width === 0) return;
      const a = m.a % width;
      const b = m.b % width;
      for (const r of [t.headers as CellConstant[], ...t.rows]) [r[a], r[b]] = [r[b]!, r[a]!];
      return;
    }
    case "dropTable":
      delete data[spec.table];
      return;
    case "dropRows":
      if (t.rows.length > 0) t.rows.splice(m.start % t.rows.length, m.count);
      return;
    case "blankRow":
      if (t.rows.length > 0) t.rows[m.row % t.rows.length] = t.headers.map(() => "");
      return;
    case "move":
      t.row = m.row;
      t.col = m.col;
      return;
    case "renameSheet": {
      const taken = Object.values(data).some((o) => o !== t && o?.sheet === m.name);
      if (!taken) t.sheet = m.name;
      return;
    }
  }
}

/** Small tables built from nothing: any headers (the contract's, shuffled or not, and others), any rows. */
function randomTable(spec: TableSpec): fc.Arbitrary<TableData | undefined> {
  const contract = spec.columns.map((c) => c.header);
  const headers = fc
    .tuple(
      fc.shuffledSubarray(contract, { minLength: 0, maxLength: contract.length }),
      fc.boolean(),
      fc.array(headerName, { maxLength: 2 }),
    )
    .map(([some, whole, extra]) => {
      const chosen = whole ? [...contract] : some;
      for (const name of extra) chosen.push(uniqueHeader(chosen, name));
      return chosen;
    })
    .filter((h) => h.length > 0);
  const table = headers.chain((hs) =>
    fc.record({
      row: fc.oneof(fc.constant(0), fc.nat(60)),
      col: fc.oneof(fc.constant(0), fc.nat(30)),
      headers: fc.constant(hs),
      rows: fc.array(fc.array(cellValue, { minLength: hs.length, maxLength: hs.length }), { maxLength: 6 }),
    }),
  );
  return fc.option(
    table.map((t): TableData => ({ table: spec.table, sheet: spec.sheet, ...t })),
    { freq: 8, nil: undefined },
  );
}

const randomWorkbook: fc.Arbitrary<WorkbookData> = fc
  .tuple(...CONTRACT_TABLES.map((spec) => randomTable(spec)))
  .map((tables) => {
    const data: WorkbookData = {};
    tables.forEach((t, i) => {
      if (t) data[CONTRACT_TABLES[i]!.table] = t;
    });
    return data;
  });

// ---------------------------------------------------------------- the property

/** Why `problem` does not name a real place in `data`, or null when it does. */
function misplaced(problem: Problem, data: WorkbookData): string | null {
  if (typeof problem.message !== "string" || problem.message.trim() === "") return "no message";
  if (problem.code === "table-missing") {
    const spec = CONTRACT_TABLES.find((s) => s.table === problem.params.table);
    if (!spec) return "table-missing names no contract table";
    if (data[spec.table]) return "table-missing for a table that is there";
    return problem.sheet === spec.sheet && problem.cell === "" ? null : "table-missing names a cell";
  }
  const tables = Object.values(data).filter((t): t is TableData => t?.sheet === problem.sheet);
  if (tables.length !== 1) return `sheet ${problem.sheet} holds no contract table`;
  const t = tables[0]!;
  const rect = parseRectAddress(problem.cell);
  if (!rect || rect.rows !== 1 || rect.cols !== 1) return `${problem.cell} is not one cell`;
  const bodyRows = t.rows.length;
  if (
    rect.row < t.row ||
    rect.row > t.row + bodyRows ||
    rect.col < t.col ||
    rect.col >= t.col + t.headers.length
  ) {
    return `${problem.cell} is outside ${t.table} (header at row ${t.row}, col ${t.col}, ${bodyRows} rows, ${t.headers.length} columns)`;
  }
  const column = problem.params.column;
  if (typeof column === "string" && problem.code !== "column-missing" && t.headers.includes(column)) {
    if (rect.col !== t.col + t.headers.indexOf(column)) return `${problem.cell} is not in column ${column}`;
  }
  return null;
}

function assertPlaced(data: WorkbookData, lang: Lang, today: number): void {
  const problems = checkWorkbook(data, lang, today);
  const wrong = problems
    .map((p) => ({ p, why: misplaced(p, data) }))
    .filter((w) => w.why !== null)
    .map((w) => `${w.p.code} ${w.p.sheet}!${w.p.cell}: ${w.why}`);
  expect(wrong).toEqual([]);
}

const lang = fc.constantFrom<Lang>("zh", "en");
const today = fc.oneof(
  fc.constant(TODAY),
  fc.integer({ min: 1, max: 2_958_465 }),
  fc.double({ min: 0, max: 3e6, noNaN: true }),
);

const RUNS = 200;

describe("the placement rule itself", () => {
  const problem = (over: Partial<Problem>): Problem => ({
    severity: "error",
    code: "missing-value",
    sheet: ORDERS_TABLE.sheet,
    cell: "A2",
    message: "订单号不能为空",
    params: { column: "订单号" },
    ...over,
  });
  const moved = copyOf(DEMO);
  moved[ORDERS_TABLE.table]!.row = 3; // header on row 4, body rows 5–64
  moved[ORDERS_TABLE.table]!.col = 2; // from column C

  test.each([
    ["a body cell of its column", problem({ cell: "C5" }), null],
    ["the last body row", problem({ cell: "C64" }), null],
    ["a header cell", problem({ code: "column-missing", cell: "C4", params: { column: "X" } }), null],
    ["above the header", problem({ cell: "C3" }), "outside"],
    ["below the last row", problem({ cell: "C65" }), "outside"],
    ["left of the table", problem({ cell: "B5" }), "outside"],
    ["another column than the one it names", problem({ cell: "D5" }), "not in column"],
    ["a range", problem({ cell: "C5:C6" }), "not one cell"],
    ["no cell", problem({ cell: "" }), "not one cell"],
    ["a sheet without a table", problem({ sheet: "Sheet1", cell: "C5" }), "holds no contract table"],
    ["an empty message", problem({ cell: "C5", message: " " }), "no message"],
    [
      "a missing table that is there",
      problem({ code: "table-missing", cell: "", params: { table: ORDERS_TABLE.table } }),
      "is there",
    ],
  ])("%s", (_, p, why) => {
    const found = misplaced(p, moved);
    if (why === null) expect(found).toBeNull();
    else expect(found).toContain(why);
  });
});

describe("the order check on any data", () => {
  test("the unchanged demo gives its three planted problems, each placed (the baseline the mutations start from)", () => {
    const problems = checkWorkbook(DEMO, "zh", TODAY);
    expect(problems.map((p) => p.code).sort()).toEqual(
      buildDemo(TODAY)
        .planted.map((p) => p.code)
        .sort(),
    );
    expect(problems.map((p) => misplaced(p, DEMO))).toEqual(problems.map(() => null));
  });

  test(
    "the demo with random cells, columns, rows, places and sheets changed: never throws, every problem placed",
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), lang, today, (mutations, l, t) => {
          const data = copyOf(DEMO);
          for (const m of mutations) mutate(data, m);
          assertPlaced(data, l, t);
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );

  test(
    "small random tables: never throws, every problem placed",
    () => {
      fc.assert(
        fc.property(randomWorkbook, lang, today, (data, l, t) => {
          assertPlaced(data, l, t);
        }),
        fuzzParameters(RUNS),
      );
    },
    fuzzTimeout(RUNS, 20),
  );
});
