import type { ActionOutcome } from "../excel/actions";
import { langOf, setupWorkbookCommand } from "./setupWorkbookCommand";

function fakeEvent() {
  return { completed: jest.fn() };
}

describe("setupWorkbookCommand", () => {
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test("runs setup in the given language and completes the event once", async () => {
    const setupWorkbook = jest.fn(async (): Promise<ActionOutcome> => ({ problems: [] }));
    const event = fakeEvent();
    await setupWorkbookCommand({ setupWorkbook }, "en", event);
    expect(setupWorkbook).toHaveBeenCalledWith("en");
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
  });

  test("completes the event even when setup throws, and reports the failure", async () => {
    const failure = new Error("GeneralException");
    const event = fakeEvent();
    await setupWorkbookCommand({ setupWorkbook: () => Promise.reject(failure) }, "zh", event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(expect.any(String), failure);
  });

  test("reports the problems setup refused with", async () => {
    const event = fakeEvent();
    const outcome: ActionOutcome = {
      problems: [
        {
          severity: "error",
          code: "sheet-not-ours",
          sheet: "参数",
          cell: "A1",
          message: "taken",
          params: {},
        },
      ],
    };
    await setupWorkbookCommand({ setupWorkbook: async () => outcome }, "zh", event);
    expect(warn).toHaveBeenCalledWith("参数!A1 taken");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("langOf", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-cn", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    [undefined, "en"],
  ])("%s → %s", (display, lang) => {
    expect(langOf(display)).toBe(lang);
  });
});
