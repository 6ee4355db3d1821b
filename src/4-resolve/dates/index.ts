/**
 * Date values: resolves every date candidate, in text order, against the publication date and
 * the narrative's reference time (the last date mentioned). News uses the publication date for
 * most relative expressions; expressions that point back into the story ("the following day",
 * "that year") count from the last date mentioned, and so does an opening "Next month," in a
 * past-tense sentence that follows a past date ("In November last year ... Next month, he said").
 */
import type { PlacedCandidate } from '../../3-annotate/dates/types.js';
import { UNIT_RANK, format, parseDay, parseValue, type Day, type Unit } from './calendar.js';
import { resolveValue, type Anchor, type Resolution } from './resolve.js';

/** How many sentences back a narrative anchor may lie. */
const ANCHOR_WINDOW = 10;
/** How many earlier dates are looked at for an anchor (a bound for pathological inputs). */
const ANCHOR_LOOKBACK = 40;
/** How many sentences back the past date that turns "Next month," anaphoric may lie. */
const ANAPHORA_WINDOW = 2;

export interface ResolvedDate {
  candidate: PlacedCandidate;
  value: string;
  how: Resolution['how'];
  /** The earlier date the value counts from, when `how` is `narrative`. */
  anchor: ResolvedDate | null;
}

interface Remembered {
  date: ResolvedDate;
  day: Day;
  unit: Unit;
}

const CLOCK = /^UNDEF-ref-day@T/;

export function resolveDates(referenceDate: string | null, candidates: PlacedCandidate[]): ResolvedDate[] {
  const reference = referenceDate ? parseDay(referenceDate) : null;
  const memory: Remembered[] = [];
  const out: ResolvedDate[] = [];
  for (const candidate of resolutionOrder(candidates)) {
    const clock = CLOCK.test(candidate.template);
    const byAnchor = new Map<Anchor, Remembered>();
    const anchorFor = (unit: Unit): Anchor | null => {
      const found = (clock ? sameSentenceDay(memory, candidate) : undefined) ?? lastMentioned(memory, candidate, unit);
      if (!found) return null;
      const anchor = { day: found.day, unit: found.unit };
      byAnchor.set(anchor, found);
      return anchor;
    };
    const anaphoric = (unit: Unit, anchor: Anchor): boolean => {
      const source = byAnchor.get(anchor);
      if (!source || !candidate.sentenceInitial || candidate.tense !== 'past') return false;
      if (candidate.sentence - source.date.candidate.sentence > ANAPHORA_WINDOW) return false;
      return !reference || format(anchor.day, unit) < format(reference, unit);
    };
    const resolution = resolveValue(candidate.template, { reference, tense: candidate.tense, anchorFor, anaphoric });
    const resolved: ResolvedDate = {
      candidate,
      value: resolution.value,
      how: resolution.how,
      anchor: resolution.anchor ? (byAnchor.get(resolution.anchor)?.date ?? null) : null,
    };
    out.push(resolved);
    const point = candidate.type === 'DATE' || candidate.type === 'TIME' ? parseValue(resolution.value) : null;
    if (point) memory.push({ date: resolved, day: point.day, unit: point.unit });
  }
  return out.sort((a, b) => a.candidate.start - b.candidate.start);
}

/** Text order, except that clock times come after the other dates of their sentence (their day may follow them). */
function resolutionOrder(candidates: PlacedCandidate[]): PlacedCandidate[] {
  const key = (c: PlacedCandidate) => c.sentence * 2 + (CLOCK.test(c.template) ? 1 : 0);
  return [...candidates].sort((a, b) => key(a) - key(b) || a.start - b.start);
}

function sameSentenceDay(memory: Remembered[], candidate: PlacedCandidate): Remembered | undefined {
  let best: Remembered | undefined;
  let distance = Infinity;
  for (let i = memory.length - 1; i >= Math.max(0, memory.length - ANCHOR_LOOKBACK); i--) {
    const m = memory[i]!;
    if (m.date.candidate.sentence !== candidate.sentence) break;
    if (m.unit !== 'day') continue;
    const d = Math.abs(m.date.candidate.start - candidate.start);
    if (d < distance) {
      best = m;
      distance = d;
    }
  }
  return best;
}

function lastMentioned(memory: Remembered[], candidate: PlacedCandidate, unit: Unit): Remembered | undefined {
  for (let i = memory.length - 1; i >= Math.max(0, memory.length - ANCHOR_LOOKBACK); i--) {
    const m = memory[i]!;
    if (candidate.sentence - m.date.candidate.sentence > ANCHOR_WINDOW) break;
    if (m.date.candidate.start < candidate.start && UNIT_RANK[m.unit] >= UNIT_RANK[unit]) return m;
  }
  return undefined;
}
