/** What every actor recogniser gets for one sentence. */
import type { EntityMention, Timex } from '../../model/annotations.js';
import type { AnalysisDocument, Sentence } from '../../model/document.js';
import type { Token } from '../../nlp/tokens.js';

export interface SentenceContext {
  doc: AnalysisDocument;
  sentence: Sentence;
  tokens: Token[];
  /** Tokens already claimed by a mention (by token index within the sentence). */
  claimed: boolean[];
  /** The dates and times found in this sentence (their words are never names). */
  timexes: readonly Timex[];
  /** The whole sentence is written in capitals (a wire headline): only the lexicon is trusted. */
  allCaps: boolean;
  /** Words the story writes with a capital inside some sentence (lower-cased): names, not sentence starts. */
  capitalisedInside: ReadonlySet<string>;
}

export function mentionFrom(
  ctx: SentenceContext,
  first: number,
  last: number,
  fields: Omit<EntityMention, 'start' | 'end' | 'text' | 'sentence'>,
): EntityMention {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last]!.end;
  return { start, end, text: ctx.doc.text.slice(start, end), sentence: ctx.sentence.index, ...fields };
}

export function claim(ctx: SentenceContext, first: number, last: number): void {
  for (let i = first; i <= last; i++) ctx.claimed[i] = true;
}

export function isFree(ctx: SentenceContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (ctx.claimed[i]) return false;
  return true;
}
