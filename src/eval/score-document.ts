/** Layout fields against the fixtures' gold: headline, byline, reference date. */
import type { Metric, Scorer } from './types.js';

export const scoreDocument: Scorer = (docs) => {
  const metrics: Record<string, Metric> = {};
  const misses: string[] = [];
  const check = (label: string, gold: string | undefined, got: string | null | undefined, id: string, same = (a: string, b: string) => a === b): void => {
    if (gold === undefined) return;
    const m = (metrics[label] ??= { label, tp: 0, fp: 0, fn: 0 });
    if (got != null && same(got, gold)) m.tp++;
    else {
      m.fn++;
      if (got) m.fp++;
      misses.push(`${id}: ${label} gold=${JSON.stringify(gold)} got=${JSON.stringify(got ?? null)}`);
    }
  };
  for (const { gold, result } of docs) {
    if (!gold.seed) continue;
    check('headline', gold.seed.headline, result.document.headline?.text, gold.id);
    check('byline', gold.seed.byline, result.document.byline?.text, gold.id, (a, b) => byName(a) === byName(b));
  }
  return Object.keys(metrics).length ? [{ title: 'document', metrics: Object.values(metrics), misses }] : [];
};

/** Golds write a byline with or without its "By " ("By Mariana Ortega", "Mariana Ortega"): the name is what counts. */
function byName(byline: string): string {
  return byline.replace(/^by\s+/i, '');
}
