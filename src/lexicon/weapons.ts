/**
 * The weapons lexicon (data/lexicons/weapons.json, weapon-heads.json, weapon-designations.json and
 * the noun-phrase words of data/transfers/noun-phrases.json), compiled once per process:
 *  - `phrases`: one gazetteer of every family's name, designations, aliases and context forms (each
 *    hit saying whether it may stand alone or needs a head noun next to it) and of every head noun
 *    ("main battle tanks", "fighter jets", "weapons"), so one pass over a sentence finds both;
 *  - `keys`: the build's matching key ("T-72" = "T72" = "t 72") of every form, to find the family of
 *    a variant the lexicon does not list ("T-72B3M" -> T-72, "Su-35SM" -> Su-35);
 *  - `prefixes`: the designation-prefix fallback, longest first.
 */
import { loadData, readData } from '../data.js';
import { CompiledGazetteer, compilePhrases, type CompiledPhrases } from '../nlp/compiled-gazetteer.js';
import type { PhraseLookup } from '../nlp/gazetteer.js';
import type { Token } from '../nlp/tokens.js';

export interface WeaponFamily {
  id: string;
  name: string;
  designations: string[];
  aliases: string[];
  category: string;
  origin: string;
  designedBy?: string;
  successor?: string;
  needsContext?: boolean;
  contextForms?: string[];
  variants?: { designation: string; origin: string }[];
}

export type FormKind = 'name' | 'designation' | 'alias' | 'context';

export interface SystemForm {
  family: WeaponFamily;
  kind: FormKind;
  /** False when the form is an ordinary word or common name: it needs a head noun or a designation. */
  free: boolean;
  /** The producing country of this variant when it differs from the family's (T-72M1: Poland). */
  variantOrigin?: string;
}

export interface HeadNoun {
  /** A category of the fixed list, or 'generic' ("weapons", "military equipment", "systems"). */
  category: string;
  phrase: string;
}

export interface DesignationPrefix {
  prefix: string;
  category: string | null;
  origin: string | null;
}

export interface NounPhraseWords {
  /** Number words ("four", "dozen") -> value; 0 for vague amounts ("dozens", "several") that give no number. */
  numbers: Map<string, number>;
  /** Words between a number and what it counts ("more", "additional", "new", "further"). */
  countModifiers: Set<string>;
  /** Words that join a count to its system: "a battery of six", "a fleet of 24", "batches of". */
  countNouns: Set<string>;
  /** The kind each head noun of weapon-heads.json names ("main battle tanks" -> tank; "weapons" -> generic). */
  headKinds: Map<string, string>;
  /** Participles after a country and a hyphen: "-made", "-built", "-designed". */
  originParticiples: Set<string>;
  /** Adverbs that make such a participle a describing word before goods: "18 newly built CV90s", "locally produced drones". */
  participleAdverbs: Set<string>;
  /** Determiners of a later reference ("the system", "these jets"). */
  referenceDeterminers: Set<string>;
  /** Words before a system that set it apart from the story's own goods ("an offer of", "rather than"): no later reference takes it. */
  referenceApartWords: Set<string>;
  rangeMarkets: Set<string>;
  /** Words before a system that have it in use ("still operates S-125 batteries"): no topic over goods counted before. */
  fleetUseWords: Set<string>;
  /** Deal nouns after which a reference noun only says what the deal is for ("the helicopter package"): no reference. */
  dealModifiedNouns: Set<string>;
  /** Words inside a noun phrase before the system that do not end it ("complete", "new", "armoured"). */
  modifiers: Set<string>;
  /** Head nouns that confirm a context form but name no category ("battery", "launcher", "unit"). */
  contextNouns: Set<string>;
  /** Nouns of a later reference that stand for several categories ("the aircraft", "the vehicles"). */
  referenceNouns: Map<string, string[]>;
  /** Warship name prefixes and the navy's country ("INS" -> India). */
  shipPrefixes: Map<string, string>;
  /** Categories an unnamed description may stand for besides its own ("missile system" -> air defence system). */
  relatedCategories: Map<string, string[]>;
  /** Head nouns too common after other words to type an unknown name before them ("Kurdish fighters"). */
  broadHeads: Set<string>;
  /** Capitalised words that open a variant's name after its system: "Block III", "Batch 2". */
  variantWords: Set<string>;
  variantMarks: Set<string>;
  /** Modifiers that open a noun phrase and never stand inside one ("the", "its", "first"). */
  phraseOpeners: Set<string>;
  /** Nouns that are ships only after a class name ("Protector-class boats"). */
  classNouns: Set<string>;
  /** Words between a class and a ship of it besides ship types ("Jose Rizal-class frigates, BRP Jose Rizal and BRP Antonio Luna"). */
  shipListWords: Set<string>;
  /** The words of ship and submarine head nouns ("landing", "platform", "dock", "frigates"). */
  shipTypeWords: Set<string>;
}

export type WeaponPhrase = { system: SystemForm; head?: undefined } | { head: HeadNoun; system?: undefined };

export interface WeaponLexicon {
  families: WeaponFamily[];
  phrases: PhraseLookup<WeaponPhrase>;
  keys: Map<string, WeaponFamily>;
  prefixes: DesignationPrefix[];
  words: NounPhraseWords;
}

interface HeadsFile {
  [category: string]: string[];
}

interface DesignationsFile {
  prefixes: Record<string, string | null>;
  originByPrefix: Record<string, string>;
}

interface PhrasesFile {
  numbers: Record<string, number>;
  countModifiers: string[];
  countNouns: string[];
  originParticiples: string[];
  participleAdverbs: string[];
  referenceDeterminers: string[];
  referenceApartWords: string[];
  rangeMarkets: string[];
  fleetUseWords: string[];
  dealModifiedNouns: string[];
  modifiers: string[];
  contextNouns: string[];
  referenceNouns: Record<string, string[]>;
  shipPrefixes: Record<string, string>;
  relatedCategories: Record<string, string[]>;
  broadHeads: string[];
  variantWords: string[];
  variantMarks: string[];
  phraseOpeners: string[];
  shipListWords: string[];
  classNouns: string[];
}

let compiled: WeaponLexicon | null = null;

export function weaponLexicon(): WeaponLexicon {
  compiled ??= compile();
  return compiled;
}

/** The build's matching key: accents, case, spaces, hyphens, periods, apostrophes and brackets removed. */
export function matchingKey(form: string): string {
  return form
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[\s\-‐‑‒–—_.'’()]/g, '');
}

/**
 * The gazetteer and the matching keys, compiled at build time into data/compiled/weapons.json
 * (scripts/build-compiled-lexicons.mjs): tokenizing and keying 4,760 forms took a tenth of a second
 * at start-up. A phrase's payload number is its place in weaponPhrases(), rebuilt here in the same order.
 */
export interface CompiledWeaponLexicon {
  phrases: CompiledPhrases;
  /** Matching key -> family index. */
  keys: [string, number][];
}

export const COMPILED_WEAPONS = 'compiled/weapons.json';

function compile(): WeaponLexicon {
  const families = loadData<WeaponFamily[]>('lexicons/weapons.json');
  const data = readData<CompiledWeaponLexicon>(COMPILED_WEAPONS);
  const heads = loadData<HeadsFile>('lexicons/weapon-heads.json');
  const forms = weaponPhrases(families, heads);
  const phrases = new CompiledGazetteer(data.phrases, (n) => forms[n]!.payload);
  const keys = new Map(data.keys.map(([key, family]) => [key, families[family]!]));
  const designations = loadData<DesignationsFile>('lexicons/weapon-designations.json');
  const prefixes = Object.entries(designations.prefixes)
    .map(([prefix, category]): DesignationPrefix => ({ prefix, category, origin: designations.originByPrefix[prefix] ?? null }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const file = loadData<PhrasesFile>('transfers/noun-phrases.json');
  const words: NounPhraseWords = {
    numbers: new Map(Object.entries(file.numbers)),
    countModifiers: new Set(file.countModifiers),
    countNouns: new Set(file.countNouns),
    originParticiples: new Set(file.originParticiples),
    participleAdverbs: new Set(file.participleAdverbs),
    referenceDeterminers: new Set(file.referenceDeterminers),
    referenceApartWords: new Set(file.referenceApartWords),
    rangeMarkets: new Set(file.rangeMarkets),
    fleetUseWords: new Set(file.fleetUseWords),
    dealModifiedNouns: new Set(file.dealModifiedNouns),
    modifiers: new Set(file.modifiers.map((w) => w.toLowerCase())),
    contextNouns: new Set(file.contextNouns),
    referenceNouns: new Map(Object.entries(file.referenceNouns)),
    shipPrefixes: new Map(Object.entries(file.shipPrefixes)),
    relatedCategories: new Map(Object.entries(file.relatedCategories)),
    broadHeads: new Set(file.broadHeads),
    variantWords: new Set(file.variantWords),
    variantMarks: new Set(file.variantMarks),
    phraseOpeners: new Set(file.phraseOpeners),
    shipListWords: new Set(file.shipListWords),
    classNouns: new Set(file.classNouns),
    headKinds: new Map(Object.entries(heads).flatMap(([category, phrases]) => phrases.map((phrase): [string, string] => [phrase.toLowerCase(), category]))),
    shipTypeWords: new Set(['ship', 'submarine'].flatMap((category) => heads[category] ?? []).flatMap((phrase) => phrase.toLowerCase().split(/\s+/))),
  };
  return { families, phrases, keys, prefixes, words };
}

interface PhraseSource {
  /** The form as listed, for the matching key; the gazetteer holds its spellings. */
  form: string;
  payload: WeaponPhrase;
}

/** Every family's name, designations, aliases and context forms, then every head noun, in order. */
function weaponPhrases(families: readonly WeaponFamily[], heads: HeadsFile): PhraseSource[] {
  const out: PhraseSource[] = [];
  for (const family of families) {
    const contextForms = new Set(family.contextForms ?? []);
    const variantOrigins = new Map((family.variants ?? []).map((v) => [v.designation, v.origin]));
    const add = (form: string, kind: FormKind): void => {
      const free = kind === 'designation' || (!contextForms.has(form) && !(family.needsContext && kind !== 'context'));
      const variantOrigin = variantOrigins.get(form);
      out.push({ form, payload: { system: { family, kind, free, ...(variantOrigin ? { variantOrigin } : {}) } } });
    };
    add(family.name, 'name');
    for (const d of family.designations) add(d, 'designation');
    for (const a of family.aliases) add(a, 'alias');
    for (const c of contextForms) if (c !== family.name && !family.aliases.includes(c)) add(c, 'context');
  }
  for (const [category, list] of Object.entries(heads)) for (const phrase of list) out.push({ form: phrase, payload: { head: { category, phrase } } });
  return out;
}

/** Compiles the gazetteer and keys of data/lexicons/weapon*.json (build time, and the test that the file is current). */
export function compileWeaponLexicon(): CompiledWeaponLexicon {
  const families = loadData<WeaponFamily[]>('lexicons/weapons.json');
  const sources = weaponPhrases(families, loadData<HeadsFile>('lexicons/weapon-heads.json'));
  const index = new Map(families.map((family, i) => [family, i]));
  const keys = new Map<string, number>();
  for (const { form, payload } of sources) if (payload.system) keys.set(matchingKey(form), index.get(payload.system.family)!);
  return {
    phrases: compilePhrases(sources.flatMap(({ form }, i) => spellings(form).map((spelling): [string, number] => [spelling, i]))),
    keys: [...keys],
  };
}

/**
 * The form as listed, and without the hyphen between a letter prefix and its number ("T72", "F16",
 * "MiG29"): wire copy writes both. Spaced forms ("F 16") are left out: "A 10" would match prose.
 */
function spellings(form: string): string[] {
  const joined = form.replace(/^(\p{L}{1,4})-(?=\p{N})/u, '$1');
  return joined !== form ? [form, joined] : [form];
}

/**
 * The weapon named by tokens[first..last] exactly, when the name stands on its own (not an
 * ordinary word such as "Patriot" that needs a head noun): the actor recognisers never take it.
 */
export function isWeaponName(tokens: readonly Token[], first: number, last: number): boolean {
  const hit = weaponLexicon().phrases.longestAt(tokens, first, last + 1);
  return hit?.last === last && hit.payloads.some((p) => p.system?.free);
}

/**
 * A weapon name that needs context followed by a head or context noun ("a Patriot battery"): the token
 * index of the name's last word, or -1.
 */
export function contextWeaponBeforeHead(tokens: readonly Token[], i: number): number {
  const { phrases } = weaponLexicon();
  const name = phrases.longestAt(tokens, i);
  if (!name || !name.payloads.some((p) => p.system && !p.system.free)) return -1;
  if (contextNounEnd(tokens, name.last + 1) >= 0) return name.last;
  return opensHeadNoun(tokens, name.last + 1) ? name.last : -1;
}

/** A head noun of weapon-heads.json starts at token k ("main battle tanks", "armoured reconnaissance vehicles"). */
export function opensHeadNoun(tokens: readonly Token[], k: number): boolean {
  return headNounEnd(tokens, k) !== null;
}

/** The last token of the head noun of weapon-heads.json that starts at token k, else null. */
export function headNounEnd(tokens: readonly Token[], k: number): number | null {
  const hit = weaponLexicon().phrases.longestAt(tokens, k);
  return hit?.payloads.some((p) => p.head) ? hit.last : null;
}

/** A count: digits ("12", "1,500") or a number word of the lexicon ("six", "dozens"). */
export function isCount(token: Token | undefined): boolean {
  return token !== undefined && (/^\d[\d,]*$/.test(token.text) || weaponLexicon().words.numbers.has(token.lower));
}

/** Count words before a unit noun: "first two", "12", "remaining". */
const MAX_COUNT_WORDS = 3;

/**
 * Units of a system counted from token i: up to a few count or modifier words, then a context noun
 * ("first two batteries", "12 launchers", "remaining fire units"): the noun's last index, or -1.
 */
export function countedUnitsEnd(tokens: readonly Token[], i: number): number {
  const { modifiers } = weaponLexicon().words;
  let k = i;
  while (k - i < MAX_COUNT_WORDS && tokens[k] && (modifiers.has(tokens[k]!.lower) || isCount(tokens[k]))) k++;
  return contextNounEnd(tokens, k);
}

/** A context noun of one or two words starting at i ("Patriot batteries", "Patriot fire units"): its last token index, or -1. */
export function contextNounEnd(tokens: readonly Token[], i: number): number {
  const { contextNouns } = weaponLexicon().words;
  const [a, b] = [tokens[i], tokens[i + 1]];
  if (a && b && contextNouns.has(`${a.lower} ${b.lower}`)) return i + 1;
  return a && contextNouns.has(a.lower) ? i : -1;
}
