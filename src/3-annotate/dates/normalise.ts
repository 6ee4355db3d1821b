/**
 * Normalisers: how a value template reads the text a fragment matched ("Feb." -> "02",
 * "twenty-five" -> "25", "6:40 p.m." -> "18:40"), and the template filling itself:
 * `{group}`, `{group|table}` and `{group?default}` (see data/dates/README.md).
 */
import { table } from './rules.js';

export interface NormaliseContext {
  /** The publication year when known: decides the century of "'82" and "the '90s". */
  referenceYear: number | null;
}

type Normaliser = (text: string, context: NormaliseContext) => string | null;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const lower = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

function lookup(tableName: string, text: string): string | null {
  const words = table(tableName);
  const key = lower(text);
  const value = words[key] ?? words[key.replace(/\.$/, '')];
  return value === undefined ? null : String(value);
}

/** A two-digit year in the century that puts it nearest the reference year (no later than ten years ahead). */
function fullYear(twoDigits: number, context: NormaliseContext): number {
  const reference = context.referenceYear ?? 2000;
  const century = Math.floor(reference / 100) * 100;
  const year = century + twoDigits;
  return year > reference + 10 ? year - 100 : year;
}

const NORMALISERS: Record<string, Normaliser> = {
  raw: (text) => lower(text),
  month: (text) => {
    const n = lookup('calendar.months', text);
    return n === null ? null : pad2(Number(n));
  },
  weekday: (text) => lookup('calendar.weekdays', text),
  day: (text) => pad2(parseInt(text, 10)),
  pad2: (text) => pad2(parseInt(text, 10)),
  year: (text) => text,
  yearShort: (text, context) => {
    const digits = text.replace(/\D/g, '');
    return digits.length === 4 ? digits : String(fullYear(Number(digits), context));
  },
  decade: (text) => text.slice(0, 3),
  decadeShort: (text, context) => String(fullYear(Number(text.replace(/\D/g, '')), context)).slice(0, 3),
  century: (text) => {
    const digits = /^\d+/.exec(text);
    const n = digits ? Number(digits[0]) : Number(lookup('normalisation.ordinals', text));
    return n > 0 ? pad2(n - 1) : null;
  },
  number: (text) => parseNumber(text),
  clock: (text) => parseClock(text),
  // A zone with an offset ("GMT +8") keeps the local clock time and no zone letter.
  timezone: (text) => (/\d/.test(text) ? '' : lookup('normalisation.timezones', text.replace(/[()]/g, '').trim())),
};

/** "2", "2.5", "twenty-five", "two and a half", "several" (X). */
function parseNumber(text: string): string | null {
  let words = lower(text);
  let half = 0;
  if (/\sand a half$/.test(words)) {
    half = 0.5;
    words = words.replace(/\s+and a half$/, '');
  }
  if (/^\d+(?:\.\d+)?$/.test(words)) return String(Number(words) + half);
  const direct = table('normalisation.cardinals')[words];
  if (direct === 'X') return 'X';
  if (direct !== undefined) return String(Number(direct) + half);
  const [tens, ones] = words.split(/[- ]/);
  const t = table('normalisation.tens')[tens ?? ''];
  const o = table('normalisation.ones')[ones ?? ''];
  return t !== undefined && o !== undefined ? String(Number(t) + Number(o) + half) : null;
}

/** "16:08", "6:40 p.m.", "10 am", "0800" -> "HH:MM" on a 24-hour clock. */
function parseClock(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?$/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ?? '00';
  const half = m[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour > 24 ? null : `${pad2(hour)}:${minute}`;
}

function normaliseGroup(fragmentNorm: string | undefined, text: string, context: NormaliseContext): string | null {
  if (!fragmentNorm) return lower(text);
  if (fragmentNorm.startsWith('table:')) return lookup(fragmentNorm.slice(6), text);
  const normaliser = NORMALISERS[fragmentNorm];
  if (!normaliser) throw new Error(`dates: unknown normaliser ${fragmentNorm}`);
  return normaliser(text, context);
}

const PLACEHOLDER = /\{([A-Za-z]\w*)(?:\|([\w.]+))?(?:\?([^}]*))?\}/g;

/**
 * Fills a value template from a match's groups. Returns null when a group the template needs
 * cannot be read (a word missing from its table): the match is then no date.
 */
export function fillTemplate(
  template: string,
  groups: Record<string, string | undefined>,
  normOf: (group: string) => string | undefined,
  context: NormaliseContext,
): string | null {
  let failed = false;
  const value = template.replace(PLACEHOLDER, (_all, name: string, tableName: string | undefined, fallback: string | undefined) => {
    const text = groups[name];
    let out: string | null = null;
    if (text !== undefined) {
      out = tableName ? lookup(`normalisation.${tableName}`, text) : normaliseGroup(normOf(name), text, context);
    }
    if (out === null) out = fallback ?? null;
    if (out === null) failed = true;
    return out ?? '';
  });
  return failed ? null : value;
}
