/**
 * Datelines: a date on a line of its own ("Thursday, March 5, 2020") or a wire dateline at the
 * start of the first paragraph ("BELGRADE, March 5 (Reuters) -"). A dateline with a year gives
 * the story's reference date.
 */
import { loadData } from '../data.js';
import type { Span } from '../model/document.js';

interface Calendar {
  months: Record<string, number>;
  weekdays: Record<string, number>;
}

export interface DatelineMatch {
  span: Span;
  /** YYYY-MM-DD when the dateline has a full date, else null. */
  date: string | null;
  /** A month and day without a year, kept so that the caller can say why no date was taken. */
  partial: boolean;
  /** A place the caller must know for the match to stand ("NEW DELHI:", not "NOTE:"). */
  place?: string;
}

const MONTH = String.raw`(?<month>[A-Z][a-z]{2,8})\.?`;
const WEEKDAY = String.raw`(?:[A-Z][a-z]{2,8}\.?,?\s+)`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<year>\d{4})`;
/** A news agency's name: "Reuters", "Agência Brasil", "Jiji Press", "EL PAÍS". */
const AGENCY = String.raw`\p{L}[\p{L}\p{N}_ .&-]{0,30}`;
/** ... in brackets, where a slash may join two: "(Reuters/AFP)"; a name may open with a number: "(1News)", "(9News)", "(24 Chasa)". */
const BRACKETED_AGENCY = String.raw`(?:\p{L}|\p{N}{1,2} ?\p{L})[\p{L}\p{N}_ .&/-]{0,30}`;

/** A press release's place before its date: "Riga, 27 May 2025". */
const PLACE = String.raw`(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+)?`;

/** Dates that make up a whole line: "Friday, July 21, 2017", "5 March 2020", "Riga, 27 May 2025", "2020-03-05". */
const STANDALONE_DATES = [
  new RegExp(String.raw`^${PLACE}${WEEKDAY}?${MONTH}\s+${DAY},?\s+${YEAR}$`),
  new RegExp(String.raw`^${PLACE}${WEEKDAY}?${DAY}\s+${MONTH},?\s+${YEAR}$`),
  /^(?<year>\d{4})-(?<mnum>\d{2})-(?<day>\d{2})$/,
];

/**
 * A wire dateline: a place in capitals (or any place followed by an agency in brackets),
 * an optional date, an optional agency, then a dash. (The Maldives' capital is written "MALE'".)
 */
const WIRE_DATELINE = new RegExp(
  // ("KYIV/PARIS, Feb 6 (Reuters) -": the cities of a story filed from two.)
  String.raw`^(?<place>\p{Lu}[\p{Lu}.'’ -]*[\p{Lu}.'’](?:\/\p{Lu}[\p{Lu}.'’ -]*[\p{Lu}.'’])*(?:,\s+[A-Z][A-Za-z.' ]{1,30})?|[A-Z][A-Za-z.'’ -]{1,40}(?=(?:,\s+[A-Za-z0-9., ]{3,30})?\s+\()|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))?\s*[-–—]+\s)|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*[-–—]+\s))` +
    // "Abidjan (Côte d'Ivoire), 10 March 2025 (APA) –": the country in brackets after the city
    // ("NEW DELHI [India], November 21 (ANI):": or in square brackets).
    String.raw`(?:\s+[(\[](?<country>\p{Lu}[\p{L} .'’-]{1,40})[)\]](?=,))?` +
    // "Tallinn, 2 October 2024 -": the day before the month ("Ljubljana, 14 September (STA) -": the year left out;
    // "LADYVILLE, Thurs. Aug. 15, 2019--": a weekday before the month).
    String.raw`(?:,\s+(?:${WEEKDAY}?${MONTH}\s+${DAY}(?:,\s+${YEAR})?|(?<dayFirst>\d{1,2})\s+(?<monthAfter>[A-Z][a-z]{2,8})\.?(?:\s+(?<yearAfter>\d{4}))?))?` +
    // "(Reuters)", "(Agência Brasil)", or "CHISINAU, Oct. 8 /IPN/ –": the agency in slashes.
    String.raw`(?:\s*\((?<agency>${BRACKETED_AGENCY})\)|\s+\/(?<slashAgency>${AGENCY})\/)?` +
    // "Santiago, Dec 3 (EFE).-": a full stop before the dash; "KUWAIT CITY, Jan 19 (Agencies):" a colon after the agency;
    // "TOKYO, Aug. 7 (Jiji Press)--The": a double dash with no space; "New Delhi, Nov 20 (PTI) The": no mark at all after a dated agency.
    String.raw`(?:\.?\s*[-–—]+\s+|--(?=\p{Lu})|(?<=\)):\s+|(?<=\))(?<unmarked>\s+)(?=\p{Lu}))`,
  'u',
);

/**
 * Two more wire shapes: TASS's "MOSCOW, March 14. /TASS/." (the agency in slashes after the date,
 * no dash) and the South Asian press's "NEW DELHI:" (a city in capitals and a colon).
 */
const OTHER_DATELINES = [
  new RegExp(String.raw`^(?<place>\p{Lu}[\p{Lu}.'’ -]*\p{Lu}),\s+${MONTH}\s+${DAY}\.\s*\/(?<slashAgency>${AGENCY})\/\.?\s+`, 'u'),
  // "TOKYO, Sept. 12 Kyodo -", "Accra, Sept. 19, GNA -": an agency with no brackets after the date.
  new RegExp(String.raw`^(?<place>[A-Z][A-Za-z.'’ -]{1,30}),\s+${MONTH}\s+${DAY},?\s+(?<bareAgency>\p{Lu}[\p{L}]{1,15})\s*[-–—]+\s+`, 'u'),
  // "TASHKENT. Sept 12 (Interfax) -": a full stop after the city.
  new RegExp(String.raw`^(?<place>\p{Lu}[\p{Lu}'’ -]{1,30}\p{Lu})\.\s+${MONTH}\s+${DAY}\s+\((?<agency>${BRACKETED_AGENCY})\)\s*[-–—]+\s+`, 'u'),
];

/**
 * Shapes that stand only where the lexicon knows the place: the South Asian press's "NEW DELHI:"
 * (a city in capitals and a colon), and a city with no date or agency before a full stop or a dash
 * ("KAMPALA. The Uganda People's Defence Force", "Nairobi - The Kenya Defence Forces"; not "NOTE:",
 * "Yesterday - as expected -").
 */
const PLACE_DATELINES = [
  new RegExp(String.raw`^(?<place>\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+(?=\p{Lu})`, 'u'),
  // ("Dar es Salaam. India on Monday handed over": a short connector in lower case may join the name's words.)
  new RegExp(String.raw`^(?<place>\p{Lu}[\p{L}'’-]+(?: (?:\p{Ll}{2,3} )?\p{Lu}[\p{L}'’-]+)?)(?:\.|\s+[-–—])\s+(?=\p{Lu})`, 'u'),
];

export function matchStandaloneDate(line: string): { date: string | null } | null {
  const trimmed = line.trim();
  for (const pattern of STANDALONE_DATES) {
    const m = pattern.exec(trimmed);
    if (m?.groups) {
      const date = toIsoDate(m.groups);
      if (date) return { date };
    }
  }
  return null;
}

export function matchWireDateline(text: string, start: number, end: number): DatelineMatch | null {
  const head = text.slice(start, Math.min(end, start + 120));
  const wire = WIRE_DATELINE.exec(head) ?? OTHER_DATELINES.map((p) => p.exec(head)).find(Boolean) ?? null;
  // (An agency in brackets with no mark after it counts only after a date: "(PTI) The", not "Sweden (AFP) The".)
  const m = wire?.groups?.unmarked !== undefined && !wire.groups.month && !wire.groups.monthAfter ? null : wire;
  const placed = m ? null : (PLACE_DATELINES.map((p) => p.exec(head)).find(Boolean) ?? null);
  const found = m ?? placed;
  if (!found?.groups) return null;
  const groups = found.groups;
  if (groups.dayFirst) Object.assign(groups, { day: groups.dayFirst, month: groups.monthAfter, year: groups.yearAfter });
  const { place = '', month } = groups;
  const agency = groups.agency ?? groups.slashAgency ?? groups.bareAgency;
  // A capitalised first word followed by a dash is not enough: ask for capitals, a date or an agency.
  const city = place.split(/[,/]/)[0]!;
  const placeInCaps = city === city.toUpperCase() && /\p{Lu}{2}/u.test(city);
  const cityAndCountry = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]/.test(place);
  // "Tallinn, 2 October 2024 -": a mixed-case city with a full date.
  if (m && !placeInCaps && !agency && !cityAndCountry && !groups.year) return null;
  if (month && monthNumber(month) === null) return null;
  const date = groups.year ? toIsoDate(groups) : null;
  const spanEnd = start + found[0].trimEnd().length;
  // (A colon after an agency, "KUWAIT CITY, Jan 19 (Agencies):", stands on a known place too: not "Officials said two things (in private):".)
  const colon = found[0].trimEnd().endsWith(':');
  return { span: { start, end: spanEnd }, date, partial: Boolean(month) && !date, ...(placed || colon ? { place: city } : {}) };
}

/** A full date with its weekday opening the first paragraph: "Thursday, May 7, 2015 On Tuesday, ...". */
const LEADING_DATE = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY},?\s+${YEAR}(?=\s+\p{Lu})`, 'u');

export function matchLeadingDate(text: string, start: number, end: number): DatelineMatch | null {
  const m = LEADING_DATE.exec(text.slice(start, Math.min(end, start + 60)));
  if (!m?.groups) return null;
  const date = toIsoDate(m.groups);
  return date ? { span: { start, end: start + m[0].length }, date, partial: false } : null;
}

export function monthNumber(word: string): number | null {
  const calendar = loadData<Calendar>('dates/calendar.json');
  return calendar.months[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function isWeekday(word: string): boolean {
  return loadData<Calendar>('dates/calendar.json').weekdays[word.toLowerCase().replace(/\.$/, '')] !== undefined;
}

function toIsoDate(groups: Record<string, string | undefined>): string | null {
  const month = groups.mnum ? Number(groups.mnum) : groups.month ? monthNumber(groups.month) : null;
  const day = Number(groups.day);
  const year = Number(groups.year);
  if (!month || !isValidDate(year, month, day)) return null;
  return `${groups.year}-${pad(month)}-${pad(day)}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
