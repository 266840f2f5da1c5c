import { InterruptedWrite, trackWriting, writingOf, type Writing } from "./interruptedWrite";

const lost = Object.assign(new Error("The response was lost"), { code: "GeneralException" });
const statement: Writing = { kind: "statement", sheet: "对账单 宁波华美 2026-10" };

describe("InterruptedWrite", () => {
  test("says the host's message and code, keeps the error as its cause and what was being written", () => {
    const error = new InterruptedWrite(statement, lost);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("The response was lost");
    expect(error.code).toBe("GeneralException");
    expect(error.cause).toBe(lost);
    expect(error.writing).toBe(statement);
    expect(writingOf(error)).toBe(statement);
  });

  test("a cause that is not an Error: its text, and no code", () => {
    const error = new InterruptedWrite(statement, "socket closed");
    expect(error.message).toBe("socket closed");
    expect(error.code).toBeUndefined();
  });

  test("any other error says nothing of a write", () => {
    expect(writingOf(lost)).toBeUndefined();
    expect(writingOf(undefined)).toBeUndefined();
    expect(writingOf({ writing: statement })).toBeUndefined();
  });
});

describe("trackWriting", () => {
  test("returns what the work returns", async () => {
    await expect(trackWriting(async (track) => (track(statement), 42))).resolves.toBe(42);
  });

  test("an error while nothing is tracked passes as it is", async () => {
    await expect(
      trackWriting(async () => {
        throw lost;
      }),
    ).rejects.toBe(lost);
  });

  test("an error while a write is tracked carries it", async () => {
    const thrown = await trackWriting(async (track) => {
      track(statement);
      throw lost;
    }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(InterruptedWrite);
    expect(writingOf(thrown)).toBe(statement);
    expect((thrown as InterruptedWrite).cause).toBe(lost);
  });

  test("the last write tracked counts; cleared, the error passes as it is", async () => {
    const batch: Writing = { kind: "statements", summarySheet: "应收汇总 2026-10", sheets: [] };
    const last = await trackWriting(async (track) => {
      track(statement);
      track(batch);
      throw lost;
    }).catch((e: unknown) => e);
    expect(writingOf(last)).toBe(batch);
    await expect(
      trackWriting(async (track) => {
        track(statement);
        track(undefined);
        throw lost;
      }),
    ).rejects.toBe(lost);
  });

  test("an InterruptedWrite from within is not wrapped again", async () => {
    const inner = new InterruptedWrite(statement, lost);
    await expect(
      trackWriting(async (track) => {
        track({ kind: "statement", sheet: "other" });
        throw inner;
      }),
    ).rejects.toBe(inner);
  });
});
