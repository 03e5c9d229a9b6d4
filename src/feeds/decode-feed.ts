import { charsetFromBom, charsetFromContentType, createDecoder } from '../extract/decode-body.js';

/** How far into the bytes the XML declaration is looked for; it must come first, so a little slack is plenty. */
const PROLOG_SNIFF_BYTES = 1024;

/**
 * The `encoding="…"` of an XML declaration at the start of `bytes` (after
 * optional whitespace; a BOM never gets here, it decides on its own). Whitespace before `<?xml` is not well-formed,
 * but real servers emit it, and a reader still has to find the declaration.
 */
export function charsetFromXmlProlog(bytes: Uint8Array): string | undefined {
  // latin1 maps every byte to one character, so the ASCII declaration is readable whatever the real encoding.
  const head = Buffer.from(bytes.subarray(0, PROLOG_SNIFF_BYTES)).toString('latin1');
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)\s*["']/.exec(head);
  const label = match?.[1];
  // A declaration we could read byte by byte cannot really be UTF-16/32 (those would need a BOM or NULs
  // between the letters); browsers read such a mislabel as UTF-8, and so do we.
  if (label === undefined || /^utf-?(?:16|32)/i.test(label)) return undefined;
  return label;
}

/** True when the first character after an optional BOM and whitespace opens a JSON object or array. */
function looksLikeJson(bytes: Uint8Array): boolean {
  for (let index = charsetFromBom(bytes) === 'utf-8' ? 3 : 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

/**
 * Decodes the bytes of a feed to text. We decode rather than the feed library
 * because libraries handed a string already decoded as UTF-8 garble
 * windows-1251 and ISO-8859-1 feeds beyond repair.
 *
 * Order, as RFC 7303 (XML media types) has it: a byte-order mark, then the
 * HTTP `charset` parameter, then the XML declaration's `encoding`, then UTF-8.
 * A JSON Feed is UTF-8 (or has a BOM) whatever the header says: RFC 8259
 * requires UTF-8 between systems and defines no charset parameter for JSON.
 * An unknown label is skipped rather than fatal, as it is for web pages.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): string {
  const json = looksLikeJson(bytes);
  const decoder =
    createDecoder(charsetFromBom(bytes)) ??
    (json ? undefined : createDecoder(charsetFromContentType(contentType))) ??
    (json ? undefined : createDecoder(charsetFromXmlProlog(bytes))) ??
    new TextDecoder('utf-8');
  // TextDecoder drops a BOM that matches its encoding.
  return decoder.decode(bytes);
}
