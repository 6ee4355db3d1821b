/**
 * Calendar arithmetic on plain days (no time zones, no Date objects leaking out): shifting by
 * calendar units, ISO weeks, and TIMEX3 formatting of a day at a unit's precision.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** How fine a unit is: a narrative anchor can stand in for units no finer than its own. */
export const UNIT_RANK: Record<Unit, number> = {
  century: 0,
  decade: 1,
  year: 2,
  half: 3,
  quarter: 4,
  season: 4,
  month: 5,
  week: 6,
  weekend: 6,
  day: 7,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/** Moves by n months, keeping the day of the month where the month has it (January 31 + 1 -> February 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  return { y, m, d: Math.min(day.d, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function weekday(day: Day): number {
  return ((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1;
}

export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / (7 * 86_400_000)) + 1;
  return { year: thursday.y, week };
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}

export function dayDistance(a: Day, b: Day): number {
  return Math.round((toUtc(a) - toUtc(b)) / 86_400_000);
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Moves a day by n units. */
export function shift(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'day':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'month':
      return addMonths(day, n);
    case 'season':
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'half':
      return addMonths(day, 6 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
  }
}

/** The TIMEX3 value of the period of `unit` that contains the day. */
export function format(day: Day, unit: Unit): string {
  switch (unit) {
    case 'day':
      return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
    case 'week': {
      const w = isoWeek(day);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'weekend': {
      const w = isoWeek(day);
      return `${pad(w.year, 4)}-W${pad(w.week)}-WE`;
    }
    case 'month':
      return `${pad(day.y, 4)}-${pad(day.m)}`;
    case 'season': {
      const s = seasonIndex(day);
      return `${pad(Math.floor(s / 4), 4)}-${SEASONS[s % 4]}`;
    }
    case 'quarter':
      return `${pad(day.y, 4)}-Q${Math.floor((day.m - 1) / 3) + 1}`;
    case 'half':
      return `${pad(day.y, 4)}-H${day.m <= 6 ? 1 : 2}`;
    case 'year':
      return pad(day.y, 4);
    case 'decade':
      return pad(day.y, 4).slice(0, 3);
    case 'century':
      return pad(day.y, 4).slice(0, 2);
  }
}

/** A value of the unit's shape with every digit unknown (no reference date). */
export function unknown(unit: Unit): string {
  return {
    day: 'XXXX-XX-XX',
    week: 'XXXX-WXX',
    weekend: 'XXXX-WXX-WE',
    month: 'XXXX-XX',
    season: 'XXXX-XX',
    quarter: 'XXXX-QX',
    half: 'XXXX-HX',
    year: 'XXXX',
    decade: 'XXX',
    century: 'XX',
  }[unit];
}

export const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;

/** Seasons counted from spring of year 0: spring = March to May; January and February close the previous winter. */
export function seasonIndex(day: Day): number {
  const shifted = day.y * 12 + (day.m - 1) - 2;
  return Math.floor(shifted / 3);
}

/**
 * The calendar point a TIMEX3 value starts at, with its unit, for values that can anchor a
 * narrative: 2019-11 -> 2019-11-01 (month), 2020-W10 -> its Monday (week), FY1987 -> 1987.
 */
export function parseValue(value: string): { day: Day; unit: Unit } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return isValidDay(+m[1]!, +m[2]!, +m[3]!) ? { day: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, unit: 'day' } : null;
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    return { day: addDays(jan4, (+m[2]! - 1) * 7 - (weekday(jan4) - 1)), unit: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: +m[2]!, d: 1 }, unit: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: (+m[2]! - 1) * 3 + 1, d: 1 }, unit: 'quarter' };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: m[2] === '1' ? 1 : 7, d: 1 }, unit: 'half' };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: 3 + 3 * SEASONS.indexOf(m[2] as (typeof SEASONS)[number]), d: 1 }, unit: 'season' };
  m = /^(?:FY)?(\d{4})$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: 1, d: 1 }, unit: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { day: { y: +m[1]! * 10, m: 1, d: 1 }, unit: 'decade' };
  return null;
}
