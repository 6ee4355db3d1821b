/**
 * Recogniser: definite descriptions that refer back to an actor, "the embassy", "the bloc",
 * "the ministry". Which actor they mean is settled in the resolve step.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { continuesNounPhrase } from '../../nlp/word-classes.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';

export function descriptions(ctx: SentenceContext): EntityMention[] {
  const out: EntityMention[] = [];
  const { tokens } = ctx;
  const nouns = actorRules().descriptionNouns;
  const lexicon = actorLexicon();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || ctx.claimed[i + 1]) continue;
    const noun = tokens[i + 1]!;
    const phrase = `the ${noun.lower}`;
    if (!nouns.has(noun.lower) && !lexicon.descriptions.has(phrase)) continue;
    if (/^\p{Lu}/u.test(noun.text) && i + 1 > 0 && !/^\p{Lu}/u.test(tokens[i]!.text)) continue; // "the Embassy of ..." is a name
    const next = tokens[i + 2];
    // "the embassy staff": the noun modifies another; "the bloc's": still the bloc.
    if (next && continuesNounPhrase(next)) continue;
    out.push(mentionFrom(ctx, i, i + 1, { kind: 'organization', entry: null, form: 'description', rule: 'description' }));
    claim(ctx, i, i + 1);
    i++;
  }
  return out;
}
