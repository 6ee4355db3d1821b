/**
 * The country that starts a longer name: "US" in "US State Department", "New Zealand" in "New
 * Zealand Herald". The country is a mention of its own beside the longer one, as news annotation
 * marks it: a location modifying an organisation's name.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { MentionForm } from '../../model/contract.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { actorLexicon, type LexiconEntry } from '../../lexicon/actors.js';
import { isPossessiveMark, type Token } from '../../nlp/tokens.js';
import { mentionFrom, type SentenceContext } from './context.js';

/**
 * The country named at token `first` and ending before `last`; adjectives only if `adjectives`.
 * None in a company's name ("Singapore Airlines"): there the country is part of the name.
 */
export function countryAtStart(ctx: SentenceContext, first: number, last: number, adjectives: boolean): EntityMention | null {
  if (last <= first || actorRules().companyHeads.has(ctx.tokens[last]!.lower)) return null;
  const found = countryWordsAt(ctx.tokens, first, last, adjectives ? ['name', 'acronym', 'adjective', 'capital'] : ['name', 'acronym']);
  if (!found) return null;
  return mentionFrom(ctx, first, found.last, { kind: 'country', entry: found.entry.id, form: found.form, rule: `lexicon:${found.form}>nested` });
}

/**
 * The country named in one of `forms` by the tokens from `first`, ending before `limit`: the
 * longest, so "Guinea-Bissau" is not Guinea and the three tokens of "Timor-Leste" are found at all.
 */
export function countryWordsAt(tokens: readonly Token[], first: number, limit: number, forms: readonly MentionForm[]): { entry: LexiconEntry; form: MentionForm; last: number } | null {
  const inner = actorLexicon().gazetteer.longestAt(tokens, first, limit);
  const country = inner?.payloads.find((p) => p.entry.kind === 'country' && forms.includes(p.form));
  return inner && country ? { entry: country.entry, form: country.form, last: inner.last } : null;
}

/**
 * The country named by "of [the] <country>" right after token `last` ("the National Air Force of
 * Angola", "the Royal Air Force of Oman"), with the index of its word, or null.
 */
export function countryAfterOf(tokens: readonly Token[], last: number): { country: LexiconEntry; at: number } | null {
  if (tokens[last + 1]?.lower !== 'of') return null;
  const at = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  const country = tokens[at] ? actorLexicon().countryWords.get(tokens[at]!.lower) : undefined;
  return country?.kind === 'country' ? { country, at } : null;
}

/** The country whose possessive ends right before token `first` ("Kenya's | Ministry of Defence"), or null. */
function possessiveCountryBefore(tokens: readonly Token[], first: number): LexiconEntry | null {
  if (!isPossessiveMark(tokens[first - 1])) return null;
  for (let start = first - 2; start >= Math.max(0, first - 4); start--) {
    const found = countryWordsAt(tokens, start, first - 1, ['name', 'acronym', 'capital']);
    if (found?.last === first - 2) return found.entry;
  }
  return null;
}

/**
 * "Kenya's Ministry of Defence", "Panama's National Aeronaval Service": the country whose possessive
 * stands before a state body's name (its first or last word a head of stateBodyHeads), or null.
 */
export function stateBodyOwner(tokens: readonly Token[], first: number, last: number): LexiconEntry | null {
  const heads = actorRules().stateBodyHeads;
  const stateBody = [first, last].some((k) => heads.has(tokens[k]!.lower.replace(/\.$/, '')));
  return stateBody ? possessiveCountryBefore(tokens, first) : null;
}
