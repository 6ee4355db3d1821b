/**
 * Noun phrases in the token stream, walked left from a last token or right from a first one.
 * Capitalised words, determiners, possessives, numbers and nouns make up a phrase; prepositions
 * join its parts ("the US embassy to Serbia"); verbs, clause words and punctuation end it. Tags
 * from compromise are asked only for lower-case words whose place cannot tell.
 */
import type { QuoteContext } from './context.js';

const MAX_PHRASE_TOKENS = 20;

export interface TokenRange {
  first: number;
  last: number;
}

/** The noun phrase ending at token `last`, walking left no further than `floor`. */
export function nounPhraseBefore(ctx: QuoteContext, last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  const w = ctx.lower(last);
  if (ctx.lex.pronouns.has(w) && !isAcronym(ctx, last)) return { first: last, last };
  let k = last;
  let first = -1;
  while (k >= floor && last - k < MAX_PHRASE_TOKENS) {
    const token = ctx.token(k)!;
    const word = token.lower;
    if (token.text === ')') {
      let open = k - 1;
      while (open >= floor && ctx.token(open)!.text !== '(' && ctx.token(open)!.text !== ')') open--;
      if (open < floor || ctx.token(open)!.text !== '(') break;
      first = open;
      k = open - 1;
      continue;
    }
    if (word === "'s" || word === "'") {
      if (k - 1 < floor || !ctx.isWord(k - 1)) break;
      first = k;
      k--;
      continue;
    }
    if (!ctx.isWord(k)) {
      if (joinsWords(ctx, k) && first !== -1) {
        first = k;
        k--;
        continue;
      }
      break;
    }
    if (isAcronym(ctx, k) || /^\p{N}/u.test(token.text)) {
      first = k;
      k--;
      continue;
    }
    if (ctx.lex.determiners.has(word)) {
      first = k;
      // A determiner opens its phrase unless a preposition or 's joins it to a longer one ("spokesman for the army").
      if (ctx.lex.prepositions.has(ctx.lower(k - 1)) && k - 2 >= floor && ctx.isWord(k - 2) && !ctx.lex.clauseWords.has(ctx.lower(k - 2))) {
        k--;
        continue;
      }
      if (['all', 'both'].includes(ctx.lower(k - 1))) first = k - 1;
      break;
    }
    if (ctx.lex.prepositions.has(word)) {
      // "during", "after", "despite" open adjuncts, not parts of a noun phrase.
      if (first === -1 || ctx.lex.clauseWords.has(word) || k - 1 < floor || !ctx.isWord(k - 1) || ctx.lex.clauseWords.has(ctx.lower(k - 1))) break;
      k--;
      continue;
    }
    // "The Globe and Mail": "and" between capitalised words stays inside a name.
    if ((word === 'and' || word === '&') && first !== -1 && ctx.isCapitalized(first) && ctx.isCapitalized(k - 1)) {
      k--;
      continue;
    }
    if (ctx.lex.clauseWords.has(word) || ctx.lex.pronouns.has(word) || ctx.lex.auxiliaries.has(word) || ctx.lex.be.has(word)) break;
    if (ctx.isCalendarWord(k) && first !== -1) break;
    // A capital that only opens the sentence says nothing: "Speaking in ...", "Separately".
    // Only an -ing or -ly word opening the sentence is suspect ("Speaking in ...", "Separately"); a capital elsewhere is a name.
    const initial = k === ctx.sentenceOf(k).tokenStart && !isAcronym(ctx, k) && /(?:ing|ly)$/.test(word);
    // The word before the cue, or one after a determiner, is nominal; other words need their tags.
    // So is a title or role word before a name ("chairman Randall Fields", "coffee exporters").
    const plain =
      first === -1 || ctx.lex.determiners.has(ctx.lower(k - 1)) || ctx.lower(k - 1) === "'s" || ctx.lex.titles.has(word) || (ctx.isCapitalized(first) && first === k + 1);
    if ((!ctx.isCapitalized(k) || initial) && !(plain && !initial && !ctx.isAdverb(k))) {
      if (ctx.isAdverb(k) || !ctx.isNominalWord(k)) break;
      if (initial && /ly$/.test(word) && ctx.tags(k).has('Adverb')) break;
    }
    first = k;
    k--;
  }
  if (first === -1) return null;
  // A preposition left dangling at the front belongs to the clause before.
  while (first <= last && (ctx.lex.prepositions.has(ctx.lower(first)) || !ctx.isWord(first) && ctx.token(first)!.text !== '(')) first++;
  return first <= last ? { first, last } : null;
}

/**
 * The noun phrase starting at token `first`, walking right no further than `ceiling` (exclusive).
 * `long` lets prepositional phrases in ("the post by an unknown author"); objects stop at them.
 */
export function nounPhraseAfter(ctx: QuoteContext, first: number, ceiling: number, long: boolean): TokenRange | null {
  if (first >= ceiling) return null;
  const w = ctx.lower(first);
  if ((ctx.lex.pronouns.has(w) || ctx.lex.objectPronouns.has(w)) && !isAcronym(ctx, first)) return { first, last: first };
  let last = -1;
  let k = first;
  while (k < ceiling && k - first < MAX_PHRASE_TOKENS) {
    const token = ctx.token(k)!;
    const word = token.lower;
    if (token.text === '(') {
      let close = k + 1;
      while (close < ceiling && ctx.token(close)!.text !== ')' && ctx.token(close)!.text !== '(') close++;
      if (close >= ceiling || ctx.token(close)!.text !== ')' || last === -1) break;
      last = close;
      k = close + 1;
      continue;
    }
    if (word === "'s" || word === "'") {
      if (last === -1) break;
      last = k;
      k++;
      continue;
    }
    if (!ctx.isWord(k)) {
      if (joinsWords(ctx, k) && last !== -1) {
        k++;
        continue;
      }
      break;
    }
    if (isAcronym(ctx, k) || /^\p{N}/u.test(token.text)) {
      last = k;
      k++;
      continue;
    }
    if (ctx.lex.determiners.has(word)) {
      // A new determiner after a noun starts another phrase ("told LA Weekly the case was ...").
      if (last !== -1 && !ctx.lex.prepositions.has(ctx.lower(k - 1)) && ctx.lower(k - 1) !== "'s") break;
      k++;
      continue;
    }
    if (ctx.lex.prepositions.has(word)) {
      if (last === -1 || !(long || word === 'of') || word === 'to' && !long) break;
      if (!ctx.isWord(k + 1) || ctx.lex.clauseWords.has(ctx.lower(k + 1))) break;
      k++;
      continue;
    }
    if (ctx.lex.clauseWords.has(word) || ctx.lex.pronouns.has(word) || ctx.lex.objectPronouns.has(word) || ctx.lex.auxiliaries.has(word) || ctx.lex.be.has(word)) break;
    if (ctx.isCalendarWord(k) && !long) {
      // A date ends the phrase: "on Thursday", "on February 25, 2020" (not "on Thursday Washington").
      if (last !== -1) break;
      last = k;
      while (/^\p{N}/u.test(ctx.token(last + 1)?.text ?? '') || ctx.lower(last + 1) === ',' && /^\d{4}$/.test(ctx.token(last + 2)?.text ?? '')) last += ctx.lower(last + 1) === ',' ? 2 : 1;
      break;
    }
    if (!ctx.isCapitalized(k)) {
      if (ctx.isAdverb(k)) break;
      // A plural-looking word that ends the phrase before punctuation is its head noun ("according to media reports.").
      const final = last !== -1 && /s$/.test(word) && k + 1 < ceiling && [',', '.', ';', ':'].includes(ctx.lower(k + 1));
      // "the gathered crowd", "the alleged crime": a participle between a determiner and a noun.
      const participle = () => ctx.lex.determiners.has(ctx.lower(k - 1)) && ctx.isWord(k + 1) && ctx.isNominalWord(k + 1) && !ctx.lex.prepositions.has(ctx.lower(k + 1));
      if (!final && !ctx.isNominalWord(k) && !participle()) break;
    } else if (last !== -1 && !ctx.isCapitalized(last) && !ctx.lex.prepositions.has(ctx.lower(k - 1)) && ctx.lower(k - 1) !== "'s" && !ctx.lex.determiners.has(ctx.lower(k - 1))) {
      // A name right after a common noun starts a clause ("told the court Montalvo had ...").
      if (!long) break;
    }
    last = k;
    k++;
  }
  return last === -1 ? null : { first, last };
}

/** A hyphen, slash or ampersand written between two words without spaces ("Al-Maeena"). */
export function joinsWords(ctx: QuoteContext, k: number): boolean {
  const token = ctx.token(k);
  const next = ctx.token(k + 1);
  if (!token || !next || !['-', '&', '/', '.'].includes(token.text)) return false;
  return !token.spaceBefore && !next.spaceBefore && next.sentence === token.sentence;
}

export function isAcronym(ctx: QuoteContext, k: number): boolean {
  const text = ctx.token(k)?.text ?? '';
  return /^\p{Lu}[\p{Lu}.&]+$/u.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 2;
}

export function spanOf(ctx: QuoteContext, first: number, last: number): { start: number; end: number } {
  return { start: ctx.token(first)!.start, end: ctx.token(last)!.end };
}
