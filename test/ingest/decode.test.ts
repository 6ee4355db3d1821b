import { describe, expect, it } from 'vitest';
import { decode } from '../../src/1-ingest/decode.js';
import { ExtractError } from '../../src/model/errors.js';

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decode(Buffer.from('\uFEFFVučić said', 'utf8')).text).toBe('Vučić said');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv “said”', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: 'Kyiv “said”', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2).swap16());
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: 'Kyiv “said”', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 with a warning', () => {
    const decoded = decode(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]));
    expect(decoded.text).toBe('“Hi” é');
    expect(decoded.warnings[0]?.code).toBe('invalid-utf8');
  });

  it('refuses binary input', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x00, 0x01]))).toThrow(ExtractError);
  });
});
