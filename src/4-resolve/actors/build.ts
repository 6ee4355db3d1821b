/**
 * Clusters to output entities: actors (countries, people, organisations, media, groups) and
 * places, each with a canonical name, aliases, role, memberOf and every mention. Ids are slugs
 * of the canonical name ("us-embassy-in-serbia"), unique within the story.
 */
import type { Actor, ActorKind, Mention, Place } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { actorRules, isLegalForm } from '../../lexicon/actor-rules.js';
import type { Cluster } from './cluster.js';
import { IdRegistry } from '../ids.js';
import { MadeCountries } from './made-countries.js';

const MAX_LEXICON_ALIASES = 6;

export function buildEntities(doc: AnalysisDocument, clusters: Cluster[], ids: IdRegistry): void {
  const lexicon = actorLexicon();
  const actorIdByEntry = new Map<string, string>();
  const pending: { actor: Actor; memberOf: string | undefined }[] = [];
  for (const cluster of clusters) {
    const names = cluster.mentions.filter((m) => m.form === 'name' || m.form === 'acronym');
    const entry = cluster.entry;
    const kind = entry?.kind ?? majorityKind(cluster.mentions);
    const name = entry?.name ?? canonicalName(cluster.mentions);
    if (!name) continue;
    const mentions: Mention[] = cluster.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, form: m.descriptive ? 'description' : m.form }));
    if (kind === 'place') {
      const place: Place = { id: ids.take(name), name, kind: entry?.type ?? cluster.mentions.find((m) => m.placeKind)?.placeKind ?? 'location', mentions };
      const country = entry?.country ? lexicon.entries.get(entry.country)?.name : undefined;
      if (country) place.country = country;
      doc.layers.places.push(place);
      continue;
    }
    // (An acronym the story uses is an alias in its own letters: "CSOC".)
    const aliases = unique([...names.map((m) => (m.form === 'acronym' ? m.text : (m.canonical ?? m.text))), ...(entry?.aliases.slice(0, MAX_LEXICON_ALIASES) ?? []), ...ministryForms(name)].filter((a) => a !== name));
    const actor: Actor = { id: ids.take(name), name, kind: kind as ActorKind, aliases, mentions };
    const role = cluster.mentions.find((m) => m.role && m.form !== 'description')?.role ?? cluster.mentions.find((m) => m.role)?.role;
    if (role && kind === 'person') actor.role = role;
    if (entry) actorIdByEntry.set(entry.id, actor.id);
    const stateBody = entry?.country && entry.kind === 'organization' && !actorRules().nonActorTypes.has(entry.type ?? 'other');
    pending.push({ actor, memberOf: entry?.memberOf ?? (stateBody ? entry.country : undefined) ?? cluster.mentions.find((m) => m.memberOf)?.memberOf });
    doc.layers.actors.push(actor);
  }
  // memberOf names an actor of this story: the state a ministry or embassy belongs to.
  const made = new MadeCountries(doc);
  for (const { actor, memberOf } of pending) {
    const parent = memberOf ? (actorIdByEntry.get(memberOf) ?? countryInName(doc, actor, memberOf, made) ?? metonymCountry(actor, memberOf, made)) : undefined;
    if (parent && parent !== actor.id && actor.kind !== 'country' && actor.kind !== 'person') actor.memberOf = parent;
  }
}

/**
 * "the Portuguese Air Force" in a story that names Portugal nowhere else: the country's adjective or
 * name opening a state body's name is that country's mention, and the country an actor of the story.
 */
function countryInName(doc: AnalysisDocument, body: Actor, country: string, made: MadeCountries): string | undefined {
  if (body.kind !== 'organization') return undefined;
  const lexicon = actorLexicon();
  const entry = lexicon.entries.get(country);
  if (!entry || entry.kind !== 'country') return undefined;
  let actor: Actor | undefined;
  for (const m of body.mentions) {
    const lead = /^(?:the\s+)?/i.exec(m.text)![0].length;
    const word = /^[\p{L}.]+/u.exec(m.text.slice(lead))?.[0];
    if (!word || lexicon.countryWords.get(word.toLowerCase())?.id !== country) continue;
    const start = m.start + lead;
    actor = made.mention(entry.name, { text: word, start, end: start + word.length, form: word === entry.name ? 'name' : 'adjective' });
  }
  return actor?.id;
}

/**
 * "The State Department approved the sale", "the Kremlin said" in a story that names the state
 * nowhere else: a body only that state has stands for it too, and its mentions make the state's
 * actor (as a capital stands for its state).
 */
function metonymCountry(body: Actor, country: string, made: MadeCountries): string | undefined {
  const entry = actorLexicon().entries.get(country);
  if (body.kind !== 'organization' || !entry || entry.kind !== 'country') return undefined;
  let actor: Actor | undefined;
  // (Not a name many states' bodies share: "Ministry of Defence", "MoD".)
  const own = (m: Mention) => m.form === 'name' && actorRules().metonymBodies.has(m.text.replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase());
  for (const m of body.mentions) if (own(m)) actor = made.mention(entry.name, { text: m.text, start: m.start, end: m.end, form: 'metonym' });
  return actor?.id;
}

function majorityKind(mentions: EntityMention[]): EntityMention['kind'] {
  const counts = new Map<EntityMention['kind'], number>();
  // A place guessed from the preposition before a name ("from Piriou") counts half against a type
  // the words around another mention give ("French shipbuilder Piriou").
  for (const m of mentions) if (m.form !== 'description') counts.set(m.kind, (counts.get(m.kind) ?? 0) + (m.rule === 'name:after-preposition' ? 0.5 : 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? mentions[0]!.kind;
}

/** The fullest name form: a built canonical name, else the longest name mention without "The". */
function canonicalName(mentions: EntityMention[]): string | null {
  const canonical = mentions.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  const names = mentions.filter((m) => m.form === 'name').map((m) => m.text.replace(/^the\s+/i, '').replace(/\s+/g, ' '));
  // ("Astilleros Cardama SA", "Ares Shipyard Inc.": a company is named without its legal form, which stays an alias.)
  if (names.length) return withoutLegalForm(names.sort((a, b) => b.length - a.length)[0]!, mentions[0]!.kind);
  const role = mentions.find((m) => m.role)?.role;
  return role ?? mentions.find((m) => m.form === 'acronym')?.text ?? null;
}

/** An organisation's name without a legal form at its end. */
function withoutLegalForm(name: string, kind: EntityMention['kind']): string {
  const words = name.split(' ');
  return kind === 'organization' && words.length > 1 && isLegalForm(words[words.length - 1]!) ? words.slice(0, -1).join(' ').replace(/,$/, '') : name;
}

/** What a ministry's field is called in the "Ministry of ..." form ("Foreign" -> "Foreign Affairs"). */
const MINISTRY_FIELDS: Record<string, string> = { Foreign: 'Foreign Affairs', Defence: 'Defence', Defense: 'Defense', Interior: 'Interior', Finance: 'Finance', Justice: 'Justice', Trade: 'Trade', Economy: 'Economy', Health: 'Health' };

/** "Spanish Defence Ministry" is also the "Spanish Ministry of Defence", and the other way round. */
function ministryForms(name: string): string[] {
  // Split on the last words, not with a pattern over the whole name: a name may be very long.
  const words = name.split(' ');
  const at = words.lastIndexOf('Ministry');
  if (at > 0 && at === words.length - 1 && MINISTRY_FIELDS[words[at - 1]!]) {
    return [[...words.slice(0, at - 1), 'Ministry', 'of', MINISTRY_FIELDS[words[at - 1]!]].join(' ')];
  }
  if (at >= 0 && words[at + 1] === 'of') {
    const field = Object.keys(MINISTRY_FIELDS).find((k) => MINISTRY_FIELDS[k] === words.slice(at + 2).join(' '));
    if (field) return [[...words.slice(0, at), field, 'Ministry'].join(' ')];
  }
  return [];
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
