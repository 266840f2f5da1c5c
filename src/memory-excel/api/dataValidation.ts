/** `Excel.DataValidation` of a range: the rules stored as rectangles on the sheet. */
import type {
  BasicValidation,
  DataValidationModel,
  DataValidationRuleModel,
  Rect,
  SheetModel,
} from "../model";
import { invalidArgument } from "./errors";
import { asExcel, ClientObjectBase } from "./proxy";
import { rangeProxyOf, type RangeTarget } from "./range";
import { cellCount, intersect, sheetAddress, subtract } from "./rects";

const RULE_KINDS = ["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"] as const;
type RuleKind = (typeof RULE_KINDS)[number];
const TYPE_OF: Record<RuleKind, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  list: "List",
  custom: "Custom",
};
const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };

function ruleKind(rule: DataValidationRuleModel): RuleKind | undefined {
  return RULE_KINDS.find((k) => rule[k] !== undefined);
}

/** Removes `rect` from every rule's cells, dropping rules left with none. */
export function removeValidation(sheet: SheetModel, rect: Rect): void {
  for (const v of sheet.dataValidations) v.ranges = v.ranges.flatMap((r) => subtract(r, rect));
  sheet.dataValidations = sheet.dataValidations.filter((v) => v.ranges.length > 0);
}

/** The rules touching `rect` and how many of its cells each covers. */
function rulesOn(sheet: SheetModel, rect: Rect): { rule: DataValidationModel; cells: number }[] {
  const out: { rule: DataValidationModel; cells: number }[] = [];
  for (const v of sheet.dataValidations) {
    let cells = 0;
    for (const r of v.ranges) {
      const hit = intersect(r, rect);
      if (hit) cells += cellCount(hit);
    }
    if (cells > 0) out.push({ rule: v, cells });
  }
  return out;
}

/** The one rule covering all of `rect`, if there is exactly one. */
function soleRule(sheet: SheetModel, rect: Rect): DataValidationModel | undefined {
  const rules = rulesOn(sheet, rect);
  return rules.length === 1 && rules[0]!.cells === cellCount(rect) ? rules[0]!.rule : undefined;
}

/**
 * Changes the settings of the rules on `rect` for its cells only: a rule reaching beyond `rect` is
 * split, its part inside `rect` getting the change. Cells without a rule get an any-value rule.
 */
function updateValidation(sheet: SheetModel, rect: Rect, change: (v: DataValidationModel) => void): void {
  const rules = rulesOn(sheet, rect);
  if (rules.length === 0) {
    const v: DataValidationModel = { ranges: [rect], rule: {}, ignoreBlanks: true };
    change(v);
    sheet.dataValidations.push(v);
    return;
  }
  for (const { rule } of rules) {
    const inside = rule.ranges.flatMap((r) => intersect(r, rect) ?? []);
    const outside = rule.ranges.flatMap((r) => subtract(r, rect));
    if (outside.length === 0) {
      change(rule);
      continue;
    }
    rule.ranges = outside;
    const copy: DataValidationModel = structuredClone({ ...rule, ranges: inside });
    change(copy);
    sheet.dataValidations.push(copy);
  }
}

/** A formula argument as stored: Ranges become absolute references. */
function formulaArg(
  ctx: ClientObjectBase<unknown>["_ctx"],
  value: unknown,
  location: string,
): string | number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if (value instanceof Date)
    throw invalidArgument("dates must be given as formulas or serial numbers", location);
  const { sheet, rect } = rangeProxyOf(ctx, value, location)._target(location);
  return `=${sheetAddress(sheet.name, rect, true)}`;
}

/** Checks a rule (exactly one member) and converts it to the model's shape. */
function toModelRule(
  ctx: ClientObjectBase<unknown>["_ctx"],
  rule: Excel.DataValidationRule,
  location: string,
): DataValidationRuleModel {
  const given = RULE_KINDS.filter(
    (k) =>
      (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null,
  );
  if (given.length !== 1)
    throw invalidArgument("a validation rule sets exactly one of its members", location);
  const kind = given[0]!;
  if (kind === "list") {
    const list = rule.list!;
    const source = list.source as unknown;
    if (source === undefined || source === "") throw invalidArgument("a list needs a source", location);
    return {
      list: {
        inCellDropDown: list.inCellDropDown ?? true,
        source: String(formulaArg(ctx, source, location)),
      },
    };
  }
  if (kind === "custom") {
    const formula = rule.custom!.formula;
    if (typeof formula !== "string" || formula === "")
      throw invalidArgument("a custom rule needs a formula", location);
    return { custom: { formula } };
  }
  const basic = (rule as Record<string, unknown>)[kind] as {
    operator?: string;
    formula1?: unknown;
    formula2?: unknown;
  };
  if (!basic.operator) throw invalidArgument("the rule needs an operator", location);
  if (basic.formula1 === undefined || basic.formula1 === null)
    throw invalidArgument("the rule needs formula1", location);
  const between = basic.operator === "Between" || basic.operator === "NotBetween";
  if (between && (basic.formula2 === undefined || basic.formula2 === null)) {
    throw invalidArgument(`${basic.operator} needs formula2`, location);
  }
  const model: BasicValidation = {
    operator: basic.operator,
    formula1: formulaArg(ctx, basic.formula1, location),
  };
  if (between) model.formula2 = formulaArg(ctx, basic.formula2, location);
  return { [kind]: model };
}

/** The rule in Office.js shape. */
function toExcelRule(rule: DataValidationRuleModel): Excel.DataValidationRule {
  return structuredClone(rule) as Excel.DataValidationRule;
}

type Members = "context" | "rule" | "type" | "prompt" | "errorAlert" | "ignoreBlanks" | "clear" | "load";

/** `Excel.DataValidation`. */
export class DataValidationProxy
  extends ClientObjectBase<RangeTarget>
  implements Pick<Excel.DataValidation, Members>
{
  protected readonly _typeName = "DataValidation";
  protected _scalarProps(): readonly string[] {
    return ["rule", "type", "prompt", "errorAlert", "ignoreBlanks"];
  }
  protected _readProp(name: string, { sheet, rect }: RangeTarget): unknown {
    const sole = soleRule(sheet, rect);
    switch (name) {
      case "type": {
        const rules = rulesOn(sheet, rect);
        if (rules.length === 0) return "None";
        if (!sole) return rules.length > 1 ? "MixedCriteria" : "Inconsistent";
        const kind = ruleKind(sole.rule);
        return kind ? TYPE_OF[kind] : "None";
      }
      case "rule":
        return sole ? toExcelRule(sole.rule) : {};
      case "prompt":
        return { ...(sole?.prompt ?? DEFAULT_PROMPT) };
      case "errorAlert":
        return { ...(sole?.errorAlert ?? DEFAULT_ALERT) };
      default:
        return sole ? sole.ignoreBlanks : true;
    }
  }
  get type(): Excel.DataValidationType {
    return this._get("type");
  }
  get rule(): Excel.DataValidationRule {
    return this._get("rule");
  }
  /** Replaces the rule of the range's cells; their prompt and alert stay when one rule covered them. */
  set rule(value: Excel.DataValidationRule) {
    const location = "DataValidation.rule";
    const list = value?.list?.source as unknown;
    if (list !== undefined && typeof list !== "string") this._ctx._own(list, location);
    this._set("rule", value, ({ sheet, rect }) => {
      const rule = toModelRule(this._ctx, value, location);
      const before = soleRule(sheet, rect);
      removeValidation(sheet, rect);
      const v: DataValidationModel = { ranges: [rect], rule, ignoreBlanks: before?.ignoreBlanks ?? true };
      if (before?.prompt) v.prompt = { ...before.prompt };
      if (before?.errorAlert) v.errorAlert = { ...before.errorAlert };
      sheet.dataValidations.push(v);
      this._ctx.host._changed(false);
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return this._get("prompt");
  }
  set prompt(value: Excel.DataValidationPrompt) {
    this._set("prompt", value, ({ sheet, rect }) => {
      updateValidation(sheet, rect, (v) => {
        v.prompt = { ...DEFAULT_PROMPT, ...v.prompt, ...value };
      });
      this._ctx.host._changed(false);
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this._set("errorAlert", value, ({ sheet, rect }) => {
      updateValidation(sheet, rect, (v) => {
        v.errorAlert = { ...DEFAULT_ALERT, ...v.errorAlert, ...value };
      });
      this._ctx.host._changed(false);
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._set("ignoreBlanks", value, ({ sheet, rect }) => {
      updateValidation(sheet, rect, (v) => {
        v.ignoreBlanks = value;
      });
      this._ctx.host._changed(false);
    });
  }
  clear(): void {
    this._call("clear", [], ({ sheet, rect }) => {
      removeValidation(sheet, rect);
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.DataValidation {
    this._queueLoad(option);
    return asExcel(this);
  }
}
