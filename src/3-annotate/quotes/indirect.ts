/**
 * Indirect speech. Four parsers over the reporting frames:
 *  - complement: a cue followed by its content ("Vucic said Serbia would stop ...", "told RFE that ...");
 *  - as-clause: "As Heald told The Huffington Post, <content>.";
 *  - closing attribution: "<content>, researchers say." When the content holds a report of its own
 *    ("X confirmed that ..., RFE said"), the closing speaker is a reporter of it, not a new quote;
 *  - parenthetical attribution: "<content>, said Maurer, <content>."
 */
import type { Span } from '../../model/document.js';
import type { QuoteContext } from './context.js';
import { skipAdjuncts } from './adjuncts.js';
import { contentEnd } from './content-end.js';
import { frameSpan, type Frame } from './frames.js';
import { candidate, type Cue, type QuoteCandidate } from './types.js';

export function indirectFromComplements(ctx: QuoteContext, frames: readonly Frame[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const frame of frames) {
    const complement = frame.complement;
    // A cue with no speaker phrase before or after it is not reporting ("... to submit designs and suggest what ...").
    if (!complement || complement.kind === 'quotation' || !frame.speaker) continue;
    out.push(
      candidate({
        kind: 'indirect',
        span: complement.span,
        cue: frame.cue,
        speaker: frame.speaker,
        addressee: complement.addressee,
        sentence: frame.cue.sentence,
        frame: frameSpan(ctx, frame),
        rule: `indirect:${complement.kind}`,
      }),
    );
  }
  return out;
}

/** "As X told Y, <content>." */
export function indirectFromAsClauses(ctx: QuoteContext, frames: readonly Frame[], cueStarts: ReadonlyMap<number, Cue>): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const frame of frames) {
    if (frame.complement || !frame.speaker || frame.inverted) continue;
    const sentence = ctx.doc.sentences[frame.cue.sentence]!;
    const as = ctx.tokenAtOrAfter(frame.speaker.extent.start) - 1;
    if (as !== sentence.tokenStart || ctx.lower(as) !== 'as') continue;
    const comma = nextComma(ctx, frame.cue.last + 1, sentence.tokenEnd);
    if (comma === null || comma + 1 >= sentence.tokenEnd || ctx.isQuoteMark(comma + 1)) continue;
    const end = contentEnd(ctx, comma + 1, sentence.index, cueStarts);
    out.push(
      candidate({
        kind: 'indirect',
        span: { start: ctx.token(comma + 1)!.start, end },
        cue: frame.cue,
        speaker: frame.speaker,
        sentence: sentence.index,
        frame: { start: ctx.token(as)!.start, end: ctx.token(comma)!.end },
        rule: 'indirect:as-clause',
      }),
    );
  }
  return out;
}

/**
 * "<content>, researchers say." / "<content>, said X.": a closing attribution reports what comes
 * before it in the sentence. Reports already found there get the closing speaker as a reporter;
 * otherwise the content becomes an indirect quote (a quotation there is left to the direct rules).
 */
export function indirectFromClosings(ctx: QuoteContext, frames: readonly Frame[], found: readonly QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const frame of frames) {
    if (!frame.closing || !frame.speaker) continue;
    const region = closedRegion(ctx, frame);
    if (!region) continue;
    const inside = found.filter((c) => c.sentence === frame.cue.sentence && c.span.start >= region.start && c.span.start < region.end && c.speaker);
    if (inside.length) {
      for (const c of inside) c.reporters.push(frame.speaker);
      continue;
    }
    const quotation = ctx.quotationsIn(region)[0];
    if (quotation && quotation.start <= region.start && quotation.end >= region.end - 1) continue;
    if (!hasFiniteVerb(ctx, region)) continue;
    out.push(
      candidate({
        kind: 'indirect',
        span: region,
        cue: frame.cue,
        speaker: frame.speaker,
        sentence: frame.cue.sentence,
        frame: frameSpan(ctx, frame),
        addressee: frame.addressee,
        rule: frame.inverted ? 'indirect:closing-inverted' : 'indirect:closing',
      }),
    );
  }
  return out;
}

/**
 * "Institutional recipients, said Maurer, are required to ...": an attribution set off by commas
 * inside the sentence reports the whole sentence around it.
 */
export function indirectFromParentheticals(ctx: QuoteContext, frames: readonly Frame[], found: readonly QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const frame of frames) {
    if (frame.complement || !frame.speaker || frame.speaker.borrowed) continue;
    const sentence = ctx.doc.sentences[frame.cue.sentence]!;
    const start = frame.inverted ? frame.cue.first : ctx.tokenAtOrAfter(frame.speaker.extent.start);
    const end = frame.inverted ? ctx.tokenAtOrAfter(frame.speaker.extent.end) : skipAdjuncts(ctx, frame.cue.last + 1, sentence.tokenEnd);
    if (start - 1 <= sentence.tokenStart || ctx.lower(start - 1) !== ',' || ctx.lower(end) !== ',' || end + 1 >= sentence.tokenEnd) continue;
    if (ctx.isQuoteMark(start - 2) || !ctx.isWord(end + 1) || ctx.quotationsIn(sentence).length) continue;
    const span = { start: ctx.token(sentence.tokenStart)!.start, end: contentEndOfSentence(ctx, sentence) };
    if (found.some((c) => c.sentence === sentence.index && c.span.start < span.end && span.start < c.span.end)) continue;
    out.push(
      candidate({
        kind: 'indirect',
        span,
        cue: frame.cue,
        speaker: frame.speaker,
        sentence: sentence.index,
        frame: { start: ctx.token(start)!.start, end: ctx.token(end)!.start },
        rule: 'indirect:parenthetical',
      }),
    );
  }
  return out;
}

function contentEndOfSentence(ctx: QuoteContext, sentence: { end: number; start: number }): number {
  let e = sentence.end;
  while (e > sentence.start && /[\s.!?]/.test(ctx.doc.text[e - 1]!)) e--;
  return e;
}

/** The words a closing attribution reports: from the sentence start to the comma before the attribution. */
export function closedRegion(ctx: QuoteContext, frame: Frame): Span | null {
  const sentence = ctx.doc.sentences[frame.cue.sentence]!;
  const attributionStart = frame.inverted ? frame.cue.first : ctx.tokenAtOrAfter(frame.speaker!.extent.start);
  let k = attributionStart - 1;
  if (k < sentence.tokenStart) return null;
  if (ctx.lower(k) === ',' || ctx.lex.dashes.has(ctx.token(k)!.text)) k--;
  else if (!ctx.isQuoteMark(k)) return null;
  if (k < sentence.tokenStart) return null;
  let first = sentence.tokenStart;
  if (['and', 'but', 'so'].includes(ctx.lower(first))) first++;
  let from = ctx.token(first)!.start;
  // A quotation closed by the attribution may have opened in an earlier sentence.
  const quotation = ctx.quotationAround(ctx.token(k)!.start);
  if (quotation && quotation.start < from) from = quotation.start;
  const end = trimRegionEnd(ctx, ctx.token(k)!.end, from);
  return end > from ? { start: from, end } : null;
}

function trimRegionEnd(ctx: QuoteContext, end: number, start: number): number {
  const text = ctx.doc.text;
  let e = end;
  while (e > start && /[\s,;:\u2014\u2013-]/.test(text[e - 1]!)) e--;
  return e;
}

function hasFiniteVerb(ctx: QuoteContext, span: Span): boolean {
  const first = ctx.tokenAtOrAfter(span.start);
  const last = ctx.tokenBefore(span.end);
  // Auxiliaries first: they need no parse.
  for (let k = first; k <= last; k++) if (ctx.lex.auxiliaries.has(ctx.lower(k)) || ctx.lex.be.has(ctx.lower(k))) return true;
  for (let k = first; k <= last; k++) if (ctx.isFiniteVerb(k)) return true;
  return false;
}

function nextComma(ctx: QuoteContext, from: number, end: number): number | null {
  for (let k = from; k < end; k++) {
    if (ctx.lower(k) === ',') return k;
    if (ctx.isQuoteMark(k)) return null;
  }
  return null;
}
