/**
 * How large a message is on its way between the extension's parts. Chrome sends runtime messages as JSON and refuses
 * one over 64 MiB: the send then fails as if the receiver had not answered. A sender with a large payload (an import
 * file) measures it first, to say "too large" instead.
 */

/** Chrome's limit on one runtime message, in bytes of its JSON (UTF-8). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Room left for the rest of a message around one large string: its type and field names. */
export const MESSAGE_ENVELOPE_BYTES = 4 * 1024;

/**
 * The bytes `text` takes as a JSON string in UTF-8, quotes included, without building it: a control character
 * becomes `\u00XX` (six bytes), a quote or backslash two, and a character outside ASCII two to four bytes.
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code === 0x08 || code === 0x0c || code === 0x0a || code === 0x0d || code === 0x09) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) bytes += 6; // a lone surrogate, escaped as \uXXXX
    else bytes += 3;
  }
  return bytes;
}

/** True when a message carrying `text` in one field stays within what Chrome sends. */
export function fitsInMessage(text: string): boolean {
  return jsonStringBytes(text) + MESSAGE_ENVELOPE_BYTES <= MAX_MESSAGE_BYTES;
}
