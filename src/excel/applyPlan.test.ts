import type { PlanStep } from "../core/plan";
import { chunkSteps, splitLargeSteps } from "./applyPlan";

function bigValues(rows: number): PlanStep {
  return {
    kind: "values",
    sheet: "订单",
    address: `A2:B${rows + 1}`,
    values: Array.from({ length: rows }, (_, i) => [`order-${i}`, i]),
  };
}

describe("payload chunks", () => {
  test("a small plan is one chunk", () => {
    const steps: PlanStep[] = [{ kind: "addSheet", sheet: "参数" }, bigValues(10)];
    expect(chunkSteps(steps)).toHaveLength(1);
  });

  test("a large block is cut into row bands under the budget that cover every row once", () => {
    const step = bigValues(5000);
    const budget = 20_000;
    const bands = splitLargeSteps([step], budget);
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands) expect(JSON.stringify(band).length).toBeLessThanOrEqual(budget);
    const rows = bands.flatMap((b) => (b.kind === "values" ? b.values : []));
    expect(rows).toEqual((step as Extract<PlanStep, { kind: "values" }>).values);
    expect(bands[0]!.kind === "values" && bands[0]!.address.startsWith("A2:B")).toBe(true);
    const last = bands[bands.length - 1]!;
    expect(last.kind === "values" && last.address.endsWith(":B5001")).toBe(true);
  });

  test("chunks keep the order of steps and stay under the budget", () => {
    const steps: PlanStep[] = [
      { kind: "addSheet", sheet: "订单" },
      bigValues(3000),
      { kind: "freeze", sheet: "订单", rows: 1, columns: 0 },
    ];
    const chunks = chunkSteps(steps, 20_000);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]![0]!.kind).toBe("addSheet");
    expect(chunks[chunks.length - 1]!.at(-1)!.kind).toBe("freeze");
    for (const chunk of chunks)
      expect(chunk.reduce((n, s) => n + JSON.stringify(s).length + 64, 0)).toBeLessThanOrEqual(20_000);
  });
});
