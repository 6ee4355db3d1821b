/**
 * The country that starts a longer name: "US" in "US State Department", "New Zealand" in "New
 * Zealand Herald". The country is a mention of its own beside the longer one, as news annotation
 * marks it: a location modifying an organisation's name.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { actorLexicon, type LexiconEntry } from '../../lexicon/actors.js';
import type { Token } from '../../nlp/tokens.js';
import { mentionFrom, type SentenceContext } from './context.js';

/**
 * The country named at token `first` and ending before `last`; adjectives only if `adjectives`.
 * None in a company's name ("Singapore Airlines"): there the country is part of the name.
 */
export function countryAtStart(ctx: SentenceContext, first: number, last: number, adjectives: boolean): EntityMention | null {
  if (last <= first || actorRules().companyHeads.has(ctx.tokens[last]!.lower)) return null;
  const inner = actorLexicon().gazetteer.longestAt(ctx.tokens, first, last);
  const country = inner?.payloads.find((p) => p.entry.kind === 'country' && (adjectives || p.form === 'name' || p.form === 'acronym'));
  if (!inner || !country) return null;
  return mentionFrom(ctx, inner.first, inner.last, { kind: 'country', entry: country.entry.id, form: country.form, rule: `lexicon:${country.form}>nested` });
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
