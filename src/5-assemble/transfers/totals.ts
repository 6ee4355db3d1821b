/**
 * The giver a running total names: "a further batch of Leopard 2A4 tanks ... had arrived in Ukraine,
 * bringing the total Spain has delivered to 19". Goods that arrive with no supplier named come from
 * the state the sentence's total says has given them.
 */
import type { AnalysisDocument } from '../../model/document.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { tokenAfter } from '../../nlp/tokens.js';
import type { Draft } from './merge.js';
import { partyOf } from './parties.js';
import { transferRules } from './rules.js';

/** Words from a total noun to the giver's name ("the total number of tanks Spain has"). */
const GIVER_REACH = 5;

/** Refiner: the supplier of goods with none, from "the total <state> has delivered" in their sentence. */
export function withTotalGivers(drafts: readonly Draft[], doc: AnalysisDocument, actors: ActorSpans): Draft[] {
  // (Read once per sentence, however many of its drafts lack a supplier.)
  const givers = new Map<number, string | null>();
  const giverIn = (sentence: number) => {
    if (!givers.has(sentence)) givers.set(sentence, totalGiver(doc, sentence, actors));
    return givers.get(sentence) ?? null;
  };
  return drafts.map((d) => {
    if (d.supplier || !d.recipient) return d;
    const giver = giverIn(d.sentence);
    return giver && giver !== d.recipient ? { ...d, supplier: giver, rules: [...d.rules, `supplier ${giver} (the total it has given)`] } : d;
  });
}

/** The state named after "total" and before a perfect giving verb in the sentence, else null. */
function totalGiver(doc: AnalysisDocument, index: number, actors: ActorSpans): string | null {
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  const rules = transferRules();
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  for (let k = 0; k < tokens.length; k++) {
    if (!rules.totalNouns.has(tokens[k]!.lower)) continue;
    for (let j = k + 1; j <= k + GIVER_REACH && j < tokens.length; j++) {
      const span = actors.at(tokens[j]!.start);
      if (!span || span.form === 'adjective') continue;
      const v = tokenAfter(tokens, j, span.end);
      const giving = rules.perfectAuxiliaries.has(tokens[v]?.lower ?? '') && rules.cues.longestAt(tokens, v + 1)?.payloads.some((p) => p?.pos === 'verb' && p.agent === 'supplier');
      const party = partyOf(span.actor, actors);
      return giving && party?.kind === 'country' ? party.id : null;
    }
  }
  return null;
}
