/**
 * Recognising what was handed to the reader before trusting it to ExcelJS, so that a wrong file
 * gets a clear one-line reason instead of a zip or XML library's message.
 */
import JSZip from "jszip";

export type XlsxReadErrorKind = "empty" | "not-zip" | "not-workbook" | "encrypted" | "corrupt";

/** An .xlsx file that cannot be read; `message` is one line of English saying what is wrong. */
export class XlsxReadError extends Error {
  readonly kind: XlsxReadErrorKind;

  constructor(kind: XlsxReadErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "XlsxReadError";
    this.kind = kind;
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, i) => data[i] === byte);
}

/** Whether the UTF-16LE form of `text` occurs in `data` (OLE directory entries are UTF-16LE). */
function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "utf16le");
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(needle);
}

/** The single line naming the first thing wrong with the last error, for the "corrupt" message. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").trim() || "unknown error";
}

/**
 * Opens `data` as a zip holding an Excel workbook.
 * @throws XlsxReadError with the kind of problem when it is not one.
 */
export async function openWorkbookZip(data: Buffer | Uint8Array): Promise<JSZip> {
  if (data.byteLength === 0) throw new XlsxReadError("empty", "The file is empty (0 bytes).");
  if (startsWith(data, OLE_SIGNATURE)) {
    // Password-protected .xlsx files are OLE containers holding an encrypted package; an OLE
    // file with a workbook stream and no such package is an Excel 97-2003 .xls.
    if (!containsUtf16(data, "EncryptedPackage") && containsUtf16(data, "Workbook")) {
      throw new XlsxReadError(
        "not-workbook",
        "The file is an Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.",
      );
    }
    throw new XlsxReadError(
      "encrypted",
      "The workbook is password-protected (encrypted); remove the password in Excel and try again.",
    );
  }
  if (!startsWith(data, [0x50, 0x4b])) {
    throw new XlsxReadError("not-zip", "The file is not an .xlsx workbook (it is not a zip archive).");
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new XlsxReadError("corrupt", `The .xlsx file is damaged or truncated (${reasonOf(error)}).`, {
      cause: error,
    });
  }
  if (!zip.file("xl/workbook.xml")) {
    throw new XlsxReadError(
      "not-workbook",
      "The zip archive is not an Excel workbook (it has no xl/workbook.xml).",
    );
  }
  return zip;
}

/** Wraps an error met while reading the workbook's parts as a "corrupt" XlsxReadError. */
export function corruptError(part: string, error: unknown): XlsxReadError {
  if (error instanceof XlsxReadError) return error;
  return new XlsxReadError(
    "corrupt",
    `The .xlsx file is damaged: ${part} cannot be read (${reasonOf(error)}).`,
    {
      cause: error,
    },
  );
}
