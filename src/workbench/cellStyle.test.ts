import { borderCss, cellCss, generalAlignment, NO_GRIDLINE, withConditionalFormat } from "./cellStyle";

describe("cellCss", () => {
  test("General alignment: numbers right, text left, booleans and errors centred", () => {
    expect(generalAlignment(12)).toBe("right");
    expect(generalAlignment("订单")).toBe("left");
    expect(generalAlignment(null)).toBe("left");
    expect(generalAlignment(true)).toBe("center");
    expect(generalAlignment({ error: "#N/A" })).toBe("center");
    expect(cellCss(undefined, 3).justifyContent).toBe("flex-end");
  });

  test("explicit alignment wins over General", () => {
    expect(cellCss({ alignment: { horizontal: "Center" } }, "x").justifyContent).toBe("center");
    expect(cellCss({ alignment: { horizontal: "Left" } }, 5).justifyContent).toBe("flex-start");
    expect(cellCss({ alignment: { vertical: "Top" } }, 5).alignItems).toBe("flex-start");
    expect(cellCss({ alignment: { wrapText: true } }, "x").whiteSpace).toBe("normal");
  });

  test("font and fill", () => {
    const css = cellCss(
      { font: { bold: true, italic: true, color: "#FF0000", size: 15 }, fill: { color: "#DDEBF7" } },
      "x",
    );
    expect(css).toMatchObject({
      fontWeight: 700,
      fontStyle: "italic",
      color: "#FF0000",
      fontSize: "20px",
      backgroundColor: "#DDEBF7",
    });
  });

  test("no style: only alignment, so the stylesheet's gridlines show", () => {
    expect(Object.keys(cellCss(undefined, "x")).sort()).toEqual(["alignItems", "justifyContent"]);
  });

  test("borders", () => {
    expect(borderCss({ style: "Continuous", weight: "Medium", color: "#000080" })).toBe("2px solid #000080");
    expect(borderCss({ style: "Dot" })).toBe("1px dotted #000000");
    expect(borderCss({ style: "Double", weight: "Thin" })).toBe("3px double #000000");
    expect(borderCss({ style: "None" })).toBeUndefined();
    const css = cellCss({ borders: { top: { style: "Continuous" }, left: { style: "None" } } }, "x");
    expect(css.borderTop).toBe("1px solid #000000");
    expect(css.borderLeft).toBeUndefined();
  });
});

describe("cellCss on a sheet without gridlines", () => {
  test("sides without a border of their own are blank; borders still show", () => {
    expect(cellCss(undefined, "x", false)).toMatchObject({
      borderRight: NO_GRIDLINE,
      borderBottom: NO_GRIDLINE,
    });
    const css = cellCss({ borders: { bottom: { style: "Continuous" } } }, "x", false);
    expect(css.borderBottom).toBe("1px solid #000000");
    expect(css.borderRight).toBe(NO_GRIDLINE);
    expect(css.borderLeft).toBeUndefined();
    expect(cellCss(undefined, "x", true).borderRight).toBeUndefined();
  });

  test("large text gets a line height of its own", () => {
    expect(cellCss({ font: { size: 18, bold: true } }, "送货单").lineHeight).toBe(1.25);
    expect(cellCss({ font: { size: 10 } }, "x").lineHeight).toBeUndefined();
  });
});

describe("withConditionalFormat", () => {
  const own = {
    numberFormat: "0.00",
    fill: { color: "#FFFFFF" },
    font: { bold: true, color: "#000000" },
    borders: { top: { style: "Continuous" as const } },
  };

  test("the format's fill and font colour replace the cell's; the rest stays", () => {
    const shown = withConditionalFormat(own, { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } });
    expect(shown).toEqual({ ...own, fill: { color: "#FFC7CE" }, font: { bold: true, color: "#9C0006" } });
    expect(own.fill.color).toBe("#FFFFFF");
  });

  test("a format with only a fill keeps the cell's font", () => {
    expect(withConditionalFormat(own, { fill: { color: "#FFEB9C" } })?.font).toEqual(own.font);
  });

  test("no format: the cell's own style; an unstyled cell takes the format", () => {
    expect(withConditionalFormat(own, undefined)).toBe(own);
    expect(withConditionalFormat(undefined, undefined)).toBeUndefined();
    expect(withConditionalFormat(undefined, { font: { color: "#9C5700" } })).toEqual({
      font: { color: "#9C5700" },
    });
  });
});
