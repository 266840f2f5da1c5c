import { checkWorkbook as checkData } from "../core/check/checkWorkbook";
import { countBySeverity, type Lang } from "../core/problems";
import { CONTRACT_TABLES } from "../core/workbook/schema";
import type { ActionOutcome } from "./actions";
import type { ExcelRunner, ProgressListener } from "./host";
import { readTables } from "./readTables";

/**
 * 订单 → 校验: reads every table of the contract and reports what is wrong, cell by cell.
 * Writes nothing.
 * @param today the serial date 交期 is measured against
 */
export async function checkWorkbook(
  run: ExcelRunner,
  lang: Lang,
  today: number,
  onProgress?: ProgressListener,
): Promise<ActionOutcome> {
  return await run(async (context) => {
    const { data } = await readTables(
      context,
      CONTRACT_TABLES.map((t) => t.table),
      onProgress,
    );
    const problems = checkData(data, lang, today);
    const counts = countBySeverity(problems);
    return {
      problems,
      done: {
        code: "check-done",
        params: { errors: counts.error, warnings: counts.warning, infos: counts.info },
      },
    };
  });
}
