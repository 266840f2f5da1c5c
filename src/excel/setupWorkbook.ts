import { splitSheetAddress } from "../core/address";
import type { CellConstant } from "../core/plan";
import type { Lang } from "../core/problems";
import { CONTRACT_TABLES, SETTINGS_TABLE } from "../core/workbook/schema";
import { planSetup, type SetupSeed, type SetupSnapshot, type TableSnapshot } from "../core/workbook/setup";
import type { ActionOutcome } from "./actions";
import { applyPlan } from "./applyPlan";
import type { ExcelRunner, ProgressListener } from "./host";

/**
 * The contract's tables setup looks into, with whether their rows are needed too (only 参数's are)
 * and whether their first row's formulas are (tables with computed columns, whose formulas setup
 * brings up to date).
 */
const LOOKED_INTO = CONTRACT_TABLES.map((spec) => ({
  spec,
  needsBody: spec === SETTINGS_TABLE,
  needsFormulas: spec.columns.some((c) => c.computed),
}));

/**
 * Reads what setup needs. A new workbook takes one read; a workbook that already holds some of
 * the contract's sheets or tables takes a second, for their headers, rows and blankness, since
 * Office.js offers no way to look into a table before knowing that it exists.
 */
async function readSetupSnapshot(context: Excel.RequestContext): Promise<SetupSnapshot> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();

  const sheetNames = worksheets.items.map((s) => s.name);
  const tableNames = tables.items.map((t) => t.name);
  const ours = LOOKED_INTO.filter(({ spec }) =>
    tableNames.some((n) => n.toUpperCase() === spec.table.toUpperCase()),
  );
  const oursBySheet = LOOKED_INTO.filter(({ spec }) => sheetNames.includes(spec.sheet));

  const tableReads = ours.map(({ spec, needsBody, needsFormulas }) => {
    const table = context.workbook.tables.getItem(spec.table);
    const worksheet = table.worksheet.load("name");
    const range = table.getRange().load("address");
    const header = table.getHeaderRowRange().load("values");
    const bodyRange = table.getDataBodyRange();
    const body = needsBody ? bodyRange.load("values") : undefined;
    const firstRow = needsFormulas ? bodyRange.getRow(0).load("formulas") : undefined;
    // Whether the body has any validation at all, and how many formats touch it: setup adds the
    // contract's rules to a table that has none, and leaves a user's own rules alone.
    const validation = bodyRange.dataValidation.load("type");
    const formats = bodyRange.conditionalFormats.getCount();
    return { table: spec.table, worksheet, range, header, body, firstRow, validation, formats };
  });
  const sheetReads = oursBySheet.map(({ spec }) => ({
    sheet: spec.sheet,
    used: context.workbook.worksheets.getItem(spec.sheet).getUsedRangeOrNullObject(false).load("address"),
  }));
  if (tableReads.length > 0 || sheetReads.length > 0) await context.sync();

  const blank = new Set(sheetReads.filter((r) => r.used.isNullObject).map((r) => r.sheet));
  const detailed = new Map<string, TableSnapshot>(
    tableReads.map((r) => [
      r.table.toUpperCase(),
      {
        name: r.table,
        sheet: r.worksheet.name,
        address: splitSheetAddress(r.range.address).address,
        headers: (r.header.values[0] ?? []).map(String),
        body: r.body?.values as CellConstant[][] | undefined,
        validated: r.validation.type === "None" ? [] : (r.header.values[0] ?? []).map(String),
        conditionalFormats: r.formats.value,
        formulas: r.firstRow?.formulas[0]?.map(String),
      },
    ]),
  );
  return {
    sheets: sheetNames.map((name) => ({ name, isBlank: blank.has(name) })),
    tables: tableNames.map(
      (name) => detailed.get(name.toUpperCase()) ?? { name, sheet: "", address: "", headers: [] },
    ),
    names: names.items.map((n) => n.name),
  };
}

/**
 * 初始化/升级: adds the tracking workbook's missing sheets, tables, rows and names, and nothing else.
 * Refuses, writing nothing, when one of our sheet or table names is taken by something of the user's.
 */
export async function setupWorkbook(
  run: ExcelRunner,
  lang: Lang,
  onProgress?: ProgressListener,
  seed?: SetupSeed,
): Promise<ActionOutcome> {
  return await run(async (context) => {
    const snapshot = await readSetupSnapshot(context);
    const { plan, problems, added } = planSetup(snapshot, lang, seed);
    if (problems.some((p) => p.severity === "error")) return { problems };
    if (plan.steps.length > 0) await applyPlan(context, plan, onProgress, "write");
    return {
      problems,
      done: {
        code: plan.steps.length > 0 ? "setup-done" : "setup-unchanged",
        params: {
          sheets: added.sheets.join(", "),
          tables: added.tables.join(", "),
          rows: added.rows,
          names: added.names.length,
          columns: added.columns.join(", "),
          formulas: added.formulas.join(", "),
          rules: added.rules,
        },
      },
    };
  });
}
