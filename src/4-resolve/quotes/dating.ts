/**
 * A quote's date: a date written in its reporting clause ("reiterated on Thursday", "said on
 * February 25 that"), else the nearest date before the speaker in the same sentence with no other
 * verb between them ("Next month, Vucic said ..."). Dates inside reported content date the
 * content, not the statement; with no date in the frame, the quote has none.
 */
import type { DateMention } from '../../model/contract.js';
import type { Span } from '../../model/document.js';
import { lastStartingBy } from '../../model/spans.js';
import type { QuoteContext } from '../../3-annotate/quotes/context.js';
import type { QuoteCandidate } from '../../3-annotate/quotes/types.js';

/** `contents`: the spans of all the story's quotes (this one's own is skipped). */
export function dateOf(ctx: QuoteContext, c: QuoteCandidate, contents: readonly Span[]): DateMention | null {
  const frame = c.frame;
  if (!frame) return null;
  const sentence = ctx.doc.sentences[c.sentence]!;
  // Dates are in text order: only those from the sentence's start to the frame's end can count.
  const all = ctx.doc.layers.dates;
  const from = lastStartingBy(all, Math.min(sentence.start, frame.start) - 1) + 1;
  let to = from;
  while (to < all.length && all[to]!.start < frame.end) to++;
  const dates = all.slice(from, to);
  // Content (or a quotation) the frame itself stands in, as a report nested in another, does not count.
  const around = (s: Span) => s.start <= frame.start && frame.end <= s.end;
  const inside = (d: DateMention, s: Span) => s.start <= d.start && d.end <= s.end;
  const outsideContents = (d: DateMention) => !inside(d, c.span) && !contents.some((s) => s !== c.span && inside(d, s) && !around(s));
  const quoted = (d: DateMention) => {
    const q = ctx.quotationAround(d.start);
    return q !== null && !around(q);
  };
  const inFrame = dates.find((d) => d.start >= frame.start && d.end <= frame.end && outsideContents(d) && !quoted(d));
  if (inFrame) return inFrame;
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > frame.start || !outsideContents(d) || quoted(d)) continue;
    if (!best || d.start > best.start) best = d;
  }
  if (!best) return null;
  for (let k = ctx.tokenAtOrAfter(best.end); k < ctx.tokens.length && ctx.token(k)!.start < frame.start; k++) {
    if (ctx.isFiniteVerb(k)) return null;
  }
  return best;
}
