/**
 * `gendan`: the tracking workbook's actions on .xlsx files (DESIGN.md §5). `main` takes the
 * arguments and an output sink and returns the exit code, so tests run it without a process.
 */
import { parseArgs } from "node:util";
import packageJson from "../../package.json";
import { isoToSerial, localDateSerial } from "../core/dates";
import type { Lang } from "../core/problems";
import { lastMonth } from "../core/statements/compute";
import { parseNoteLines } from "./noteLines";
import { CliReport, type CliIo } from "./report";
import { cliStrings, type CliStrings } from "./strings";

export type { CliIo } from "./report";

/** Every option of every command in DESIGN.md §5; which command takes which is checked after parsing. */
const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  lang: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  demo: { type: "boolean" },
  lines: { type: "string" },
  date: { type: "string" },
  "no-price": { type: "boolean" },
  customer: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  all: { type: "boolean" },
  paper: { type: "string" },
  override: { type: "string" },
  repair: { type: "boolean" },
  detail: { type: "string" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** How each option is written in messages. */
function optionLabel(name: OptionName): string {
  return name === "output" ? "-o" : `--${name}`;
}

/** The options each command of this version takes. */
const COMMAND_OPTIONS: Readonly<Record<string, ReadonlySet<OptionName>>> = {
  init: new Set(["help", "lang", "json", "output", "in-place", "demo"]),
  check: new Set(["help", "lang", "json", "repair", "output", "in-place"]),
  deliver: new Set([
    "help",
    "lang",
    "json",
    "output",
    "in-place",
    "lines",
    "date",
    "no-price",
    "paper",
    "override",
  ]),
  return: new Set(["help", "lang", "json", "output", "in-place", "lines", "date", "no-price", "paper"]),
  statement: new Set([
    "help",
    "lang",
    "json",
    "output",
    "in-place",
    "customer",
    "from",
    "to",
    "detail",
    "all",
  ]),
};

/** Bad usage, said in one line; exit code 2. */
class UsageError extends Error {}

function isLang(value: unknown): value is Lang {
  return value === "zh" || value === "en";
}

/** The language asked for with --lang, else the environment's: zh when LANG starts with zh. */
function chooseLang(argv: string[], env: Record<string, string | undefined>): Lang {
  // A lenient pass, so that even a bad command line is answered in the user's language.
  const { values } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true });
  if (isLang(values.lang)) return values.lang;
  return env.LANG?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Says parseArgs' complaint in our words. */
function usageMessage(error: unknown, strings: CliStrings): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  // `'-o, --output <value>'` → `-o`
  const option = (quoted.split(",")[0] ?? quoted).replace(/ <value>$/, "").trim();
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return strings.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // "argument missing", or "ambiguous" when the value looks like an option (`-o --json`).
    return /does not take an argument/.test(message)
      ? strings.optionTakesNoValue(option)
      : strings.optionNeedsValue(option);
  }
  throw error;
}

function parse(argv: string[], strings: CliStrings) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, strings));
  }
}

/**
 * Runs `gendan` with `argv` (without node and the script).
 * @returns the exit code: 0 done, 1 refused because of the data, 2 bad usage or an unreadable file.
 * @throws only on faults of the program itself (file and data problems are reported through `io`).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const lang = chooseLang(argv, io.env ?? process.env);
  const strings = cliStrings(lang);
  try {
    const { values, positionals } = parse(argv, strings);
    if (values.help) {
      io.stdout(strings.help(packageJson.version));
      return 0;
    }
    if (values.version) {
      io.stdout(`${packageJson.version}\n`);
      return 0;
    }
    if (values.lang !== undefined && !isLang(values.lang)) {
      throw new UsageError(strings.badOptionValue("--lang", values.lang));
    }
    const [command, ...args] = positionals;
    if (command === undefined) throw new UsageError(strings.missingCommand);
    const allowed = COMMAND_OPTIONS[command];
    if (!allowed) throw new UsageError(strings.unknownCommand(command));

    const given = (Object.keys(values) as OptionName[]).filter((name) => values[name] !== undefined);
    const foreign = given.find((name) => !allowed.has(name));
    if (foreign) throw new UsageError(strings.optionNotForCommand(optionLabel(foreign), command));
    const [book, ...extra] = args;
    if (book === undefined) throw new UsageError(strings.missingFile(command));
    if (extra.length > 0) throw new UsageError(strings.extraArguments(extra.join(" ")));
    if (values.output !== undefined && values["in-place"]) {
      throw new UsageError(strings.conflictingOptions("-o", "--in-place"));
    }
    const todayText = (io.env ?? process.env).GENDAN_TODAY;
    const today =
      todayText === undefined || todayText === "" ? localDateSerial(new Date()) : isoToSerial(todayText);
    if (today === null) throw new UsageError(strings.badToday(todayText ?? ""));

    const report = new CliReport(io, strings, { command, json: values.json === true });
    if (command === "check") {
      // Without --repair the check never writes, so an output would only mislead.
      const target = values.output !== undefined ? "output" : values["in-place"] ? "in-place" : undefined;
      if (target && !values.repair) {
        throw new UsageError(strings.optionNotForCommand(optionLabel(target), command));
      }
      const { runCheck } = await import(/* webpackMode: "eager" */ "./check");
      return await runCheck(
        {
          book,
          lang,
          today,
          repair: values.repair === true,
          output: values.output,
          inPlace: values["in-place"] === true,
        },
        io.cwd,
        report,
      );
    }
    if (command === "deliver" || command === "return") {
      if (values.lines === undefined) throw new UsageError(strings.missingOption("--lines", command));
      const lines = parseNoteLines(values.lines);
      if (!lines) throw new UsageError(strings.badLines(values.lines));
      const date = values.date === undefined ? today : isoToSerial(values.date);
      if (date === null) throw new UsageError(strings.badOptionValue("--date", values.date ?? ""));
      const paper = values.paper ?? "A4";
      if (paper !== "A4" && paper !== "A5") throw new UsageError(strings.badOptionValue("--paper", paper));
      const { runNote } = await import(/* webpackMode: "eager" */ "./deliver");
      return await runNote(
        {
          kind: command === "return" ? "return" : "delivery",
          book,
          output: values.output,
          inPlace: values["in-place"] === true,
          lang,
          lines,
          date,
          withPrices: values["no-price"] !== true,
          paper,
          override: values.override,
          today,
        },
        io.cwd,
        report,
      );
    }
    if (command === "statement") {
      if (values.all && values.customer !== undefined) {
        throw new UsageError(strings.conflictingOptions("--all", "--customer"));
      }
      if (!values.all && values.customer === undefined) {
        throw new UsageError(strings.missingOption("--customer", command));
      }
      if ((values.from === undefined) !== (values.to === undefined)) {
        throw new UsageError(strings.missingOption(values.from === undefined ? "--from" : "--to", command));
      }
      const period =
        values.from === undefined
          ? lastMonth(today)
          : { from: isoToSerial(values.from), to: isoToSerial(values.to ?? "") };
      if (period.from === null) throw new UsageError(strings.badOptionValue("--from", values.from ?? ""));
      if (period.to === null) throw new UsageError(strings.badOptionValue("--to", values.to ?? ""));
      const detail = values.detail ?? "notes";
      if (detail !== "notes" && detail !== "lines") {
        throw new UsageError(strings.badOptionValue("--detail", detail));
      }
      const common = {
        book,
        output: values.output,
        inPlace: values["in-place"] === true,
        lang,
        from: period.from,
        to: period.to,
        detail,
        today,
      } as const;
      const { runStatement, runStatements } = await import(/* webpackMode: "eager" */ "./statement");
      if (values.customer === undefined) return await runStatements(common, io.cwd, report);
      return await runStatement({ ...common, customer: values.customer }, io.cwd, report);
    }
    // Loaded on demand so that help and usage errors do not load the spreadsheet libraries;
    // "eager" keeps it in the one bundle file.
    const { runInit } = await import(/* webpackMode: "eager" */ "./init");
    return await runInit(
      {
        book,
        output: values.output,
        inPlace: values["in-place"] === true,
        lang,
        demo: values.demo === true,
        today,
      },
      io.cwd,
      report,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${strings.badUsage(error.message)}\n`);
    return 2;
  }
}
