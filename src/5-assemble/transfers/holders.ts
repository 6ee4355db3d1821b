/**
 * Who holds a system the story names as someone's own: "Greece's S-300", "The Australian Army will
 * replace its ageing M113 carriers". Goods of a holder passed on with no supplier named come from that
 * holder, not from the country that made them.
 */
import type { AnalysisDocument } from '../../model/document.js';
import { isPossessiveMark, type Token } from '../../nlp/tokens.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { livingState, partyOf } from './parties.js';

/** Lower-case words between an owner and its goods ("its | ageing | M113s", "Greece's | Russian-made | S-300"). */
const MODIFIER_WORDS = 3;

/** The one state each system is named as held by, by the system's id (none where two states hold it). */
export function possessedSystems(doc: AnalysisDocument, actors: ActorSpans): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  const index = new Map(doc.tokens.map((t, k) => [t.start, k]));
  for (const weapon of doc.layers.weapons) {
    for (const mention of weapon.mentions) {
      const at = index.get(mention.start);
      if (at === undefined || /^the\b/i.test(mention.text)) continue;
      const holder = ownerBefore(doc, doc.tokens, at, actors);
      if (holder) holders.set(weapon.id, (holders.get(weapon.id) ?? new Set()).add(holder));
    }
  }
  return new Map([...holders].filter(([, states]) => states.size === 1).map(([system, states]) => [system, [...states][0]!]));
}

/** The state whose possessive stands before the goods at token k: "Greece's", or "its" for the sentence's opening state. */
function ownerBefore(doc: AnalysisDocument, tokens: readonly Token[], k: number, actors: ActorSpans): string | null {
  let j = k - 1;
  for (let words = 0; words < MODIFIER_WORDS && j >= 0 && /^(?:\p{Ll}[\p{Ll}-]*|-|\p{Lu}\p{Ll}+-\p{Ll}+)$/u.test(tokens[j]!.text) && !/^(?:its|their)$/.test(tokens[j]!.lower); j--) words++;
  const stateOf = (offset: number) => {
    const span = actors.at(offset);
    const party = span && span.form !== 'adjective' ? partyOf(span.actor, actors) : null;
    return party && party.kind === 'country' && livingState(party) ? party.id : null;
  };
  if (isPossessiveMark(tokens[j]) && j > 0) return stateOf(tokens[j - 1]!.start);
  if (!/^(?:its|their)$/.test(tokens[j]?.lower ?? '')) return null;
  // ("The Australian Army will replace its ageing M113s": the name that opens the sentence.)
  const sentence = doc.sentences.find((s) => s.tokenStart <= j && j < s.tokenEnd);
  if (!sentence) return null;
  let first = sentence.tokenStart;
  if (tokens[first]?.lower === 'the') first++;
  return first < j ? stateOf(tokens[first]!.start) : null;
}
