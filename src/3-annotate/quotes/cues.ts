/**
 * Reporting cues in the token stream: the cue lexicon's longest match at each token, kept only
 * where it reports speech. Dropped: cues inside a closed quotation (the quoted speaker's own
 * words), nouns ("the report", "claims were made"), passives ("was told"), negated reports
 * ("did not say") and infinitives ("declined to say").
 */
import type { QuoteContext } from './context.js';
import type { Cue } from './types.js';

export function findCues(ctx: QuoteContext): Cue[] {
  const cues: Cue[] = [];
  for (const sentence of ctx.doc.sentences) {
    const tokens = ctx.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const hits = ctx.lex.cues.match(tokens).map(
      (hit): Cue => ({
        first: sentence.tokenStart + hit.first,
        last: sentence.tokenStart + hit.last,
        start: hit.start,
        end: hit.end,
        sentence: sentence.index,
        entry: hit.payloads[0]!,
      }),
    );
    hits.forEach((cue, k) => {
      // "media reports say": of two cue words in a row, one is a noun ("told state television": the second).
      const written = (c: Cue) => ctx.text(c).toLowerCase();
      if (hits[k + 1]?.first === cue.last + 1 && cue.entry.nouns.has(written(cue))) return;
      if (hits[k - 1]?.last === cue.first - 1 && cue.entry.nouns.has(written(cue)) && !hits[k - 1]!.entry.nouns.has(written(hits[k - 1]!))) return;
      if (isReporting(ctx, cue)) cues.push(cue);
    });
  }
  return cues;
}

/**
 * A verb must agree with a noun before it: "rate note", "earnings estimates" are nouns (a base form
 * after a singular noun, an -s form after a plural one), "officials note", "the bank notes" are verbs.
 */
function disagrees(ctx: QuoteContext, cue: Cue, before: number): boolean {
  if (before < 0 || ctx.isCapitalized(before) || !ctx.isWord(before) || cue.first !== cue.last) return false;
  const tags = ctx.tags(before);
  if (!tags.has('Noun') || tags.has('Pronoun')) return false;
  const word = ctx.lower(cue.first);
  if (word === cue.entry.lemma) return tags.has('Singular') && !tags.has('Plural');
  return word === `${cue.entry.lemma}s` || word === `${cue.entry.lemma}es` ? tags.has('Plural') : false;
}

function isReporting(ctx: QuoteContext, cue: Cue): boolean {
  const quotation = ctx.quotationAround(cue.start);
  // Words inside a closed quotation are the speaker's own; an unclosed one may run into narration.
  if (quotation && quotation.close !== null) return false;
  if (cue.entry.source) return true;
  const sentence = ctx.sentenceOf(cue.first);
  const sentenceStart = sentence.tokenStart;
  const before = cue.first - 1;
  // A capitalised cue word inside a sentence is part of a name ("United States"), except in a title-case headline.
  if (cue.first > sentenceStart && ctx.isCapitalized(cue.first) && sentence.role !== 'headline') return false;
  const prev = before >= sentenceStart ? ctx.lower(before) : '';
  const next = ctx.lower(cue.last + 1);
  // "the report", "Serbia's claims", "amid reports", "to say" (an infinitive): no report.
  if (ctx.lex.determiners.has(prev) || prev === "'s" || ctx.lex.prepositions.has(prev)) return false;
  if (cue.entry.nouns.has(ctx.text(cue).toLowerCase()) && prev && !ctx.isCapitalized(before) && ctx.isWord(before) && !ctx.lex.pronouns.has(prev)) {
    // "scientific notes": after an adjective the word is a noun.
    if (ctx.tags(before).has('Adjective') && !ctx.tags(before).has('Noun')) return false;
    if (disagrees(ctx, cue, before)) return false;
  }
  // "Writing in a blog post, X said ...": a participle opening the sentence frames the main clause.
  if (ctx.lower(cue.last).endsWith('ing') && cue.first === sentenceStart) return false;
  // An -ing form right after a verb is a gerund ("they say adding salt is ..."), not a report.
  if (ctx.lower(cue.last).endsWith('ing') && prev && !ctx.lex.be.has(prev) && !ctx.lex.clauseWords.has(prev) && ctx.isVerb(before)) return false;
  if (ctx.lex.be.has(next) || ctx.lex.auxiliaries.has(next)) return false;
  // "whose claim acceptance rate": a noun; "reported by X": a passive with its agent.
  if (prev === 'whose' || (next === 'by' && !/^\p{N}/u.test(ctx.token(cue.last + 2)?.text ?? '') && !ctx.isCalendarWord(cue.last + 2))) return false;
  let p = before;
  while (p >= sentenceStart && ctx.isAdverb(p)) p--;
  const word = p >= sentenceStart ? ctx.lower(p) : '';
  if (ctx.lex.be.has(word) && !ctx.lower(cue.last).endsWith('ing')) return false;
  for (let n = p; n >= Math.max(sentenceStart, p - 1); n--) if (ctx.lex.negations.has(ctx.lower(n))) return false;
  return true;
}
