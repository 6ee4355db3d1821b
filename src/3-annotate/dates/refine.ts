/**
 * Refiners: small clean-up steps over one sentence's candidates, run in order (chrono-style).
 * Recognisers only propose; conflicts are settled here.
 */
import type { TimexCandidate } from './types.js';

export type Refiner = (candidates: TimexCandidate[], text: string) => TimexCandidate[];

/** Overlapping matches: the longest wins, then the rule listed first in rules.json. */
export const removeOverlaps: Refiner = (candidates) => {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  // Kept spans never overlap, so sorted by start they are sorted by end too: one binary search finds the neighbours.
  const kept: TimexCandidate[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
};

const CLOCK_TEMPLATE = /^UNDEF-ref-day@(T\d\d:\d\dZ?)$/;
const DAY_TEMPLATE = /^(?:UNDEF-(?:tense|past|future|this)-(?:W\d|\d\d-\d\d)|UNDEF-(?:this|ref)-day(?:[+-]\d+)?|\d{4}-\d\d-\d\d)$/;

/** "12:00 UTC Monday", "Monday 12:00": a clock time and the day next to it make one TIME. */
export const mergeClockWithDay: Refiner = (candidates, text) => {
  const out: TimexCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (b && /^\s+$/.test(text.slice(a.end, b.start))) {
      const clockFirst = CLOCK_TEMPLATE.exec(a.template);
      const clock = clockFirst ?? CLOCK_TEMPLATE.exec(b.template);
      const day = clockFirst ? b : a;
      if (clock && day.type === 'DATE' && DAY_TEMPLATE.test(day.template)) {
        out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), type: 'TIME', template: `${day.template}@${clock[1]}`, rule: `${a.rule}+${b.rule}` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

export const REFINERS: readonly Refiner[] = [removeOverlaps, mergeClockWithDay];

export function refine(candidates: TimexCandidate[], text: string): TimexCandidate[] {
  return REFINERS.reduce((list, refiner) => refiner(list, text), candidates);
}
