/**
 * The stand-in for office.js inside the workbench's task pane iframe: just enough of `Office` and
 * `Excel` for the real task pane bundle, with `Excel.run` going to the parent page's in-memory workbook.
 */
import type { WorkbenchBridge } from "./bridge";

/** The newest ExcelApi requirement set the workbench claims, like a current Excel on the web. */
export const SUPPORTED_EXCEL_API = "1.12";

/** `1.9` < `1.12`: requirement-set versions compare by number per part, not as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `Office.context.requirements.isSetSupported` of the workbench: ExcelApi up to 1.12, nothing else. */
export function isSetSupported(name: string, minVersion?: string | number): boolean {
  if (name.toLowerCase() !== "excelapi") return false;
  const wanted = minVersion === undefined ? "1.1" : String(minVersion);
  if (!/^\d+(\.\d+)*$/.test(wanted)) return false;
  return compareVersions(wanted, SUPPORTED_EXCEL_API) <= 0;
}

/**
 * The display language the pane should report: `?lang=` of the pane's URL (`zh`, `en` or a full
 * tag), else the workbench's choice, else Chinese.
 */
export function shimDisplayLanguage(search: string, parentChoice: string | undefined): string {
  const asked = new URLSearchParams(search).get("lang")?.trim();
  const tag = asked || parentChoice || "zh-CN";
  if (tag.toLowerCase() === "zh") return "zh-CN";
  if (tag.toLowerCase() === "en") return "en-US";
  return tag;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface OfficeShim {
  Office: {
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }>;
    context: {
      displayLanguage: string;
      officeTheme: undefined;
      requirements: { isSetSupported: typeof isSetSupported };
    };
  };
  Excel: { run<T>(batch: Batch<T>): Promise<T> };
}

/**
 * Builds the shim. `bridge` is asked on every `Excel.run`, so a pane reloaded before the parent
 * page finished loading still finds the workbook once it is there.
 */
export function createOfficeShim(
  displayLanguage: string,
  bridge: () => WorkbenchBridge | undefined,
): OfficeShim {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    Office: {
      onReady(callback) {
        // office.js calls back asynchronously, after the page's own scripts ran.
        return Promise.resolve().then(() => {
          callback?.(info);
          return info;
        });
      },
      context: { displayLanguage, officeTheme: undefined, requirements: { isSetSupported } },
    },
    Excel: {
      run<T>(batch: Batch<T>): Promise<T> {
        const host = bridge();
        if (!host) {
          return Promise.reject(
            new Error(
              "No workbook: open the workbench page (index.html), which holds the task pane, not pane.html alone.",
            ),
          );
        }
        return host.workbook.run(batch);
      },
    },
  };
}
