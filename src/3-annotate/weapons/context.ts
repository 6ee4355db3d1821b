/**
 * Refiner: a context form ("Patriot", "Leopard", "Caesar", "Archer") stands for a weapon only next to
 * a head noun ("Patriot missiles", "the howitzer Archer"), a confirming noun ("Patriot batteries"), an
 * origin adjective ("US-made Patriots"), or once the story has named the family unambiguously.
 */
import type { Candidate } from './recognise.js';

export interface Located extends Candidate {
  sentence: number;
}

export type Rejection = { candidate: Located; reason: string };

export function confirmContext(candidates: readonly Located[], reject: (r: Rejection) => void): Located[] {
  const hasContext = (c: Located) => c.free || c.phrase.head !== null || c.phrase.contextNoun || c.phrase.origin !== null;
  const confirmed = new Set(candidates.filter(hasContext).map((c) => c.family?.id ?? c.name));
  return candidates.filter((c) => {
    const keep = hasContext(c) || confirmed.has(c.family?.id ?? c.name);
    if (!keep) reject({ candidate: c, reason: 'context form without a head noun or an earlier mention' });
    return keep;
  });
}
