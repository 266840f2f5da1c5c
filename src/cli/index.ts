/**
 * The `gendan` program: bundled for Node into dist/cli/gendan.js, started by bin/gendan.js.
 */
import { main } from "./main";

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of the program, not of the user's file: show everything needed to report it.
    process.stderr.write(
      `gendan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
