/** Property tests: any text gives a schema-valid result with sound offsets, the same every time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { offsetErrors, schemaErrors } from '../helpers/invariants.js';

// Text built from the characters that trouble segmenters: quotes of every kind, newlines,
// abbreviations, datelines, surrogates, controls.
const pieces = fc.constantFrom(
  '“', '”', '"', "'", '‘', '’', '«', '»', '.', '!', '?', ' ', '\n', '\n\n', '\r\n', '    ', '\t', '\u00a0',
  'U.S.', 'Gen.', 'Mr.', 'said', 'BELGRADE, March 5 (Reuters) -', 'Thursday', 'Serbia', 'the embassy',
  '😀', '\u200f', '\ud800', '\udc00', '\u0000', '—', '(', ')', 'A', 'word', '2020', 'N1',
);
const storyLike = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(storyLike, fc.string({ unit: 'binary', maxLength: 200 }));

describe('extract on arbitrary text', () => {
  it('never throws, validates, keeps offsets and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = extract(text, { referenceDate: '2020-03-05' });
        expect(schemaErrors(result)).toEqual([]);
        expect(offsetErrors(text, result)).toEqual([]);
        expect(JSON.stringify(extract(text, { referenceDate: '2020-03-05' }))).toBe(JSON.stringify(result));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
