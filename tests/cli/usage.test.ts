/**
 * gendan's command line itself: help, version, and what it says to bad usage.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gendan, linesOf, listing, scratchFolder } from "./helpers";

const COMMANDS = ["init", "check", "deliver", "return", "statement"];
const OPTIONS = [
  "-o",
  "--in-place",
  "--json",
  "--lang",
  "--demo",
  "--lines",
  "--date",
  "--no-price",
  "--customer",
  "--from",
  "--to",
  "--all",
];

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

describe("help", () => {
  test.each([["--help"], ["-h"], ["init", "--help"]])(
    "%s lists every command and option of the design",
    async (...args) => {
      const run = await gendan(args, dir);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      for (const command of COMMANDS)
        expect(run.stdout).toMatch(new RegExp(`^  gendan ${command} <book\\.xlsx>`, "m"));
      for (const option of OPTIONS) expect(run.stdout).toContain(option);
      expect(run.stdout).toContain("送货单");
      expect(run.stdout).toMatch(/Exit codes: 0 .* 1 .* 2 /);
    },
  );

  test("--lang zh gives the help in Chinese, with the same commands", async () => {
    const run = await gendan(["--help", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("用法");
    expect(run.stdout).not.toContain("Usage");
    for (const command of COMMANDS)
      expect(run.stdout).toMatch(new RegExp(`^  gendan ${command} <工作簿\\.xlsx>`, "m"));
  });

  test("a Chinese LANG gives Chinese help; --lang en overrides it", async () => {
    expect((await gendan(["-h"], dir, { LANG: "zh_CN.UTF-8" })).stdout).toContain("用法");
    expect((await gendan(["-h", "--lang", "en"], dir, { LANG: "zh_CN.UTF-8" })).stdout).toContain("Usage");
    expect((await gendan(["-h"], dir, {})).stdout).toContain("Usage");
  });
});

test("--version prints package.json's version", async () => {
  const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  const run = await gendan(["--version"], dir);
  expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
});

describe("bad usage exits 2 with one line pointing at the help", () => {
  test.each([
    ["an unknown option", ["init", "book.xlsx", "--force"], /unknown option --force/],
    ["an unknown short option", ["init", "book.xlsx", "-x"], /unknown option -x/],
    ["no file", ["init"], /init needs a workbook file/],
    [
      "-o and --in-place",
      ["init", "book.xlsx", "-o", "out.xlsx", "--in-place"],
      /-o and --in-place cannot be used together/,
    ],
    ["-o without a value", ["init", "book.xlsx", "-o"], /option -o needs a value/],
    ["-o followed by an option", ["init", "book.xlsx", "-o", "--json"], /option -o needs a value/],
    ["a value for a switch", ["init", "book.xlsx", "--json=yes"], /option --json takes no value/],
    ["no command", [], /no command given/],
    ["an unknown command", ["setup", "book.xlsx"], /unknown command "setup"/],
    ["an unknown language", ["init", "book.xlsx", "--lang", "fr"], /option --lang does not take "fr"/],
    ["two files", ["init", "a.xlsx", "b.xlsx"], /unexpected arguments: b\.xlsx/],
    [
      "another command's option",
      ["init", "book.xlsx", "--lines", "A:1=2"],
      /option --lines does not apply to init/,
    ],
  ])("%s", async (_name, args, message) => {
    const run = await gendan(args, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = linesOf(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/^gendan: .*; see gendan --help$/);
    expect(listing(dir)).toEqual([]); // nothing was created
  });

  test("is said in Chinese under --lang zh", async () => {
    const run = await gendan(["init", "--lang", "zh", "--force"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gendan: 未知选项 --force；参见 gendan --help\n");
  });
});

describe("check's usage", () => {
  test("takes no -o or --in-place: it never writes", async () => {
    const run = await gendan(["check", "book.xlsx", "--in-place"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gendan: option --in-place does not apply to check; see gendan --help\n");
  });

  test("a missing workbook is one line, exit 2", async () => {
    const run = await gendan(["check", "none.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gendan: none.xlsx: no such file\n");
  });

  test("GENDAN_TODAY must be a real date", async () => {
    const run = await gendan(["check", "book.xlsx"], dir, {
      LANG: "en_US.UTF-8",
      GENDAN_TODAY: "2026-02-30",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gendan: GENDAN_TODAY must be a date YYYY-MM-DD, not "2026-02-30"; see gendan --help\n',
    );
  });
});
