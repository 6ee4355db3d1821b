/**
 * The quotes stage's lexicons (data/quotes/*.json), compiled once per process: the cue phrases
 * into a token trie, the closed word classes into sets.
 */
import { loadData } from '../../data.js';
import type { ActorKind } from '../../model/contract.js';
import { Gazetteer } from '../../nlp/gazetteer.js';

export interface CueEntry {
  lemma: string;
  /** May take the hearer as an object before its clause ("told RFE that"). */
  addressee: boolean;
  /** "X to VP" after it is a demand ("urged Serbia to stop"). */
  directive: boolean;
  /** A finding of a study, poll or court: needs a clause, never nested in another report. */
  finding: boolean;
  /** Characterises something in the speaker's words; a quote only with a quotation after it. */
  naming: boolean;
  /** Only introduces a quotation; never takes a clause. */
  noClause: boolean;
  /** The speaker comes after the cue ("according to X"). */
  source: boolean;
  /** Written forms that are also nouns ("report", "claims"); only these are checked for a noun reading. */
  nouns: ReadonlySet<string>;
}

type CueRecord = Partial<Omit<CueEntry, 'nouns'>> & { lemma: string; forms: string[]; nouns?: string[] };

interface CueFile {
  directives: boolean;
  verbs: CueRecord[];
  phrases: CueRecord[];
}

interface GrammarFile {
  pronouns: Record<string, ActorKind[]>;
  objectPronouns: string[];
  firstPerson: string[];
  relatives: string[];
  determiners: string[];
  auxiliaries: string[];
  be: string[];
  negations: string[];
  adverbs: string[];
  clauseWords: string[];
  prepositions: string[];
  whWords: string[];
  titles: string[];
  nameParticles: string[];
  naming: string[];
  attributionDashes: string[];
}

interface CalendarFile {
  months: Record<string, number>;
  weekdays: Record<string, number>;
}

export interface QuoteLexicon {
  cues: Gazetteer<CueEntry>;
  /** Whether "urged X to VP" gives a quote (cues.json `directives`). */
  directives: boolean;
  pronouns: Map<string, readonly ActorKind[]>;
  objectPronouns: Set<string>;
  firstPerson: Set<string>;
  relatives: Set<string>;
  determiners: Set<string>;
  auxiliaries: Set<string>;
  be: Set<string>;
  negations: Set<string>;
  adverbs: Set<string>;
  clauseWords: Set<string>;
  prepositions: Set<string>;
  whWords: Set<string>;
  titles: Set<string>;
  nameParticles: Set<string>;
  naming: Set<string>;
  dashes: Set<string>;
  /** Month and weekday names: date words that may stand between a speaker and the cue. */
  calendar: Set<string>;
}

let compiled: QuoteLexicon | null = null;

export function quoteLexicon(): QuoteLexicon {
  if (compiled) return compiled;
  const cueFile = loadData<CueFile>('quotes/cues.json');
  const grammar = loadData<GrammarFile>('quotes/grammar.json');
  const calendar = loadData<CalendarFile>('dates/calendar.json');
  const cues = new Gazetteer<CueEntry>();
  for (const entry of [...cueFile.verbs, ...cueFile.phrases]) {
    const payload: CueEntry = {
      lemma: entry.lemma,
      addressee: entry.addressee ?? false,
      directive: entry.directive ?? false,
      finding: entry.finding ?? false,
      naming: entry.naming ?? false,
      noClause: entry.noClause ?? false,
      source: entry.source ?? false,
      nouns: new Set(entry.nouns ?? []),
    };
    for (const form of entry.forms) cues.add(form, payload);
  }
  const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  compiled = {
    cues,
    directives: cueFile.directives,
    pronouns: new Map(Object.entries(grammar.pronouns)),
    objectPronouns: set(grammar.objectPronouns),
    firstPerson: set(grammar.firstPerson),
    relatives: set(grammar.relatives),
    determiners: set(grammar.determiners),
    auxiliaries: set(grammar.auxiliaries),
    be: set(grammar.be),
    negations: set(grammar.negations),
    adverbs: set(grammar.adverbs),
    clauseWords: set(grammar.clauseWords),
    prepositions: set(grammar.prepositions),
    whWords: set(grammar.whWords),
    titles: set(grammar.titles),
    nameParticles: set(grammar.nameParticles),
    naming: set(grammar.naming),
    dashes: new Set(grammar.attributionDashes),
    calendar: new Set([...Object.keys(calendar.months), ...Object.keys(calendar.weekdays)].map((w) => w.toLowerCase())),
  };
  return compiled;
}
