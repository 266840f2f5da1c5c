import {
  initialLang,
  isDarkTheme,
  langFromDisplayLanguage,
  luminance,
  parseStoredLang,
  sectionFromQuery,
} from "./environment";

describe("language from Office", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-hk", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%s → %s", (displayLanguage, lang) => {
    expect(langFromDisplayLanguage(displayLanguage)).toBe(lang);
  });

  test("a remembered choice wins over Office's language", () => {
    expect(initialLang("en", "zh-CN")).toBe("en");
    expect(initialLang("zh", "en-US")).toBe("zh");
  });

  test("nothing or junk remembered: Office's language", () => {
    expect(initialLang(null, "zh-CN")).toBe("zh");
    expect(initialLang("fr", "zh-CN")).toBe("zh");
    expect(parseStoredLang("EN")).toBeNull();
  });
});

describe("theme from Office", () => {
  test("no theme (older hosts, the workbench) is light", () => {
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme(null)).toBe(false);
    expect(isDarkTheme({})).toBe(false);
  });

  test("dark body backgrounds are dark", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#1F1F1F" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#444" })).toBe(true);
  });

  test("light and unreadable backgrounds are light", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "not a colour" })).toBe(false);
  });

  test("luminance spans black to white", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("#808080")).toBeCloseTo(0.216, 2);
    expect(luminance("#12345")).toBeNull();
  });
});

describe("the section the pane opens on", () => {
  test("the ribbon's 校验 button asks for 订单", () => {
    expect(sectionFromQuery("?section=orders")).toBe("orders");
    expect(sectionFromQuery("?x=1&section=costing")).toBe("costing");
    // The ribbon's 生成送货单 button.
    expect(sectionFromQuery("?section=deliveryNotes")).toBe("deliveryNotes");
  });

  test("no query, or a section the pane does not have: none", () => {
    expect(sectionFromQuery("")).toBeUndefined();
    expect(sectionFromQuery("?section=")).toBeUndefined();
    expect(sectionFromQuery("?section=Orders")).toBeUndefined();
    expect(sectionFromQuery("?section=toString")).toBeUndefined();
  });
});
