/**
 * HyperFormula functions replaced where they differ from Excel:
 * - TEXT(value, format) formats with memory-excel's own number formats: HyperFormula's TEXT knows
 *   only a few date and digit codes (`#,##0.00` and `0.0%` come out wrong);
 * - SUMPRODUCT evaluates its arguments as arrays, as Excel always has, so
 *   `SUMPRODUCT((A1:A9="x")*B1:B9)` works without dynamic-array arithmetic everywhere.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { FunctionMetadata, FunctionPluginDefinition, ImplementedFunctions } from "hyperformula";
import { formatValue } from "../numberFormat";

/** Unwraps HyperFormula's typed numbers (dates, percents, currencies) to plain numbers. */
function plainScalar(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

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

/** The plugins to list after HyperFormula's own in `functionPlugins`, where later ones win. */
export const EXCEL_FUNCTION_PLUGINS: readonly FunctionPluginDefinition[] = [
  ExcelTextPlugin,
  withArrayArguments("SUMPRODUCT"),
];
