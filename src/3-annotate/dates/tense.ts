/**
 * The tense of the clause a date modifies, read from the words around it (no parser): the
 * nearest verb group before the date in its clause ("said on Thursday", "will meet on Thursday"),
 * or after it when the date opens the sentence ("On Thursday, the embassy said"). Word lists
 * are in data/dates/tense.json.
 */
import { loadData } from '../../data.js';
import type { TextSpan } from '../../model/contract.js';
import type { Tense } from './types.js';

interface TenseFile {
  future: string[];
  past: string[];
  perfect: string[];
  present: string[];
  presentVerbs: string[];
  pastIrregular: string[];
  edNotPast: string[];
  futureParticiples: string[];
  groupWords: string[];
  toTakers: string[];
  infinitiveVerbs: string[];
  clauseBreaks: string[];
  initialWords: string[];
  pastPrepositions: string[];
}

type Strength = 'aux' | 'lexical';

interface VerbClass {
  tense: Tense | 'perfect';
  strength: Strength;
}

interface TenseWords {
  classes: Map<string, VerbClass>;
  edNotPast: Set<string>;
  futureParticiples: Set<string>;
  groupWords: Set<string>;
  toTakers: Set<string>;
  infinitiveVerbs: Set<string>;
  clauseBreaks: Set<string>;
  initialWords: Set<string>;
  pastPrepositions: Set<string>;
}

let words: TenseWords | null = null;

function tenseWords(): TenseWords {
  if (words) return words;
  const file = loadData<TenseFile>('dates/tense.json');
  const classes = new Map<string, VerbClass>();
  const add = (list: string[], tense: VerbClass['tense'], strength: Strength) => list.forEach((w) => classes.set(w, { tense, strength }));
  add(file.pastIrregular, 'past', 'lexical');
  add(file.presentVerbs, 'present', 'lexical');
  add(file.present, 'present', 'aux');
  add(file.perfect, 'perfect', 'aux');
  add(file.past, 'past', 'aux');
  add(file.future, 'future', 'aux');
  words = {
    classes,
    edNotPast: new Set(file.edNotPast),
    futureParticiples: new Set(file.futureParticiples),
    groupWords: new Set(file.groupWords),
    toTakers: new Set(file.toTakers),
    infinitiveVerbs: new Set(file.infinitiveVerbs),
    clauseBreaks: new Set(file.clauseBreaks),
    initialWords: new Set(file.initialWords),
    pastPrepositions: new Set(file.pastPrepositions),
  };
  return words;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

export interface ClauseReading {
  tense: Tense;
  verb: TextSpan | null;
  sentenceInitial: boolean;
}

const LEFT_REACH = 12;
const RIGHT_REACH = 12;
const HARD_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”', '[', ']', '—', '–']);

/** Reads the clause of the span [start, end) among its sentence's tokens. */
export function readClause(tokens: Token[], start: number, end: number): ClauseReading {
  const before = firstIndex(tokens, (t) => t.end > start);
  const after = firstIndex(tokens, (t) => t.start >= end);
  const sentenceInitial = before <= openingLength(tokens);
  const found = (!sentenceInitial && scanLeft(tokens, before - 1)) || scanRight(tokens, after);
  const reading: ClauseReading = found ? { ...found, sentenceInitial } : { tense: 'unknown', verb: null, sentenceInitial };
  // "since January": the past, whatever the verb says.
  if (before > 0 && tenseWords().pastPrepositions.has(tokens[before - 1]!.lower)) reading.tense = 'past';
  return reading;
}

type Found = { tense: Tense; verb: TextSpan };

/** The first index whose token passes (tokens are in text order and the test is monotone), or the length. */
function firstIndex(tokens: Token[], test: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(tokens[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const openings = new WeakMap<Token[], number>();

/** How many tokens open the sentence before its first real word: punctuation, "In", "But", "Then". */
function openingLength(tokens: Token[]): number {
  let n = openings.get(tokens);
  if (n === undefined) {
    const w = tenseWords();
    n = tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text) && !w.initialWords.has(t.lower));
    if (n < 0) n = tokens.length;
    openings.set(tokens, n);
  }
  return n;
}

function classify(token: Token): VerbClass | null {
  const w = tenseWords();
  const known = w.classes.get(token.lower);
  if (known) return known;
  if (/['’]ll$/.test(token.lower)) return { tense: 'future', strength: 'aux' };
  if (/['’]ve$/.test(token.lower)) return { tense: 'perfect', strength: 'aux' };
  if (/['’]re$/.test(token.lower)) return { tense: 'present', strength: 'aux' };
  if (token.lower.length >= 5 && token.lower.endsWith('ed') && /^\p{Ll}/u.test(token.text) && !w.edNotPast.has(token.lower)) {
    return { tense: 'past', strength: 'lexical' };
  }
  return null;
}

function span(token: Token): TextSpan {
  return { text: token.text, start: token.start, end: token.end };
}

/** "to begin", "decided to hold": an infinitive marker (not "to school", "to 1,200"). */
function isInfinitive(tokens: Token[], i: number): boolean {
  const w = tenseWords();
  const next = tokens[i + 1];
  if (tokens[i]?.lower !== 'to' || !next || !/^\p{Ll}+$/u.test(next.text)) return false;
  return w.infinitiveVerbs.has(next.lower) || w.toTakers.has(tokens[i - 1]?.lower ?? '');
}

/** An infinitive looks ahead, unless a past auxiliary stands just before it ("was willing to skip"). */
function infinitiveTense(tokens: Token[], i: number): Tense {
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const cls = classify(tokens[j]!);
    if (cls?.strength === 'aux') return cls.tense === 'past' ? 'past' : 'future';
  }
  return 'future';
}

function isBreak(token: Token): boolean {
  return HARD_BREAKS.has(token.text) || tenseWords().clauseBreaks.has(token.lower);
}

/**
 * Scans back from the date for its verb. An auxiliary or infinitive settles the tense; a bare
 * lexical verb ("said", "closed") is kept while the scan looks a few words further for an
 * infinitive that governs it ("to hold all markets closed until Friday").
 */
function scanLeft(tokens: Token[], from: number): Found | null {
  const w = tenseWords();
  let weak: Found | null = null;
  for (let i = from, steps = 0; i >= 0 && steps < LEFT_REACH; i--, steps++) {
    const token = tokens[i]!;
    if (isBreak(token) || (weak && token.text === ',')) break;
    if (isInfinitive(tokens, i)) return { tense: infinitiveTense(tokens, i), verb: span(tokens[i + 1]!) };
    if (w.futureParticiples.has(token.lower)) return { tense: 'future', verb: span(token) };
    const cls = classify(token);
    if (!cls) continue;
    if (weak) break;
    const group = groupStart(tokens, i);
    if (cls.strength === 'aux' || group < i) return { tense: groupTense(tokens, group, i), verb: span(token) };
    weak = { tense: lexicalTense(cls), verb: span(token) };
  }
  return weak;
}

function scanRight(tokens: Token[], from: number): Found | null {
  const w = tenseWords();
  for (let i = from, steps = 0; i < tokens.length && steps < RIGHT_REACH; i++, steps++) {
    const token = tokens[i]!;
    if (HARD_BREAKS.has(token.text) && token.text !== '"') return null;
    if (w.clauseBreaks.has(token.lower) && steps > 0) return null;
    if (!classify(token) && !w.futureParticiples.has(token.lower)) continue;
    let end = i;
    while (end + 1 < tokens.length && end - i < 4 && inGroup(tokens[end + 1]!)) end++;
    return { tense: groupTense(tokens, i, end), verb: span(token) };
  }
  return null;
}

function inGroup(token: Token): boolean {
  const w = tenseWords();
  return classify(token) !== null || w.groupWords.has(token.lower) || w.futureParticiples.has(token.lower) || token.lower === 'to';
}

/** The first word of the verb group ending at tokens[at]: auxiliaries, group words and an infinitive's "to" to its left. */
function groupStart(tokens: Token[], at: number): number {
  const w = tenseWords();
  let lo = at;
  while (lo > 0) {
    const prev = tokens[lo - 1]!;
    if (classify(prev)?.strength === 'aux' || w.groupWords.has(prev.lower) || isInfinitive(tokens, lo - 1)) lo--;
    else break;
  }
  return lo;
}

/** A lexical present ("says", "remains") tells little in news, where it often reports the past. */
function lexicalTense(cls: VerbClass): Tense {
  if (cls.tense === 'perfect') return 'past';
  return cls.tense === 'present' ? 'unknown' : cls.tense;
}

/**
 * The tense of the verb group tokens[lo..hi]: a modal, a scheduled/planned participle or an
 * infinitive looks ahead; otherwise the leftmost tensed word decides, a perfect counting as past
 * when a participle follows ("has fallen") and as present otherwise ("has a June 1 deadline").
 */
function groupTense(tokens: Token[], lo: number, hi: number): Tense {
  const w = tenseWords();
  let leftmost: VerbClass | null = null;
  let participle = false;
  for (let i = lo; i <= hi; i++) {
    const token = tokens[i]!;
    const cls = classify(token);
    if (cls?.tense === 'future') return 'future';
    if (w.futureParticiples.has(token.lower)) return 'future';
    if (isInfinitive(tokens, i)) return infinitiveTense(tokens, i);
    if (cls && !leftmost) leftmost = cls;
    else if (cls && cls.strength === 'lexical' && cls.tense === 'past') participle = true;
    else if (token.lower === 'been') participle = true;
  }
  if (!leftmost) return 'unknown';
  if (leftmost.tense === 'perfect') return participle ? 'past' : 'present';
  return leftmost.strength === 'lexical' ? lexicalTense(leftmost) : leftmost.tense;
}
