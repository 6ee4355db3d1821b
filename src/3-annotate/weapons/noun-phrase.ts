/**
 * The noun phrase around a system mention: its count ("four", "18 more", "a battery of six"), its
 * origin adjective ("Russian-made", "US-built", "Israel-made"), a plain country adjective ("Russian
 * S-400 systems") and its head noun, before ("anti-aircraft defence system Pantsir") or after
 * ("MiG-29 fighter aircraft"). Read by the weapons stage and again by the transfers stage.
 */
import type { Actor } from '../../model/contract.js';
import type { Token } from '../../nlp/tokens.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { contextNounEnd, countedUnitsEnd, weaponLexicon, type HeadNoun } from '../../lexicon/weapons.js';
import { isKnownWord } from '../../nlp/word-classes.js';
import type { ActorSpans } from './actor-spans.js';
import type { HeadHit, ScannedSentence } from './scan.js';

export interface StatedOrigin {
  /** The country actor of the story, when the word is one of its mentions. */
  actor: Actor | null;
  /** The country's name from the lexicon ("Russia" for "Russian-made"). */
  name: string | null;
  /** Token indices of the adjective ("Russian" - "made"). */
  first: number;
  last: number;
}

export interface NounPhrase {
  /** Token indices (inclusive) of the whole phrase, count and head noun included. */
  first: number;
  last: number;
  /** The count, or null when none is stated or it is vague ("dozens of"). */
  quantity: number | null;
  /** A vague count is stated ("hundreds of drones", "millions of shells"). */
  vague?: boolean;
  /** "-made", "-built", "-designed": the origin the story states. */
  origin: StatedOrigin | null;
  /** A plain country adjective ("Russian S-400 systems"): owner or origin, the weaker reading. */
  demonym: StatedOrigin | null;
  /** The head noun next to the system, right one first. */
  head: HeadNoun | null;
  /** Where the head noun was found, for context checks. */
  headSide: 'left' | 'right' | null;
  /** A noun that confirms a system name without naming a category ("Patriot batteries"). */
  contextNoun: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const CODE = /^\p{Lu}{1,4}\p{N}{1,4}[\p{Lu}\p{N}]{0,4}$/u;
/** Count words that multiply the count before them ("two hundred", "a dozen"). */
const MULTIPLIERS = new Set(['hundred', 'dozen']);

/** Adjectives between a name and its head noun: "S-70i Black Hawk combat utility helicopters". */
const MAX_INNER_ADJECTIVES = 2;

function headAfter(scan: ScannedSentence, k: number): HeadHit | undefined {
  const { words } = weaponLexicon();
  const { modifiers } = words;
  const t = scan.tokens;
  let j = k;
  // "K9 VIDAR self-propelled howitzers": a variant's own name may stand before the adjectives.
  if (/^\p{Lu}{2,}$/u.test(t[j]?.text ?? '') && !scan.headStartingAt.has(j)) j++;
  for (let n = 0; n < MAX_INNER_ADJECTIVES && t[j] && !scan.headStartingAt.has(j); n++) {
    // A hyphenated adjective ("short-range") is three tokens.
    const compound = compoundAt(t, j);
    if (compound && (modifiers.has(compound) || describingCompound(compound))) j += 3;
    else if (modifiers.has(t[j]!.lower) && !words.phraseOpeners.has(t[j]!.lower)) j++;
    else break;
  }
  return scan.headStartingAt.get(j);
}

/** The hyphenated word opening at `j` ("short-range", "truck-mounted"), lower-cased, else null. */
function compoundAt(t: readonly Token[], j: number): string | null {
  return t[j + 1]?.text === '-' && isJoined(t, j + 1) ? `${t[j]!.lower}-${t[j + 2]?.lower ?? ''}` : null;
}

/** "Caesar truck-mounted howitzers": a hyphenated adjective of letters, no verb ("co-producing"). */
function describingCompound(compound: string): boolean {
  return /^\p{Ll}+-\p{Ll}+$/u.test(compound) && !/ing$/.test(compound);
}

/** "Lanza long-range air surveillance radars": a describing hyphenated word ends right before `at`. */
export function describingCompoundBefore(t: readonly Token[], at: number): boolean {
  const compound = compoundAt(t, at - 3);
  return compound !== null && describingCompound(compound);
}

export function nounPhrase(scan: ScannedSentence, actors: ActorSpans, first: number, last: number): NounPhrase {
  const { words } = weaponLexicon();
  const t = scan.tokens;
  const phrase: NounPhrase = { first, last, quantity: null, origin: null, demonym: null, head: null, headSide: null, contextNoun: false };

  const right = headAfter(scan, last + 1);
  if (right) {
    phrase.head = right.head;
    phrase.headSide = 'right';
    phrase.last = right.last;
  } else if (contextNounEnd(t, last + 1) >= 0) {
    phrase.contextNoun = true;
    phrase.last = contextNounEnd(t, last + 1);
  } else if (whoseUnits(t, last + 1)) {
    phrase.contextNoun = true;
  }

  let j = first - 1;
  while (j >= 0) {
    const token = t[j]!;
    const left = scan.headEndingAt.get(j);
    // A descriptor head ("anti-aircraft defence system Pantsir"), not the end of a compound ("triple-warhead SS-20s").
    const compound = left && t[left.first - 1]?.text === '-' && isJoined(t, left.first - 1);
    if (left && !compound && !phrase.head && left.head.category !== 'generic') {
      phrase.head = left.head;
      phrase.headSide = 'left';
      j = left.first - 1;
      continue;
    }
    if (words.originParticiples.has(token.lower) && j >= 2 && isJoined(t, j - 1) && t[j - 1]!.text === '-') {
      const origin = countryWord(t, actors, j - 2);
      if (origin) {
        phrase.origin ??= origin;
        j = origin.first - 1;
        continue;
      }
    }
    // "M57 Army Tactical Missile System": the model's code before the system's spelt-out name.
    if (j === first - 1 && CODE.test(token.text)) {
      j--;
      continue;
    }
    const count = countEndingAt(t, j);
    if (count) {
      phrase.quantity = count.value > 0 ? count.value : null;
      if (count.value === 0) phrase.vague = true;
      j = count.first - 1;
      break;
    }
    if (token.lower === 'of' && j >= 1 && (countEndingAt(t, j - 1) || words.countNouns.has(t[j - 1]!.lower))) {
      j--;
      continue;
    }
    if (words.countNouns.has(token.lower) && countEndingAt(t, j - 1)) {
      j--;
      continue;
    }
    const demonym = demonymEndingAt(t, actors, j);
    if (demonym) {
      phrase.demonym ??= demonym;
      j = demonym.first - 1;
      continue;
    }
    if (words.modifiers.has(token.lower) || words.countModifiers.has(token.lower) || isMaker(token, j, actors)) {
      j--;
      continue;
    }
    // "18 newly built CV90s", "locally produced drones": an adverb and a maker's participle describe the goods.
    if (j >= 1 && words.originParticiples.has(token.lower) && words.participleAdverbs.has(t[j - 1]!.lower)) {
      j -= 2;
      continue;
    }
    // A hyphenated modifier: "long-range", "Soviet-era", "nuclear-capable" (not a verb: "co-producing").
    if (j >= 2 && t[j - 1]!.text === '-' && isJoined(t, j - 1) && /^\p{L}/u.test(token.text) && !/ing$/.test(token.lower) && /^\p{L}/u.test(t[j - 2]!.text)) {
      j -= 3;
      continue;
    }
    break;
  }
  phrase.first = j + 1;
  return phrase;
}

/** ", whose first two batteries": a relative clause that counts the system's own units confirms its name ("the Patriot, whose first two batteries were delivered"). */
function whoseUnits(t: readonly Token[], k: number): boolean {
  return t[k]?.text === ',' && t[k + 1]?.lower === 'whose' && countedUnitsEnd(t, k + 2) >= 0;
}

/** A country adjective ending at token j ("Russian", "South Korean"), from the actors or the lexicon. */
/** A country's adjective ending at token j ("Russian", "South Korean"), or null. */
export function demonymEndingAt(t: readonly Token[], actors: ActorSpans, j: number): StatedOrigin | null {
  const token = t[j]!;
  // ("ShinMaywa's US-2 amphibious aircraft": a country word joined to a number starts a code.)
  if (t[j + 1]?.text === '-' && /^\d/.test(t[j + 2]?.text ?? '')) return null;
  const span = actors.at(token.start);
  if (span) {
    if (span.form !== 'adjective' || span.actor.kind !== 'country' || span.end !== token.end) return null;
    return { actor: span.actor, name: span.actor.name, first: tokenAt(t, span.start, j), last: j };
  }
  if (!/^\p{Lu}/u.test(token.text)) return null;
  const { countryWords } = actorLexicon();
  const two = j > 0 ? countryWords.get(`${t[j - 1]!.lower} ${token.lower}`) : undefined;
  const entry = two ?? countryWords.get(token.lower);
  if (!entry) return null;
  return { actor: actors.countryNamed(entry.name) ?? null, name: entry.name, first: two ? j - 1 : j, last: j };
}

/** A maker's name before the system: "Sukhoi Su-35", "Antonov An-124", "Dassault Rafale". */
function isMaker(token: Token, j: number, actors: ActorSpans): boolean {
  if (j === 0 || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  const span = actors.at(token.start);
  if (span) return span.actor.kind === 'organization' && span.end === token.end;
  return !isKnownWord(token.lower) && !actorLexicon().countryWords.has(token.lower);
}

/** "Russian" in "Russian-made", "US" in "US-built", "South Korean" in "South Korean-made". */
function countryWord(t: readonly Token[], actors: ActorSpans, j: number): StatedOrigin | null {
  const token = t[j]!;
  const span = actors.at(token.start);
  if (span && span.actor.kind === 'country' && span.end === token.end) {
    return { actor: span.actor, name: span.actor.name, first: tokenAt(t, span.start, j), last: j };
  }
  const entry = actorLexicon().countryWords.get(token.lower);
  if (entry) return { actor: null, name: entry.name, first: j, last: j };
  return null;
}

/** The count that ends at token j: "four", "18", "twenty-four", "two hundred". */
export function countEndingAt(t: readonly Token[], j: number): { value: number; first: number } | null {
  const token = t[j];
  if (!token) return null;
  const { numbers } = weaponLexicon().words;
  // "eight (8)", "thirty-six (36)": a notice's count in words, repeated in figures.
  if (token.text === ')' && j >= 3 && t[j - 2]!.text === '(' && DIGITS.test(t[j - 1]!.text)) {
    const words = countEndingAt(t, j - 3);
    if (words && words.value === Number(t[j - 1]!.text.replace(/,/g, ''))) return words;
  }
  // "Type 071", "Project 636": a number with a leading zero, or after a designation word, is a name.
  if (DIGITS.test(token.text)) return /^0\d/.test(token.text) || /^(?:Type|Project|Model)$/.test(t[j - 1]?.text ?? '') ? null : { value: Number(token.text.replace(/,/g, '')), first: j };
  const value = numbers.get(token.lower);
  if (value === undefined) return null;
  if (value > 0 && value < 10 && j >= 2 && t[j - 1]!.text === '-' && (numbers.get(t[j - 2]!.lower) ?? 0) >= 20) {
    return { value: numbers.get(t[j - 2]!.lower)! + value, first: j - 2 };
  }
  if (MULTIPLIERS.has(token.lower)) {
    const before = countEndingAt(t, j - 1);
    if (before && before.value > 0) return { value: before.value * value, first: before.first };
    return t[j - 1]?.lower === 'a' ? { value, first: j - 1 } : { value: 0, first: j };
  }
  return { value, first: j };
}

/** A hyphen written without spaces around it. */
function isJoined(t: readonly Token[], hyphen: number): boolean {
  return !t[hyphen]!.spaceBefore && !t[hyphen + 1]?.spaceBefore;
}

function tokenAt(t: readonly Token[], offset: number, fallback: number): number {
  for (let k = fallback; k >= 0; k--) if (t[k]!.start <= offset) return k;
  return fallback;
}
