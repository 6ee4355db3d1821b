/**
 * Golden test: the seed story's full output, reviewed by hand. When the extractor changes on
 * purpose, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden`, then read the diff
 * (`git diff test/golden`) before committing it: it is the acceptance record, not a snapshot.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, formatResult } from '../../src/index.js';
import { offsetErrors, schemaErrors } from '../helpers/invariants.js';

const SEED = new URL('../../fixtures/n1-us-serbia-russia-arms.txt', import.meta.url);
const GOLDEN = new URL('./n1-us-serbia-russia-arms.claims.yaml', import.meta.url);

describe('seed story', () => {
  const text = readFileSync(SEED, 'utf8');
  const result = extract(text, { referenceDate: '2020-03-05', path: 'fixtures/n1-us-serbia-russia-arms.txt' });

  it('has the document fields of the gold', () => {
    expect(result.document.headline?.text).toBe('US asks Serbia to stop buying arms from Russia, RFE reports');
    expect(result.document.byline?.text).toBe('N1');
    expect(result.document.referenceDate).toBe('2020-03-05');
    expect(schemaErrors(result)).toEqual([]);
    expect(offsetErrors(text, result)).toEqual([]);
  });

  it('matches the reviewed golden output', () => {
    const yaml = formatResult(result, 'yaml');
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, yaml);
    expect(yaml).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
