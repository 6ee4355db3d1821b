/**
 * The date rules as data: data/dates/patterns.json (regex fragments and word lists),
 * data/dates/rules.json (rules that combine them) and the tables they read
 * (data/dates/calendar.json, data/dates/normalisation.json). Compiled once per process into
 * one case-insensitive regex per rule; this module knows no English.
 */
import { loadData } from '../../data.js';
import type { TimexType } from '../../model/contract.js';

export interface FragmentSpec {
  regex?: string;
  /** A table whose keys are the words: `calendar.months`, `normalisation.cardinals`. */
  words?: string;
  /** Which keys of the table: full names, abbreviations, singular or plural words (default all). */
  form?: 'full' | 'abbr' | 'singular' | 'plural';
  /** Abbreviations may end with a period ("Feb."). */
  dot?: boolean;
  /** The match must start with a capital letter (May, not may). */
  capitalised?: boolean;
  /** How value templates read the matched text: a normaliser name or `table:file.table`. */
  norm?: string;
}

export interface RuleSpec {
  name: string;
  pattern: string;
  type?: TimexType;
  value: string;
  mod?: string;
  guards?: string[];
}

export interface CompiledRule {
  name: string;
  /** Position in rules.json: the earlier rule wins a tie between equal spans. */
  order: number;
  regex: RegExp;
  type: TimexType;
  value: string;
  mod: string | null;
  guards: string[];
  /** Named group -> the fragment it matches (for its normaliser and case check). */
  groups: Map<string, string>;
}

type Table = Record<string, string | number>;

interface PatternFile {
  fragments: Record<string, FragmentSpec>;
}

interface RuleFile {
  rules: RuleSpec[];
}

const TABLE_FILES: Record<string, string> = {
  calendar: 'dates/calendar.json',
  normalisation: 'dates/normalisation.json',
};

const tables = new Map<string, Table>();

/** A word table by its `file.table` name; keys are lower-case, comment keys dropped. */
export function table(name: string): Table {
  let cached = tables.get(name);
  if (!cached) {
    cached = readTable(name);
    tables.set(name, cached);
  }
  return cached;
}

function readTable(name: string): Table {
  const dot = name.indexOf('.');
  const file = TABLE_FILES[name.slice(0, dot)];
  const data = file ? loadData<Record<string, unknown>>(file)[name.slice(dot + 1)] : undefined;
  if (!data || typeof data !== 'object') throw new Error(`dates: unknown table ${name}`);
  const out: Table = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key !== 'comment' && (typeof value === 'string' || typeof value === 'number')) out[key] = value;
  }
  return out;
}

export function fragments(): Record<string, FragmentSpec> {
  return loadData<PatternFile>('dates/patterns.json').fragments;
}

let compiled: CompiledRule[] | null = null;

export function compiledRules(): CompiledRule[] {
  compiled ??= loadData<RuleFile>('dates/rules.json').rules.map((rule, order) => compileRule(rule, order));
  return compiled;
}

/**
 * Rules run without the `u` flag (about twice as fast in V8): letters are Latin, which is what
 * dates in English news are written in, and `\b` is ASCII.
 */
const LETTER = 'A-Za-z\\u00C0-\\u024F';
const WORD = `${LETTER}0-9`;

const REFERENCE = /\{([A-Za-z]\w*)(?::([A-Za-z]\w*))?\}/g;
const NAMED_GROUP = /\(\?<([A-Za-z]\w*)>/g;

function compileRule(rule: RuleSpec, order: number): CompiledRule {
  const specs = fragments();
  if (/\\[pP]\{/.test(rule.pattern)) throw new Error(`dates rule ${rule.name}: no \\p{...} classes (rules run without the u flag)`);
  const groups = new Map<string, string>();
  const body = rule.pattern.replace(REFERENCE, (_all, name: string, alias: string | undefined) => {
    const group = alias ?? name;
    if (!specs[name]) throw new Error(`dates rule ${rule.name}: unknown fragment {${name}}`);
    if (groups.has(group)) throw new Error(`dates rule ${rule.name}: group ${group} used twice`);
    groups.set(group, name);
    return `(?<${group}>${fragmentSource(name, specs, [])})`;
  });
  for (const m of rule.pattern.matchAll(NAMED_GROUP)) groups.set(m[1]!, '');
  // A match starts and ends a word, and never sits inside a hyphenated word ("now-defunct", "day-to-day").
  // A leading \b lets V8 skip the positions inside words before trying the look-behind (a third
  // faster over news); it holds for rules whose match starts with an ASCII letter or digit, which
  // a rule with no apostrophe and no non-ASCII character in it does.
  const wordStart = !/['’\u0080-\uffff]|\\u/.test(body) ? '\\b' : '';
  const source = `${wordStart}(?<![${WORD}]|[${LETTER}]-)(?:${body})(?![${WORD}]|-[${LETTER}])`;
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'gi');
  } catch (error) {
    throw new Error(`dates rule ${rule.name}: ${(error as Error).message}`, { cause: error });
  }
  return {
    name: rule.name,
    order,
    regex,
    type: rule.type ?? 'DATE',
    value: rule.value,
    mod: rule.mod ?? null,
    guards: rule.guards ?? [],
    groups,
  };
}

const sourceCache = new Map<string, string>();

function fragmentSource(name: string, specs: Record<string, FragmentSpec>, path: string[]): string {
  const cached = sourceCache.get(name);
  if (cached !== undefined) return cached;
  if (path.includes(name)) throw new Error(`dates fragment {${name}} refers to itself`);
  const spec = specs[name];
  if (!spec) throw new Error(`dates: unknown fragment {${name}}`);
  let source: string;
  if (spec.words) {
    source = wordAlternation(spec);
  } else if (spec.regex !== undefined) {
    source = spec.regex.replace(REFERENCE, (_all, inner: string) => `(?:${fragmentSource(inner, specs, [...path, name])})`);
  } else {
    throw new Error(`dates fragment {${name}} has neither regex nor words`);
  }
  sourceCache.set(name, source);
  return source;
}

/** The keys of a table as one alternation, longest first so that "june" wins over "jun". */
function wordAlternation(spec: FragmentSpec): string {
  const entries = Object.entries(table(spec.words!));
  const keys = entries
    .filter(([key, value]) => keepForm(key, value, entries, spec.form))
    .map(([key]) => key)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const words = keys.map((key) => {
    const escaped = escapeWord(key);
    return spec.dot && isAbbreviation(key, table(spec.words!)) ? `${escaped}\\.?` : escaped;
  });
  return words.join('|');
}

function keepForm(key: string, value: string | number, entries: [string, string | number][], form: FragmentSpec['form']): boolean {
  switch (form) {
    case 'full':
      return !entries.some(([other, v]) => other !== key && v === value && other.startsWith(key));
    case 'abbr':
      return entries.some(([other, v]) => other !== key && v === value && other.startsWith(key));
    case 'singular':
      return !key.endsWith('s');
    case 'plural':
      return key.endsWith('s');
    default:
      return true;
  }
}

function isAbbreviation(key: string, words: Table): boolean {
  return Object.entries(words).some(([other, v]) => other !== key && v === words[key] && other.startsWith(key));
}

function escapeWord(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
}
