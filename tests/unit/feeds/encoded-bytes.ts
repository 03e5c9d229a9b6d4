/**
 * Real single-byte encodings for tests, written out by hand so the tests need
 * no encoder library: what a windows-1251 or ISO-8859-1 server actually sends.
 */

/** windows-1251 bytes of ASCII and the basic Cyrillic alphabet (А–я sit at 0xC0–0xFF, Ё/ё at 0xA8/0xB8). */
export function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x350;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    throw new RangeError(`No windows-1251 byte for ${char} in this helper`);
  });
}

/** ISO-8859-1 bytes: every character below U+0100 is the byte of the same value. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0xff) throw new RangeError(`No ISO-8859-1 byte for ${char}`);
    return code;
  });
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export const UTF8_BOM = Uint8Array.from([0xef, 0xbb, 0xbf]);

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}
