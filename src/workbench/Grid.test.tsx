import { renderToString } from "react-dom/server";
import { newSheet, type SheetModel } from "../memory-excel/model";
import { Grid } from "./Grid";

function render(sheet: SheetModel): string {
  return renderToString(
    <Grid
      sheet={sheet}
      version={1}
      tableHeaders={new Set()}
      selection={null}
      active={null}
      label="grid"
      onPointerSelect={() => undefined}
      reveal={null}
      editText={null}
      editorLabel="editor"
      onEditorInput={() => undefined}
      onEditorKeyDown={() => undefined}
      onEditCell={() => undefined}
      focusRequest={{ nonce: 0, select: false }}
    />,
  );
}

/** The style attribute of the element carrying `data-testid`. */
function styleOf(html: string, testId: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  if (at < 0) throw new Error(`no ${testId}`);
  const tag = html.slice(html.lastIndexOf("<", at), html.indexOf(">", at));
  return /style="([^"]*)"/.exec(tag)?.[1] ?? "";
}

/** The top of the row holding `testId`'s cell. */
function rowTopOf(html: string, testId: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  const row = html.lastIndexOf('class="wb-row"', at);
  return /top:([\d.]+px)/.exec(html.slice(row, html.indexOf(">", row)))?.[1] ?? "";
}

describe("Grid", () => {
  function noteLike(): SheetModel {
    const sheet = newSheet("s1", "单");
    sheet.cells[0] = [{ value: "送货单", style: { font: { bold: true, size: 18 } } }];
    sheet.cells[3] = [
      { value: "合计", style: { borders: { bottom: { style: "Continuous", weight: "Medium" } } } },
    ];
    sheet.merges.push({ row: 0, col: 0, rows: 2, cols: 3 });
    sheet.rowHeights.set(0, 30);
    return sheet;
  }

  test("rows are as tall as the sheet says; a merged cell spans its rows' heights", () => {
    const html = render(noteLike());
    // Row 1 is 30 points (40 px), row 2 the default 20 px.
    expect(styleOf(html, "cell-A1")).toMatch(/height:60px/);
    expect(styleOf(html, "cell-A1")).toMatch(/width:/);
    expect(rowTopOf(html, "cell-A3")).toBe("60px");
    expect(rowTopOf(html, "cell-A4")).toBe("80px");
    expect(styleOf(html, "cell-A4")).toMatch(/height:20px/);
  });

  test("without gridlines only the cells' own borders show", () => {
    const sheet = noteLike();
    sheet.gridlines = false;
    const hidden = render(sheet);
    expect(styleOf(hidden, "cell-B4")).toMatch(/border-right:1px solid transparent/);
    expect(styleOf(hidden, "cell-A4")).toMatch(/border-bottom:2px solid #000000/);
    expect(styleOf(render(noteLike()), "cell-B4")).not.toMatch(/border-right/);
  });
});
