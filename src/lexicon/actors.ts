/**
 * The actor lexicon: countries (names, capitals, demonyms), organisations, media, persons and
 * places from data/lexicons/*.json, compiled at build time into one file (data/compiled/actors.json)
 * that loads in one JSON.parse. Users can add entries of their own (see ./user-lexicon.ts) before
 * the first story is processed.
 */
import { readData } from '../data.js';
import { actorRules, isLegalForm } from './actor-rules.js';
import type { ActorKind, MentionForm } from '../model/contract.js';
import { CompiledGazetteer, compilePhrases, layered, type CompiledPhrases } from '../nlp/compiled-gazetteer.js';
import { Gazetteer, type PhraseLookup } from '../nlp/gazetteer.js';

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
  /** For countries: the adjective ("Serbian"), used to name parts of the state. */
  adjective?: string;
  /** For countries: letters that name parts of the state instead ("US Embassy"). */
  bodyPrefix?: string;
  /** For countries: a state that no longer exists (the Soviet Union). */
  historical?: boolean;
  /** For countries: a territory of another state or none ("Guam", "Antarctica"). */
  territory?: boolean;
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
  /** The adjective that names the state's bodies, where the curation prefers one. */
  adjective?: string;
  /** Letters that name the state's bodies instead ("US Embassy", "UAE Air Force"). */
  bodyPrefix?: string;
  historical?: boolean;
  territory?: boolean;
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
  gazetteer: PhraseLookup<LexiconHit>;
  /** Description phrase ("the bloc") -> entries it can refer to. */
  descriptions: Map<string, LexiconEntry[]>;
  /** Country adjectives and names, lower-cased -> country entry (for "<country> embassy"). */
  countryWords: Map<string, LexiconEntry>;
  /** Office title, lower-cased ("president of serbia") -> who held it when. */
  officeHolders: Map<string, OfficeHolder[]>;
}

interface OfficeHolder {
  entry: LexiconEntry;
  from: string | null;
  to: string | null;
}

/**
 * The lexicon as compiled by scripts/build-compiled-lexicons.mjs into data/compiled/actors.json:
 * entries by index, and the gazetteer's payload is entry index * FORMS.length + form.
 */
export interface CompiledActorLexicon {
  /** Entries with their empty lists left out (a third less to parse). */
  entries: CompiledEntry[];
  phrases: CompiledPhrases;
  descriptions: [string, number[]][];
  countryWords: [string, number][];
  officeHolders: [string, [number, string | null, string | null][]][];
}

type CompiledEntry = Omit<LexiconEntry, 'aliases' | 'descriptions'> & Partial<Pick<LexiconEntry, 'aliases' | 'descriptions'>>;

const FORMS: readonly MentionForm[] = ['name', 'acronym', 'capital', 'adjective'];
export const COMPILED_ACTORS = 'compiled/actors.json';

let compiled: ActorLexicon | null = null;
const userRecords: EntityRecord[] = [];

/** Adds user entries (from --lexicon files); call before the first story. */
export function addUserEntries(records: EntityRecord[]): void {
  userRecords.push(...records);
  compiled = null;
}

export function actorLexicon(): ActorLexicon {
  if (!compiled) compiled = withUserEntries(load(readData<CompiledActorLexicon>(COMPILED_ACTORS)));
  return compiled;
}

function load(data: CompiledActorLexicon): ActorLexicon {
  const all = data.entries as LexiconEntry[];
  const entries = new Map<string, LexiconEntry>();
  for (const entry of all) {
    entry.aliases ??= [];
    entry.descriptions ??= [];
    entries.set(entry.id, entry);
  }
  const hits: LexiconHit[] = [];
  const hitOf = (n: number): LexiconHit => (hits[n] ??= { entry: all[Math.floor(n / FORMS.length)]!, form: FORMS[n % FORMS.length]! });
  return {
    entries,
    gazetteer: new CompiledGazetteer(data.phrases, hitOf),
    descriptions: new Map(data.descriptions.map(([key, list]) => [key, list.map((i) => all[i]!)])),
    countryWords: new Map(data.countryWords.map(([word, i]) => [word, all[i]!])),
    officeHolders: new Map(data.officeHolders.map(([title, list]) => [title, list.map(([i, from, to]) => ({ entry: all[i]!, from, to }))])),
  };
}

/** The user's entries (--lexicon) go into a small gazetteer of their own, asked after the compiled one. */
function withUserEntries(lexicon: ActorLexicon): ActorLexicon {
  if (userRecords.length === 0) return lexicon;
  const gazetteer = new Gazetteer<LexiconHit>();
  const sink: RecordSink = { ...lexicon, add: (phrase, entry, form) => gazetteer.add(phrase, { entry, form }) };
  for (const r of userRecords) addEntity(sink, r, r.kind === 'place' ? 'place' : r.kind === 'person' ? 'person' : 'organization');
  return { ...lexicon, gazetteer: layered(lexicon.gazetteer, gazetteer) };
}

/** The lexicon files, in the order their phrases are added (an earlier entry's payload comes first). */
const ENTITY_FILES: [string, EntryKind][] = [
  ['lexicons/organizations.json', 'organization'],
  ['lexicons/media.json', 'media'],
  ['lexicons/persons.json', 'person'],
  ['lexicons/places.json', 'place'],
];

/** Compiles data/lexicons/*.json (build time: scripts/build-compiled-lexicons.mjs, and the test that it is current). */
export function compileActorLexicon(): CompiledActorLexicon {
  const all: LexiconEntry[] = [];
  const phrases: [string, LexiconEntry, MentionForm][] = [];
  const sink: RecordSink = {
    entries: new Map(),
    descriptions: new Map(),
    countryWords: new Map(),
    officeHolders: new Map(),
    add: (phrase, entry, form) => phrases.push([phrase, entry, form]),
  };
  for (const c of readData<CountryRecord[]>('lexicons/countries.json')) all.push(addCountry(sink, c));
  for (const [file, kind] of ENTITY_FILES) for (const r of readData<EntityRecord[]>(file)) all.push(addEntity(sink, r, kind));
  const index = new Map(all.map((e, i) => [e, i]));
  const at = (e: LexiconEntry) => index.get(e)!;
  return {
    entries: all.map(({ aliases, descriptions, ...rest }) => ({ ...rest, ...(aliases.length ? { aliases } : {}), ...(descriptions.length ? { descriptions } : {}) })),
    phrases: compilePhrases(phrases.map(([phrase, entry, form]) => [phrase, at(entry) * FORMS.length + FORMS.indexOf(form)])),
    descriptions: [...sink.descriptions].map(([key, list]) => [key, list.map(at)]),
    countryWords: [...sink.countryWords].map(([word, entry]) => [word, at(entry)]),
    officeHolders: [...sink.officeHolders].map(([title, list]) => [title, list.map((h) => [at(h.entry), h.from, h.to])]),
  };
}

/** Where the records of a lexicon go: the compiled file at build time, the loaded lexicon for user entries. */
interface RecordSink extends Omit<ActorLexicon, 'gazetteer'> {
  add(phrase: string, entry: LexiconEntry, form: MentionForm): void;
}

function addCountry(sink: RecordSink, c: CountryRecord): LexiconEntry {
  const adjective = c.adjective ?? c.adjectives?.[0];
  const entry: LexiconEntry = { id: c.id, name: c.name, kind: 'country', aliases: c.aliases ?? [], descriptions: [], ...(adjective ? { adjective } : {}), ...(c.bodyPrefix ? { bodyPrefix: c.bodyPrefix } : {}), ...(c.historical ? { historical: true } : {}), ...(c.territory ? { territory: true } : {}) };
  const add = (phrase: string, form: MentionForm) => {
    if (phrase.trim().length >= 2) sink.add(phrase, entry, form);
  };
  sink.entries.set(entry.id, entry);
  add(c.name, 'name');
  for (const alias of c.aliases ?? []) add(alias, isAcronym(alias) ? 'acronym' : 'name');
  for (const capital of c.capitals ?? []) add(capital, 'capital');
  for (const word of [...(c.adjectives ?? []), ...(c.demonyms ?? [])]) add(word, 'adjective');
  for (const word of [c.name, ...(c.aliases ?? []), ...(c.adjectives ?? [])]) sink.countryWords.set(word.toLowerCase(), entry);
  return entry;
}

function addEntity(sink: RecordSink, r: EntityRecord, defaultKind: EntryKind): LexiconEntry {
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
  };
  const add = (phrase: string, form: MentionForm) => {
    if (phrase.trim().length >= 2) sink.add(phrase, entry, form);
  };
  sink.entries.set(entry.id, entry);
  add(r.name, isAcronym(r.name) ? 'acronym' : 'name');
  for (const alias of r.aliases ?? []) add(alias, isAcronym(alias) ? 'acronym' : 'name');
  // "China North Industries Group Corp." for "... Group Corporation": a company's name matches without
  // its legal form too (the form written after it is read as a legal form of its own).
  if (kind === 'organization' && type === 'company') {
    for (const form of [r.name, ...(r.aliases ?? [])]) {
      const words = form.split(' ');
      if (words.length >= 3 && isLegalForm(words[words.length - 1]!)) add(words.slice(0, -1).join(' '), 'name');
      // ("Aviation Industry Corp. of China": a legal form inside the name is abbreviated as often.)
      words.forEach((word, k) => {
        for (const short of k < words.length - 1 ? (actorRules().legalFormShortForms.get(word) ?? []) : []) add([...words.slice(0, k), short, ...words.slice(k + 1)].join(' '), 'name');
      });
    }
  }
  for (const acronym of r.acronyms ?? []) add(acronym, 'acronym');
  for (const role of entry.kind === 'person' ? (r.roles ?? []) : []) {
    const key = role.title.toLowerCase();
    sink.officeHolders.set(key, [...(sink.officeHolders.get(key) ?? []), { entry, from: role.from ?? null, to: role.to ?? null }]);
  }
  for (const description of r.descriptions ?? []) {
    const key = description.toLowerCase();
    sink.descriptions.set(key, [...(sink.descriptions.get(key) ?? []), entry]);
  }
  return entry;
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
  // "US Embassy", "UAE Air Force" where the curation says so; else "Philippine Navy", "Saudi Defense Ministry".
  const short = country.bodyPrefix ?? country.adjective ?? country.name;
  return `${short} ${body.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of')}`;
}

let types: Map<string, string> | null = null;

/** The lexicon's type of an organisation ("government", "company", "igo", "armed-group"), by its name or aliases; null for one the lexicon lacks. */
export function lexiconType(actor: { name: string; aliases: readonly string[] }): string | null {
  if (!types) {
    types = new Map();
    for (const e of actorLexicon().entries.values()) if (e.kind === 'organization' && e.type) for (const name of [e.name, ...e.aliases]) types.set(name.toLowerCase(), e.type);
  }
  return [actor.name, ...actor.aliases].map((n) => types!.get(n.toLowerCase())).find(Boolean) ?? null;
}
