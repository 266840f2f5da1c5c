/**
 * `npm run bench`: what each action asks of the workbook as it grows — requests (syncs), the
 * largest and total estimated request bytes, the most cells one response carries — and how long
 * core's decision takes against the floor of parsing the same table data once.
 * Prints a table; `--json` prints JSON instead; both write bench/results/latest.json.
 * `--sizes 1000,10000` picks the workbook sizes (order lines).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchTable, runBench } from "./measure";

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const sizesArg = argv[argv.indexOf("--sizes") + 1];
  const sizes =
    argv.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [1_000, 10_000, 100_000];
  const rows = await runBench(sizes, (row) => {
    if (!json) process.stderr.write(`${row.action} at ${row.lines} lines done\n`);
  });
  const result = { date: new Date().toISOString(), node: process.version, rows };
  const folder = join(__dirname, "..", "..", "..", "bench", "results");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${benchTable(rows)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
