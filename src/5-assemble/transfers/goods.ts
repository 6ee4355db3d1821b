/**
 * Which items of a clause are the goods it transfers, and which cues speak of each. Not the goods:
 * the instrument of the act ("Y-20 planes landed to deliver"), the platform they are for ("for its
 * F-16s"), an alternative ("the Gripen over the F-16"), a system another verb holds ("and is
 * co-producing the JF-17").
 */
import { isPossessiveMark, isQuoteMark, joinedByHyphen, relativeAsideEnd, wordsAt, type Token } from '../../nlp/tokens.js';
import { isVerbForm } from '../../nlp/word-classes.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { afterTimeSpan, beforeDateOrAside, partitiveOf, partitiveRelative, THING_RELATIVE, type Clause } from './clauses.js';
import { beforeOwnerName, isDealFate, isParticiple, talksNounBefore, wordBeforeAuxiliaries, type CueHit } from './cues.js';
import type { Item } from './items.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { headNounEnd, isCount, weaponLexicon } from '../../lexicon/weapons.js';
import { transferRules } from './rules.js';
import type { AnalysisDocument } from '../../model/document.js';
import type { Draft } from './merge.js';

/** Tokens between a verb and the deal it takes as object ("approved the $895 million sale"). */
const DEAL_OBJECT_REACH = 5;
/** Tokens between an item and the cue verb of an object relative ("submarines Australia is buying"). */
const OBJECT_RELATIVE_REACH = 4;
/** How many tokens before a possessive a "for" may stand for the item to be a platform ("for the Royal Australian Air Force's"). */
const PLATFORM_REACH = 8;

/** Head nouns between goods and a participle on them ("KC-46 refueling tankers ordered"). */
const HEAD_NOUNS = 3;
/** Words of a name that opens an object relative ("the jets South Korea sold"). */
const NAME_WORDS = 3;

/**
 * An item before an active verb whose subject is a party is not the goods: it is that party's
 * instrument ("planes landed to deliver") or stands in another clause ("The Tomahawks will arm ...
 * the submarines Australia is buying"). It stays the goods when the verb is passive, has no agent
 * ("the jets arrived"), is a participle right after it ("the jets ordered from France"), or when the
 * verb's subject follows it directly ("the submarines Australia is buying").
 */
export function isAgent(tokens: readonly Token[], item: Item, cues: readonly CueHit[], actors: ActorSpans, inWeapon: readonly boolean[]): boolean {
  const verb = cues.find((c) => c.cue.pos === 'verb' && c.first > item.phrase.last);
  if (!verb || !verb.cue.agent || verb.passive || cues.some((c) => c.last < item.phrase.first)) return false;
  if (verb.first === afterGoods(tokens, item) && isParticiple(tokens[verb.first]!)) return false;
  // "Four KC-46 refueling tankers ordered from the United States": a participle after the goods' head
  // nouns, with its preposition after it, is a reduced relative on the goods.
  const head = tokens.slice(item.phrase.last + 1, verb.first);
  if (head.length <= HEAD_NOUNS && head.every((t) => /^\p{Ll}+$/u.test(t.text)) && isParticiple(tokens[verb.first]!) && transferRules().reducedRelativeAfter.has(tokens[verb.last + 1]?.lower ?? '')) return false;
  // ("F-14 Tomcat and F-4 Phantom jets bought before 1979": one after a list of goods, whatever follows it.)
  const list = listOf(tokens, item, inWeapon);
  if (list && reducedRelativeCue(tokens, list, [verb], true)) return false;
  // ("PLZ-45 howitzers, both bought from China": so is one set off after the goods by a comma.)
  if (tokens[afterGoods(tokens, item)]?.text === ',' && reducedRelativeCue(tokens, item, [verb])) return false;
  let next = item.phrase.last + 1;
  if (tokens[next]?.text === ',' && THING_RELATIVE.test(tokens[next + 1]?.lower ?? '')) next++;
  if (THING_RELATIVE.test(tokens[next]?.lower ?? '')) next++;
  // "Hermes 900 drones the PAF received": the relative's subject after its article.
  if (tokens[next]?.lower === 'the' && next + 1 < verb.first) next++;
  // ("the tanks it bought second-hand from Germany": or a subject pronoun right before the verb.)
  if (next === verb.first - 1 && transferRules().contactSubjects.has(tokens[next]!.lower)) return false;
  return !(next < verb.first && actors.at(tokens[next]!.start));
}

/** "missiles for the Royal Australian Air Force's Growler jets", "for its F-16s", "F-16 parts": the platform the goods are for. */
export function isPlatform(tokens: readonly Token[], item: Item): boolean {
  // "a $1.5 billion sale of F-16 parts": parts or services for a system are not the system.
  const { partNouns, platformPhrases } = transferRules();
  const next = tokens[item.phrase.last + 1]?.lower ?? '';
  if ((partNouns.has(next) && !rolesBeforeHead(tokens, item.phrase.last + 2, item.weapon?.category ?? null)) || partNouns.has(`${next} ${tokens[item.phrase.last + 2]?.lower ?? ''}`)) return true;
  // "export permits for the Wescam sensors used on the drone": what the goods are fitted to.
  const opener = /^(?:the|its|their|a|an)$/.test(tokens[item.phrase.first - 1]?.lower ?? '') ? item.phrase.first - 1 : item.phrase.first;
  if (platformPhrases.has(wordsAt(tokens, opener - 2, 2))) return true;
  // ("has signed contracts for its PULS rocket launcher with the Netherlands": a firm's own goods a
  // deal or a signing verb is for are what it sells.)
  const { dealNouns, signingFor } = transferRules();
  const dealFor = (k: number) => dealNouns.has(tokens[k]?.lower ?? '') || signingFor.has(tokens[k]?.lower ?? '');
  if (item.pronounOwner) return tokens[item.phrase.first - 1]?.lower === 'for' && !dealFor(item.phrase.first - 2);
  if (!isPossessiveMark(tokens[item.phrase.first - 1])) return false;
  for (let k = item.phrase.first - 2; k >= Math.max(0, item.phrase.first - PLATFORM_REACH); k--) {
    if (tokens[k]!.lower !== 'for') continue;
    // ("signed for an undisclosed number of Paramount's Mbombe 4 vehicles": a maker's goods a signing
    // verb's "for" names are goods; "missiles for Lockheed Martin's F-15 jets" still a platform.)
    return !(item.maker && transferRules().signingFor.has(tokens[k - 1]?.lower ?? ''));
  }
  return false;
}

/** Words between "and" and the head noun a part noun shares as a role ("training and light attack jets"). */
const ROLE_WORDS = 3;

/**
 * "six K-8 training and light attack jets": a part noun joined by "and" to more roles of a head noun
 * of the system's own category is one of its roles (not "F-16 training and support equipment").
 */
function rolesBeforeHead(tokens: readonly Token[], and: number, category: string | null): boolean {
  if (tokens[and]?.lower !== 'and' || category === null) return false;
  const fits = (k: number) => weaponLexicon().phrases.longestAt(tokens, k)?.payloads.some((p) => p.head && (p.head.category === category || weaponLexicon().words.relatedCategories.get(p.head.category)?.includes(category)));
  for (let k = and + 1; k <= and + ROLE_WORDS && k < tokens.length; k++) if (fits(k)) return true;
  return false;
}

/**
 * The platforms among a sentence's items: those isPlatform finds, and the ones joined to such a
 * platform by "and" or a comma ("for its Hobart-class destroyers and Anzac-class frigates").
 */
export function platformsOf(tokens: readonly Token[], items: readonly Item[], cues: readonly CueHit[] = []): Set<Item> {
  const found = new Set<Item>();
  // ("a hangar for the Air Wing's AW139 helicopters, which were delivered by AgustaWestland": a
  // platform with a relative of its own that transfers it is that relative's goods.)
  // (Not a builder's: "for the Navy's new F-110 frigates, which Navantia is building in Ferrol".)
  const giving = cues.filter((c) => !c.cue.progressive);
  const ownTransfer = (item: Item) => relativeCue(tokens, item, giving) || partitiveAfter(tokens, item);
  let previous: Item | null = null;
  for (const item of [...items].sort((a, b) => a.phrase.first - b.phrase.first)) {
    // (Not goods with a count of their own or of another kind: "for its destroyers and 12 MH-60R helicopters".)
    const joined =
      previous !== null &&
      found.has(previous) &&
      previous.phrase.last < item.phrase.first &&
      item.phrase.quantity === null &&
      item.weapon?.category === previous.weapon?.category &&
      tokens.slice(previous.phrase.last + 1, item.phrase.first).every((t) => /^(?:and|or|its|their|the)$/.test(t.lower)) &&
      item.phrase.first - previous.phrase.last <= 3;
    if ((isPlatform(tokens, item) || joined || armedPlatform(tokens, item, previous) || armedWith(tokens, item, items)) && !ownTransfer(item)) found.add(item);
    previous = item;
  }
  return found;
}

/** How many words of "be" and its auxiliaries may stand between goods and an arming phrase ("will be armed with"). */
const ARMING_AUXILIARIES = 3;

/** Where an arming phrase after a form of "be" at `at` ends ("will be armed with", "are being fitted with"), else -1. */
function armingEnd(tokens: readonly Token[], at: number): number {
  const { armingPhrases, passiveAuxiliaries, futureAuxiliaries } = transferRules();
  let [k, be] = [at, false];
  for (; k - at < ARMING_AUXILIARIES && (passiveAuxiliaries.has(tokens[k]?.lower ?? '') || futureAuxiliaries.has(tokens[k]?.lower ?? '')); k++) be ||= passiveAuxiliaries.has(tokens[k]!.lower);
  return be && armingPhrases.has(wordsAt(tokens, k, 2)) ? k + 1 : -1;
}

/** "the ships will be armed with Exocet missiles": what the goods after an arming phrase arm is their platform. */
function armedWith(tokens: readonly Token[], item: Item, items: readonly Item[]): boolean {
  const { armingCategories, armedCategories } = transferRules();
  const end = armingEnd(tokens, item.phrase.last + 1);
  if (end < 0 || !item.weapon || !armedCategories.has(item.weapon.category)) return false;
  return items.some((other) => other.weapon && armingCategories.has(other.weapon.category) && other.phrase.first > end && other.phrase.first - end <= 2);
}

/** Words from the goods that arm a platform to the "for" that names it ("Barak MX air defence missiles from Israel Aerospace Industries for"). */
const ARMED_PLATFORM_REACH = 10;

/** "the purchase of Barak MX missiles from Israel Aerospace Industries for the Adelaide-class ships": goods that arm it name the platform after "for". */
function armedPlatform(tokens: readonly Token[], item: Item, previous: Item | null): boolean {
  const { armingCategories, armedCategories } = transferRules();
  if (!previous?.weapon || !item.weapon || !armingCategories.has(previous.weapon.category) || !armedCategories.has(item.weapon.category)) return false;
  const opener = /^(?:the|its|their)$/.test(tokens[item.phrase.first - 1]?.lower ?? '') ? item.phrase.first - 1 : item.phrase.first;
  return tokens[opener - 1]?.lower === 'for' && opener - 1 - previous.phrase.last <= ARMED_PLATFORM_REACH && !tokens.slice(previous.phrase.last + 1, opener).some((t) => /^[,;]$/.test(t.text));
}

/** ", three of which", ", several of them": a partitive right after the goods (past a head the phrase did not take). */
function partitiveAfter(tokens: readonly Token[], item: Item): boolean {
  let k = item.phrase.last + 1;
  while (/^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && k - item.phrase.last <= RELATIVE_HEAD_WORDS) k++;
  return tokens[k]?.text === ',' && (partitiveRelative(tokens, k + 1) || partitiveOf(tokens, k + 1));
}

/**
 * "chosen the Gripen over the F-16", "instead of Su-35s": an alternative, not the goods, unless a
 * relative clause of its own transfers it ("to replace its F-16s, which were supplied by Portugal"; "to
 * replace the LAR-160s, bought from Israel").
 */
export function isAlternative(tokens: readonly Token[], item: Item, cues: readonly CueHit[], clause?: Clause): boolean {
  // (A reduced relative saves the replaced, not a loser: "lost out along with the Typhoon offered by Britain".)
  // ("picking the KSS-III design over Germany's Type 212CD offered by TKMS": a participle of offering saves nothing.)
  const offered = transferRules().offerParticiples.has(tokens[afterGoods(tokens, item)]?.lower ?? '');
  return !relativeCue(tokens, item, cues) && ((setAside(tokens, item, cues) && (offered || !reducedRelativeCue(tokens, item, cues))) || lostOut(tokens, item, cues, clause?.first ?? 0));
}

/** Words from a losing verb to the bidders it lists ("which lost out along with Dassault Aviation's Rafale, the Eurofighter ..."). */
const LOSER_REACH = 24;

/** "the Super Hornet, which lost out along with the Rafale": goods after a losing verb, no cue between, lost a competition. */
function lostOut(tokens: readonly Token[], item: Item, cues: readonly CueHit[], from: number): boolean {
  const { losingWords, losingParticles, beatingWords } = transferRules();
  for (let k = item.phrase.first - 1; k >= from && item.phrase.first - k <= LOSER_REACH; k--) {
    // "the Eurofighter Typhoon offered by Britain": a reduced relative inside the list ends nothing;
    // any other cue ("were delivered to") does.
    if (cues.some((c) => c.first <= k && k <= c.last && tokens[c.last + 1]?.lower !== 'by')) return false;
    // "lost out", "lost to": not "after Armenia lost the 2020 war".
    if ((losingWords.has(tokens[k]!.lower) && losingParticles.has(tokens[k + 1]?.lower ?? '')) || beatingWords.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === '.' || tokens[k]!.text === ';') return false;
  }
  return false;
}

/** Goods named after their kind noun: "ship HMAS Choules", "the patrol vessel Ægir". */
function namedVessel(tokens: readonly Token[], item: Item): boolean {
  for (let j = Math.max(0, item.phrase.first - 1); j < item.phrase.last; j++) if (headNounEnd(tokens, j) === j && /^\p{Lu}/u.test(tokens[j + 1]!.text)) return true;
  return false;
}

/** The possessive ending tokens ("South Korea's", "Hanwha Systems'"). */
const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);

/** "over the F-35", "to replace the NH90s": a word before the item that sets it aside from the clause's goods. */
function setAside(tokens: readonly Token[], item: Item, cues: readonly CueHit[]): boolean {
  const { notGoodsBefore } = transferRules();
  let k = item.phrase.first - 1;
  // "over US F-16s", "over the Russian Su-35": a country's name or adjective before the goods.
  for (let skipped = 0; skipped < 2 && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && actorLexicon().countryWords.has(tokens[k]!.lower); skipped++) k--;
  // "over South Korea's K2", "over Lockheed Martin's F-16": the owner's name before a possessive.
  if (POSSESSIVES.has(tokens[k]?.lower ?? '')) {
    k--;
    for (let skipped = 0; skipped < 3 && /^\p{Lu}/u.test(tokens[k]?.text ?? ''); skipped++) k--;
  }
  // "unloaded from the Royal Australian Navy ship HMAS Choules": a vessel named after its kind noun
  // (and its owner's name) that the goods came off carries them.
  if (namedVessel(tokens, item)) {
    let j = beforeOwnerName(tokens, item.phrase.first);
    if (/^(?:the|its|their)$/.test(tokens[j]?.lower ?? '')) j--;
    if (tokens[j]?.lower === 'from') return true;
  }
  // ("aboard a US Air Force C-17": a name of the goods' owner before them, after an article.)
  let owner = k;
  while (owner > k - OWNER_NAME_WORDS && /^\p{Lu}/u.test(tokens[owner]?.text ?? '')) owner--;
  if (owner < k && /^(?:a|an|the)$/.test(tokens[owner]?.lower ?? '')) k = owner;
  if (/^(?:a|an|the|its|their)$/.test(tokens[k]?.lower ?? '')) k--;
  // "handed over two submarines": a cue's own word sets nothing aside.
  if (cues.some((c) => c.first <= k && k <= c.last)) return false;
  const one = tokens[k]?.lower ?? '';
  const two = `${tokens[k - 1]?.lower ?? ''} ${one}`;
  // ("abandoned talks with Naval Group over Gowind corvettes": "over" after talks names their topic.)
  if (one === 'over' && talksNounBefore(tokens, k) !== null) return false;
  if (notGoodsBefore.has(one) || notGoodsBefore.has(two)) return true;
  // ("chose the Israeli system over Germany's IRIS-T SLM and the Norwegian-American NASAMS": so are goods
  // listed after them, past no cue.)
  // (Not past ", and", which may open another clause: "handed over so far, and the first Jaguars are due".)
  if (!LIST_JOINERS.has(one) || (one !== ',' && tokens[k - 1]?.text === ',')) return false;
  for (let j = k - 1; j >= 0 && k - j <= SET_ASIDE_LIST_REACH; j--) {
    if (cues.some((c) => c.first <= j && j <= c.last) || /^[.;:]$/.test(tokens[j]!.text) || (tokens[j]!.text === ',' && LIST_JOINERS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.text !== ',')) return false;
    if (notGoodsBefore.has(tokens[j]!.lower) || notGoodsBefore.has(`${tokens[j - 1]?.lower ?? ''} ${tokens[j]!.lower}`)) return true;
  }
  return false;
}

/** Capitalised words of an owner's name between an article and the goods ("a US Air Force C-17"). */
const OWNER_NAME_WORDS = 4;

/** Words that join goods into a list. */
const LIST_JOINERS = new Set(['and', 'or', ',']);
/** Words from a list's joiner back to the word that sets its first goods aside. */
const SET_ASIDE_LIST_REACH = 10;

/**
 * Whether a cue holds the item: walking back from it, a cue (or the clause's start) comes before any
 * other verb. "bought J-10C jets from China and is co-producing the JF-17": "co-producing" holds the
 * JF-17, not "bought". Verbs that carry goods on ("the package includes") and participles set off by
 * a comma (", paid for by Washington,") do not break the hold, and an object relative holds its
 * antecedent ("the submarines Australia is buying"). Parts of speech
 * come from compromise, parsed here only for sentences that state a transfer.
 */
export function isGoverned(
  tokens: readonly Token[],
  clause: Clause,
  item: Item,
  cues: readonly CueHit[],
  inWeapon: readonly boolean[],
  actors: ActorSpans,
  tagsAt: (i: number) => Set<string>,
): boolean {
  const { carrierVerbs, adverbs, armingCategories, armingPhrases, passiveAuxiliaries } = transferRules();
  const after = item.phrase.last + 1;
  // ", which Latvia procured from ...": an object relative's antecedent is its goods.
  if (clause.relative && item.phrase.last < clause.first) return true;
  if (relativeCue(tokens, item, cues)) return true;
  // "The Iskander-M systems and the S-400 that Russia handed over": a relative after a list of goods
  // is about each of them.
  // ("F-14 Tomcat and F-4 Phantom jets bought before the 1979 revolution": so is a reduced relative.)
  const list = listOf(tokens, item, inWeapon);
  if (list && (relativeCue(tokens, list, cues) || reducedRelativeCue(tokens, list, cues, true))) return true;
  if (reducedRelativeCue(tokens, item, cues)) return true;
  // ("will join four patrol ships built by Germany's Lurssen, which were handed over in 2014": past
  // the goods' maker or party, a passive relative is still theirs.)
  if (cues.some((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated && passiveRelativeOnGoods(tokens, item, c, cues, inWeapon))) return true;
  // "The jets ... will replace the Kfir fighters, which were supplied by Israel": a cue inside a
  // relative clause is its antecedent's, not the goods of the clause before it.
  const verbs = cues.filter((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated);
  // (Where the relative word opens, or -1.)
  const relativeAt = (c: CueHit) => {
    for (let r = c.first - 1; r > item.phrase.last && c.first - r <= RELATIVE_VERB_REACH + 1; r--) {
      if (THING_RELATIVE.test(tokens[r]!.lower) && tokens[r - 1]?.text === ',' && r - 1 > after) return r;
    }
    return -1;
  };
  // ("the five P-8A aircraft, which were bought from the United States and delivered by Boeing": so is a
  // verb joined by "and" to a relative's verb.)
  const joinedTo = (c: CueHit) => verbs.some((v) => v.last < c.first && relativeAt(v) >= 0 && tokens.slice(v.last + 1, c.first).some((t) => t.lower === 'and') && tokens.slice(v.last + 1, c.first).every((t) => t.text !== ','));
  const relative = (c: CueHit) => relativeAt(c) >= 0 || joinedTo(c);
  // ("signed contracts for 36 F-16s, which are due to arrive": a deal noun before the goods still holds
  // them, and the relative right after them tells their stage.)
  // ("36 F-16 fighters from the United States, which": the goods' own party may come between.)
  let comma = after;
  while (comma - after < RELATIVE_VERB_REACH && comma < clause.last && tokens[comma]!.text !== ',' && !cues.some((c) => c.first === comma)) comma++;
  const ownRelative = tokens[comma]?.text === ',' && THING_RELATIVE.test(tokens[comma + 1]?.lower ?? '');
  const dealBefore = cues.some((c) => c.cue.pos === 'noun' && c.cue.transfer && !c.negated && c.last < item.phrase.first && c.first >= clause.first);
  const nounBefore = ownRelative && dealBefore;
  // ("signed for Mi-171Sh helicopters from Russia, which are due to arrive": nor a relative past the
  // goods' own party, no goods of its own, after a verb.)
  const pastParty = ownRelative && PARTY_OPENERS.test(tokens[after]?.lower ?? '') && cues.some((c) => c.cue.pos === 'verb' && !c.negated && c.last < item.phrase.first && c.first >= clause.first);
  // ("a contract with Leonardo for two more AW139 helicopters for the JDF Air Wing, which already flies
  // three of the type": a relative on a party is the party's, and the deal noun before the goods holds them.)
  // (The word before the relative's comma is a name, not the goods.)
  const onParty = (c: CueHit) => {
    const before = relativeAt(c) - 2;
    const named = tokens[before];
    return named !== undefined && !inWeapon[before] && (actors.at(named.start) !== undefined || /^\p{Lu}/u.test(named.text));
  };
  if (verbs.length > 0 && verbs.every(relative) && !nounBefore && !pastParty && !(dealBefore && verbs.every(onParty))) return false;
  // "building 300 Karayel drones (locally) under licence from Vestel": the licence holds what it follows.
  // ("assembles Orbiter and Aerostar drones under licence": so does it the goods listed before the last;
  // "has assembled Piranha 5 carriers since 2020 under a licence from Mowag": a span of time may come between.)
  let listEnd = item.phrase.last;
  while (LIST_JOINERS.has(tokens[listEnd + 1]?.lower ?? '') && inWeapon[listEnd + 2]) for (listEnd += 2; inWeapon[listEnd + 1]; ) listEnd++;
  const spanEnd = afterTimeSpan(tokens, listEnd + 1);
  // ("is building six Hunter-class frigates, also derived from the Type 26, under licence": so may an aside,
  // not one that names other goods, "another Turkish drone, the Anka, under licence".)
  const opener = tokens[listEnd + 2];
  const asideEnd = item.weapon && opener && /^\p{Ll}/u.test(opener.text) && !/^(?:the|a|an)$/.test(opener.lower) ? commaAsideEnd(tokens, listEnd + 1) : -2;
  if (cues.some((c) => c.cue.clauseVerb && c.first > listEnd && (c.first - listEnd <= LICENCE_REACH || (spanEnd > listEnd + 1 && c.first === spanEnd) || c.first === asideEnd + 1 || placePhrasesBetween(tokens, listEnd + 1, c.first)))) return true;
  if (actors.at(tokens[after]?.start ?? -1) && cues.some((c) => c.cue.pos === 'verb' && c.first > after && c.first <= after + OBJECT_RELATIVE_REACH)) return true;
  let skipped = false;
  for (let k = item.phrase.first - 1; k >= clause.first; k--) {
    // "bought the Gripen after weighing offers of F-16s": the goods of a negated cue are no one else's.
    const cue = cues.find((c) => c.first <= k && k <= c.last);
    // ("12 Su-24 bombers it bought from Belarus in 2013 and a large fleet of T-72 tanks": the verb of
    // an object relative has its goods before it; goods joined after it are the clause's.)
    if (cue && objectRelativeVerb(tokens, cue, inWeapon)) {
      k = cue.first;
      skipped = true;
      continue;
    }
    if (cue) return !cue.negated;
    const token = tokens[k]!;
    // "The package, Sweden's 16th since Russia launched its invasion, also includes": an aside set off
    // after a deal noun holds no verb of the clause.
    const aside = token.text === ',' ? asideAfterNoun(tokens, cues, clause.first, k) : null;
    if (aside !== null) {
      k = aside;
      continue;
    }
    if (inWeapon[k] || carrierVerbs.has(token.lower) || adverbs.has(token.lower) || !/^\p{Ll}/u.test(token.text)) continue;
    // ("Under a contract signed with MBDA, the ships will be armed with Exocet missiles": an arming
    // phrase passes the arms after it to the clause's cue.)
    if (item.weapon && armingCategories.has(item.weapon.category) && armingPhrases.has(wordsAt(tokens, k, 2)) && passiveAuxiliaries.has(tokens[k - 1]?.lower ?? '')) continue;
    // ("has given the Ukrainian armed forces 28 M113 carriers": a word inside an actor's name is no verb.)
    if (actors.at(token.start)) continue;
    // "won a contract to build two submarines": making the goods is what the deal is for.
    if (transferRules().productionVerbs.has(token.lower) && tokens[k - 1]?.lower === 'to' && cues.some((c) => c.last === k - 2 && c.cue.transfer)) continue;
    // Only a word that may be a verb is worth a parse.
    if (!isVerbForm(token.lower) && !/(?:ed|en|ing|s)$/.test(token.lower)) continue;
    const tags = tagsAt(k);
    // "includes training, spare parts, Hellfire missiles": a gerund listed among the goods is a noun.
    // (Not after a form of "be": "which it is replacing with new Eurofighter Typhoons" is a verb.)
    const before = tokens[k - 1]?.lower ?? '';
    if (tags.has('Gerund') && (tokens[k + 1]?.text === ',' || (carrierVerbs.has(before) && !transferRules().passiveAuxiliaries.has(before)))) continue;
    // ("has approved funding for four V-BAT drones": money for the goods is no verb.)
    if (transferRules().fundingNouns.some((words) => words.length === 1 && words[0] === token.lower)) continue;
    // ("an upgraded version of the Mogami-class frigate": a participle after a determiner describes;
    // so does one that measures: "in a package estimated at $911 million that also included".)
    // ("two of its ageing Alouette III helicopters": so does a word in -ing after a possessive.)
    if ((isParticiple(token) && transferRules().objectOpeners.has(tokens[k - 1]?.lower ?? '')) || (/\p{Ll}ing$/u.test(token.text) && /^(?:its|their|his|her)$/.test(tokens[k - 1]?.lower ?? ''))) continue;
    if (isParticiple(token) && tokens[k + 1]?.lower === 'at') continue;
    // ("with state-owned Huta Stalowa Wola", "Haftar's self-styled army": a word joined by a hyphen to
    // a lower-case word before is part of a compound adjective; "Israeli-made", "San Diego-based" are
    // left to the rules of makers and places.)
    // (Not a verb's prefix: "is co-producing the JF-17".)
    if (joinedByHyphen(tokens, k) && /^\p{Ll}+$/u.test(tokens[k - 2]?.text ?? '') && !transferRules().verbPrefixes.has(tokens[k - 2]!.lower)) continue;
    // ("a contract with Polish arms maker Mesko for": after a country's adjective the word is a noun;
    // "with Turkey's arms maker MKE": so it is after a possessive.)
    if (k > 0 && actors.at(tokens[k - 1]!.start)?.form === 'adjective') continue;
    if (k > 1 && /^['’]s$/.test(tokens[k - 1]!.text) && actors.at(tokens[k - 2]!.start)) continue;
    const verb = tags.has('Verb') && !tags.has('Adjective') && !tags.has('Modal') && !tags.has('Auxiliary') && !tags.has('Copula');
    // "boats built by Metal Shark and a ScanEagle system": a participle with its agent describes the goods before.
    if (verb && !(tokens[k - 1]?.text === ',' && isParticiple(token)) && !(isParticiple(token) && tokens[k + 1]?.lower === 'by')) return false;
  }
  // (A clause that opens with the relative holds no verb of the goods after it.)
  return !skipped;
}

/**
 * Whether passive cue `c` opens a "which"/"that" relative set off by a comma right after the item or
 * after its party's or maker's phrase ("four more Gripen jets, which are due to be delivered in 2026",
 * "bought 12 used F-16s from Portugal, which were delivered",
 * "patrol ships built by Germany's Lurssen, which were handed over"): a country or a company is not
 * delivered, so the relative is the goods'.
 */
function passiveRelativeOnGoods(tokens: readonly Token[], item: Item, c: CueHit, cues: readonly CueHit[], inWeapon: readonly boolean[] | undefined): boolean {
  // (Nor does a country or a company arrive: "bought 12 Z-9 helicopters from China, which arrived the following year".)
  if (!c.passive && !(c.cue.arrival && c.cue.agent === null)) return false;
  let r = c.first - 1;
  while (r > item.phrase.last && c.first - r <= RELATIVE_VERB_REACH && !THING_RELATIVE.test(tokens[r]!.lower)) r--;
  if (!THING_RELATIVE.test(tokens[r]?.lower ?? '') || tokens[r - 1]?.text !== ',') return false;
  const between = tokens.slice(item.phrase.last + 1, r - 1);
  const opener = between[0]?.lower ?? '';
  // ("a Harbin Y-12 light transport aircraft to the MDF air wing, which is expected to be delivered":
  // a recipient's phrase as well.)
  const party = PARTY_OPENERS.test(opener) || (transferRules().makerVerbs.has(opener) && between[1]?.lower === 'by');
  return (
    between.length <= PARTY_PHRASE_REACH &&
    (between.length === 0 || party) &&
    !cues.some((v) => v.first > item.phrase.last && v.first < r) &&
    !between.some((_, k) => inWeapon?.[item.phrase.last + 1 + k])
  );
}

/** Words from a use verb to the goods it takes: "flying the 15 Eurofighter Typhoons". */
const USE_OBJECT_REACH = 2;

/** Whether a use verb ("flying", "operates") takes the item as its object, past a determiner or two. */
function usedBefore(tokens: readonly Token[], item: Item): boolean {
  const { useWords, objectOpeners } = transferRules();
  let k = item.phrase.first - 1;
  while (k >= 0 && item.phrase.first - 1 - k < USE_OBJECT_REACH && objectOpeners.has(tokens[k]!.lower)) k--;
  return useWords.has(tokens[k]?.lower ?? '');
}

/** Words of an aside after a deal noun ("The package, Sweden's 16th since Russia launched its full-scale invasion in February 2022,"). */
const ASIDE_WORDS = 16;

/** The comma that opens an aside closed by the comma at `close`, when a noun cue ends right before it, or null. */
function asideAfterNoun(tokens: readonly Token[], cues: readonly CueHit[], first: number, close: number): number | null {
  for (let j = close - 1; j > first && close - j <= ASIDE_WORDS; j--) {
    if (tokens[j]!.text !== ',') continue;
    return cues.some((c) => c.cue.pos === 'noun' && c.last === j - 1) ? j : null;
  }
  return null;
}

/** Words from a stage noun's "of" to the goods it is the stage of ("deliveries of two more GM200 radars"). */
const OF_GOODS_REACH = 4;

/**
 * The cues that speak of one item. When a verb cue comes before it, a verb after it belongs to a
 * statement of its own ("bought Hermes 900 drones ... and is expected to receive a satellite"),
 * unless the item or a noun cue is that verb's subject ("..., and the first six aircraft are
 * expected to arrive", "with deliveries slated to start") or the verb takes the deal itself as
 * object ("after Washington approved the sale").
 */
export function itemCues(tokens: readonly Token[], item: Item, all: readonly CueHit[], inWeapon?: readonly boolean[]): CueHit[] {
  let cues = all;
  // "chose the Seahawk to replace the NH90s it had ordered": goods set aside have only their relative clause's cues.
  // ("deciding instead to keep flying the 15 Eurofighter Typhoons it bought from Airbus": so have
  // goods that a use verb takes.)
  if ((setAside(tokens, item, cues) || usedBefore(tokens, item)) && relativeCue(tokens, item, cues)) return cues.filter((c) => c.first > item.phrase.last);
  // "received Mi-35s under a deal signed in 2012 that also covers Mi-28NE helicopters": goods a deal
  // covers have the deal's stage, not the stage of what came under it.
  const deal = coveringDeal(tokens, item, cues, inWeapon);
  if (deal) return [deal];
  // "Patriot batteries supplied by the United States and NASAMS systems ordered from Kongsberg ... and
  // due to be delivered": goods with a participle of their own have the cues of their own phrase.
  const phrase = inWeapon ? ownPhrase(tokens, item, cues, inWeapon) : null;
  if (phrase) cues = cues.filter((c) => c.first < phrase.to && !(c.first >= phrase.from && c.first < item.phrase.first));
  const { adverbs, modality, passiveAuxiliaries } = transferRules();
  const linking = (from: number, to: number) => tokens.slice(from, to).every((t) => adverbs.has(t.lower) || modality.has(t.lower) || passiveAuxiliaries.has(t.lower) || t.lower === 'to');
  // "The Caesar gives our artillery the range it needs": goods that give in the active voice give a capability, not themselves.
  const givesItself = (c: CueHit) => isActiveGiving(tokens, c) && c.first > item.phrase.last && linking(item.phrase.last + 1, c.first);
  if (cues.some(givesItself)) cues = cues.filter((c) => !givesItself(c));
  // ("The Black Hawks would join 24 OH-58D Kiowa helicopters that were given to Tunisia": a relative
  // on later goods is theirs.)
  if (inWeapon) cues = cues.filter((c) => !laterGoodsRelative(tokens, item, c, inWeapon));
  // ("Romania turns to Turkey for drones after French corvette deal collapses": the fate of a deal that
  // is the subject of a subordinate clause after the goods is that deal's, not theirs.)
  const { subordinators } = transferRules();
  const laterFate = (c: CueHit) => c.first > item.phrase.last && isDealFate(tokens, c) && tokens.slice(item.phrase.last + 1, c.first).some((t) => subordinators.has(t.lower));
  if (cues.some(laterFate)) cues = cues.filter((c) => !laterFate(c));
  // ("China regularly sends J-16 fighters and warships around the island": goods a giving verb sends
  // around or near a place, listed or not, are deployed, not handed over.)
  const deployed = (c: CueHit) => c.cue.pos === 'verb' && c.cue.agent === 'supplier' && c.last < item.phrase.first && sentTo(tokens, item, transferRules().deploymentPrepositions);
  if (cues.some(deployed)) cues = cues.filter((c) => !deployed(c));
  // ("The Cabinet received a report from the committee, which on Tuesday approved the sale of
  // Umkhonto-EIR missiles": goods a relative on a party holds have the relative's cues, not those of a
  // verb the relative follows with no goods or deal of its own.)
  if (inWeapon) {
    const opening = partyRelativeBefore(tokens, item, cues, inWeapon);
    if (opening !== null) cues = cues.filter((c) => !(c.cue.pos === 'verb' && c.last < opening && !cues.some((n) => n.first > c.last && n.first < opening) && !inWeapon.slice(c.last + 1, opening).some(Boolean)));
  }
  // ("signed a contract with France for 36 CAESAR howitzers, following earlier French deliveries of
  // GM200 radars": a stage noun after the goods with goods of its own after "of" is those goods' stage.)
  if (inWeapon) {
    const later = (c: CueHit) => c.cue.pos === 'noun' && c.first > item.phrase.last && tokens[c.last + 1]?.lower === 'of' && inWeapon.slice(c.last + 2, c.last + 2 + OF_GOODS_REACH).some(Boolean);
    if (cues.some((c) => !later(c) && !c.negated)) cues = cues.filter((c) => !later(c));
  }
  if (!cues.some((c) => c.cue.pos === 'verb' && !c.negated && c.last < item.phrase.first)) return [...cues];
  // The verb says what happens to the item, or to a delivery noun before it ("with deliveries slated to start").
  const predicate = (c: CueHit) => linking(item.phrase.last + 1, c.first) || cues.some((n) => n.cue.pos === 'noun' && n.last < c.first && linking(n.last + 1, c.first));
  const onDeal = (c: CueHit) => cues.some((n) => n.cue.pos === 'noun' && n.cue.deal && n.first > c.last && n.first - c.last <= DEAL_OBJECT_REACH);
  // "bought 12 Caesar howitzers and plans to buy Bradley vehicles": a verb before "and" and another
  // verb tells its own statement, not the Bradleys'.
  const verbsBefore = cues.filter((c) => c.cue.pos === 'verb' && c.last < item.phrase.first);
  const ended = (c: CueHit) => verbsBefore.some((v) => v.first > c.last && tokens.slice(c.last + 1, v.first).some((t) => t.lower === 'and'));
  // "two Mi-24 helicopters and a Mi-8 helicopter delivered by Russia": a reduced relative after a
  // list of goods says what happened to all of them ("Yak-130 jets and Mi-35 helicopters bought from
  // Russia": one naming its party, with no "by", too).
  const sharedRelative = (c: CueHit) => {
    if (!inWeapon || !(c.passive || participleOn(tokens, c, inWeapon) !== null)) return false;
    // (", both bought from China": a word for all of them may open it.)
    for (let k = item.phrase.last + 1; k < relativeOpening(tokens, c.first); k++) if (!inWeapon[k] && !/^(?:and|a|an|the|,)$/.test(tokens[k]!.lower)) return false;
    return true;
  };
  // "42 Rafale jets, with the first six to be delivered in 2026": the goods' own first batch.
  const firstBatch = (c: CueHit) => {
    const between = tokens.slice(item.phrase.last + 1, c.first);
    const w = between.findIndex((t, k) => t.lower === 'with' && between[k - 1]?.text === ',');
    return w >= 0 && between.slice(w).every((t) => BATCH_WORDS.has(t.lower) || isCount(t) || adverbs.has(t.lower));
  };
  // "A 2018 deal to buy 30 T129 helicopters from Turkey collapsed": what befalls the deal the goods
  // are the object of befalls them, when no other verb stands between.
  // "An earlier plan to acquire four MiG-29s from Belarus was abandoned", "A decision to give Ukraine
  // S-300 missiles, which parliament approved in 2023, was put on hold": so does the fate of a plan
  // the goods are the object of; an aside between (", which ...,", ", approved by ...,") tells no fate.
  const { planNouns } = transferRules();
  let asides: ((k: number) => boolean) | null = null;
  const aside = (k: number) => (asides ??= asideSpans(tokens, item.phrase.last + 1))(k);
  const dealFate = (c: CueHit) =>
    c.cue.pos === 'verb' &&
    !c.cue.transfer &&
    (c.status === 'cancelled' || c.status === 'pending') &&
    c.first > item.phrase.last &&
    // ("a planned transfer of three Gazelle helicopters ..., was called off": a delivery noun's too.)
    (cues.some((n) => n.cue.pos === 'noun' && (n.cue.deal || n.cue.transfer) && n.last < item.phrase.first) || planOf(tokens, item.phrase.first, planNouns)) &&
    // (", shelved in 2019, was revived": a fate told in an aside is over.)
    !aside(c.first) &&
    !cues.some((v) => v.cue.pos === 'verb' && v.first > item.phrase.last && v.first < c.first && !aside(v.first));
  // "on top of the 120 Bushmasters Australia has already sent to Kyiv": an object relative with a
  // named subject of its own, right after the goods, tells their stage.
  const namedRelative = (c: CueHit) => {
    if (c.cue.pos !== 'verb' || c.passive || c.first <= item.phrase.last) return false;
    let k = item.phrase.last + 1;
    const named = k;
    while (k < c.first && k - named < NAME_WORDS && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
    if (k === named) return false;
    while (k < c.first && (adverbs.has(tokens[k]!.lower) || modality.has(tokens[k]!.lower) || transferRules().perfectAuxiliaries.has(tokens[k]!.lower))) k++;
    return k === c.first;
  };
  // "an FPB 98 patrol boat (from Ocea), due to be delivered in 2027": a stage set off right after the
  // goods, or after their party's name, is theirs.
  const setOffStage = (c: CueHit) => {
    if (c.status !== 'pending' || c.first <= item.phrase.last) return false;
    let k = item.phrase.last + 1;
    if (/^(?:from|by|with)$/.test(tokens[k]?.lower ?? '')) for (k++; k < c.first && /^\p{Lu}/u.test(tokens[k]!.text); k++);
    if (tokens[k]?.text !== ',') return false;
    for (k++; k < c.first; k++) if (!BATCH_WORDS.has(tokens[k]!.lower) || tokens[k]!.text === ',') return false;
    return true;
  };
  const own = (c: CueHit) => predicate(c) || onDeal(c) || sharedRelative(c) || firstBatch(c) || setOffStage(c) || passiveRelativeOnGoods(tokens, item, c, cues, inWeapon) || dealFate(c) || namedRelative(c);
  // "received the first 11 HIMARS ..., and expects to take delivery of 66 F-16Vs, after years of
  // delays": a noun after another statement's verb is that statement's.
  const otherStatement = (c: CueHit) => cues.some((v) => v.cue.pos === 'verb' && v.first > item.phrase.last && v.last < c.first && !own(v));
  // "Romania, which received its first F-16s from Portugal, is now buying 32 more": a relative
  // clause closed before the item tells its own goods' stage, not the item's.
  const closedRelative = (c: CueHit) => {
    let r = c.first - 1;
    while (r > 0 && tokens[r]!.text !== ',' && !/^(?:which|who)$/.test(tokens[r]!.lower)) r--;
    if (!/^(?:which|who)$/.test(tokens[r]?.lower ?? '') || tokens[r - 1]?.text !== ',') return false;
    return tokens.slice(c.last + 1, item.phrase.first).some((t) => t.text === ',');
  };
  // "includes Su-30 jets bought from Russia in the 2000s, F-16s and Hawk 209s": a reduced relative on
  // goods before the item is theirs alone, unless the item names a party of its own for the same verb
  // ("built and delivered by Lürssen ..., as well as four Ijtihad-class boats from the same yard",
  // "six were donated by Russia and four more by Belarus").
  let head = item.phrase.last + 1;
  while (head - item.phrase.last <= HEAD_NOUNS && /^\p{Ll}+$/u.test(tokens[head]?.text ?? '') && !transferRules().reducedRelativeAfter.has(tokens[head]!.lower)) head++;
  const ownParty = transferRules().reducedRelativeAfter.has(tokens[head]?.lower ?? '');
  const othersRelative = (c: CueHit) => {
    const on = inWeapon && !ownParty ? participleOn(tokens, c, inWeapon) : null;
    return on !== null && on < item.phrase.first;
  };
  // "The United States, which supplied Georgia with Javelin missiles in 2018, had already frozen $95
  // million in aid": goods inside a relative aside have none of the cues after it.
  const asideEnd = relativeAsideEnd(tokens, item.phrase.first, item.phrase.last);
  return cues.filter((c) => {
    if (asideEnd !== null && c.first > asideEnd) return false;
    if (phrase && c.first >= phrase.participle && c.first < phrase.end) return true;
    if (c.cue.pos === 'noun') return c.first < item.phrase.first || !otherStatement(c);
    if (c.first < item.phrase.first) return !ended(c) && !closedRelative(c) && !othersRelative(c);
    return own(c);
  });
}

/** Whether passive cue `c` opens a "that"/"which" relative right after goods later than the item ("helicopters that were given"). */
function laterGoodsRelative(tokens: readonly Token[], item: Item, c: CueHit, inWeapon: readonly boolean[]): boolean {
  if (!c.passive || c.first <= item.phrase.last) return false;
  const r = wordBeforeAuxiliaries(tokens, c.first - 1, item.phrase.last + 1);
  if (!THING_RELATIVE.test(tokens[r]?.lower ?? '')) return false;
  const antecedent = tokens[r - 1]?.text === ',' ? r - 2 : r - 1;
  return antecedent > item.phrase.last && Boolean(inWeapon[antecedent]);
}

/** Words from a deal noun to the relative that lists its goods ("a deal signed in 2012 that"). */
const DEAL_RELATIVE_REACH = 6;

/** The deal noun, framing another act, whose relative ("under a deal ... that also covers") lists the item, if any. */
function coveringDeal(tokens: readonly Token[], item: Item, cues: readonly CueHit[], inWeapon?: readonly boolean[]): CueHit | null {
  const { adverbs, coveringVerbs } = transferRules();
  let k = item.phrase.first - 1;
  // Past earlier goods of the same list and their joints ("covers Mi-28NE helicopters and Pantsir-S1").
  // (A lower-case word covers the joints "and", "the", "a"; commas and counts pass too.)
  while (k >= 0 && (inWeapon?.[k] || tokens[k]!.text === ',' || /^\d/.test(tokens[k]!.text) || /^\p{Ll}+$/u.test(tokens[k]!.text)) && !coveringVerbs.has(tokens[k]!.lower) && !cues.some((c) => c.first <= k && k <= c.last)) k--;
  if (!coveringVerbs.has(tokens[k]?.lower ?? '')) return null;
  k--;
  while (adverbs.has(tokens[k]?.lower ?? '')) k--;
  if (!THING_RELATIVE.test(tokens[k]?.lower ?? '')) return null;
  const relative = k;
  const deal = cues.find((c) => c.cue.pos === 'noun' && c.cue.deal !== null && c.last < relative && relative - c.last <= DEAL_RELATIVE_REACH && !cues.some((v) => v.cue.pos === 'verb' && v.cue.transfer && v.first > c.last && v.first < relative));
  // Only a deal that frames another act ("under a deal"); what befalls the deal itself ("suspended talks
  // on the package that included 50 F-35s") befalls its goods.
  const under = deal ? tokens.slice(Math.max(0, deal.first - DEAL_RELATIVE_REACH), deal.first).findLastIndex((t) => t.lower === 'under') : -1;
  return deal && under !== -1 ? deal : null;
}

/**
 * The goods a participle cue hangs on as a reduced relative ("batteries supplied by", "systems ordered
 * from"): the index of their last token, with at most a few lower-case head nouns between; else null.
 */
export function participleOn(tokens: readonly Token[], c: CueHit, inWeapon: readonly boolean[]): number | null {
  if (c.cue.pos !== 'verb' || !isParticiple(tokens[c.first]!) || !transferRules().reducedRelativeAfter.has(tokens[c.last + 1]?.lower ?? '')) return null;
  return goodsEndingAt(tokens, relativeOpening(tokens, c.first) - 1, inWeapon);
}

/** Where a reduced relative opens: before ", both" or ", all" ("F-7TN fighters, both bought from China"), else at its participle. */
export function relativeOpening(tokens: readonly Token[], participle: number): number {
  return /^(?:both|all)$/.test(tokens[participle - 1]?.lower ?? '') && tokens[participle - 2]?.text === ',' ? participle - 2 : participle;
}

/**
 * The last token of goods that end at `from`, reached back over at most a few lower-case head nouns
 * ("KC-46 refueling tankers | ordered"); null when any other word stands between.
 */
export function goodsEndingAt(tokens: readonly Token[], from: number, inWeapon: readonly boolean[]): number | null {
  const { pronouns, passiveAuxiliaries, perfectAuxiliaries } = transferRules();
  for (let k = from; k >= 0 && from - k <= HEAD_NOUNS; k--) {
    if (inWeapon[k]) return k;
    // ("launchers it bought from the U.S.": a relative with a subject of its own tells the subject's act;
    // "fighters were delivered from Beijing": a participle after an auxiliary is the clause's verb.)
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text) || pronouns.has(tokens[k]!.lower) || passiveAuxiliaries.has(tokens[k]!.lower) || perfectAuxiliaries.has(tokens[k]!.lower)) return null;
  }
  return null;
}

/**
 * The phrase of goods that a participle of their own follows, for their cues: from that participle
 * to the next comma or the next goods with a participle of their own (`end`), and no cue after those
 * goods (`to`); the cues from another goods' participle before them (`from`) up to the goods are
 * that goods'. Null for goods with no participle of their own.
 */
function ownPhrase(tokens: readonly Token[], item: Item, cues: readonly CueHit[], inWeapon: readonly boolean[]): { from: number; participle: number; end: number; to: number } | null {
  const on = cues.map((c) => participleOn(tokens, c, inWeapon));
  const mine = cues.findIndex((c, k) => on[k] !== null && on[k]! >= item.phrase.first && on[k]! <= item.phrase.last);
  if (mine < 0) return null;
  const before = cues.findLastIndex((c, k) => on[k] !== null && on[k]! < item.phrase.first);
  const after = cues.findIndex((c, k) => on[k] !== null && on[k]! > item.phrase.last);
  // (The next goods start where the weapon words before their participle start.)
  let to = after < 0 ? Infinity : on[after]!;
  while (to > item.phrase.last + 1 && inWeapon[to - 1]) to--;
  const participle = cues[mine]!.first;
  let end = participle;
  while (end < to && tokens[end] && tokens[end]!.text !== ',') end++;
  return { from: before < 0 ? Infinity : cues[before]!.first, participle, end, to };
}

/** Words between a plan noun and its goods: "plan to acquire four second-hand". */
const PLAN_REACH = 6;

/** "plan to acquire ...", "decision to give Ukraine ...": a plan noun with an infinitive before the goods. */
function planOf(tokens: readonly Token[], first: number, planNouns: ReadonlySet<string>): boolean {
  for (let j = first - 1; j >= 0 && first - j <= PLAN_REACH; j--) {
    if (tokens[j]!.text === ',') return false;
    if (tokens[j]!.lower !== 'to') continue;
    // ("a plan discussed in 2019 to purchase": a short date, and a participle before it, may stand
    // between; "a plan drawn up in 2019 to acquire": with its particle.)
    let noun = beforeDateOrAside(tokens, j - 1);
    if (noun < j - 1 && transferRules().participleParticles.has(tokens[noun]?.lower ?? '') && tokens[noun - 1] && isParticiple(tokens[noun - 1]!)) noun -= 2;
    else if (noun < j - 1 && tokens[noun] && isParticiple(tokens[noun]!)) noun--;
    if (planNouns.has(tokens[noun]?.lower ?? '')) return true;
  }
  return false;
}

/** Whether a token lies in a comma-closed aside that opens after `from`: ", which parliament approved in 2023,". */
function asideSpans(tokens: readonly Token[], from: number): (k: number) => boolean {
  const inside = tokens.map(() => false);
  let open = -1;
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]!.text !== ',') continue;
    if (open === -1) open = k;
    else {
      for (let j = open + 1; j < k; j++) inside[j] = true;
      open = -1;
    }
  }
  return (k) => inside[k] ?? false;
}

/** Words of a first batch between goods and its stage: ", with the first six to be (delivered)". */
const BATCH_WORDS = new Set([',', 'with', 'the', 'first', 'last', 'remaining', 'initial', 'rest', 'of', 'them', 'to', 'be', 'being', 'are', 'is', 'was', 'were', 'due', 'expected', 'scheduled', 'set']);

/** Words from goods to the preposition that places them ("J-16 fighters and warships around"). */
const DEPLOYED_REACH = 4;

/** Whether one of `prepositions` follows the item within a few words of its list, no comma or stop between. */
function sentTo(tokens: readonly Token[], item: Item, prepositions: ReadonlySet<string>): boolean {
  for (let k = item.phrase.last + 1; k < tokens.length && k - item.phrase.last <= DEPLOYED_REACH; k++) {
    // (A place after it: "around the island", "near Taiwan"; not "in the near future".)
    if (prepositions.has(tokens[k]!.lower) && (tokens[k + 1]?.lower === 'the' || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) return true;
    if (/^[,.;:]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * The comma opening a relative clause on no goods (", which", ", who": on a party) before the item, when
 * a cue of that relative comes before the item; else null.
 */
function partyRelativeBefore(tokens: readonly Token[], item: Item, cues: readonly CueHit[], inWeapon: readonly boolean[]): number | null {
  for (let k = item.phrase.first - 1; k > 0; k--) {
    if (/^[.;:]$/.test(tokens[k]!.text)) return null;
    if (tokens[k]!.text !== ',' || !/^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '') || inWeapon[k - 1]) continue;
    return cues.some((c) => c.first > k && c.last < item.phrase.first) ? k : null;
  }
  return null;
}

/** Words between an item and the "under licence" that holds it ("drones locally under licence"). */
const LICENCE_REACH = 2;

/** Words of the phrases saying for whom and where goods are made, between them and their licence. */
const PLACE_PHRASE_WORDS = 10;
/** The prepositions of those phrases, and the words that may open their nouns. */
const PLACE_PREPOSITIONS = /^(?:for|at|in)$/;
const PLACE_OPENERS = /^(?:the|its|their|a|an)$/;

/**
 * "assembled 54 EMB-312 Tucano trainers | for the Air Force at its Kader factory | under licence": only
 * a head noun, then phrases of "for", "at" and "in" and their nouns, no verb and no comma, between `from` and `to`.
 */
function placePhrasesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const noun = (t: Token) => /^\p{Ll}+$/u.test(t.text) && !isVerbForm(t.lower);
  // (past the head noun the name leaves out: "Tucano | trainers")
  let k = from;
  while (k < to && k - from < LICENCE_REACH && !PLACE_PREPOSITIONS.test(tokens[k]!.lower) && noun(tokens[k]!)) k++;
  if (to - k > PLACE_PHRASE_WORDS || !PLACE_PREPOSITIONS.test(tokens[k]?.lower ?? '')) return false;
  return tokens.slice(k, to).every((t) => PLACE_PREPOSITIONS.test(t.lower) || PLACE_OPENERS.test(t.lower) || /^\p{Lu}/u.test(t.text) || noun(t));
}

/** Prepositions that open the phrase of a party of the goods, between them and a relative on them. */
const PARTY_OPENERS = /^(?:from|by|with|to|for)$/;
/** Words of a party's phrase between goods and a relative clause: "from the pan-European group MBDA". */
const PARTY_PHRASE_REACH = 8;
/** Words between a relative pronoun and its verb: ", which were later supplied". */
const RELATIVE_VERB_REACH = 4;

/** Words of a head noun between a name and its relative pronoun ("patrol planes"). */
const RELATIVE_HEAD_WORDS = 3;

/** The token after the goods, past a quotation mark that opens a partial quote ('jets "purchased from Russia"'). */
function afterGoods(tokens: readonly Token[], item: Item): number {
  const next = item.phrase.last + 1;
  return tokens[next] && isQuoteMark(tokens[next]) ? next + 1 : next;
}

/**
 * Whether a participle cue right after the item, or set off after it by a comma, is a reduced
 * relative on it. Right after the item it must name its party ("frigates acquired from"), unless the
 * item is a list, which a main verb could not follow ("F-14 and F-4 jets bought before 1979"); a list
 * whose first goods have an origin of their own keeps the party to the last ones ("Chinese-built
 * F-7 fighters and eight MiG-29s bought from Russia").
 */
function reducedRelativeCue(tokens: readonly Token[], item: Item, cues: readonly CueHit[], list = false): boolean {
  const { adverbs, subordinators } = transferRules();
  const after = afterGoods(tokens, item);
  // ("FTC-2000G light fighters delivered to Myanmar by AVIC": a recipient's "to" names one as well.)
  const party = (c: CueHit) => /^(?:from|by|to)$/.test(tokens[c.last + 1]?.lower ?? '');
  // "the three Type 23 frigates acquired from the United Kingdom": a reduced relative right after the goods.
  // ("the A-29 Super Tucano light attack planes bought from Brazil's Embraer": past a head the phrase did not take.)
  let participle = after;
  while (participle - after < RELATIVE_HEAD_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[participle]?.text ?? '') && !cues.some((c) => c.first === participle) && !/^(?:which|that|who|and|or|to|of|for|in|on|at|with|from|by)$/.test(tokens[participle]!.lower) && !subordinators.has(tokens[participle]!.lower)) participle++;
  if (cues.some((c) => c.first === participle && c.cue.pos === 'verb' && c.cue.transfer && !c.negated && isParticiple(tokens[participle]!) && (list ? !(item.origin && party(c)) : party(c)))) return true;
  // "two 2K12 Kub batteries, also donated, in 2023": a participle set off after the goods says what befell them.
  if (tokens[after]?.text !== ',') return false;
  let k = after + 1;
  while (adverbs.has(tokens[k]?.lower ?? '')) k++;
  // (", both bought from China during the past decade": past a word for all of them.)
  if (/^(?:both|all)$/.test(tokens[k]?.lower ?? '')) k++;
  // ("BRDM-2 scout cars, several of them passed on by Cuba": past the part it counts.)
  if (countsPart(tokens[k]) && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'them') k += 3;
  // (", acquired from France in the 1980s": so does one that names its party.)
  return cues.some((c) => c.first === k && c.cue.pos === 'verb' && c.cue.transfer && !c.negated && isParticiple(tokens[k]!) && (tokens[c.last + 1]?.text === ',' || party(c)));
}

/** A word that counts a part of goods: a number, or "some", "most", "many" (the rules' partWords). */
export function countsPart(t: Token | undefined): boolean {
  return isCount(t) || Boolean(t && transferRules().partWords.has(t.lower));
}

/** How many words an aside on goods set off by commas may run (", known in Sweden as the Tp 84,"). */
const GOODS_ASIDE_WORDS = 8;

/** The closing comma of an aside set off by commas that opens at `at` (", also derived from the Type 26,"), else -1. */
function commaAsideEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return -1;
  for (let k = at + 1; k - at <= GOODS_ASIDE_WORDS && tokens[k]; k++) {
    if (tokens[k]!.text === ',') return k;
    if (/^[.;!?]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/**
 * ", which were supplied by Portugal", "that Vilnius had donated", "(the helicopters) it had ordered
 * from NHIndustries": a relative clause right after the item whose verb is a cue. With no relative
 * pronoun the clause opens with its subject, a pronoun or a name.
 */
function relativeCue(tokens: readonly Token[], item: Item, cues: readonly CueHit[]): boolean {
  // The head noun the name leaves out: "the P-3C Orion | patrol planes | that the navy took over".
  let head = item.phrase.last + 1;
  while (head - item.phrase.last <= RELATIVE_HEAD_WORDS && /^(?:\p{Ll}+|-)$/u.test(tokens[head]?.text ?? '') && !THING_RELATIVE.test(tokens[head]!.lower)) head++;
  const opens = (k: number) => THING_RELATIVE.test(tokens[k]?.lower ?? '');
  if (!opens(head) && !(tokens[head]?.text === ',' && opens(head + 1))) head = item.phrase.last + 1;
  // ("five C-130H Hercules, known in Sweden as the Tp 84, which were bought": past an aside that names them another way.)
  const close = transferRules().namingWords.has(tokens[head + 1]?.lower ?? '') ? commaAsideEnd(tokens, head) : -1;
  if (close >= 0 && opens(close + 1)) head = close;
  let k = head;
  if (tokens[k]?.text === ',') k++;
  const word = tokens[k];
  if (!word) return false;
  const pronoun = THING_RELATIVE.test(word.lower);
  // "Hermes 900 drones the PAF received from Elbit": a contact relative opens with its subject.
  const named = /^\p{Lu}/u.test(word.text) || (word.lower === 'the' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
  if (!pronoun && (k > head || !(transferRules().contactSubjects.has(word.lower) || named))) return false;
  return cues.some((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated && c.first > k && c.first - k <= RELATIVE_VERB_REACH);
}

/** "bombers it bought", "the tanks that Poland ordered": a verb whose object is the goods named before its relative's subject. */
function objectRelativeVerb(tokens: readonly Token[], cue: CueHit, inWeapon: readonly boolean[]): boolean {
  if (cue.cue.pos !== 'verb' || cue.passive) return false;
  let k = cue.first - 1;
  while (k > 0 && transferRules().adverbs.has(tokens[k]!.lower)) k--;
  if (!transferRules().contactSubjects.has(tokens[k]?.lower ?? '')) return false;
  k--;
  if (THING_RELATIVE.test(tokens[k]?.lower ?? '')) k--;
  for (let words = 0; k >= 0 && words <= RELATIVE_HEAD_WORDS; k--, words++) {
    if (inWeapon[k]) return true;
    // ("its Hornets as it takes delivery of": a subordinator or a joint opens a clause of its own.)
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text) || opensClause(tokens[k]!.lower)) return false;
  }
  return false;
}

/** A word that opens a clause of its own: a subordinator ("as", "after"), a break ("but", "while") or a joint ("and", "or", "if", "so"). */
function opensClause(word: string): boolean {
  const { subordinators, clauseBreaks } = transferRules();
  return subordinators.has(word) || clauseBreaks.has(word) || /^(?:and|or|if|so)$/.test(word);
}

/** The last token of the list of goods an item opens ("the Iskander-M systems and the S-400 system"). */
export function listEnd(tokens: readonly Token[], item: Item, inWeapon: readonly boolean[]): number {
  let end = item.phrase.last;
  // After a name, a few words of its head noun ("systems"), then "and" or a comma, an article, the next name.
  let state: 'head' | 'joint' | 'article' = 'head';
  for (let k = item.phrase.last + 1, plain = 0; k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    // "The jets will replace the Kfir fighters": words that are no joint end the list.
    if (inWeapon[k] && state === 'head' && plain > 0) break;
    if (inWeapon[k]) [end, plain, state] = [k, 0, 'head'];
    else if (state === 'head' && /^\p{Ll}+$/u.test(tokens[k]!.text) && word !== 'and' && plain < LIST_HEAD_WORDS) plain++;
    else if (state === 'head' && (word === 'and' || word === ',')) state = 'joint';
    else if (state === 'joint' && /^(?:the|a|an)$/.test(word)) state = 'article';
    else break;
  }
  return end;
}

/** The item stretched over the list of goods it opens, or null when it opens none. */
function listOf(tokens: readonly Token[], item: Item, inWeapon: readonly boolean[]): Item | null {
  const end = listEnd(tokens, item, inWeapon);
  return end > item.phrase.last ? { ...item, phrase: { ...item.phrase, last: end } } : null;
}

/** Words of a head noun a list member may end with ("tactical missile systems"). */
const LIST_HEAD_WORDS = 2;

/**
 * A giving verb in the active voice, not a participle ("drones handed over ... by the United States" is a
 * reduced relative): its subject gives. Goods as that subject give a capability ("The Caesar gives our
 * artillery the range"), and a clause that names no giver tells no stage of a transfer before it.
 */
export function isActiveGiving(tokens: readonly Token[], c: CueHit): boolean {
  return c.cue.pos === 'verb' && c.cue.agent === 'supplier' && !c.passive && !isParticiple(tokens[c.first]!);
}

/** An unnamed item that is itself a cue's words ("military aid" in "a military aid package"). */
export function overlapsCue(item: Item, cues: readonly CueHit[]): boolean {
  return cues.some((c) => c.first <= item.phrase.last && item.phrase.first <= c.last);
}

/**
 * "Latvia has handed over to Ukraine all of its M109 howitzers, which it had bought from Austria in
 * 2017, | as well as Stinger missiles": a clause an object relative interrupted, that goes on with a
 * listing word and no cue of its own, lists more goods of that clause's transfers (`interrupted`,
 * the drafts of the clause before the relative), at its stage and between its parties.
 */
export function listedOn(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause, items: readonly Item[], interrupted: readonly Draft[]): Draft[] {
  const opener = transferRules().listContinuations.find((words) => words.every((w, k) => tokens[clause.first + k]?.lower === w));
  if (!opener) return [];
  const goods = items.filter((item) => item.weapon && item.phrase.first >= clause.first && item.phrase.last <= clause.last);
  const end = tokens[clause.last]!.text === '.' ? tokens[clause.last - 1]!.end : tokens[clause.last]!.end;
  const seen = new Set<string>();
  const out: Draft[] = [];
  for (const d of interrupted) {
    const key = `${d.supplier}|${d.recipient}|${d.status}`;
    if (!d.system || seen.has(key)) continue;
    seen.add(key);
    const evidence = { text: doc.text.slice(d.evidence.start, end), start: d.evidence.start, end };
    for (const item of goods) {
      if (item.weapon!.id === d.system) continue;
      out.push({ ...d, system: item.weapon!.id, quantity: item.phrase.quantity, evidence, rules: [...d.rules, `goods listed on ("${opener.join(' ')}") after a relative clause, with the transfer it interrupted`] });
    }
  }
  return out;
}
