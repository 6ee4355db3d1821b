import { describe, expect, it } from 'vitest';
import { extract, type DateMention } from '../../src/index.js';
import { compiledRules } from '../../src/3-annotate/dates/rules.js';
import { scoreDates, sameValue } from '../../src/eval/score-dates.js';
import type { GoldDoc, Scored } from '../../src/eval/types.js';
import { createDocument } from '../../src/model/document.js';
import { emptyLayers } from '../../src/model/annotations.js';
import { resolveOptions } from '../../src/options.js';
import { segment } from '../../src/2-segment/segment.js';
import { annotateDates, type DateAnnotation } from '../../src/3-annotate/dates/index.js';

const THURSDAY = '2020-03-05';

function dates(text: string, referenceDate: string | null = THURSDAY): DateMention[] {
  return extract(text, { referenceDate, only: ['dates'] }).dates;
}

/** The dates of a text as `text=value` strings, in text order. */
function values(text: string, referenceDate: string | null = THURSDAY): string[] {
  return dates(text, referenceDate).map((d) => `${d.text}=${d.value}`);
}

/** The dates stage alone, for its annotation layer (the library returns only the output contract). */
function annotate(text: string): DateAnnotation[] {
  const doc = createDocument(text, resolveOptions({ referenceDate: THURSDAY, only: ['dates'] }), emptyLayers());
  segment(doc);
  annotateDates(doc);
  return doc.layers.timexes as DateAnnotation[];
}

function typed(text: string, referenceDate: string | null = THURSDAY): string[] {
  return dates(text, referenceDate).map((d) => `${d.text}=${d.type}:${d.value}`);
}

describe('dates: the rules compile', () => {
  it('compiles every rule of data/dates/rules.json', () => {
    const rules = compiledRules();
    expect(rules.length).toBeGreaterThan(50);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });
});

describe('dates: absolute dates', () => {
  it('reads full dates with and without a weekday', () => {
    expect(values('The deal was signed on Thursday, March 5, 2020, in Belgrade.')).toEqual(['Thursday, March 5, 2020=2020-03-05']);
    expect(values('It opened on 11 December 2009 and closed on the 5th of March 2010.')).toEqual([
      '11 December 2009=2009-12-11',
      'the 5th of March 2010=2010-03-05',
    ]);
    expect(values('Talks began Sept. 30, 1989, and ended March 12 2009.')).toEqual(['Sept. 30, 1989=1989-09-30', 'March 12 2009=2009-03-12']);
  });

  it('reads numeric dates', () => {
    expect(values('Filed on 2019-07-08 and dated 7/8/07.')).toEqual(['2019-07-08=2019-07-08', '7/8/07=2007-07-08']);
  });

  it('reads months with years, years, fiscal years, decades and centuries', () => {
    expect(values('He left in November 2008 and returned in 1987.')).toEqual(['November 2008=2008-11', '1987=1987']);
    expect(values('Fiscal 1987 profits beat those of the 1990s and the 20th century.')).toEqual([
      'Fiscal 1987=FY1987',
      '1990s=199',
      'the 20th century=19',
    ]);
    expect(values('Cars of the 70s and the sixties, since \'82.')).toEqual(['70s=197', 'the sixties=196', "'82=1982"]);
  });

  it('reads quarters, halves and seasons with a year', () => {
    expect(values('It lost money in the first quarter of 2009 and the second half of 2010.')).toEqual([
      'the first quarter of 2009=2009-Q1',
      'the second half of 2010=2010-H2',
    ]);
    expect(values('The plant opened in spring 2019 and closed in the summer of 2020.')).toEqual([
      'spring 2019=2019-SP',
      'the summer of 2020=2020-SU',
    ]);
  });

  it('keeps parts of periods in the extent', () => {
    expect(typed('The line opens in mid-2019, not early March or late 2006.')).toEqual([
      'mid-2019=DATE:2019',
      'early March=DATE:2020-03',
      'late 2006=DATE:2006',
    ]);
    expect(values('Targets are due by the end of the year and by the end of 2021.')).toEqual(['the end of the year=2020', 'the end of 2021=2021']);
  });
});

describe('dates: extents follow TimeML', () => {
  it('leaves prepositions out and keeps relative phrases whole', () => {
    const found = dates('He spoke on Thursday about the talks in November last year.');
    expect(found.map((d) => d.text)).toEqual(['Thursday', 'November last year']);
  });

  it('gives ids in text order and offsets into the text', () => {
    const text = 'Officials met on Wednesday. They meet again next week, the ministry said on Thursday.';
    const found = dates(text);
    expect(found.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('reads abbreviated months in wire style', () => {
    expect(values('The envoy visited Belgrade on Feb 26 and left on March 3.')).toEqual(['Feb 26=2020-02-26', 'March 3=2020-03-03']);
  });
});

describe('dates: tense decides the direction of weekdays and bare months', () => {
  it('resolves weekdays against a Thursday', () => {
    expect(values('The embassy said on Thursday that the system arrived on Wednesday.')).toEqual(['Thursday=2020-03-05', 'Wednesday=2020-03-04']);
    expect(values('The ministers will meet on Monday.')).toEqual(['Monday=2020-03-09']);
    expect(values('The ministers met on Monday.')).toEqual(['Monday=2020-03-02']);
    expect(values('The talks are set to begin on Friday.')).toEqual(['Friday=2020-03-06']);
    expect(values('A statement released Friday gave no details.')).toEqual(['Friday=2020-02-28']);
  });

  it('gives coordinated dates the verb of the first', () => {
    expect(values('The talks will continue on Tuesday and Wednesday.')).toEqual(['Tuesday=2020-03-10', 'Wednesday=2020-03-11']);
  });

  it('reads a weekend by tense, and "since" as the past', () => {
    expect(values('The talks were held over the weekend.')).toEqual(['the weekend=2020-W09-WE']);
    expect(values('Prices have doubled since September, the ministry said.', '2020-08-14')).toEqual(['September=2019-09']);
  });

  it('reads last and next weekdays strictly', () => {
    expect(values('He arrived last Thursday and leaves next Thursday.')).toEqual(['last Thursday=2020-02-27', 'next Thursday=2020-03-12']);
  });

  it('puts a month and day in the past for a past clause, nearest otherwise', () => {
    expect(values('A spokesman said on February 25 that Serbia had to adjust.')).toEqual(['February 25=2020-02-25']);
    expect(values('A hearing has been scheduled for March 20.')).toEqual(['March 20=2020-03-20']);
    expect(values('The deal will be finalised by June 10.')).toEqual(['June 10=2020-06-10']);
  });

  it('reads years in context for bare months', () => {
    expect(values('Exports fell in February.', '2020-03-05')).toEqual(['February=2020-02']);
    expect(values('Exports fell in February.', '2020-01-15')).toEqual(['February=2019-02']);
    expect(values('The plant will reopen in February.', '2020-03-05')).toEqual(['February=2021-02']);
    expect(values('He resigned last March and returns next March.')).toEqual(['last March=2019-03', 'next March=2021-03']);
  });

  it('gives quarters the year of the clause', () => {
    expect(values('Profits rose in the fourth quarter.', '2007-03-13')).toEqual(['the fourth quarter=2006-Q4']);
    expect(values('Plants will close during the fourth quarter.', '2006-08-19')).toEqual(['the fourth quarter=2006-Q4']);
    expect(values('Its third-quarter results beat forecasts.', '2009-11-03')).toEqual(['third-quarter=2009-Q3']);
  });
});

describe('dates: relative to the publication date', () => {
  it('resolves deictic expressions', () => {
    expect(values('Sales fell last year and yesterday, but rose this week and today.')).toEqual([
      'last year=2019',
      'yesterday=2020-03-04',
      'this week=2020-W10',
      'today=2020-03-05',
    ]);
    expect(values('Earlier this month, the firm said it would cut jobs later this year.')).toEqual([
      'Earlier this month=2020-03',
      'later this year=2020',
    ]);
    expect(values('Two years ago the plant closed; it reopens next year.')).toEqual(['Two years ago=2018', 'next year=2021']);
    expect(values('Shares fell a week ago.')).toEqual(['a week ago=2020-02-27']);
  });

  it('reads the same period a year before from the date in context', () => {
    expect(values('Sales rose in February, compared with the same period last year.')).toEqual([
      'February=2020-02',
      'the same period last year=2019-02',
    ]);
  });
});

describe('dates: the narrative moves the reference time', () => {
  it('counts the following day, days later and that day from the last date', () => {
    expect(values('The strike began on March 3, 2019. The following day, police arrived. Two days later, it ended. That day, talks resumed.')).toEqual([
      'March 3, 2019=2019-03-03',
      'The following day=2019-03-04',
      'Two days later=2019-03-06',
      'That day=2019-03-06',
    ]);
    expect(values('Troops arrived in 1987. A year later they left.')).toEqual(['1987=1987', 'A year later=1988']);
  });

  it('reads an opening "Next month," after a past date as anaphoric', () => {
    expect(values('The envoy raised sanctions in November last year. Next month, the president said he would stop.')).toEqual([
      'November last year=2019-11',
      'Next month=2019-12',
    ]);
  });

  it('keeps next month deictic when it looks ahead or nothing came before', () => {
    expect(values('The envoy raised sanctions in November last year. The president will visit next month.')).toEqual([
      'November last year=2019-11',
      'next month=2020-04',
    ]);
    expect(values('Next month, the president said, talks will resume.')).toEqual(['Next month=2020-04']);
    expect(values('Sales fell last month and will rise next month, the firm said.')).toEqual(['last month=2020-02', 'next month=2020-04']);
  });
});

describe('dates: without a reference date', () => {
  it('keeps unknown parts of relative dates and exact absolute ones', () => {
    expect(values('Officials met on Thursday and agreed on February 25 to meet next month, as in March 2019.', null)).toEqual([
      'Thursday=XXXX-WXX-4',
      'February 25=XXXX-02-25',
      'next month=XXXX-XX',
      'March 2019=2019-03',
    ]);
    expect(values('Sales fell last year and today.', null)).toEqual(['last year=XXXX', 'today=XXXX-XX-XX']);
  });

  it('still counts narrative expressions from an absolute date', () => {
    expect(values('The strike began on March 3, 2019. The following day, police arrived.', null)).toEqual([
      'March 3, 2019=2019-03-03',
      'The following day=2019-03-04',
    ]);
  });

  it('takes the reference date from a dateline', () => {
    const text = 'Serbia buys jets\n\nBELGRADE, March 5, 2020 (Reuters) - Serbia said on Wednesday it had bought jets.';
    expect(values(text, null)).toEqual(['March 5, 2020=2020-03-05', 'Wednesday=2020-03-04']);
  });
});

describe('dates: TIME', () => {
  it('reads clock times with zones and the day around them', () => {
    expect(typed('Trading stopped at 16:08 UTC and resumed at 10 am.')).toEqual([
      '16:08 UTC=TIME:2020-03-05T16:08Z',
      '10 am=TIME:2020-03-05T10:00',
    ]);
    expect(typed('The firm filed at 12:00 UTC Monday.')).toEqual(['12:00 UTC Monday=TIME:2020-03-02T12:00Z']);
    expect(typed('The flight landed at 6:40 p.m. on Tuesday.')).toEqual(['6:40 p.m.=TIME:2020-03-03T18:40', 'Tuesday=DATE:2020-03-03']);
    expect(typed('Polls closed at midnight.')).toEqual(['midnight=TIME:2020-03-05T24:00']);
  });

  it('reads parts of days', () => {
    expect(typed('She arrived this morning and leaves tomorrow evening; he spoke Thursday night.')).toEqual([
      'this morning=TIME:2020-03-05TMO',
      'tomorrow evening=TIME:2020-03-06TEV',
      'Thursday night=TIME:2020-03-05TNI',
    ]);
  });
});

describe('dates: DURATION', () => {
  it('reads durations in years, days and hours', () => {
    expect(typed('The war lasted two years, the siege 3 days and the talks 12 hours.')).toEqual([
      'two years=DURATION:P2Y',
      '3 days=DURATION:P3D',
      '12 hours=DURATION:PT12H',
    ]);
    expect(typed('Output fell over the past two years and in the next six months.')).toEqual([
      'the past two years=DURATION:P2Y',
      'the next six months=DURATION:P6M',
    ]);
  });

  it('reads compound, vague and modified durations', () => {
    expect(typed('They signed a five-year contract after several years and almost two and a half years.')).toEqual([
      'five-year=DURATION:P5Y',
      'several years=DURATION:PXY',
      'almost two and a half years=DURATION:P2.5Y',
    ]);
    expect(typed('It was the lowest level in over a decade, after six straight days of losses.')).toEqual([
      'over a decade=DURATION:P10Y',
      'six straight days=DURATION:P6D',
    ]);
  });
});

describe('dates: SET', () => {
  it('reads frequencies', () => {
    expect(typed('The board meets every week and publishes weekly figures.')).toEqual(['every week=SET:P1W', 'weekly=SET:P1W']);
    expect(typed('The line builds tankers at a rate of 15 a year and inspects them twice a month.')).toEqual([
      'a year=SET:P1Y',
      'twice a month=SET:P1M',
    ]);
    expect(typed('Markets close on Mondays.')).toEqual(['Mondays=SET:XXXX-WXX-1']);
  });
});

describe('dates: present, past and future references', () => {
  it('reads reference words', () => {
    expect(values('Vucic recently announced a purchase; the army currently has none, as in the past.')).toEqual([
      'recently=PAST_REF',
      'currently=PRESENT_REF',
      'the past=PAST_REF',
    ]);
    expect(values('The deal will come soon, in the near future or the coming weeks.')).toEqual([
      'soon=FUTURE_REF',
      'the near future=FUTURE_REF',
      'the coming weeks=FUTURE_REF',
    ]);
  });
});

describe('dates: what is not a date', () => {
  it('leaves quantities alone', () => {
    expect(values('The army sent 1,500 troops and 2000 soldiers at a cost of $2000.')).toEqual([]);
    expect(values('The index closed at 1987.55 after the Russell 2000 Index fell.')).toEqual([]);
    expect(values('A survey of 1709 schoolchildren found 2000 cases.')).toEqual([]);
  });

  it('leaves model numbers alone but keeps years in event names', () => {
    expect(values('The air force flies Mirage 2000-5 jets and the army PzH 2000 guns.')).toEqual([]);
    expect(values('Apple opened WWDC 2005 in San Francisco.')).toEqual(['2005=2005']);
  });

  it('leaves names and modal verbs alone', () => {
    expect(values('Theresa May said prices may rise, illustrator Johnnie Christmas added.')).toEqual([]);
    expect(values('The now-defunct firm had a 51-year-old chief, LA Weekly said.')).toEqual([]);
  });
});

describe('dates: annotations and explain', () => {
  it('links a date to the verb of its clause', () => {
    const text = 'The embassy reiterated on Thursday its concern.';
    const timexes = annotate(text);
    expect(timexes[0]).toMatchObject({ text: 'Thursday', tense: 'past', verb: { text: 'reiterated' }, anchoring: 'reference' });
  });

  it('says which rule found each date and how its value was reached', () => {
    const result = extract('In November last year the envoy warned. Next month, he said talks would resume.', {
      referenceDate: THURSDAY,
      only: ['dates'],
      explain: true,
    });
    const entries = result.explain!.filter((e) => e.stage === 'dates');
    expect(entries.map((e) => e.target)).toEqual(['d1', 'd2']);
    expect(entries[1]!.rule).toBe('date_relative_unit');
    expect(entries[1]!.note).toContain('counted from "November last year"');
  });
});

describe('dates: the scorer', () => {
  const gold = (over: Partial<GoldDoc>): GoldDoc => ({ id: 'g', set: 'meantime', text: '', referenceDate: THURSDAY, scoreEnd: 1000, ...over });

  it('compares values without seconds or a UTC zone', () => {
    expect(sameValue('2010-09-04T22:30:00', '2010-09-04T22:30')).toBe(true);
    expect(sameValue('15:11:00', '2008-01-20T15:11Z')).toBe(true);
    expect(sameValue('2020-03', '2020-03-05')).toBe(false);
  });

  it('counts strict, relaxed and value matches', () => {
    const text = 'He left on Thursday, 5 March, and returned next month.';
    const result = extract(text, { referenceDate: THURSDAY, only: ['dates'] });
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type: 'DATE' });
    const doc = gold({ text, timexes: [{ ...at('Thursday, 5 March'), value: '2020-03-05' }, { ...at('month.'), value: '2020-05' }] });
    const [report] = scoreDates([{ gold: doc, result } satisfies Scored]);
    const m = Object.fromEntries(report!.metrics.map((x) => [x.label, x]));
    expect(m['strict span']).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(m['relaxed span']).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(m['value']).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});
