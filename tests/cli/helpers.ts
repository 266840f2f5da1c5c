/** Running `main` in a temporary folder and looking at what it left there. */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A scratch folder for one test; `cleanUp` removes it. */
export function scratchFolder(): { dir: string; cleanUp: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "gendan-cli-"));
  return { dir, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `gendan <args>` in `cwd` with an English environment unless `env` says otherwise. */
export async function gendan(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = { LANG: "en_US.UTF-8" },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The folder's entries, sorted. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The lines of a stream's text (without the final empty one). */
export function linesOf(text: string): string[] {
  return text.split("\n").filter((line, i, all) => line !== "" || i < all.length - 1);
}
