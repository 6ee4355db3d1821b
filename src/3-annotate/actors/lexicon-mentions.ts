/** Recogniser: names, acronyms, capitals and adjectives the actor lexicon knows. */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon, type LexiconHit } from '../../lexicon/actors.js';
import type { GazetteerHit } from '../../nlp/gazetteer.js';
import { continuesNounPhrase } from '../../nlp/word-classes.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';

export function lexiconMentions(ctx: SentenceContext): EntityMention[] {
  const mentions: EntityMention[] = [];
  let nextClaimed = -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    if (nextClaimed < i) {
      nextClaimed = i;
      while (nextClaimed < ctx.tokens.length && !ctx.claimed[nextClaimed]) nextClaimed++;
    }
    const hit = longestFreeHit(ctx, i, nextClaimed);
    if (!hit) continue;
    i = hit.last;
    // Prefer the entity kinds that act (country, organisation, person) over places sharing the name.
    const best = hit.payloads.find((p) => p.entry.kind !== 'place') ?? hit.payloads[0]!;
    const { entry, form } = best;
    // An adjective or demonym at the start of a capitalised name is part of that name
    // ("Serbian Progressive Party"): leave it to the name recogniser.
    if (form === 'adjective' && continuesAsName(ctx, hit.last + 1)) continue;
    mentions.push(
      mentionFrom(ctx, hit.first, hit.last, {
        kind: entry.kind,
        entry: entry.id,
        form,
        rule: `lexicon:${form}`,
        ...(entry.kind === 'place' && entry.type ? { placeKind: entry.type } : {}),
      }),
    );
    claim(ctx, hit.first, hit.last);
  }
  return mentions;
}

/**
 * The longest lexicon phrase at token i over unclaimed tokens (before `limit`). A phrase ending in a lower-case
 * word that modifies the next noun ("Russian military equipment") is cut back to a shorter
 * phrase ("Russian").
 */
function longestFreeHit(ctx: SentenceContext, i: number, limit: number): GazetteerHit<LexiconHit> | null {
  const { gazetteer } = actorLexicon();
  for (let end = limit; ; ) {
    const hit = gazetteer.longestAt(ctx.tokens, i, end);
    if (!hit) return null;
    const last = ctx.tokens[hit.last]!;
    const next = ctx.tokens[hit.last + 1];
    if (hit.last > i && /^\p{Ll}/u.test(last.text) && next && continuesNounPhrase(next)) {
      end = hit.last;
      continue;
    }
    return hit;
  }
}

function continuesAsName(ctx: SentenceContext, next: number): boolean {
  const a = ctx.tokens[next];
  const b = ctx.tokens[next + 1];
  return Boolean(a && b && !ctx.claimed[next] && !ctx.claimed[next + 1] && /^\p{Lu}\p{Ll}/u.test(a.text) && /^\p{Lu}\p{Ll}/u.test(b.text) && !ctx.allCaps);
}
