/**
 * Goods passed on: "Poland has handed over to Ukraine the MiG-29s it had received from Germany",
 * "India handed INS Sindhuvir, a Kilo-class submarine acquired from the Soviet Union, to Myanmar",
 * "The Abrams tanks that Australia bought from the United States have begun arriving in Ukraine".
 * A relative inside the goods' phrase tells how the giver came by them: its "from"/"by" party is the
 * supplier of that first leg, not of the clause's own transfer, and the giver is the first leg's
 * recipient.
 */
import type { Actor } from '../../model/contract.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { opensWord, type Token } from '../../nlp/tokens.js';
import { THING_RELATIVE, type Clause } from './clauses.js';
import { isParticiple, type CueHit } from './cues.js';
import type { Item } from './items.js';
import { partyOf } from './parties.js';
import { transferRules } from './rules.js';

export interface EarlierLeg {
  /** The goods passed on. */
  item: Item;
  /** The cue of the relative ("received", "acquired"). */
  cue: CueHit;
  /** Tokens of the relative, from its first word to its party's last. */
  first: number;
  last: number;
  /** Who supplied the giver ("from Germany", "supplied by the United States"). */
  supplier: Actor;
  supplierAt: number;
  /** The giver the relative names ("that Australia bought"); null for "it" or none (the clause's giver). */
  holder: Actor | null;
  holderAt: number | null;
}

/** Words from the goods to the relative's verb: "that the Czech army had". */
const RELATIVE_REACH = 5;
/** Words of a head noun between the goods' name and the relative's comma: "armoured personnel carriers". */
const HEAD_WORDS = 3;
/** Words from the relative's verb to its "from": "bought second-hand from". */
const FROM_REACH = 2;

/** Words from a giving verb to the "to"/"in" of its recipient: "have begun arriving in". */
const RECIPIENT_REACH = 4;

/** "have been handed to Ukraine", "arriving in Ukraine": a party other than the holder the goods went to. */
function recipientAfter(tokens: readonly Token[], cue: CueHit, clause: Clause, actors: ActorSpans, holder: Actor): boolean {
  for (let k = cue.last + 1; k <= Math.min(clause.last - 1, cue.last + RECIPIENT_REACH); k++) {
    if (!/^(?:to|in|into)$/.test(tokens[k]!.lower)) continue;
    const span = actors.at(tokens[k + 1]!.start) ?? (tokens[k + 1]!.lower === 'the' ? actors.at(tokens[k + 2]?.start ?? -1) : undefined);
    const party = span ? partyOf(span.actor, actors) : null;
    return party !== null && party !== holder;
  }
  return false;
}

/** The relative that tells how the clause's giver came by its goods, when the clause passes them on. */
export function earlierLeg(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], items: readonly Item[], actors: ActorSpans): EarlierLeg | null {
  const rules = transferRules();
  const verbs = cues.filter((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated);
  for (const item of items) {
    if (!item.weapon || item.phrase.first < clause.first || item.phrase.last >= clause.last) continue;
    let k = item.phrase.last + 1;
    // (The goods' head noun may stand before the comma: "a refurbished Kilo-class boat, originally bought from".)
    let head = k;
    while (head - k < HEAD_WORDS && /^\p{Ll}+$/u.test(tokens[head]?.text ?? '') && !verbs.some((c) => c.first === head) && !THING_RELATIVE.test(tokens[head]!.lower)) head++;
    if (head > k && tokens[head]?.text === ',') k = head;
    if (tokens[k]?.text === ',') k++;
    const first = k;
    if (THING_RELATIVE.test(tokens[k]?.lower ?? '')) k++;
    // The relative's subject: a pronoun, or a name of the story ("that Australia bought").
    let holder: Actor | null = null;
    let holderAt: number | null = null;
    let cue: CueHit | undefined;
    for (let j = k; j < tokens.length && j - first <= RELATIVE_REACH && j <= clause.last; j++) {
      cue = verbs.find((c) => c.first === j);
      if (cue) break;
      const span = actors.at(tokens[j]!.start);
      if (span && holder === null) {
        holder = partyOf(span.actor, actors);
        holderAt = j;
      } else if (!span && !/^\p{Ll}/u.test(tokens[j]!.text)) break;
    }
    if (!cue) continue;
    // A reduced relative is a participle ("acquired from", "originally supplied by"); a full one has
    // a subject and a buyer's verb ("it had received from").
    // (A giver's participle tells an earlier leg only as a past one: "originally supplied by the United
    // States"; "SCALP missiles sent by Paris" is the transfer itself.)
    const reduced = holderAt === null && !tokens.slice(first, cue.first).some((t) => rules.pronouns.has(t.lower));
    const earlier = cue.cue.agent === 'recipient' || rules.earlierWords.has(tokens[cue.first - 1]?.lower ?? '');
    if ((reduced && !isParticiple(tokens[cue.first]!)) || !earlier) continue;
    // Another verb of the clause passes the goods on: one that gives them as its object ("handed over
    // ... the MiG-29s"), or, with the goods its subject, one that gives or brings them when the relative
    // names the giver ("that Australia bought ... have begun arriving in Ukraine"). Not "received
    // Rafales ordered from France", nor "HIMARS, ordered from the United States, will be delivered":
    // one transfer each.
    const gives = (c: CueHit) => c.cue.agent === 'supplier' || (c.cue.agent === null && Boolean(c.cue.arrival));
    // (Goods listed before these with them are objects of the same verb: "sent Kyiv four Hawk launchers and
    // 20 M113 carriers, both types originally bought from the United States".)
    const listedWith = (other: Item) => tokens.slice(other.phrase.last + 1, item.phrase.first).every((t, n) => !verbs.some((c) => c.first === other.phrase.last + 1 + n) && /^(?:\p{Ll}+|\d[\d,]*|,|-)$/u.test(t.text));
    const between = (from: number, to: number) => items.some((other) => other.weapon && other.weapon !== item.weapon && other.phrase.first > from && other.phrase.last < to && !listedWith(other));
    const before = verbs.filter((c) => c.last < item.phrase.first);
    const object = before.length > 0 && before[before.length - 1]!.cue.agent === 'supplier' && !before[before.length - 1]!.passive && !between(before[before.length - 1]!.last, item.phrase.first);
    // (With the goods the subject, the clause must name whom they went to: "Six HIMARS, that Latvia
    // ordered, will be delivered in 2027" is one transfer.)
    const subject = before.length === 0 && holder !== null && verbs.some((c) => c.first > cue!.last && gives(c) && recipientAfter(tokens, c, clause, actors, holder));
    if (!object && !subject) continue;
    // (Words joined by hyphens count as one: "second-hand" is three tokens.)
    for (let p = cue.last + 1, words = 0; words <= FROM_REACH && p <= clause.last; p++) {
      if (opensWord(tokens, p)) words++;
      // ("submarines ordered by the Pakistan Navy": the "by" of a buying verb names the buyer, no earlier giver.)
      if (!(tokens[p]!.lower === 'from' || (tokens[p]!.lower === 'by' && cue.cue.agent !== 'recipient'))) continue;
      for (let m = p + 1; m <= p + 3 && m <= clause.last; m++) {
        const span = actors.at(tokens[m]!.start);
        const supplier = span ? partyOf(span.actor, actors) : null;
        if (!span || !supplier || supplier === holder) continue;
        let last = m;
        while (last + 1 <= clause.last && actors.at(tokens[last + 1]!.start) === span) last++;
        return { item, cue, first, last, supplier, supplierAt: m, holder, holderAt };
      }
      break;
    }
  }
  return null;
}
