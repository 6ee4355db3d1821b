/**
 * Recogniser: definite descriptions that refer back to an actor, "the embassy", "the bloc",
 * "the ministry". Which actor they mean is settled in the resolve step.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { continuesNounPhrase } from '../../nlp/word-classes.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';
import { capitalisedHomeBody } from './proper-names.js';

/** A multi-word state body ("defence ministry", "armed forces") at token i, not modifying a noun after it. */
function stateBody(ctx: SentenceContext, at: number): { phrase: string; last: number } | null {
  for (const phrase of actorRules().governmentBodies) {
    const words = phrase.split(' ');
    if (words.length < 2 || !words.every((w, k) => ctx.tokens[at + k]?.lower === w && !ctx.claimed[at + k])) continue;
    const last = at + words.length - 1;
    const next = ctx.tokens[last + 1];
    // ("the armed forces of the Republic of Congo": a body a name after "of" owns is no other's.)
    return next && (continuesNounPhrase(next) || next.lower === 'of') ? null : { phrase, last };
  }
  return null;
}

export function descriptions(ctx: SentenceContext): EntityMention[] {
  const out: EntityMention[] = [];
  const { tokens } = ctx;
  const nouns = actorRules().descriptionNouns;
  const lexicon = actorLexicon();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || ctx.claimed[i + 1]) continue;
    const body = stateBody(ctx, i + 1);
    if (body) {
      // "the defence ministry": a part of some state, settled in the resolve step.
      out.push(mentionFrom(ctx, i, body.last, { kind: 'organization', entry: null, form: 'description', rule: 'description:state-body', role: body.phrase }));
      claim(ctx, i, body.last);
      i = body.last;
      continue;
    }
    const noun = tokens[i + 1]!;
    const phrase = `the ${noun.lower}`;
    if (!nouns.has(noun.lower) && !lexicon.descriptions.has(phrase)) continue;
    if (/^\p{Lu}/u.test(noun.text) && i + 1 > 0 && !/^\p{Lu}/u.test(tokens[i]!.text) && !capitalisedHomeBody(tokens, i + 1)) continue; // "the Embassy of ..." is a name
    const next = tokens[i + 2];
    // "the embassy staff": the noun modifies another; "the bloc's": still the bloc.
    // "the embassy staff" (a modifier), "the exchange of documents" (no anaphor): not descriptions.
    if (next && (continuesNounPhrase(next) || next.lower === 'of')) continue;
    out.push(mentionFrom(ctx, i, i + 1, { kind: 'organization', entry: null, form: 'description', rule: 'description' }));
    claim(ctx, i, i + 1);
    i++;
  }
  return out;
}
