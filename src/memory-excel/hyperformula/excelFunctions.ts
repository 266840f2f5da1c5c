/**
 * HyperFormula functions replaced where they differ from Excel:
 * - TEXT(value, format) formats with memory-excel's own number formats: HyperFormula's TEXT knows
 *   only a few date and digit codes (`#,##0.00` and `0.0%` come out wrong);
 * - SUMPRODUCT evaluates its arguments as arrays, as Excel always has, so
 *   `SUMPRODUCT((A1:A9="x")*B1:B9)` works without dynamic-array arithmetic everywhere;
 * - SUMIF(S) / COUNTIF(S) with plain exact-match criteria look rows up in an index built once
 *   per range: HyperFormula rescans every range for every cell (with generators), which made
 *   10,000 order lines × one SUMIFS take minutes.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionMetadata, FunctionPluginDefinition, ImplementedFunctions } from "hyperformula";
import { RangeIndexes, criterionKey, lookupKey, plainScalar, wildcardMatcher } from "./rangeIndex";
import type { RangeIndex } from "./rangeIndex";
import { formatValue } from "../numberFormat";

/** TEXT as Excel computes it, given the arguments HyperFormula evaluated. */
export function excelText(value: unknown, format: string): string | CellError {
  if (value instanceof CellError) return value;
  const scalar = plainScalar(value);
  if (typeof scalar === "number" || typeof scalar === "boolean") return formatValue(scalar, format);
  if (typeof scalar === "string") {
    // Text that reads as a number is formatted as that number, as Excel does.
    const asNumber = scalar.trim() === "" ? Number.NaN : Number(scalar);
    return formatValue(Number.isFinite(asNumber) ? asNumber : scalar, format);
  }
  if (typeof scalar === "symbol") return formatValue(0, format); // an empty cell counts as 0
  return new CellError(ErrorType.VALUE);
}

/** Replaces HyperFormula's TEXT; list it after the built-in plugins in `functionPlugins`. */
export class ExcelTextPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TEXT: {
      method: "text",
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
  };

  // HyperFormula calls this by name with its parse tree and state, types it does not export:
  // `never` lets them through to runFunction untouched.
  text(ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata("TEXT"), (value: unknown, format: string) =>
      excelText(value, format),
    );
  }
}

/** HyperFormula's plugin for `functionId`, with array arithmetic switched on in its arguments. */
function withArrayArguments(functionId: string): FunctionPluginDefinition {
  const builtIn = HyperFormula.getFunctionPlugin(functionId);
  const metadata = builtIn?.implementedFunctions[functionId];
  if (!builtIn || !metadata) throw new Error(`HyperFormula has no ${functionId}`);
  const entry: FunctionMetadata = { ...metadata, enableArrayArithmeticForArguments: true };
  const plugin = class extends (builtIn as unknown as typeof FunctionPlugin) {
    static override implementedFunctions: ImplementedFunctions = { [functionId]: entry };
  };
  // HyperFormula wants the method on the plugin's own prototype, not inherited.
  const method: unknown = (builtIn.prototype as Record<string, unknown>)[metadata.method];
  Object.defineProperty(plugin.prototype, metadata.method, {
    value: method,
    writable: true,
    configurable: true,
  });
  return plugin as unknown as FunctionPluginDefinition;
}

/** A callable method of a HyperFormula plugin class, by name. */
function pluginMethod(plugin: FunctionPluginDefinition, name: string): (...args: unknown[]) => unknown {
  const method: unknown = (plugin.prototype as Record<string, unknown>)[name];
  if (typeof method !== "function") throw new Error(`HyperFormula's plugin has no ${name}`);
  return method as (...args: unknown[]) => unknown;
}

/**
 * A subclass of HyperFormula's plugin for `functionId` (and its sibling functions) whose
 * prototype gets `overrides`. HyperFormula wants each function's method on the plugin's own
 * prototype, so the inherited ones are copied there too.
 */
function extendPlugin(
  functionId: string,
  overrides: (
    builtIn: FunctionPluginDefinition,
  ) => Record<string, (this: IndexedPlugin, ...args: never[]) => unknown>,
): FunctionPluginDefinition {
  const found = HyperFormula.getFunctionPlugin(functionId);
  if (!found) throw new Error(`HyperFormula has no ${functionId}`);
  const builtIn: FunctionPluginDefinition = found;
  const plugin = class extends (builtIn as unknown as typeof FunctionPlugin) {
    static override implementedFunctions: ImplementedFunctions = builtIn.implementedFunctions;
    readonly rangeIndexes = new RangeIndexes();
  };
  for (const metadata of Object.values(builtIn.implementedFunctions)) {
    Object.defineProperty(plugin.prototype, metadata.method, {
      value: pluginMethod(builtIn, metadata.method),
      writable: true,
      configurable: true,
    });
  }
  for (const [name, method] of Object.entries(overrides(builtIn))) {
    Object.defineProperty(plugin.prototype, name, { value: method, writable: true, configurable: true });
  }
  return plugin as unknown as FunctionPluginDefinition;
}

/** What the overriding methods see of their plugin instance. */
interface IndexedPlugin {
  readonly rangeIndexes: RangeIndexes;
  evaluateAst(ast: unknown, state: unknown): unknown;
}

type AggregationArgs = [SimpleRangeValue, unknown[], string, ...unknown[]];

const INDEXED_AGGREGATIONS = new Set(["SUMIF", "SUMIFS", "COUNTIF", "COUNTIFS"]);

/**
 * SUMIF(S) / COUNTIF(S) with exact-match criteria through range indexes; anything else (and
 * AVERAGEIF, MINIFS, MAXIFS) through HyperFormula's general path.
 */
function indexedConditionalAggregation(): FunctionPluginDefinition {
  return extendPlugin("SUMIFS", (builtIn) => {
    const general = pluginMethod(builtIn, "computeConditionalAggregationFunction");
    return {
      computeConditionalAggregationFunction(this: IndexedPlugin, ...args: AggregationArgs): unknown {
        const [valuesRange, conditionArgs, functionName] = args;
        const fast = INDEXED_AGGREGATIONS.has(functionName)
          ? conditionalAggregate(
              this.rangeIndexes,
              valuesRange,
              conditionArgs,
              functionName.startsWith("COUNT"),
            )
          : undefined;
        return fast !== undefined ? fast : general.apply(this, args);
      },
    };
  });
}

/** The indexed SUMIFS / COUNTIFS result, or undefined when the general path must decide. */
function conditionalAggregate(
  indexes: RangeIndexes,
  valuesRange: SimpleRangeValue,
  conditionArgs: unknown[],
  count: boolean,
): unknown {
  const lookups: { index: RangeIndex; key: string }[] = [];
  for (let i = 0; i < conditionArgs.length; i += 2) {
    const range = conditionArgs[i];
    if (!(range instanceof SimpleRangeValue) || !range.sameDimensionsAs(valuesRange)) return undefined;
    const key = criterionKey(conditionArgs[i + 1]);
    const index = indexes.of(range);
    if (key === null || !index) return undefined;
    lookups.push({ index, key });
  }
  if (lookups.length === 0) return undefined;
  // Walk the rarest key's offsets and check the others there.
  const candidatesOf = (l: { index: RangeIndex; key: string }): number[] => l.index.coerced.get(l.key) ?? [];
  lookups.sort((a, b) => candidatesOf(a).length - candidatesOf(b).length);
  const [first, ...others] = lookups;
  const matches = candidatesOf(first!).filter((offset) =>
    others.every(
      ({ index, key }) => index.strictKeys[offset] === key || index.numericTextKeys[offset] === key,
    ),
  );
  if (count) return matches.length;
  const values = indexes.valuesOf(valuesRange);
  if (!values) return undefined;
  let sum = 0;
  for (const offset of matches) {
    const value = plainScalar(values[offset]);
    if (value instanceof CellError) return value;
    if (typeof value === "number") sum += value;
  }
  return sum;
}

/**
 * Exact MATCH(x, range, 0) and VLOOKUP(x, range, n, FALSE) through range indexes, with Excel's
 * wildcards (which HyperFormula's MATCH does not honour). HyperFormula
 * scans (and re-normalizes) the whole range on every call, so 10,000 lookups into 10,000 rows
 * cost 10⁸ string operations; its own column index costs more than it saves here.
 */
function indexedLookups(): FunctionPluginDefinition {
  return extendPlugin("MATCH", (builtIn) => {
    const generalMatch = pluginMethod(builtIn, "match");
    const generalVlookup = pluginMethod(builtIn, "vlookup");
    return {
      match(this: IndexedPlugin, ast: { args: unknown[] }, state: unknown): unknown {
        const fast = ast.args.length === 3 ? indexedMatch(this, ast.args, state) : undefined;
        return fast !== undefined ? fast : generalMatch.call(this, ast, state);
      },
      vlookup(this: IndexedPlugin, ast: { args: unknown[] }, state: unknown): unknown {
        const fast = ast.args.length === 4 ? indexedVlookup(this, ast.args, state) : undefined;
        return fast !== undefined ? fast : generalVlookup.call(this, ast, state);
      },
    };
  });
}

function indexedMatch(plugin: IndexedPlugin, args: unknown[], state: unknown): unknown {
  const matchType = plainScalar(plugin.evaluateAst(args[2], state));
  if (matchType !== 0) return undefined;
  const range = plugin.evaluateAst(args[1], state);
  if (!(range instanceof SimpleRangeValue) || (range.width() !== 1 && range.height() !== 1)) return undefined;
  const lookup = plugin.evaluateAst(args[0], state);
  if (lookup instanceof CellError) return lookup;
  const offset = findFirst(plugin.rangeIndexes.of(range), lookup);
  if (offset === undefined) return undefined;
  return offset === null ? new CellError(ErrorType.NA) : offset + 1;
}

/**
 * The first offset holding `lookup` (exactly, or by Excel wildcards), null when none does,
 * undefined when the general path must decide.
 */
function findFirst(index: RangeIndex | undefined, lookup: unknown): number | null | undefined {
  if (!index) return undefined;
  const wildcard = wildcardMatcher(lookup);
  if (wildcard) {
    // Wildcards cannot use the index: scan once, as Excel does.
    const offset = index.strictKeys.findIndex(wildcard);
    return offset < 0 ? null : offset;
  }
  const key = lookupKey(lookup);
  if (key === null) return undefined;
  return index.strict.get(key)?.[0] ?? null;
}

function indexedVlookup(plugin: IndexedPlugin, args: unknown[], state: unknown): unknown {
  const sorted = plainScalar(plugin.evaluateAst(args[3], state));
  if (sorted !== false && sorted !== 0) return undefined;
  const column = plainScalar(plugin.evaluateAst(args[2], state));
  const range = plugin.evaluateAst(args[1], state);
  if (!(range instanceof SimpleRangeValue) || typeof column !== "number") return undefined;
  const col = Math.trunc(column);
  if (col < 1 || col > range.width()) return undefined;
  const lookup = plugin.evaluateAst(args[0], state);
  if (lookup instanceof CellError) return lookup;
  const row = findFirst(plugin.rangeIndexes.of(range, 0), lookup);
  if (row === undefined) return undefined;
  if (row === null) return new CellError(ErrorType.NA);
  return range.data[row]?.[col - 1];
}

/** The plugins to list after HyperFormula's own in `functionPlugins`, where later ones win. */
export const EXCEL_FUNCTION_PLUGINS: readonly FunctionPluginDefinition[] = [
  ExcelTextPlugin,
  withArrayArguments("SUMPRODUCT"),
  indexedConditionalAggregation(),
  indexedLookups(),
];
