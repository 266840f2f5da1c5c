import type { Lang } from "../core/problems";
import type { WorkbenchStrings } from "./strings";

export interface ToolbarProps {
  strings: WorkbenchStrings;
  lang: Lang;
  busy: boolean;
  /** The outcome of the last toolbar action, or an error. */
  message: { text: string; isError: boolean } | null;
  onLoadDemo: () => void;
  onDownload: () => void;
  onLangChange: (lang: Lang) => void;
}

/** Load demo data, download the workbook, and the language of the page and its task pane. */
export function Toolbar({
  strings,
  lang,
  busy,
  message,
  onLoadDemo,
  onDownload,
  onLangChange,
}: ToolbarProps) {
  return (
    <div className="wb-toolbar" role="toolbar">
      <strong className="wb-title">{strings.title}</strong>
      <button type="button" data-testid="load-demo" disabled={busy} onClick={onLoadDemo}>
        {strings.loadDemo}
      </button>
      <button type="button" data-testid="download-xlsx" disabled={busy} onClick={onDownload}>
        {strings.downloadXlsx}
      </button>
      <label className="wb-lang">
        {strings.language}{" "}
        <select
          data-testid="workbench-lang"
          value={lang}
          onChange={(e) => onLangChange(e.currentTarget.value === "en" ? "en" : "zh")}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <span
        className={message?.isError ? "wb-message wb-error" : "wb-message"}
        data-testid="workbench-message"
        role="status"
      >
        {message?.text ?? ""}
      </span>
    </div>
  );
}
