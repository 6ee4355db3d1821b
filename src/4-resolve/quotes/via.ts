/**
 * The reporting chain of a quote: the actors between the speaker and the story. A reporter of the
 * sentence ("..., RFE reported", "according to RFE, X said"), a news medium the speaker told
 * ("the embassy told RFE"), and the speaker of a report this one is nested in ("It added that
 * ... Stano said ..."), with that report's own chain. A speaker's later quotes with no chain of
 * their own keep the media their earlier ones came through.
 */
import type { Actor } from '../../model/contract.js';
import type { QuoteCandidate } from '../../3-annotate/quotes/types.js';
import type { SpeakerResolver } from './speakers.js';

export function viaChains(candidates: readonly QuoteCandidate[], speakers: SpeakerResolver): Map<QuoteCandidate, Actor[]> {
  const chains = new Map<QuoteCandidate, Actor[]>();
  const chainOf = (c: QuoteCandidate, depth = 0): Actor[] => {
    const known = chains.get(c);
    if (known) return known;
    const via: Actor[] = [];
    for (const reporter of c.reporters) push(via, speakers.actorOf(reporter));
    const hearer = c.addressee ? speakers.actorAt(c.addressee) : null;
    if (hearer?.kind === 'media') push(via, hearer);
    if (c.parent && depth < 8) {
      push(via, speakers.actorOf(c.parent.speaker));
      for (const a of chainOf(c.parent, depth + 1)) push(via, a);
    }
    const speaker = speakers.actorOf(c.speaker);
    const chain = via.filter((a) => a !== speaker);
    chains.set(c, chain);
    return chain;
  };
  const mediaOf = new Map<Actor, Actor[]>();
  for (const c of [...candidates].sort((a, b) => a.span.start - b.span.start)) {
    const chain = chainOf(c);
    const speaker = speakers.actorOf(c.speaker);
    if (!speaker) continue;
    const media = chain.filter((a) => a.kind === 'media');
    if (media.length) mediaOf.set(speaker, media);
    else if (chain.length === 0 && mediaOf.has(speaker)) chains.set(c, [...mediaOf.get(speaker)!]);
  }
  return chains;
}

function push(list: Actor[], actor: Actor | null): void {
  if (actor && !list.includes(actor)) list.push(actor);
}
