/**
 * compromise parses on demand, one per sentence at most, shared by every stage. The sentence is
 * parsed with its line breaks turned into spaces (same length, so offsets still hold): compromise
 * would otherwise end a sentence at every newline of hard-wrapped wire text.
 *
 * compromise's post-tagger is quadratic in the length of a sentence (a 100 KB "sentence" with no
 * punctuation takes minutes), so a sentence longer than MAX_PARSE_CHARS is parsed in windows cut
 * at white space. No sentence of real news comes near it (the longest of the 178,825 sentences of
 * the Reuters-21578 stories has 655 characters).
 */
import type { AnalysisDocument } from '../model/document.js';
import { compromise, type View } from './compromise.js';

export interface ParsedTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  /** Absolute offsets into the document text. */
  start: number;
  end: number;
}

export interface ParsedSentence {
  /** compromise's view of the sentence (of its first window when it is parsed in windows). */
  view: View;
  terms: ParsedTerm[];
}

export type ParseCache = Map<number, ParsedSentence>;

/** The fields of compromise's internal term objects that we read. */
interface InternalTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

export const MAX_PARSE_CHARS = 2000;

/**
 * Tags only the words around a span (`around` tokens on each side, within its sentence), for a
 * stage that needs the tags of one name and not the whole sentence. Not cached: a full parse
 * of the sentence, when one is made, supersedes it.
 */
export function tagWindow(doc: AnalysisDocument, span: { start: number; end: number; sentence: number }, around: number): ParsedTerm[] {
  const sentence = doc.sentences[span.sentence];
  if (!sentence) return [];
  let first = sentence.tokenStart;
  while (first < sentence.tokenEnd && doc.tokens[first]!.end <= span.start) first++;
  let last = first;
  while (last + 1 < sentence.tokenEnd && doc.tokens[last + 1]!.start < span.end) last++;
  first = Math.max(sentence.tokenStart, first - around);
  last = Math.min(sentence.tokenEnd - 1, last + around);
  if (last < first) return [];
  return termsOf(compromise()(mask(doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end))), doc.tokens[first]!.start);
}

function mask(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}

/**
 * Terms with absolute offsets, read from compromise's own term objects: a term starts after its
 * leading white space and punctuation (`pre`), and its `post` runs to the next term. This gives the
 * offsets `.json({offset: true})` would, at a twentieth of the cost.
 */
function termsOf(view: View, offset: number): ParsedTerm[] {
  const terms: ParsedTerm[] = [];
  let position = offset;
  for (const sentence of (view as unknown as { docs: InternalTerm[][] }).docs) {
    for (const t of sentence) {
      const start = position + t.pre.length;
      terms.push({ text: t.text, normal: t.normal, tags: t.tags, start, end: start + t.text.length });
      position = start + t.text.length + t.post.length;
    }
  }
  return terms;
}

export function parseSentence(doc: AnalysisDocument, index: number): ParsedSentence {
  const cached = doc.parses.get(index);
  if (cached) return cached;
  const sentence = doc.sentences[index];
  if (!sentence) throw new RangeError(`no sentence ${index}`);
  const text = mask(doc.text.slice(sentence.start, sentence.end));
  const terms: ParsedTerm[] = [];
  let view: View | null = null;
  for (const window of windows(text)) {
    const windowView = compromise()(text.slice(window.start, window.end));
    view ??= windowView;
    terms.push(...termsOf(windowView, sentence.start + window.start));
  }
  const parsed = { view: view ?? compromise()(''), terms };
  doc.parses.set(index, parsed);
  return parsed;
}

/** Pieces of at most MAX_PARSE_CHARS, cut after white space when there is some in the second half. */
function windows(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > MAX_PARSE_CHARS) {
    let end = start + MAX_PARSE_CHARS;
    const space = text.slice(start + MAX_PARSE_CHARS / 2, end).search(/\s(?=\S*$)/);
    if (space !== -1) end = start + MAX_PARSE_CHARS / 2 + space + 1;
    else if (isHighSurrogate(text.charCodeAt(end - 1))) end--; // never split a surrogate pair
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
