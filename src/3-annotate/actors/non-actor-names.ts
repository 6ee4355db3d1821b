/**
 * Recogniser that runs first and finds names that are not actors, so that no later recogniser
 * takes a part of them: laws and treaties ("Countering America's Adversaries Through Sanctions
 * Act"), events ("World Cup"), and weapon designations ("MiG-29", "T-72", "BRDM-2").
 */
import { actorRules } from '../../lexicon/actor-rules.js';
import { claim, type SentenceContext } from './context.js';

const INNER = /^(?:of|the|for|and|on|in|to|against|through|'s|-|&)$/;

export function claimNonActorNames(ctx: SentenceContext): void {
  const { tokens } = ctx;
  const rules = actorRules();
  for (let i = 0; i < tokens.length; i++) {
    // Designations: letters, a hyphen and digits written together.
    const t = tokens[i]!;
    if (/^\p{L}{1,5}$/u.test(t.text) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && /^\d/.test(tokens[i + 2]?.text ?? '') && !tokens[i + 2]!.spaceBefore) {
      claim(ctx, i, i + 2);
      i += 2;
      continue;
    }
    // Currency prefixes: "US$40 billion", "HK$3".
    if (tokens[i + 1]?.text === '$' && !tokens[i + 1]!.spaceBefore && /^\p{Lu}{1,3}$/u.test(t.text)) {
      claim(ctx, i, i);
      continue;
    }
    // "pro-Beijing", "anti-Western": a name inside such an adjective names no actor.
    if (/^(?:pro|anti|non)$/i.test(t.text) && tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && tokens[i + 2] && !tokens[i + 2]!.spaceBefore) {
      claim(ctx, i, i + 2);
      i += 2;
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text) || ctx.allCaps) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      if (/^\p{Lu}/u.test(tokens[j]!.text)) last = j;
      else if (!INNER.test(tokens[j]!.lower)) break;
    }
    const head = tokens[last]!.lower;
    if (last > i && (rules.lawHeads.has(head) || (rules.eventHeads.has(head) && !rules.placeHeads.has(head)))) claim(ctx, i, last);
    i = last;
  }
}
