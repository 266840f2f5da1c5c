/**
 * UTF-8 length of a string without encoding it: how many bytes it weighs in a request.
 * A Chinese character is 3 bytes, a surrogate pair 4.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
