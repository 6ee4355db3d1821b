/**
 * Where reported content ends, and what may follow it: at the sentence end, a semicolon, a
 * coordinated report of the same speaker (", adding", "and wrote that", ", but recently
 * announced") or an attribution set off after it (", RFE said"). Also whether a cue closes its
 * clause ("..., the embassy told RFE.").
 */
import type { Span } from '../../model/document.js';
import { opensContent, quotationOpeningAt, skipAdjuncts } from './adjuncts.js';
import type { QuoteContext } from './context.js';
import { nounPhraseAfter, nounPhraseBefore, spanOf } from './noun-phrase.js';
import { speakerBefore } from './speaker-phrase.js';
import type { Cue } from './types.js';

/**
 * Where reported content that starts at token `first` ends. A quotation that opens inside the
 * content and runs past the sentence takes the content with it.
 */
export function contentEnd(ctx: QuoteContext, first: number, sentenceIndex: number, cueStarts: ReadonlyMap<number, Cue>): number {
  const sentence = ctx.doc.sentences[sentenceIndex]!;
  const end = sentence.tokenEnd;
  for (let k = first; k < end; k++) {
    const token = ctx.token(k)!;
    const quotation = ctx.quotationAround(token.start);
    if (quotation && quotation.start === token.start && quotation.start >= ctx.token(first)!.start) {
      if (quotation.end >= sentence.end) return trimEnd(ctx, quotation.end, ctx.token(first)!.start);
      k = ctx.tokenAtOrAfter(quotation.end) - 1;
      // “...,” RFE reported / “...,” adding: a comma before the closing mark ends the content like one after it.
      if (endsWithComma(ctx, quotation) && endsAtComma(ctx, k, end, cueStarts)) return quotation.end;
      continue;
    }
    const word = token.lower;
    if (word === ';' || word === ':' && quotationOpeningAt(ctx, k + 1)) return trimEnd(ctx, token.start, ctx.token(first)!.start);
    if (word === ',' && endsAtComma(ctx, k, end, cueStarts)) return trimEnd(ctx, token.start, ctx.token(first)!.start);
    // "... in due course noting the committee ...": a participle cue ends the content even without a comma.
    const participle = cueStarts.get(k);
    if (participle && k > first && ctx.lower(participle.last).endsWith('ing') && !participle.entry.source) return trimEnd(ctx, token.start, ctx.token(first)!.start);
    // "... and claim she has ...": a cue coordinated without a comma.
    if ((word === 'and' || word === 'but') && k > first && cueAfterAdverbs(ctx, k + 1, end, cueStarts)) return trimEnd(ctx, token.start, ctx.token(first)!.start);
  }
  return trimEnd(ctx, sentence.end, ctx.token(first)!.start);
}

function endsAtComma(ctx: QuoteContext, k: number, end: number, cueStarts: ReadonlyMap<number, Cue>): boolean {
  const next = k + 1;
  if (next >= end) return true;
  const cue = cueStarts.get(next);
  if (cue && (cue.entry.source || ctx.lower(cue.last).endsWith('ing') || isInverted(ctx, cue, end))) return true;
  const word = ctx.lower(next);
  if (['but', 'and', 'while', 'whereas'].includes(word) && coordinatedReport(ctx, next + 1, end, cueStarts)) return true;
  return attributionAfter(ctx, next, end, cueStarts) !== null;
}

/** ", said X." (and not "X, the chairman of ..., said": a subject before the comma). */
function isInverted(ctx: QuoteContext, cue: Cue, end: number): boolean {
  const after = cue.last + 1;
  if (after >= end || !(ctx.isCapitalized(after) || ctx.lex.determiners.has(ctx.lower(after)))) return false;
  return speakerBefore(ctx, cue.first - 1, ctx.sentenceOf(cue.first).tokenStart, 'subject') === null;
}

/**
 * After ", and"/", but": a verb in the past with no subject of its own ("but recently announced",
 * "and wrote that"); a present form is too often a noun ("..., and warrants to buy shares").
 */
function coordinatedReport(ctx: QuoteContext, k: number, end: number, cueStarts: ReadonlyMap<number, Cue>): boolean {
  if (cueAfterAdverbs(ctx, k, end, cueStarts)) return true;
  while (k < end && ctx.isAdverb(k)) k++;
  return k < end && !ctx.isCapitalized(k) && ctx.isFiniteVerb(k) && ctx.tags(k).has('PastTense') && !ctx.lex.be.has(ctx.lower(k)) && !ctx.lex.auxiliaries.has(ctx.lower(k));
}

function cueAfterAdverbs(ctx: QuoteContext, k: number, end: number, cueStarts: ReadonlyMap<number, Cue>): boolean {
  while (k < end && ctx.isAdverb(k)) k++;
  return cueStarts.has(k);
}

/** The quoted words end with a comma inside the marks (“...,” she said). */
export function endsWithComma(ctx: QuoteContext, quotation: { inner: Span; close: Span | null; end: number }): boolean {
  return /,\s*$/.test(ctx.doc.text.slice(quotation.inner.start, quotation.close?.start ?? quotation.end));
}

/**
 * An attribution that starts at token k and runs to the end of the sentence (or to a comma):
 * a speaker phrase and its cue ("RFE said", "the embassy told RFE", "Radio Free Europe (RFE) reported").
 */
export function attributionAfter(ctx: QuoteContext, k: number, end: number, cueStarts: ReadonlyMap<number, Cue>): Cue | null {
  for (let j = k + 1; j < end && j - k <= 16; j++) {
    const cue = cueStarts.get(j);
    if (!cue) {
      if (ctx.isQuoteMark(j) || ctx.lower(j) === ';') return null;
      continue;
    }
    if (cue.entry.source) return null;
    let last = j - 1;
    while (last >= k && (ctx.isAdverb(last) || ctx.lex.auxiliaries.has(ctx.lower(last)))) last--;
    const speaker = speakerBefore(ctx, last, k, 'attribution');
    if (!speaker || !startsPhrase(ctx, k, speaker.extent.start)) return null;
    return closesClause(ctx, cue, end).closes ? cue : null;
  }
  return null;
}

/** The speaker phrase starts at token k, or a coordinated one does ("administration and industry sources said"). */
function startsPhrase(ctx: QuoteContext, k: number, start: number): boolean {
  if (ctx.token(k)!.start === start) return true;
  const conj = ctx.tokenAtOrAfter(start) - 1;
  if (!['and', 'or'].includes(ctx.lower(conj))) return false;
  const left = nounPhraseBefore(ctx, conj - 1, k);
  return left !== null && left.first === k;
}

/**
 * Whether the cue closes its clause: after it only a hearer and adjuncts, then the sentence ends
 * (or a comma, a quotation or "and"). Returns the hearer too ("the embassy told RFE.").
 */
export function closesClause(ctx: QuoteContext, cue: Cue, end: number): { closes: boolean; addressee: Span | null } {
  let i = cue.last + 1;
  let addressee: Span | null = null;
  if (cue.entry.addressee && i < end && !opensContent(ctx, i) && !ctx.lex.pronouns.has(ctx.lower(i))) {
    const object = nounPhraseAfter(ctx, i, end, false);
    if (object) {
      addressee = spanOf(ctx, object.first, object.last);
      i = object.last + 1;
    }
  }
  i = skipAdjuncts(ctx, i, end);
  const closes = i >= end || ['.', '!', '?', ',', ';', ':', 'and'].includes(ctx.lower(i)) || ctx.isQuoteMark(i);
  return { closes, addressee: closes ? addressee : null };
}

/** Content ends before white space, a trailing comma or dash, and the sentence's final period (outside quotes). */
function trimEnd(ctx: QuoteContext, end: number, start: number): number {
  const text = ctx.doc.text;
  let e = end;
  while (e > start && /[\s,;:.!?\u2014\u2013-]/.test(text[e - 1]!)) {
    // A period inside a quotation or ending an abbreviation ("U.S.") stays.
    if (/[.!?]/.test(text[e - 1]!) && (ctx.quotationAround(e - 1) || ctx.token(ctx.tokenBefore(e))!.text.length > 1)) break;
    e--;
  }
  return e;
}
