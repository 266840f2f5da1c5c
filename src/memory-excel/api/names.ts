/** `Excel.NamedItemCollection` (workbook or sheet scope) and `Excel.NamedItem`. */
import type { NamedItemModel, SheetModel } from "../model";
import type { MemoryContext } from "./context";
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import { checkDefinedName, checkNameIsFree } from "./nameRules";
import { asExcel, ClientObjectBase, ClientResultProxy, CollectionProxy, type Resolver } from "./proxy";
import { RangeProxy, rangeProxyOf } from "./range";
import { parseReferenceFormula, sheetAddress } from "./rects";
import { findSheet } from "./worksheet";

type NameScope = SheetModel | "workbook";

function inScope(n: NamedItemModel, scope: NameScope): boolean {
  return scope === "workbook" ? n.sheetId === undefined : n.sheetId === scope.id;
}

/** What a name's formula evaluates to, without an engine: a range, a constant, or the formula text. */
function nameValue(formula: string): { type: string; value: unknown } {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (parseReferenceFormula(formula)) return { type: "Range", value: body };
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(body))
    return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^"([^"]|"")*"$/.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  if (/^#[A-Z/0!?]+[!?A]?$/.test(body) || body.includes("#REF!")) return { type: "Error", value: "#REF!" };
  return { type: "String", value: body };
}

/** `Excel.NamedItemCollection`. */
export class NamedItemCollectionProxy
  extends CollectionProxy<NamedItemModel, NameScope>
  implements
    Pick<
      Excel.NamedItemCollection,
      "context" | "items" | "add" | "getCount" | "getItem" | "getItemOrNullObject" | "load"
    >
{
  protected readonly _typeName = "NamedItemCollection";

  constructor(ctx: MemoryContext, resolver: Resolver<NameScope>) {
    super(ctx, resolver);
  }
  protected _members(scope: NameScope): NamedItemModel[] {
    return this._ctx.model.names.filter((n) => inScope(n, scope));
  }
  protected _itemProxy(name: NamedItemModel): NamedItemProxy {
    return new NamedItemProxy(this._ctx, () => name)._bind(name);
  }
  get items(): Excel.NamedItem[] {
    return this._items();
  }

  private _find(scope: NameScope, key: string): NamedItemModel | undefined {
    const upper = key.toUpperCase();
    return this._members(scope).find((n) => n.name.toUpperCase() === upper);
  }
  private _item(
    method: string,
    args: unknown[],
    find: (scope: NameScope) => NamedItemModel | null,
  ): Excel.NamedItem {
    return asExcel(
      new NamedItemProxy(
        this._ctx,
        () => {
          const scope = this._targetOrNull();
          return scope === null ? null : find(scope);
        },
        { call: `names.${method}`, on: this._id, args },
      ),
    );
  }
  getItem(name: string): Excel.NamedItem {
    return this._item("getItem", [name], (scope) => {
      const item = this._find(scope, name);
      if (!item) throw itemNotFound(`name '${name}'`, "NamedItemCollection.getItem");
      return item;
    });
  }
  getItemOrNullObject(name: string): Excel.NamedItem {
    return this._item("getItemOrNullObject", [name], (scope) => this._find(scope, name) ?? null);
  }
  getCount(): OfficeExtension.ClientResult<number> {
    const result = new ClientResultProxy<number>("NamedItemCollection.getCount");
    this._ctx._enqueue({ id: this._id, call: "getCount" }, () => {
      const scope = this._targetOrNull();
      result._resolve(scope === null ? 0 : this._members(scope).length);
    });
    return result._asResult();
  }

  /**
   * Defines a name for a Range (stored as an absolute reference such as `=参数!$B$5`) or for a
   * formula string (`=0.96`).
   */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    if (typeof reference !== "string") this._ctx._own(reference, "NamedItemCollection.add");
    return this._item("add", [name, reference, comment ?? ""], (scope) => {
      const location = "NamedItemCollection.add";
      const book = this._ctx.model;
      checkDefinedName(name, location);
      if (scope === "workbook") checkNameIsFree(book, name, location);
      else if (this._find(scope, name)) throw itemAlreadyExists(`the name '${name}'`, location);
      let formula: string;
      if (typeof reference === "string") {
        if (reference.trim() === "") throw invalidArgument("a name needs a reference", location);
        formula = reference.startsWith("=") ? reference : `=${reference}`;
        const ref = parseReferenceFormula(formula);
        if (ref && !findSheet(book, ref.sheet))
          throw invalidArgument(`no worksheet '${ref.sheet}'`, location);
      } else {
        const { sheet, rect } = rangeProxyOf(this._ctx, reference, location)._target(location);
        formula = `=${sheetAddress(sheet.name, rect, true)}`;
      }
      const item: NamedItemModel = { name, formula, comment: comment ?? "", visible: true };
      if (scope !== "workbook") item.sheetId = scope.id;
      book.names.push(item);
      this._ctx.host._changed(true);
      return item;
    });
  }

  load(option?: unknown): Excel.NamedItemCollection {
    this._queueLoad(option);
    return asExcel(this);
  }
}

const NAME_SCALARS = ["name", "formula", "value", "type", "visible", "comment", "scope"];

/** `Excel.NamedItem`. */
export class NamedItemProxy
  extends ClientObjectBase<NamedItemModel>
  implements
    Pick<
      Excel.NamedItem,
      | "context"
      | "name"
      | "formula"
      | "value"
      | "type"
      | "visible"
      | "comment"
      | "scope"
      | "getRange"
      | "getRangeOrNullObject"
      | "delete"
      | "load"
      | "isNullObject"
    >
{
  protected readonly _typeName = "NamedItem";
  protected _scalarProps(): readonly string[] {
    return NAME_SCALARS;
  }
  protected _readProp(name: string, item: NamedItemModel): unknown {
    switch (name) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "value":
        return nameValue(item.formula).value;
      case "type":
        return nameValue(item.formula).type;
      case "visible":
        return item.visible;
      case "comment":
        return item.comment;
      default:
        return item.sheetId === undefined ? "Workbook" : "Worksheet";
    }
  }
  get name(): string {
    return this._get("name");
  }
  get value(): unknown {
    return this._get("value");
  }
  get type(): Excel.NamedItemType {
    return this._get("type");
  }
  get scope(): Excel.NamedItemScope {
    return this._get("scope");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._set("formula", value, (item) => {
      item.formula = value.startsWith("=") ? value : `=${value}`;
      this._ctx.host._changed(true);
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._set("visible", value, (item) => {
      item.visible = value;
      this._ctx.host._changed(false);
    });
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(value: string) {
    this._set("comment", value, (item) => {
      item.comment = value;
      this._ctx.host._changed(false);
    });
  }
  private _range(method: string, required: boolean): Excel.Range {
    return new RangeProxy(
      this._ctx,
      () => {
        const item = this._targetOrNull();
        const ref = item && parseReferenceFormula(item.formula);
        const sheet = ref && findSheet(this._ctx.model, ref.sheet);
        if (!ref || !sheet) {
          if (required) throw invalidOperation("the name does not refer to a range", `NamedItem.${method}`);
          return null;
        }
        return { sheet, rect: ref.rect };
      },
      { call: method, on: this._id },
    )._excel();
  }
  getRange(): Excel.Range {
    return this._range("getRange", true);
  }
  getRangeOrNullObject(): Excel.Range {
    return this._range("getRangeOrNullObject", false);
  }
  delete(): void {
    this._call("delete", [], (item) => {
      const names = this._ctx.model.names;
      const i = names.indexOf(item);
      if (i >= 0) names.splice(i, 1);
      this._ctx.host._changed(true);
    });
  }
  load(option?: unknown): Excel.NamedItem {
    this._queueLoad(option);
    return asExcel(this);
  }
}
