/**
 * What follows a cue: its hearer ("told RFE"), adjuncts ("on Thursday", "in a statement") and
 * then the reported content: a "that" clause (without "that"), a wh-clause, a bare clause
 * ("said Serbia would stop"), a demand ("urged Serbia to stop"), a colon, or a quotation.
 */
import type { Span } from '../../model/document.js';
import { isInfinitive, opensContent, quotationOpeningAt, skipAdjuncts } from './adjuncts.js';
import { startsClause } from './bare-clause.js';
import { contentEnd } from './content-end.js';
import type { QuoteContext } from './context.js';
import { nounPhraseAfter, spanOf } from './noun-phrase.js';
import type { Cue } from './types.js';

export type ComplementKind = 'that' | 'wh' | 'bare' | 'directive' | 'colon' | 'quotation';

export interface Complement {
  kind: ComplementKind;
  /** The content; for 'quotation' the quotation's span. */
  span: Span;
  /** First token of the content (or of the quotation's opening mark). */
  first: number;
  addressee: Span | null;
}

const SUBORDINATORS = new Set(['although', 'though', 'while', 'whilst', 'because', 'since', 'unless', 'once', 'after', 'before', 'when', 'if']);

/** The content after a cue (its hearer tried first as an object), or null when none follows. */
export function complementOf(ctx: QuoteContext, cue: Cue, cueStarts: ReadonlyMap<number, Cue>): Complement | null {
  const end = ctx.doc.sentences[cue.sentence]!.tokenEnd;
  const i = cue.last + 1;
  if (cue.entry.addressee && i < end && !opensContent(ctx, i) && !ctx.lex.pronouns.has(ctx.lower(i))) {
    const object = nounPhraseAfter(ctx, i, end, false);
    // "warned Serbia would face sanctions": without a clause after it, the object was the clause's subject.
    const found = object && complementFrom(ctx, cue, object.last + 1, spanOf(ctx, object.first, object.last), cueStarts);
    if (found) return found;
  }
  return complementFrom(ctx, cue, i, null, cueStarts);
}

function complementFrom(ctx: QuoteContext, cue: Cue, from: number, addressee: Span | null, cueStarts: ReadonlyMap<number, Cue>): Complement | null {
  const sentence = ctx.doc.sentences[cue.sentence]!;
  const end = sentence.tokenEnd;
  const entry = cue.entry;
  const i = skipAdjuncts(ctx, from, end);
  if (i >= end || i === end - 1 && [',', ':'].includes(ctx.lower(i))) {
    // "Rathbun stated, ¶ “...”": a paragraph ending in the frame, the next one opening the quotation.
    const next = ctx.quotations.find((q) => q.start >= sentence.end);
    const paragraph = ctx.doc.paragraphs[sentence.paragraph + 1];
    const last = ctx.doc.paragraphs[sentence.paragraph]!.end === sentence.end;
    if (next && paragraph && last && next.start === paragraph.start && [',', ':'].includes(ctx.lower(end - 1))) {
      return { kind: 'quotation', span: { start: next.start, end: next.end }, first: ctx.tokenAtOrAfter(next.start), addressee };
    }
    return null;
  }
  const word = ctx.lower(i);
  const quotation = quotationOpeningAt(ctx, i) ?? ([',', ':'].includes(word) ? quotationOpeningAt(ctx, i + 1) : null);
  if (quotation) return { kind: 'quotation', span: { start: quotation.start, end: quotation.end }, first: ctx.tokenAtOrAfter(quotation.start), addressee };
  if (entry.noClause || entry.naming) return null;
  if (word === 'that') {
    let first = i + 1;
    // "adding that would not be ...": a "that" before an auxiliary is the clause's subject.
    if (ctx.lex.auxiliaries.has(ctx.lower(first)) || ctx.lex.be.has(ctx.lower(first))) first = i;
    if (ctx.lower(first) === ',') first++;
    return content(ctx, cue, 'that', first, addressee, cueStarts);
  }
  if (ctx.lex.whWords.has(word) && word !== 'which') return content(ctx, cue, 'wh', i, addressee, cueStarts);
  if (word === ':') return i + 1 < end ? content(ctx, cue, 'colon', i + 1, addressee, cueStarts) : null;
  if (entry.directive && ctx.lex.directives && addressee && isInfinitive(ctx, i)) {
    const clause = content(ctx, cue, 'directive', i, addressee, cueStarts);
    return clause && { ...clause, span: { start: addressee.start, end: clause.span.end }, first: ctx.tokenAtOrAfter(addressee.start) };
  }
  // Demands take "that" or "X to VP", never a bare clause ("requested donations via a statement made ...").
  if (entry.directive) return null;
  // "estimated by 2050, increasing population ... would": an adjunct set off by a comma opens the content.
  if (word === ',' && i > from && startsClause(ctx, i + 1, end)) return content(ctx, cue, 'bare', from, addressee, cueStarts);
  // "said although temperature and ozone are ..., “nobody has ...”": a subordinate clause first.
  if (SUBORDINATORS.has(word) && startsClause(ctx, i + 1, end)) return content(ctx, cue, 'bare', i, addressee, cueStarts);
  if (startsClause(ctx, i, end)) return content(ctx, cue, 'bare', i, addressee, cueStarts);
  // "said April 28 is the redemption date": the date was the clause's subject, not an adjunct.
  return i > from && startsClause(ctx, from, end) ? content(ctx, cue, 'bare', from, addressee, cueStarts) : null;
}

function content(
  ctx: QuoteContext,
  cue: Cue,
  kind: ComplementKind,
  first: number,
  addressee: Span | null,
  cueStarts: ReadonlyMap<number, Cue>,
): Complement | null {
  // "told reporters that" with nothing after it: no content.
  if (first >= ctx.doc.sentences[cue.sentence]!.tokenEnd) return null;
  const end = contentEnd(ctx, first, cue.sentence, cueStarts);
  if (end <= ctx.token(first)!.start) return null;
  return { kind, span: { start: ctx.token(first)!.start, end }, first, addressee };
}
