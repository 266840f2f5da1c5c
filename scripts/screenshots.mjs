// `npm run screenshots`: runs the browser journey (tests/e2e/journey.test.mjs), which leaves a
// screenshot of every step in test-results/journey-zh/ and journey-en/, and copies the ones the
// README shows to docs/. Nothing is copied unless the whole journey passed, so docs/ only ever
// shows a workbench that did what the pictures say.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const JOURNEY = "tests/e2e/journey.test.mjs";
const SOURCE = join(ROOT, "test-results", "journey-zh");

/** docs/ picture ← the Chinese journey's step. */
const PICTURES = [
  ["workbench.png", "01-initialise.png"],
  ["orders.png", "03-check.png"],
  ["delivery-note.png", "06-note.png"],
  ["statement.png", "08-statement.png"],
];

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path) {
  const head = readFileSync(path).subarray(0, 24);
  if (head.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${path} is not a PNG`);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

// Last run's pictures go first, so that a step the journey no longer reaches cannot be copied.
for (const lang of ["zh", "en"])
  rmSync(join(ROOT, "test-results", `journey-${lang}`), { recursive: true, force: true });

console.log(`Running the browser journey (${JOURNEY})…`);
const run = spawnSync(process.execPath, ["--test", JOURNEY], { cwd: ROOT, stdio: "inherit" });
if (run.error) throw run.error;
if (run.status !== 0) {
  console.error(`The journey failed (exit ${run.status ?? run.signal}); docs/ is left as it was.`);
  process.exit(run.status || 1);
}

const missing = PICTURES.map(([, step]) => join(SOURCE, step)).filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(`The journey passed but did not leave ${missing.map((p) => relative(ROOT, p)).join(", ")}.`);
  process.exit(1);
}
console.log("\nWrote:");
for (const [picture, step] of PICTURES) {
  const from = join(SOURCE, step);
  const to = join(ROOT, "docs", picture);
  copyFileSync(from, to);
  const { width, height } = pngSize(to);
  const kb = Math.round(statSync(to).size / 1024);
  console.log(`  ${relative(ROOT, to)}  ${width}×${height}, ${kb} KB  (from ${relative(ROOT, from)})`);
}
