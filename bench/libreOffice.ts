/**
 * Timing LibreOffice headless as it loads a workbook, recalculates every formula and writes the
 * first sheet as CSV: `soffice --convert-to csv` with a throwaway profile under a temp dir whose
 * settings force "recalculate on load" (the files also carry no cached results, so LibreOffice
 * must compute). The profile is warmed up once, so its creation is not timed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { findOnPath, makeProfile, runConversion } from "../tests/support/libreOffice";

/** A run may take this long before it counts as failed (20,000 lines of formulas take minutes). */
const TIMEOUT_MS = 30 * 60_000;

/** The soffice program on PATH, if any. */
export function findSoffice(): string | undefined {
  return findOnPath("soffice");
}

/**
 * CPU milliseconds of this process's finished children (Linux: cutime + cstime of /proc/self/stat,
 * in clock ticks of 10 ms), or null where that cannot be read. soffice waits for soffice.bin, so a
 * conversion's whole CPU time lands here once spawnSync returns.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** One timed conversion: wall and CPU milliseconds (CPU null when unknown). */
export interface LibreOfficeTiming {
  wallMs: number;
  cpuMs: number | null;
}

/** A LibreOffice with its own throwaway profile; `close` removes it. */
export class LibreOffice {
  private readonly dir = mkdtempSync(join(tmpdir(), "gendan-bench-lo-"));
  private readonly profile = join(this.dir, "profile");
  private warm = false;

  constructor(private readonly soffice: string) {
    makeProfile(this.profile, { alwaysRecalculate: true });
  }

  /** The fastest of `runs` load-recalculate-export runs of `xlsx` (wall and CPU each at their least). */
  time(xlsx: Uint8Array, runs: number): LibreOfficeTiming {
    if (!this.warm) {
      this.convert(xlsx);
      this.warm = true;
    }
    let best: LibreOfficeTiming = { wallMs: Number.POSITIVE_INFINITY, cpuMs: null };
    for (let i = 0; i < runs; i++) {
      const run = this.convert(xlsx);
      best = {
        wallMs: Math.min(best.wallMs, run.wallMs),
        cpuMs: run.cpuMs === null ? null : Math.min(best.cpuMs ?? Number.POSITIVE_INFINITY, run.cpuMs),
      };
    }
    return best;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private convert(xlsx: Uint8Array): LibreOfficeTiming {
    const input = join(this.dir, "book.xlsx");
    const out = join(this.dir, "out");
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    writeFileSync(input, xlsx);
    const cpuBefore = childrenCpuMs();
    const start = performance.now();
    const result = runConversion(this.soffice, {
      profile: this.profile,
      filter: "csv:Text - txt - csv (StarCalc):44,34,76",
      input,
      out,
      timeoutMs: TIMEOUT_MS,
    });
    const wallMs = performance.now() - start;
    const cpuAfter = childrenCpuMs();
    if (result.error || !readdirSync(out).includes("book.csv")) {
      throw new Error(
        `LibreOffice did not convert the workbook: ${result.error?.message ?? (result.stderr || result.stdout)}`,
      );
    }
    return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
  }
}
