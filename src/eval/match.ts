/** Span matching used by the scorers. */
import type { GoldSpan } from './types.js';

export interface Spanned {
  start: number;
  end: number;
}

export function overlap(a: Spanned, b: Spanned): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap as a share of the shorter span. */
export function overlapRatio(a: Spanned, b: Spanned): number {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter <= 0 ? 0 : overlap(a, b) / shorter;
}

/**
 * One-to-one matching, greedy by overlap: each gold span takes the best-overlapping free system
 * span that `accept` allows. Between pairs that overlap as much, the tighter pair (smaller union)
 * goes first, so that nested gold ("Sydney, Australia" and "Australia") is not left with the wrong
 * partner. Returns the pairs as [gold index, system index].
 */
export function matchOneToOne<G extends Spanned, S extends Spanned>(
  gold: G[],
  system: S[],
  accept: (g: G, s: S) => boolean,
): [number, number][] {
  const candidates: [number, number, number, number][] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const o = overlap(g, s);
      if (o > 0 && accept(g, s)) candidates.push([o, gi, si, Math.max(g.end, s.end) - Math.min(g.start, s.start)]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[3] - b[3] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, gi, si] of candidates) {
    if (usedGold.has(gi) || usedSystem.has(si)) continue;
    usedGold.add(gi);
    usedSystem.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? flat.slice(0, max - 1) + '…' : flat);
}

export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b) && normalizeName(a!) === normalizeName(b!);
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type { GoldSpan };
