import { describe, expect, it } from 'vitest';
import { ExtractError, SECTIONS, extract, extractBytes, type ExtractResult } from '../../src/index.js';

describe('library API', () => {
  it('returns the extract/1 result with every section', () => {
    const result: ExtractResult = extract('Headline\n\nSerbia said on Thursday it would buy jets.', { referenceDate: '2020-03-05' });
    expect(result.schema).toBe('extract/1');
    for (const section of SECTIONS) expect(Array.isArray(result[section])).toBe(true);
    expect(result.document).toMatchObject({ chars: 52, referenceDate: '2020-03-05', referenceDateSource: 'option', path: null });
    expect(result.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a Date as reference date and rejects a bad one', () => {
    expect(extract('Text.', { referenceDate: new Date('2021-01-02T00:00:00Z') }).document.referenceDate).toBe('2021-01-02');
    expect(() => extract('Text.', { referenceDate: '05/03/2020' })).toThrow(ExtractError);
  });

  it('leaves out sections not asked for', () => {
    const result = extract('Text.', { only: ['dates'] });
    expect(result.dates).toEqual([]);
    expect(result.actors).toBeUndefined();
  });

  it('decodes bytes and reports the encoding problem as a warning', () => {
    const result = extractBytes(Buffer.from([0x93, 0x48, 0x69, 0x94]));
    expect(result.warnings.map((w) => w.code)).toContain('invalid-utf8');
  });

  it('gives an empty input a warning, not an error', () => {
    expect(extract('   ').warnings).toEqual([{ code: 'empty-input', message: 'the input is empty or only white space' }]);
  });
});
