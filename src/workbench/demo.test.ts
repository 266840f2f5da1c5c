import { dateToSerial } from "../core/dates";
import { MemoryWorkbook } from "../memory-excel";
import { hasContractTables, loadDemo } from "./demo";

describe("the workbench's demo", () => {
  test("sets up every table with the demo's rows, dated around the given day", async () => {
    const workbook = new MemoryWorkbook();
    expect(hasContractTables(workbook)).toBe(false);
    const outcome = await loadDemo(workbook, new Date(2026, 10, 23));
    expect(outcome.problems).toEqual([]);
    expect(hasContractTables(workbook)).toBe(true);
    const orders = workbook.model.tables.find((t) => t.name === "Orders")!;
    expect(orders.ref.rows).toBeGreaterThan(50);
    // 下单日期 of the first line is before the day the demo was made for.
    const sheet = workbook.model.sheets.find((s) => s.name === "订单")!;
    const ordered = sheet.cells[1]?.[3]?.value as number;
    expect(ordered).toBeLessThan(dateToSerial(2026, 11, 23));
  });
});
