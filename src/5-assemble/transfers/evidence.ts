/** Where a transfer is stated: the clause as evidence, the date in it, a cue's words for the trace. */
import type { AnalysisDocument } from '../../model/document.js';
import type { Token } from '../../nlp/tokens.js';
import type { Clause } from './clauses.js';

/** The clause, without the punctuation and the complementiser at its ends. */
export function evidenceOf(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause): { text: string; start: number; end: number } {
  let first = clause.first;
  let last = clause.last;
  while (last > first && /^[,;:.]$/.test(tokens[last]!.text)) last--;
  while (first < last && /^(?:[,;:]|that)$/i.test(tokens[first]!.text)) first++;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { text: doc.text.slice(start, end), start, end };
}

/** The first calendar date inside the span: a transfer's date is the date of its clause. */
export function dateIn(doc: AnalysisDocument, span: { start: number; end: number }): string | null {
  return doc.layers.dates.find((t) => t.start >= span.start && t.end <= span.end && t.type === 'DATE')?.id ?? null;
}

export function textOf(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
}
