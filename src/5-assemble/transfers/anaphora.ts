/**
 * Transfers told across clauses: a definite deal noun lends the parties of the latest deal of its
 * kind ("The package also includes ..."), and a clause that names only a delivery moves the transfer
 * told just before it along ("Deliveries are expected to begin in 2028").
 */
import type { TransferStatus } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { isPossessiveMark, isQuoteMark, type Token } from '../../nlp/tokens.js';
import { continuesNounPhrase } from '../../nlp/word-classes.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import type { Clause } from './clauses.js';
import { isParticiple, pastPerfectDeal, POSSESSIVE_DETERMINERS, wordBeforeAuxiliaries, type CueHit } from './cues.js';
import type { Item } from './items.js';
import { countsPart, isActiveGiving } from './goods.js';
import { dateIn, evidenceOf, textOf } from './evidence.js';
import type { Draft } from './merge.js';
import { pronounGoodsAt, type ClauseParties, type RolePhrase } from './parties.js';
import { transferRules } from './rules.js';
import { countedUnitsEnd, isCount, opensHeadNoun, weaponLexicon } from '../../lexicon/weapons.js';

const CLAUSE_LEVEL = new Set(['subject', 'pronoun', 'coordination', 'object']);

/** Words from a deal noun to the goods its "of" names: "the possible sale to Canada of 26 HIMARS". */
const PROSPECT_REACH = 6;

/** How many sentences back a delivery-only clause may reach for its transfer. */
const ANAPHORA_REACH = 2;

/**
 * "The package also includes ...": a definite deal noun with no possessor of its own refers to the
 * latest deal of its kind, and lends its parties to what follows it: those the clause does not name
 * itself. Returns the deal it refers to.
 */
export function inheritParties(
  tokens: readonly Token[],
  cues: readonly CueHit[],
  parties: ClauseParties,
  drafts: readonly Draft[],
  actors: ActorSpans,
  systems: ReadonlySet<string> = new Set(),
  introduced: readonly number[] = [],
): Draft | null {
  let lent: Draft | null = null;
  for (const cue of cues) {
    if (cue.cue.pos !== 'noun' || !cue.cue.deal || !(cue.refers || definite(tokens, cue.first))) continue;
    if (parties.phrases.some((p) => p.cue === cue)) continue;
    // "The package includes ... Hellfire missiles" after a sale: a bare "package" is any deal's.
    const any = tokens[cue.first]!.lower === 'package' && cue.first === cue.last;
    const earlier = [...drafts].reverse().find((d) => (any || d.deal === cue.cue.deal) && d.supplier && d.recipient && !d.firstLeg);
    if (!earlier) continue;
    // "Islamabad had wanted more F-16s, but the purchase of eight of the jets was abandoned" after
    // its J-10 deal with China: a sale of another system is the buyer's, not the seller's.
    const otherSystem = cue.cue.deal === 'sale' && systems.size > 0 && (!earlier.system || !systems.has(earlier.system));
    // ("A memorandum signed with Moscow on the possible purchase of Russian S-400 systems": a sale of
    // a system the story names first in its "of" phrase is no deal told before; "the possible sales,
    // which also cover 208 Javelin missiles" lists the goods of one.)
    const ofIntroduced = () => introduced.some((k) => k > cue.last && k - cue.last <= PROSPECT_REACH && tokens.slice(cue.last + 1, k).some((t) => t.lower === 'of') && !tokens.slice(cue.last + 1, k).some((t) => t.text === ','));
    if (otherSystem && transferRules().prospectWords.has(tokens[cue.first - 1]?.lower ?? '') && ofIntroduced()) continue;
    lent = earlier;
    for (const role of otherSystem ? (['recipient'] as const) : (['supplier', 'recipient'] as const)) {
      // "Washington has since approved the sale": the clause's own subject comes first ("from X" after
      // one system leaves the others to the deal: "includes 45 tanks from the Czech Republic ... and 1,100 drones").
      if (parties.phrases.some((p) => p.role === role && CLAUSE_LEVEL.has(p.source))) continue;
      const actor = actors.byId.get(earlier[role]!);
      if (actor) parties.phrases.push({ role, party: actor, at: cue.first, preposition: null, source: 'anaphora', cue });
    }
  }
  return lent;
}

/**
 * "Sweden unveiled its 16th military aid package for Ukraine. It includes two ASC 890 aircraft": a
 * pronoun opening a clause before a listing verb stands for the deal noun of the sentence before.
 */
export function dealPronoun(tokens: readonly Token[], clause: Clause, deal: CueHit): CueHit | null {
  const { dealPronouns, listingVerbs, adverbs, futureAuxiliaries } = transferRules();
  let k = clause.first;
  while (k <= clause.last && isQuoteMark(tokens[k]!)) k++;
  if (!dealPronouns.has(tokens[k]?.lower ?? '')) return null;
  let v = k + 1;
  while (v <= clause.last && (adverbs.has(tokens[v]!.lower) || futureAuxiliaries.has(tokens[v]!.lower))) v++;
  return v <= clause.last && listingVerbs.has(tokens[v]!.lower) ? { ...deal, first: k, last: k, refers: true } : null;
}

/** Lower-case words between a determiner and its deal noun: "the proposed package", "this $3 billion deal". */
const DEAL_MODIFIERS = 3;

/** "the package", "the proposed package", "this $3 billion deal": a deal noun the story has told of before. */
function definite(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= DEAL_MODIFIERS + 1; j--) {
    if (/^(?:the|this)$/.test(tokens[j]!.lower)) return true;
    // ("the navy signed a contract": another determiner, or a cue's verb, ends the phrase.)
    if (!/^(?:\p{Ll}[\p{Ll}-]*|\$|[\d.,]+)$/u.test(tokens[j]!.text) || transferRules().objectOpeners.has(tokens[j]!.lower)) return false;
    if (transferRules().cues.longestAt(tokens, j)?.payloads.some((p) => p?.pos === 'verb')) return false;
  }
  return false;
}

/**
 * "the first units were expected", "the remaining two batteries are due": a clause that opens with
 * a part of goods named by a unit noun ("units", "batteries": weapons words.contextNouns), or by a
 * bare count before its verb ("The first 12 are expected before the end of the year").
 */
function unitsOpening(tokens: readonly Token[], clause: Clause): boolean {
  const { ordinalFacts, remainderWords, passiveAuxiliaries, perfectAuxiliaries, modality } = transferRules();
  // (", and the first 150 are due next year": after the joint that opens the clause too.)
  const k = /^(?:that|and)$/.test(tokens[clause.first]?.lower ?? '') ? clause.first + 1 : clause.first;
  const part = tokens[k + 1]?.lower ?? '';
  if (tokens[k]?.lower !== 'the' || !(ordinalFacts.has(part) || remainderWords.has(part))) return false;
  const auxiliary = (at: number) => passiveAuxiliaries.has(tokens[at]?.lower ?? '') || perfectAuxiliaries.has(tokens[at]?.lower ?? '') || modality.has(tokens[at]?.lower ?? '');
  // ("The first are due next year": so does the part word alone before its verb.)
  return countedUnitsEnd(tokens, k + 2) >= 0 || (isCount(tokens[k + 2]) && auxiliary(k + 3)) || auxiliary(k + 2);
}

/**
 * A clause that names no system but a delivery ("Deliveries are expected to begin in 2028", "Vucic
 * confirmed the delivery", "and the first were delivered in 2021", "but dropped the plan") tells the
 * stage of the transfer stated just before it.
 */
export function deliveryOnly(
  doc: AnalysisDocument,
  tokens: readonly Token[],
  clause: Clause,
  clauseCues: readonly CueHit[],
  status: TransferStatus,
  drafts: readonly Draft[],
  sentence: number,
  phrases: readonly Pick<RolePhrase, 'party' | 'source'>[],
  subject: string | null = null,
  home: string | null = null,
): Draft[] {
  const parties = phrases.map((p) => p.party.id);
  // ("The first is due to arrive at the naval base in Sekondi", "the first of which was handed over in
  // Bremerhaven": the place an arrival names says where the goods go, not who takes them.)
  const namesParty = phrases.some((p) => p.source !== 'arrival');
  // "Deliveries are expected to begin", "the first were delivered in 2021" (a verb, when the clause names no party).
  // ("the first units were expected within a year": a part of the goods named by a unit noun, like "the first of them".)
  // ("An Algerian-assembled drone was shown at the 2022 parade": a state of having tells a stage only of a part of the goods, "40 of them are in service".)
  const part = Boolean(clause.partitive) || unitsOpening(tokens, clause);
  // ("many of which are due to be retired once the Patrias arrive": in a partitive, a verb after a
  // subordinator and a subject of its own speaks of other goods.)
  const cues = clause.partitive ? clauseCues.filter((c) => !subordinateBefore(tokens, clause, c.first)) : clauseCues;
  const stage = (c: CueHit) => (c.cue.status === 'delivered' || c.status === 'pending') && !c.cue.deal && (!c.cue.background || part);
  // "but dropped the plan last year", "the deal was later scrapped", "the Norwegian government
  // cancelled that contract": the end of the transfer told before, when the clause names none but its parties.
  // ("urged Washington to cancel the deal": a cancellation only asked for leaves the clause's stage another.)
  // ("to store or scrap the old hulls": a cancelling verb whose object is something else ends nothing told.)
  // ("the upgrade kits were also being dropped": nor one whose subject is something else.)
  // ("Many of those were later scrapped": nor a part of the goods themselves, retired.)
  const cancelling = status === 'cancelled' && !indefiniteDeal(tokens, clause) && cues.some((c) => c.status === 'cancelled' && !otherObject(tokens, c) && !bodyObject(doc, tokens, c) && !otherSubject(doc, tokens, clause, c) && !partOfGoods(tokens, clause, c));
  // ", the first of which are due next year": a partitive relative speaks of the goods' delivery.
  // An active giving verb with no party named has a subject of its own ("The Caesar gives our artillery the range").
  // A partitive clause speaks of the goods even where it names where they arrived ("the first of them arrived in Yerevan").
  // "which received its initial operational clearance": a verb with an object of its own moves no goods.
  const ownObject = (c: CueHit) => c.cue.pos === 'verb' && /^(?:its|their|his|her)$/.test(tokens[c.last + 1]?.lower ?? '');
  // ("to let other countries' arms deliveries cross its territory": deliveries unnamed parties own are others'.)
  const othersOwn = (c: CueHit) => {
    let k = c.first - 1;
    while (k > clause.first && transferRules().premodifierFillers.has(tokens[k]!.lower)) k--;
    return /^['’]$/.test(tokens[k]?.text ?? '') && transferRules().unnamedParties.has(tokens[k - 1]?.lower ?? '');
  };
  // ("the Korean offer was the best on price, range and delivery time": a stage noun that modifies a
  // noun of its details names no stage reached.)
  const detail = (c: CueHit) => c.cue.pos === 'noun' && /^\p{Ll}+$/u.test(tokens[c.last + 1]?.text ?? '') && transferRules().detailNouns.has(tokens[c.last + 1]!.lower);
  // ("Rwandan troops, who arrived in July 2021": a verb whose subject is a relative word for people.)
  const ofPeople = (c: CueHit) => transferRules().personRelatives.has(tokens[wordBeforeAuxiliaries(tokens, c.first - 1, clause.first + 1)]?.lower ?? '');
  const aboutGoods = (c: CueHit) => !describesOtherNoun(tokens, c) && !detail(c) && !ofPeople(c) && ((c.cue.pos === 'noun' && !othersOwn(c)) || (clause.partitive && c.cue.arrival) || (!namesParty && !isActiveGiving(tokens, c) && !ownObject(c) && (c.cue.transfer || part)));
  // ("as U.S. Stryker delivery slips": a noun cue a name no actor's qualifies is of goods the clause names itself.)
  const named = (c: CueHit) => c.cue.pos === 'noun' && c.first - 1 > clause.first && /^\p{Lu}/u.test(tokens[c.first - 1]!.text) && !doc.layers.actors.some((a) => a.mentions.some((m) => m.end === tokens[c.first - 1]!.end));
  // ("The State Department approved the sale in May": so is an approval of a definite deal noun.)
  const approving = status === 'approved' && cues.some((c) => c.status === 'approved' && c.cue.pos === 'verb' && !c.negated && !c.modal && POINTING_BACK.test(tokens[c.last + 1]?.lower ?? '') && cues.some((n) => n.cue.pos === 'noun' && n.first === c.last + 2));
  const delivery = cancelling || approving || cues.some((c) => stage(c) && aboutGoods(c) && !named(c) && !anyGoods(tokens, clause, c));
  if (!delivery) return [];
  // ("Other equipment has already arrived": a subject that says it is other goods speaks of none told before.)
  const opening = tokens[clause.first]?.lower === 'the' ? clause.first + 1 : clause.first;
  if (tokens[opening]?.lower === 'other') return [];
  // "the cancellation leaves the army without ...": a definite noun of a stage some transfer of the
  // story has reached already refers back to that event, and moves nothing.
  // ("the opposition has made the freeze of Western assistance a campaign theme" after "Washington froze
  // $95 million in assistance": so does one a verb of an earlier sentence told, goods named or not.)
  // ("its technicians have struggled to obtain spare parts since the suspension": the cues that give
  // the stage are what count, not a verb of the clause that gives another.)
  const giving = cues.filter((c) => c.status === status);
  if ((giving.length ? giving : cues).every((c) => c.cue.pos === 'noun' && POINTING_BACK.test(tokens[c.first - 1]?.lower ?? '') && (drafts.some((d) => d.status === c.status) || toldBefore(doc, sentence, c.status)))) return [];
  const evidence = evidenceOf(doc, tokens, clause);
  // ("had for years considered buying F-16s from the United States but dropped the plan": a wish given
  // up ends it, cancelled.)
  // ("absorbing some 500 JLTVs from Oshkosh, the last of which were handed over": a partitive speaks
  // of the goods right before it, and of no transfer told earlier when those have none.)
  // ("The United States, which supplied Georgia with Javelins in 2018, had frozen $95 million in aid":
  // what the name's own verb ends after an aside on it is no transfer the aside told.)
  const afterNameAside = cancelling && clause.resumes && clause.sharesSubject;
  const told = afterNameAside ? drafts.filter((d) => d.sentence !== sentence) : drafts;
  const previous = transferBefore(doc, told, sentence, evidence.start, cancelling, Boolean(clause.partitive), status === 'pending');
  if (!previous) return [];
  // "after Canada suspended export permits": a subject with no role of its own is a party too.
  // (An approval by the one state a transfer with no seller yet names is that state's: "a package of six
  // CH-47F helicopters for the UAE. The State Department approved the sale".)
  const isCountry = (id: string) => doc.layers.actors.find((a) => a.id === id)?.kind === 'country';
  const approver = approving && !previous.supplier && subject && subject !== previous.recipient && isCountry(subject) ? subject : null;
  // ("COPENHAGEN - ... a plan to buy four Challenger 650 jets from Canada's Bombardier. The ministry
  // dropped the plan": the story's own state that ends a purchase from a named seller whose buyer is not named yet is its buyer.)
  const buyer = cancelling && previous.supplier && !previous.recipient && subject && subject === home && subject !== previous.supplier ? subject : null;
  const cancelled = (cancelling || approving) && [...parties, ...(subject ? [subject] : [])].every((p) => p === previous.supplier || p === previous.recipient || p === approver || p === buyer);
  // "Sweden later suspended deliveries to Qatar" after Germany's sale: another party's act ends nothing (nor approves).
  if ((cancelling || approving) && !cancelled) return [];
  // "A stray missile landed in a field": a cue for some categories only moves a transfer of those.
  const category = doc.layers.weapons.find((w) => w.id === previous.system)?.category;
  if (!cues.some((c) => c.cue.categories === null || (category !== undefined && c.cue.categories.has(category)))) return [];
  // ("Denmark orders 50 CV90s, freezes Israeli rocket launcher purchase": nor one of goods of another kind the clause names.)
  // ("... after Nuku'alofa concluded it could not afford another ship"; not "The missiles ... would arm
  // the Patriot batteries", a definite reference, nor what the goods were "armed with".)
  if (category !== undefined && kindsIn(tokens, clause, cues).some((kind) => kind !== category)) return [];
  // ("the Navy also hopes to obtain a larger offshore vessel" after Senegal's OPV: nor one whose verb
  // takes goods an indefinite article opens.)
  if (newGoodsAfter(tokens, clause, cues)) return [];
  // ", all of which have now been delivered": every transfer the sentence listed before, not the last only.
  const all = ALL_OF.test(textOf(tokens, clause.first, Math.min(clause.last, clause.first + 3)));
  // "signed a contract ... for 24 K9 howitzers and six K10 vehicles. ... the vehicles will be
  // delivered in 2027": a delivery after one clause's list of goods is the whole list's.
  const sameClause = (d: Draft) => d.sentence === previous.sentence && d.evidence.start === previous.evidence.start && d.evidence.end === previous.evidence.end && d.status === previous.status;
  const moved = all ? drafts.filter((d) => d.sentence === sentence && d.evidence.end <= evidence.start) : drafts.filter(sameClause);
  // ("a shipment of ammunition from Belarus ... is due to arrive" after China's F-7 sale: nor does a
  // stage of goods from or to another country, no party of the transfers it would move nor their maker.)
  const targets = moved.length ? moved : [previous];
  const origins = new Set(targets.map((d) => doc.layers.weapons.find((w) => w.id === d.system)?.origin));
  const foreign = (p: string) => isCountry(p) && !origins.has(p) && !targets.some((d) => d.supplier === p || d.recipient === p);
  if (!cancelling && parties.some(foreign)) return [];
  // ("Chinese hardware is arriving too" after Turkish drones: nor goods of the kind a country's adjective qualifies.)
  const opensKind = (m: { end: number; form?: string }) => m.form === 'adjective' && opensHeadNoun(tokens, tokens.findIndex((t) => t.start >= m.end));
  const [from, to] = [tokens[clause.first]!.start, tokens[clause.last]!.end];
  if (!cancelling && doc.layers.actors.some((a) => foreign(a.id) && a.mentions.some((m) => m.start >= from && m.end <= to && opensKind(m)))) return [];
  const rule = `status ${status} of the transfer told before, from ${cues.map((c) => textOf(tokens, c.first, c.last)).join(', ')}`;
  // (A wish given up is told as a fact: the cancellation is a claim.)
  return targets.map(({ background: _, tentative: __, ...d }) => ({ ...d, ...(approver && !d.supplier ? { supplier: approver } : {}), ...(buyer && !d.recipient ? { recipient: buyer } : {}), quantity: null, status, date: dateIn(doc, evidence), evidence, rules: [rule], sentence }));
}

/**
 * "a transit point for cocaine flown in from South America": a participle right after a common noun
 * that is no goods word is a reduced relative on that noun; it moves no goods told before.
 */
function describesOtherNoun(tokens: readonly Token[], c: CueHit): boolean {
  const noun = tokens[c.first - 1];
  if (c.cue.pos !== 'verb' || !isParticiple(tokens[c.first]!) || noun === undefined) return false;
  if (!/^\p{Ll}+$/u.test(noun.text) || !continuesNounPhrase(noun)) return false;
  // ("the two that the Central Asian country received in 2021": a noun a relative word opens is its verb's subject.)
  const { subjectOpeners, nounPhraseStops } = transferRules();
  for (let k = c.first - 2; k >= Math.max(0, c.first - 6) && /^[\p{L}-]+$/u.test(tokens[k]!.text); k--) {
    if (subjectOpeners.has(tokens[k]!.lower)) return false;
    if (nounPhraseStops.has(tokens[k]!.lower)) break;
  }
  const { countNouns, contextNouns } = weaponLexicon().words;
  return !countNouns.has(noun.lower) && !contextNouns.has(noun.lower) && !weaponLexicon().phrases.longestAt(tokens, c.first - 1);
}

/**
 * The categories of the head nouns a clause names as new goods next to its cues ("Israeli rocket
 * launcher purchase" -> rocket launcher), not after a definite word ("the missiles"), nor what goods
 * are fitted "with", nor the generic ones ("weapons"), nor threats further off ("from ballistic missiles").
 */
function kindsIn(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[]): string[] {
  const kinds: string[] = [];
  for (let k = clause.first; k <= clause.last && tokens[k]!.lower !== 'with'; k++) {
    if (DEFINITE.has(tokens[k - 1]?.lower ?? '') || !cues.some((c) => k >= c.first - KIND_REACH && k <= c.last + KIND_REACH)) continue;
    kinds.push(...kindsAt(tokens, k));
  }
  return kinds;
}

/**
 * Whether a verb cue takes for its object goods an indefinite article opens ("to obtain a larger
 * offshore vessel"): new goods of their own, not those of a transfer told before ("a second frigate",
 * "a further batch" are more of them).
 */
function newGoodsAfter(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[]): boolean {
  const { ordinalFacts } = transferRules();
  return cues.some((c) => {
    const article = c.last + 1;
    if (c.cue.pos !== 'verb' || !/^(?:a|an)$/.test(tokens[article]?.lower ?? '')) return false;
    const next = tokens[article + 1]?.lower ?? '';
    if (ordinalFacts.has(next) || next === 'further') return false;
    for (let k = article + 1; k <= Math.min(clause.last, article + KIND_REACH); k++) if (kindsAt(tokens, k).length > 0) return true;
    return false;
  });
}

/** The categories of the head nouns of goods that open at token k ("rocket launcher"), not the generic ones ("weapons"). */
function kindsAt(tokens: readonly Token[], k: number): string[] {
  const kinds: string[] = [];
  for (const p of weaponLexicon().phrases.longestAt(tokens, k)?.payloads ?? []) if (p.head && p.head.category !== 'generic') kinds.push(p.head.category);
  return kinds;
}

/** Words between a cue and the kind of goods it is told of ("could not afford another ship"). */
const KIND_REACH = 3;

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', ...POSSESSIVE_DETERMINERS]);

/** Whether a verb cue of a sentence before `sentence` tells `status` ("Washington froze $95 million in assistance"). */
function toldBefore(doc: AnalysisDocument, sentence: number, status: TransferStatus): boolean {
  return (firstToldIn(doc).get(status) ?? Infinity) < sentence;
}

/** Per story, the first sentence in which a verb cue tells each status: scanned once, not once per clause that asks. */
const firstTold = new WeakMap<AnalysisDocument, Map<TransferStatus, number>>();

function firstToldIn(doc: AnalysisDocument): Map<TransferStatus, number> {
  let first = firstTold.get(doc);
  if (first) return first;
  first = new Map();
  const { cues } = transferRules();
  for (const [i, s] of doc.sentences.entries()) {
    const words = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    for (let k = 0; k < words.length; k++) for (const p of cues.longestAt(words, k)?.payloads ?? []) if (p?.pos === 'verb' && !first.has(p.status)) first.set(p.status, i);
  }
  firstTold.set(doc, first);
  return first;
}

/** Whether a subordinator with words after it ("once the Patrias", "until new fighters") stands between the clause's start and `at`. */
function subordinateBefore(tokens: readonly Token[], clause: Clause, at: number): boolean {
  const { subordinators } = transferRules();
  for (let k = clause.first + 1; k < at - 1; k++) if (subordinators.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "the upgrade kits were also being dropped": a passive verb whose subject, a determiner and
 * lower-case words right before its auxiliaries, names no deal, plan, talks, paper, cue noun or goods.
 */
function otherSubject(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause, c: CueHit): boolean {
  const rules = transferRules();
  if (!c.passive) return false;
  let k = c.first - 1;
  while (k >= clause.first && (rules.passiveAuxiliaries.has(tokens[k]!.lower) || rules.perfectAuxiliaries.has(tokens[k]!.lower) || rules.adverbs.has(tokens[k]!.lower) || rules.modality.has(tokens[k]!.lower))) k--;
  // "Other plans have been dropped": what is told next, not the transfer told before.
  if (tokens.slice(Math.max(clause.first, k - OBJECT_WORDS), k + 1).some((t) => OTHER.test(t.lower))) return true;
  const words: number[] = [];
  // ("the joint Noble Partner exercise was postponed": a name may describe the head noun, which is lower-case.)
  const word = (t: Token) => (words.length === 0 ? /^\p{Ll}+$/u : /^\p{L}+$/u).test(t.text);
  // ("and several joint exercises have been cancelled": a vague amount opens it too.)
  const { numbers } = weaponLexicon().words;
  const opener = (t: Token) => DETERMINERS.test(t.lower) || numbers.get(t.lower) === 0;
  while (k >= clause.first && words.length < OBJECT_WORDS && word(tokens[k]!) && !opener(tokens[k]!)) words.push(k--);
  if (words.length === 0 || k < clause.first || !opener(tokens[k]!)) return false;
  const inWeaponName = (t: Token) => doc.layers.weapons.some((w) => w.mentions.some((m) => m.start <= t.start && t.end <= m.end));
  return !words.some((w) => knownNoun(tokens, w) || inWeaponName(tokens[w]!));
}

/**
 * "One deal has fallen through.": a deal the clause opens with an indefinite word ("one", "a",
 * "another") is told next, not the transfer told before.
 */
function indefiniteDeal(tokens: readonly Token[], clause: Clause): boolean {
  const { dealNouns, indefiniteOpeners } = transferRules();
  if (!indefiniteOpeners.has(tokens[clause.first]?.lower ?? '')) return false;
  for (let k = clause.first + 1; k <= clause.first + INDEFINITE_DEAL_WORDS && k <= clause.last; k++) if (dealNouns.has(tokens[k]!.lower)) return true;
  return false;
}

/** Words from an indefinite word to its deal noun ("One big arms deal"). */
const INDEFINITE_DEAL_WORDS = 3;

/** "Many of those were later scrapped", "most of them were retired": a passive whose subject is a part of goods told before. */
function partOfGoods(tokens: readonly Token[], clause: Clause, c: CueHit): boolean {
  const rules = transferRules();
  let k = c.first - 1;
  // ("were later scrapped", "were quietly retired": any adverb of time or manner.)
  const adverb = (t: Token) => rules.adverbs.has(t.lower) || rules.timeAdverbs.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text);
  let auxiliary = false;
  for (; k >= clause.first && (rules.passiveAuxiliaries.has(tokens[k]!.lower) || rules.perfectAuxiliaries.has(tokens[k]!.lower) || adverb(tokens[k]!)); k--) auxiliary ||= rules.passiveAuxiliaries.has(tokens[k]!.lower);
  return auxiliary && k - 2 >= clause.first && PLURAL_PRONOUN.test(tokens[k]!.lower) && tokens[k - 1]!.lower === 'of' && countsPart(tokens[k - 2]);
}

/** A pronoun that stands for goods told before after a count ("eight of them", "many of those"). */
const PLURAL_PRONOUN = /^(?:them|those|these)$/;

/** A word that names a deal, a plan, talks, a paper, a cue or goods ("the plan", "the jets"). */
function knownNoun(tokens: readonly Token[], k: number): boolean {
  const rules = transferRules();
  const word = tokens[k]!.lower;
  return [rules.dealNouns, rules.planNouns, rules.talksNouns, rules.paperNouns].some((list) => list.has(word)) || weaponLexicon().words.referenceNouns.has(word) || Boolean(rules.cues.longestAt(tokens, k));
}

/**
 * "called for the deal to be debated before any weapons arrive": a verb whose subject a
 * hypothetical determiner opens speaks of no goods told before.
 */
function anyGoods(tokens: readonly Token[], clause: Clause, c: CueHit): boolean {
  const rules = transferRules();
  if (c.cue.pos !== 'verb') return false;
  let k = c.first - 1;
  while (k >= clause.first && (rules.passiveAuxiliaries.has(tokens[k]!.lower) || rules.perfectAuxiliaries.has(tokens[k]!.lower) || rules.modality.has(tokens[k]!.lower) || rules.adverbs.has(tokens[k]!.lower))) k--;
  for (let words = 0; k >= clause.first && words < OBJECT_WORDS && /^\p{Ll}+$/u.test(tokens[k]!.text); words++, k--) {
    if (rules.hypotheticalDeterminers.has(tokens[k]!.lower)) return words > 0;
  }
  return false;
}

/** Words that make a subject other than the goods told before. */
const OTHER = /^(?:other|another)$/;

/** Lower-case words of a verb's object after its determiner ("the old hulls", "that contract"). */
const OBJECT_WORDS = 4;
/** Words that open the noun phrase of a verb's subject or object. */
const DETERMINERS = /^(?:the|a|an|its|their|this|that|these|those)$/;
/** Determiners of a noun that points back to something told ('the sale', 'this delivery'). */
const POINTING_BACK = /^(?:the|this|that)$/;

/**
 * "scrap the old hulls": a verb whose object, after a determiner, names no deal, plan, talks, paper,
 * cue noun or reference to goods ("the jets"), so the act is not on a transfer the story told.
 */
function otherObject(tokens: readonly Token[], c: CueHit): boolean {
  // ("the idea was quietly abandoned the following year": a passive takes no object.)
  if (c.cue.pos !== 'verb' || c.passive) return false;
  // ("Paris, which froze military cooperation after the coup": an object with no determiner, after an
  // active verb; not "was scrapped in 2019".)
  const { passiveAuxiliaries, timeAdverbs, adverbs, notObjectWords } = transferRules();
  // ("has frozen Armenia's participation in the CSTO": a name's possessive is a determiner too.)
  const owned = /^\p{Lu}/u.test(tokens[c.last + 1]?.text ?? '') && isPossessiveMark(tokens[c.last + 2]);
  const determined = owned || DETERMINERS.test(tokens[c.last + 1]?.lower ?? '');
  // (a passive: "was scrapped", "was later scrapped")
  const before = tokens[c.first - 1]?.lower ?? '';
  const passive = passiveAuxiliaries.has(before) || timeAdverbs.has(before) || adverbs.has(before);
  const bare = !determined && !passive && /^\p{Ll}+$/u.test(tokens[c.last + 1]?.text ?? '') && !notObjectWords.has(tokens[c.last + 1]!.lower);
  if (!determined && !bare) return false;
  // ("dropped the plan last year": any word of the phrase may be its noun.)
  let words = 0;
  for (let k = c.last + (owned ? 3 : determined ? 2 : 1); k < tokens.length && k - c.last - 1 <= OBJECT_WORDS && /^\p{Ll}+$/u.test(tokens[k]!.text); k++, words++) if (knownNoun(tokens, k)) return false;
  return words > 0;
}

/**
 * "the Emir suspended the National Assembly in May": a cancelling verb whose object is a body the
 * story names, with no deal noun after its name ("suspended the Kuwait contract"), ends no transfer.
 */
function bodyObject(doc: AnalysisDocument, tokens: readonly Token[], c: CueHit): boolean {
  if (c.cue.pos !== 'verb' || c.passive) return false;
  const k = DETERMINERS.test(tokens[c.last + 1]?.lower ?? '') ? c.last + 2 : c.last + 1;
  const start = tokens[k]?.start;
  const mention = start === undefined ? undefined : doc.layers.actors.flatMap((a) => (a.kind === 'organization' ? a.mentions : [])).find((m) => m.start === start);
  if (!mention) return false;
  let next = k;
  while (tokens[next] && tokens[next]!.start < mention.end) next++;
  const after = tokens[next];
  return !after || !/^\p{Ll}+$/u.test(after.text) || transferRules().prepositions.has(after.lower) || transferRules().otherPrepositions.has(after.lower);
}

const ALL_OF = /^,?\s*(?:all|both|each)\s+of\s+(?:which|them)\b/i;

/** A transfer a later clause can move along: a claim, not a fleet with no supplier or a wish. */
function movable(d: Draft): boolean {
  return !(d.background && !d.supplier) && !d.tentative;
}

/** The transfer of the system the story spoke of last, by name or reference, here or in the sentence before `at`. */
function transferBefore(doc: AnalysisDocument, drafts: readonly Draft[], sentence: number, at: number, wishes = false, latestOnly = false, awaited = false): Draft | undefined {
  const reach = doc.sentences[Math.max(0, sentence - ANAPHORA_REACH)]!.start;
  const recent = doc.layers.weapons
    .flatMap((w) => w.mentions.filter((m) => m.start >= reach && m.end <= at).map((m) => ({ weapon: w.id, start: m.start })))
    .sort((a, b) => b.start - a.start);
  // A fleet in service with no supplier named ("which the air force operated until 2022") tells no transfer to move along.
  // Nor does one that is no claim (a wish, or one to unnamed parties).
  // ("Iraq had shown interest in Russia's S-400 system but dropped the idea": a wish given up is of
  // the goods its own sentence named last, and of no transfer of other goods told before.)
  const ownSentence = wishes && recent.length > 0 && recent[0]!.start >= doc.sentences[sentence]!.start;
  const found = (latestOnly || ownSentence ? recent.slice(0, 1) : recent).map((m) => [...drafts].reverse().find((d) => d.system === m.weapon && (movable(d) || (wishes && d.tentative && d.supplier !== null)))).filter((d): d is Draft => d !== undefined);
  // ("signed for Korkut systems, weeks after Hermes drones were handed over. ... Deliveries are
  // expected to start next year": a stage still to come is of the goods of that sentence not yet delivered.)
  const latest = found[0];
  const undelivered = awaited && latest?.status === 'delivered' ? found.find((d) => d.sentence === latest.sentence && d.status !== 'delivered') : undefined;
  return undelivered ?? latest;
}

/**
 * "Cyprus bought the system from Russia ..., Nicosia handed it over to Greece", "Russia delivered them
 * in 2020": a transfer verb whose object is "it" or "them" moves the goods named last. Parties the
 * clause names are this transfer's; one it leaves open is that of the goods' transfer told before,
 * unless the goods pass on from their holder (the clause's supplier is the earlier recipient, or the
 * clause sends them to someone new with no giver named).
 */
export function pronounGoods(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], status: TransferStatus, drafts: readonly Draft[], sentence: number, parties: ClauseParties, isCompany: (id: string) => boolean = () => false): Draft[] {
  // ("Boeing will build them": making the goods moves none.)
  const verb = cues.find((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated && !c.passive && !transferRules().makerVerbs.has(tokens[c.first]!.lower) && pronounGoodsAt(tokens, c) !== null);
  if (!verb) return [];
  // ("buying whatever it can get from whoever will sell it": a word for goods unnamed is what "it" stands for.)
  if (tokens.slice(clause.first, verb.first).some((t) => transferRules().freeRelatives.has(t.lower))) return [];
  const evidence = evidenceOf(doc, tokens, clause);
  // ("has used D-30 guns since buying them from Finland": the goods named last, told of before or not.)
  const system = latestSystem(doc, sentence, tokens[verb.last]!.end);
  if (!system) return [];
  const previous = [...drafts].reverse().find((d) => d.system === system && movable(d));
  const named = (role: 'supplier' | 'recipient') => parties.phrases.find((p) => p.role === role)?.party ?? null;
  // ("India ordered 26 Rafale-M jets from France, and Dassault will deliver them": a firm delivering a
  // state's sale acts for it; the transfer stays the state's.)
  const firm = named('supplier')?.kind === 'organization' && previous?.supplier && !named('recipient');
  let supplier = firm ? previous!.supplier : (named('supplier')?.id ?? null);
  let recipient = named('recipient')?.id ?? null;
  // ("Sending them to Ukraine required ...": goods sent to another party with no giver named leave their holder.)
  // ("Hägglunds has sold the BvS10 ... The Netherlands bought its first vehicles in 2005, and Austria took
  // delivery of 32 after ordering them": a new buyer of goods a company sold, or sold by no one named,
  // buys them from their seller, not from their holder.)
  const anotherBuyer = verb.cue.agent === 'recipient' && (previous?.supplier == null || isCompany(previous.supplier));
  const passing = previous !== undefined && !anotherBuyer && ((supplier !== null && supplier === previous.recipient) || (supplier === null && recipient !== null && recipient !== previous.recipient && recipient !== previous.supplier));
  if (passing) supplier ??= previous.recipient;
  else {
    supplier ??= previous?.supplier ?? null;
    recipient ??= previous?.recipient ?? null;
  }
  if (!supplier || !recipient || supplier === recipient) return [];
  const date = dateIn(doc, evidence);
  const year = purchaseYearAfter(doc, tokens, verb, status, evidence.end);
  const rule = `goods named before ("${textOf(tokens, verb.first, verb.last + 1)}"), status ${status}`;
  const kept = passing || !previous ? { quantity: null, deal: verb.cue.deal } : { quantity: previous.quantity, deal: verb.cue.deal ?? previous.deal };
  return [{ system, supplier, recipient, ...kept, status, date, evidence, rules: [rule], sentence, ...year }];
}

/**
 * "The Swedish army has 48 Archer howitzers. | Eight of them were handed to Ukraine", "Ukraine will
 * receive 49 of those", "Eight of the radars were delivered": part of the goods named last (or of
 * the system a later reference names) moves, from their holder (the recipient of the goods' transfer
 * told before, else `holderOf`: the actor that opened the sentence before, or their maker) unless the
 * clause names the giver. Each recipient the clause names receives its part.
 */
export function partGoods(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], status: TransferStatus, drafts: readonly Draft[], sentence: number, parties: ClauseParties, holderOf: (system: string) => string | null, items: readonly Item[] = []): Draft[] {
  // ("Sending some of them to Ukraine remains under discussion": a gerund names the act, it tells none.)
  const finite = (c: CueHit) => !/ing$/.test(tokens[c.first]!.lower) || transferRules().passiveAuxiliaries.has(tokens[c.first - 1]?.lower ?? '');
  const verb = cues.find((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated && finite(c) && !transferRules().makerVerbs.has(tokens[c.first]!.lower));
  if (!verb) return [];
  let at = -1;
  let referred: string | null = null;
  for (let k = clause.first; k < clause.last; k++) {
    if (tokens[k]!.lower !== 'of' || !countsPart(tokens[k - 1])) continue;
    referred = laterReferenceAt(doc, tokens, k + 1);
    if (PLURAL_PRONOUN.test(tokens[k + 1]?.lower ?? '') || referred) {
      at = k - 1;
      break;
    }
  }
  if (at < clause.first) return [];
  // ("Eight of the radars and four Patriot launchers": other goods of the clause are a list of its own.)
  if (items.some((item) => item.weapon && !(referred && item.weapon.id === referred && item.phrase.first <= at + 2 && item.phrase.last >= at + 2))) return [];
  // ("trained a dozen Ukrainian pilots to fly the F-16. | Four of them": "them" is a plural; one system named as a type is no antecedent.)
  const system = referred ?? latestSystem(doc, sentence, tokens[at]!.start, true);
  if (!system) return [];
  const previous = [...drafts].reverse().find((d) => d.system === system && movable(d));
  const named = (role: 'supplier' | 'recipient') => parties.phrases.find((p) => p.role === role)?.party.id ?? null;
  // The holder gives them, or, for a buying verb ("Dozens of them were bought from Australia"), got them.
  const holder = previous?.recipient ?? holderOf(system);
  const buying = verb.cue.agent === 'recipient';
  // ("the Netherlands and Austria ordered nine of the aircraft between them": each party named receives its part.)
  const receivers = [...new Set(parties.phrases.filter((p) => p.role === 'recipient').map((p) => p.party.id))];
  const recipients = receivers.length ? receivers : buying && holder ? [holder] : [];
  const supplier = named('supplier') ?? (buying ? null : holder);
  if (!supplier || recipients.length === 0 || recipients.includes(supplier)) return [];
  const evidence = evidenceOf(doc, tokens, clause);
  const count = tokens[at]!.text.replace(/,/g, '');
  // (A count shared between several is no one's count.)
  const quantity = recipients.length > 1 ? null : /^\d+$/.test(count) ? Number(count) : (weaponLexicon().words.numbers.get(tokens[at]!.lower) || null);
  const stage = status === 'ordered' && pastPerfectDeal(tokens, cues) ? 'delivered' : status;
  const rule = `part of the goods named before ("${textOf(tokens, at, at + 3)}"), from their holder, status ${stage}`;
  const date = dateIn(doc, evidence);
  const year = purchaseYearAfter(doc, tokens, verb, stage, evidence.end);
  return recipients.map((recipient) => ({ system, supplier, recipient, quantity, status: stage, deal: verb.cue.deal, date, evidence, rules: [rule], sentence, ...year }));
}

/**
 * "since buying them from Rafael in 2007", "Finland, which bought 100 of them in 2014": a purchase of
 * goods told before, dated by a year after its verb, for the refiners to date (withPastDeliveries).
 */
function purchaseYearAfter(doc: AnalysisDocument, tokens: readonly Token[], verb: CueHit, status: TransferStatus, end: number): { purchaseYear?: number } {
  const dated = doc.layers.dates.find((d) => d.start >= tokens[verb.last]!.end && d.end <= end && /^\d{4}/.test(d.value));
  return status === 'ordered' && dated ? { purchaseYear: Number(dated.value.slice(0, 4)) } : {};
}

/**
 * "Eight of the radars", "two of these frigates": a later reference (the weapons layer linked its
 * head noun to a system of its kind named before) that opens at the determiner at `k`; its system.
 */
function laterReferenceAt(doc: AnalysisDocument, tokens: readonly Token[], k: number): string | null {
  const determiner = tokens[k];
  if (!determiner || !/^(?:the|these|those)$/.test(determiner.lower)) return null;
  return doc.layers.weapons.find((w) => w.mentions.some((m) => m.start === determiner.start))?.id ?? null;
}

/** The system of the latest weapon mention before `at`, in this sentence or the one before; with `plural`, the latest told as many. */
function latestSystem(doc: AnalysisDocument, sentence: number, at: number, plural = false): string | null {
  const reach = doc.sentences[Math.max(0, sentence - 1)]!.start;
  let best: { id: string; start: number } | null = null;
  for (const w of doc.layers.weapons) {
    for (const m of w.mentions) if (m.start >= reach && m.end <= at && (!best || m.start > best.start) && (!plural || manyAt(doc, m.end))) best = { id: w.id, start: m.start };
  }
  return best?.id ?? null;
}

/** Tokens after a mention its head noun may take: "Archer self-propelled howitzers". */
const HEAD_REACH = 3;

/** A mention ending at `end` told in the plural: "F-16s", "Archer self-propelled howitzers", "its Mirage III fleet" (a count noun of the lexicon). */
function manyAt(doc: AnalysisDocument, end: number): boolean {
  const last = doc.tokens.findIndex((t) => t.end === end);
  if (last < 0) return false;
  const plural = (text: string) => /^\p{Ll}+s$/u.test(text) && !/ss$/.test(text);
  // (A hyphen joins two words into one: "self-propelled" counts once.)
  const after = doc.tokens.slice(last + 1, last + 1 + 2 * HEAD_REACH).filter((t) => t.text !== '-').slice(0, HEAD_REACH + 1);
  return /s$/.test(doc.tokens[last]!.text) || after.some((t) => plural(t.text) || weaponLexicon().words.countNouns.has(t.lower));
}

/**
 * "have received four Patriot systems from the United States, one of which was donated to Ukraine": a
 * partitive relative that gives part of the goods to another party is a transfer of its own, from
 * their holder, the recipient of the transfer told before.
 */
export function passedOn(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], status: TransferStatus, drafts: readonly Draft[], sentence: number, recipient: string | null): Draft[] {
  const giving = cues.find((c) => c.cue.pos === 'verb' && c.cue.agent === 'supplier' && c.cue.transfer && !c.negated);
  if (!clause.partitive || !giving || !recipient) return [];
  const evidence = evidenceOf(doc, tokens, clause);
  const previous = transferBefore(doc, drafts, sentence, evidence.start);
  if (!previous?.recipient || previous.sentence !== sentence || recipient === previous.recipient || recipient === previous.supplier) return [];
  const rule = `passed on by the holder of the goods told before, from ${textOf(tokens, giving.first, giving.last)}`;
  return [{ ...previous, background: false, supplier: previous.recipient, recipient, quantity: null, status, deal: giving.cue.deal, maker: null, date: dateIn(doc, evidence), evidence, rules: [rule], sentence }];
}
