/**
 * The benchmark's own logic on its smallest workbook (what `npm run bench` measures, not how fast):
 * each action runs on the synthetic workbook and its requests are counted. Timing is left to the bench.
 */
import { runBench } from "../bench/measure";

test("on 1,000 order lines, a 50-line delivery and return note each read three times and write once, under the payload budget", async () => {
  const rows = await runBench([1_000]);
  expect(rows.map((r) => [r.action, r.lines, r.reads, r.writes])).toEqual([
    ["deliver 50 lines", 1_000, 3, 1],
    ["return 50 lines", 1_000, 3, 1],
  ]);
  for (const row of rows) {
    expect(row.largestRequestBytes).toBeLessThan(1_000_000);
    expect(row.largestResponseCells).toBeGreaterThan(0);
    expect(row.coreOverFloor).toBeGreaterThan(0);
  }
}, 60_000);
