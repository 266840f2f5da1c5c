/**
 * The add-in manifest, checked offline: what Office's validator would reject and what our build
 * must serve. The checker returns violations as strings, so the same function that passes the
 * real manifest is shown to reject broken copies of it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";

const root = join(__dirname, "..");
const manifestPath = join(root, "manifest.xml");

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

const ORIGIN = "https://localhost:3000";

/** The OfficeApp schema's sequence for a TaskPaneApp (the ones we use, in schema order). */
const TOP_LEVEL_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/** Office's limits on resource strings and ids. */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;

interface XmlElement {
  local: string;
  uri: string;
  /** Attributes by `{uri}local`, or plain `local` when not namespaced. */
  attrs: Map<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses XML into elements with resolved namespaces.
 * @throws Error when the text is not well-formed (or uses an undeclared prefix).
 */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let rootElement: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const attrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      attrs.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    }
    const element: XmlElement = { local: tag.local, uri: tag.uri, attrs, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else rootElement = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!rootElement) throw new Error("no root element");
  return rootElement;
}

function xsiType(element: XmlElement): string | undefined {
  return element.attrs.get(`{${NS.xsi}}type`);
}

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.local === local);
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !signature.every((b, i) => bytes[i] === b)) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What the checker needs from outside the manifest: what the build serves and the icons' sizes. */
interface ManifestEnvironment {
  /** Paths the add-in build emits under dist/, e.g. `taskpane.html`, `assets/icon-16.png`. */
  emittedFiles: ReadonlySet<string>;
  /** Pixel size of an emitted image, or undefined when it is missing or not a PNG. */
  imageSize(path: string): { width: number; height: number } | undefined;
}

/** Path of a URL on our dev server (without its query), or undefined when it points elsewhere. */
function localPath(url: string): string | undefined {
  return url.startsWith(`${ORIGIN}/`) ? url.slice(ORIGIN.length + 1).replace(/\?.*$/, "") : undefined;
}

function hasCjk(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** Every rule this file enforces; returns one string per violation, empty when the manifest is good. */
function manifestViolations(xml: string, env: ManifestEnvironment): string[] {
  let app: XmlElement;
  try {
    app = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const violations: string[] = [];
  const fail = (message: string) => violations.push(message);

  if (app.local !== "OfficeApp" || app.uri !== NS.officeApp) {
    fail(`root is {${app.uri}}${app.local}, not OfficeApp 1.1`);
  }
  if (xsiType(app) !== "TaskPaneApp") fail(`root xsi:type is ${xsiType(app)}, not TaskPaneApp`);
  for (const [prefix, uri] of [
    ["xsi", NS.xsi],
    ["bt", NS.bt],
    ["ov", NS.overrides],
  ]) {
    if (app.attrs.get(`{http://www.w3.org/2000/xmlns/}${prefix}`) !== uri) {
      fail(`root does not declare xmlns:${prefix}="${uri}"`);
    }
  }

  // Top level: exactly the schema's sequence.
  const topLevel = app.children.map((c) => c.local);
  if (topLevel.join(",") !== TOP_LEVEL_ORDER.join(",")) {
    fail(`top-level elements are ${topLevel.join(", ")}; expected ${TOP_LEVEL_ORDER.join(", ")}`);
  }
  const top = (local: string) => child(app, local);
  const text = (local: string) => top(local)?.text.trim() ?? "";
  const defaultValue = (local: string) => top(local)?.attrs.get("DefaultValue") ?? "";

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) {
    fail(`Id "${text("Id")}" is not a GUID`);
  }
  if (text("Version") !== "1.0.0.0") fail(`Version is "${text("Version")}", not 1.0.0.0`);
  if (text("ProviderName") !== "Gendan") fail(`ProviderName is "${text("ProviderName")}"`);
  if (text("DefaultLocale") !== "zh-CN") fail(`DefaultLocale is "${text("DefaultLocale")}", not zh-CN`);
  if (defaultValue("DisplayName") !== "跟单助手") fail(`DisplayName is "${defaultValue("DisplayName")}"`);
  for (const local of ["DisplayName", "Description"]) {
    const element = top(local);
    if (!hasCjk(element?.attrs.get("DefaultValue") ?? "")) fail(`${local} has no Chinese default`);
    const en = element?.children.find((c) => c.local === "Override" && c.attrs.get("Locale") === "en-US");
    if (!en?.attrs.get("Value")) fail(`${local} has no en-US override`);
  }

  const hosts = top("Hosts")?.children ?? [];
  if (hosts.length !== 1 || hosts[0]?.attrs.get("Name") !== "Workbook") fail("Hosts is not just Workbook");
  const excelApi = child(child(top("Requirements"), "Sets"), "Set");
  if (excelApi?.attrs.get("Name") !== "ExcelApi" || excelApi.attrs.get("MinVersion") !== "1.9") {
    fail("Requirements do not ask for ExcelApi 1.9");
  }
  if (text("Permissions") !== "ReadWriteDocument") fail(`Permissions is "${text("Permissions")}"`);
  const source = child(top("DefaultSettings"), "SourceLocation")?.attrs.get("DefaultValue");
  if (source !== `${ORIGIN}/taskpane.html`) fail(`SourceLocation is ${source}, not the task pane`);

  // Every URL: on our origin and naming a file the build emits.
  const appDomains = top("AppDomains")?.children ?? [];
  for (const domain of appDomains) {
    if (domain.text.trim() !== ORIGIN) fail(`AppDomain ${domain.text.trim()} is not ${ORIGIN}`);
  }
  for (const element of [app, ...descendants(app)]) {
    if (appDomains.includes(element)) continue;
    const values = [...element.attrs.entries()]
      .filter(([name]) => !name.startsWith("{http://www.w3.org/2000/xmlns/}") && name !== "xmlns")
      .map(([, value]) => value);
    if (element.children.length === 0) values.push(element.text.trim());
    for (const value of values.filter((v) => /^[a-z]+:\/\//i.test(v))) {
      const path = localPath(value);
      if (path === undefined) fail(`URL ${value} is not on ${ORIGIN}/`);
      else if (!env.emittedFiles.has(path)) fail(`URL ${value} names ${path}, which the build does not emit`);
    }
  }

  // Icons: the declared sizes are the pixel sizes.
  const iconChecks: [string, number[]][] = [
    ["IconUrl", [32]],
    ["HighResolutionIconUrl", [64, 80]],
  ];
  for (const [local, sizes] of iconChecks) {
    const path = localPath(defaultValue(local));
    const size = path === undefined ? undefined : env.imageSize(path);
    if (!size || size.width !== size.height || !sizes.includes(size.width)) {
      fail(`${local} is not a ${sizes.join(" or ")} px square PNG`);
    }
  }

  // VersionOverrides: the ribbon button and the FunctionFile, every resid defined.
  const overrides = top("VersionOverrides");
  if (overrides?.uri !== NS.overrides || (overrides && xsiType(overrides) !== "VersionOverridesV1_0")) {
    fail("VersionOverrides is not the TaskPane v1.0 schema");
  }
  const resources = child(overrides, "Resources");
  const resourceGroups = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
  const defined = new Map<string, (typeof resourceGroups)[number]>();
  const definitions = new Map<string, XmlElement>();
  for (const group of resourceGroups) {
    const groupElement = child(resources, group);
    if (!groupElement || groupElement.uri !== NS.bt) fail(`Resources has no bt:${group}`);
    for (const item of groupElement?.children ?? []) {
      const id = item.attrs.get("id") ?? "";
      if (defined.has(id)) fail(`resource id ${id} is defined twice`);
      if (id.length === 0 || id.length > RESID_MAX)
        fail(`resource id "${id}" is empty or over ${RESID_MAX} characters`);
      defined.set(id, group);
      definitions.set(id, item);
    }
  }
  /** Which resource group a resid must come from, by the element that refers to it. */
  const expectedGroup = (element: XmlElement, parent: XmlElement | undefined) => {
    if (element.local === "Image") return "Images";
    if (["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(element.local)) return "Urls";
    if (element.local === "Description") return "LongStrings";
    if (parent?.local === "Supertip" || ["Label", "Title"].includes(element.local)) return "ShortStrings";
    return undefined;
  };
  const walk = (element: XmlElement, parent: XmlElement | undefined) => {
    const resid = element.attrs.get("resid");
    if (resid !== undefined) {
      const group = defined.get(resid);
      const expected = expectedGroup(element, parent);
      if (!group) fail(`resid ${resid} (on ${element.local}) is not defined in Resources`);
      else if (expected && group !== expected)
        fail(`resid ${resid} on ${element.local} is in ${group}, not ${expected}`);
    }
    for (const c of element.children) walk(c, element);
  };
  if (overrides) walk(overrides, undefined);

  for (const [id, item] of definitions) {
    const group = defined.get(id);
    if (group !== "ShortStrings" && group !== "LongStrings") continue;
    const zh = item.attrs.get("DefaultValue") ?? "";
    const en = item.children.find((c) => c.local === "Override" && c.attrs.get("Locale") === "en-US");
    const enValue = en?.attrs.get("Value") ?? "";
    const max = group === "ShortStrings" ? SHORT_STRING_MAX : LONG_STRING_MAX;
    if (!hasCjk(zh)) fail(`string ${id} has no Chinese default`);
    if (!enValue) fail(`string ${id} has no en-US override`);
    if (zh.length > max || enValue.length > max) fail(`string ${id} is longer than ${max} characters`);
  }

  // Each bt:Image a control or group shows must be as large as its `size` says.
  for (const element of descendants(overrides ?? app)) {
    if (element.local !== "Image" || element.attrs.get("size") === undefined) continue;
    const size = Number(element.attrs.get("size"));
    const url = definitions.get(element.attrs.get("resid") ?? "")?.attrs.get("DefaultValue") ?? "";
    const path = localPath(url);
    const actual = path === undefined ? undefined : env.imageSize(path);
    if (!actual || actual.width !== size || actual.height !== size) {
      fail(
        `image ${element.attrs.get("resid")} is declared ${size} px but ${url} is ${actual ? `${actual.width}×${actual.height}` : "not a PNG"}`,
      );
    }
  }

  const host = child(child(overrides, "Hosts"), "Host");
  if (!host || xsiType(host) !== "Workbook") fail("VersionOverrides has no Workbook host");
  const desktop = child(host, "DesktopFormFactor");
  const functionFile = child(desktop, "FunctionFile")?.attrs.get("resid") ?? "";
  if (definitions.get(functionFile)?.attrs.get("DefaultValue") !== `${ORIGIN}/commands.html`) {
    fail("FunctionFile does not point at commands.html");
  }
  if (!child(desktop, "GetStarted")) fail("DesktopFormFactor has no GetStarted");
  const surface = child(desktop, "ExtensionPoint");
  if (!surface || xsiType(surface) !== "PrimaryCommandSurface")
    fail("no PrimaryCommandSurface extension point");
  const tab = child(surface, "OfficeTab");
  if (tab?.attrs.get("id") !== "TabHome") fail("the group is not on the Home tab");
  const buttons = [...descendants(tab ?? app)].filter(
    (e) => e.local === "Control" && xsiType(e) === "Button",
  );
  const taskpaneButton = buttons.find((b) => {
    const action = child(b, "Action");
    return action && xsiType(action) === "ShowTaskpane";
  });
  const action = child(taskpaneButton, "Action");
  if (!taskpaneButton || child(action, "TaskpaneId")?.text.trim() !== "ButtonId1") {
    fail("no ShowTaskpane button with TaskpaneId ButtonId1");
  }
  const actionSource = definitions.get(child(action, "SourceLocation")?.attrs.get("resid") ?? "");
  if (actionSource?.attrs.get("DefaultValue") !== `${ORIGIN}/taskpane.html`) {
    fail("the task pane button does not open taskpane.html");
  }
  const buttonLabel = definitions.get(child(taskpaneButton, "Label")?.attrs.get("resid") ?? "");
  if (buttonLabel?.attrs.get("DefaultValue") !== "打开跟单助手")
    fail("the button is not labelled 打开跟单助手");
  // 校验, 生成送货单 and 对账单 open the same pane (one container, TaskpaneId ButtonId1) on their sections.
  const sectionButton = (id: string, section: string, label: string): void => {
    const button = buttons.find((b) => b.attrs.get("id") === id);
    const buttonAction = child(button, "Action");
    const source = definitions.get(child(buttonAction, "SourceLocation")?.attrs.get("resid") ?? "");
    if (
      !buttonAction ||
      xsiType(buttonAction) !== "ShowTaskpane" ||
      child(buttonAction, "TaskpaneId")?.text.trim() !== "ButtonId1" ||
      source?.attrs.get("DefaultValue") !== `${ORIGIN}/taskpane.html?section=${section}`
    ) {
      fail(`the ${label} button does not open the task pane (ButtonId1) on taskpane.html?section=${section}`);
    }
    const shown = definitions.get(child(button, "Label")?.attrs.get("resid") ?? "");
    if (shown?.attrs.get("DefaultValue") !== label) fail(`the ${label} button is not labelled ${label}`);
  };
  sectionButton("Gendan.CheckButton", "orders", "校验");
  sectionButton("Gendan.DeliveryButton", "deliveryNotes", "生成送货单");
  sectionButton("Gendan.StatementButton", "statements", "对账单");

  // 初始化/升级 opens it on 工作簿, where setup reports what it did or why it refused.
  const setupButton = buttons.find((b) => b.attrs.get("id") === "Gendan.SetupButton");
  const setupAction = child(setupButton, "Action");
  const setupSource = definitions.get(child(setupAction, "SourceLocation")?.attrs.get("resid") ?? "");
  if (
    !setupAction ||
    xsiType(setupAction) !== "ShowTaskpane" ||
    child(setupAction, "TaskpaneId")?.text.trim() !== "ButtonId1" ||
    setupSource?.attrs.get("DefaultValue") !== `${ORIGIN}/taskpane.html?section=workbook`
  ) {
    fail("the 初始化/升级 button does not open the task pane (ButtonId1) on taskpane.html?section=workbook");
  }

  const group = child(tab, "Group");
  const groupLabel = definitions.get(child(group, "Label")?.attrs.get("resid") ?? "");
  if (groupLabel?.attrs.get("DefaultValue") !== "跟单助手") fail("the group is not labelled 跟单助手");

  return violations;
}

/** Expands a copy-webpack-plugin `from` glob (only `*` within one folder) against the project. */
function expandCopyPattern(from: string, to: string): string[] {
  const slash = from.lastIndexOf("/");
  const folder = slash < 0 ? "" : from.slice(0, slash);
  const glob = from.slice(slash + 1);
  if (!glob.includes("*")) return [to];
  const matcher = new RegExp(
    `^${glob
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]*")}$`,
  );
  const directory = join(root, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => matcher.test(name))
    .map((name) => {
      const dot = name.lastIndexOf(".");
      const [base, ext] = dot < 0 ? [name, ""] : [name.slice(0, dot), name.slice(dot)];
      return to.replace("[name]", base).replace("[ext]", ext);
    });
}

/** The files the add-in build (webpack's `addin` config) writes to dist/, read from the config itself. */
async function addinBuildOutputs(): Promise<Set<string>> {
  const module = (await import(join(root, "webpack.config.js"))) as {
    default: (env: object, argv: object) => Promise<{ name: string; plugins: object[] }[]>;
  };
  const configs = await module.default({}, { mode: "production" });
  const addin = configs.find((c) => c.name === "addin");
  if (!addin) throw new Error("webpack.config.js has no addin build");
  const files = new Set<string>();
  for (const plugin of addin.plugins) {
    const html = plugin as { userOptions?: { filename?: string } };
    if (typeof html.userOptions?.filename === "string") files.add(html.userOptions.filename);
    const copy = plugin as { patterns?: { from: string; to: string }[] };
    for (const pattern of copy.patterns ?? []) {
      for (const file of expandCopyPattern(pattern.from, pattern.to)) files.add(file);
    }
  }
  return files;
}

/** Image sizes of what the build copies: dist/assets/x comes from the project's assets/x. */
function projectImageSize(path: string): { width: number; height: number } | undefined {
  const file = join(root, path);
  return existsSync(file) ? pngSize(readFileSync(file)) : undefined;
}

describe("manifest.xml", () => {
  const manifest = readFileSync(manifestPath, "utf8");
  let env: ManifestEnvironment;

  beforeAll(async () => {
    env = { emittedFiles: await addinBuildOutputs(), imageSize: projectImageSize };
  });

  test("the build emits the pages and icons the manifest needs", () => {
    for (const file of ["taskpane.html", "commands.html", "assets/icon-16.png", "assets/icon-80.png"]) {
      expect(env.emittedFiles).toContain(file);
    }
  });

  test("passes every check", () => {
    expect(manifestViolations(manifest, env)).toEqual([]);
  });

  describe("the checker rejects broken copies", () => {
    const broken: [string, (xml: string) => string, RegExp][] = [
      ["an unclosed element", (xml) => xml.replace("</Permissions>", ""), /not well-formed/],
      [
        "an undeclared prefix",
        (xml) => xml.replace(' xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"', ""),
        /not well-formed/,
      ],
      [
        "a mail app",
        (xml) => xml.replace('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'),
        /xsi:type is MailApp/,
      ],
      [
        "Permissions before DefaultSettings",
        (xml) => {
          const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
          return xml
            .replace(permissions, "")
            .replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
        },
        /top-level elements are .*Permissions, DefaultSettings/,
      ],
      ["ExcelApi 1.8", (xml) => xml.replace('MinVersion="1.9"', 'MinVersion="1.8"'), /ExcelApi 1\.9/],
      [
        "read-only permission",
        (xml) => xml.replace(">ReadWriteDocument<", ">ReadDocument<"),
        /Permissions is "ReadDocument"/,
      ],
      [
        "a foreign URL",
        (xml) =>
          xml.replace(
            `${ORIGIN}/taskpane.html"/>\n  <AppDomains>`,
            'https://example.com/help"/>\n  <AppDomains>',
          ),
        /https:\/\/example\.com\/help is not on/,
      ],
      [
        "a page the build does not emit",
        (xml) => xml.replace(`${ORIGIN}/commands.html`, `${ORIGIN}/ribbon.html`),
        /ribbon\.html, which the build does not emit/,
      ],
      [
        "a page with a query that the build does not emit",
        (xml) =>
          xml.replace(`${ORIGIN}/taskpane.html?section=orders`, `${ORIGIN}/orders.html?section=orders`),
        /orders\.html, which the build does not emit/,
      ],
      [
        "the 校验 button opening the pane without its section",
        (xml) =>
          xml.replace(
            '<SourceLocation resid="Taskpane.Orders.Url"/>',
            '<SourceLocation resid="Taskpane.Url"/>',
          ),
        /校验 button does not open .*section=orders/,
      ],
      [
        "the 生成送货单 button opening the pane without its section",
        (xml) =>
          xml.replace(
            '<SourceLocation resid="Taskpane.DeliveryNotes.Url"/>',
            '<SourceLocation resid="Taskpane.Url"/>',
          ),
        /生成送货单 button does not open .*section=deliveryNotes/,
      ],
      [
        "the 对账单 button opening the pane on another section",
        (xml) =>
          xml.replace(
            '<SourceLocation resid="Taskpane.Statements.Url"/>',
            '<SourceLocation resid="Taskpane.DeliveryNotes.Url"/>',
          ),
        /对账单 button does not open .*section=statements/,
      ],
      [
        "the 对账单 button labelled as another",
        (xml) =>
          xml.replace('<Label resid="StatementButton.Label"/>', '<Label resid="DeliveryButton.Label"/>'),
        /对账单 button is not labelled 对账单/,
      ],
      [
        "the 初始化/升级 button running nothing visible",
        (xml) =>
          xml.replace(
            '<SourceLocation resid="Taskpane.Workbook.Url"/>',
            '<SourceLocation resid="Taskpane.Url"/>',
          ),
        /初始化\/升级 button does not open .*section=workbook/,
      ],
      [
        "an undefined resid",
        (xml) => xml.replace('<Label resid="Gendan.Group.Label"/>', '<Label resid="Gendan.Missing"/>'),
        /resid Gendan\.Missing .* not defined/,
      ],
      [
        "a label taken from the long strings",
        (xml) =>
          xml.replace('<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
        /is in LongStrings, not ShortStrings/,
      ],
      [
        "a missing English override",
        (xml) => xml.replace('<bt:Override Locale="en-US" Value="Open Gendan"/>', ""),
        /TaskpaneButton\.Label has no en-US override/,
      ],
      [
        "no English display name",
        (xml) => xml.replace('<Override Locale="en-US" Value="Gendan Order Tracker"/>', ""),
        /DisplayName has no en-US override/,
      ],
      [
        "a 16 px icon declared as 32",
        (xml) =>
          xml.replace(
            'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
            'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          ),
        /declared 32 px but .*icon-16\.png is 16×16/,
      ],
      [
        "a wrong IconUrl size",
        (xml) =>
          xml.replace(
            '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
            '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
          ),
        /IconUrl is not a 32 px/,
      ],
      [
        "the pane button opening another page",
        (xml) =>
          xml.replace(
            '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
            '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/commands.html"/>',
          ),
        /does not open taskpane\.html/,
      ],
    ];

    test.each(broken)("%s", (_name, breakIt, expected) => {
      const copy = breakIt(manifest);
      expect(copy).not.toBe(manifest); // the edit applied, so the rule is really exercised
      const violations = manifestViolations(copy, env);
      expect(violations.join("\n")).toMatch(expected);
    });
  });
});

describe("icons", () => {
  test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a square PNG of that size", (size) => {
    const bytes = readFileSync(join(root, "assets", `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    // Colour type 6 (RGBA), so the rounded corners are transparent.
    expect(bytes[25]).toBe(6);
  });

  test("a file that is not a PNG has no size", () => {
    expect(pngSize(Buffer.from("<svg/>"))).toBeUndefined();
    expect(pngSize(readFileSync(manifestPath))).toBeUndefined();
  });
});
