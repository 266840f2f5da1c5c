/**
 * Data validation and conditional formats as worksheet XML, and the differential styles (dxf)
 * conditional formats point to. ExcelJS 4.4 loses too much here (it expands every validated
 * range cell by cell on reading, rewrites date formulas as dates, has no stopIfTrue), so these
 * parts are written and read directly.
 *
 * Both hold plain A1 formulas, relative to the top-left cell of the first range: the model's
 * leading `=` is the only difference from the file.
 */
import type {
  BasicValidation,
  ConditionalFormatModel,
  ConditionalFormatStyle,
  DataValidationModel,
  DataValidationRuleModel,
  FontStyle,
  Rect,
} from "../model";
import { rectAddress } from "../model";
import { argbOf, hexOf } from "./styles";
import { parseRangeList } from "./units";
import { childNamed, childrenNamed, escapeXml, xmlElement, type XmlElement } from "./xml";

/** Office.js comparison operators (validation and cell-value formats) and the file's names for them. */
const OPERATORS_TO_FILE: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
  // Conditional formats spell these two without "To".
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};
const VALIDATION_OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};
const CELL_VALUE_OPERATORS: Record<string, string> = {
  ...VALIDATION_OPERATORS,
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
};

const BASIC_RULES = [
  ["wholeNumber", "whole"],
  ["decimal", "decimal"],
  ["date", "date"],
  ["time", "time"],
  ["textLength", "textLength"],
] as const;

const ERROR_STYLES_TO_FILE: Record<string, string | undefined> = {
  Stop: undefined,
  Warning: "warning",
  Information: "information",
};

/** A model formula without its leading `=`. */
export function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function sqrefOf(ranges: Rect[]): string {
  return ranges.map(rectAddress).join(" ");
}

/** A date rule's bound given as `2026-01-31` becomes the serial number the file needs. */
function basicFormulaText(value: string | number, isDate: boolean): string {
  if (typeof value === "number") return String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (isDate && iso) {
    return String(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86_400_000 + 25_569);
  }
  return withoutEquals(value);
}

/** A list source typed as `a,b,c` is stored as the quoted string `"a,b,c"`; `=range` as the range. */
function listFormulaText(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

function formulaElements(formulas: (string | undefined)[]): string {
  return formulas
    .map((text, i) => (text === undefined ? "" : `<formula${i + 1}>${escapeXml(text)}</formula${i + 1}>`))
    .join("");
}

/** The `<dataValidations>` element for a sheet's rules, or "" when it has none. */
export function dataValidationsXml(validations: DataValidationModel[]): string {
  const items = validations.filter((v) => v.ranges.length > 0).map(dataValidationXml);
  const valid = items.filter((item): item is string => item !== undefined);
  return valid.length ? `<dataValidations count="${valid.length}">${valid.join("")}</dataValidations>` : "";
}

function dataValidationXml(validation: DataValidationModel): string | undefined {
  const { rule } = validation;
  const alert = validation.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
  const attrs: Record<string, string | boolean | undefined> = {};
  let formulas: (string | undefined)[] = [];
  const basic = BASIC_RULES.find(([key]) => rule[key] !== undefined);
  if (basic) {
    const [key, type] = basic;
    const b = rule[key] as BasicValidation;
    attrs.type = type;
    const operator = OPERATORS_TO_FILE[b.operator] ?? "between";
    if (operator !== "between") attrs.operator = operator;
    const isDate = key === "date";
    formulas = [basicFormulaText(b.formula1, isDate)];
    if (b.formula2 !== undefined && (operator === "between" || operator === "notBetween")) {
      formulas.push(basicFormulaText(b.formula2, isDate));
    }
  } else if (rule.list) {
    attrs.type = "list";
    formulas = [listFormulaText(rule.list.source)];
  } else if (rule.custom) {
    attrs.type = "custom";
    formulas = [withoutEquals(rule.custom.formula)];
  } else {
    return undefined;
  }
  attrs.errorStyle = ERROR_STYLES_TO_FILE[alert.style];
  attrs.allowBlank = validation.ignoreBlanks || undefined;
  // The file's flag says the opposite of its name: showDropDown="1" hides the arrow.
  attrs.showDropDown = rule.list && !rule.list.inCellDropDown ? true : undefined;
  attrs.showInputMessage = validation.prompt?.showPrompt || undefined;
  attrs.showErrorMessage = alert.showAlert || undefined;
  attrs.errorTitle = alert.title || undefined;
  attrs.error = alert.message || undefined;
  attrs.promptTitle = validation.prompt?.title || undefined;
  attrs.prompt = validation.prompt?.message || undefined;
  attrs.sqref = sqrefOf(validation.ranges);
  return xmlElement("dataValidation", attrs, formulaElements(formulas));
}

/** A formula read from a file as the model holds it: plain numbers stay numbers. */
function modelBasicFormula(text: string): string | number {
  const trimmed = text.trim();
  return trimmed !== "" && /^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : `=${text}`;
}

function modelListSource(text: string): string {
  const m = /^"(.*)"$/s.exec(text.trim());
  return m ? (m[1] as string).replace(/""/g, '"') : `=${text}`;
}

/**
 * Reads data validation elements: those of `<dataValidations>` and those Excel 2010+ keeps in
 * the sheet's extLst (`x14:dataValidation`, used when a list refers to another sheet).
 */
export function readDataValidations(elements: XmlElement[]): DataValidationModel[] {
  const out: DataValidationModel[] = [];
  for (const element of elements) {
    const extended = element.name.includes(":");
    const formulaText = (name: string): string | undefined => {
      const f = childNamed(element, name);
      if (!f) return undefined;
      return extended ? (childNamed(f, "f")?.text ?? f.text) : f.text;
    };
    const sqref = extended ? (childNamed(element, "sqref")?.text ?? "") : (element.attrs.sqref ?? "");
    const ranges = parseRangeList(sqref);
    const rule = readValidationRule(element.attrs, formulaText("formula1"), formulaText("formula2"));
    if (!rule || ranges.length === 0) continue;
    const validation: DataValidationModel = { ranges, rule, ignoreBlanks: isTrue(element.attrs.allowBlank) };
    const prompt = {
      showPrompt: isTrue(element.attrs.showInputMessage),
      title: element.attrs.promptTitle ?? "",
      message: element.attrs.prompt ?? "",
    };
    if (prompt.showPrompt || prompt.title || prompt.message) validation.prompt = prompt;
    const style =
      element.attrs.errorStyle === "warning"
        ? "Warning"
        : element.attrs.errorStyle === "information"
          ? "Information"
          : "Stop";
    const errorAlert = {
      showAlert: isTrue(element.attrs.showErrorMessage),
      style,
      title: element.attrs.errorTitle ?? "",
      message: element.attrs.error ?? "",
    };
    // Excel's default alert (shown, Stop, no text) is what an absent errorAlert means.
    if (!errorAlert.showAlert || style !== "Stop" || errorAlert.title || errorAlert.message) {
      validation.errorAlert = errorAlert;
    }
    out.push(validation);
  }
  return out;
}

function readValidationRule(
  attrs: Record<string, string>,
  formula1: string | undefined,
  formula2: string | undefined,
): DataValidationRuleModel | undefined {
  const type = attrs.type ?? "none";
  if (type === "list") {
    return { list: { inCellDropDown: !isTrue(attrs.showDropDown), source: modelListSource(formula1 ?? "") } };
  }
  if (type === "custom") return { custom: { formula: `=${formula1 ?? ""}` } };
  const basic = BASIC_RULES.find(([, fileType]) => fileType === type);
  if (!basic || formula1 === undefined) return undefined;
  const operator = VALIDATION_OPERATORS[attrs.operator ?? "between"] ?? "Between";
  const rule: BasicValidation = { operator, formula1: modelBasicFormula(formula1) };
  if (formula2 !== undefined && (operator === "Between" || operator === "NotBetween")) {
    rule.formula2 = modelBasicFormula(formula2);
  }
  return { [basic[0]]: rule };
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

// --- conditional formats ---------------------------------------------------------------------

/** A differential style as the `<dxf>` element of styles.xml. */
export function dxfXml(format: ConditionalFormatStyle): string {
  let font = "";
  if (format.font) {
    const f = format.font;
    if (f.bold !== undefined) font += f.bold ? "<b/>" : '<b val="0"/>';
    if (f.italic !== undefined) font += f.italic ? "<i/>" : '<i val="0"/>';
    if (f.underline !== undefined) font += f.underline ? "<u/>" : '<u val="none"/>';
    const argb = argbOf(f.color);
    if (argb) font += `<color rgb="${argb}"/>`;
  }
  let fill = "";
  const fillArgb = argbOf(format.fill?.color);
  if (fillArgb) {
    // Excel paints a differential solid fill with its background colour; other readers use the
    // foreground, so both are set.
    fill = `<fill><patternFill patternType="solid"><fgColor rgb="${fillArgb}"/><bgColor rgb="${fillArgb}"/></patternFill></fill>`;
  }
  return `<dxf>${font ? `<font>${font}</font>` : ""}${fill}</dxf>`;
}

/** Reads a `<dxf>` element back into a conditional format's style. */
export function readDxf(dxf: XmlElement | undefined): ConditionalFormatStyle {
  const style: ConditionalFormatStyle = {};
  if (!dxf) return style;
  const font = childNamed(dxf, "font");
  if (font) {
    const out: FontStyle = {};
    const flag = (name: string, off: string): boolean | undefined => {
      const e = childNamed(font, name);
      if (!e) return undefined;
      const val = e.attrs.val;
      return !(val === "0" || val === "false" || val === off);
    };
    const bold = flag("b", "0");
    const italic = flag("i", "0");
    const underline = flag("u", "none");
    if (bold !== undefined) out.bold = bold;
    if (italic !== undefined) out.italic = italic;
    if (underline !== undefined) out.underline = underline;
    const color = colorOf(childNamed(font, "color"));
    if (color) out.color = color;
    if (Object.keys(out).length) style.font = out;
  }
  const pattern = childNamed(childNamed(dxf, "fill") ?? dxf, "patternFill");
  if (pattern && pattern.attrs.patternType !== "none") {
    const color = colorOf(childNamed(pattern, "bgColor")) ?? colorOf(childNamed(pattern, "fgColor"));
    if (color) style.fill = { color };
  }
  return style;
}

function colorOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const { rgb, theme, tint } = element.attrs;
  return hexOf({
    argb: rgb,
    theme: theme === undefined ? undefined : Number(theme),
    tint: tint === undefined ? undefined : Number(tint),
  });
}

/**
 * The `<conditionalFormatting>` elements of a sheet, each rule pointing at the dxf at
 * `firstDxfId + i`, and the dxfs to add to styles.xml. File priorities are 1-based and follow
 * the model's priority order.
 */
export function conditionalFormatsXml(
  formats: ConditionalFormatModel[],
  firstDxfId: number,
): { xml: string; dxfs: string[] } {
  const ordered = formats
    .filter((f) => f.ranges.length > 0)
    .map((format, index) => ({ format, index }))
    .sort((a, b) => a.format.priority - b.format.priority || a.index - b.index)
    .map(({ format }) => format);
  const dxfs: string[] = [];
  let xml = "";
  ordered.forEach((format, i) => {
    const attrs: Record<string, string | number | boolean | undefined> = {
      type: format.type === "Custom" ? "expression" : "cellIs",
      dxfId: firstDxfId + dxfs.length,
      priority: i + 1,
      stopIfTrue: format.stopIfTrue || undefined,
    };
    let formulas: string[];
    if (format.type === "Custom") {
      formulas = [withoutEquals(format.formula)];
    } else {
      attrs.operator = OPERATORS_TO_FILE[format.operator] ?? "equal";
      formulas = [withoutEquals(format.formula1)];
      const takesTwo = attrs.operator === "between" || attrs.operator === "notBetween";
      if (takesTwo && format.formula2 !== undefined) formulas.push(withoutEquals(format.formula2));
    }
    dxfs.push(dxfXml(format.format));
    const inner = formulas.map((f) => `<formula>${escapeXml(f)}</formula>`).join("");
    xml += xmlElement(
      "conditionalFormatting",
      { sqref: sqrefOf(format.ranges) },
      xmlElement("cfRule", attrs, inner),
    );
  });
  return { xml, dxfs };
}

/**
 * Reads `<conditionalFormatting>` elements: expression rules as Custom, cellIs rules as
 * CellValue. Other kinds (data bars, colour scales, top-N...) are not in the model and are
 * skipped. Priorities become 0-based in file priority order; `newId` names each format.
 */
export function readConditionalFormats(
  elements: XmlElement[],
  dxfs: XmlElement[],
  newId: () => string,
): ConditionalFormatModel[] {
  const found: { filePriority: number; format: ConditionalFormatModel }[] = [];
  for (const element of elements) {
    const ranges = parseRangeList(element.attrs.sqref ?? "");
    if (ranges.length === 0) continue;
    for (const rule of childrenNamed(element, "cfRule")) {
      const formulas = childrenNamed(rule, "formula").map((f) => `=${f.text}`);
      const dxfId = rule.attrs.dxfId === undefined ? undefined : Number(rule.attrs.dxfId);
      const format = readDxf(dxfId === undefined ? undefined : dxfs[dxfId]);
      const filePriority = Number(rule.attrs.priority ?? "0");
      const stopIfTrue = isTrue(rule.attrs.stopIfTrue);
      const [formula1, formula2] = formulas;
      if (rule.attrs.type === "expression" && formula1 !== undefined) {
        const model: ConditionalFormatModel = {
          id: "",
          type: "Custom",
          ranges,
          formula: formula1,
          format,
          priority: 0,
          stopIfTrue,
        };
        found.push({ filePriority, format: model });
      } else if (rule.attrs.type === "cellIs" && formula1 !== undefined) {
        const model: ConditionalFormatModel = {
          id: "",
          type: "CellValue",
          ranges,
          operator: CELL_VALUE_OPERATORS[rule.attrs.operator ?? "equal"] ?? "EqualTo",
          formula1,
          format,
          priority: 0,
          stopIfTrue,
        };
        if (formula2 !== undefined) model.formula2 = formula2;
        found.push({ filePriority, format: model });
      }
    }
  }
  return found
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => a.filePriority - b.filePriority || a.index - b.index)
    .map(({ format }, priority) => ({ ...format, id: newId(), priority }));
}
