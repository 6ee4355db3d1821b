import { describe, expect, it } from 'vitest';
import { format, isoWeek, parseValue, shift, weekday, type Day, type Unit } from '../../src/4-resolve/dates/calendar.js';
import { canonicalDuration, resolveValue, type Anchor, type ResolveContext } from '../../src/4-resolve/dates/resolve.js';
import type { Tense } from '../../src/3-annotate/dates/types.js';

const day = (iso: string): Day => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

function context(reference: string | null, tense: Tense = 'unknown', anchor: Anchor | null = null, anaphoric = false): ResolveContext {
  return {
    reference: reference ? day(reference) : null,
    tense,
    anchorFor: (unit: Unit) => (anchor && unitRank(anchor.unit) >= unitRank(unit) ? anchor : null),
    anaphoric: () => anaphoric,
  };
}

const RANK: Unit[] = ['century', 'decade', 'year', 'half', 'quarter', 'month', 'week', 'day'];
const unitRank = (u: Unit) => RANK.indexOf(u === 'weekend' ? 'week' : u === 'season' ? 'quarter' : u);

const value = (template: string, ctx: ResolveContext) => resolveValue(template, ctx).value;

describe('calendar', () => {
  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek(day('2020-03-05'))).toEqual({ year: 2020, week: 10 });
    expect(isoWeek(day('2008-12-29'))).toEqual({ year: 2009, week: 1 });
    expect(isoWeek(day('2010-01-03'))).toEqual({ year: 2009, week: 53 });
    expect(weekday(day('2020-03-05'))).toBe(4);
  });

  it('shifts by calendar units and formats at a precision', () => {
    expect(format(shift(day('2020-01-31'), 'month', 1), 'day')).toBe('2020-02-29');
    expect(format(shift(day('2020-03-05'), 'quarter', -1), 'quarter')).toBe('2019-Q4');
    expect(format(shift(day('2020-03-05'), 'week', -1), 'week')).toBe('2020-W09');
    expect(format(day('2020-01-15'), 'season')).toBe('2019-WI');
    expect(format(day('2020-03-05'), 'weekend')).toBe('2020-W10-WE');
    expect(format(day('1994-06-01'), 'decade')).toBe('199');
  });

  it('reads values back as anchors', () => {
    expect(parseValue('2019-11')).toEqual({ day: day('2019-11-01'), unit: 'month' });
    expect(parseValue('2020-W10')).toEqual({ day: day('2020-03-02'), unit: 'week' });
    expect(parseValue('2019-Q3')).toEqual({ day: day('2019-07-01'), unit: 'quarter' });
    expect(parseValue('FY1987')).toEqual({ day: day('1987-01-01'), unit: 'year' });
    expect(parseValue('2020-03-05TNI')?.unit).toBe('day');
    expect(parseValue('PAST_REF')).toBeNull();
  });
});

describe('resolveValue', () => {
  it('leaves final values and rewrites duration units', () => {
    expect(value('2019-Q3', context(null))).toBe('2019-Q3');
    expect(canonicalDuration('P2DE')).toBe('P20Y');
    expect(canonicalDuration('P3TH')).toBe('PT3H');
    expect(canonicalDuration('P1FN')).toBe('P2W');
    expect(canonicalDuration('PXDE')).toBe('PXDE');
  });

  it('resolves deictic units against the reference date', () => {
    const ctx = context('2020-03-05');
    expect(value('UNDEF-this-year-1@-11', ctx)).toBe('2019-11');
    expect(value('UNDEF-this-day-2x7', ctx)).toBe('2020-02-20');
    expect(value('UNDEF-this-week+1', ctx)).toBe('2020-W11');
    expect(value('UNDEF-this-day@T16:08Z', ctx)).toBe('2020-03-05T16:08Z');
    expect(value('UNDEF-this-year-X', ctx)).toBe('PAST_REF');
  });

  it('counts narrative units from the anchor', () => {
    const november: Anchor = { day: day('2019-11-01'), unit: 'month' };
    expect(value('UNDEF-ref-month+1', context('2020-03-05', 'past', november))).toBe('2019-12');
    expect(value('UNDEF-ref-day+1', context('2020-03-05', 'past', november))).toBe('2020-03-06');
    expect(value('UNDEF-auto-month+1', context('2020-03-05', 'past', november, true))).toBe('2019-12');
    expect(value('UNDEF-auto-month+1', context('2020-03-05', 'past', november, false))).toBe('2020-04');
    expect(value('UNDEF-ref-like-year-1', context('2020-03-05', 'past', november))).toBe('2018-11');
  });

  it('turns weekdays and month days by tense', () => {
    const thursday = '2020-03-05';
    expect(value('UNDEF-tense-W4', context(thursday, 'past'))).toBe('2020-03-05');
    expect(value('UNDEF-tense-W3', context(thursday, 'unknown'))).toBe('2020-03-04');
    expect(value('UNDEF-tense-W3', context(thursday, 'future'))).toBe('2020-03-11');
    expect(value('UNDEF-tense-W5', context(thursday, 'present'))).toBe('2020-03-06');
    expect(value('UNDEF-past-W4', context(thursday))).toBe('2020-02-27');
    expect(value('UNDEF-future-W4', context(thursday))).toBe('2020-03-12');
    expect(value('UNDEF-tense-02-25', context(thursday, 'past'))).toBe('2020-02-25');
    expect(value('UNDEF-tense-01-10', context(thursday, 'future'))).toBe('2021-01-10');
    // A future tense about a day just past: an event under way ("is to run from January 23").
    expect(value('UNDEF-tense-02-25', context(thursday, 'future'))).toBe('2020-02-25');
  });

  it('turns months, quarters and seasons by tense', () => {
    expect(value('UNDEF-tense-02', context('2020-01-15', 'past'))).toBe('2019-02');
    expect(value('UNDEF-tense-02', context('2020-03-05', 'unknown'))).toBe('2020-02');
    expect(value('UNDEF-past-03', context('2020-03-05'))).toBe('2019-03');
    expect(value('UNDEF-tense-Q4', context('2007-03-13', 'past'))).toBe('2006-Q4');
    expect(value('UNDEF-tense-Q4', context('2006-08-19', 'future'))).toBe('2006-Q4');
    expect(value('UNDEF-this-SU', context('2020-03-05'))).toBe('2020-SU');
    expect(value('UNDEF-tense-WI', context('2014-07-28', 'past'))).toBe('2013-WI');
  });

  it('keeps unknown parts without a reference date', () => {
    const none = context(null);
    expect(value('UNDEF-tense-W4', none)).toBe('XXXX-WXX-4');
    expect(value('UNDEF-tense-02-25', none)).toBe('XXXX-02-25');
    expect(value('UNDEF-auto-month+1', none)).toBe('XXXX-XX');
    expect(value('UNDEF-this-year-1@-11', none)).toBe('XXXX-11');
    expect(value('UNDEF-tense-Q1', none)).toBe('XXXX-Q1');
  });
});
