/**
 * A fast tokenizer with exact offsets. It is the shared token stream every annotator reads;
 * compromise's tagger runs only where a stage needs parts of speech (see ./parse.ts).
 * Words split at hyphens and before possessive/clitic apostrophes ("Russian-made" ->
 * Russian - made, "Serbia's" -> Serbia 's); abbreviations and dotted acronyms keep their
 * period ("Gen.", "U.S."); numbers keep their separators ("1,500", "3.5").
 */
import { isAbbreviation } from '../lexicon/abbreviations.js';
import type { Span } from '../model/document.js';

export interface Token extends Span {
  /** The token's text. */
  text: string;
  /** Lower-cased text, apostrophes folded to ', for lexicon look-ups. */
  lower: string;
  /** White space (or the sentence start) comes before this token. */
  spaceBefore: boolean;
  sentence: number;
  /** A bare apostrophe that is a name's possessive ("the Netherlands' Damen"): see isPossessiveMark. */
  possessive?: boolean;
}

const TOKEN =
  /\p{N}+(?:[.,:/]\p{N}+)*[\p{L}\p{N}]*|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!s\b|S\b|t\b|ll\b|re\b|ve\b|d\b|m\b)[\p{L}\p{M}]+)*\.?|['’](?:s|S|t|ll|re|ve|d|m)\b|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[start, end) with absolute offsets. */
export function tokenize(text: string, span: Span, sentence: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  let previousEnd = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    let at = m.index;
    // A trailing period belongs to the word only for abbreviations and initials.
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(word) && !keepsPeriod(word.slice(0, -1))) {
      push(tokens, span.start + at, word.slice(0, -1), at > previousEnd || at === 0, sentence);
      at += word.length - 1;
      word = '.';
      push(tokens, span.start + at, word, false, sentence);
    } else {
      push(tokens, span.start + at, word, at > previousEnd || at === 0, sentence);
    }
    previousEnd = m.index + m[0].length;
  }
  markBarePossessives(tokens);
  return tokens;
}

/**
 * "the Netherlands' Damen Shipyards", "the Philippines' navy": a bare apostrophe closing a name that
 * ends in "s" is its possessive; not one that closes a single-quoted phrase. (Its `lower` stays "'":
 * the actor stage reads "Kurdistan Workers' Party" as one name.)
 */
function markBarePossessives(tokens: Token[]): void {
  let quoted = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== "'") continue;
    const next = tokens[k + 1];
    const before = tokens[k - 1];
    if (t.spaceBefore || !before) quoted = next !== undefined && !next.spaceBefore;
    else if (quoted) quoted = false;
    else if (/^\p{Lu}\p{L}*s$/u.test(before.text) && next?.spaceBefore && /^\p{L}/u.test(next.text)) t.possessive = true;
  }
}

/** Abbreviations and initials keep their period: "Gen.", "F." */
function keepsPeriod(word: string): boolean {
  return isAbbreviation(word) || /^\p{Lu}$/u.test(word);
}

function push(tokens: Token[], start: number, text: string, spaceBefore: boolean, sentence: number): void {
  tokens.push({ start, end: start + text.length, text, lower: text.toLowerCase().replace(/’/g, "'"), spaceBefore, sentence });
}

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** A quotation mark standing as a token of its own: " “ ” ' ‘ ’ */
export function isQuoteMark(token: Token): boolean {
  return /^["“”'‘’]$/.test(token.text);
}

export function isAllCaps(token: Token): boolean {
  return /\p{Lu}/u.test(token.text) && !/\p{Ll}/u.test(token.text);
}

/** Whether the token is the possessive "'s" (or "’s"), split off its name by the tokenizer ("Serbia's"), or a bare one ("the Netherlands'"). */
export function isPossessiveMark(token: Token | undefined): boolean {
  return token !== undefined && (/^['’]s$/.test(token.text) || token.possessive === true);
}

/** Token k is joined to the word before it by a hyphen with no space either side ("state-owned": "owned"). */
export function joinedByHyphen(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k - 1];
  return hyphen?.text === '-' && !hyphen.spaceBefore && tokens[k] !== undefined && !tokens[k].spaceBefore;
}

/** Whether token k opens a word: not a hyphen, nor the part after one ("state-owned" is one word). */
export function opensWord(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text !== '-' && tokens[k - 1]?.text !== '-';
}

/** "US$23.27 million", "A$1.2 billion": letters written right before a dollar sign are a currency's. */
export function beforeCurrency(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next?.text === '$' && !next.spaceBefore;
}

/** Tokens from a relative pronoun back to its comma, and from a phrase on to the aside's closing comma. */
const ASIDE_REACH = 12;

/**
 * The closing comma of a ", which ... ," or ", who ... ," aside that holds tokens first..last
 * ("The United States, which supplied Georgia with Javelin missiles in 2018, had frozen aid"), or null.
 */
export function relativeAsideEnd(tokens: readonly Token[], first: number, last: number): number | null {
  let open = -1;
  for (let k = first - 1; k > 0 && first - k <= ASIDE_REACH; k--) {
    if (tokens[k]!.text === ',') return null;
    if (/^(?:which|who)$/.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',') {
      open = k;
      break;
    }
  }
  if (open === -1) return null;
  for (let k = last + 1; k < tokens.length && k - last <= ASIDE_REACH; k++) if (tokens[k]!.text === ',') return k;
  return null;
}

/** The lower-case words of tokens k .. k+n-1, joined by spaces ("in favour of"); a word out of range is empty. */
export function wordsAt(tokens: readonly Token[], k: number, n: number): string {
  const out: string[] = [];
  for (let i = k; i < k + n; i++) out.push(tokens[i]?.lower ?? '');
  return out.join(' ');
}

/** Whether the lower-case words stand at tokens k, k+1, ... ("in", "europe" in "sold K9s in Europe"). */
/** The index of the first token at or after k that starts at or past `end` (the token after a span that token k opens). */
export function tokenAfter(tokens: readonly Token[], k: number, end: number): number {
  let j = k + 1;
  while (j < tokens.length && tokens[j - 1]!.end < end) j++;
  return j;
}

export function phraseAt(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  return words.every((w, j) => tokens[k + j]?.lower === w);
}

/** Lower-case words an acronym's letters skip: "Command and Liaison ...". */
const LETTER_SKIPS = new Set(['and', 'of', 'for', 'the', '&']);

/**
 * The first of the capitalised words ending at `last` whose initials spell `letters` ("Command and
 * Liaison Reconnaissance Vehicles" for CLRV; "and", "of", "for", "the" are skipped), else null.
 * `usable` may refuse a token (one another reading has taken).
 */
export function spelledBy(tokens: readonly Token[], last: number, letters: string, usable: (k: number) => boolean = () => true): number | null {
  let initials = '';
  let first: number | null = null;
  for (let k = last; k >= 0 && initials.length < letters.length; k--) {
    if (LETTER_SKIPS.has(tokens[k]!.lower)) continue;
    if (!/^\p{Lu}/u.test(tokens[k]!.text) || !usable(k)) return null;
    initials = tokens[k]!.text[0]! + initials;
    first = k;
  }
  return initials === letters ? first : null;
}
