/**
 * Refiner: names the recognisers could not type. A name used elsewhere in the story with a type
 * takes that type ("Vucic" after "Aleksandar Vucic"); otherwise compromise's tagger decides for
 * that sentence alone (parsed once and shared). Names it cannot place either are dropped.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';
import { tagWindow } from '../../nlp/parse.js';

const WINDOW_TOKENS = 4;

export function typeUntyped(doc: AnalysisDocument): void {
  const mentions = doc.layers.mentions;
  const typed = mentions.filter((m) => m.kind !== 'group' && m.form === 'name');
  retypeSurnames(mentions);
  const kinds = storyKinds(typed);
  const keep: EntityMention[] = [];
  mentions.forEach((mention, at) => {
    if (mention.rule !== 'name:untyped') {
      keep.push(mention);
      return;
    }
    const fromStory = kinds.get(mention.text.toLowerCase())?.kind ?? null;
    const fromList = fromStory ? null : kindFromCoordination(doc.text, mentions, at);
    const kind = fromStory ?? fromList ?? kindFromTagger(doc, mention);
    if (kind) {
      mention.kind = kind;
      mention.rule += fromStory ? '>story' : fromList ? '>list' : '>tagger';
      if (kind === 'place') mention.placeKind ??= 'location';
      keep.push(mention);
    }
  });
  doc.layers.mentions = keep;
}

const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/;

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a name listed with people is a person.
 * People only: beside an organisation or place the untyped name is too often the other half of a
 * name cut at "and" ("National Air and Space Museum").
 */
function kindFromCoordination(text: string, mentions: EntityMention[], at: number): EntityMention['kind'] | null {
  const m = mentions[at]!;
  const isPerson = (other: EntityMention | undefined) => other?.form === 'name' && other.kind === 'person' && other.sentence === m.sentence;
  const before = mentions[at - 1];
  if (isPerson(before) && before!.end <= m.start && COORDINATION.test(text.slice(before!.end, m.start))) return 'person';
  const after = mentions[at + 1];
  if (isPerson(after) && m.end <= after!.start && COORDINATION.test(text.slice(m.end, after!.start))) return 'person';
  return null;
}

/**
 * A one-word place or country that is the surname of a person named in full in the story is
 * that person ("Valeska Paris ... Paris said").
 */
function retypeSurnames(mentions: EntityMention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.kind === 'person' && m.form === 'name' && words.length > 1) surnames.add(words[words.length - 1]!);
  }
  for (const m of mentions) {
    if ((m.kind === 'place' || m.kind === 'country') && m.form !== 'adjective' && surnames.has(m.text)) {
      m.kind = 'person';
      m.entry = null;
      m.rule += '>surname';
    }
  }
}

/**
 * The kind the story gives the name elsewhere: the same name typed, the surname of a person
 * named in full, the first word of an organisation's name. Of several, the earliest typed
 * mention decides. Indexed once per story: a long story has thousands of names.
 */
type StoryKinds = Map<string, { at: number; kind: EntityMention['kind'] }>;

function storyKinds(typed: EntityMention[]): StoryKinds {
  const kinds: StoryKinds = new Map();
  // A place guessed from a preposition ("from Piriou") gives way to a type read later from the
  // words around the name ("French shipbuilder Piriou").
  const guessed = new Set<string>();
  const note = (key: string, at: number, kind: EntityMention['kind'], guess = false) => {
    if (kinds.has(key) && !(guessed.has(key) && !guess)) return;
    kinds.set(key, { at, kind });
    if (guess) guessed.add(key);
    else guessed.delete(key);
  };
  typed.forEach((other, at) => {
    const text = other.text.toLowerCase();
    const words = text.split(/\s+/);
    note(text, at, other.kind, other.rule === 'name:after-preposition');
    if (other.kind === 'person' && words.length > 1) note(words[words.length - 1]!, at, 'person');
    if (other.kind === 'organization' && words.length > 1) note(words[0]!, at, 'organization');
  });
  return kinds;
}

function kindFromTagger(doc: AnalysisDocument, mention: EntityMention): EntityMention['kind'] | null {
  // A sentence another stage parsed already is reused; otherwise a few words around the name
  // are enough for the tagger, at a third of the cost of the whole sentence.
  const terms = doc.parses.get(mention.sentence)?.terms ?? tagWindow(doc, mention, WINDOW_TOKENS);
  const inside = terms.filter((t) => t.start < mention.end && t.end > mention.start);
  const has = (tag: string) => inside.some((t) => t.tags.has(tag));
  if (has('Person') || has('FirstName') || has('LastName') || has('Honorific')) return 'person';
  if (has('Organization') || has('SportsTeam')) return 'organization';
  if (has('Place') || has('City') || has('Country') || has('Region')) return 'place';
  return null;
}
