import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scoreDocument } from '../../src/eval/score-document.js';
import type { GoldDoc } from '../../src/eval/types.js';

const TEXT = 'Serbia buys jets\nBy Mariana Ortega\n\nBELGRADE (Reuters) - Serbia bought jets.\n';

function byline(gold: string) {
  const doc: GoldDoc = { id: 'g', set: 'seed', text: TEXT, referenceDate: '2024-01-01', scoreEnd: TEXT.length, seed: { document: 'g.txt', reference_date: '2024-01-01', byline: gold } };
  const [report] = scoreDocument([{ gold: doc, result: extract(TEXT, { referenceDate: '2024-01-01' }) }]);
  return report!.metrics.find((m) => m.label === 'byline');
}

describe('document scorer', () => {
  it('matches a byline with or without its "By"', () => {
    expect(byline('By Mariana Ortega')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(byline('Mariana Ortega')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('still counts another name as a miss', () => {
    expect(byline('Camille Dela Cruz')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});
