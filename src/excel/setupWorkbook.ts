import { splitSheetAddress } from "../core/address";
import type { CellConstant } from "../core/plan";
import type { Lang } from "../core/problems";
import { SETTINGS_TABLE } from "../core/workbook/schema";
import { planSetup, type SetupSnapshot, type TableSnapshot } from "../core/workbook/setup";
import type { ActionOutcome } from "./actions";
import { applyPlan } from "./applyPlan";
import type { ExcelRunner, ProgressListener } from "./host";

/** The contract's tables setup looks into, by name, with whether their rows are needed too. */
const CONTRACT_TABLES = [{ spec: SETTINGS_TABLE, needsBody: true }];

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
  const ours = CONTRACT_TABLES.filter(({ spec }) =>
    tableNames.some((n) => n.toUpperCase() === spec.table.toUpperCase()),
  );
  const oursBySheet = CONTRACT_TABLES.filter(({ spec }) => sheetNames.includes(spec.sheet));

  const tableReads = ours.map(({ spec, needsBody }) => {
    const table = context.workbook.tables.getItem(spec.table);
    const worksheet = table.worksheet.load("name");
    const range = table.getRange().load("address");
    const header = table.getHeaderRowRange().load("values");
    const body = needsBody ? table.getDataBodyRange().load("values") : undefined;
    return { table: spec.table, worksheet, range, header, body };
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
): Promise<ActionOutcome> {
  return await run(async (context) => {
    const snapshot = await readSetupSnapshot(context);
    const { plan, problems, added } = planSetup(snapshot, lang);
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
        },
      },
    };
  });
}
