/**
 * Just enough XML for the parts of an .xlsx file that ExcelJS gets wrong and we read or write
 * ourselves (defined names, data validation, conditional formats, differential styles).
 * The fragments are small and machine-written, so a compact parser is enough; it is never
 * run over a whole sheet's cell data.
 */

/** An element: its name as written (with any namespace prefix), attributes, children and text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text content (concatenated, entities decoded). */
  text: string;
}

// XML 1.0 forbids most control characters even when escaped; Excel refuses files that hold them.
// eslint-disable-next-line no-control-regex -- the point is to match control characters
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** `<name a="1" b="x"/>` or `<name ...>inner</name>`; attributes that are undefined are left out. */
export function xmlElement(
  name: string,
  attrs: Record<string, string | number | boolean | undefined>,
  inner?: string,
): string {
  let s = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
    s += ` ${key}="${escapeXml(text)}"`;
  }
  return inner === undefined || inner === "" ? `${s}/>` : `${s}>${inner}</${name}>`;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** The local part of a possibly prefixed name: `x14:dataValidation` → `dataValidation`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Thrown for XML that is not well formed; the reader turns it into a "corrupt" file error. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses an XML document or fragment into its top-level elements.
 * Processing instructions, comments and DOCTYPEs are skipped; CDATA becomes text.
 * @throws XmlSyntaxError when tags do not nest.
 */
export function parseXml(xml: string): XmlElement[] {
  const root: XmlElement = { name: "", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const top = stack[stack.length - 1] as XmlElement;
    if (lt < 0) {
      top.text += decodeXml(xml.slice(pos));
      break;
    }
    if (lt > pos) top.text += decodeXml(xml.slice(pos, lt));
    if (xml.startsWith("<!--", lt)) {
      pos = skipPast(xml, "-->", lt);
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0) throw new XmlSyntaxError("unterminated CDATA section");
      top.text += xml.slice(lt + 9, end);
      pos = end + 3;
    } else if (xml.startsWith("<?", lt)) {
      pos = skipPast(xml, "?>", lt);
    } else if (xml.startsWith("<!", lt)) {
      pos = skipPast(xml, ">", lt);
    } else if (xml.startsWith("</", lt)) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new XmlSyntaxError("unterminated end tag");
      const name = xml.slice(lt + 2, gt).trim();
      if (stack.length < 2 || top.name !== name) throw new XmlSyntaxError(`unexpected </${name}>`);
      stack.pop();
      pos = gt + 1;
    } else {
      const gt = findTagEnd(xml, lt);
      const selfClosing = xml[gt - 1] === "/";
      const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const nameEnd = body.search(/[\s/>]|$/);
      const element: XmlElement = { name: body.slice(0, nameEnd), attrs: {}, children: [], text: "" };
      if (!element.name) throw new XmlSyntaxError("empty tag name");
      for (const m of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
        element.attrs[m[1] as string] = decodeXml(m[2] ?? m[3] ?? "");
      }
      top.children.push(element);
      if (!selfClosing) stack.push(element);
      pos = gt + 1;
    }
  }
  if (stack.length > 1)
    throw new XmlSyntaxError(`unclosed <${(stack[stack.length - 1] as XmlElement).name}>`);
  return root.children;
}

function skipPast(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new XmlSyntaxError(`missing "${marker}"`);
  return end + marker.length;
}

/** The index of the `>` closing the tag that opens at `lt`, skipping quoted attribute values. */
function findTagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i;
    }
  }
  throw new XmlSyntaxError("unterminated tag");
}

/** Children of `element` with the given local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child.name) === name);
}

/** The first child of `element` with the given local name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => localName(child.name) === name);
}

/** Every descendant (depth first) with the given local name. */
export function descendantsNamed(elements: XmlElement[], name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    if (localName(element.name) === name) found.push(element);
    element.children.forEach(visit);
  };
  elements.forEach(visit);
  return found;
}
