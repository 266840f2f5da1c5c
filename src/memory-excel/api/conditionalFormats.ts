/** `Excel.ConditionalFormatCollection` of a range, with Custom and CellValue formats. */
import type { ConditionalFormatModel, ConditionalFormatStyle, SheetModel } from "../model";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { asExcel, ClientObjectBase, ClientResultProxy, CollectionProxy } from "./proxy";
import { normalizeColor, RangeProxy, type RangeTarget } from "./range";
import { intersect, subtract } from "./rects";

interface FormatTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** Priorities 0..n-1 in the current order, 0 first. */
function renumber(sheet: SheetModel): void {
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
}

function touching(sheet: SheetModel, target: RangeTarget): ConditionalFormatModel[] {
  return [...sheet.conditionalFormats]
    .filter((cf) => cf.ranges.some((r) => intersect(r, target.rect)))
    .sort((a, b) => a.priority - b.priority);
}

/** `Excel.ConditionalFormatCollection`. */
export class ConditionalFormatCollectionProxy
  extends CollectionProxy<FormatTarget, RangeTarget>
  implements
    Pick<
      Excel.ConditionalFormatCollection,
      "context" | "items" | "add" | "getCount" | "getItemAt" | "clearAll" | "load"
    >
{
  protected readonly _typeName = "ConditionalFormatCollection";
  protected _members(target: RangeTarget): FormatTarget[] {
    return touching(target.sheet, target).map((cf) => ({ sheet: target.sheet, cf }));
  }
  protected _itemProxy(member: FormatTarget): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, () => member)._bind(member);
  }
  get items(): Excel.ConditionalFormat[] {
    return this._items();
  }

  /** Adds a format over the range at the top priority, as Excel does. Only Custom and CellValue are supported. */
  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue",
  ): Excel.ConditionalFormat {
    return asExcel(
      new ConditionalFormatProxy(
        this._ctx,
        () => {
          const target = this._target("add");
          if (type !== "Custom" && type !== "CellValue") {
            throw invalidArgument(
              `conditional format type '${type}' is not supported`,
              "ConditionalFormatCollection.add",
            );
          }
          const { sheet, rect } = target;
          const id = `cf${this._ctx.model.nextId++}`;
          for (const other of sheet.conditionalFormats) other.priority += 1;
          const common = { id, ranges: [{ ...rect }], format: {}, priority: 0, stopIfTrue: false };
          const cf: ConditionalFormatModel =
            type === "Custom"
              ? { ...common, type: "Custom", formula: "" }
              : { ...common, type: "CellValue", operator: "EqualTo", formula1: "" };
          sheet.conditionalFormats.push(cf);
          renumber(sheet);
          this._ctx.host._changed(false);
          return { sheet, cf };
        },
        { call: "conditionalFormats.add", on: this._id, args: [type] },
      ),
    );
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("ConditionalFormatCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () => {
      const target = this._target("getCount");
      result._resolve(touching(target.sheet, target).length);
    });
    return result._asResult();
  }
  getItemAt(index: number): Excel.ConditionalFormat {
    return asExcel(
      new ConditionalFormatProxy(
        this._ctx,
        () => {
          const target = this._target("getItemAt");
          const cf = touching(target.sheet, target)[index];
          if (!cf)
            throw itemNotFound(`conditional format #${index}`, "ConditionalFormatCollection.getItemAt");
          return { sheet: target.sheet, cf };
        },
        { call: "conditionalFormats.getItemAt", on: this._id, args: [index] },
      ),
    );
  }
  /** Removes conditional formats from the range's cells (formats reaching beyond it keep the rest). */
  clearAll(): void {
    this._call("clearAll", [], ({ sheet, rect }) => {
      for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtract(r, rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
      renumber(sheet);
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ConditionalFormatCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ConditionalFormat`. */
export class ConditionalFormatProxy
  extends ClientObjectBase<FormatTarget>
  implements
    Pick<
      Excel.ConditionalFormat,
      | "context"
      | "id"
      | "type"
      | "priority"
      | "stopIfTrue"
      | "custom"
      | "cellValue"
      | "getRange"
      | "delete"
      | "load"
    >
{
  protected readonly _typeName = "ConditionalFormat";
  private readonly _custom = new CustomFormatProxy(this._ctx, () => this._kind("Custom", "custom"));
  private readonly _cellValue = new CellValueFormatProxy(this._ctx, () =>
    this._kind("CellValue", "cellValue"),
  );

  private _kind(type: string, member: string): FormatTarget | null {
    const t = this._targetOrNull();
    if (t && t.cf.type !== type)
      throw invalidOperation(`a ${t.cf.type} format has no ${member}`, `ConditionalFormat.${member}`);
    return t;
  }
  protected _scalarProps(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "custom" ? this._custom : name === "cellValue" ? this._cellValue : undefined;
  }
  protected _readProp(name: string, { cf }: FormatTarget): unknown {
    switch (name) {
      case "id":
        return cf.id;
      case "type":
        return cf.type;
      case "priority":
        return cf.priority;
      default:
        return cf.stopIfTrue;
    }
  }
  get id(): string {
    return this._get("id");
  }
  get type(): Excel.ConditionalFormatType {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  /** Moves the format to this priority (0 is evaluated first); the others keep their order. */
  set priority(value: number) {
    this._set("priority", value, ({ sheet, cf }) => {
      if (!Number.isInteger(value) || value < 0)
        throw invalidArgument("priority must be an integer ≥ 0", "ConditionalFormat.priority");
      const order = [...sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .filter((x) => x !== cf);
      order.splice(Math.min(value, order.length), 0, cf);
      order.forEach((x, i) => (x.priority = i));
      this._ctx.host._changed(false);
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._set("stopIfTrue", value, ({ cf }) => {
      cf.stopIfTrue = value;
      this._ctx.host._changed(false);
    });
  }
  get custom(): Excel.CustomConditionalFormat {
    return asExcel(this._custom);
  }
  get cellValue(): Excel.CellValueConditionalFormat {
    return asExcel(this._cellValue);
  }
  getRange(): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const t = this._targetOrNull();
        const first = t?.cf.ranges[0];
        return t && first ? { sheet: t.sheet, rect: first } : null;
      },
      { call: "getRange", on: this._id },
    )._excel();
  }
  delete(): void {
    this._call("delete", [], ({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      renumber(sheet);
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ConditionalFormat {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.CustomConditionalFormat`: a formula rule and a format. */
export class CustomFormatProxy
  extends ClientObjectBase<FormatTarget>
  implements Pick<Excel.CustomConditionalFormat, "context" | "rule" | "format" | "load">
{
  protected readonly _typeName = "CustomConditionalFormat";
  private readonly _rule = new FormulaRuleProxy(this._ctx, () => this._targetOrNull());
  private readonly _format = new ConditionalRangeFormatProxy(this._ctx, () => this._targetOrNull());
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "rule" ? this._rule : name === "format" ? this._format : undefined;
  }
  get rule(): Excel.ConditionalFormatRule {
    return asExcel(this._rule);
  }
  get format(): Excel.ConditionalRangeFormat {
    return asExcel(this._format);
  }
  load(option?: unknown): Excel.CustomConditionalFormat {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ConditionalFormatRule`: the formula of a Custom format. */
export class FormulaRuleProxy
  extends ClientObjectBase<FormatTarget>
  implements Pick<Excel.ConditionalFormatRule, "context" | "formula" | "formulaLocal" | "load">
{
  protected readonly _typeName = "ConditionalFormatRule";
  protected _scalarProps(): readonly string[] {
    return ["formula", "formulaLocal"];
  }
  protected _readProp(_name: string, { cf }: FormatTarget): unknown {
    return cf.type === "Custom" ? cf.formula : "";
  }
  private _setFormula(name: string, value: string): void {
    this._set(name, value, ({ cf }) => {
      if (cf.type !== "Custom") return;
      if (typeof value !== "string" || value === "")
        throw invalidArgument("the rule needs a formula", `ConditionalFormatRule.${name}`);
      cf.formula = value.startsWith("=") ? value : `=${value}`;
      this._ctx.host._changed(false);
    });
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._setFormula("formula", value);
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(value: string) {
    this._setFormula("formulaLocal", value);
  }
  load(option?: unknown): Excel.ConditionalFormatRule {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.CellValueConditionalFormat`. */
export class CellValueFormatProxy
  extends ClientObjectBase<FormatTarget>
  implements Pick<Excel.CellValueConditionalFormat, "context" | "rule" | "format" | "load">
{
  protected readonly _typeName = "CellValueConditionalFormat";
  private readonly _format = new ConditionalRangeFormatProxy(this._ctx, () => this._targetOrNull());
  protected _scalarProps(): readonly string[] {
    return ["rule"];
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "format" ? this._format : undefined;
  }
  protected _readProp(_name: string, { cf }: FormatTarget): unknown {
    if (cf.type !== "CellValue") return null;
    return cf.formula2 === undefined
      ? { formula1: cf.formula1, operator: cf.operator }
      : { formula1: cf.formula1, formula2: cf.formula2, operator: cf.operator };
  }
  get format(): Excel.ConditionalRangeFormat {
    return asExcel(this._format);
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this._get("rule");
  }
  set rule(value: Excel.ConditionalCellValueRule) {
    this._set("rule", value, ({ cf }) => {
      const location = "CellValueConditionalFormat.rule";
      if (cf.type !== "CellValue") return;
      if (!value || value.formula1 === undefined || value.formula1 === "" || !value.operator) {
        throw invalidArgument("the rule needs formula1 and an operator", location);
      }
      const between = value.operator === "Between" || value.operator === "NotBetween";
      if (between && (value.formula2 === undefined || value.formula2 === ""))
        throw invalidArgument(`${value.operator} needs formula2`, location);
      cf.operator = value.operator;
      cf.formula1 = String(value.formula1);
      if (between) cf.formula2 = String(value.formula2);
      else delete cf.formula2;
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.CellValueConditionalFormat {
    this._queueLoad(option);
    return asExcel(this);
  }
}

function updateFormat(
  cf: ConditionalFormatModel,
  change: (f: ConditionalFormatStyle) => ConditionalFormatStyle,
): void {
  cf.format = change(cf.format);
}

/** `Excel.ConditionalRangeFormat`: font, fill and number format of a conditional format. */
export class ConditionalRangeFormatProxy
  extends ClientObjectBase<FormatTarget>
  implements Pick<Excel.ConditionalRangeFormat, "context" | "font" | "fill" | "load">
{
  protected readonly _typeName = "ConditionalRangeFormat";
  private readonly _font = new ConditionalFontProxy(this._ctx, () => this._targetOrNull());
  private readonly _fill = new ConditionalFillProxy(this._ctx, () => this._targetOrNull());
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(): unknown {
    return undefined;
  }
  protected override _navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === "font" ? this._font : name === "fill" ? this._fill : undefined;
  }
  get font(): Excel.ConditionalRangeFont {
    return asExcel(this._font);
  }
  get fill(): Excel.ConditionalRangeFill {
    return asExcel(this._fill);
  }
  load(option?: unknown): Excel.ConditionalRangeFormat {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ConditionalRangeFont`. Unset properties read as null, as Office.js reports them. */
export class ConditionalFontProxy
  extends ClientObjectBase<FormatTarget>
  implements Pick<Excel.ConditionalRangeFont, "context" | "color" | "bold" | "italic" | "clear" | "load">
{
  protected readonly _typeName = "ConditionalRangeFont";
  protected _scalarProps(): readonly string[] {
    return ["color", "bold", "italic"];
  }
  protected _readProp(name: string, { cf }: FormatTarget): unknown {
    const font = cf.format.font;
    return (name === "color" ? font?.color : name === "bold" ? font?.bold : font?.italic) ?? null;
  }
  private _setFont(name: "color" | "bold" | "italic", value: unknown): void {
    this._set(name, value, ({ cf }) => {
      const v = name === "color" ? normalizeColor(String(value)) : value;
      updateFormat(cf, (f) => ({ ...f, font: { ...f.font, [name]: v } }));
      this._ctx.host._changed(false);
    });
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setFont("color", value);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setFont("bold", value);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setFont("italic", value);
  }
  clear(): void {
    this._call("clear", [], ({ cf }) => {
      updateFormat(cf, ({ font: _font, ...rest }) => rest);
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ConditionalRangeFont {
    this._queueLoad(option);
    return asExcel(this);
  }
}

/** `Excel.ConditionalRangeFill`. */
export class ConditionalFillProxy
  extends ClientObjectBase<FormatTarget>
  implements Pick<Excel.ConditionalRangeFill, "context" | "color" | "clear" | "load">
{
  protected readonly _typeName = "ConditionalRangeFill";
  protected _scalarProps(): readonly string[] {
    return ["color"];
  }
  protected _readProp(_name: string, { cf }: FormatTarget): unknown {
    return cf.format.fill?.color ?? null;
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, ({ cf }) => {
      updateFormat(cf, (f) => ({ ...f, fill: { color: normalizeColor(value) } }));
      this._ctx.host._changed(false);
    });
  }
  clear(): void {
    this._call("clear", [], ({ cf }) => {
      updateFormat(cf, ({ fill: _fill, ...rest }) => rest);
      this._ctx.host._changed(false);
    });
  }
  load(option?: unknown): Excel.ConditionalRangeFill {
    this._queueLoad(option);
    return asExcel(this);
  }
}
