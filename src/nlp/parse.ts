/**
 * compromise parses on demand, one per sentence at most, shared by every stage. The sentence is
 * parsed with its line breaks turned into spaces (same length, so offsets still hold): compromise
 * would otherwise end a sentence at every newline of hard-wrapped wire text.
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
  view: View;
  terms: ParsedTerm[];
}

export type ParseCache = Map<number, ParsedSentence>;

interface JsonTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

export function parseSentence(doc: AnalysisDocument, index: number): ParsedSentence {
  const cached = doc.parses.get(index);
  if (cached) return cached;
  const sentence = doc.sentences[index];
  if (!sentence) throw new RangeError(`no sentence ${index}`);
  const text = doc.text.slice(sentence.start, sentence.end).replace(/[\r\n\u2028\u2029]/g, ' ');
  const view = compromise()(text);
  const json = view.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const terms: ParsedTerm[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      const start = sentence.start + t.offset.start;
      terms.push({ text: t.text, normal: t.normal, tags: new Set(t.tags), start, end: start + t.offset.length });
    }
  }
  const parsed = { view, terms };
  doc.parses.set(index, parsed);
  return parsed;
}
