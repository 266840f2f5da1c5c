import type { Lang, MessageParams, Problem, Severity } from "../problems";
import { en } from "./en";
import { zh, type ProblemCode } from "./zh";

export type { ProblemCode };

const catalogs = { zh, en } as const;

/** The message for a problem code in a language. */
export function problemMessage(lang: Lang, code: ProblemCode, params: MessageParams): string {
  return catalogs[lang][code](params);
}

/** Builds a Problem with its message in `lang`. */
export function makeProblem(
  lang: Lang,
  severity: Severity,
  code: ProblemCode,
  where: { sheet: string; cell?: string },
  params: MessageParams,
): Problem {
  return {
    severity,
    code,
    sheet: where.sheet,
    cell: where.cell ?? "",
    message: problemMessage(lang, code, params),
    params,
  };
}

/** The same problem said in another language (the UI's language switch). */
export function translateProblem(problem: Problem, lang: Lang): Problem {
  const code = problem.code as ProblemCode;
  if (!(code in zh)) return problem;
  return { ...problem, message: problemMessage(lang, code, problem.params) };
}

/** A contract table the workbook lacks, as every action reports it. */
export function tableMissingProblem(lang: Lang, spec: { table: string; sheet: string }): Problem {
  return makeProblem(
    lang,
    "error",
    "table-missing",
    { sheet: spec.sheet },
    { table: spec.table, sheet: spec.sheet },
  );
}
