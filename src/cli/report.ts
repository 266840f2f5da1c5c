/**
 * How a command's result reaches the user: lines for people, or with --json exactly one JSON
 * object on stdout for programs. File errors also get their one line on stderr either way.
 */
import { countBySeverity, type MessageParams, type Problem } from "../core/problems";
import type { XlsxReadErrorKind } from "../memory-excel/xlsx";
import type { CliStrings } from "./strings";

/** Where `main` writes, and where it resolves relative paths. */
export interface CliIo {
  /** Receives whole lines, each ending in "\n". */
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative file names are taken from. */
  cwd: string;
  /** Environment (for LANG); the process's when absent. */
  env?: Record<string, string | undefined>;
}

/** Why a file could not be used; `--json` consumers rely on these codes. */
export type FileErrorCode =
  | "missing"
  | "is-directory"
  | "exists"
  | "output-exists"
  | "not-xlsx-name"
  | "unsupported-parts"
  | "unreadable"
  | "unwritable"
  | XlsxReadErrorKind;

/** A problem as --json prints it (DESIGN.md §5). */
interface JsonProblem {
  severity: Problem["severity"];
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

function jsonProblem(p: Problem): JsonProblem {
  return { severity: p.severity, code: p.code, sheet: p.sheet, cell: p.cell, message: p.message };
}

/** `参数!B5  message`: where first, so the lines line up and can be searched. */
export function problemLine(problem: Problem, strings: CliStrings): string {
  const where = problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
  const label = problem.severity === "error" ? "" : `${strings.severity[problem.severity]}: `;
  return where ? `${where}  ${label}${problem.message}` : `${label}${problem.message}`;
}

export class CliReport {
  constructor(
    private readonly io: CliIo,
    readonly strings: CliStrings,
    private readonly options: { command: string; json: boolean },
  ) {}

  private json(value: object): void {
    this.io.stdout(`${JSON.stringify({ command: this.options.command, ...value })}\n`);
  }

  private problemLines(problems: readonly Problem[]): void {
    for (const problem of problems) this.io.stdout(`${problemLine(problem, this.strings)}\n`);
  }

  /** A file that cannot be used: one line on stderr. @returns exit code 2 */
  fileError(file: string, code: FileErrorCode, message: string): number {
    this.io.stderr(`gendan: ${file}: ${message}\n`);
    if (this.options.json) {
      this.json({ ok: false, file, written: false, error: { code, message }, problems: [] });
    }
    return 2;
  }

  /** Something the user should know that does not stop the command. */
  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }

  /** The data stopped the command; nothing was written. @returns exit code 1 */
  refused(file: string, problems: readonly Problem[]): number {
    if (this.options.json) {
      this.json({ ok: false, file, written: false, problems: problems.map(jsonProblem) });
    } else {
      this.problemLines(problems);
      const errors = problems.filter((p) => p.severity === "error").length;
      this.io.stdout(`${this.strings.refused(file, errors)}\n`);
    }
    return 1;
  }

  /**
   * The check's findings: every problem, then the summary line; with --json one object holding
   * them and the counts. @returns 1 when any problem is an error, else 0
   */
  checked(file: string, problems: readonly Problem[], summary: string): number {
    const errors = problems.filter((p) => p.severity === "error").length;
    if (this.options.json) {
      const counts = countBySeverity(problems);
      this.json({ ok: errors === 0, file, written: false, counts, problems: problems.map(jsonProblem) });
    } else {
      this.problemLines(problems);
      this.io.stdout(`${summary}\n`);
    }
    return errors > 0 ? 1 : 0;
  }

  /** The command did its work. @returns exit code 0 */
  done(
    file: string,
    result: {
      written: boolean;
      line: string;
      done?: { code: string; params: MessageParams };
      /** More fields for --json (e.g. the note issued). */
      extra?: object;
    },
    problems: readonly Problem[],
  ): number {
    if (this.options.json) {
      this.json({
        ok: true,
        file,
        written: result.written,
        done: result.done,
        ...result.extra,
        problems: problems.map(jsonProblem),
      });
    } else {
      this.io.stdout(`${result.line}\n`);
      this.problemLines(problems);
    }
    return 0;
  }
}
