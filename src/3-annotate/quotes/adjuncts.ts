/**
 * The small parts between a cue and its content: adjuncts ("on Thursday", "in a statement to
 * parliament", ", in a satirical fashion,"), infinitives ("to stop") and the quotation a cue may
 * open onto.
 */
import type { Quotation } from '../../model/document.js';
import type { QuoteContext } from './context.js';
import { nounPhraseAfter } from './noun-phrase.js';

const MAX_ADJUNCTS = 5;

/** Words that open the content or an adjunct, never a hearer: "that", a comma, a quotation, a preposition. */
export function opensContent(ctx: QuoteContext, i: number): boolean {
  const word = ctx.lower(i);
  return word === 'that' || word === ',' || word === ':' || ctx.isQuoteMark(i) || ctx.lex.whWords.has(word) || word === 'to' || ctx.lex.prepositions.has(word);
}

/** "to stop", "not to turn away". */
export function isInfinitive(ctx: QuoteContext, i: number): boolean {
  const at = ctx.lower(i) === 'not' ? i + 1 : i;
  return ctx.lower(at) === 'to' && ctx.isWord(at + 1) && !ctx.lex.determiners.has(ctx.lower(at + 1)) && !ctx.isCapitalized(at + 1);
}

/** Skips one adjunct between a cue and its content; returns `i` when there is none. */
function skipAdjunct(ctx: QuoteContext, i: number, end: number): number {
  const word = ctx.lower(i);
  if (ctx.isAdverb(i)) return i + 1;
  const timex = timexAt(ctx, i);
  if (timex !== null) return timex;
  if (ctx.isCalendarWord(i)) return i + 1;
  if (word === 'last' || word === 'this' || word === 'next') {
    if (ctx.isCalendarWord(i + 1) || ['week', 'month', 'year', 'night', 'weekend'].includes(ctx.lower(i + 1))) return i + 2;
  }
  if (ctx.lex.prepositions.has(word) && word !== 'to' || word === 'to' && !isInfinitive(ctx, i)) {
    // "says on “The Internet Explorer 6 Countdown”": a title as the object.
    const title = quotationOpeningAt(ctx, i + 1);
    if (title) return ctx.tokenAtOrAfter(title.end);
    const object = nounPhraseAfter(ctx, i + 1, end, false);
    if (!object) return i;
    // "in remarks to al-Ikhbariya television": a second preposition phrase belongs to the first.
    return object.last + 1;
  }
  if (word === ',') {
    // ", in a satirical fashion, that ...": an adjunct set off by commas before "that".
    let k = i + 1;
    for (let n = 0; n < MAX_ADJUNCTS && k < end && ctx.lower(k) !== ','; n++) {
      const next = skipAdjunct(ctx, k, end);
      if (next === k) return i;
      k = next;
    }
    if (ctx.lower(k) === ',' && k > i + 1 && (ctx.lower(k + 1) === 'that' || ctx.lex.whWords.has(ctx.lower(k + 1)))) return k + 1;
  }
  return i;
}

/** The token after a date expression starting at token i (from the dates layer), or null. */
function timexAt(ctx: QuoteContext, i: number): number | null {
  const timex = ctx.timexStartingAt(ctx.token(i)!.start);
  return timex ? ctx.tokenAtOrAfter(timex.end) : null;
}

/** The first token after the adjuncts that start at token i ("on Thursday in a statement"). */
export function skipAdjuncts(ctx: QuoteContext, i: number, end: number): number {
  for (let n = 0; n < MAX_ADJUNCTS && i < end; n++) {
    const next = skipAdjunct(ctx, i, end);
    if (next === i) break;
    i = next;
  }
  return i;
}

/** The top-level quotation whose opening mark is token i. */
export function quotationOpeningAt(ctx: QuoteContext, i: number): Quotation | null {
  const token = ctx.token(i);
  if (!token || !ctx.isQuoteMark(i)) return null;
  return ctx.quotationOpeningAt(token.start);
}
