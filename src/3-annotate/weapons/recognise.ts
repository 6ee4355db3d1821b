/**
 * System candidates in one scanned sentence, from four recognisers that run in order, each seeing
 * only the tokens the earlier ones left:
 *   lexicon      every name, designation, alias and context form of weapons.json (one gazetteer pass)
 *   ship name    a warship's prefix and name ("INS Vikrant", "HMS Queen Elizabeth")
 *   designation  a designation shape the lexicon lacks as written: a variant of a known family
 *                ("Su-35SM" -> Su-35), else a new system typed by its head noun or its prefix
 *                ("Kaman-22 drone", "BTR-94", "KF-21 fighter jets")
 *   name         an unknown capitalised name before a category head noun ("Chunmoo rocket launchers",
 *                "Hangor-class submarines")
 * A code and a name of the same family side by side become one mention ("M1A2T Abrams"). Whether a
 * context form has its context is settled later, over the whole document (./context.ts).
 */
import { actorLexicon, lexiconType } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { matchingKey, weaponLexicon, type DesignationPrefix, type WeaponFamily } from '../../lexicon/weapons.js';
import { isCommonWord, isVerbForm } from '../../nlp/word-classes.js';
import { joinedByHyphen, spelledBy, type Token } from '../../nlp/tokens.js';
import type { ActorSpans } from './actor-spans.js';
import { ownerNamed } from './context.js';
import { describingCompoundBefore, nounPhrase, type NounPhrase } from './noun-phrase.js';
import type { ScannedSentence, SystemHit } from './scan.js';

export interface Candidate {
  /** Token indices (inclusive) of the name or designation. */
  first: number;
  last: number;
  family: WeaponFamily | null;
  name: string;
  category: string;
  /** The producing country the lexicon or the prefix gives (a variant's own, else its family's). */
  origin: string | null;
  /** False for a context form ("Patriot", "Leopard") that needs a head noun or a designation. */
  free: boolean;
  phrase: NounPhrase;
  /** The other families a shared context form names, for a mention that has no head noun of its own. */
  others?: WeaponFamily[];
  /** The mention opens with its maker's word ("Harbin Y-12E"), which the story may also leave out. */
  makerWord?: boolean;
  rule: 'lexicon' | 'ship-name' | 'designation-variant' | 'designation-prefix' | 'designation-head' | 'name-head' | 'spelled-name';
}

/** Designation shapes: PREFIX-NUMBER[SUFFIX] over three tokens, or one token ("M142", "2S19", "K9A1"). */
const PREFIX_WORD = /^\p{Lu}\p{L}{0,9}$/u;
const NUMBER_PART = /^\p{N}{1,4}[\p{L}\p{N}]{0,6}$/u;
const ONE_TOKEN = /^(?:\p{Lu}{1,4}\p{N}{1,4}[\p{Lu}\p{N}]{0,4}|\p{N}\p{Lu}\p{N}{1,4}[\p{Lu}\p{N}]{0,3})$/u;
const SERIES_WORDS = new Set(['type', 'project']);
/** A sum of money in a currency's letters ("US clears Sh23bn helicopter sale", "a R6bn contract"). */
const MONEY = /^\p{Lu}\p{Ll}{0,2}\p{N}[\p{N}.,]*(?:bn|mn|m|tn|k)$/u;
/** Capitalised words that read as a people's or group's adjective: "Houthi", "Kurdish", "Sudanese". */
const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:i|ian|ese|ish|ic)$/u;

export function recognise(scan: ScannedSentence, actors: ActorSpans): Candidate[] {
  const taken = scan.tokens.map(() => false);
  const take = (c: Candidate): Candidate => {
    for (let k = c.first; k <= c.last; k++) taken[k] = true;
    return c;
  };
  // "KARACHI (Anadolu) -": a name the story uses for a news agency is not the ship it is also the name of.
  const media = (hit: { first: number }) => actors.at(scan.tokens[hit.first]!.start)?.actor.kind === 'media';
  // "Selçuk Bayraktar said": a context form inside a longer person's name is the person's ("the Spike" alone stays a weapon).
  const person = (hit: SystemHit) => {
    const span = actors.at(scan.tokens[hit.first]!.start);
    return !hit.form.free && span?.actor.kind === 'person' && (span.start < scan.tokens[hit.first]!.start || span.end > scan.tokens[hit.last]!.end);
  };
  // ("a Hisar-class offshore patrol vessel": a name before "-class" names a class of ships, not the air defence system it also is.)
  const shipClass = (hit: SystemHit) => scan.tokens[hit.last + 1]?.text === '-' && scan.tokens[hit.last + 2]?.lower === 'class' && !SHIP_CATEGORIES.has(hit.form.family.category);
  // ("bought from the Eurofighter consortium": a system's name inside a longer name of a firm the
  // lexicon knows is the firm's; "Rafale Marine jets" is no firm's.)
  // ("from the company Taurus Systems": so is a name that needs context inside any firm's name.)
  const firm = (hit: SystemHit) => {
    const [start, end] = [scan.tokens[hit.first]!.start, scan.tokens[hit.last]!.end];
    const span = actors.at(start);
    return span?.actor.kind === 'organization' && span.start <= start && span.end >= end && span.end - span.start > end - start && (lexiconType(span.actor) !== null || !hit.form.free);
  };
  const found: Candidate[] = scan.systems.filter((hit) => !media(hit) && !person(hit) && !firm(hit) && !shipClass(hit) && !insideName(scan, actors, hit)).map((hit) => {
    const coded = codedVariant(scan, hit);
    const last = coded || numberedVariant(scan, actors, hit) || romanVariant(scan, hit) ? hit.last + 1 : (letteredVariantEnd(scan, hit) ?? hyphenedMarkEnd(scan, hit) ?? hit.last);
    const maker = makerWordBefore(scan, actors, hit);
    const first = navyPrefixed(scan, hit) || maker ? hit.first - 1 : hit.first;
    const phrase = nounPhrase(scan, actors, first, last);
    // "Jaguar armoured reconnaissance vehicles": of the families a shared name has, the one its head
    // noun names; failing that, one the head can stand for ("Hawk batteries" are the missile's).
    const owners = [hit.form, ...hit.others];
    const named = ownerNamed(owners.map((f) => f.family), phrase.head, scan.tokens[last + 1]?.lower);
    const form = owners.find((f) => f.family === named) ?? hit.form;
    const family = coded ?? form.family;
    return take({
      first,
      ...(maker ? { makerWord: true } : {}),
      last,
      family,
      name: family.name,
      category: family.category,
      origin: coded ? coded.origin : (form.variantOrigin ?? form.family.origin),
      free: form.free,
      phrase,
      ...(hit.others.length > 0 ? { others: [hit.form, ...hit.others].filter((f) => f !== form).map((f) => f.family) } : {}),
      rule: 'lexicon',
    });
  });
  for (const c of shipNames(scan, actors, taken)) found.push(take(c));
  for (const c of shipsNamedAfterType(scan, actors, taken)) found.push(take(c));
  for (const c of designations(scan, actors, taken)) found.push(take(c));
  for (const c of spelledNames(scan, actors, taken)) found.push(take(c));
  for (const c of namesBeforeHeads(scan, actors, taken)) found.push(take(c));
  for (const c of classBoats(scan, actors, taken)) found.push(take(c));
  for (const c of numberedHeads(scan, actors, taken)) found.push(take(c));
  return joinAdjacent(scan, actors, found.sort((a, b) => a.first - b.first));
}

/** A model number after a family's name: "4", "108", "5009", "360ER". */
const MODEL_NUMBER = /^[1-9]\d{0,3}[A-Z]{0,3}$/;

/**
 * "Paramount's Mbombe 4 armoured personnel carriers", "Hawk 108 jets", "King Air 360ER aircraft": a
 * model number after a family's name with no digit of its own, before the head noun, names a variant
 * of the family (the lexicon lists "Mbombe 6" and "Mbombe 8"), not a count ("the Caesar 18 months
 * ago" has no head).
 */
function numberedVariant(scan: ScannedSentence, actors: ActorSpans, hit: SystemHit): boolean {
  const next = scan.tokens[hit.last + 1];
  if (!next?.spaceBefore || !MODEL_NUMBER.test(next.text) || /^(?:19|20)\d\d$/.test(next.text) || /\p{N}/u.test(hit.form.family.name)) return false;
  const phrase = nounPhrase(scan, actors, hit.first, hit.last + 1);
  return phrase.headSide === 'right' && phrase.head !== null;
}

/**
 * "Leopard 2A9", "Leopard 1V": a variant code the lexicon does not list, written after a family's
 * name as a word of its own (a digit, then letters), is that family's variant, not a designation of
 * its own ("2A9"): the family of the name and the code read together.
 */
function codedVariant(scan: ScannedSentence, hit: SystemHit): WeaponFamily | null {
  const next = scan.tokens[hit.last + 1];
  if (!next?.spaceBefore || !/^\d[\dA-Z]*[A-Z][\dA-Z]*$/.test(next.text)) return null;
  return familyOfDesignation(`${writtenText(scan.tokens, hit.first, hit.last)} ${next.text}`)?.family ?? null;
}

/**
 * "AMRAAM-ER", "Mohajer-2": a variant's mark joined to a family's name by a hyphen (a mark of the
 * lexicon's, or a number where the name has none); where the mark ends.
 */
function hyphenedMarkEnd(scan: ScannedSentence, hit: SystemHit): number | null {
  const { tokens } = scan;
  const [dash, mark] = [tokens[hit.last + 1], tokens[hit.last + 2]];
  if (dash?.text !== '-' || dash.spaceBefore || !mark || mark.spaceBefore) return null;
  const numbered = /^\d{1,3}[A-Z]?$/.test(mark.text) && !/\p{N}/u.test(writtenText(tokens, hit.first, hit.last));
  return numbered || weaponLexicon().words.variantMarks.has(mark.text) ? hit.last + 2 : null;
}

/** A Roman numeral with a variant's letters ("IIIH"), and the numeral alone ("III"). */
const ROMAN_VARIANT = /^((?:I{1,3}|IV|VI{0,3}))[A-Z]{1,2}$/;

/**
 * "19 Piranha IIIH armoured personnel carriers": a Roman numeral with letters after a family's name,
 * when the name and the numeral alone are a designation the lexicon lists for that family ("Piranha III").
 */
function romanVariant(scan: ScannedSentence, hit: SystemHit): boolean {
  const next = scan.tokens[hit.last + 1];
  const numeral = next?.spaceBefore ? ROMAN_VARIANT.exec(next.text)?.[1] : undefined;
  return numeral !== undefined && familyOfDesignation(`${writtenText(scan.tokens, hit.first, hit.last)} ${numeral}`)?.family === hit.form.family;
}

/**
 * "S-300 PMU-1", "Su-30 MKI": a variant's letters written apart from the family's name, when the
 * two written together are a designation the lexicon lists for that family; where the letters end.
 */
function letteredVariantEnd(scan: ScannedSentence, hit: SystemHit): number | null {
  const { tokens } = scan;
  if (!tokens[hit.last + 1]?.spaceBefore || !/^[A-Z]{2,5}\d*$/.test(tokens[hit.last + 1]!.text)) return null;
  let end = hit.last + 1;
  // ("PMU-1": a number joined by a hyphen is part of the letters.)
  if (tokens[end + 1]?.text === '-' && !tokens[end + 1]!.spaceBefore && /^\d+[A-Z]?$/.test(tokens[end + 2]?.text ?? '') && !tokens[end + 2]!.spaceBefore) end += 2;
  const joined = `${writtenText(tokens, hit.first, hit.last)}${writtenText(tokens, hit.last + 1, end)}`;
  return familyOfDesignation(joined)?.family === hit.form.family ? end : null;
}

/**
 * "Red Arrow missiles", "Night Hawk drones": a context form after a capitalised word of no country,
 * actor or place, mid-sentence, is the end of another name (left to the name recogniser).
 */
function insideName(scan: ScannedSentence, actors: ActorSpans, hit: SystemHit): boolean {
  if (hit.form.free || hit.first < 2) return false;
  const before = scan.tokens[hit.first - 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(before.text) || actorLexicon().countryWords.has(before.lower)) return false;
  return !actors.at(before.start) && !actors.isPlace(before.start) && !weaponLexicon().words.modifiers.has(before.text);
}

/**
 * "Harbin Y-12E", "Beechcraft King Air 360ER": the word before a mention that opens one of its family's
 * longer names ("Harbin Y-12", "Beechcraft King Air") is the maker's part of the name, when no actor
 * stands there.
 */
function makerWordBefore(scan: ScannedSentence, actors: ActorSpans, hit: SystemHit): boolean {
  const before = scan.tokens[hit.first - 1];
  if (!before || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || actors.at(before.start)) return false;
  const key = matchingKey(writtenText(scan.tokens, hit.first, hit.last));
  const { family } = hit.form;
  return [family.name, ...family.aliases, ...family.designations].some((name) => {
    const [first, ...rest] = name.split(/\s+/);
    return first === before.text && rest.length > 0 && key.startsWith(matchingKey(rest.join(' ')));
  });
}

export const SHIP_CATEGORIES: ReadonlySet<string> = new Set(['ship', 'submarine']);

/** "INS Vikramaditya", "SPS Juan Carlos I": a navy's prefix before a ship the lexicon knows is part of its name. */
function navyPrefixed(scan: ScannedSentence, hit: SystemHit): boolean {
  const before = scan.tokens[hit.first - 1];
  return SHIP_CATEGORIES.has(hit.form.family.category) && before !== undefined && weaponLexicon().words.shipPrefixes.has(before.text);
}

/**
 * "M1A2T Abrams", "AH-1Z Viper": a code and a name of the same family side by side are one mention;
 * so is a code and a word that goes on from a code in one of the family's names ("F-5 Tiger" after
 * "F-5 Tiger II", "AH-1F Cobra" after "AH-1 Cobra"), though that word alone names another family.
 */
function joinAdjacent(scan: ScannedSentence, actors: ActorSpans, candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  const { tokens } = scan;
  const extend = (c: Candidate, last: number): Candidate => ({ ...c, last, phrase: nounPhrase(scan, actors, c.first, last) });
  for (const c of candidates) {
    const previous = joined[joined.length - 1];
    const goesOn = previous?.family && c.first === previous.last + 1 && c.first === c.last && namedAfterCode(previous.family, tokens[c.first]!.text) !== null;
    if (previous && c.family && previous.family === c.family && c.first === previous.last + 1) {
      joined[joined.length - 1] = { ...extend(previous, c.last), free: previous.free || c.free };
    } else if (previous && goesOn) joined[joined.length - 1] = extend(previous, c.last);
    else if (previous?.family && c.first === previous.last + 1 && variantCode(scan, previous.family, c)) joined[joined.length - 1] = { ...extend(previous, c.last), free: true };
    else joined.push(c);
  }
  // (A word the lexicon has no family for goes on the same way: "F-5 Tiger fighter jets".)
  // ("JF-17C Block III": the rest of that name goes on with it.)
  return joined.map((c, i) => {
    const next = joined[i + 1]?.first ?? tokens.length;
    // ("Hawk Mk120 trainers", "AS350 B3 helicopters", "RBS 70 NG launchers": so does a variant's mark.)
    const marked = c.family ? variantMarkEnd(scan, actors, c.last + 1) : null;
    if (marked !== null && marked < next) return extend(c, marked);
    const word = tokens[c.last + 1];
    if (!c.family || !word?.spaceBefore || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || actors.at(word.start)) return c;
    const rest = namedAfterCode(c.family, word.text);
    if (!rest) return c;
    let last = c.last + 1;
    for (const w of rest) {
      if (!(last + 1 < next && tokens[last + 1]!.spaceBefore && tokens[last + 1]!.text === w)) break;
      last++;
    }
    return last < next ? extend(c, last) : c;
  });
}

/** A mark ("Mk120", "Mk 7") or a code of a letter or two and digits ("B3", "XM15"). */
const MARK = /^(?:Mk|MK|Mark)\.?\d+[A-Z]?$/;
const MARK_WORD = /^(?:Mk|MK|Mark)\.?$/;
const MARK_NUMBER = /^(?:\d+[A-Z]?|[IVX]+)$/;
const LETTERED_CODE = /^[A-Z]{1,2}\d{1,3}[A-Z]?$/;

/** Where a variant's mark written after a family's name at `at` ends ("Hawk Mk120", "RBS 70 NG"), else null. */
function variantMarkEnd(scan: ScannedSentence, actors: ActorSpans, at: number): number | null {
  const word = scan.tokens[at];
  // ("AS350 B3": a code that is also a firm's name, the B3 exchange, is the variant's after a family.)
  const actor = word ? actors.at(word.start)?.actor : undefined;
  if (!word?.spaceBefore || (actor && !(actor.kind === 'organization' && LETTERED_CODE.test(word.text)))) return null;
  if (MARK.test(word.text) || LETTERED_CODE.test(word.text) || weaponLexicon().words.variantMarks.has(word.text)) return at;
  const number = scan.tokens[at + 1];
  return MARK_WORD.test(word.text) && number?.spaceBefore && MARK_NUMBER.test(number.text) ? at + 1 : null;
}

/**
 * "AS350 B3 helicopters", "ASTROS II MK6", "MEKO A-200AN frigates": a code the lexicon has no family
 * for, written right after a family's name, is the family's variant, not a system of its own.
 */
function variantCode(scan: ScannedSentence, family: WeaponFamily, c: Candidate): boolean {
  // ("Bushmaster XM15 rifles" are rifles, no armoured vehicle's variant.)
  if (c.family !== null || !c.rule.startsWith('designation') || c.category !== family.category) return false;
  return scan.tokens[c.first]!.spaceBefore && /\d/.test(writtenText(scan.tokens, c.first, c.last));
}

/** The words after `word` where it follows a code in one of a family's names ("Tiger" in "F-5E Tiger II": ["II"]), else null. */
function namedAfterCode(family: WeaponFamily, word: string): string[] | null {
  for (const name of [family.name, ...family.aliases, ...family.designations]) {
    const words = name.split(/\s+/);
    const k = words.findIndex((w, j) => j > 0 && w === word && /\d/.test(words[j - 1]!));
    if (k > 0) return words.slice(k + 1);
  }
  return null;
}

function* designations(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  const inHead = headTokens(scan);
  for (let i = 0; i < t.length; i++) {
    if (taken[i] || inHead[i]) continue;
    const last = designationEnd(scan, i);
    if (last === null || taken.slice(i, last + 1).some(Boolean)) continue;
    const start = t[i]!.start;
    // (A maker's code before a slash may read as an unknown acronym's name: "CS/VP14".)
    const code = actors.at(start);
    if ((code && !(last > i && t[i + 1]!.text === '/' && unknownAcronym(code.actor.name, t[i]!.text))) || actors.at(t[last]!.start) || actors.isPlace(start)) continue;
    const text = writtenText(t, i, last).replace(/(?<=[\p{L}\p{N}])s$/u, '');
    const phrase = nounPhrase(scan, actors, i, last);
    const known = familyOfDesignation(text);
    if (known) {
      yield { first: i, last, family: known.family, name: known.family.name, category: known.family.category, origin: known.family.origin, free: known.free, phrase, rule: 'designation-variant' };
      i = last;
      continue;
    }
    const prefix = prefixOf(text);
    // "A350 jets" are airliners: a broad head noun does not type a designation; "SIG716 rifles"
    // are no civil make's.
    const broad = phrase.head && phrase.head.category !== 'small arms' && weaponLexicon().words.broadHeads.has(phrase.head.phrase.toLowerCase());
    const head = phrase.head && phrase.head.category !== 'generic' && !broad ? phrase.head : null;
    const hyphenated = last > i;
    if (head) {
      yield { first: i, last, family: null, name: text, category: head.category, origin: prefix?.origin ?? null, free: true, phrase, rule: 'designation-head' };
    } else if (prefix?.category && hyphenated && (prefix.prefix.replace(/-$/, '').length >= 2 || head)) {
      yield { first: i, last, family: null, name: text, category: prefix.category, origin: prefix.origin, free: true, phrase, rule: 'designation-prefix' };
    } else continue;
    i = last;
  }
}

/** Tokens first..last as the text writes them: "AGM-154C", "Leopard 2A9". */
function writtenText(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('');
}

/** The last token of a designation starting at token i, or null. */
function designationEnd(scan: ScannedSentence, i: number): number | null {
  const t = scan.tokens;
  const token = t[i]!;
  const next = t[i + 1];
  const after = t[i + 2];
  if (PREFIX_WORD.test(token.text) && next?.text === '-' && !next.spaceBefore && after && !after.spaceBefore && NUMBER_PART.test(after.text)) return i + 2;
  // "AN/TPQ-53", "J/FPS-3ME": a joint-electronics designation, the system's code after the slash.
  if (/^(?:AN|J)$/.test(token.text) && next?.text === '/' && !next.spaceBefore && after && !after.spaceBefore && designationEnd(scan, i + 2) === i + 4) return i + 4;
  // ("CS/VP14", "CS/VN3": a maker's code before the slash.)
  if (/^\p{Lu}{2,3}$/u.test(token.text) && next?.text === '/' && !next.spaceBefore && after && !after.spaceBefore && ONE_TOKEN.test(after.text)) return i + 2;
  if (ONE_TOKEN.test(token.text)) return i;
  // "Type 052D", "Project 636": a series word and a number.
  if (SERIES_WORDS.has(token.lower) && /^\p{Lu}/u.test(token.text) && next && NUMBER_PART.test(next.text)) return i + 1;
  return null;
}

/**
 * A family for a designation the lexicon does not list as written: the same matching key
 * ("T72" = "T-72"), or a listed form followed by a variant suffix ("T-72B3M", "Su-35SM", "F-16V":
 * the cut falls between a digit and a letter, so "T-720" is not a T-72).
 */
export function familyOfDesignation(text: string): { family: WeaponFamily; free: boolean } | null {
  const { keys } = weaponLexicon();
  const key = matchingKey(text);
  const exact = keys.get(key);
  if (exact) return { family: exact, free: !(exact.needsContext || exact.contextForms?.some((f) => matchingKey(f) === key)) };
  for (let k = key.length - 1; k >= 2; k--) {
    if (!/\p{N}/u.test(key[k - 1]!) || !/\p{L}/u.test(key[k]!)) continue;
    const family = keys.get(key.slice(0, k));
    if (family) return { family, free: true };
  }
  return null;
}

function prefixOf(text: string): DesignationPrefix | null {
  for (const p of weaponLexicon().prefixes) {
    if (!text.startsWith(p.prefix)) continue;
    const rest = text.slice(p.prefix.length);
    if (p.prefix.endsWith('/') ? /^\p{Lu}{2,4}-\p{N}/u.test(rest) : p.prefix.endsWith('-') ? /^\p{N}/u.test(rest) : /^-?\p{N}/u.test(rest)) return p;
  }
  return null;
}

/** "INS Vikrant", "HMS Queen Elizabeth": a navy's prefix and one to three capitalised words. */
function* shipNames(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  const { shipPrefixes } = weaponLexicon().words;
  for (let i = 0; i < t.length - 1; i++) {
    // (A prefix several navies use, "CGS" for a coast guard ship, names no navy: "".)
    const navy = shipPrefixes.get(t[i]!.text);
    if (navy === undefined || taken[i]) continue;
    let last = i;
    // ("USS Gerald R. Ford": a middle initial between two words of the name.)
    const word = (k: number) => NAME_WORD.test(t[k]!.text) || (k > i + 1 && /^\p{Lu}\.$/u.test(t[k]!.text) && NAME_WORD.test(t[k + 1]?.text ?? ''));
    let initials = 0;
    while (last - i - initials < 3 && t[last + 1] && !taken[last + 1] && word(last + 1) && t[last + 1]!.spaceBefore) if (/\.$/.test(t[++last]!.text)) initials++;
    if (last === i) continue;
    const name = t
      .slice(i, last + 1)
      .map((tok) => tok.text)
      .join(' ');
    yield { first: i, last, family: null, name, category: 'ship', origin: navy || null, free: true, phrase: nounPhrase(scan, actors, i, last), rule: 'ship-name' };
    i = last;
  }
}

/** A capitalised word of a ship's name: "Gerald", "Ford". */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Capitalised words of a ship's name after its type. */
const SHIP_NAME_WORDS = 3;

/**
 * "commissioned the corvette Deniz Han in 2021", "the multipurpose aircraft carrier Atlântico": one to
 * three capitalised words right after a singular ship type with a definite article before it name
 * one ship (not a country, a place or a date: "the frigate Monday", "the submarine Russia sold").
 */
function* shipsNamedAfterType(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  for (const head of scan.heads) {
    const category = head.head.category;
    if ((category !== 'ship' && category !== 'submarine') || taken[head.last + 1] || /s$/.test(t[head.last]!.lower)) continue;
    if (!/^\p{Ll}/u.test(t[head.first]!.text)) continue;
    // "the corvette", "the multipurpose aircraft carrier": a definite article a few words before.
    if (!t.slice(Math.max(0, head.first - 3), head.first).some((w) => w.lower === 'the')) continue;
    let last = head.last;
    while (last - head.last < SHIP_NAME_WORDS && t[last + 1] && !taken[last + 1] && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t[last + 1]!.text.normalize('NFD')) && t[last + 1]!.spaceBefore && !actorRules().nonNames.has(t[last + 1]!.lower)) last++;
    if (last === head.last) continue;
    const first = head.last + 1;
    // (A name the actor step read as a person or a company, "Deniz Han", is the ship's after its type.)
    const actor = actors.at(t[first]!.start)?.actor;
    if (actor?.kind === 'country' || actor?.kind === 'media' || actors.isPlace(t[first]!.start)) continue;
    // ("the frigate Fincantieri built for Indonesia", "Captain Ahmed said": a name that a verb follows is
    // its subject; "the patrol vessel Elephant was built in Brazil": an auxiliary makes the ship the subject.)
    if (/^\p{Ll}+$/u.test(t[last + 1]?.text ?? '') && isVerbForm(t[last + 1]!.lower) && !/^(?:in|on|at|to|from|with|for|of|and|is|was|were|are|has|had)$/.test(t[last + 1]!.lower)) continue;
    // "the helicopter carrier Atlântico, (is) the former HMS Ocean": the ship goes by the name it is known
    // by in the story's sources (the prefixed one).
    if (t.slice(last + 1, last + 5).some((w, k, after) => /^(?:former|ex)$/.test(w.lower) && after[k - 1]?.lower === 'the')) continue;
    const name = t
      .slice(first, last + 1)
      .map((tok) => tok.text)
      .join(' ');
    yield { first, last, family: null, name, category, origin: null, free: true, phrase: nounPhrase(scan, actors, first, last), rule: 'ship-name' };
  }
}

/**
 * "80 Command and Liaison Reconnaissance Vehicles (CLRV)": capitalised words ending in a category
 * head noun, then the letters they spell in brackets, name a system by its letters.
 */
function* spelledNames(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  for (const head of scan.heads) {
    const letters = t[head.last + 2]?.text ?? '';
    if (head.head.category === 'generic' || taken[head.first] || t[head.last + 1]?.text !== '(' || t[head.last + 3]?.text !== ')' || !/^\p{Lu}{2,8}$/u.test(letters)) continue;
    if (!t.slice(head.first, head.last + 1).every((tok) => /^\p{Lu}/u.test(tok.text))) continue;
    const first = spelledBy(t, head.last, letters, (k) => !taken[k]);
    // (Not a company's name: "Leonardo Rheinmetall Military Vehicles (LRMV)".)
    if (first === null || t.slice(first, head.last + 3).some((tok) => actors.at(tok.start))) continue;
    const candidate = { family: null, name: letters, category: head.head.category, origin: null, free: true, rule: 'spelled-name' } as const;
    yield { ...candidate, first, last: head.last, phrase: nounPhrase(scan, actors, first, head.last) };
    yield { ...candidate, first: head.last + 2, last: head.last + 2, phrase: nounPhrase(scan, actors, head.last + 2, head.last + 2) };
  }
}

/**
 * "The 60-metre OPV 190 Mk II": a head noun written as letters with a model number after it names a
 * model ("OPV 190"), as a name and a model number before a head do ("FPB 98 patrol boats").
 */
function* numberedHeads(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  for (const head of scan.heads) {
    const letters = t[head.first]!.text;
    const number = t[head.last + 1]?.text ?? '';
    if (head.first !== head.last || head.head.category === 'generic' || taken[head.first] || taken[head.last + 1] || !/^\p{Lu}{2,5}$/u.test(letters)) continue;
    if (number.length < 2 || !isModelNumber(number)) continue;
    yield { first: head.first, last: head.last + 1, family: null, name: `${letters} ${number}`, category: head.head.category, origin: null, free: true, phrase: nounPhrase(scan, actors, head.first, head.last + 1), rule: 'name-head' };
  }
}

/** Unknown names before a category head noun: "Chunmoo rocket launchers", "Wing Loong drones". */
function* namesBeforeHeads(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  const countryWords = actorLexicon().countryWords;
  for (const head of scan.heads) {
    // A capitalised head noun is part of a name ("Custom Cruiser"), unless the sentence is all
    // capitals; an acronym's plural ("OPVs", "APCs") is none.
    const written = t.slice(head.first, head.last + 1).map((tok) => tok.text).join(' ');
    if (head.head.category === 'generic' || taken[head.first] || (/\p{Lu}/u.test(written) && /\p{Ll}/u.test(written) && !ACRONYM_PLURAL.test(written))) continue;
    // "Hangor-class submarines", "Defender-class fast patrol boats": a class name, with at most
    // two describing words before the head.
    const classWord = classBefore(t, head.first);
    if (classWord !== null && namesClass(t, taken, classWord)) {
      const named = classNamed(scan, actors, taken, classWord, written, head.head.category);
      if (named) yield named;
      continue;
    }
    // "Lanza long-range air surveillance radars": one hyphenated describing word between the name and its head.
    const described = describingCompoundBefore(t, head.first) && /^\p{Lu}/u.test(t[head.first - 4]?.text ?? '');
    // ("Tridon Mk2 mobile air defence systems": or one plain describing word the lexicon lists.)
    const { modifiers, phraseOpeners } = weaponLexicon().words;
    const plain = !described && /^\p{Ll}+$/u.test(t[head.first - 1]?.text ?? '') && modifiers.has(t[head.first - 1]!.text) && !phraseOpeners.has(t[head.first - 1]!.text) && /^\p{Lu}/u.test(t[head.first - 2]?.text ?? '');
    const end = described ? head.first - 3 : plain ? head.first - 1 : head.first;
    let first = end;
    // "FPB 98 patrol boats", "OPV 58 S offshore patrol vessels": a model number (and a letter) after the name.
    const model = described ? 0 : modelNumberBefore(t, head.first);
    for (let k = end - 1 - model; k >= 0 && end - model - k <= 2; k--) {
      const token = t[k]!;
      const nameLike = /^\p{Lu}[\p{Ll}\p{Lu}\p{N}]+$/u.test(token.text) && (token.text.length > 2 || /\p{Ll}/u.test(token.text)) && !MONEY.test(token.text) && !taken[k] && k > 0;
      const country = countryWords.has(token.lower) || (k > 0 && countryWords.has(`${t[k - 1]!.lower} ${token.lower}`));
      // A capitalised common word inside a longer name ("Hai Kun", "Golden Eagle"), not as its last word.
      const common = isCommonWord(token.lower) && !(first < end && /^\p{Lu}\p{Ll}/u.test(token.text));
      const actor = actors.at(token.start);
      if (!nameLike || country || common || (actor && !unknownAcronym(actor.actor.name, token.text)) || actors.isPlace(token.start)) break;
      first = k;
    }
    // "Kurdish fighters", "Houthi drones": a broad head noun, or a single word that reads as a people's name.
    const broad = weaponLexicon().words.broadHeads.has(head.head.phrase.toLowerCase());
    if (first === end || broad || (first === end - 1 && DEMONYM_LIKE.test(t[first]!.text))) continue;
    // "JF-17C Block III fighter jets", "K9 VIDAR howitzers": a variant of the system named right
    // before it, no system of its own.
    if (weaponLexicon().words.variantWords.has(t[first]!.text) || taken[first - 1]) continue;
    const name = t
      .slice(first, end)
      .map((tok) => tok.text)
      .join(' ');
    const phrase = nounPhrase(scan, actors, first, end - 1);
    // "K9A1EGY howitzers": a code longer than the designation shape, but a variant of a known family.
    const known = first === end - 1 ? familyOfDesignation(name) : null;
    if (known) {
      yield { first, last: first, family: known.family, name: known.family.name, category: known.family.category, origin: known.family.origin, free: true, phrase, rule: 'designation-variant' };
      continue;
    }
    // "SK-105 Kurassier light tanks": a code the lexicon lacks before the name is the system's
    // designation, its name's first part (and no count of 105).
    const code = codeBefore(scan, actors, taken, first);
    if (code !== null) {
      yield { first: code, last: end - 1, family: null, name: writtenText(t, code, first - 1), category: head.head.category, origin: null, free: true, phrase: nounPhrase(scan, actors, code, end - 1), rule: 'name-head' };
      continue;
    }
    yield { first, last: end - 1, family: null, name, category: head.head.category, origin: null, free: true, phrase, rule: 'name-head' };
  }
}

/** The first token of a free designation ending right before `first`, or null. */
function codeBefore(scan: ScannedSentence, actors: ActorSpans, taken: readonly boolean[], first: number): number | null {
  for (let d = first - 1; d >= Math.max(0, first - 3); d--) {
    if (designationEnd(scan, d) !== first - 1) continue;
    const start = scan.tokens[d]!.start;
    return taken.slice(d, first).some(Boolean) || actors.at(start) || actors.isPlace(start) ? null : d;
  }
  return null;
}

/**
 * "Protector-class boats": a boat noun names no category on its own ("boats" on a lake, "the boat
 * people"), but after a class name it is a ship of that class.
 */
function* classBoats(scan: ScannedSentence, actors: ActorSpans, taken: boolean[]): Generator<Candidate> {
  const t = scan.tokens;
  const { classNouns } = weaponLexicon().words;
  const inHead = headTokens(scan);
  for (let k = 3; k < t.length; k++) {
    if (!classNouns.has(t[k]!.text) || inHead[k]) continue;
    const classWord = classBefore(t, k);
    if (classWord === null || !namesClass(t, taken, classWord)) continue;
    const named = classNamed(scan, actors, taken, classWord, t[k]!.text, 'ship');
    if (named) yield named;
  }
}

/** A free capitalised name joined by a hyphen to the "class" at `classWord`: "Hangor-class". */
function namesClass(t: readonly Token[], taken: readonly boolean[], classWord: number): boolean {
  return t[classWord - 1]?.text === '-' && /^\p{Lu}/u.test(t[classWord - 2]?.text ?? '') && !taken[classWord - 2];
}

/** The class whose "class" word is at `classWord`, with its type of ship as a reader names it: "Abukuma-class destroyer escort". */
function classNamed(scan: ScannedSentence, actors: ActorSpans, taken: boolean[], classWord: number, written: string, category: string): Candidate | null {
  const t = scan.tokens;
  if (actors.at(t[classWord - 2]!.start)) return null;
  const first = classStart(scan, actors, taken, classWord - 2);
  // ("Al-Ofouq-class": as written, hyphens kept.)
  const word = t
    .slice(first, classWord - 1)
    .map((tok, i) => (i > 0 && tok.spaceBefore ? ' ' : '') + tok.text)
    .join('');
  const type = ACRONYM_PLURAL.test(written) ? written.slice(0, -1) : written.toLowerCase().replace(/(?<=[^s])s$/, '');
  const name = `${first < classWord - 2 ? word : `${word[0]}${word.slice(1).toLowerCase()}`}-class ${type}`;
  return { first, last: classWord, family: null, name, category, origin: null, free: true, phrase: nounPhrase(scan, actors, first, classWord), rule: 'name-head' };
}

/** An acronym's plural head: "OPVs", "APCs". */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** Words of a class's name before its last one: "Jacob van Heemskerck-class", "Piloto Pardo-class", "Viana do Castelo-class". */
const CLASS_NAME_WORDS = 3;

/** The first token of a class's name that ends at `last`: capitalised words and "van", "de", "von", "of" between them ("Port of Spain-class"). */
function classStart(scan: ScannedSentence, actors: ActorSpans, taken: boolean[], last: number): number {
  const t = scan.tokens;
  const countryWords = actorLexicon().countryWords;
  let first = last;
  for (let k = last - 1; k > 0 && last - k <= CLASS_NAME_WORDS; k--) {
    const token = t[k]!;
    // (A class named after a person: "Jacob van Heemskerck-class".)
    const actor = actors.at(token.start)?.actor;
    const capital = /^\p{Lu}\p{Ll}+$/u.test(token.text) && !countryWords.has(token.lower) && (!actor || actor.kind === 'person') && !isCommonWord(token.lower);
    if (capital && !taken[k]) first = k;
    // (An article or a particle joined by a hyphen: "Al-Ofouq-class", "El-Fateh-class".)
    else if (token.text === '-' && joinedByHyphen(t, k + 1) && first === k + 1 && /^\p{Lu}\p{Ll}{0,2}$/u.test(t[k - 1]!.text) && !taken[k - 1]) {
      first = k - 1;
      break;
    }
    else if (!/^(?:van|de|der|von|da|del|do|dos|das|of)$/.test(token.text)) break;
  }
  return first;
}

/** Describing words a class name may stand apart from its head by: "Defender-class fast patrol boats". */
const CLASS_GAP = 2;

/** The index of "class" before a head noun, over at most CLASS_GAP lower-case words, or null. */
function classBefore(t: readonly Token[], headFirst: number): number | null {
  for (let k = headFirst - 1, words = 0; k >= 0 && words <= CLASS_GAP; k--) {
    const token = t[k]!;
    if (token.lower === 'class') return k;
    if (token.text === '-' && !token.spaceBefore) continue;
    if (!/^\p{Ll}+$/u.test(token.text)) return null;
    words++;
  }
  return null;
}

/**
 * How many tokens right before a head noun are a model number: one to four digits, not a year,
 * and an optional single capital ("58 S"). Zero when there is none.
 */
function modelNumberBefore(t: readonly Token[], headFirst: number): number {
  const letter = /^\p{Lu}$/u.test(t[headFirst - 1]?.text ?? '') ? 1 : 0;
  const number = t[headFirst - 1 - letter]?.text ?? '';
  if (!isModelNumber(number)) return 0;
  return letter + 1;
}

/** A model number ("98", "190", Damen's "10514"), not a year ("2026"). */
function isModelNumber(text: string): boolean {
  return /^\p{N}{1,5}$/u.test(text) && !/^(?:19|20)\d\d$/.test(text);
}

let knownNames: Set<string> | null = null;

/**
 * "PPA frigates", "MPATGM missiles": an acronym the actor stage took for an organisation it does not
 * know, right before a weapons head noun, is the system's name.
 */
function unknownAcronym(actorName: string, text: string): boolean {
  if (!/^\p{Lu}{2,7}$/u.test(text) || actorName !== text) return false;
  if (!knownNames) {
    knownNames = new Set();
    for (const e of actorLexicon().entries.values()) for (const n of [e.name, ...e.aliases]) knownNames.add(n.toLowerCase());
  }
  return !knownNames.has(text.toLowerCase());
}

/** Tokens inside head nouns ("anti-aircraft" is not a designation). */
function headTokens(scan: ScannedSentence): boolean[] {
  const inHead = scan.tokens.map(() => false);
  for (const h of scan.heads) for (let k = h.first; k <= h.last; k++) inHead[k] = true;
  return inHead;
}
