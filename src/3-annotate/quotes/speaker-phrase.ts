/**
 * Speaker noun phrases read off the token stream: the subject left of a cue ("Peter Stano, a
 * spokesperson for ..., said"; "Devocht, who had told"), the one right of it ("said Ambassador
 * Mohib", "according to AFP") and objects ("told RFE"). A phrase's head is what an actor mention
 * must cover: the name without its titles, or the head noun of a description.
 */
import { isCommonWord } from '../../nlp/word-classes.js';
import type { QuoteContext } from './context.js';
import { isAcronym, joinsWords, nounPhraseAfter, nounPhraseBefore, spanOf, type TokenRange } from './noun-phrase.js';
import type { SpeakerForm, SpeakerPhrase } from './types.js';

const MAX_APPOSITIONS = 3;
/** How far back a relative clause set off by commas may reach. */
const MAX_RELATIVE_TOKENS = 20;
/** Small words that may stand inside a name between capitalised words. */
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', '&']);

/**
 * The speaker phrase that ends at token `last` (inclusive), looking no further left than `floor`.
 * With a comma right before the cue ("Peter Stano, a spokesperson for Joseph Borrell, the EU High
 * Commissioner ..., said"), the words before it are read as a chain of comma-separated segments
 * (noun phrases in apposition and adjuncts such as "in remarks to al-Ikhbariya television") back
 * to the start of the clause; the speaker is the chain's first name, else its first noun phrase.
 * A relative "who" stands for its antecedent ("Devocht, who had told").
 */
export function speakerBefore(ctx: QuoteContext, last: number, floor: number, rule: string): SpeakerPhrase | null {
  const tail = ctx.lower(last) === ',' ? last - 1 : last;
  if (ctx.lex.relatives.has(ctx.lower(last)) && ctx.lower(last) !== 'that' && ctx.lower(last - 1) === ',') {
    const antecedent = nounPhraseBefore(ctx, last - 2, floor);
    return antecedent ? phrase(ctx, antecedent, `${rule}+relative`, tail) : null;
  }
  if (ctx.lower(last) !== ',') {
    const range = nounPhraseBefore(ctx, last, floor);
    if (!range) return null;
    // A description set off after a name that opens the sentence: "Najib Razak, Malaysia's Prime Minister said"
    // (not "... near the capital, Ankara, the defence ministry said", where the name ends the content).
    if (formOf(ctx, range) === 'description' && ctx.lower(range.first - 1) === ',') {
      const named = segmentBefore(ctx, range.first - 2, floor);
      const opensSentence = named !== null && (named.first - 1 < floor || ctx.isQuoteMark(named.first - 1));
      if (named && opensSentence && !named.adjunct && formOf(ctx, named.range) === 'name') return phrase(ctx, named.range, `${rule}+apposition`, tail);
    }
    return phrase(ctx, range, rule);
  }
  const chain: Segment[] = [];
  let j = last;
  for (let hops = 0; hops <= MAX_APPOSITIONS && ctx.lower(j) === ','; hops++) {
    const segment = segmentBefore(ctx, j - 1, floor) ?? relativeClauseBefore(ctx, j - 1, floor);
    if (!segment) break;
    chain.unshift(segment);
    j = segment.first - 1;
  }
  const phrases = chain.filter((s) => !s.adjunct);
  const named = phrases.find((s) => formOf(ctx, s.range) === 'name');
  const chosen = named ?? phrases[0];
  if (!chosen) return null;
  // The chain must reach the clause start: "weapons from Russia, said Vucic" is content, not a subject.
  if (!opensChunk(ctx, chain[0]!.first - 1, floor)) return null;
  return phrase(ctx, chosen.range, chain.length > 1 ? `${rule}+apposition` : `${rule}+comma`, tail);
}

interface Segment {
  range: TokenRange;
  /** First token of the segment, a leading preposition, gerund or "and" included. */
  first: number;
  /** A preposition phrase, a time or a participle clause: no candidate for the speaker. */
  adjunct: boolean;
}

/** The comma-delimited segment ending at token `end`, if it is a noun phrase or an adjunct. */
function segmentBefore(ctx: QuoteContext, end: number, floor: number): Segment | null {
  let range = nounPhraseBefore(ctx, end, floor);
  if (!range) return null;
  // "curator and director of exhibits": two nouns joined by "and".
  if (['and', 'or'].includes(ctx.lower(range.first - 1)) && ctx.lower(range.first - 2) !== ',') {
    const left = nounPhraseBefore(ctx, range.first - 2, floor);
    if (left) range = { first: left.first, last: range.last };
  }
  let first = range.first;
  let adjunct = isTime(ctx, range);
  if (first - 1 >= floor && ctx.lex.prepositions.has(ctx.lower(first - 1))) {
    first--;
    adjunct = true;
    // "speaking on condition of anonymity": a participle before the preposition.
    if (first - 1 >= floor && /(?:ing|ed)$/.test(ctx.lower(first - 1)) && ctx.lower(first - 2) === ',' && ctx.tags(first - 1).has('Verb')) first--;
  } else if (['and', 'or'].includes(ctx.lower(first - 1)) && ctx.lower(first - 2) === ',') first--;
  return opensChunk(ctx, first - 1, floor) ? { range, first, adjunct } : null;
}

/** ", who heads the agency,": a relative clause set off by commas, skipped like an adjunct. */
function relativeClauseBefore(ctx: QuoteContext, end: number, floor: number): Segment | null {
  for (let k = end; k >= floor && end - k < MAX_RELATIVE_TOKENS; k--) {
    const word = ctx.lower(k);
    if (word === ',' || ctx.isQuoteMark(k)) return null;
    if ((word === 'who' || word === 'which') && ctx.lower(k - 1) === ',') return { range: { first: k, last: end }, first: k, adjunct: true };
  }
  return null;
}

function isTime(ctx: QuoteContext, range: TokenRange): boolean {
  for (let k = range.first; k <= range.last; k++) {
    if (ctx.isCalendarWord(k) || ['week', 'month', 'year', 'yesterday', 'today', 'night', 'morning', 'evening', 'afternoon'].includes(ctx.lower(k))) return true;
  }
  return false;
}

/** The speaker phrase starting at token `first` (inverted "said X", "according to X"). */
export function speakerAfter(ctx: QuoteContext, first: number, ceiling: number, rule: string): SpeakerPhrase | null {
  const found = nounPhraseAfter(ctx, first, ceiling, true);
  if (!found) return null;
  const range = { ...found, last: titlesAfter(ctx, found.last, ceiling) };
  // "according to the team's coach, Alireza Mehraban, ...": the name set off after a description.
  if (formOf(ctx, range) === 'description' && ctx.lower(range.last + 1) === ',') {
    const named = nounPhraseAfter(ctx, range.last + 2, ceiling, true);
    if (named && formOf(ctx, named) === 'name' && [',', ';'].includes(ctx.lower(named.last + 1))) {
      return { ...phrase(ctx, named, `${rule}+apposition`), extent: spanOf(ctx, range.first, titlesAfter(ctx, named.last, ceiling)) };
    }
  }
  return phrase(ctx, range, rule);
}

/** The end of titles set off after a name ("Mark Tedeschi, QC,"). */
function titlesAfter(ctx: QuoteContext, last: number, ceiling: number): number {
  let k = last;
  while (ctx.lower(k + 1) === ',' && k + 2 < ceiling && ctx.lex.titles.has(ctx.lower(k + 2)) && ctx.isCapitalized(k + 2) && ctx.lower(k + 3) === ',') k += 2;
  return k;
}

/** A phrase opens its chunk when it starts the sentence or follows a comma, "that", a quote or a clause word. */
function opensChunk(ctx: QuoteContext, before: number, floor: number): boolean {
  if (before < floor) return true;
  const w = ctx.lower(before);
  return w === ',' || ctx.isQuoteMark(before) || (ctx.lex.clauseWords.has(w) && !ctx.lex.prepositions.has(w)) || w === ':' || w === ';';
}

/** Builds the phrase for a token range: its form, head and span (the name alone for names). */
export function phrase(ctx: QuoteContext, range: TokenRange, rule: string, extentLast = range.last): SpeakerPhrase {
  const form = formOf(ctx, range);
  const full = spanOf(ctx, range.first, range.last);
  const extent = spanOf(ctx, range.first, Math.max(range.last, extentLast));
  if (form === 'pronoun') return { span: full, extent, head: full, form, rule };
  if (form === 'name') {
    const name = nameRun(ctx, range)!;
    const head = spanOf(ctx, name.first, name.last);
    return { span: head, extent, head, form, rule };
  }
  return { span: full, extent, head: headNoun(ctx, range), form, rule };
}

export function formOf(ctx: QuoteContext, range: TokenRange): SpeakerForm {
  if (range.first === range.last && ctx.lex.pronouns.has(ctx.lower(range.first)) && !isAcronym(ctx, range.first)) return 'pronoun';
  return nameRun(ctx, range) ? 'name' : 'description';
}

/**
 * The name a phrase gives, titles dropped: a name before the phrase's first preposition
 * ("Matthew Ingram of The Globe and Mail"), else its trailing run of capitalised words ("team
 * member Rodaba Noori"), unless that run is the object of a preposition ("the embassy to
 * Serbia") or nothing but titles ("Serbia's President"). Null for a description.
 */
function nameRun(ctx: QuoteContext, range: TokenRange): TokenRange | null {
  let last = range.last;
  if (ctx.token(last)!.text === ')') {
    while (last > range.first && ctx.token(last)!.text !== '(') last--;
    last--;
  }
  let first = last + 1;
  for (let k = last; k >= range.first; k--) {
    if (ctx.isCapitalized(k) && ctx.isWord(k) && !ctx.lex.determiners.has(ctx.lower(k)) && !isCommonOpener(ctx, k)) first = k;
    else if (joinsWords(ctx, k) && first === k + 1) continue;
    else if (ctx.lex.nameParticles.has(ctx.lower(k)) && first === k + 1 && k > range.first) first = k;
    // "Church of Scientology", "Daughters of the American Revolution": small words between capitalised ones.
    else if (CONNECTORS.has(ctx.lower(k)) && first <= k + 2 && k > range.first && isNameWord(ctx, k - 1)) first = k;
    else break;
  }
  while (first <= last && !ctx.isWord(first)) first++;
  if (first > last) return null;
  // A name before a preposition heads the phrase ("Matthew Ingram of The Globe and Mail"), unless
  // a title or role stands right before the trailing name ("president Sehar Memon").
  if (!ctx.lex.titles.has(ctx.lower(first - 1)) || first - 1 < range.first) {
    const lead = leadingName(ctx, range);
    if (lead) return lead;
  }
  let start = first;
  for (let k = first; k <= last; k++) if (ctx.lex.titles.has(ctx.lower(k))) start = k + 1;
  // Nothing but titles ("Serbia's President"), or a title with "of" ("Minister of Defence"): a description.
  if (start > last || (start > first && ctx.lower(start) === 'of')) return null;
  if (start === first && first > range.first) {
    // The object of a preposition ("the embassy to Serbia") is no name of the speaker, unless a
    // title before the preposition introduces it ("Ambassador to the United States Hamdullah Mohib").
    let p = first - 1;
    if (ctx.lex.determiners.has(ctx.lower(p))) p--;
    const word = ctx.lower(p);
    if (p >= range.first && ctx.lex.prepositions.has(word)) {
      let titled = false;
      for (let k = range.first; k < p; k++) if (ctx.lex.titles.has(ctx.lower(k)) && ctx.isCapitalized(k)) titled = true;
      if (!titled) return null;
    }
  }
  return { first: start, last };
}

/** The capitalised run right before the phrase's first preposition, when it is a name (not a title). */
function leadingName(ctx: QuoteContext, range: TokenRange): TokenRange | null {
  let p = range.first + 1;
  while (p <= range.last && !(ctx.lex.prepositions.has(ctx.lower(p)) && !ctx.isCapitalized(p))) p++;
  if (p > range.last) return null;
  const last = p - 1;
  let first = last + 1;
  for (let k = last; k >= range.first && (ctx.isCapitalized(k) && ctx.isWord(k) && !ctx.lex.determiners.has(ctx.lower(k)) && !isCommonOpener(ctx, k) || joinsWords(ctx, k)); k--) first = k;
  // Two words at least: "Church of Scientology" is one name, "Matthew Ingram of The Globe" is two.
  if (last - first < 1 || ctx.lex.titles.has(ctx.lower(last)) || first !== range.first && !ctx.lex.titles.has(ctx.lower(first - 1))) return null;
  let start = first;
  for (let k = first; k <= last; k++) if (ctx.lex.titles.has(ctx.lower(k))) start = k + 1;
  return start <= last ? { first: start, last } : null;
}

/** The head of a description: the word before its first preposition, with capitalised words before it ("the US embassy"). */
function headNoun(ctx: QuoteContext, range: TokenRange): { start: number; end: number } {
  let last = range.last;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (ctx.lex.prepositions.has(ctx.lower(k))) {
      last = k - 1;
      break;
    }
  }
  let first = last;
  while (first > range.first && (ctx.isCapitalized(first - 1) || joinsWords(ctx, first - 1)) && ctx.isCapitalized(last)) first--;
  return spanOf(ctx, first, last);
}

/** A capitalised word that can belong to a name: not a title, a determiner or a common word opening the sentence. */
function isNameWord(ctx: QuoteContext, k: number): boolean {
  return ctx.isCapitalized(k) && ctx.isWord(k) && !ctx.lex.titles.has(ctx.lower(k)) && !ctx.lex.determiners.has(ctx.lower(k)) && !isCommonOpener(ctx, k);
}

/** A plural common noun capitalised only because it opens the sentence ("Posts on the board ..."). */
function isCommonOpener(ctx: QuoteContext, k: number): boolean {
  if (k !== ctx.sentenceOf(k).tokenStart || !/s$/.test(ctx.lower(k)) || isAcronym(ctx, k) || ctx.isActorName(k)) return false;
  return isCommonWord(ctx.lower(k));
}
