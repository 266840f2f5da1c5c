/**
 * How the property tests run: the same seed every time by default, so a CI failure reproduces;
 * `GENDAN_FUZZ_SEED` (an integer, or `random` for a new one each run) and `GENDAN_FUZZ_RUNS` (the
 * runs of every property) to explore further. fast-check names the seed and the shrunk
 * counterexample of any failure, so a run found with `random` can be replayed with its seed.
 */
import type { Parameters } from "fast-check";

/** The seed CI uses. Any fixed integer would do; this one is the day the tests were written. */
const DEFAULT_SEED = 20261123;

function readInteger(name: string, min: number): number | undefined {
  const text = process.env[name]?.trim();
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  // A typo must not quietly fall back to the defaults: the run would not explore what was asked.
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, not "${text}"`);
  }
  return value;
}

function readSeed(): number {
  if (process.env.GENDAN_FUZZ_SEED?.trim().toLowerCase() === "random") {
    // fast-check prints the seed with any failure, so a random run stays reproducible.
    return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  }
  return readInteger("GENDAN_FUZZ_SEED", Number.MIN_SAFE_INTEGER) ?? DEFAULT_SEED;
}

/** The seed every property of this run starts from. */
export const FUZZ_SEED = readSeed();

const RUNS_OVERRIDE = readInteger("GENDAN_FUZZ_RUNS", 1);

/** How many runs a property makes: its own default, or GENDAN_FUZZ_RUNS when set. */
export function fuzzRuns(defaultRuns: number): number {
  return RUNS_OVERRIDE ?? defaultRuns;
}

/** fast-check parameters for one property: the run's seed and `defaultRuns` (or GENDAN_FUZZ_RUNS). */
export function fuzzParameters<T>(defaultRuns: number): Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(defaultRuns) };
}

/**
 * A jest timeout for a property whose run takes up to `msPerRun`: a guard against a hang, not a
 * measure (it grows with GENDAN_FUZZ_RUNS so a long exploration is not cut short).
 */
export function fuzzTimeout(defaultRuns: number, msPerRun: number): number {
  return Math.max(30_000, fuzzRuns(defaultRuns) * msPerRun * 4);
}
