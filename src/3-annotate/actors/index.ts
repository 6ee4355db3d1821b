/**
 * The actor annotation stage: recognisers run in order over each sentence and claim the tokens
 * they use, so that later, more guessing recognisers only see what is left:
 *   non-actor names (laws, events, designations) -> organisation names -> lexicon -> government bodies -> titles -> acronym definitions -> proper names -> descriptions
 */
import type { EntityMention, Timex } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';
import { acronymMentions, findAcronymDefinitions } from './acronyms.js';
import type { SentenceContext } from './context.js';
import { descriptions } from './descriptions.js';
import { governmentBodies } from './government-bodies.js';
import { lexiconMentions } from './lexicon-mentions.js';
import { claimNonActorNames } from './non-actor-names.js';
import { capitalisedInsideSentences, organizationNames, properNames } from './proper-names.js';
import { titles } from './titles.js';
import { actorRules } from '../../lexicon/actor-rules.js';

export function annotateActors(doc: AnalysisDocument): void {
  const timexes = new Map<number, Timex[]>();
  for (const timex of doc.layers.timexes) timexes.set(timex.sentence, [...(timexes.get(timex.sentence) ?? []), timex]);
  const capitalisedInside = new Set<string>();
  for (const sentence of doc.sentences) capitalisedInsideSentences({ doc, tokens: doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd) }, capitalisedInside);
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    if (tokens.length === 0) continue;
    const letters = doc.text.slice(sentence.start, sentence.end).replace(/[^\p{L}]/gu, '');
    const ctx: SentenceContext = {
      doc,
      sentence,
      tokens,
      claimed: tokens.map(() => false),
      timexes: timexes.get(sentence.index) ?? [],
      allCaps: letters.length > 8 && letters === letters.toUpperCase(),
      capitalisedInside,
    };
    claimNonActorNames(ctx);
    const found: EntityMention[] = organizationNames(ctx);
    found.push(...lexiconMentions(ctx));
    found.push(...governmentBodies(ctx, found));
    const titled = titles(ctx, found);
    found.push(...titled.mentions);
    const definitions = findAcronymDefinitions(ctx);
    const names = properNames(ctx);
    for (const { nameAt, role } of titled.roles) {
      const named = [...names, ...found].find((m) => m.start === tokens[nameAt]!.start && (m.kind === 'person' || m.kind === 'group'));
      if (named) {
        named.kind = 'person';
        named.role ??= role;
      }
    }
    found.push(...names);
    found.push(...acronymMentions(ctx, definitions, found));
    found.push(...descriptions(ctx));
    // "LIG Nex1 Co. said": a legal form right after a company's name is part of it, no name of its own.
    const legalForm = (m: EntityMention) => actorRules().companySuffixes.has(m.text.toLowerCase().replace(/\.$/, '')) && found.some((o) => o !== m && o.kind === 'organization' && o.end < m.start && m.start - o.end <= 1);
    for (const mention of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (legalForm(mention)) continue;
      doc.layers.mentions.push(mention);
      if (doc.options.explain) doc.trace.push({ stage: 'actors', rule: mention.rule, start: mention.start, end: mention.end, note: mention.kind });
    }
  }
}
