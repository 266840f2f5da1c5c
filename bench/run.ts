/**
 * `npm run bench`: what each action asks of the workbook as it grows — requests (syncs), the
 * largest and total estimated request bytes, the most cells one response carries — and how long
 * core's decision takes against the floor of parsing the same table data once; then LibreOffice's
 * load-and-recalculate time of the workbook against the same workbook holding values only.
 *
 *   --sizes 1000,10000            workbook sizes in order lines (default 1,000, 10,000, 100,000)
 *   --libreoffice-sizes 10000     sizes LibreOffice loads (default 10,000 and 20,000)
 *   --no-libreoffice              leave LibreOffice out
 *   --json                        print JSON instead of the table
 *   --out file.json               where the JSON goes (default bench/results/latest.json)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { findSoffice } from "./libreOffice";
import { benchTable, runBench } from "./measure";

export interface BenchArgs {
  sizes: number[];
  libreOfficeSizes: number[];
  json: boolean;
  out: string;
}

/** The command line's choices; throws on an option it does not know or one lacking its value. */
export function parseArgs(argv: readonly string[], defaultOut: string): BenchArgs {
  const args: BenchArgs = {
    sizes: [1_000, 10_000, 100_000],
    libreOfficeSizes: [10_000, 20_000],
    json: false,
    out: defaultOut,
  };
  const value = (option: string, text: string | undefined): string => {
    if (!text) throw new Error(`${option} needs a value`);
    return text;
  };
  const sizes = (option: string, text: string | undefined) => value(option, text).split(",").map(Number);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") args.json = true;
    else if (arg === "--no-libreoffice") args.libreOfficeSizes = [];
    else if (arg === "--sizes") args.sizes = sizes(arg, argv[++i]);
    else if (arg === "--libreoffice-sizes") args.libreOfficeSizes = sizes(arg, argv[++i]);
    else if (arg === "--out") args.out = value(arg, argv[++i]);
    else throw new Error(`unknown option ${arg}`);
  }
  return args;
}

/**
 * Runs the bench as the command line asks, writes the JSON file and prints the table (or the JSON).
 * @param print where the table or JSON goes; `progress` hears what was measured (table mode only).
 */
export async function main(
  argv: readonly string[],
  defaultOut: string,
  print: (text: string) => void,
  progress: (text: string) => void,
): Promise<void> {
  const args = parseArgs(argv, defaultOut);
  const measured = await runBench(
    { sizes: args.sizes, libreOfficeSizes: args.libreOfficeSizes, soffice: findSoffice() },
    (what) => {
      if (!args.json) progress(`${what} done\n`);
    },
  );
  const result = { date: new Date().toISOString(), node: process.version, ...measured };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
  print(args.json ? `${JSON.stringify(result)}\n` : `${benchTable(measured)}\n`);
}

// Run as a program (dist/bench/bench/run.js), not when a test imports it.
if (require.main === module) {
  const latest = join(__dirname, "..", "..", "..", "bench", "results", "latest.json");
  main(
    process.argv.slice(2),
    latest,
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).catch((error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
