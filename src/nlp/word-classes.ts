/**
 * Word classes read from compromise's own lexicon (no tagging): is a word a common English
 * word, a first name, a verb form? A cheap look-up the recognisers use on every token.
 */
import { compromise } from './compromise.js';

type Lexicon = Record<string, string | string[]>;

const PROPER_TAGS = new Set([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region', 'Organization',
  'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific', 'Actor',
]);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Modal', 'Copula', 'Verb']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);

let lexicon: Lexicon | null = null;

function tagsOf(lower: string): string[] {
  lexicon ??= (compromise().model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const tags = lexicon[lower];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/**
 * A word compromise knows with no proper-noun sense: "Next", "The", "Officials". Its lexicon
 * lists few plurals, so "Analysts" is looked up as "analyst" too.
 */
export function isCommonWord(lower: string): boolean {
  return commonIn(tagsOf(lower)) || singulars(lower).some((s) => commonIn(tagsOf(s)));
}

function commonIn(tags: string[]): boolean {
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

function singulars(lower: string): string[] {
  if (lower.length < 4 || !lower.endsWith('s')) return [];
  const out = [lower.slice(0, -1)];
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) out.push(lower.slice(0, -3) + 'y');
  return out;
}

export function isFirstName(lower: string): boolean {
  return tagsOf(lower).some((t) => FIRST_NAME_TAGS.has(t));
}

export function isLastName(lower: string): boolean {
  return tagsOf(lower).includes('LastName');
}

export function isVerbForm(lower: string): boolean {
  // British spellings the lexicon lacks: "recognise", "modernised" as "recognize", "modernized".
  const american = lower.replace(/(?<=\w{3})is(e|es|ed|ing)$/, 'iz$1');
  return tagsOf(lower).some((t) => VERB_TAGS.has(t)) || (american !== lower && tagsOf(american).some((t) => VERB_TAGS.has(t)));
}

/** A word in lower case ending in -ing that the lexicon knows as a verb: "receiving", "flying". */
export function isGerund(text: string): boolean {
  return /^\p{Ll}+ing$/u.test(text) && isVerbForm(text);
}

/** A regular past form in -ed, or one the lexicon knows as past ("sent", "given"): the verb of a passive before "by". */
export function isPastForm(lower: string): boolean {
  return /\p{Ll}ed$/u.test(lower) || tagsOf(lower).some((t) => t === 'PastTense' || t === 'Participle');
}

export function isNounForm(lower: string): boolean {
  return tagsOf(lower).some((t) => NOUN_TAGS.has(t));
}

export function isKnownWord(lower: string): boolean {
  return tagsOf(lower).length > 0;
}

/** The entity class compromise's lexicon gives a (lower-cased) name: "chrysler" -> organization. */
export function properNounClass(lower: string): 'person' | 'organization' | 'place' | null {
  const tags = tagsOf(lower);
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organization';
  if (tags.some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place')) return 'place';
  if (tags.some((t) => t === 'Person')) return 'person';
  return null;
}

const FUNCTION_WORDS = new Set([
  'to', 'in', 'of', 'on', 'and', 'or', 'but', 'for', 'with', 'at', 'from', 'by', 'that', 'which', 'who', 'whose', 'has', 'had', 'have',
  'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'said', 'says', 'as',
  'also', 'not', 'than', 'then', 'if', 'when', 'while', 'after', 'before', 'into', 'over', 'under', 'about', 'against', 'since',
]);

/**
 * The lower-case word after a noun phrase continues it as its head: "military" in "military
 * equipment", "government" in "government spokesman". Unknown lower-case words count as nouns.
 */
export function continuesNounPhrase(token: { text: string; lower: string }): boolean {
  if (!/^\p{Ll}/u.test(token.text) || FUNCTION_WORDS.has(token.lower)) return false;
  if (isVerbForm(token.lower) && !isNounForm(token.lower)) return false;
  // "the ministry postponed the purchase": an unknown word in -ed is a past tense the lexicon lacks.
  if (!isKnownWord(token.lower) && /^\p{Ll}{3,}ed$/u.test(token.lower)) return false;
  return isNounForm(token.lower) || !isKnownWord(token.lower);
}
