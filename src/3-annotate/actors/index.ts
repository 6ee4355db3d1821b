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
import { actorLexicon } from '../../lexicon/actors.js';
import { isVerbForm } from '../../nlp/word-classes.js';

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
    for (const mention of companyNames(doc.text, found.sort((a, b) => a.start - b.start || b.end - a.end))) {
      doc.layers.mentions.push(mention);
      if (doc.options.explain) doc.trace.push({ stage: 'actors', rule: mention.rule, start: mention.start, end: mention.end, note: mention.kind });
    }
  }
}

/**
 * "LIG Nex1 Co. said": a legal form right after a company's name is part of its mention, no name of its own.
 * "Thales Australia", "KNDS France", "General Dynamics European Land Systems": a company the lexicon
 * knows, followed right away by a country's name or a name of no entry, is a company of its own
 * (the group's subsidiary there), one organisation, not the group and a country.
 */
function companyNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const { entries } = actorLexicon();
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const company = m.kind === 'organization' && m.entry !== null && entries.get(m.entry)?.type === 'company' && (m.form === 'name' || m.form === 'acronym');
    const adjacent = next !== undefined && next.start === m.end + 1 && text[m.end] === ' ';
    // "LIG Nex1 Co.": the legal form is part of the company's mention.
    if (m.kind === 'organization' && adjacent && actorRules().companySuffixes.has(next.text.toLowerCase().replace(/\.$/, ''))) {
      out.push({ ...m, end: next.end, text: text.slice(m.start, next.end) });
      i++;
      continue;
    }
    const joined = adjacent && (next.form === 'name' || next.form === 'acronym') && ((next.kind === 'country' && next.entry !== null) || (next.kind === 'organization' && next.entry === null));
    // ... not a country that modifies a noun after it ("the Hanwha Poland contract", "Saab Thailand deal",
    // a headline's "Rheinmetall Germany Ammunition Deal"): the word after is no noun, no name.
    const after = /^\s*([\p{L}'’]+)/u.exec(text.slice(next?.end ?? 0, (next?.end ?? 0) + 40))?.[1] ?? '';
    const modifies = after !== '' && !/^['’]s$/.test(after) && !actorRules().subsidiaryFollowers.has(after) && !isVerbForm(after);
    if (company && joined && !modifies) {
      out.push({ ...m, end: next.end, text: text.slice(m.start, next.end), entry: null, rule: 'name:subsidiary' });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}
