/** How far into an HTML document a `<meta charset>` is looked for (the HTML spec's prescan uses 1024). */
const SNIFF_BYTES = 2048;

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/** The encoding a byte-order mark at the start of `bytes` names, if there is one. */
export function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the start. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  // latin1 maps every byte to one character, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}

/** A decoder for an encoding label as found in the wild; undefined for a missing or unknown label. */
export function createDecoder(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    // An unknown label on a real page is common ("utf8mb4", typos); fall back rather than fail the fetch.
    return undefined;
  }
}

/**
 * Decodes a page body. Order follows browsers: a byte-order mark wins, then the
 * Content-Type charset, then a `<meta>` declaration (HTML only), then UTF-8.
 */
export function decodeBody(bytes: Uint8Array, options: { contentType?: string; isHtml: boolean }): string {
  const decoder =
    createDecoder(charsetFromBom(bytes)) ??
    createDecoder(charsetFromContentType(options.contentType)) ??
    (options.isHtml ? createDecoder(charsetFromMeta(bytes)) : undefined) ??
    new TextDecoder('utf-8');
  // TextDecoder strips a matching BOM itself.
  return decoder.decode(bytes);
}
