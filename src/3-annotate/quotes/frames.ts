/**
 * Reporting frames: each cue with its speaker phrase and what follows it. The speaker is the
 * subject left of the cue ("Vucic said"), the phrase right of it when inverted (", said Vucic"),
 * or, for a report coordinated with another ("..., but recently announced", ", adding that"),
 * the speaker of the report before it in the sentence.
 */
import type { Span } from '../../model/document.js';
import { skipAdjuncts } from './adjuncts.js';
import { complementOf, type Complement } from './complement.js';
import { closesClause, endsWithComma } from './content-end.js';
import type { QuoteContext } from './context.js';
import { nounPhraseBefore } from './noun-phrase.js';
import { phrase, speakerAfter, speakerBefore } from './speaker-phrase.js';
import type { Cue, SpeakerPhrase } from './types.js';

export interface Frame {
  cue: Cue;
  speaker: SpeakerPhrase | null;
  complement: Complement | null;
  /** The speaker follows the cue ("said Vucic"). */
  inverted: boolean;
  /** Nothing reported follows: the frame closes its clause ("..., RFE said."). */
  closing: boolean;
  /** The hearer ("told RFE"), from the complement or, in a closing frame, after the cue. */
  addressee: Span | null;
}

export function findFrames(ctx: QuoteContext, cues: readonly Cue[]): { frames: Frame[]; cueStarts: Map<number, Cue> } {
  const cueStarts = new Map(cues.map((c) => [c.first, c]));
  const frames: Frame[] = [];
  for (const cue of cues) {
    if (cue.entry.source) continue;
    const sentence = ctx.doc.sentences[cue.sentence]!;
    const previous = previousInSentence(frames, cue.sentence);
    // ", said Maurer," / ", said Maurer.": a speaker after the cue that closes its clause wins over a
    // noun phrase before the comma, which is then part of the reported words.
    const after = invertible(ctx, cue, sentence.tokenStart) ? speakerAfter(ctx, cue.last + 1, sentence.tokenEnd, 'inverted') : null;
    const inverted = after !== null && afterInverted(ctx, after, sentence.tokenEnd);
    const subject = inverted ? null : subjectOf(ctx, cue, sentence.tokenStart, previous?.speaker ?? null);
    // "no comment on press reports that ...": after a preposition, "press reports" is a noun phrase, not a report.
    const plural = /s$/.test(ctx.lower(cue.last)) && ctx.lower(cue.last) !== 'says';
    if (plural && subject?.rule === 'subject' && ctx.lex.prepositions.has(ctx.lower(ctx.tokenAtOrAfter(subject.extent.start) - 1))) continue;
    const speaker = inverted ? after : subject;
    const complement = inverted ? null : complementOf(ctx, cue, cueStarts);
    const closing = complement ? { closes: false, addressee: null } : closesClause(ctx, cue, sentence.tokenEnd);
    frames.push({
      cue,
      speaker,
      complement,
      inverted,
      closing: inverted || closing.closes,
      addressee: complement?.addressee ?? closing.addressee,
    });
  }
  return { frames, cueStarts };
}

/** The last frame with a speaker in the sentence (frames come in text order: look back only as far as it). */
function previousInSentence(frames: readonly Frame[], sentence: number): Frame | undefined {
  for (let k = frames.length - 1; k >= 0 && frames[k]!.cue.sentence === sentence; k--) if (frames[k]!.speaker) return frames[k];
  return undefined;
}

/** The subject left of the cue, past auxiliaries, adverbs and dates ("Vucic on Monday also said"). */
function subjectOf(ctx: QuoteContext, cue: Cue, floor: number, previous: SpeakerPhrase | null): SpeakerPhrase | null {
  let j = skipBack(ctx, cue.first - 1, floor);
  if (j < floor) return null;
  const word = ctx.lower(j);
  // "X was quoted as saying".
  if (word === 'as' && ctx.lower(j - 1) === 'quoted') j = skipBack(ctx, j - 2, floor);
  const participle = ctx.lower(cue.last).endsWith('ing');
  // A participle straight after a noun ("... in due course noting that") belongs to the clause before.
  if (participle && previous && ctx.isWord(j) && !ctx.lex.be.has(word) && !ctx.lex.pronouns.has(word)) return borrow(previous, 'coordinated');
  // “...,” adding: a participle right after a quotation that ends with its comma.
  const afterQuotedComma = ctx.isQuoteMark(j) && ctx.quotations.some((q) => q.close?.start === ctx.token(j)!.start && endsWithComma(ctx, q));
  if (['and', 'but', 'or'].includes(word) || (participle && (word === ',' || ctx.lex.clauseWords.has(word) || afterQuotedComma))) {
    if (previous) return borrow(previous, 'coordinated');
    // With no report before it, only a finite cue shares the sentence's subject ("and suggest what ..." after "to submit" does not).
    return participle || isFiniteForm(ctx, cue) ? sentenceSubject(ctx, floor, j) : null;
  }
  if (word === ',' || ctx.isQuoteMark(j) || ctx.lower(j) === '(' || ctx.lex.dashes.has(ctx.token(j)!.text)) {
    // ", X said" after a quotation or content is found by the attribution rules; here only appositions.
    return ctx.lower(j) === ',' ? speakerBefore(ctx, j, floor, 'subject') : null;
  }
  return speakerBefore(ctx, j, floor, 'subject');
}

function borrow(speaker: SpeakerPhrase, rule: string): SpeakerPhrase {
  return { ...speaker, rule, borrowed: true };
}

function skipBack(ctx: QuoteContext, j: number, floor: number): number {
  while (j >= floor) {
    const word = ctx.lower(j);
    if (ctx.isAdverb(j) || ctx.lex.auxiliaries.has(word) || ctx.lex.be.has(word)) j--;
    else if (ctx.isCalendarWord(j) && ['on', 'in', 'last', 'this'].includes(ctx.lower(j - 1))) j -= 2;
    // (A date may start inside token j, "RFE1987": step back at least one token.)
    else if (isDateEnd(ctx, j)) j = Math.min(j - 1, ctx.tokenAtOrAfter(dateStart(ctx, j)) - 1);
    else break;
  }
  return j;
}

function isDateEnd(ctx: QuoteContext, j: number): boolean {
  return ctx.timexEndingAt(ctx.token(j)!.end) !== undefined;
}

function dateStart(ctx: QuoteContext, j: number): number {
  const timex = ctx.timexEndingAt(ctx.token(j)!.end)!;
  const first = ctx.tokenAtOrAfter(timex.start);
  return ctx.lex.prepositions.has(ctx.lower(first - 1)) ? ctx.token(first - 1)!.start : timex.start;
}

function isFiniteForm(ctx: QuoteContext, cue: Cue): boolean {
  const tags = ctx.tags(cue.first);
  return tags.has('PastTense') || (tags.has('PresentTense') && /s$/.test(ctx.lower(cue.first)));
}

/** The first noun phrase of the sentence, after any fronted adjunct set off by a comma. */
function sentenceSubject(ctx: QuoteContext, floor: number, before: number): SpeakerPhrase | null {
  for (let k = floor; k < before; k++) {
    if (!ctx.isFiniteVerb(k)) continue;
    const range = nounPhraseBefore(ctx, skipBack(ctx, k - 1, floor), floor);
    return range ? borrow(phrase(ctx, range, 'subject'), 'sentence-subject') : null;
  }
  return null;
}

/** ", said X", "”, added KCNA": the cue opens its clause after a comma or a quotation. */
function invertible(ctx: QuoteContext, cue: Cue, floor: number): boolean {
  const j = cue.first - 1;
  // A participle is never inverted: ", adding the words ..." has an object after it.
  if (j < floor || ctx.lower(cue.last).endsWith('ing')) return false;
  const next = cue.last + 1;
  return (ctx.lower(j) === ',' || ctx.isQuoteMark(j)) && (ctx.isCapitalized(next) || ctx.lex.determiners.has(ctx.lower(next))) && !ctx.lex.pronouns.has(ctx.lower(next));
}

/** After an inverted speaker: the clause ends, or a relative clause on the speaker follows ("said Bolden to the crowd, which ..."). */
function afterInverted(ctx: QuoteContext, speaker: SpeakerPhrase, end: number): boolean {
  const next = skipAdjuncts(ctx, ctx.tokenAtOrAfter(speaker.extent.end), end);
  return next >= end || [',', '.', ';', '!', '?', 'which', 'who'].includes(ctx.lower(next)) || ctx.isQuoteMark(next);
}

/** The reporting clause: the speaker and the cue with what stands between them and the content. */
export function frameSpan(ctx: QuoteContext, frame: Frame): Span {
  // A speaker taken from another clause ("Vucic said ..., adding that") is not part of this one.
  const own = frame.speaker?.borrowed ? null : frame.speaker;
  const start = Math.min(frame.cue.start, own?.extent.start ?? frame.cue.start);
  let end = Math.max(frame.cue.end, own?.extent.end ?? frame.cue.end);
  if (frame.complement) end = Math.max(end, frame.complement.span.start);
  else if (frame.closing) end = ctx.doc.sentences[frame.cue.sentence]!.end;
  return { start, end };
}
