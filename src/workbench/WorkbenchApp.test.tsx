import { renderToString } from "react-dom/server";
import { createActions } from "../excel/actions";
import { MemoryWorkbook } from "../memory-excel";
import { WorkbenchApp } from "./WorkbenchApp";

async function setUpBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook({ now: () => new Date(2026, 10, 22) });
  await createActions((batch) => book.run(batch)).setupWorkbook("zh");
  return book;
}

function render(book: MemoryWorkbook, lang: "zh" | "en" = "zh"): string {
  return renderToString(
    <WorkbenchApp
      workbook={book}
      initialLang={lang}
      onLangChange={() => undefined}
      loadDemo={() => Promise.reject(new Error("not while rendering"))}
      download={() => Promise.reject(new Error("not while rendering"))}
      paneUrl={(l) => `pane.html?lang=${l}`}
    />,
  );
}

/** The opening tag and text of the element carrying `data-testid`. */
function element(html: string, testId: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  if (at < 0) throw new Error(`no ${testId}`);
  const start = html.lastIndexOf("<", at);
  return html.slice(start, html.indexOf("</", at));
}

describe("WorkbenchApp", () => {
  test("toolbar, a tab per sheet, the pane frame in the chosen language", async () => {
    const book = await setUpBook();
    const html = render(book, "en");
    expect(element(html, "load-demo")).toContain("Load demo data");
    expect(element(html, "download-xlsx")).toContain("Download .xlsx");
    for (const sheet of book.model.sheets) expect(html).toContain(`data-testid="sheet-tab-${sheet.name}"`);
    expect(element(html, "pane-frame")).toContain('src="pane.html?lang=en"');
  });

  test("the active sheet's cells, formatted, with table headers marked", async () => {
    const book = await setUpBook();
    const settingsSheet = book.model.sheets.find((s) => s.name === "参数")!;
    book.model.activeSheetId = settingsSheet.id;
    const html = render(book);
    expect(element(html, "sheet-tab-参数")).toContain('aria-selected="true"');
    expect(element(html, "cell-A1")).toContain("wb-table-header");
    expect(element(html, "cell-A1")).toMatch(/>项目$/);
    // 订金比例's value, 0.3, shown through its number format (0%) rather than as the raw number.
    const values = settingsSheet.cells.map((cells) => cells?.[0]?.value);
    const depositRow = values.indexOf("订金比例");
    expect(depositRow).toBeGreaterThan(0);
    expect(settingsSheet.cells[depositRow]![1]!.value).toBe(0.3);
    expect(element(html, `cell-B${depositRow + 1}`)).toMatch(/>30%$/);
  });

  test("the selection is drawn and named in the formula bar", async () => {
    const book = await setUpBook();
    const sheet = book.model.sheets.find((s) => s.name === "参数")!;
    book.model.activeSheetId = sheet.id;
    book.model.selection = { sheetId: sheet.id, rect: { row: 1, col: 0, rows: 2, cols: 2 } };
    const html = render(book);
    expect(element(html, "name-box")).toMatch(/>参数!A2$/);
    // The formula bar is an input holding the active cell's content, ready to edit.
    expect(element(html, "formula-input")).toContain('value="公司名称"');
    // The cell editor waits on the active cell, closed and empty; no alert before an entry.
    expect(element(html, "cell-editor")).toMatch(/class="wb-editor"[^>]*value=""/);
    expect(html).not.toContain('data-testid="validation-alert"');
    for (const a of ["A2", "B2", "A3", "B3"]) expect(element(html, `cell-${a}`)).toContain("wb-selected");
    expect(element(html, "cell-A2")).toContain("wb-active");
    expect(element(html, "cell-C2")).not.toContain("wb-selected");
  });

  test("a failing formula engine is reported, not fatal", async () => {
    const book = await setUpBook();
    const failing = Object.assign(Object.create(book) as MemoryWorkbook, {
      recalculate: () => {
        throw new Error("Function method sumproduct not found");
      },
    });
    const html = render(failing, "en");
    expect(element(html, "workbench-message")).toContain(
      "Formula calculation failed: Function method sumproduct not found",
    );
    expect(html).toContain('data-testid="cell-A1"');
  });

  test("only rows in view are drawn on a long sheet", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:A10000").values = Array.from({ length: 10_000 }, (_, i) => [i + 1]);
      await context.sync();
    });
    const html = render(book);
    expect(html).toContain('data-testid="cell-A1"');
    expect(html).not.toContain('data-testid="cell-A500"');
    expect(html.split('class="wb-row"').length - 1).toBeLessThan(100);
  });
});
