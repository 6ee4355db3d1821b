/**
 * What a clause can transfer: the weapons mentioned in it (by name or by a later reference), each
 * with its noun phrase, and unnamed arms ("the Israel-made arms", "a missile system"). An unnamed
 * description whose category fits exactly one weapon of the story stands for that weapon (a
 * headline's "missile system" for the HQ-22 the story names). Offsets of the weapons layer are
 * turned back into sentence token indices.
 */
import type { Actor, Weapon } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { isPossessiveMark, type Token } from '../../nlp/tokens.js';
import { isKnownWord, isNounForm, isVerbForm } from '../../nlp/word-classes.js';
import { weaponLexicon } from '../../lexicon/weapons.js';
import { latestNamedBefore } from './latest.js';
import { homeCountry, isSeller, partyOf } from './parties.js';
import { transferRules } from './rules.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { countEndingAt, demonymEndingAt, nounPhrase, type NounPhrase, type StatedOrigin } from '../../3-annotate/weapons/noun-phrase.js';
import type { ScannedSentence } from '../../3-annotate/weapons/scan.js';

export interface Item {
  /** Null for unnamed arms. */
  weapon: Weapon | null;
  description: string | null;
  phrase: NounPhrase;
  /** The origin the story states ("Israel-made"), when an actor of the story. */
  origin: Actor | null;
  /** A country the noun phrase says owns the system: "Russia's S-400". */
  possessor: Actor | null;
  /** A country adjective other than the maker's: "Polish Leopard 2 tanks", "the Dutch F-16s". */
  holder: Actor | null;
  /** A possessive pronoun in the noun phrase: "its own F-35s". */
  pronounOwner: boolean;
  /** A company the noun phrase says the system is of: "Nurol Makina's Ejder Yalcin" (its maker). */
  maker: Actor | null;
}

const LEADING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'of', 'some', 'these', 'those', 'this']);

export function itemsOf(doc: AnalysisDocument, scan: ScannedSentence, actors: ActorSpans): Item[] {
  const { tokens } = scan;
  const sentence = scan.sentence;
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  const items: Item[] = [];
  // Phrases of systems that goods are for: no goods, but their words are no count of anything else.
  const served: NounPhrase[] = [];
  for (const weapon of doc.layers.weapons) {
    for (const m of weapon.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      const first = index.get(m.start);
      if (first === undefined) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
      const phrase = nounPhrase(scan, actors, first, last);
      if (forSupport(tokens, phrase)) {
        served.push(phrase);
        continue;
      }
      items.push(item(weapon, null, { ...phrase, demonym: phrase.demonym ?? demonymInside(tokens, actors, first, last) }, tokens, actors));
    }
  }
  const covered = tokens.map(() => false);
  // "spare parts for F-16 and F-5 fighters": goods joined to a served system are served too.
  for (const it of [...items].sort((a, b) => a.phrase.first - b.phrase.first)) {
    const joiner = tokens[it.phrase.first - 1]?.lower;
    if ((joiner === 'and' || joiner === ',') && served.some((p) => p.last === it.phrase.first - 2)) {
      served.push(it.phrase);
      items.splice(items.indexOf(it), 1);
    }
  }
  for (const phrase of [...items.map((it) => it.phrase), ...served]) for (let k = phrase.first; k <= phrase.last; k++) covered[k] = true;
  const { broadHeads } = weaponLexicon().words;
  for (const head of scan.heads) {
    // "the final 717 jet": a broad head alone names no arms; "52 Gepard anti-aircraft tanks": a head
    // whose noun phrase holds a system's name is that system's.
    if (covered[head.first] || covered[head.last] || broadHeads.has(head.head.phrase.toLowerCase())) continue;
    // "the Kazakh Air Defence Forces": a head noun inside an actor's name names no arms.
    const span = actors.at(tokens[head.first]!.start);
    if (span && span.end >= tokens[head.last]!.end) continue;
    // "wheeled tank destroyers", "the helicopter carrier Atlântico": a head noun that modifies the noun after it names no arms of its kind.
    if (scan.heads.some((other) => other !== head && other.first === head.last + 1) || transferRules().compoundHeads.has(tokens[head.last + 1]?.lower ?? '')) continue;
    const phrase = nounPhrase(scan, actors, head.first, head.last);
    if (covered.slice(phrase.first, head.first).some(Boolean) || forSupport(tokens, phrase)) continue;
    // "the latest in a series of retired warships": a kind of goods among many stands for no one system.
    // ("handed over M113 carriers, mortars and anti-aircraft guns": nor does a bare kind of goods listed after a named system.)
    const listed = /^(?:and|,)$/.test(tokens[phrase.first - 1]?.lower ?? '') && phrase.quantity === null && !weaponLexicon().words.referenceDeterminers.has(tokens[phrase.first]!.lower) && namedEarlierInList(tokens, covered, phrase.first - 1);
    const many = listed || (tokens[phrase.first - 1]?.lower === 'of' && transferRules().collectionNouns.has(tokens[phrase.first - 2]?.lower ?? ''));
    // ("Russia has already shipped helicopters and ammunition to Mali": a bare plural, with no
    // determiner, count or origin, tells a kind of goods, not the one system of its kind named before;
    // "including frigates and air defence systems for Egypt" may stand for the ones named next.)
    const bare = /s$/.test(tokens[head.last]!.lower) && opensBare(tokens, phrase, head.first) && phrase.quantity === null && phrase.origin === null && phrase.demonym === null;
    const stands = many ? null : standsFor(doc, head.head.category, /^an?$/.test(tokens[phrase.first]!.lower) && phrase.origin === null && phrase.demonym === null ? scan.sentence.index + 1 : null);
    const named = sameDesign(doc.layers.weapons, tokens, head.last, head.head.category) ?? sameBefore(doc, scan, head.first, head.head.category) ?? (bare && stands?.mentions.some((m) => m.end <= tokens[phrase.first]!.start) ? null : stands);
    let first = phrase.first;
    while (first < head.first && LEADING.has(tokens[first]!.lower)) first++;
    const description = named ? null : doc.text.slice(tokens[first]!.start, tokens[head.last]!.end);
    items.push(item(named, description, { ...phrase, last: Math.max(phrase.last, head.last) }, tokens, actors));
  }
  items.push(...elided(items, tokens), ...more(items, tokens, covered), ...partOfThem(doc, scan, items, covered), ...sameKind(doc, scan, covered), ...bareCounts(doc, scan, items, covered));
  return items.sort((a, b) => a.phrase.first - b.phrase.first);
}

/** Whether the noun phrase opens on its head noun or on a word that only describes it ("helicopters", "new helicopters"), not on a determiner or a possessive. */
function opensBare(tokens: readonly Token[], phrase: NounPhrase, head: number): boolean {
  // (Nor after a name or a code it goes on: "Ejder Yalçın 4x4 armoured vehicles".)
  if (isPossessiveMark(tokens[phrase.first - 1]) || /[\p{Lu}\d]/u.test(tokens[phrase.first - 1]?.text ?? '')) return false;
  for (let k = phrase.first; k < head; k++) if (!/^\p{Ll}+$/u.test(tokens[k]!.text) || !describingWord(tokens[k]!.lower)) return false;
  return true;
}

/** "ammunition for Leopard 1 tanks", "spare parts for its F-16s": the system only says what the goods serve. */
function forSupport(tokens: readonly Token[], phrase: { first: number; last: number }): boolean {
  let j = phrase.first - 1;
  // "ammunition for its 40 Leopard 1 tanks".
  while (transferRules().objectOpeners.has(tokens[j]?.lower ?? '')) j--;
  if (tokens[j]?.lower !== 'for' || !transferRules().supportNouns.has(tokens[j - 1]?.lower ?? '')) return false;
  return !toldInRelative(tokens, phrase.last + 1);
}

/** Tokens of a relative clause scanned for its verb ("that Berlin has given to Ukraine"). */
const RELATIVE_REACH = 6;

/**
 * "ammunition for the 52 Gepard tanks that Berlin has given to Ukraine": a relative clause after the
 * system that states a transfer of it as done ("has given"); not a wish ("that Berlin wanted to pass on").
 */
function toldInRelative(tokens: readonly Token[], from: number): boolean {
  const { modality, cues, relativeSubjects } = transferRules();
  if (!relativeSubjects.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < tokens.length && k - from <= RELATIVE_REACH; k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.lower === 'to' || modality.has(tokens[k]!.lower)) return false;
    if (cues.longestAt(tokens, k)?.payloads.some((p) => p?.pos === 'verb' && p.transfer)) return true;
  }
  return false;
}

/** "the first six Danish jets", "the Dutch aircraft": a later reference holds its country's adjective. */
function demonymInside(tokens: readonly Token[], actors: ActorSpans, first: number, last: number): StatedOrigin | null {
  for (let k = first; k < last; k++) {
    const demonym = demonymEndingAt(tokens, actors, k);
    if (demonym) return demonym;
  }
  return null;
}

/** Words a party phrase may hold between a counted system and the elided one ("from Qatar and"). */
const PARTY_PHRASE_WORDS = 6;

/**
 * "12 second-hand Typhoons from Qatar and 12 from Oman", "six jets to Kyiv and four more to Chisinau":
 * a count before a party's preposition, after the same system with its own count and party, is more
 * of that system. The elided item is the count itself.
 */
function elided(items: readonly Item[], tokens: readonly Token[]): Item[] {
  const found: Item[] = [];
  for (const it of items) {
    if (!it.weapon || it.phrase.quantity === null) continue;
    const preposition = tokens[it.phrase.last + 1]?.lower;
    if (preposition !== 'from' && preposition !== 'to') continue;
    for (let j = it.phrase.last + 2; j < tokens.length && j - it.phrase.last <= PARTY_PHRASE_WORDS; j++) {
      if (tokens[j]!.text === ',' && tokens[j + 1]?.lower !== 'and') break;
      if (tokens[j]!.lower !== 'and') continue;
      let end = j + 1;
      while (tokens[end + 1] && countEndingAt(tokens, end + 1)?.first === j + 1) end++;
      const count = countEndingAt(tokens, end);
      if (!count || count.first !== j + 1 || count.value === 0) break;
      const last = tokens[end + 1]?.lower === 'more' ? end + 1 : end;
      if (tokens[last + 1]?.lower === preposition) {
        found.push({ ...it, phrase: { ...it.phrase, first: j + 1, last, quantity: count.value } });
      }
      break;
    }
  }
  return found;
}

/**
 * "Romania, which received its first F-16s from Portugal, is now buying 32 more from Norway": a count
 * with "more" and no noun of its own is more of the system the sentence named last before it.
 */
function more(items: readonly Item[], tokens: readonly Token[], covered: readonly boolean[]): Item[] {
  const found: Item[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'more' || covered[k] || covered[k + 1]) continue;
    const count = countEndingAt(tokens, k - 1);
    if (!count || count.value === 0 || covered[count.first]) continue;
    const before = items.filter((it) => it.weapon && it.phrase.last < count.first).sort((a, b) => b.phrase.last - a.phrase.last)[0];
    if (before) found.push({ ...before, phrase: { ...before.phrase, first: count.first, last: k, quantity: count.value } });
  }
  return found;
}

/**
 * "Croatia is replacing its Mi-8 helicopters. Zagreb handed over 14 of them to Ukraine": a count of
 * "them" (or "these", "those") is part of the system named last, in this sentence or the one before,
 * when no other goods of this sentence come first.
 */
function partOfThem(doc: AnalysisDocument, scan: ScannedSentence, items: readonly Item[], covered: readonly boolean[]): Item[] {
  const { tokens } = scan;
  const found: Item[] = [];
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'of' || !/^(?:them|these|those)$/.test(tokens[k + 1]!.lower) || covered[k + 1]) continue;
    const count = countEndingAt(tokens, k - 1);
    if (!count || count.value === 0 || covered[count.first] || items.some((it) => it.weapon && it.phrase.last < count.first)) continue;
    // The latest system named since the sentence before, of which there are at least that many ("14
    // Mi-8 helicopters and 12 Rafale jets ... all 14 of them" are the Mi-8s).
    const named = namedLately(doc, scan, tokens[count.first]!.start, (w) => w.quantity === null || w.quantity >= count.value);
    if (!named) continue;
    found.push(referenceItem(named, count.first, k + 1, count.value));
  }
  return found;
}

/** An item that refers back to a system named before ("14 of them", "the same model", "one"): its words, its count and nothing else. */
function referenceItem(weapon: Weapon, first: number, last: number, quantity: number | null): Item {
  const phrase: NounPhrase = { first, last, quantity, origin: null, demonym: null, head: null, headSide: null, contextNoun: false };
  return { weapon, description: null, phrase, origin: null, possessor: null, holder: null, pronounOwner: false, maker: null };
}

/** Adjectives between a possessive and the goods it owns ("Baykar's larger Akinci drone"). */
const OWNER_ADJECTIVES = 2;

/** A word that can only describe: known, and neither a noun nor a verb ("larger", "latest"). */
const describingWord = (lower: string) => isKnownWord(lower) && !isNounForm(lower) && !isVerbForm(lower);

function item(weapon: Weapon | null, description: string | null, phrase: NounPhrase, tokens: readonly Token[], actors: ActorSpans): Item {
  let start = phrase.first;
  while (phrase.first - start < OWNER_ADJECTIVES && /^\p{Ll}+$/u.test(tokens[start - 1]?.text ?? '') && describingWord(tokens[start - 1]!.lower)) start--;
  if (!isPossessiveMark(tokens[start - 1])) start = phrase.first;
  const before = tokens[start - 1];
  // ("an Argos-class patrol boat of the Portuguese Navy": a state body after "of" owns them too.)
  const of = tokens[phrase.last + 1]?.lower === 'of' ? phrase.last + (tokens[phrase.last + 2]?.lower === 'the' ? 3 : 2) : -1;
  const body = of !== -1 && tokens[of] ? actors.at(tokens[of]!.start) : undefined;
  const owner = isPossessiveMark(before) ? actors.at(tokens[start - 2]!.start) : body?.actor.kind === 'organization' ? body : undefined;
  const pronounOwner = tokens.slice(phrase.first, phrase.last + 1).some((t) => t.lower === 'its' || t.lower === 'their') || ownedCollection(tokens, phrase.first);
  // "Polish Leopard 2 tanks", "the Dutch F-16s": a country adjective other than the maker's owns them.
  const demonym = phrase.demonym?.actor;
  const holder = demonym && demonym.kind === 'country' && weapon?.origin && weapon.origin !== demonym.id && weapon.origin !== demonym.name ? demonym : null;
  return {
    weapon,
    description,
    phrase,
    origin: phrase.origin?.actor ?? null,
    // "The Royal Canadian Navy's four submarines": a state body's goods are its state's.
    possessor: owner ? statePossessor(owner.actor, actors) : null,
    maker: owner && owner.actor.kind === 'organization' && isSeller(owner.actor, actors) ? owner.actor : namedMaker(tokens, phrase, actors),
    holder,
    pronounOwner,
  };
}

/**
 * "two Airbus C295 aircraft": a company named inside the noun phrase, before the system, is its
 * maker; not letters in capitals ("the first FDI frigate"), which name the system as often, nor a
 * maker whose state sells its arms (stateExporters).
 */
function namedMaker(tokens: readonly Token[], phrase: NounPhrase, actors: ActorSpans): Actor | null {
  for (let k = phrase.first; k <= phrase.last; k++) {
    const span = actors.at(tokens[k]!.start);
    if (!span) continue;
    const home = homeCountry(span.actor, actors);
    return span.actor.kind === 'organization' && /\p{Ll}/u.test(tokens[k]!.text) && isSeller(span.actor, actors) && !(home && transferRules().stateExporters.has(home)) ? span.actor : null;
  }
  return null;
}

/** The country that owns goods a possessive names: the country itself, or the state a body of it acts for. */
function statePossessor(owner: Actor, actors: ActorSpans): Actor | null {
  const party = owner.kind === 'country' ? owner : partyOf(owner, actors);
  return party?.kind === 'country' ? party : null;
}

/** Words a collection noun phrase may hold before "of" ("its ageing fleet of F-16s"). */
const COLLECTION_WORDS = 3;

/** "its ageing fleet of F-16s", "their stocks of Leopard 2 tanks": a possessive pronoun owns the system. */
function ownedCollection(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first]?.lower === 'of' ? first : first - 1;
  if (tokens[of]?.lower !== 'of') return false;
  for (let k = of - 1; k >= 0 && of - 1 - k < COLLECTION_WORDS; k--) {
    const word = tokens[k]!.lower;
    if (word === 'its' || word === 'their') return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** "two corvettes of the same design", "tanks of that type": the latest system of the category named before. */
function sameDesign(weapons: readonly Weapon[], tokens: readonly Token[], last: number, category: string): Weapon | null {
  const words = tokens.slice(last + 1, last + 5).map((t) => t.lower);
  const { sameDesignNouns } = transferRules();
  // "of the same design", "of that type".
  const same = words[1] === 'the' && words[2] === 'same' && sameDesignNouns.has(words[3] ?? '');
  const that = /^(?:that|this)$/.test(words[1] ?? '') && sameDesignNouns.has(words[2] ?? '');
  if (words[0] !== 'of' || !(same || that)) return null;
  return latestNamedBefore(weapons.filter((w) => w.category === category), tokens[last]!.start);
}

/**
 * "KAI has sold the same aircraft to Indonesia": a head noun after "the same" is the latest system of
 * its category named in this sentence or the one before.
 */
function sameBefore(doc: AnalysisDocument, scan: ScannedSentence, first: number, category: string): Weapon | null {
  const { tokens } = scan;
  if (tokens[first - 1]?.lower !== 'same' || tokens[first - 2]?.lower !== 'the') return null;
  const fits = fittingCategories(category);
  return namedLately(doc, scan, tokens[first - 2]!.start, (w) => category === 'generic' || fits.includes(w.category));
}

/**
 * "Ocea has delivered the same model to Benin", "had gifted two of the same type to the Maldives",
 * "has sold the same aircraft to Indonesia": a design noun or a reference noun after "the same", with
 * no "of" of its own ("the same type of equipment"), is the latest system (of the reference noun's
 * categories) named in this sentence or the one before.
 */
function sameKind(doc: AnalysisDocument, scan: ScannedSentence, covered: readonly boolean[]): Item[] {
  const { tokens } = scan;
  const { sameDesignNouns, cues } = transferRules();
  // ("HAL has previously supplied the type to Mauritius": a design noun right after a transfer verb needs no "same".)
  const afterVerb = (k: number) => [1, 2].some((back) => {
    const hit = cues.longestAt(tokens, k - back);
    return hit?.last === k - 1 && hit.payloads.some((p) => p?.pos === 'verb' && p.transfer !== false);
  });
  const { headKinds, classNouns } = weaponLexicon().words;
  // The kind a weapons head noun at `at` names ("ship", "boats"), if it is one.
  const kindOf = (at: number) => headKinds.get(tokens[at]?.lower ?? '') ?? (classNouns.has(tokens[at]?.lower ?? '') ? 'ship' : undefined);
  const found: Item[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const noun = tokens[k + 1]!.lower;
    const given = tokens[k]!.lower === 'the' && sameDesignNouns.has(noun) && afterVerb(k);
    if (!given && (tokens[k]!.lower !== 'same' || tokens[k - 1]!.lower !== 'the')) continue;
    // ("the same class of ship", "boats of the same class": a weapons head noun on either side names the kind.)
    const headAfter = !given && tokens[k + 2]?.lower === 'of' && sameDesignNouns.has(noun) ? kindOf(k + 3) : undefined;
    const headBefore = !given && tokens[k - 2]?.lower === 'of' && sameDesignNouns.has(noun) && !covered[k - 3] ? kindOf(k - 3) : undefined;
    const kind = headAfter ?? headBefore;
    const categories = kind ? fittingCategories(kind) : given ? undefined : weaponLexicon().words.referenceNouns.get(noun);
    if (!categories && !sameDesignNouns.has(noun)) continue;
    if (covered[k + 1] || (tokens[k + 2]?.lower === 'of' && !headAfter) || (!given && !headBefore && tokens[k - 2]?.lower === 'of' && !countEndingAt(tokens, k - 3))) continue;
    // The reference opens on its "the": "the type", "the same type"; or on the head noun before it.
    const the = headBefore ? k - 3 : given ? k : k - 1;
    // (With a head noun, like "two corvettes of the same design", the latest of its kind the story named.)
    const fits = (w: Weapon) => !categories || categories.includes('*') || categories.includes(w.category);
    const named = kind ? latestNamedBefore(doc.layers.weapons.filter(fits), tokens[the]!.start) : namedLately(doc, scan, tokens[the]!.start, fits);
    if (!named) continue;
    const count = !given && !headBefore && tokens[k - 2]?.lower === 'of' ? countEndingAt(tokens, k - 3) : null;
    found.push(referenceItem(named, count?.first ?? the, headAfter ? k + 3 : k + 1, count?.value ?? null));
  }
  return found;
}

/** Words of a verb cue before a bare count ("handed over"). */
const BARE_VERB_WORDS = 3;

/**
 * "Seoul has used its aging Pohang fleet as a diplomatic tool. It handed one to the Philippines and has
 * given others to Vietnam": a count with no noun (or "others"), right between a transfer verb and a
 * party's preposition, is part of the system named last in this sentence or the two before, when no
 * goods of this sentence come first.
 */
function bareCounts(doc: AnalysisDocument, scan: ScannedSentence, items: readonly Item[], covered: readonly boolean[]): Item[] {
  const { tokens } = scan;
  const { cues } = transferRules();
  const found: Item[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (covered[k] || !/^(?:to|from)$/.test(tokens[k + 1]!.lower)) continue;
    const count = tokens[k]!.lower === 'others' ? null : countEndingAt(tokens, k);
    if (count === null ? tokens[k]!.lower !== 'others' : count.value === 0 || count.first !== k) continue;
    const verbAt = (j: number) => {
      const hit = j >= 0 ? cues.longestAt(tokens, j) : null;
      return hit?.last === k - 1 && hit.payloads.some((p) => p?.pos === 'verb' && p.transfer);
    };
    const verb = Array.from({ length: BARE_VERB_WORDS }, (_, j) => k - 1 - j).some(verbAt);
    if (!verb || items.some((it) => it.weapon && it.phrase.last < k)) continue;
    // (Two sentences back: "... a Pohang-class corvette. | Seoul has used its aging Pohang fleet ... | It handed one to".)
    const named = namedLately(doc, scan, tokens[k]!.start, () => true, 2);
    if (!named) continue;
    found.push(referenceItem(named, k, k, count?.value ?? null));
  }
  return found;
}

/** The latest weapon that passes `fits`, named between the start of the sentence `back` sentences before and `at`. */
function namedLately(doc: AnalysisDocument, scan: ScannedSentence, at: number, fits: (w: Weapon) => boolean, back = 1): Weapon | null {
  const from = doc.sentences[Math.max(0, scan.sentence.index - back)]?.start ?? scan.sentence.start;
  let named: Weapon | null = null;
  let namedAt = -1;
  for (const w of doc.layers.weapons) {
    if (!fits(w)) continue;
    for (const m of w.mentions) if (m.start >= from && m.end <= at && m.start > namedAt) [named, namedAt] = [w, m.start];
  }
  return named;
}

/** Words a list of goods may run back over to a named system. */
const LIST_WORDS = 10;

/** A system named earlier in the list that ends at `joint` (", mortars and"), within a list's reach. */
function namedEarlierInList(tokens: readonly Token[], covered: readonly boolean[], joint: number): boolean {
  const { prepositions } = transferRules();
  for (let k = joint - 1; k >= 0 && joint - k <= LIST_WORDS; k--) {
    if (covered[k]) return true;
    if (/^[.;:]$/.test(tokens[k]!.text) || prepositions.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** Words of the next sentence before the system that names a thing told of with "a" ("The 60-metre OPV 190"). */
const NEXT_OPENING_WORDS = 6;

/** The categories a description of `category` may stand for: its own and its related ones ("a missile system" for an air defence system). */
function fittingCategories(category: string): string[] {
  return [category, ...(weaponLexicon().words.relatedCategories.get(category) ?? [])];
}

/**
 * The one weapon of the story an unnamed description of this category can stand for, if exactly one
 * fits; of several, the one the next sentence names first ("signed a contract for an offshore patrol
 * vessel. | The 60-metre OPV 190 Mk II ...").
 */
function standsFor(doc: AnalysisDocument, category: string, next: number | null): Weapon | null {
  if (category === 'generic') return null;
  const fits = fittingCategories(category);
  const candidates = doc.layers.weapons.filter((w) => fits.includes(w.category));
  if (candidates.length === 1) return candidates[0]!;
  // (Only for one thing told of with "a" and no origin, named where the next sentence opens; a
  // described one, "a South Korean air defence system", is named later as a transfer of its own.)
  const sentence = next === null ? undefined : doc.sentences[next];
  if (!sentence) return null;
  const opening = doc.tokens[Math.min(sentence.tokenEnd - 1, sentence.tokenStart + NEXT_OPENING_WORDS)]!.end;
  const introduced = candidates.filter((w) => w.mentions[0] && w.mentions[0].start >= sentence.start && w.mentions[0].start < opening);
  return introduced.length === 1 ? introduced[0]! : null;
}
