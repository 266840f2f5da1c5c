/**
 * Atomic writes: the target is the old file or the new one, a no-overwrite write keeps what is
 * there, and no temporary file is left behind whatever happens.
 */
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TargetExistsError, tempPathFor, writeFileAtomic } from "../../src/cli/files";
import { listing, scratchFolder } from "./helpers";

let dir: string;
let cleanUp: () => void;
beforeEach(() => ({ dir, cleanUp } = scratchFolder()));
afterEach(() => cleanUp());

test("writes a new file and leaves only it", async () => {
  const target = join(dir, "book.xlsx");
  await writeFileAtomic(target, Buffer.from("new"), { overwrite: false });
  expect(readFileSync(target, "utf8")).toBe("new");
  expect(listing(dir)).toEqual(["book.xlsx"]);
});

test("without overwrite, keeps an existing file and says so", async () => {
  const target = join(dir, "book.xlsx");
  writeFileSync(target, "mine");
  await expect(writeFileAtomic(target, Buffer.from("new"), { overwrite: false })).rejects.toBeInstanceOf(
    TargetExistsError,
  );
  expect(readFileSync(target, "utf8")).toBe("mine");
  expect(listing(dir)).toEqual(["book.xlsx"]);
});

test("with overwrite, replaces the file and can keep its permissions", async () => {
  const target = join(dir, "book.xlsx");
  writeFileSync(target, "old");
  chmodSync(target, 0o640);
  await writeFileAtomic(target, Buffer.from("new"), { overwrite: true, mode: 0o640 });
  expect(readFileSync(target, "utf8")).toBe("new");
  expect(statSync(target).mode & 0o777).toBe(0o640);
  expect(listing(dir)).toEqual(["book.xlsx"]);
});

test("a missing folder fails with ENOENT and creates nothing", async () => {
  const target = join(dir, "nowhere", "book.xlsx");
  await expect(writeFileAtomic(target, Buffer.from("x"), { overwrite: false })).rejects.toMatchObject({
    code: "ENOENT",
  });
  expect(listing(dir)).toEqual([]);
});

test("a failed rename removes the temporary file", async () => {
  // A folder holding something, in the target's place: the rename fails after the bytes were written.
  const blocked = join(dir, "blocked");
  mkdirSync(join(blocked, "inner"), { recursive: true });
  await expect(writeFileAtomic(blocked, Buffer.from("x"), { overwrite: true })).rejects.toMatchObject({
    code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/),
  });
  expect(listing(dir)).toEqual(["blocked"]);
  expect(listing(blocked)).toEqual(["inner"]);
});

test("temporary files sit beside the target with a random part", () => {
  const a = tempPathFor("/data/book.xlsx");
  const b = tempPathFor("/data/book.xlsx");
  expect(a).toMatch(/^\/data\/book\.xlsx\.[0-9a-f]{12}\.tmp$/);
  expect(a).not.toBe(b);
});
