import JSZip from "jszip";
import { XlsxReadError, readXlsx, unsupportedParts, writeXlsx } from "./index";
import { makeBook, put, sheetOf } from "./testBooks";

async function validFile(): Promise<Buffer> {
  return Buffer.from(await writeValid());
}

async function writeValid(): Promise<Uint8Array> {
  const book = makeBook("订单");
  for (let row = 0; row < 200; row++) put(sheetOf(book), row, 0, { value: `第 ${row} 行` });
  return writeXlsx(book);
}

async function withPart(file: Buffer, path: string, content: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  zip.file(path, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** An OLE compound file header followed by directory entry names in UTF-16LE. */
function oleFile(...streamNames: string[]): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    ...streamNames.map((name) => Buffer.from(name, "utf16le")),
  ]);
}

async function readError(data: Buffer | Uint8Array): Promise<XlsxReadError> {
  try {
    await readXlsx(data);
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
  throw new Error("readXlsx accepted the input");
}

describe("readXlsx on bad input", () => {
  it("says an empty file is empty", async () => {
    const error = await readError(Buffer.alloc(0));
    expect(error.kind).toBe("empty");
    expect(error.message).toMatch(/empty/);
  });

  it("says a text file is not a zip", async () => {
    const error = await readError(Buffer.from("订单号,客户\nA1,甲\n"));
    expect(error.kind).toBe("not-zip");
    expect(error.message).toMatch(/not an \.xlsx/);
  });

  it("says a zip without xl/workbook.xml is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<document/>");
    const error = await readError(await zip.generateAsync({ type: "uint8array" }));
    expect(error.kind).toBe("not-workbook");
    expect(error.message).toMatch(/xl\/workbook\.xml/);
  });

  it("says a password-protected workbook is encrypted", async () => {
    const error = await readError(oleFile("EncryptionInfo", "EncryptedPackage"));
    expect(error.kind).toBe("encrypted");
    expect(error.message).toMatch(/password/);
  });

  it("tells an Excel 97-2003 file from an encrypted one", async () => {
    const error = await readError(oleFile("Workbook", "SummaryInformation"));
    expect(error.kind).toBe("not-workbook");
    expect(error.message).toMatch(/\.xls\b/);
  });

  it("says a truncated file is corrupt", async () => {
    const file = await validFile();
    const error = await readError(file.subarray(0, Math.floor(file.length / 2)));
    expect(error.kind).toBe("corrupt");
  });

  it("says a workbook with broken XML is corrupt", async () => {
    const brokenSheet = await withPart(
      await validFile(),
      "xl/worksheets/sheet1.xml",
      "<worksheet><sheetData><row r=",
    );
    expect((await readError(brokenSheet)).kind).toBe("corrupt");
    const brokenBook = await withPart(await validFile(), "xl/workbook.xml", "<workbook><sheets><sheet name=");
    expect((await readError(brokenBook)).kind).toBe("corrupt");
  });

  it("says a workbook missing its shared strings or a sheet's part is corrupt, not blank", async () => {
    const zip = await JSZip.loadAsync(await validFile());
    const strings = Object.keys(zip.files).find((path) => /sharedStrings/i.test(path));
    expect(strings).toBeDefined();
    zip.remove(strings!);
    const withoutStrings = await zip.generateAsync({ type: "nodebuffer" });
    const error = await readError(withoutStrings);
    expect(error.kind).toBe("corrupt");
    expect(error.message).toMatch(/shared strings/);

    const book = await JSZip.loadAsync(await validFile());
    book.remove("xl/worksheets/sheet1.xml");
    const withoutSheet = await readError(await book.generateAsync({ type: "nodebuffer" }));
    expect(withoutSheet.kind).toBe("corrupt");
    expect(withoutSheet.message).toMatch(/sheet "订单" is missing/);
  });

  it("reads a workbook without shared strings whose cells hold none", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(makeBook("空白")));
    for (const path of Object.keys(zip.files)) if (/sharedStrings/i.test(path)) zip.remove(path);
    const model = await readXlsx(await zip.generateAsync({ type: "nodebuffer" }));
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["空白"]);
  });

  it("gives one-line messages", async () => {
    const inputs = [Buffer.alloc(0), Buffer.from("x"), oleFile("EncryptedPackage")];
    for (const input of inputs) expect((await readError(input)).message).not.toContain("\n");
  });
});

describe("unsupportedParts", () => {
  it("finds nothing in a workbook we wrote", async () => {
    expect(await unsupportedParts(await validFile())).toEqual([]);
  });

  it("names charts, pivot tables, images, macros, drawings, external links, slicers and comments", async () => {
    const zip = await JSZip.loadAsync(await validFile());
    for (const path of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/media/image1.png",
      "xl/vbaProject.bin",
      "xl/drawings/drawing1.xml",
      "xl/externalLinks/externalLink1.xml",
      "xl/slicerCaches/slicerCache1.xml",
      "xl/comments1.xml",
    ]) {
      zip.file(path, "x");
    }
    const parts = await unsupportedParts(await zip.generateAsync({ type: "nodebuffer" }));
    expect(parts).toEqual([
      "charts",
      "pivot tables",
      "images",
      "drawings",
      "macros (vbaProject)",
      "external links",
      "slicers",
      "comments",
    ]);
  });

  it("does not count the drawings that only carry comments", async () => {
    const zip = await JSZip.loadAsync(await validFile());
    zip.file("xl/drawings/vmlDrawing1.vml", "x");
    expect(await unsupportedParts(await zip.generateAsync({ type: "nodebuffer" }))).toEqual([]);
  });

  it("rejects what is not a workbook like readXlsx does", async () => {
    await expect(unsupportedParts(Buffer.from("plain text"))).rejects.toMatchObject({ kind: "not-zip" });
  });
});
