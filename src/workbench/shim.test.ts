import type { WorkbenchBridge } from "./bridge";
import { compareVersions, createOfficeShim, isSetSupported, shimDisplayLanguage } from "./shim";

describe("requirement sets", () => {
  test("versions compare by number", () => {
    expect(compareVersions("1.9", "1.12")).toBeLessThan(0);
    expect(compareVersions("1.12", "1.12")).toBe(0);
    expect(compareVersions("1.13", "1.12")).toBeGreaterThan(0);
    expect(compareVersions("2", "1.12")).toBeGreaterThan(0);
  });

  test("ExcelApi up to 1.12 is supported, newer sets and other APIs are not", () => {
    expect(isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(isSetSupported("ExcelApi", 1.12)).toBe(true);
    expect(isSetSupported("ExcelApi")).toBe(true);
    expect(isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(isSetSupported("ExcelApi", "1.17")).toBe(false);
    expect(isSetSupported("WordApi", "1.1")).toBe(false);
    expect(isSetSupported("ExcelApi", "latest")).toBe(false);
  });
});

describe("display language", () => {
  test("?lang= wins, short tags become full ones", () => {
    expect(shimDisplayLanguage("?lang=en", "zh-CN")).toBe("en-US");
    expect(shimDisplayLanguage("?lang=zh", "en-US")).toBe("zh-CN");
    expect(shimDisplayLanguage("?x=1&lang=de-DE", undefined)).toBe("de-DE");
  });

  test("else the workbench's choice, else Chinese", () => {
    expect(shimDisplayLanguage("", "en-US")).toBe("en-US");
    expect(shimDisplayLanguage("?lang=", undefined)).toBe("zh-CN");
    expect(shimDisplayLanguage("", undefined)).toBe("zh-CN");
  });
});

describe("createOfficeShim", () => {
  test("onReady resolves with Excel on the web and calls back", async () => {
    const { Office } = createOfficeShim("zh-CN", () => undefined);
    const seen: string[] = [];
    const info = await Office.onReady((i) => seen.push(`${i.host}/${i.platform}`));
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(seen).toEqual(["Excel/OfficeOnline"]);
    expect(Office.context.displayLanguage).toBe("zh-CN");
    expect(Office.context.officeTheme).toBeUndefined();
  });

  test("Excel.run goes to the parent's workbook, asked at each run", async () => {
    const parent: { bridge?: WorkbenchBridge } = {};
    const { Excel } = createOfficeShim("en-US", () => parent.bridge);
    await expect(Excel.run(async () => 1)).rejects.toThrow(/open the workbench page/);
    const contexts: unknown[] = [];
    const fakeContext = { workbook: {} } as unknown as Excel.RequestContext;
    const workbook = {
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
        contexts.push(fakeContext);
        return batch(fakeContext);
      },
    };
    parent.bridge = {
      displayLanguage: "en-US",
      workbook: workbook as unknown as WorkbenchBridge["workbook"],
    };
    await expect(
      Excel.run(async (context) => (context === fakeContext ? "same context" : "other")),
    ).resolves.toBe("same context");
    expect(contexts).toHaveLength(1);
  });
});
