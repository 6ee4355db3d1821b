/** The word lists of data/actors/rules.json as sets, built once. */
import { loadData } from '../data.js';
import { Gazetteer } from '../nlp/gazetteer.js';

interface RuleFile {
  [list: string]: { words: string[] } | string;
}

export interface ActorRules {
  organizationHeads: Set<string>;
  organizationStarts: Set<string>;
  lawHeads: Set<string>;
  eventHeads: Set<string>;
  placeHeads: Set<string>;
  placePrepositions: Set<string>;
  personVerbs: Set<string>;
  descriptionNouns: Set<string>;
  /** Civil bodies that, named by no one before, stand for the dateline's state. */
  homeBodyNouns: Set<string>;
  /** Last words of a force description that means the dateline state's own force when the story named it. */
  homeForceNouns: Set<string>;
  holdingNouns: Set<string>;
  /** Names of state bodies only one state has ("the Pentagon"): they stand for that state. */
  metonymBodies: Set<string>;
  /** Lexicon types that name a class of bodies: "the government" is no body of type government. */
  classTypes: Set<string>;
  /** Lexicon types of state bodies ("government", "military"). */
  stateBodyTypes: Set<string>;
  /** "programme": lower-case nouns after a name that make it a programme's name, no actor. */
  programmeNouns: Set<string>;
  /** Head words of a state body's name, its last ("Panama's National Aeronaval Service") or its first before "of" ("Kenya's Ministry of Defence"): a country's possessive before it owns it. */
  stateBodyHeads: Set<string>;
  /** Nouns that describe a company: an unknown name right after one is a company. */
  companyNouns: Set<string>;
  /** Words of a body every state has ("ministry"): named by them, it may be the dateline state's though another state was named before. */
  everyStateBodies: Set<string>;
  combiningForms: Set<string>;
  /** "built by France's Piriou": words before a country's possessive that make an unknown name after it a firm. */
  firmPrepositions: Set<string>;
  governmentBodies: string[];
  nonNames: Set<string>;
  /** Seat city (lower case) -> lexicon ids of organisations it can stand for. */
  metonyms: Map<string, string[]>;
  /** Forms a country shares with another ("Congolese"), by the country the lexicon gives them. */
  sharedCountryNames: Map<string, { forms: Set<string>; other: string }>;
  /** Organisation types whose `country` is no membership (media, companies). */
  nonActorTypes: Set<string>;
  companySuffixes: Set<string>;
  /** Legal forms a company's name may write short inside it: "Corporation" -> "Corp.", "Corp". */
  legalFormShortForms: Map<string, readonly string[]>;
  /** Company suffixes that are part of a name, no legal form to drop: "Damen Shipyards Group". */
  nameSuffixes: Set<string>;
  /** Words that may follow "Thales Australia" with the country still part of the company's name. */
  subsidiaryFollowers: Set<string>;
  mediaHeads: Set<string>;
  loneAdjectives: Set<string>;
  nameConnectors: Set<string>;
  documentNameConnectors: Set<string>;
  roleModifiers: Set<string>;
  /** Phrases that are never actors (market indices), as a gazetteer. */
  nonActorPhrases: Gazetteer<true>;
  /** Abbreviations in capitals that are never actors ("ceo", "usd", "html"), lower case, without dots. */
  nonActorAcronyms: Set<string>;
  /** Plural names of religious and ethnic groups ("muslims", "kurds"). */
  peopleGroups: Set<string>;
  /** "north", "upper", "greater": first words of place names. */
  compassWords: Set<string>;
  /** Head words of company names ("airlines", "motors"), legal forms included. */
  companyHeads: Set<string>;
  /** First words of organisation names in other languages ("banque", "gruppo"). */
  organizationFirstWords: Set<string>;
  /** First words of place names ("san", "port", "lake"). */
  placeFirstWords: Set<string>;
}

let rules: ActorRules | null = null;

function calendarWords(): string[] {
  const calendar = loadData<{ months: Record<string, number>; weekdays: Record<string, number> }>('dates/calendar.json');
  return [...Object.keys(calendar.months), ...Object.keys(calendar.weekdays)].filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
}

export function actorRules(): ActorRules {
  if (rules) return rules;
  const file = loadData<RuleFile>('actors/rules.json');
  const list = (name: string): string[] => {
    const entry = file[name];
    if (!entry || typeof entry === 'string') throw new Error(`data/actors/rules.json: missing list ${name}`);
    return entry.words;
  };
  rules = {
    organizationHeads: new Set(list('organizationHeads')),
    stateBodyHeads: new Set(list('stateBodyHeads')),
    programmeNouns: new Set(list('programmeNouns')),
    organizationStarts: new Set(list('organizationStarts')),
    lawHeads: new Set(list('lawHeads')),
    eventHeads: new Set(list('eventHeads')),
    placeHeads: new Set(list('placeHeads')),
    placePrepositions: new Set(list('placePrepositions')),
    personVerbs: new Set(list('personVerbs')),
    descriptionNouns: new Set(list('descriptionNouns')),
    homeBodyNouns: new Set(list('homeBodyNouns')),
    homeForceNouns: new Set(list('homeForceNouns')),
    holdingNouns: new Set(list('holdingNouns')),
    metonymBodies: new Set(list('metonymBodies')),
    classTypes: new Set(list('classTypes')),
    stateBodyTypes: new Set(list('stateBodyTypes')),
    companyNouns: new Set(list('companyNouns')),
    everyStateBodies: new Set(list('everyStateBodies')),
    combiningForms: new Set(list('combiningForms')),
    firmPrepositions: new Set(list('firmPrepositions')),
    // Longest first, so that "defence ministry" wins over "ministry".
    governmentBodies: [...list('governmentBodies')].sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b)),
    // Month and weekday names are dates, never names ("November last year"); abbreviations
    // such as "Jan" can be first names, so only full names count.
    nonNames: new Set([...list('nonNames'), ...calendarWords()]),
    metonyms: new Map(Object.entries((file.metonyms as unknown as { places: Record<string, string[]> }).places)),
    sharedCountryNames: new Map(
      Object.entries((file.sharedCountryNames as unknown as { names: Record<string, { forms: string[]; other: string }> }).names).map(([id, { forms, other }]) => [id, { forms: new Set(forms), other }]),
    ),
    nonActorTypes: new Set(list('nonActorTypes')),
    companySuffixes: new Set(list('companySuffixes')),
    legalFormShortForms: new Map(Object.entries((file.legalFormShortForms as unknown as { forms: Record<string, string[]> }).forms)),
    nameSuffixes: new Set(list('nameSuffixes')),
    subsidiaryFollowers: new Set(list('subsidiaryFollowers')),
    mediaHeads: new Set(list('mediaHeads')),
    loneAdjectives: new Set(list('loneAdjectives')),
    nameConnectors: new Set(list('nameConnectors')),
    documentNameConnectors: new Set(list('documentNameConnectors')),
    roleModifiers: new Set(list('roleModifiers')),
    nonActorPhrases: new Gazetteer<true>(),
    nonActorAcronyms: new Set(list('nonActorAcronyms')),
    peopleGroups: new Set(list('peopleGroups')),
    compassWords: new Set(list('compassWords')),
    companyHeads: new Set([...list('companyHeads'), ...list('companySuffixes')]),
    organizationFirstWords: new Set(list('organizationFirstWords')),
    placeFirstWords: new Set(list('placeFirstWords')),
  };
  for (const phrase of list('nonActorPhrases')) rules.nonActorPhrases.add(phrase, true);
  return rules;
}

/**
 * A capitalised name that is a law, a document or an event by its last word ("Paris Agreement",
 * "Minsk Accords", "Munich Security Conference"), not a body named before "of" ("Government of
 * National Accord").
 */
export function namesDocumentOrEvent(lowerWords: readonly string[]): boolean {
  const r = actorRules();
  const head = lowerWords[lowerWords.length - 1] ?? '';
  if (lowerWords.length > 2 && r.organizationStarts.has(lowerWords[0]!) && /^(?:of|for|on)$/.test(lowerWords[1]!)) return false;
  return r.lawHeads.has(head) || (r.eventHeads.has(head) && !r.placeHeads.has(head));
}

/** A legal form that may end a company's name ("SA", "Corp.", "Ltd"), which names the company as well without it. */
export function isLegalForm(word: string): boolean {
  const lower = word.toLowerCase();
  return actorRules().companySuffixes.has(lower) && !actorRules().nameSuffixes.has(lower);
}
