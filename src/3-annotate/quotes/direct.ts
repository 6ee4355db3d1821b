/**
 * Direct quotes from the segmenter's quotations. A quotation is speech when a reporting frame
 * introduces it ("Vucic said: “...”", "told the press, “...”"), follows it ("“...,” the embassy
 * told RFE", "“...,” said Vucic", "“...” - Matthew Ingram"), or when it stands as sentences of its
 * own (a floating quote: its speaker is settled later, from the quotes before it). Anything else
 * (a quoted word or name inside narration) is not speech. A quotation after a characterising verb
 * with its object ("described it as “...”") or after words of the reporter's own clause is a mixed
 * quote; the refiners make one inside reported content mixed too.
 */
import type { Quotation } from '../../model/document.js';
import type { QuoteContext } from './context.js';
import { frameSpan, type Frame } from './frames.js';
import { nounPhraseAfter } from './noun-phrase.js';
import { phrase } from './speaker-phrase.js';
import { candidate, type QuoteCandidate } from './types.js';

/** A quotation this short, with no frame, inside narration, is a term or a name. */
const MAX_TERM_WORDS = 4;
const MAX_NAMING_GAP = 30;

export function directQuotes(ctx: QuoteContext, frames: readonly Frame[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const byCue = [...frames].sort((a, b) => a.cue.first - b.cue.first);
  for (const quotation of ctx.quotations) {
    const found =
      framed(ctx, quotation, framesNear(ctx, quotation, byCue)) ??
      dashAttribution(ctx, quotation) ??
      (standsAlone(ctx, quotation)
        ? candidate({ kind: 'direct', span: spanOf(ctx, quotation), quotation, sentence: sentenceAt(ctx, quotation.start), rule: 'direct:floating' })
        : null);
    if (!found) continue;
    out.push(...byParagraph(ctx, found));
    const continued = continuedWithoutMark(ctx, found);
    if (continued) out.push(continued);
  }
  return out;
}

/**
 * A quotation left open at its paragraph's end whose next paragraph has no opening mark but ends
 * with a closing one: the writer dropped the reopening mark, the next paragraph continues the quote.
 */
function continuedWithoutMark(ctx: QuoteContext, found: QuoteCandidate): QuoteCandidate | null {
  const quotation = found.quotation!;
  if (quotation.close) return null;
  const next = ctx.doc.paragraphs[quotation.paragraphs[quotation.paragraphs.length - 1]! + 1];
  if (!next) return null;
  const text = ctx.doc.text.slice(next.start, next.end);
  if (!/["”]$/.test(text) || /[“„«]|(?:^|\s)"/.test(text)) return null;
  const span = { start: next.start, end: trimPiece(ctx, next.start, next.end) };
  return { ...found, span, quotation: null, sentence: sentenceAt(ctx, span.start), rule: `${found.rule}+continued` };
}

/** A quotation over several paragraphs gives one quote per paragraph, all from the same frame. */
function byParagraph(ctx: QuoteContext, found: QuoteCandidate): QuoteCandidate[] {
  const quotation = found.quotation!;
  if (quotation.paragraphs.length < 2) return [found];
  const pieces: QuoteCandidate[] = [];
  for (const index of quotation.paragraphs) {
    const paragraph = ctx.doc.paragraphs[index]!;
    let start = Math.max(paragraph.start, found.span.start);
    while (start < paragraph.end && /[\s"“”„«»]/.test(ctx.doc.text[start]!)) start++;
    const end = Math.min(paragraph.end, found.span.end);
    const span = { start, end: trimPiece(ctx, start, end) };
    if (span.end <= span.start) continue;
    const first = pieces.length === 0;
    pieces.push({ ...found, span, sentence: sentenceAt(ctx, span.start), rule: first ? found.rule : `${found.rule}+paragraph` });
  }
  return pieces;
}

function trimPiece(ctx: QuoteContext, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s"“”„«»,;:]/.test(ctx.doc.text[e - 1]!)) e--;
  return e;
}

/**
 * The frames that can introduce, follow or name a quotation: those whose cue lies in its sentences
 * or in the two before (a report that ends a paragraph with a colon). The rest of a long story's
 * frames need not be tried.
 */
function framesNear(ctx: QuoteContext, quotation: Quotation, byCue: readonly Frame[]): readonly Frame[] {
  const from = sentenceAt(ctx, quotation.start) - 2;
  const to = ctx.token(ctx.tokenBefore(quotation.end))?.sentence ?? from + 2;
  let lo = 0;
  let hi = byCue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byCue[mid]!.cue.sentence < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < byCue.length && byCue[end]!.cue.sentence <= to) end++;
  return byCue.slice(lo, end);
}

function framed(ctx: QuoteContext, quotation: Quotation, frames: readonly Frame[]): QuoteCandidate | null {
  const sentence = sentenceAt(ctx, quotation.start);
  const make = (frame: Frame, rule: string, kind: 'direct' | 'mixed' = 'direct') =>
    candidate({
      kind,
      span: spanOf(ctx, quotation),
      cue: frame.cue,
      speaker: frame.speaker,
      addressee: frame.addressee,
      quotation,
      sentence,
      frame: frameSpan(ctx, frame),
      rule,
    });
  // Introduced: the frame's complement is this quotation. A characterising verb right before the
  // quotation names it instead ("a print called “Cowboys and Indians”").
  const before = frames.find((f) => f.complement?.kind === 'quotation' && f.complement.span.start === quotation.start && !f.cue.entry.naming);
  if (before) return make(before, 'direct:introduced');
  // Followed: the frame starts right after the closing mark.
  if (quotation.close) {
    let k = ctx.tokenAtOrAfter(quotation.end);
    if ([',', '-', '–', '—'].includes(ctx.lower(k))) k++;
    const start = ctx.token(k)?.start;
    const paragraph = ctx.sentenceOf(ctx.tokenBefore(quotation.end)).paragraph;
    const after = frames.find(
      (f) =>
        f.speaker &&
        (f.closing || f.complement?.kind === 'quotation') &&
        ctx.doc.sentences[f.cue.sentence]!.paragraph === paragraph &&
        (f.inverted ? f.cue.start === start : f.speaker.extent.start === start && f.speaker.extent.end <= f.cue.start),
    );
    if (after) {
      // “The Iranian forces “are in full control,” the statement said”: words of the sentence before the
      // quotation make it part of the reporter's clause, a mixed quote.
      if (opensSentence(ctx, quotation)) return make(after, after.inverted ? 'direct:followed-inverted' : 'direct:followed');
      return make(after, 'mixed:followed', 'mixed');
    }
  }
  // After a colon that closes a report, in its sentence or at the end of the paragraph before:
  // "told Sky News any process “must be ...”: “Moves to ...”", "has called it “dangerous”: ¶ “We face ...”".
  const open = ctx.tokenAtOrAfter(quotation.start);
  if (ctx.lower(open - 1) === ':') {
    const colon = ctx.token(open - 1)!;
    const sameParagraph = ctx.token(open)!.sentence === colon.sentence || ctx.doc.paragraphs.some((p) => p.start === quotation.start);
    const report = frames.findLast((f) => f.speaker && f.cue.sentence === colon.sentence && f.cue.end <= colon.start);
    if (report && sameParagraph) return make(report, 'direct:after-colon');
  }
  // Characterised: "described Montalvo as an individual, “...”".
  const naming = frames.find((f) => f.cue.entry.naming && f.speaker && characterises(ctx, f, quotation));
  if (naming) return make(naming, 'mixed:naming', 'mixed');
  return null;
}

/** A characterising verb, its object, then the quotation, with no verb between. */
function characterises(ctx: QuoteContext, frame: Frame, quotation: Quotation): boolean {
  const open = ctx.tokenAtOrAfter(quotation.start);
  if (open <= frame.cue.last + 1 || open - frame.cue.last > MAX_NAMING_GAP) return false;
  let words = 0;
  for (let k = frame.cue.last + 1; k < open; k++) {
    const word = ctx.lower(k);
    if (ctx.token(k)!.sentence !== frame.cue.sentence || ctx.isQuoteMark(k) || word === ';') return false;
    if (ctx.lex.clauseWords.has(word) && !['as', 'and', 'or'].includes(word)) return false;
    if (ctx.isWord(k) && word !== 'as') words++;
  }
  return words > 0;
}

/** A pull quote signed after a dash: "“...” - Matthew Ingram". */
function dashAttribution(ctx: QuoteContext, quotation: Quotation): QuoteCandidate | null {
  if (!quotation.close) return null;
  const k = ctx.tokenAtOrAfter(quotation.end);
  const dash = ctx.token(k);
  if (!dash || !ctx.lex.dashes.has(dash.text)) return null;
  const paragraph = ctx.doc.paragraphs[ctx.sentenceOf(k).paragraph]!;
  const range = nounPhraseAfter(ctx, k + 1, ctx.tokenAtOrAfter(paragraph.end), true);
  if (!range || ctx.token(range.last)!.end !== paragraph.end) return null;
  const speaker = phrase(ctx, range, 'dash-signature');
  if (speaker.form !== 'name') return null;
  return candidate({ kind: 'direct', span: spanOf(ctx, quotation), speaker, quotation, sentence: sentenceAt(ctx, quotation.start), rule: 'direct:signed' });
}

/** The quotation opens its sentence (after a conjunction at most). */
function opensSentence(ctx: QuoteContext, quotation: Quotation): boolean {
  const open = ctx.tokenAtOrAfter(quotation.start);
  const start = ctx.sentenceOf(open).tokenStart;
  return open === start || (open === start + 1 && ['and', 'but', 'so'].includes(ctx.lower(start)));
}

/**
 * A quotation that makes up whole sentences: it opens a sentence (or a paragraph) and nothing but
 * punctuation follows it in its sentence. Short ones (a term in quotes) never count.
 */
function standsAlone(ctx: QuoteContext, quotation: Quotation): boolean {
  const inner = ctx.text(quotation.inner);
  const words = inner.split(/\s+/).filter(Boolean).length;
  // A short one counts only as a sentence of its own: a capital first, a stop last ("I smacked them around.").
  if (words <= MAX_TERM_WORDS && !/^\p{Lu}.*[.!?]$/u.test(inner)) return false;
  const first = ctx.tokenAtOrAfter(quotation.start);
  const sentence = ctx.sentenceOf(first);
  if (first !== sentence.tokenStart && !(first === sentence.tokenStart + 1 && ctx.isQuoteMark(sentence.tokenStart))) return false;
  const closing = ctx.sentenceOf(ctx.tokenBefore(quotation.end));
  for (let k = ctx.tokenAtOrAfter(quotation.end); k < closing.tokenEnd; k++) if (ctx.isWord(k)) return false;
  return true;
}

export function spanOf(ctx: QuoteContext, quotation: Quotation): { start: number; end: number } {
  const { start } = quotation.inner;
  let { end } = quotation.inner;
  // A comma or colon before the closing mark belongs to the reporting sentence, not to the words.
  while (end > start && /[,;:\s]/.test(ctx.doc.text[end - 1]!)) end--;
  return { start, end };
}

function sentenceAt(ctx: QuoteContext, offset: number): number {
  return ctx.token(ctx.tokenAtOrAfter(offset))?.sentence ?? ctx.doc.sentences.length - 1;
}
