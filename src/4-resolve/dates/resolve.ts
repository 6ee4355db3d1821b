/**
 * Resolution of relative TIMEX3 values (the `UNDEF-` forms of data/dates/README.md) against the
 * publication date, the clause tense and the narrative's reference time.
 *
 *   UNDEF-{this|ref|auto}-[like-]{unit}[±n[xk]][@suffix]   last year, the following day, next month, two weeks ago
 *   UNDEF-{tense|past|future|this}-{cycle}[@suffix]  Thursday, February 25, last March, the first quarter, the weekend
 */
import type { Tense } from '../../3-annotate/dates/types.js';
import {
  SEASONS,
  addDays,
  compareDays,
  dayDistance,
  format,
  isValidDay,
  seasonIndex,
  shift,
  unknown,
  weekday,
  type Day,
  type Unit,
} from './calendar.js';

const RELATIVE = /^UNDEF-(this|ref|auto)-(like-)?(day|week|weekend|month|quarter|half|year|decade|century)(?:([+-])(\d+(?:\.\d+)?|X)(?:x(\d+))?)?(?:@(.*))?$/;
const CYCLE = /^UNDEF-(tense|past|future|this)-(W[1-7]|WE|\d\d-\d\d|\d\d|Q[1-4]|H[12]|SP|SU|FA|WI)(?:@(.*))?$/;

export interface Anchor {
  day: Day;
  unit: Unit;
}

export interface ResolveContext {
  /** The publication date, or null. */
  reference: Day | null;
  tense: Tense;
  /** The narrative anchor for a unit (the last date mentioned that is at least that fine), or null. */
  anchorFor: (unit: Unit) => Anchor | null;
  /** Whether an `auto` expression ("next month") counts from the narrative rather than the publication date. */
  anaphoric: (unit: Unit, anchor: Anchor) => boolean;
}

export interface Resolution {
  value: string;
  how: 'absolute' | 'reference' | 'narrative' | 'unknown';
  anchor: Anchor | null;
}

export function resolveValue(template: string, context: ResolveContext): Resolution {
  const relative = RELATIVE.exec(template);
  if (relative) return resolveRelative(relative, context);
  const cycle = CYCLE.exec(template);
  if (cycle) return resolveCycle(cycle, context);
  return { value: canonicalDuration(template), how: 'absolute', anchor: null };
}

function resolveRelative(m: RegExpExecArray, context: ResolveContext): Resolution {
  const [, base, like, unitName, sign, amount, factor, suffix] = m;
  const unit = unitName as Unit;
  let from: Day | null = context.reference;
  let how: Resolution['how'] = 'reference';
  let anchor: Anchor | null = null;
  if (base === 'ref' || base === 'auto') {
    // "the same period last year": any anchor will do, and the value keeps the anchor's precision.
    const candidate = context.anchorFor(like ? 'year' : unit);
    if (candidate && (base === 'ref' || context.anaphoric(unit, candidate))) {
      from = candidate.day;
      how = 'narrative';
      anchor = candidate;
    }
  }
  if (amount === 'X') return { value: sign === '-' ? 'PAST_REF' : 'FUTURE_REF', how: 'absolute', anchor: null };
  if (!from) return { value: unknown(unit) + (suffix ?? ''), how: 'unknown', anchor: null };
  const n = Math.round(Number(amount ?? 0) * Number(factor ?? 1)) * (sign === '-' ? -1 : 1);
  const precision = like && anchor ? anchor.unit : unit;
  return { value: format(shift(from, unit, n), precision) + (suffix ?? ''), how, anchor };
}

type Direction = 'pastOrSame' | 'futureOrSame' | 'nearest' | 'before' | 'after' | 'same';

function direction(word: string, tense: Tense, isWeekday: boolean): Direction {
  switch (word) {
    case 'past':
      return 'before';
    case 'future':
      return 'after';
    case 'this':
      return 'same';
  }
  if (tense === 'past') return 'pastOrSame';
  if (tense === 'future') return 'futureOrSame';
  // "The vote is on Friday": the nearest. Without a tense, news reports what happened: a bare
  // weekday is the past one or today.
  if (tense === 'present') return 'nearest';
  return isWeekday ? 'pastOrSame' : 'nearest';
}

function resolveCycle(m: RegExpExecArray, context: ResolveContext): Resolution {
  const [, word, cycle, suffix] = m as unknown as [string, string, string, string | undefined];
  const ref = context.reference;
  const tail = suffix ?? '';
  if (/^W\d$/.test(cycle)) {
    const target = Number(cycle.slice(1));
    if (!ref) return { value: `XXXX-WXX-${target}${tail}`, how: 'unknown', anchor: null };
    return { value: format(weekdayNear(ref, target, direction(word, context.tense, true)), 'day') + tail, how: 'reference', anchor: null };
  }
  if (cycle === 'WE') {
    // A weekend goes the way its Saturday does.
    if (!ref) return { value: `XXXX-WXX-WE${tail}`, how: 'unknown', anchor: null };
    return { value: format(weekdayNear(ref, 6, direction(word, context.tense, true)), 'weekend') + tail, how: 'reference', anchor: null };
  }
  if (/^\d\d-\d\d$/.test(cycle)) {
    const [month, dayOfMonth] = cycle.split('-').map(Number) as [number, number];
    if (!ref) return { value: `XXXX-${cycle}${tail}`, how: 'unknown', anchor: null };
    const day = monthDayNear(ref, month, dayOfMonth, direction(word, context.tense, false));
    return day ? { value: format(day, 'day') + tail, how: 'reference', anchor: null } : { value: `XXXX-${cycle}${tail}`, how: 'unknown', anchor: null };
  }
  const { unit, position, label } = cyclePeriod(cycle);
  if (!ref) return { value: `XXXX-${label}${tail}`, how: 'unknown', anchor: null };
  const index = periodNear(periodIndex(ref, unit), position, unit === 'month' ? 12 : unit === 'half' ? 2 : 4, direction(word, context.tense, false));
  return { value: formatPeriod(index, unit) + tail, how: 'reference', anchor: null };
}

function weekdayNear(ref: Day, target: number, dir: Direction): Day {
  const today = weekday(ref);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  switch (dir) {
    case 'before':
      return addDays(ref, -(back || 7));
    case 'after':
      return addDays(ref, ahead || 7);
    case 'same':
      return addDays(ref, target - today);
    case 'futureOrSame':
      return addDays(ref, ahead);
    case 'nearest':
      return addDays(ref, back <= ahead ? -back : ahead);
    default:
      return addDays(ref, -back);
  }
}

function monthDayNear(ref: Day, month: number, dayOfMonth: number, dir: Direction): Day | null {
  const options = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, month, dayOfMonth)).map((y) => ({ y, m: month, d: dayOfMonth }));
  if (options.length === 0) return null;
  const cmp = (d: Day) => compareDays(d, ref);
  switch (dir) {
    case 'same':
      return options.find((d) => d.y === ref.y) ?? null;
    case 'before':
      return [...options].reverse().find((d) => cmp(d) < 0) ?? null;
    case 'after':
      return options.find((d) => cmp(d) > 0) ?? null;
    case 'pastOrSame':
      return [...options].reverse().find((d) => cmp(d) <= 0) ?? null;
    case 'futureOrSame': {
      const ahead = options.find((d) => cmp(d) >= 0);
      const near = nearestDay(options, ref);
      // A future tense about a day just past is an event under way ("is to run from January 23", read on January 28).
      if (!ahead) return near;
      return dayDistance(ahead, ref) > FAR_DAYS && Math.abs(dayDistance(near, ref)) <= NEAR_DAYS ? near : ahead;
    }
    default:
      return nearestDay(options, ref);
  }
}

const FAR_DAYS = 200;
const NEAR_DAYS = 45;

function nearestDay(options: Day[], ref: Day): Day {
  return options.reduce((best, d) => (Math.abs(dayDistance(d, ref)) < Math.abs(dayDistance(best, ref)) ? d : best));
}

type PeriodUnit = 'month' | 'quarter' | 'half' | 'season';

function cyclePeriod(cycle: string): { unit: PeriodUnit; position: number; label: string } {
  if (cycle.startsWith('Q')) return { unit: 'quarter', position: Number(cycle.slice(1)) - 1, label: cycle };
  if (cycle.startsWith('H')) return { unit: 'half', position: Number(cycle.slice(1)) - 1, label: cycle };
  const season = SEASONS.indexOf(cycle as (typeof SEASONS)[number]);
  if (season >= 0) return { unit: 'season', position: season, label: cycle };
  return { unit: 'month', position: Number(cycle) - 1, label: cycle };
}

/** Periods counted from year 0: months y*12+m-1, quarters y*4+q-1, halves y*2+h-1, seasons from spring. */
function periodIndex(day: Day, unit: PeriodUnit): number {
  switch (unit) {
    case 'month':
      return day.y * 12 + day.m - 1;
    case 'quarter':
      return day.y * 4 + Math.floor((day.m - 1) / 3);
    case 'half':
      return day.y * 2 + (day.m <= 6 ? 0 : 1);
    case 'season':
      return seasonIndex(day);
  }
}

function formatPeriod(index: number, unit: PeriodUnit): string {
  const per = unit === 'month' ? 12 : unit === 'half' ? 2 : 4;
  const year = String(Math.floor(index / per)).padStart(4, '0');
  const position = index % per;
  switch (unit) {
    case 'month':
      return `${year}-${String(position + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${position + 1}`;
    case 'half':
      return `${year}-H${position + 1}`;
    case 'season':
      return `${year}-${SEASONS[position]}`;
  }
}

/** The period at `position` in its cycle (e.g. the month of February) nearest the reference period in a direction. */
function periodNear(current: number, position: number, per: number, dir: Direction): number {
  const sameCycle = current - (current % per) + position;
  const before = sameCycle <= current ? sameCycle : sameCycle - per;
  const after = sameCycle >= current ? sameCycle : sameCycle + per;
  switch (dir) {
    case 'same':
      return sameCycle;
    case 'before':
      return before === current ? before - per : before;
    case 'after':
      return after === current ? after + per : after;
    case 'pastOrSame':
      return before;
    case 'futureOrSame':
      return after;
    default:
      return current - before <= after - current ? before : after;
  }
}

/** P2DE -> P20Y, P2TH -> PT2H, P1FN -> P2W: duration units of the rules to TIMEX3's. */
export function canonicalDuration(value: string): string {
  const m = /^P(\d+(?:\.\d+)?|X)(DE|CE|FN|TH|TM|TS|Y|M|W|D|Q|WE)$/.exec(value);
  if (!m) return value;
  const [, amount, unit] = m as unknown as [string, string, string];
  const times = (k: number) => (amount === 'X' ? 'X' : String(Number(amount) * k));
  switch (unit) {
    case 'DE':
      return amount === 'X' ? 'PXDE' : `P${times(10)}Y`;
    case 'CE':
      return amount === 'X' ? 'PXCE' : `P${times(100)}Y`;
    case 'FN':
      return `P${times(2)}W`;
    case 'TH':
      return `PT${amount}H`;
    case 'TM':
      return `PT${amount}M`;
    case 'TS':
      return `PT${amount}S`;
    default:
      return value;
  }
}
