/**
 * Bare complement clauses: whether the words after a cue start a clause of their own ("said
 * Serbia would stop") rather than an object ("announced a new purchase"). Auxiliaries and
 * subject pronouns decide without a parse; otherwise compromise's tags find the finite verb.
 */
import type { QuoteContext } from './context.js';

const MAX_SUBJECT_TOKENS = 24;
const MAX_SUBJECT_COMMAS = 4;

/**
 * A bare complement clause: a subject and then a finite verb ("Serbia would stop ...", "the US
 * and Russia have ...", "adding the mineral to salt is ..."), with no comma, quotation or clause
 * word before the verb, except an apposition set off by commas ("John Kerry, the Secretary of State, contacted").
 */
export function startsClause(ctx: QuoteContext, i: number, end: number): boolean {
  if (!ctx.isWord(i) || ctx.lex.prepositions.has(ctx.lower(i))) return false;
  const quick = clauseByAuxiliary(ctx, i, end);
  if (quick !== null) return quick;
  let firstComma = -1;
  let commas = 0;
  for (let k = i; k < end && k - i <= MAX_SUBJECT_TOKENS; k++) {
    const word = ctx.lower(k);
    if (word === ',') {
      if (++commas > MAX_SUBJECT_COMMAS) return false;
      if (firstComma === -1) firstComma = k;
      continue;
    }
    // Quotation marks may stand inside the clause ("any process “must be well thought out”").
    if (ctx.isQuoteMark(k)) continue;
    if ([';', ':', '(', ')'].includes(word)) return false;
    // "dicot species, such as soybean, cotton, and peanut, lose ...": a list inside the subject.
    if (word === 'such' && ctx.lower(k + 1) === 'as') {
      k++;
      continue;
    }
    if (ctx.lex.clauseWords.has(word) && !['and', 'or'].includes(word)) return false;
    if (k > i && ctx.isFiniteVerb(k)) {
      let subjectEnd = k - 1;
      while (subjectEnd > i && (ctx.isAdverb(subjectEnd) || ctx.lower(subjectEnd) === 'not' || ctx.isQuoteMark(subjectEnd))) subjectEnd--;
      if (ctx.lower(subjectEnd) === ',') {
        // "John Kerry, the Secretary of State, contacted": the subject ends before its apposition.
        if (commas < 2) return false;
        subjectEnd = firstComma - 1;
      } else if (commas === 1) return false;
      return subjectEnd >= i && isNominal(ctx, subjectEnd);
    }
  }
  return false;
}

/**
 * The lexical fast path: a short subject of names, pronouns, determiners and nouns right before an
 * auxiliary, modal or "be" ("Serbia would stop", "the company's profit was ...") is a clause, with no
 * parse needed; null when the words cannot tell.
 */
function clauseByAuxiliary(ctx: QuoteContext, i: number, end: number): boolean | null {
  // "said it retained ...", "said he successfully completed ...": after a subject pronoun comes its verb.
  if (['he', 'she', 'it', 'they', 'we', 'i'].includes(ctx.lower(i))) {
    let k = i + 1;
    while (k < end && ctx.isAdverb(k)) k++;
    if (k < end && ctx.isWord(k) && !ctx.isCapitalized(k) && !ctx.lex.prepositions.has(ctx.lower(k)) && !ctx.lex.clauseWords.has(ctx.lower(k))) return true;
  }
  for (let k = i; k < end && k - i <= 8; k++) {
    const word = ctx.lower(k);
    if ((ctx.lex.auxiliaries.has(word) || ctx.lex.be.has(word)) && k > i) {
      const before = ctx.lower(k - 1);
      return ctx.isCapitalized(k - 1) || ctx.lex.pronouns.has(before) || before === 'there' || /^\p{N}/u.test(ctx.token(k - 1)!.text) || k - 1 > i && ctx.lex.determiners.has(ctx.lower(k - 2)) ? true : null;
    }
    if (!ctx.isWord(k) && word !== "'s" && word !== '-') return null;
    if (ctx.lex.clauseWords.has(word) || ctx.lex.prepositions.has(word) && k === i) return null;
  }
  return null;
}

/** A word that can end a subject: a name, a noun, a number, a pronoun (not an adjective alone). */
function isNominal(ctx: QuoteContext, k: number): boolean {
  const word = ctx.lower(k);
  if (ctx.lex.pronouns.has(word) || ctx.lex.determiners.has(word) || word === 'there') return true;
  if (ctx.isCapitalized(k) || /^\p{N}/u.test(ctx.token(k)!.text) || ctx.token(k)!.text === ')') return true;
  const tags = ctx.tags(k);
  return tags.has('Noun') || tags.has('Pronoun') || tags.has('Value');
}
