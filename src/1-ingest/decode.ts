/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such;
 * bytes that are not valid UTF-8 are read as Windows-1252 (the usual encoding of older
 * wire files) with a warning. Binary input (NUL bytes outside UTF-16) is refused.
 */
import type { Warning } from '../model/contract.js';
import { ExtractError } from '../model/errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: Warning[];
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ExtractError('binary', `binary file (NUL byte at offset ${nul})`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    return {
      text,
      encoding: 'windows-1252',
      warnings: [{ code: 'invalid-utf8', message: 'input is not valid UTF-8; decoded as Windows-1252' }],
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  // A non-fatal decoder: a stray odd byte becomes U+FFFD rather than failing the whole story.
  const text = new TextDecoder(encoding).decode(bytes);
  const warnings: Warning[] = [];
  if (bytes.length % 2 === 1) {
    warnings.push({ code: 'truncated-utf16', message: `${encoding} input has an odd number of bytes` });
  }
  return { text, encoding, warnings };
}

/**
 * Windows-1252 by hand: Node's TextDecoder treats the label as ISO-8859-1 and so gets the
 * 0x80-0x9F range (curly quotes, dashes, the euro sign) wrong.
 */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let part = '';
    for (const b of bytes.subarray(i, i + CHUNK)) part += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    chars.push(part);
  }
  return chars.join('');
}
