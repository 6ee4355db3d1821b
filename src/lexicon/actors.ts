/**
 * The actor lexicon: countries (names, capitals, demonyms), organisations, media, persons and
 * places from data/lexicons/*.json, compiled once per process into one gazetteer. Users can
 * add entries of their own (see ./user-lexicon.ts) before the first story is processed.
 */
import { readData } from '../data.js';
import type { ActorKind, MentionForm } from '../model/contract.js';
import { Gazetteer } from '../nlp/gazetteer.js';

export type EntryKind = ActorKind | 'place';

/** One real-world entity the lexicon knows. */
export interface LexiconEntry {
  id: string;
  name: string;
  kind: EntryKind;
  /** For places: city, region, ...; for organisations: igo, government, military, company, ... */
  type?: string;
  /** Country id (ISO alpha-3) the entity belongs to. */
  country?: string;
  memberOf?: string;
  aliases: string[];
  /** Phrases such as "the bloc" that refer back to this entity. */
  descriptions: string[];
  /** For persons: dated offices. */
  roles?: { title: string; from?: string | null; to?: string | null }[];
  /** For countries: the adjective ("Serbian"), used to name parts of the state. */
  adjective?: string;
}

export interface LexiconHit {
  entry: LexiconEntry;
  form: MentionForm;
}

interface CountryRecord {
  id: string;
  name: string;
  aliases?: string[];
  capitals?: string[];
  demonyms?: string[];
  adjectives?: string[];
  historical?: boolean;
}

interface EntityRecord {
  id: string;
  name: string;
  kind?: string;
  type?: string;
  aliases?: string[];
  acronyms?: string[];
  descriptions?: string[];
  country?: string;
  memberOf?: string;
  roles?: { title: string; from?: string | null; to?: string | null }[];
}

export interface ActorLexicon {
  entries: Map<string, LexiconEntry>;
  gazetteer: Gazetteer<LexiconHit>;
  /** Description phrase ("the bloc") -> entries it can refer to. */
  descriptions: Map<string, LexiconEntry[]>;
  /** Country adjectives and names, lower-cased -> country entry (for "<country> embassy"). */
  countryWords: Map<string, LexiconEntry>;
  /** Office title, lower-cased ("president of serbia") -> who held it when. */
  officeHolders: Map<string, { entry: LexiconEntry; from: string | null; to: string | null }[]>;
}

let compiled: ActorLexicon | null = null;
const userRecords: EntityRecord[] = [];

/** Adds user entries (from --lexicon files); call before the first story. */
export function addUserEntries(records: EntityRecord[]): void {
  userRecords.push(...records);
  compiled = null;
}

export function actorLexicon(): ActorLexicon {
  if (!compiled) compiled = compile();
  return compiled;
}

function compile(): ActorLexicon {
  const entries = new Map<string, LexiconEntry>();
  const gazetteer = new Gazetteer<LexiconHit>();
  const descriptions = new Map<string, LexiconEntry[]>();
  const countryWords = new Map<string, LexiconEntry>();
  const officeHolders: ActorLexicon['officeHolders'] = new Map();
  const add = (phrase: string, entry: LexiconEntry, form: MentionForm) => {
    if (phrase.trim().length >= 2) gazetteer.add(phrase, { entry, form });
  };

  for (const c of readData<CountryRecord[]>('lexicons/countries.json')) {
    const adjective = c.adjectives?.[0];
    const entry: LexiconEntry = { id: c.id, name: c.name, kind: 'country', aliases: c.aliases ?? [], descriptions: [], ...(adjective ? { adjective } : {}) };
    entries.set(entry.id, entry);
    add(c.name, entry, 'name');
    for (const alias of c.aliases ?? []) add(alias, entry, isAcronym(alias) ? 'acronym' : 'name');
    for (const capital of c.capitals ?? []) add(capital, entry, 'capital');
    for (const word of [...(c.adjectives ?? []), ...(c.demonyms ?? [])]) add(word, entry, 'adjective');
    for (const word of [c.name, ...(c.aliases ?? []), ...(c.adjectives ?? [])]) countryWords.set(word.toLowerCase(), entry);
  }

  const files: [string, EntryKind][] = [
    ['lexicons/organizations.json', 'organization'],
    ['lexicons/media.json', 'media'],
    ['lexicons/persons.json', 'person'],
    ['lexicons/places.json', 'place'],
  ];
  const records: [EntityRecord, EntryKind][] = files.flatMap(([file, kind]) => readData<EntityRecord[]>(file).map((r): [EntityRecord, EntryKind] => [r, kind]));
  for (const r of userRecords) records.push([r, r.kind === 'place' ? 'place' : r.kind === 'person' ? 'person' : 'organization']);
  for (const [r, defaultKind] of records) {
    const kind = entryKind(r.kind, defaultKind);
    const type = kind === 'place' ? (r.kind && r.kind !== 'place' ? r.kind : r.type) : r.type;
    const entry: LexiconEntry = {
      id: r.id,
      name: r.name,
      kind,
      aliases: [...(r.aliases ?? []), ...(r.acronyms ?? [])],
      descriptions: r.descriptions ?? [],
      ...(type ? { type } : {}),
      ...(r.country ? { country: r.country } : {}),
      ...(r.memberOf ? { memberOf: r.memberOf } : {}),
      ...(r.roles ? { roles: r.roles } : {}),
    };
    entries.set(entry.id, entry);
    add(r.name, entry, isAcronym(r.name) ? 'acronym' : 'name');
    for (const alias of r.aliases ?? []) add(alias, entry, isAcronym(alias) ? 'acronym' : 'name');
    for (const acronym of r.acronyms ?? []) add(acronym, entry, 'acronym');
    for (const role of entry.kind === 'person' ? (r.roles ?? []) : []) {
      const key = role.title.toLowerCase();
      officeHolders.set(key, [...(officeHolders.get(key) ?? []), { entry, from: role.from ?? null, to: role.to ?? null }]);
    }
    for (const description of r.descriptions ?? []) {
      const key = description.toLowerCase();
      descriptions.set(key, [...(descriptions.get(key) ?? []), entry]);
    }
  }
  return { entries, gazetteer, descriptions, countryWords, officeHolders };
}

const KINDS: readonly EntryKind[] = ['country', 'person', 'organization', 'media', 'group', 'place'];

/** Places keep `kind: city|region` in their files; other files say the kind, or their file does. */
function entryKind(recordKind: string | undefined, fileKind: EntryKind): EntryKind {
  if (fileKind === 'place' || fileKind === 'person') return fileKind;
  return recordKind && (KINDS as readonly string[]).includes(recordKind) ? (recordKind as EntryKind) : fileKind;
}

export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !/\s/.test(word.trim());
}

/** "US Embassy", "Turkish Defence Ministry": a state body named by its country's short name. */
export function stateBodyName(country: LexiconEntry, body: string): string {
  const acronym = country.aliases.find((a) => /^[A-Z]{2,3}$/.test(a));
  const short = acronym ?? country.adjective ?? country.name;
  return `${short} ${body.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of')}`;
}
