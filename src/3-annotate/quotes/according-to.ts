/**
 * Source phrases: "according to X", "in the words of X", "quoting X". The content is what the
 * phrase is attached to: the rest of the sentence when the phrase opens it ("According to X,
 * <content>"), else the words before it ("<content>, according to X"). When that content holds a
 * report with a speaker of its own ("According to the Herald, Burrows said ..."), X is a reporter
 * of it (an intermediary), not a speaker.
 */
import type { Span } from '../../model/document.js';
import type { QuoteContext } from './context.js';
import { contentEnd } from './content-end.js';
import { spanOf as quotedWords } from './direct.js';
import { nounPhraseAfter } from './noun-phrase.js';
import { speakerAfter } from './speaker-phrase.js';
import { candidate, type Cue, type QuoteCandidate } from './types.js';

const MAX_SOURCE_TOKENS = 16;

export function quotesFromSources(
  ctx: QuoteContext,
  cues: readonly Cue[],
  cueStarts: ReadonlyMap<number, Cue>,
  found: readonly QuoteCandidate[],
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const consumed = new Set<Cue>();
  for (const cue of cues) {
    if (!cue.entry.source || consumed.has(cue)) continue;
    const rule = cue.entry.lemma.replace(/ /g, '-');
    const speaker = speakerAfter(ctx, cue.last + 1, ctx.doc.sentences[cue.sentence]!.tokenEnd, rule);
    if (!speaker) continue;
    const span = sourcedContent(ctx, cue, speaker.extent.end, cueStarts, consumed);
    if (!span) continue;
    const frame = { start: cue.start, end: speaker.extent.end };
    const reported = found.filter((c) => c.sentence === cue.sentence && c.speaker && c.span.start >= span.start && c.span.start < span.end);
    if (reported.length) {
      for (const c of reported) c.reporters.push(speaker);
      continue;
    }
    // "in the words of X, “...”": the phrase introduces a quotation that is all the content.
    const quotation = ctx.quotationsIn(span)[0];
    if (quotation && quotation.start === span.start && quotation.end >= span.end) {
      out.push(candidate({ kind: 'direct', span: quotedWords(ctx, quotation), cue, speaker, quotation, sentence: cue.sentence, frame, rule: `direct:${rule}` }));
      continue;
    }
    out.push(candidate({ kind: 'indirect', span, cue, speaker, sentence: cue.sentence, frame, rule: `indirect:${rule}` }));
  }
  return out;
}

/**
 * The words a source phrase is attached to: what follows it when it opens the clause, else what
 * comes before it. A second source in apposition ("according to Yonhap, quoting KCNA, ...") is
 * skipped over and marked consumed.
 */
function sourcedContent(ctx: QuoteContext, cue: Cue, sourceEnd: number, cueStarts: ReadonlyMap<number, Cue>, consumed: Set<Cue>): Span | null {
  const sentence = ctx.doc.sentences[cue.sentence]!;
  let after = ctx.tokenAtOrAfter(sourceEnd);
  const next = cueStarts.get(after + 1);
  if (ctx.lower(after) === ',' && next?.entry.source) {
    const second = speakerAfter(ctx, next.last + 1, sentence.tokenEnd, 'source');
    if (second) after = ctx.tokenAtOrAfter(second.extent.end);
    consumed.add(next);
  }
  // "..., according to Kristen Wilkins, assistant professor of photography." ends with a description of the source.
  if (ctx.lower(after) === ',' && isDescription(ctx, after + 1, sentence.tokenEnd)) after = sentence.tokenEnd;
  if (hasWordsAfter(ctx, after, sentence.tokenEnd)) {
    let first = after;
    if (ctx.lower(first) === ',') first++;
    else {
      // "according to an Internet posting made 24 hours ago, <content>": the source runs to the comma.
      const comma = commaWithin(ctx, after, sentence.tokenEnd);
      if (comma !== null) first = comma + 1;
    }
    if (first >= sentence.tokenEnd) return null;
    const span = { start: ctx.token(first)!.start, end: contentEnd(ctx, first, sentence.index, cueStarts) };
    return span.end > span.start ? span : null;
  }
  let last = cue.first - 1;
  if (ctx.lower(last) === ',') last--;
  if (last < sentence.tokenStart) return null;
  let first = sentence.tokenStart;
  if (['and', 'but', 'so'].includes(ctx.lower(first))) first++;
  return last >= first ? { start: ctx.token(first)!.start, end: ctx.token(last)!.end } : null;
}

/** The rest of the sentence is a description of the source: noun phrases, no verb, no quotation. */
function isDescription(ctx: QuoteContext, from: number, end: number): boolean {
  let k = from;
  while (k < end) {
    const phrase = nounPhraseAfter(ctx, k, end, true);
    if (!phrase) break;
    k = phrase.last + 1;
    if (!['and', ','].includes(ctx.lower(k))) break;
    k++;
  }
  return !hasWordsAfter(ctx, k, end);
}

function hasWordsAfter(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ctx.isWord(k)) return true;
  return false;
}

function commaWithin(ctx: QuoteContext, from: number, end: number): number | null {
  for (let k = from; k < end && k - from < MAX_SOURCE_TOKENS; k++) {
    if (ctx.lower(k) === ',') return k;
    if (ctx.isQuoteMark(k) || ctx.lower(k) === ';') return null;
  }
  return null;
}
