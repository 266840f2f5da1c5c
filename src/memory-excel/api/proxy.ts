/**
 * What every memory-excel proxy shares: a request context, a target resolved at sync in queue
 * order, loaded properties that can be read only after `load()` + `sync()`, and queued writes.
 */
import type { MemoryContext } from "./context";
import { invalidArgument, itemNotFound, OfficeError, propertyNotLoaded } from "./errors";

/** A node of what `load()` asked for: scalar properties and navigation properties to descend into. */
export interface LoadTree {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadTree>;
}

function emptyTree(): LoadTree {
  return { all: false, props: new Set(), nav: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return;
  let node = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    const name = parts[i]!;
    let next = node.nav.get(name);
    if (!next) {
      next = emptyTree();
      node.nav.set(name, next);
    }
    node = next;
  }
  node.props.add(parts[parts.length - 1]!);
}

function addOptionsObject(tree: LoadTree, options: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") {
      if (value === true) tree.all = true;
    } else if (value === true) {
      tree.props.add(key);
    } else if (typeof value === "object" && value !== null) {
      const sub = emptyTree();
      addOptionsObject(sub, value as Record<string, unknown>);
      if (sub.props.size === 0 && sub.nav.size === 0) sub.all = true;
      tree.nav.set(key, sub);
    }
  }
}

/**
 * Parses every form `load()` accepts: nothing (all scalar properties), `"a, b/c"`, `["a", "b/c"]`,
 * `{ select: "a,b", expand: "c" }` and the typed options object `{ a: true, c: { d: true } }`.
 */
export function parseLoadOption(option: unknown): LoadTree {
  const tree = emptyTree();
  if (option === undefined || option === null) {
    tree.all = true;
    return tree;
  }
  if (typeof option === "string") {
    for (const path of option.split(",")) addPath(tree, path);
    return tree;
  }
  if (Array.isArray(option)) {
    for (const item of option)
      if (typeof item === "string") for (const p of item.split(",")) addPath(tree, p);
    return tree;
  }
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      if (typeof o.select === "string") for (const path of o.select.split(",")) addPath(tree, path);
      if (typeof o.expand === "string") {
        for (const path of o.expand.split(",")) {
          const name = path.trim();
          if (name !== "" && !tree.nav.has(name)) tree.nav.set(name, { ...emptyTree(), all: true });
        }
      }
      if (tree.props.size === 0 && tree.nav.size === 0) tree.all = true;
      return tree;
    }
    addOptionsObject(tree, o);
    return tree;
  }
  return tree;
}

/** A tree with nothing selected means "all scalar properties", as Office.js loads a bare navigation path. */
export function selectsAll(tree: LoadTree): boolean {
  return tree.all || (tree.props.size === 0 && tree.nav.size === 0);
}

type Resolution<T> =
  { kind: "pending" } | { kind: "ok"; target: T } | { kind: "null" } | { kind: "error"; error: OfficeError };

/** Computes a proxy's target at sync; returns null for a null object, throws an OfficeError on failure. */
export type Resolver<T> = () => T | null;

let nextProxyId = 1;

/** What an argument looks like in a request: proxies travel as their object id. */
function argumentRecord(arg: unknown): unknown {
  return arg instanceof ClientObjectBase ? { ref: arg._id } : arg;
}

/** The base of every proxy. `T` is what the proxy stands for in the model. */
export abstract class ClientObjectBase<T> {
  readonly _ctx: MemoryContext;
  readonly _id = nextProxyId++;
  protected readonly _loaded = new Map<string, unknown>();
  private _resolution: Resolution<T> = { kind: "pending" };
  private readonly _resolver: Resolver<T>;
  /** The Office.js class name, for error locations (`Range.values`). */
  protected abstract readonly _typeName: string;

  /**
   * @param instantiate - a record of the API call that created this proxy. When given, the call is
   *   queued so the target resolves (and a missing item fails) at its place in the batch, as in Office.js.
   */
  constructor(ctx: MemoryContext, resolver: Resolver<T>, instantiate?: Record<string, unknown>) {
    this._ctx = ctx;
    this._resolver = resolver;
    if (instantiate) this._ctx._enqueue({ ...instantiate, id: this._id }, () => void this._targetOrNull());
  }

  get context(): Excel.RequestContext {
    return this._ctx.excel;
  }

  get isNullObject(): boolean {
    switch (this._resolution.kind) {
      case "ok":
        return false;
      case "null":
        return true;
      default:
        throw propertyNotLoaded("isNullObject", `${this._typeName}.isNullObject`);
    }
  }

  /** The scalar properties `load()` without arguments loads. */
  protected abstract _scalarProps(): readonly string[];

  /** Reads one scalar property from the model at sync. */
  protected abstract _readProp(name: string, target: T): unknown;

  /** A child proxy for a navigation property (`format`, `font`, `worksheet`), for load paths. */
  protected _navigation(_name: string): ClientObjectBase<unknown> | undefined {
    return undefined;
  }

  /** The target or null (for null objects), resolving it now if this is its first use. */
  _targetOrNull(): T | null {
    const r = this._resolution;
    if (r.kind === "ok") return r.target;
    if (r.kind === "null") return null;
    if (r.kind === "error") throw r.error;
    try {
      const target = this._resolver();
      this._resolution = target === null ? { kind: "null" } : { kind: "ok", target };
      return target;
    } catch (e) {
      if (e instanceof OfficeError) this._resolution = { kind: "error", error: e };
      throw e;
    }
  }

  /** The target, for writes and methods: a null object cannot be changed. */
  _target(member: string): T {
    const target = this._targetOrNull();
    if (target === null)
      throw itemNotFound(`${this._typeName} is a null object`, `${this._typeName}.${member}`);
    return target;
  }

  /** Marks the proxy as standing for `target` without queuing anything (items of a loaded collection). */
  _bind(target: T): this {
    this._resolution = { kind: "ok", target };
    return this;
  }

  /** A loaded property, or PropertyNotLoaded as Office.js throws synchronously. */
  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name, `${this._typeName}.${name}`);
    return this._loaded.get(name) as V;
  }

  /** Queues a property write; the proxy shows the new value at once, as Office.js proxies do. */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this._loaded.set(name, value);
    this._ctx._enqueue({ id: this._id, set: name, value }, () => apply(this._target(name)));
  }

  /** Queues a method call that acts on the target at sync. */
  protected _call(name: string, args: unknown[], apply: (target: T) => void): void {
    this._ctx._enqueue({ id: this._id, call: name, args: args.map(argumentRecord) }, () =>
      apply(this._target(name)),
    );
  }

  /** Queues a load: the properties are read from the model when the sync reaches this point. */
  protected _queueLoad(option: unknown): void {
    const tree = parseLoadOption(option);
    this._ctx._enqueue({ id: this._id, load: option ?? null }, () => this._applyLoad(tree));
  }

  /** Reads the asked-for properties into the proxy (null objects load nulls). */
  _applyLoad(tree: LoadTree): void {
    const target = this._targetOrNull();
    const scalars = this._scalarProps();
    const props = selectsAll(tree) ? scalars : [...tree.props];
    for (const name of props) {
      if (!scalars.includes(name)) {
        const nav = this._navigation(name);
        if (!nav) throw invalidArgument(`no property '${name}'`, `${this._typeName}.load`);
        nav._applyLoad({ all: true, props: new Set(), nav: new Map() });
        continue;
      }
      this._loaded.set(name, target === null ? null : this._readProp(name, target));
    }
    for (const [name, sub] of tree.nav) {
      const nav = this._navigation(name);
      if (!nav) throw invalidArgument(`no navigation property '${name}'`, `${this._typeName}.load`);
      nav._applyLoad(sub);
    }
  }

  /** A plain object of the loaded properties, like Office.js `toJSON()`. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** `OfficeExtension.ClientResult`: a value available after sync. */
export class ClientResultProxy<V> implements Pick<OfficeExtension.ClientResult<V>, "value"> {
  private _has = false;
  private _value: V | undefined;

  constructor(private readonly location: string) {}

  get value(): V {
    if (!this._has) throw propertyNotLoaded("value", this.location);
    return this._value as V;
  }

  _resolve(value: V): void {
    this._value = value;
    this._has = true;
  }

  _asResult(): OfficeExtension.ClientResult<V> {
    return this as unknown as OfficeExtension.ClientResult<V>;
  }
}

/** Casts a proxy to the Office.js type it stands for; its members are checked with `implements Pick<...>`. */
export function asExcel<E>(proxy: object): E {
  return proxy as unknown as E;
}

/**
 * A collection proxy: `items` is filled at sync from the model's current members; loading a
 * property that is not the collection's own (`load("name")`) loads it on every item, as Office.js does.
 */
export abstract class CollectionProxy<M, T> extends ClientObjectBase<T> {
  /** The model members in collection order. */
  protected abstract _members(target: T): M[];
  /** A proxy bound to one member. */
  protected abstract _itemProxy(member: M): ClientObjectBase<M>;
  /** The collection's own scalar properties, such as `count`. */
  protected _scalarProps(): readonly string[] {
    return [];
  }
  protected _readProp(_name: string, _target: T): unknown {
    return undefined;
  }

  override _applyLoad(tree: LoadTree): void {
    const target = this._targetOrNull();
    const own = this._scalarProps();
    const itemTree: LoadTree = { all: false, props: new Set(), nav: new Map() };
    const explicitItems = tree.nav.get("items");
    if (explicitItems) {
      itemTree.all = explicitItems.all;
      explicitItems.props.forEach((p) => itemTree.props.add(p));
      explicitItems.nav.forEach((v, k) => itemTree.nav.set(k, v));
    }
    let loadItems = explicitItems !== undefined || selectsAll(tree);
    if (selectsAll(tree)) itemTree.all = true;
    for (const name of tree.props) {
      if (own.includes(name)) this._loaded.set(name, target === null ? null : this._readProp(name, target));
      else if (name === "items") {
        itemTree.all = true;
        loadItems = true;
      } else {
        itemTree.props.add(name);
        loadItems = true;
      }
    }
    if (selectsAll(tree))
      for (const name of own) this._loaded.set(name, target === null ? null : this._readProp(name, target));
    for (const [name, sub] of tree.nav) {
      if (name === "items") continue;
      itemTree.nav.set(name, sub);
      loadItems = true;
    }
    if (!loadItems) return;
    const items = target === null ? [] : this._members(target).map((m) => this._itemProxy(m));
    for (const item of items) item._applyLoad(itemTree);
    this._loaded.set("items", items);
  }

  /** The loaded items (PropertyNotLoaded before `load` + `sync`). */
  protected _items<E>(): E[] {
    return this._get<unknown[]>("items") as E[];
  }
}
