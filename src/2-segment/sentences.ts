/**
 * Sentence boundaries inside one paragraph. A sentence ends at . ! ? or … (with any closing
 * quotes or brackets after it) followed by white space and a word that can start a sentence.
 * Abbreviations (data/segment/abbreviations.json), initials ("John F. Kennedy") and dotted
 * acronyms ("U.S.") do not end sentences. Newlines inside a paragraph are ordinary spaces here.
 */
import { actorLexicon } from '../lexicon/actors.js';
import { isFirstName } from '../nlp/word-classes.js';
import { isAbbreviation } from '../lexicon/abbreviations.js';
import type { Span } from '../model/document.js';
import { isSpace, trimSpan } from '../model/spans.js';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '„']);

export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  const end = paragraph.end;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (!TERMINATORS.has(ch)) continue;
    let j = i + 1;
    while (j < end && TERMINATORS.has(text[j]!)) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j >= end || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!canStartSentence(text, k)) continue;
    if (ch === '.' && !endsSentenceAtPeriod(text, start, i)) continue;
    sentences.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < end) sentences.push({ start, end });
  return sentences.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

function canStartSentence(text: string, at: number): boolean {
  let ch = text[at]!;
  let p = at;
  while (OPENERS.has(ch) && p + 1 < text.length) ch = text[++p]!;
  return /[\p{Lu}\p{Lt}\p{N}]/u.test(ch) || OPENERS.has(text[at]!);
}

/** Looks at the word before a period to decide whether the period ends the sentence. */
function endsSentenceAtPeriod(text: string, sentenceStart: number, period: number): boolean {
  let w = period;
  while (w > sentenceStart && !isSpace(text.charCodeAt(w - 1)) && !OPENERS.has(text[w - 1]!)) w--;
  const word = text.slice(w, period);
  if (word.length === 0) return true;
  // An initial ("John F. Kennedy"), unless a country's name follows: a variant letter ends the
  // sentence ("... and Saab's Gripen E. Sweden had offered ...").
  if (/^\p{Lu}$/u.test(word)) return countryNameAt(text, period + 1) && !afterFirstName(text, w);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // U.S, a.m, U.N
  return !isAbbreviation(word);
}

/** Whether the next word after `at` is a country's name (not its adjective): "Sweden", "India". */
function countryNameAt(text: string, at: number): boolean {
  const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(at, at + 40))?.[1];
  const entry = next ? actorLexicon().countryWords.get(next.toLowerCase()) : undefined;
  return entry !== undefined && entry.kind === 'country' && entry.name.toLowerCase() === next!.toLowerCase();
}

/** "Vernon E. Jordan": a given name before the initial makes it a middle initial. */
function afterFirstName(text: string, at: number): boolean {
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return before !== undefined && isFirstName(before.toLowerCase());
}
