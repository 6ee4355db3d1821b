/**
 * Transfer cues in a sentence (one gazetteer pass), each read in its clause: noun or verb when the
 * word is both ("the purchase" / "will purchase"), negated ("would stop buying", "refused to sell"),
 * under a modal or a plan ("will send", "plans to buy"), passive ("were delivered"). The status a
 * cue gives follows: "will send" -> announced, "will be delivered" and "will receive" -> pending, and
 * "will deliver" beside a deal already made ("under a contract") -> pending; "approved the transfer"
 * -> approved.
 */
import type { TransferStatus } from '../../model/contract.js';
import { isPossessiveMark, isQuoteMark, joinedByHyphen, phraseAt, wordsAt, type Token } from '../../nlp/tokens.js';
import { afterShortDate, aside, beforeDateOrAside, isParticiple, objectOpensAt, relativeDateAt, type Clause } from './clauses.js';

// (Read by the other stages through this module, where the cues that need it live.)
export { isParticiple };
import { isCount, opensHeadNoun, weaponLexicon } from '../../lexicon/weapons.js';
import { textOf } from './evidence.js';
import { transferRules, type Cue } from './rules.js';
import { monthNumber } from '../../2-segment/dateline.js';
import { isGerund, isVerbForm } from '../../nlp/word-classes.js';

export interface CueHit {
  first: number;
  last: number;
  cue: Cue;
  negated: boolean;
  modal: boolean;
  passive: boolean;
  /** The status this cue gives in its clause. */
  status: TransferStatus;
  /** The status comes from a modal alone ("plans to buy"): weaker than any stated stage. */
  weak: boolean;
  /** A delivery under way ("began arriving last year", "started to deliver"): the stage reached, whatever is still due. */
  begun?: boolean;
  /** A wish, an option or talks ("may buy", "is considering buying"): a transfer told only so is no claim. */
  tentative?: boolean;
  /** A pronoun standing for the deal noun of the sentence before ("It includes ..."). */
  refers?: boolean;
  /** The comma that opens an apposition between the verb and its subject's name ("Ankara, | its closest partner, pledged"). */
  apposition?: number;
}

export const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', ...POSSESSIVE_DETERMINERS, 'this', 'that', 'these', 'those', 'new', 'latest', 'first', 'second', 'next', 'further', "'s", 'of', 'any', 'planned', 'proposed', 'possible', 'potential']);
const WINDOW = 4;
/** Words from a tentative word to its verb ("is in talks with Russia to acquire"). */
const TENTATIVE_REACH = 6;
/** Words from a subordinator of time to its verb ("until the first Leopard 2 tanks are delivered"). */
const SUBORDINATE_REACH = 8;
/** Words from "the first" to the "to" of its infinitive ("the first foreign country to"). */
const ORDINAL_REACH = 4;
/** Words from a deal noun to the "for" after the seller it is signed with ("contract with Turkish manufacturer Otokar for"). */
const SELLER_WORDS = 6;
/** Words from a deal noun to the delivery it is for ("contract for the supply of"). */
const DEAL_CONTENT_REACH = 4;
/** Words from a deal's "for" back to the "with" of its counterpart ("a contract with the Polish state-owned manufacturer Mesko for"). */
const DEAL_COUNTERPART_REACH = 9;
/** A variant's number after a capitalised word: "Block 70", "Block V", "Block IIIA". */
const VARIANT_NUMBER = /^(?:\d+[A-Z]?|[IVX]+[A-Z]?)$/;
/** Words from "under" to its deal noun ("under two separate contracts"). */
const UNDER_REACH = 3;
/** Words between a receiving verb and the approval it receives ("received State Department approval"). */
const APPROVAL_REACH = 4;

/** Describing words an adjective cue may follow after its determiner ("the first fully operational"). */
const ATTRIBUTE_WORDS = 3;

/** Whether the word at `k` follows a determiner over lower-case words that are no verbs ("the western operational"). */
function attributive(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= ATTRIBUTE_WORDS + 1; j--) {
    const word = tokens[j]!;
    if (NOUN_BEFORE.has(word.lower) && word.lower !== 'of') return true;
    if (!/^\p{Ll}+$/u.test(word.text) || isVerbForm(word.lower)) return false;
  }
  return false;
}

/** Words from a delivery noun to the word of waiting it is the subject of ("deliveries of the new batch due"). */
const AWAITED_NOUN_REACH = 7;

/** Capitalised words of an owner's name between an article and a head noun ("the Royal Australian Navy ship"). */
const OWNER_WORDS = 4;

/** The token before the capitalised words of an owner's name that end just before token k ("the | Royal Australian Navy ship"). */
export function beforeOwnerName(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && k - j <= OWNER_WORDS && /^\p{Lu}/u.test(tokens[j]!.text)) j--;
  return j;
}

/** A weapons head noun after an article and the capitalised name of its owner: "the Royal Australian Navy ship". */
function ownedHead(tokens: readonly Token[], k: number): boolean {
  if (!opensHeadNoun(tokens, k)) return false;
  const j = beforeOwnerName(tokens, k);
  return j < k - 1 && /^(?:the|a|an)$/.test(tokens[j]?.lower ?? '');
}

export function findCues(tokens: readonly Token[], clause: Clause, isActorEnd: (i: number) => boolean): CueHit[] {
  const rules = transferRules();
  const hits: CueHit[] = [];
  const window = tokens.slice(0, clause.last + 1);
  for (let i = clause.first; i <= clause.last; ) {
    const hit = rules.cues.longestAt(window, i);
    if (!hit) {
      const split = splitCue(tokens, clause, i, isActorEnd) ?? separableCue(tokens, clause, i);
      if (split) hits.push(split);
      i++;
      continue;
    }
    i = hit.last + 1;
    // "anti-ship missiles": a word joined by a hyphen to the one before is part of a compound ("re-export" aside).
    const joined = joinedByHyphen(tokens, hit.first) && tokens[hit.first - 2]?.lower !== 're';
    if (joined) continue;
    // "the western operational command": an adjective cue inside a noun phrase describes its noun.
    if (hit.first === hit.last && rules.adjectiveCues.has(tokens[hit.first]!.lower) && attributive(tokens, hit.first)) continue;
    // ("the launch export customer": a cue's bare form before a noun it modifies tells no stage.)
    if (hit.first === hit.last && rules.modifierHeads.has(tokens[hit.last + 1]?.lower ?? '') && !/(?:ed|ing|s)$/.test(tokens[hit.first]!.lower)) continue;
    // "Block V Tomahawks", "F-16 Block 70": a capitalised cue word before a numeral names a variant.
    if (hit.first > clause.first && weaponLexicon().words.variantWords.has(tokens[hit.first]!.text) && VARIANT_NUMBER.test(tokens[hit.last + 1]?.text ?? '')) continue;
    // ("landed at Sale air base": a capitalised cue word between words in lower case is a name.)
    if (capitalisedName(tokens, hit.first)) continue;
    // ("under the 1999 Strategic Defence Package": so is an aid noun that ends a programme's name of
    // capitalised words; "the Foreign Military Sales program" still tells a sale.)
    if (hit.first === hit.last && hit.first - 2 > clause.first && hit.payloads.every((p) => p?.deal === 'aid') && programmeName(tokens, hit.first) && !isActorEnd(hit.first - 1)) continue;
    const payloads = hit.payloads.filter((p): p is Cue => p !== null);
    if (payloads.length < hit.payloads.length || payloads.length === 0) continue;
    const before = tokens[hit.first - 1];
    // "the biggest export deals", "a record purchase": a superlative or a size word before it makes it a noun.
    // ("Its main combat ships are three frigates": so does a copula right after a form that is no
    // participle, when no participle follows it; "the ship was built by" is left to the maker's rules.)
    const afterCopula = tokens[hit.last + 2];
    const subjectOf = /^(?:is|are|was|were)$/.test(tokens[hit.last + 1]?.lower ?? '') && !isParticiple(tokens[hit.last]!) && !(afterCopula && isParticiple(afterCopula));
    // ("two French patrol ships", "the amphibious assault ship": a form that ends a weapons head noun
    // with the words before is that noun.)
    // ("the Royal Australian Navy ship HMAS Choules": so is a head noun after an article and its owner's name.)
    // ("before a River-class ship can replace them": so is a head noun after a class's name.)
    const classHead = before?.lower === 'class' && joinedByHyphen(tokens, hit.first - 1) && weaponLexicon().words.headKinds.has(tokens[hit.first]!.lower);
    const headEnd = [1, 2, 3].some((back) => hit.first - back >= 0 && opensHeadNoun(tokens, hit.first - back) && (weaponLexicon().phrases.longestAt(tokens, hit.first - back)?.last ?? -1) >= hit.first) || ownedHead(tokens, hit.first) || classHead;
    // ("The drone purchase adds": so is a verb's bare form after a singular weapons noun that modifies it.)
    const modified = before !== undefined && /^\p{Ll}+$/u.test(before.text) && !/s$/.test(before.lower) && weaponLexicon().words.headKinds.has(before.lower) && NOUN_BEFORE.has(tokens[hit.first - 2]?.lower ?? '') && !/(?:s|ed|ing)$/.test(tokens[hit.last]!.lower);
    const nounish = subjectOf || headEnd || modified || (before !== undefined && (NOUN_BEFORE.has(before.lower) || /^\p{Ll}+est$/u.test(before.text) || isActorEnd(hit.first - 1) || /^[$€£]|\d/.test(before.text)));
    // "The first three ships are to be built": a verb's form after a count is a noun, and no cue.
    // ("Beijing, which in 2021 donated six VN-4s": a year after its preposition counts nothing.)
    // ("The State Department on April 11 approved": nor does a day after its month, nor a year after its
    // month: "the government in December 2023 approved".)
    const monthBefore = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && monthNumber(tokens[k]!.text) !== null;
    const year = (/^(?:19|20)\d\d$/.test(before?.text ?? '') && (/^(?:in|since|by|until|till|before|after)$/.test(tokens[hit.first - 2]?.lower ?? '') || monthBefore(hit.first - 2))) || (/^\d{1,2}$/.test(before?.text ?? '') && monthBefore(hit.first - 2));
    // ("The 58-metre ships will be built": so is one after a measure joined to its count.)
    const measured = joinedByHyphen(tokens, hit.first - 1) && isCount(tokens[hit.first - 3]);
    // ("The first two arrived at the air base in October": a past form after a count, then a
    // preposition or the clause's end, is the verb of the count that stands for the goods.)
    const partOpener = rules.ordinalFacts.has(tokens[hit.first - 2]?.lower ?? '') || rules.remainderWords.has(tokens[hit.first - 2]?.lower ?? '');
    const pastVerb = partOpener && /ed$/.test(tokens[hit.last]!.lower) && (rules.notObjectWords.has(tokens[hit.last + 1]?.lower ?? '') || /^[,.;]$/.test(tokens[hit.last + 1]?.text ?? '.'));
    const counted = (weaponLexicon().words.numbers.has(before?.lower ?? '') || (/^\d+(?:,\d{3})*$/.test(before?.text ?? '') && !year) || measured) && !pastVerb;
    // ("the oil-rich offshore blocks, where": a verb that takes an object, with none after it, in the -s form after a word in lower case is a plural noun.)
    const plural = /^\p{Ll}+s$/u.test(tokens[hit.last]!.text) && /^[,.;]$/.test(tokens[hit.last + 1]?.text ?? '') && /^\p{Ll}/u.test(before?.text ?? '') && payloads.every((p) => p.status === 'cancelled' || p.status === 'approved');
    // ("seven times the size of our land": a verb's form after a possessive is a noun.)
    const possessed = POSSESSIVE_DETERMINERS.has(before?.lower ?? '');
    // ("in a sign that Bishkek still sees Moscow as its partner": so is a qualifying verb's after an
    // article, unless a participle; "the lease", "the shipment", "a veto" are read as the nouns they are.)
    // ("the ships, built in Spain": so is a verb's form that is itself a weapons head noun.)
    const articled = /^(?:a|an|the|this|these|those)$/.test(before?.lower ?? '') && !isParticiple(tokens[hit.first]!) && (payloads.every((p) => p.transfer === false && p.status !== 'cancelled') || opensHeadNoun(tokens, hit.first));
    // ("a €68 million loan facility": so is a verb's form after a sum of money.)
    const priced = rules.moneyWords.has(before?.lower ?? '') && before?.lower !== 'worth';
    // ("spending money on the Navy after a long pause": and a qualifying verb's after an indefinite
    // article and a word; "a planned buy" is still a purchase.)
    const described = /^(?:a|an)$/.test(tokens[hit.first - 2]?.lower ?? '') && /^\p{Ll}+$/u.test(before?.text ?? '') && !isParticiple(tokens[hit.first]!) && payloads.every((p) => p.transfer === false);
    if ((counted || subjectOf || headEnd || plural || possessed || articled || priced || described) && !payloads.some((p) => p.pos === 'noun')) continue;
    const cue = payloads.find((p) => p.pos === (nounish ? 'noun' : 'verb')) ?? payloads[0]!;
    // "stocks depleted by donations to Ukraine", "depleted by its military aid": a deal noun that is
    // the agent of another participle is a cause, no statement.
    if (cue.pos === 'noun' && causeOfParticiple(tokens, clause, hit.first)) continue;
    // ("the bloc lifted its own suspension in March": a cancellation lifted is none.)
    if (cue.pos === 'noun' && cue.status === 'cancelled' && liftedBy(tokens, hit.first)) continue;
    // ("after a delivery frozen since 2010 by UN sanctions was unblocked": a freeze its clause lifts ends nothing.)
    if (cue.status === 'cancelled' && cue.pos === 'verb' && liftedLater(tokens, clause, hit.last)) continue;
    // ("equipped for strike missions before their transfer": a deal noun that dates another act.)
    if (cue.pos === 'noun' && rules.datingPrepositions.has(tokens[NOUN_BEFORE.has(before?.lower ?? '') ? hit.first - 2 : hit.first - 1]?.lower ?? '')) continue;
    // "a package of agreements that Doha signed with Washington": a package of deals is no aid; the deals tell the transfer.
    if (cue.pos === 'noun' && cue.deal === 'aid' && tokens[hit.last + 1]?.lower === 'of' && rules.dealNouns.has(tokens[hit.last + 2]?.lower ?? '')) continue;
    // "is also building two corvettes for Ukraine", "will build": not "built by", nor "the building".
    if (cue.progressive && !progressiveAt(tokens, clause, hit.first)) continue;
    // "decisions in the Presidency are often blocked", "such sales are rarely blocked": what usually happens is no event.
    if (rules.habitualAdverbs.has(tokens[hit.first - 1]?.lower ?? '') && rules.presentAuxiliaries.has(tokens[hit.first - 2]?.lower ?? '')) continue;
    // "matters, given what is happening on our eastern border": "given" before a clause is "considering".
    if (hit.first === hit.last && tokens[hit.first]!.lower === 'given' && rules.considering.has(tokens[hit.last + 1]?.lower ?? '')) continue;
    // "A 2018 deal to buy ... collapsed", not "the ruble collapsed" nor "its economy collapsed".
    if (isDealFate(tokens, hit) && !dealIsSubject(tokens, clause, hit.first)) continue;
    const apposition = appositionBefore(tokens, clause, auxiliaryStart(tokens, hit.first - 1, clause.first), isActorEnd);
    const found = read(tokens, clause, hit.first, hit.last, cue, apposition, isActorEnd);
    // "a Rafale deal would add another type", "Buying the jet is the easy part": a deal only supposed.
    if (supposedDeal(tokens, found) || gerundSubject(tokens, clause, found)) continue;
    // "will be operated from the carrier": a state of having tells a transfer only as a plain fact.
    if (cue.background && (found.passive || found.modal)) continue;
    // ("reached Armenia", not "reached a deal": an arrival that takes its place as object needs a name after it.)
    if (!followed(tokens, clause, found) || (cue.placeObject && placeObjectStart(tokens, found.last) === -1) || awaitsParts(tokens, found)) continue;
    // ("has agreed to sell HMS Bulwark to Brazil, ending months of negotiations": talks ended by the
    // deal the clause has just told were concluded, not broken off.)
    if (cue.followedBy && found.status === 'cancelled' && tokens[found.first - 1]?.text === ',' && /ing$/.test(tokens[found.first]!.lower) && hits.some((h) => h.last < found.first && !h.negated && !h.modal && h.status === 'ordered' && h.cue.pos === 'verb')) continue;
    if (cue.ended && !endedBy(hits, found)) {
      // "Talks with Moscow over Mi-17 helicopters ... were abandoned": talks a later verb ends.
      // ("had been in talks with Leonardo for M-346 trainers, but those plans were dropped": ended in
      // another clause, the talks are a wish the later clause's cancellation makes a claim.)
      const end = cancellingAfter(tokens, found.last + 1);
      if (end < 0) continue;
      if (end > clause.last) hits.push({ ...found, status: 'announced', weak: true, tentative: true });
      else hits.push(found);
      continue;
    }
    // ("signs lease for A330 MRTT tankers", "signed a lease": a lease signed is a deal made, not goods
    // handed over; not "extended the lease of", which runs.)
    const signer = /^(?:a|an)$/.test(tokens[hit.first - 1]?.lower ?? '') ? hit.first - 2 : hit.first - 1;
    const leaseNoun = cue.deal === 'lease' && cue.pos === 'verb' && rules.signingFor.has(tokens[signer]?.lower ?? '');
    const signed: CueHit = leaseNoun ? { ...found, status: 'ordered' } : found;
    hits.push(leasedIn(tokens, clause, soldLongAgo(tokens, clause, signed) ? { ...signed, status: 'delivered', weak: false } : signed));
  }
  // "no longer block the sale": the negation is the blocking verb's; the sale after it stands.
  const lifted = (h: CueHit) => hits.some((g) => g.cue.negatedStatus && g.first < h.first && !g.negated && h.first - g.last <= WINDOW);
  return refineStatuses(tokens, hits.map((h) => (h.negated && lifted(h) ? { ...h, negated: false } : h)));
}

/** Whether a lifting verb takes the noun at `first` for its object, past a determiner and "own" ("lifted its own suspension"). */
function liftedBy(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'own') k--;
  if (NOUN_BEFORE.has(tokens[k]?.lower ?? '')) k--;
  return transferRules().liftingVerbs.has(tokens[k]?.lower ?? '');
}

/** Whether a passive lifting verb comes after the cancelling participle at `last` in its clause ("frozen since 2010 ... was unblocked"). */
function liftedLater(tokens: readonly Token[], clause: Clause, last: number): boolean {
  const rules = transferRules();
  for (let k = last + 2; k <= clause.last; k++) if (rules.liftingVerbs.has(tokens[k]!.lower) && rules.passiveAuxiliaries.has(tokens[k - 1]!.lower)) return true;
  return false;
}

/** Words from a participle's "by" to the noun it takes ("by its military aid"). */
const CAUSE_REACH = 3;

/** Whether the noun at `first` follows "by" after a participle that is no cue ("depleted by"). */
function causeOfParticiple(tokens: readonly Token[], clause: Clause, first: number): boolean {
  for (let k = first - 1; k > clause.first && first - k <= CAUSE_REACH; k--) {
    if (tokens[k]!.lower !== 'by') continue;
    const verb = tokens[k - 1]!;
    return /^\p{Ll}+ed$/u.test(verb.text) && !transferRules().cues.longestAt(tokens, k - 1);
  }
  return false;
}

/** Words from a cancelling verb to the talks it ends ("suspended its talks", "broke off the negotiations"). */
const ENDED_REACH = 3;

/** "suspended talks with Washington on 50 F-35s": the cancelling verb just before the talks noun. */
function endedBy(hits: readonly CueHit[], talks: CueHit): boolean {
  return hits.some((h) => h.cue.pos === 'verb' && h.status === 'cancelled' && !h.negated && h.last < talks.first && talks.first - h.last <= ENDED_REACH);
}

/** The first cancelling verb at or after `from` in the sentence, not negated ("were abandoned", "but dropped the plan"); else -1. */
function cancellingAfter(tokens: readonly Token[], from: number): number {
  const { cues, negation } = transferRules();
  for (let k = from; k < tokens.length; k++) {
    const hit = cues.longestAt(tokens, k);
    const cancelling = hit?.payloads.some((p) => p !== null && p.pos === 'verb' && p.status === 'cancelled' && p.followedBy === null);
    if (cancelling && ![1, 2].some((back) => negation.has(tokens[k - back]?.lower ?? ''))) return k;
  }
  return -1;
}

/** "the Netherlands leases 18 tanks from Germany": a two-way cue's subject is the party its "from" phrase leaves. */
function leasedIn(tokens: readonly Token[], clause: Clause, hit: CueHit): CueHit {
  const party = hit.cue.fromAgent;
  if (party === null || hit.passive || !(tokens.slice(hit.last + 1, clause.last + 1).some((t) => t.lower === 'from') || dealWithTo(tokens, clause, hit.first))) return hit;
  const leased = { ...hit, cue: { ...hit.cue, agent: party } };
  // ("the Air Force will lease two Dash 8s from PAL Aerospace for six months": one that will take goods
  // in has agreed to, and awaits them; "plans to lease" stays a plan.)
  const before = tokens[wordBeforeAdverbs(tokens, hit.first - 1, clause.first + 1)];
  if (hit.cue.fromFuture && hit.modal && !hit.tentative && hit.status === 'announced' && before?.lower === 'will') return { ...leased, status: hit.cue.fromFuture };
  return leased;
}

/** Words from a deal noun to the "to" of the verb it is signed for ("an agreement with Airbus to lease"). */
const DEAL_WITH_REACH = 6;

/** "signed an agreement with Airbus to lease two A330 MRTT tankers": the verb is what a deal with a counterpart is for, its subject the one that signs. */
export function dealWithTo(tokens: readonly Token[], clause: Clause, first: number): boolean {
  if (tokens[first - 1]?.lower !== 'to') return false;
  const before = tokens.slice(Math.max(clause.first, first - 1 - DEAL_WITH_REACH), first - 1);
  const deal = before.findIndex((t) => transferRules().dealNouns.has(t.lower));
  return deal !== -1 && before.slice(deal + 1).some((t) => t.lower === 'with');
}

/**
 * "In 2023 it sold eleven Mi-35P helicopters to Serbia", "Baykar has also sold the TB2 to Togo": a
 * sale told in the simple past or the perfect, no relative date beside it, is one whose goods have
 * changed hands (not "was sold", "having sold", "to sell", nor "sold ... last year", still being
 * delivered, nor a sale told with its price).
 */
function soldLongAgo(tokens: readonly Token[], clause: Clause, hit: CueHit): boolean {
  if (!transferRules().pastSales.has(tokens[hit.first]!.lower) || hit.status !== 'ordered' || hit.modal || hit.negated || hit.passive) return false;
  if ([1, 2].some((back) => transferRules().saleAuxiliaries.has(tokens[hit.first - back]?.lower ?? ''))) return false;
  // ("sold the Arrow 3 system to Germany for 3.5 billion euros": a sale with its price is the contract.)
  for (let k = clause.first; k <= clause.last; k++) if (relativeDateAt(tokens, k) || tokens[k]!.lower === 'recently' || transferRules().moneyWords.has(tokens[k]!.lower)) return false;
  return true;
}

/** "turned to KAI for 24 trainers", not "has also turned to China as relations cooled": a word the cue needs follows it. */
/** The first word of the place an arrival's object names ("reached | Armenia", "reach | the Croatian units"), or -1. */
export function placeObjectStart(tokens: readonly Token[], last: number): number {
  const k = tokens[last + 1]?.lower === 'the' ? last + 2 : last + 1;
  return /^\p{Lu}/u.test(tokens[k]?.text ?? '') ? k : -1;
}

/** "helicopters ... spent long periods on the ground waiting for spare parts": goods that wait for parts are no goods awaited. */
function awaitsParts(tokens: readonly Token[], hit: CueHit): boolean {
  const { partNouns, objectOpeners } = transferRules();
  if (hit.cue.pos !== 'verb' || hit.cue.transfer || hit.cue.status !== 'pending') return false;
  const k = objectOpeners.has(tokens[hit.last + 1]?.lower ?? '') ? hit.last + 2 : hit.last + 1;
  return partNouns.has(tokens[k]?.lower ?? '') || partNouns.has(wordsAt(tokens, k, 2));
}

function followed(tokens: readonly Token[], clause: Clause, hit: CueHit): boolean {
  const words = hit.cue.followedBy;
  return words === null || tokens.slice(hit.last + 1, clause.last + 1).some((t) => words.includes(t.lower));
}

/** Words from a supposed deal noun back to its determiner ("such a purchase", "a Rafale deal"). */
const SUPPOSED_REACH = 3;
/** Words from a gerund opening its clause to the verb it is the subject of ("Buying the new jets is"). */
const GERUND_SUBJECT_REACH = 15;

/** "a Rafale deal would add", "such a purchase could expose": an indefinite deal noun, the subject of a modal. */
function supposedDeal(tokens: readonly Token[], hit: CueHit): boolean {
  const { hypotheticalDeterminers, hypotheticalModals, adverbs } = transferRules();
  if (hit.cue.pos !== 'noun' || !hit.cue.deal) return false;
  let k = hit.last + 1;
  while (adverbs.has(tokens[k]?.lower ?? '')) k++;
  if (!hypotheticalModals.has(tokens[k]?.lower ?? '')) return false;
  for (let j = hit.first - 1; j >= 0 && hit.first - j <= SUPPOSED_REACH; j--) {
    if (hypotheticalDeterminers.has(tokens[j]!.lower)) return true;
    if (!/^[\p{L}\d-]+$/u.test(tokens[j]!.text)) return false;
  }
  return false;
}

/**
 * "Buying the jet is the easy part": a gerund opening its clause, with its object, is the subject of a
 * verb; so is one joined to it ("Buying second-hand Gripens or leasing F-16s from somebody else would cost more").
 */
function gerundSubject(tokens: readonly Token[], clause: Clause, hit: CueHit): boolean {
  if (hit.cue.pos !== 'verb' || !/ing$/.test(tokens[hit.first]!.lower)) return false;
  let k = clause.first;
  while (k < hit.first && isQuoteMark(tokens[k]!)) k++;
  const joined = k < hit.first && /ing$/.test(tokens[k]!.lower) && /^(?:or|and)$/.test(tokens[hit.first - 1]?.lower ?? '') && gerundSubject(tokens, clause, { ...hit, first: k, last: k });
  if (joined) return true;
  if (k !== hit.first) return false;
  for (let j = hit.last + 1; j <= clause.last && j - hit.last <= GERUND_SUBJECT_REACH; j++) {
    if (transferRules().gerundSubjectVerbs.has(tokens[j]!.lower)) return true;
    if (!/^[\p{L}\d-]+$/u.test(tokens[j]!.text)) return false;
  }
  return false;
}

/** Words before a deal noun that open the clause with it as subject: "A 2018 deal", "The $2 billion contract". */
const DEAL_SUBJECT_REACH = 4;

/** A verb whose subject must be the deal ("collapsed", "fell through"): rules' dealSubjectVerbs. */
export function isDealFate(tokens: readonly Token[], hit: { first: number; last: number }): boolean {
  return transferRules().dealSubjectVerbs.has(textOf(tokens, hit.first, hit.last).toLowerCase());
}

/** The clause opens with a deal noun, its subject, before the verb at `at`. */
function dealIsSubject(tokens: readonly Token[], clause: Clause, at: number): boolean {
  const rules = transferRules();
  // ("The Army turned to Chinese helicopters after a 2018 agreement to buy 30 T129s from Turkey
  // collapsed": or the subject of a subordinate clause the clause runs into.)
  let from = clause.first;
  for (let k = clause.first + 1; k < at; k++) if (rules.subordinators.has(tokens[k]!.lower)) from = k + 1;
  for (let k = from; k < at && k - from <= DEAL_SUBJECT_REACH; k++) {
    const hit = rules.cues.longestAt(tokens, k);
    if (hit?.payloads.some((p) => p !== null && p.pos === 'noun' && p.deal !== null)) return true;
    // ("Croatia's plan to buy 12 used F-16 jets from Israel has collapsed": so does a plan to buy.)
    // (Not "an earlier attempt to replace the ageing MiG-21s collapsed": the plan's verb must tell a transfer.)
    if (rules.planNouns.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'to' && rules.cues.longestAt(tokens, k + 2)?.payloads.some((p) => p?.pos === 'verb' && p.transfer)) return true;
  }
  return false;
}

/**
 * The index of the word before a verb, over adverbs, from token k back (not past `floor`): "had"
 * in "had also bought", "is" in "is also building".
 */
export function wordBeforeAdverbs(tokens: readonly Token[], k: number, floor: number): number {
  const { adverbs } = transferRules();
  while (k >= floor && adverbs.has(tokens[k]!.lower)) k--;
  return k;
}

/** The index of the first word at or before k, down to floor, that is no passive or perfect auxiliary nor adverb ("which had | earlier been | delivered"). */
export function wordBeforeAuxiliaries(tokens: readonly Token[], k: number, floor: number): number {
  const { passiveAuxiliaries, perfectAuxiliaries, adverbs } = transferRules();
  while (k >= floor && (passiveAuxiliaries.has(tokens[k]!.lower) || perfectAuxiliaries.has(tokens[k]!.lower) || adverbs.has(tokens[k]!.lower))) k--;
  return k;
}

/**
 * "Before the conflict it had bought Buk-M1 systems from Ukraine", "had already sold several of the
 * jets to Yemen", "having sold its TB2 to more than a dozen countries": a purchase or sale a perfect
 * sets before the story's past, delivered long since.
 */
export function pastPerfectDeal(tokens: readonly Token[], cues: readonly CueHit[]): boolean {
  return cues.some((c) => c.cue.pos === 'verb' && c.status === 'ordered' && !c.modal && !c.negated && transferRules().pastPurchases.has(tokens[c.first]!.lower) && /^(?:had|having)$/.test(tokens[wordBeforeAdverbs(tokens, c.first - 1, 0)]?.lower ?? ''));
}

/** An auxiliary of the progressive or the future before the verb, over adverbs: "is also building", "will build". */
function progressiveAt(tokens: readonly Token[], clause: Clause, first: number): boolean {
  const { progressiveAuxiliaries, futureAuxiliaries } = transferRules();
  const word = tokens[wordBeforeAdverbs(tokens, first - 1, clause.first)]?.lower ?? '';
  return /ing$/.test(tokens[first]!.lower) ? progressiveAuxiliaries.has(word) : futureAuxiliaries.has(word);
}

/** How many tokens an actor inside a phrasal cue may take ("removed the United States from"). */
const SPLIT_REACH = 4;

/**
 * "Washington removed Turkey from the F-35 programme": a verb cue whose phrase ends in a preposition
 * ("removed from") with the party it acts on between its words. The hit is the verb alone, so the
 * actor after it reads as its object.
 */
function splitCue(tokens: readonly Token[], clause: Clause, i: number, isActorEnd: (i: number) => boolean): CueHit | null {
  const rules = transferRules();
  for (let j = i + 1; j <= Math.min(clause.last - 1, i + SPLIT_REACH); j++) {
    if (!/^(?:\p{Lu}|the$)/u.test(tokens[j]!.text)) return null;
    if (!isActorEnd(j)) continue;
    const joined = [tokens[i]!, ...tokens.slice(j + 1, clause.last + 1)];
    const hit = rules.cues.longestAt(joined, 0);
    const cue = hit && hit.last >= 1 ? hit.payloads.find((p): p is Cue => p !== null && p.pos === 'verb' && p.indirectObject) : undefined;
    return cue ? read(tokens, clause, i, i, cue) : null;
  }
  return null;
}

/** Words between a talks noun and the act it is about ("talks with the United States on buying"). */
const TALKS_REACH = 8;

/**
 * A verb cue after "on" / "about" / "over" that closes a phrase opened by "talks", "negotiations"
 * (not talks a cancelling verb ended, `ended`: "suspended talks on buying 50 F-35s" ends a deal).
 */
function topicOfTalks(tokens: readonly Token[], h: CueHit, ended: readonly CueHit[]): boolean {
  const talks = talksOfTopic(tokens, h);
  return talks !== null && !ended.some((t) => t.first === talks);
}

/** The talks noun whose topic `h` is ("talks with Moscow about | buying"), else null. */
function talksOfTopic(tokens: readonly Token[], h: CueHit): number | null {
  // ("negotiations with Embraer on the purchase of A-29 aircraft": a deal noun after its determiner.)
  const at = h.cue.pos === 'noun' && /^(?:the|a|an)$/.test(tokens[h.first - 1]?.lower ?? '') ? h.first - 1 : h.first;
  if ((h.cue.pos !== 'verb' && at === h.first) || !/^(?:on|about|over)$/.test(tokens[at - 1]?.lower ?? '')) return null;
  return talksNounBefore(tokens, at - 1);
}

/** The talks noun whose topic the preposition at `preposition` opens ("talks with the United States | on"), else null. */
export function talksNounBefore(tokens: readonly Token[], preposition: number): number | null {
  for (let k = preposition - 1; k >= 0 && preposition - k < TALKS_REACH; k--) if (transferRules().talksNouns.has(tokens[k]!.lower)) return k;
  return null;
}

/** Words between a verb and its particle: "passed them on", "turned the two ships over". */
const PARTICLE_REACH = 4;

/**
 * "Finland later passed them on to Estonia", "turned the frigates over to": a phrasal verb cue with
 * its object between its words. The hit is the verb alone.
 */
function separableCue(tokens: readonly Token[], clause: Clause, i: number): CueHit | null {
  const particle = transferRules().separableVerbs.get(tokens[i]!.lower);
  if (!particle) return null;
  for (let j = i + 1; j <= Math.min(clause.last, i + PARTICLE_REACH + 1); j++) {
    if (/^[,;.]$/.test(tokens[j]!.text)) return null;
    // "passed them on to Estonia"; not "passed the measure on Friday".
    if (tokens[j]!.lower !== particle || tokens[j + 1]?.lower !== 'to') continue;
    const hit = transferRules().cues.longestAt([tokens[i]!, tokens[j]!], 0);
    const cue = hit?.last === 1 ? hit.payloads.find((p): p is Cue => p !== null && p.pos === 'verb') : undefined;
    return cue ? read(tokens, clause, i, i, cue) : null;
  }
  return null;
}

/** Tokens between a planned signing and the deal it signs ("to sign a $2 billion deal"). */
const PLANNED_OBJECT_REACH = 5;

/** Tokens from a deal noun to the passive act an expectation awaits ("a contract for the missiles was expected to be signed"). */
const PLANNED_SUBJECT_REACH = 10;

/** Tokens from a transfer verb to a delivery noun that is its object ("will send Ukraine a batch of"). */
const MEASURE_REACH = 6;

/** Words from "never" to the delivery verb it denies ("was never sent", "has never been delivered"). */
const NEVER_REACH = 3;

/**
 * Statuses read from two cues together:
 *  - "will deliver 40 F-35 jets ... under a $4.6 billion contract": a delivery still to come of a
 *    deal already made is pending, not a plan ("an order to supply": the order's own content is not);
 *  - "is expected to sign a deal", "was expected to offer": a plan, not a delivery awaited;
 *  - "approved the transfer of 18 F-16s", "approved the export ..., the first such shipment": a
 *    delivery noun after an approving verb is what was approved, and says no more.
 */
/** Words between a verb and the service deal it makes ("signed a new deal to upgrade"). */
const SERVICE_DEAL_REACH = 3;

function refineStatuses(tokens: readonly Token[], found: CueHit[]): CueHit[] {
  let hits = found;
  // "an order to supply", "won a contract to supply": what the deal is for.
  // ("signed a deal in January, days before the coup, to provide": a date or an aside may stand between.)
  const contentOf = (h: CueHit) =>
    tokens[h.first - 1]?.lower === 'to' && hits.some((n) => n.last === beforeDateOrAside(tokens, h.first - 2) && (n.cue.pos === 'noun' || /^(?:orders?|contracts?|deals?)$/.test(tokens[n.last]!.lower)));
  // "is expected to sign a deal", "was expected to offer": the expectation is of an act (a plan), not
  // of a delivery ("are expected to send" stays pending).
  // ("a contract was expected to be signed": so is one of a passive act; "expected to be delivered" stays pending.)
  // ("a package that has yet to be signed": a cue that ends in its own "to".)
  const toAt = (h: CueHit) => (tokens[h.last]!.lower === 'to' ? h.last : h.last + 1);
  const actAt = (h: CueHit) => (tokens[toAt(h) + 1]?.lower === 'be' ? toAt(h) + 2 : toAt(h) + 1);
  const expectsAct = (h: CueHit) => h.status === 'pending' && !h.cue.transfer && h.cue.pos === 'verb' && tokens[toAt(h)]?.lower === 'to' && hits.some((n) => n.first === actAt(h) && n.cue.status !== 'delivered');
  const planned = hits.filter(expectsAct).map((h) => hits.find((n) => n.first === actAt(h))!);
  hits = hits.map((h) => (expectsAct(h) ? { ...h, status: 'announced', weak: true } : h));
  // ("The battery is expected to be ordered by the middle of the year and to be operational by 2029":
  // with the order itself awaited, nothing after it is awaited as goods yet; the order is a plan.)
  const order = planned.find((n) => n.cue.status === 'ordered');
  if (order) hits = hits.map((h) => (h === order || (h.first > order.last && h.status === 'pending') ? { ...h, status: 'announced', weak: true } : h));
  // "agreed to send Hawk missiles", "agreed to donate": agreeing to give is a pledge; "agreed to buy", "agreed to sell" stay a deal.
  // ("agreed last month to send": past a short date.)
  const pledges = (h: CueHit) => {
    const to = afterShortDate(tokens, h.last + 1);
    return transferRules().pledgeVerbs.has(tokens[h.first]!.lower) && tokens[to]?.lower === 'to' && hits.some((n) => n.first === to + 1 && n.cue.agent === 'supplier' && n.cue.deal !== 'sale' && n.cue.future === 'announced');
  };
  hits = hits.map((h) => (pledges(h) ? { ...h, status: 'announced', weak: false } : h));
  // ("Paris has promised to hand over 20 VAB carriers to Togo by the end of the year": a giving verb a
  // pledge leads on to is promised, not yet awaited, whatever date it is promised for.)
  const promised = (h: CueHit) => h.status === 'pending' && h.cue.agent === 'supplier' && hits.some((p) => p.cue.pledge && !p.negated && tokens[p.last + 1]?.lower === 'to' && h.first === p.last + 2);
  hits = hits.map((h) => (promised(h) ? { ...h, status: 'announced' } : h));
  // "agreed in principle to sell Mistral missiles": a decision in principle, no deal yet.
  const hedged = hits.find((h) => transferRules().hedges.some((words) => phraseAt(tokens, h.last + 1, words)));
  if (hedged) hits = hits.map((h) => (h.first >= hedged.first && !h.negated ? { ...h, status: 'announced', weak: false } : h));
  // (The deal that is the act's object, or the subject of its passive: "a contract ... was expected to be signed".)
  const awaitedDeal = (h: CueHit) => planned.some((v) => (v.last < h.first && h.first - v.last <= PLANNED_OBJECT_REACH) || (tokens[v.first - 1]?.lower === 'be' && h.last < v.first && v.first - h.last <= PLANNED_SUBJECT_REACH));
  hits = hits.map((h) => (h.cue.pos === 'noun' && h.cue.deal && awaitedDeal(h) ? { ...h, status: 'announced', weak: true } : h));
  // ("intends to buy Meteor missiles from MBDA under separate contracts, which the ministry expects to
  // sign next year": the deal a planned purchase is to be made under is planned with it; not one told
  // as signed, "under a contract signed on Friday".)
  const underPlan = (h: CueHit) =>
    h.cue.pos === 'noun' && h.cue.deal === 'sale' && tokens.slice(Math.max(0, h.first - UNDER_REACH), h.first).some((t) => t.lower === 'under') && !transferRules().signingFor.has(tokens[h.last + 1]?.lower ?? '') &&
    hits.some((v) => v.cue.pos === 'verb' && v.last < h.first && v.status === 'announced' && (v.modal || v.weak) && !v.negated && !v.tentative);
  hits = hits.map((h) => (underPlan(h) ? { ...h, status: 'announced', weak: true } : h));
  // "received State Department approval to buy": what is received is a consent, no goods.
  const consent = (h: CueHit) => h.cue.agent === 'recipient' && h.cue.status === 'delivered' && h.cue.pos === 'verb' && hits.some((a) => a.cue.pos === 'noun' && a.cue.status === 'approved' && a.first > h.last && a.first - h.last <= APPROVAL_REACH);
  hits = hits.filter((h) => !consent(h));
  // "has approved a new donation package for Ukraine", "approved the transfer" of its own gift: a
  // donor's approval of what it gives is its decision (announced); a state approves sales of others.
  const gift = hits.some((h) => h.cue.pos === 'noun' && (h.cue.deal === 'aid' || h.cue.deal === 'donation')) && !hits.some((h) => h.cue.deal === 'sale');
  if (gift) hits = hits.map((h) => (h.status === 'approved' && h.cue.pos === 'verb' ? { ...h, status: 'announced' } : h));
  // "Its donations include 200 T-72 tanks", "Poland's gifts to Kyiv have included": gifts a listing
  // verb counts up, in the present or the past, were made (not "its pledges include", nor "will include").
  const madeGifts = (h: CueHit) => h.cue.pos === 'noun' && h.cue.deal === 'donation' && h.status === 'announced' && !h.cue.pledge && /s$/.test(tokens[h.last]!.lower) && listedAfter(tokens, h.last + 1);
  hits = hits.map((h) => (madeGifts(h) ? { ...h, status: 'delivered' } : h));
  // "won a contract in 2022 to overhaul the combat systems of two frigates": a deal for a service on
  // goods held buys the work; it moves no goods.
  const serviceDeal = (h: CueHit) => {
    const to = afterShortDate(tokens, h.last + 1);
    return h.status === 'ordered' && tokens[to]?.lower === 'to' && transferRules().serviceVerbs.has(tokens[to + 1]?.lower ?? '');
  };
  // ("signed a deal to upgrade Taiwan's F-16s": nor does the verb that makes such a deal.)
  const services = hits.filter(serviceDeal);
  const makesService = (h: CueHit) => h.cue.pos === 'verb' && services.some((n) => n.first > h.last && n.first - h.last <= SERVICE_DEAL_REACH && tokens.slice(h.last + 1, n.first).every((t) => /^\p{Ll}+$/u.test(t.text)));
  hits = hits.filter((h) => !serviceDeal(h) && !makesService(h));
  // "held talks with China on buying J-10C fighters": the topic of talks is no deal.
  // (Not talks only a later clause ends: "was in talks to sell S-400s to Qatar; the idea was abandoned" is a wish until then.)
  const ended = hits.filter((h) => h.cue.ended && !h.tentative);
  // ("held talks with Moscow about buying S-400s, but dropped the idea": the topic of talks a later
  // clause ends is a wish of the talks' own side; "talks with Sweden over leasing" leaves the talks to say who gives.)
  const wished = (h: CueHit) => {
    const talks = talksOfTopic(tokens, h);
    return hits.some((t) => t.first === talks && t.tentative && t.cue.agent === h.cue.agent);
  };
  hits = hits.flatMap((h) => (!topicOfTalks(tokens, h, ended) ? [h] : wished(h) ? [{ ...h, status: 'announced' as const, weak: true, tentative: true }] : []));
  // (What ended talks were about is no wish: "suspended talks on buying" ends a deal.)
  if (ended.length > 0) hits = hits.map((h) => (h.tentative && ended.some((t) => t.first < h.first) ? { ...h, tentative: false } : h));
  // "is building 300 Karayel drones under licence from Turkey": the licence says who gives, not the builder.
  if (hits.some((h) => h.cue.clauseVerb)) hits = hits.filter((h) => !h.cue.progressive);
  // "will send Ukraine a batch of Patriot missiles", "ordered a second batch of 12 Rafales": a
  // delivery noun that is the object of a transfer verb measures the goods; the verb tells the stage.
  // (Between them only determiners, counts and the recipient's name: not "purchase follows the arrival of".)
  // ("pledged to donate two more along with a batch of Defender-class boats": goods added to the
  // object are measured too.)
  const measureWord = (t: Token) => NOUN_BEFORE.has(t.lower) || /^\d|^\p{Lu}/u.test(t.text) || weaponLexicon().words.numbers.has(t.lower) || transferRules().measureJoints.has(t.lower);
  // ("signed a contract for a batch of 12 Guarani vehicles": so is one a deal noun is for, after the
  // seller it is signed with, "a contract with Turkish manufacturer Otokar for a batch of".)
  const forAfter = (v: CueHit): number => {
    if (tokens[v.last + 1]?.lower === 'for') return v.last + 1;
    if (tokens[v.last + 1]?.lower !== 'with') return -1;
    for (let k = v.last + 2; k < tokens.length && k - v.last <= SELLER_WORDS && tokens[k]!.text !== ','; k++) if (tokens[k]!.lower === 'for') return k;
    return -1;
  };
  // (The measure's words start after a verb, or after a deal noun's "for"; the reach counts from the word before "for".)
  const measuring = (v: CueHit, h: CueHit) => {
    const from = v.cue.pos === 'verb' ? v.last : forAfter(v);
    if (from === -1 || from >= h.first || h.first - (from === v.last ? from : from - 1) > MEASURE_REACH) return false;
    return (v.cue.pos === 'verb' ? v.cue.transfer !== false : v.cue.status === 'ordered') && tokens.slice(from + 1, h.first).every(measureWord);
  };
  const measured = (h: CueHit) => h.cue.pos === 'noun' && h.cue.status === 'delivered' && tokens[h.last + 1]?.lower === 'of' && hits.some((v) => !v.negated && v.last < h.first && measuring(v, h));
  hits = hits.filter((h) => !measured(h));
  // "was never sent", "were never delivered", "never arrived": goods that never came are a transfer
  // cancelled (not "could never provide" a capability, nor "deals never got that far").
  const never = (h: CueHit) => h.negated && !h.modal && (h.passive || h.cue.arrival) && h.cue.pos === 'verb' && h.cue.status === 'delivered' && h.cue.transfer !== false && tokens.slice(Math.max(0, h.first - NEVER_REACH), h.first).some((t) => t.lower === 'never');
  hits = hits.map((h) => (never(h) ? { ...h, negated: false, status: 'cancelled', weak: false } : h));
  // "with deliveries of the new batch due to begin in 2026": a delivery noun whose own word of waiting
  // follows it awaits the goods, whatever item the waiting word falls to.
  const cueStarts = new Set(hits.map((h) => h.first));
  const awaitedNoun = (h: CueHit) =>
    h.cue.pos === 'noun' && h.status === 'delivered' && !h.negated && /^(?:of|is|are)$/.test(tokens[h.last + 1]?.lower ?? '') &&
    hits.some((p) => p.cue.transfer === false && p.status === 'pending' && !p.negated && p.first > h.last && p.first - h.last <= AWAITED_NOUN_REACH && tokens.slice(h.last + 1, p.first).every((t, j) => !/^[,;:.()]$/.test(t.text) && !cueStarts.has(h.last + 1 + j)));
  hits = hits.map((h) => (awaitedNoun(h) ? { ...h, status: 'pending' as const } : h));
  const dealMade = hits.some((h) => !h.negated && !h.weak && h.status === 'ordered' && h.cue.transfer);
  return hits.map((h) => {
    if (dealMade && h.cue.pos === 'verb' && h.cue.status === 'delivered' && h.modal && h.status === 'announced' && !contentOf(h)) return { ...h, status: 'pending', weak: false };
    const approved = hits.some((a) => a.status === 'approved' && a.cue.pos === 'verb' && !a.negated && a.last < h.first);
    // "approved the purchase ..., with deliveries expected to begin in 2028": still an approval.
    if (approved && ((h.cue.pos === 'noun' && h.cue.status === 'delivered') || (h.status === 'pending' && !h.cue.transfer))) return { ...h, weak: true };
    return h;
  });
}

/**
 * A cue that states no stage, though no negation stands before it: "He gave no figures" (its object
 * denied; not "sold no fewer than 40 jets"); "did not disclose ... a delivery schedule" (a detail of a
 * stage left untold; not "the size of the latest shipment", which tells of one); "no formal offer has
 * been received" (what was received is no goods).
 */
function statesNothing(tokens: readonly Token[], clause: Clause, first: number, last: number, cue: Cue): boolean {
  const rules = transferRules();
  if (cue.pos === 'verb' && tokens[last + 1]?.lower === 'no' && !rules.comparativesAfterNo.has(tokens[last + 2]?.lower ?? '')) return true;
  if (cue.pos === 'noun' && rules.detailNouns.has(tokens[last + 1]?.lower ?? '')) {
    const before = tokens.slice(clause.first, first);
    // ("did not disclose a delivery schedule", "without giving a delivery date")
    if (before.some((t, j) => (rules.plainNegation.has(t.lower) || t.lower === 'without') && before.slice(j + 1, j + 3).some((u) => rules.untoldVerbs.has(u.lower)))) return true;
  }
  if (cue.pos === 'verb' && untoldQuestion(tokens, first)) return true;
  if (cue.pos === 'verb' && cue.status === 'announced' && offerRefused(tokens, last)) return true;
  // "is expected to be retired", "expects to upgrade them": what is awaited is the end or the
  // refit of goods held, no stage of a transfer ("expected to be installed" still awaits them).
  if (cue.pos === 'verb' && cue.transfer === false && cue.status === 'pending' && tokens[last + 1]?.lower === 'to') {
    const verb = tokens[last + 2]?.lower === 'be' ? last + 3 : last + 2;
    if (rules.unawaitedVerbs.has(tokens[verb]?.lower ?? '')) return true;
    // "are due to leave the country", "is expected to visit": a word there that is neither a cue nor
    // a verb of coming awaits something else.
    let v = verb;
    while (rules.adverbs.has(tokens[v]?.lower ?? '')) v++;
    const word = tokens[v];
    if (word && /^\p{Ll}+$/u.test(word.text) && !rules.awaitedVerbs.has(word.lower) && !rules.cues.longestAt(tokens, v)) return true;
  }
  // "in a deal that required Washington's approval", "subject to approval": an approval as a condition.
  if (cue.pos === 'noun' && cue.status === 'approved') {
    for (let k = first - 1; k >= Math.max(clause.first, first - REQUIREMENT_REACH); k--) if (rules.requirementWords.has(tokens[k]!.lower)) return true;
  }
  // "were delivered in 2009 and are due for a mid-life refit": a refit or a retirement awaited.
  if (cue.pos === 'verb' && cue.transfer === false && cue.status === 'pending' && tokens[last + 1]?.lower === 'for') {
    for (let k = last + 2; k <= Math.min(clause.last, last + 1 + UNAWAITED_REACH); k++) if (rules.unawaitedNouns.has(tokens[k]!.lower)) return true;
  }
  if (cue.pos === 'verb' && cue.indirectObject && (abstractGift(tokens, clause, last) || systemGives(tokens, clause, first))) return true;
  const j = wordBeforeAuxiliaries(tokens, first - 1, clause.first);
  return j < first - 1 && rules.paperNouns.has(tokens[j]?.lower ?? '');
}

/** Words from a requirement to the approval it needs ("required Washington's approval"). */
const REQUIREMENT_REACH = 4;

/** Words from "due for" to what is awaited ("due for a mid-life refit"). */
const UNAWAITED_REACH = 5;

/** Words from a giving verb to its object ("give the Air Self-Defense Force the ability", "giving the nation's two patrol boats a way"). */
const GIFT_REACH = 9;

/** Describing words between an abstract gift's determiner and its noun ("a clear edge", "a much greater reach"). */
const GIFT_ADJECTIVES = 2;

/** "would give the air force the ability to strike", "provides Kyiv with a means to": the verb gives no goods. */
function abstractGift(tokens: readonly Token[], clause: Clause, last: number): boolean {
  const { abstractGifts } = transferRules();
  // ('giving the air force "reach that Finland has never had"': a quotation may open it too.)
  const opener = (j: number) => /^(?:the|a|an|new|greater|more|added|extra|additional|with)$/.test(tokens[j]?.lower ?? '') || (tokens[j] !== undefined && j > last + 1 && isQuoteMark(tokens[j]!));
  const openedBefore = (k: number) => {
    for (let j = k - 1; j > last && k - j <= GIFT_ADJECTIVES + 1; j--) {
      if (opener(j)) return true;
      if (!/^\p{Ll}+$/u.test(tokens[j]!.text)) return false;
    }
    return false;
  };
  for (let k = last + 1; k <= Math.min(clause.last, last + GIFT_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === ',' || /^\d/.test(t.text)) return false;
    // ("gave the Defence Ministry the green light to buy": a gift of two words.)
    // ("would give Azerbaijan a clear edge over Armenia's Su-30SM fighters": describing words may stand between.)
    if ((abstractGifts.has(t.lower) && openedBefore(k)) || (abstractGifts.has(`${tokens[k - 1]?.lower ?? ''} ${t.lower}`) && opener(k - 2))) return true;
  }
  return false;
}

/** "The Redback gives the Land Forces a modern tracked vehicle": a system that opens the clause gives what it is, no goods. */
function systemGives(tokens: readonly Token[], clause: Clause, first: number): boolean {
  let k = clause.first;
  while (k < first && (isQuoteMark(tokens[k]!) || /^(?:the|this|that)$/.test(tokens[k]!.lower))) k++;
  const hit = k < first ? weaponLexicon().phrases.longestAt(tokens, k) : null;
  // (An active verb, a modal at most between: not "Barak MX has already been delivered to the UAE".)
  const { futureAuxiliaries, hypotheticalModals } = transferRules();
  return Boolean(hit?.payloads.some((p) => p.system)) && tokens.slice(hit!.last + 1, first).every((t) => t.lower !== 'to' && (futureAuxiliaries.has(t.lower) || hypotheticalModals.has(t.lower)));
}

/** Words from a refusal to the noun for the offer it refuses ("did not take up | the | proposal"). */
const REFUSED_OFFER_REACH = 3;

/** "had offered Poland its Panther KF51 tank ..., but the ministry did not take up the proposal": an offer its sentence says was refused. */
function offerRefused(tokens: readonly Token[], last: number): boolean {
  const { verbs, nouns } = transferRules().offerRefusals;
  for (let k = last + 1; k < tokens.length; k++) {
    const refusal = verbs.find((words) => phraseAt(tokens, k, words));
    if (!refusal) continue;
    const after = k + refusal.length;
    if (tokens.slice(after, after + REFUSED_OFFER_REACH).some((t) => nouns.has(t.lower))) return true;
  }
  return false;
}

/** Words from "when" back to the verb that leaves it open, and from that verb back to its negation. */
const UNTOLD_REACH = 3;

/**
 * "though he did not say when they would be shipped", "without saying when they will arrive": a stage
 * asked about by a statement that does not answer states nothing.
 */
function untoldQuestion(tokens: readonly Token[], first: number): boolean {
  const rules = transferRules();
  // (A reporting verb ends a clause, so "did not say | when they would be shipped" is read across it.)
  // ("did not say when the first of them would be handed over": the question may open a few words before its verb.)
  for (let k = first - 1; k > 0 && first - k <= QUESTION_WORDS; k--) {
    // ("did not say how many missiles would be sent": the count and the stage to come are untold;
    // "without saying how many of the jets had been delivered" presupposes the delivery, see below.)
    const opener = /^(?:when|whether)$/.test(tokens[k]!.lower) || (tokens[k]!.lower === 'how' && /^(?:many|much|soon)$/.test(tokens[k + 1]?.lower ?? ''));
    if (!opener) continue;
    // (only a stage still to come: "did not say when Russia delivered the S-400s" presupposes the delivery)
    if (!tokens.slice(k + 1, first).some((t) => rules.modality.has(t.lower))) return false;
    // ("neither would say how many of the aircraft were involved or when they would arrive": the
    // question a first one is joined to is left open by the same verb.)
    const asked = /^(?:or|and)$/.test(tokens[k - 1]?.lower ?? '') ? (questionBefore(tokens, k - 1) ?? k) : k;
    for (let v = asked - 1; v >= Math.max(0, asked - UNTOLD_REACH); v--) {
      if (!rules.untoldVerbs.has(tokens[v]!.lower) && !rules.sayingVerbs.has(tokens[v]!.lower)) continue;
      // ("did not give the value of the deal or say when the aircraft would be delivered": a verb joined
      // by "or" to a negated one is negated too.)
      const joined = /^(?:or|nor)$/.test(tokens[v - 1]?.lower ?? '');
      const reach = joined ? QUESTION_WORDS : UNTOLD_REACH;
      const before = tokens.slice(Math.max(0, v - reach), v).filter((t, j, all) => !all.slice(j).some((u) => /^[,.;:]$/.test(u.text))).map((t) => t.lower);
      return before.some((w) => rules.plainNegation.has(w) || w === 'without' || w === 'neither');
    }
    return false;
  }
  return false;
}

/** Words of a question joined by "or" to the one after it ("how many of the aircraft were involved"). */
const QUESTION_WORDS = 10;

/** The opener ("how", "when", "whether") of a question that ends at `joint`, within a few words; else null. */
function questionBefore(tokens: readonly Token[], joint: number): number | null {
  for (let k = joint - 1; k >= Math.max(0, joint - QUESTION_WORDS); k--) {
    if (/^[,.;:]$/.test(tokens[k]!.text)) return null;
    if (/^(?:when|whether|how)$/.test(tokens[k]!.lower)) return k;
  }
  return null;
}

/** "signed a contract in Paris for the supply of 36 CAESAR howitzers": a delivery named as what a deal is for, still to come. */
function dealContent(tokens: readonly Token[], clause: Clause, first: number): boolean {
  const forAt = tokens[first - 1]?.lower === 'for' ? first - 1 : tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'for' ? first - 2 : -1;
  if (forAt <= clause.first) return false;
  const { dealNouns } = transferRules();
  if (tokens.slice(Math.max(clause.first, forAt - DEAL_CONTENT_REACH), forAt).some((t) => dealNouns.has(t.lower))) return true;
  // ("a contract with the Polish state-owned manufacturer Mesko for the supply of": past the counterpart it is signed with.)
  for (let j = forAt - 1; j >= clause.first && forAt - j <= DEAL_COUNTERPART_REACH; j--) {
    if (/^[,;:]$/.test(tokens[j]!.text)) return false;
    if (tokens[j]!.lower === 'with') return dealNouns.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}

/** A subordinator of time opening the stretch before the verb at `first`, with no comma between ("until the jets arrive"). */
function awaitingOpener(tokens: readonly Token[], clause: Clause, first: number): boolean {
  const rules = transferRules();
  for (let k = first - 1; k >= Math.max(clause.first, first - SUBORDINATE_REACH); k--) {
    const t = tokens[k]!;
    if (t.text === ',') return false;
    if (rules.awaitingSubordinators.has(t.lower)) return !rules.timeSpans.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Words from a negated delivery to the "until" that says when it comes ("not due to arrive until"). */
const UNTIL_REACH = 6;

/** Words from a participle to the "by" of its agent inside an aside (", delivered the previous month by"). */
const BY_REACH = 5;

/** Words of an apposition between a name and its verb ("its closest military partner"). */
const APPOSITION_REACH = 8;

/** A capitalised word between a word in lower case and a word in lower case or a punctuation mark: part of a name ("at Sale air base"). */
function capitalisedName(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '.';
  return /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && /^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '') && (/^\p{Ll}/u.test(next) || /^[,.;:]$/.test(next));
}

/** A capitalised word after two more that ends their name ("Strategic Defence Package are flying"). */
function programmeName(tokens: readonly Token[], k: number): boolean {
  const word = (at: number) => /^\p{Lu}\p{Ll}+$/u.test(tokens[at]?.text ?? '');
  return word(k) && word(k - 1) && word(k - 2) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
}

/** The word before a verb's auxiliaries and adverbs ("Morocco, Algeria's rival, | has already bought"). */
function auxiliaryStart(tokens: readonly Token[], k: number, floor: number): number {
  const { perfectAuxiliaries, futureAuxiliaries, adverbs } = transferRules();
  while (k >= floor && (perfectAuxiliaries.has(tokens[k]!.lower) || (futureAuxiliaries.has(tokens[k]!.lower) && tokens[k]!.lower !== 'to') || adverbs.has(tokens[k]!.lower))) k--;
  return k;
}

/**
 * When the comma at `comma` closes an apposition on a name ("Ankara, its closest military partner,
 * pledged"; "Ankara, Mogadishu's ally, pledged"), the comma that opens it; else null. The participle
 * after it is the name's verb, not a reduced relative (", donated by Germany,").
 */
function appositionBefore(tokens: readonly Token[], clause: Clause, comma: number, isActorEnd: (i: number) => boolean): number | null {
  if (tokens[comma]?.text !== ',' || tokens[comma + 2]?.lower === 'by') return null;
  for (let p = comma - 1; p > clause.first && comma - p <= APPOSITION_REACH; p--) {
    if (tokens[p]!.text !== ',') continue;
    const opener = tokens[p + 1]!;
    return isActorEnd(p - 1) && (transferRules().objectOpeners.has(opener.lower) || isPossessiveMark(tokens[p + 2])) ? p : null;
  }
  return null;
}

/** "rather than being sent abroad", "instead of buying new jets": a verb an alternative sets aside states nothing. */
function setAside(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && /^(?:being|be|been|to)$/.test(tokens[k]!.lower)) k--;
  const pair = `${tokens[k - 1]?.lower ?? ''} ${tokens[k]?.lower ?? ''}`;
  return pair === 'rather than' || pair === 'instead of';
}

/** Where the names, codes and sums before a noun open, after its determiner ("the | AIM-120D contract", "a | $2 billion deal"); the noun itself when none. */
function namedModifiersStart(tokens: readonly Token[], clause: Clause, first: number): number {
  let k = first;
  while (k - 1 > clause.first && (!/^\p{Ll}/u.test(tokens[k - 1]!.text) || transferRules().moneyWords.has(tokens[k - 1]!.lower))) k--;
  return k;
}

/** A verb of making in the past or going on before the cue at `first` ("has assembled", "assembles", "has been assembling"), not in the present progressive ("is building"). */
function madeBefore(tokens: readonly Token[], clause: Clause, first: number): boolean {
  const { madeParticiples, makingNow } = transferRules();
  for (let k = clause.first; k < first; k++) if (madeParticiples.has(tokens[k]!.lower) || makingNow.has(tokens[k]!.lower) || makingNow.has(wordsAt(tokens, k, 2))) return true;
  return false;
}

/** Words of a name between a verb of asking and the "to" of what it asks ("asked the Greek government to"). */
const ASKED_NAME_WORDS = 4;

/**
 * "Washington asked Athens to transfer", "urged Greece to send": what one party asks of another states
 * nothing; unless it asks for goods for itself ("had formally asked Washington to sell it five more"),
 * a request of its own.
 */
function askedOf(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.lower !== 'to') return false;
  if (/^(?:it|them|us)$/.test(tokens[last + 1]?.lower ?? '') && /^[\p{L}\d]/u.test(tokens[last + 2]?.text ?? '') && tokens[last + 2]!.lower !== 'to') return false;
  const { askingVerbs } = transferRules();
  for (let k = first - 2, words = 0; k >= 0 && words <= ASKED_NAME_WORDS; k--, words++) {
    if (askingVerbs.has(tokens[k]!.lower) || askingVerbs.has(`${tokens[k - 1]?.lower ?? ''} ${tokens[k]!.lower}`)) return words > 0;
    if (!/^\p{Lu}/u.test(tokens[k]!.text) && !isPossessiveMark(tokens[k]) && !/^(?:the|its|their|\.)$/.test(tokens[k]!.lower)) return false;
  }
  return false;
}

function read(tokens: readonly Token[], clause: Clause, first: number, last: number, cue: Cue, apposition: number | null = null, isActorEnd: (i: number) => boolean = () => true): CueHit {
  const rules = transferRules();
  // ("hoped to sign the AIM-120D contract": a noun's window opens before the names and codes that modify it.)
  const from = Math.max(clause.first, (cue.pos === 'noun' ? namedModifiersStart(tokens, clause, first) : first) - WINDOW);
  const preceding = tokens.slice(from, first);
  // "has not yet received the K2 tanks it ordered": a delivery not yet made is awaited, not denied.
  // "are not due to arrive until the autumn", "will not be delivered until 2027": awaited too; "did not
  // arrive until 2019" tells when it came.
  const not = preceding.findIndex((t) => t.lower === 'not' || t.lower === "n't");
  const until = not !== -1 && (cue.status === 'delivered' || cue.status === 'pending') && tokens.slice(last + 1, Math.min(clause.last, last + UNTIL_REACH) + 1).some((t) => rules.awaitingSubordinators.has(t.lower));
  const cameLater = until && rules.pastAuxiliaries.has((preceding[not - 1] ?? tokens[from - 1])?.lower ?? '');
  const notYet = (cue.status === 'delivered' && not !== -1 && preceding[not + 1]?.lower === 'yet') || (until && !cameLater);
  // "is considering buying", "may buy", "wants to buy", "is in talks ... to acquire": a wish or an
  // option, told only as announced; not "a deal that could see Kyiv acquire", where the deal is made.
  const tentative = cue.pos === 'verb' && cue.transfer !== false && !isParticiple(tokens[first]!) && tentativeBefore(tokens, clause, first);
  // ("a resolution that would have blocked the sale": a veto or an end that would have come did not;
  // "which would have given the air force its first jets" still says whom goods were for.)
  const haveAt = tokens[first - 1]?.lower === 'been' ? first - 2 : first - 1;
  const counterfactual = (cue.status === 'cancelled' || Boolean(cue.negatedStatus)) && tokens[haveAt]?.lower === 'have' && rules.hypotheticalModals.has(tokens[haveAt - 1]?.lower ?? '');
  const negated = !notYet && !cameLater && (counterfactual || Boolean(clause.negated) || preceding.some((t, j) => rules.negation.has(t.lower) || rules.denials.has(t.lower) || rules.negatingPhrases.some((words) => phraseAt(preceding, j, words))) || statesNothing(tokens, clause, first, last, cue) || refusedRequest(tokens, clause, first) || setAside(tokens, first) || askedOf(tokens, first, last));
  const k = wordBeforeAdverbs(tokens, tokens[first - 1]?.text === '-' && tokens[first - 2]?.lower === 're' ? first - 3 : first - 1, clause.first);
  const before = tokens[k];
  const participle = isParticiple(tokens[first]!);
  // "were delivered", ", donated by ...", and a reduced relative "helicopters delivered by Russia" (or
  // after a name that is no actor's: "C-130J Super Hercules delivered by Lockheed Martin");
  // not a verb with its object after an aside ("The company, then known as AgustaWestland, delivered two AW109s").
  // (", delivered the previous month by Germany,": its agent follows in the aside, so it stays passive.)
  const byInAside = tokens.slice(last + 1, last + 1 + BY_REACH).findIndex((t) => t.lower === 'by' || t.text === ',');
  const agentFollows = byInAside !== -1 && tokens[last + 1 + byInAside]!.lower === 'by';
  // ("The United Arab Emirates, in turn, supplied Haftar's forces": a name's possessive opens an object too;
  // "Italy, together with France, supplied Kyiv with a SAMP/T battery": so does a name of one or two words.)
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const named = capital(last + 1) && (isPossessiveMark(tokens[last + 2]) || isActorEnd(last + 1) || (capital(last + 2) && isActorEnd(last + 2)));
  const object = !agentFollows && (objectOpensAt(tokens, last + 1) || named);
  // ("Qatar, however, bought AH-4 howitzers": a one-word aside between commas leaves the verb its subject.)
  const afterAside = aside(tokens, k - 1) && (rules.clauseBreaks.has(tokens[k - 1]!.lower) || rules.adverbs.has(tokens[k - 1]!.lower));
  const passive =
    cue.pos === 'verb' && participle && k >= clause.first && (rules.passiveAuxiliaries.has(before!.lower) || (before!.text === ',' && cue.agent !== null && !object && apposition === null && !afterAside) || (tokens[last + 1]?.lower === 'by' && (/^\p{Ll}|\d/u.test(before!.text) || (/^\p{Lu}/u.test(before!.text) && !isActorEnd(k)))));
  // A plan or a modal ("will send", "plans to buy", "decided to supply", "to be sold"); "began to deliver" is a fact.
  const infinitive = before?.lower === 'to' || (before?.lower === 'be' && tokens[k - 1]?.lower === 'to');
  const toIndex = before?.lower === 'to' ? k : k - 1;
  // "became the first foreign country to receive Russia's Iskander": an infinitive after "the first ..." states a fact.
  // ("will be the first country to receive": still to come)
  let ordinal = false;
  for (let j = Math.max(clause.first, toIndex - ORDINAL_REACH); j < toIndex && !ordinal; j++) ordinal = rules.ordinalFacts.has(tokens[j]!.lower) && tokens[j - 1]?.lower === 'the';
  if (ordinal && tokens.slice(clause.first, toIndex).some((t) => rules.modality.has(t.lower))) ordinal = false;
  const plan = (infinitive && !ordinal && !rules.notModalBeforeTo.has(tokens[toIndex - 1]?.lower ?? '')) || (Boolean(clause.planned) && first === clause.first);
  // A modal is written in lower case but for the sentence's first word and a title-case headline's
  // ("Poland Will Buy K2 Tanks"): "in May" is a month and "under Plan Colombia" a name.
  const capitalised = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');
  const titleCase = (t: Token) => {
    const k = tokens.indexOf(t);
    return t.text !== 'May' && capitalised(tokens[k - 1]) && capitalised(tokens[k + 1]);
  };
  const isModal = (t: Token) => rules.modality.has(t.lower) && (t.text === t.lower || t === tokens[0] || titleCase(t));
  const modalBefore = plan || preceding.some(isModal);
  const modalInClause = tokens.slice(clause.first, clause.last + 1).some(isModal);
  // "Germany is sending Ukraine four more systems": a giving verb in the present progressive is a decision.
  const progressive = cue.pos === 'verb' && cue.status === 'delivered' && cue.future === 'announced' && /ing$/.test(tokens[first]!.lower) && rules.presentAuxiliaries.has(before?.lower ?? '');
  const modal = cue.pos === 'verb' ? modalBefore || progressive : modalInClause;
  // "before they are handed over", "until the jets arrive": a delivery in the present tense after a
  // subordinator of time is still to come.
  // (not a past tense of its own, "gave", "took"; not a headline's "Once reluctant, Germany sends" or
  // "Weeks before counteroffensive, Ukraine gets": no comma between, no span of time before it)
  const word = tokens[first]!.lower;
  const present = (passive && rules.presentAuxiliaries.has(before?.lower ?? '')) || (cue.pos === 'verb' && !participle && !/ing$/.test(word) && !rules.irregularPast.has(word));
  const awaited = cue.status === 'delivered' && ((present && awaitingOpener(tokens, clause, first)) || (cue.pos === 'noun' && dealContent(tokens, clause, first)));
  let status = notYet || awaited ? 'pending' : cue.status;
  let weak = cue.weak;
  // ("has assembled M1A1 Abrams tanks under licence from General Dynamics since the early 1990s": goods
  // made under a licence, as a fact, were handed over as made.)
  if (cue.clauseVerb && !modalInClause && !negated && madeBefore(tokens, clause, first)) status = 'delivered';
  if (cue.pos === 'noun') {
    // "Deliveries will begin in October": a delivery still to come; "would negotiate the purchase": a plan.
    // "agreed to speed up shipments", "plans to resume deliveries": an act still to come on them.
    // ("began to make deliveries", "able to confirm shipments" state facts.)
    const toAct = preceding.some((t, j) => t.lower === 'to' && /^\p{Ll}+$/u.test(preceding[j + 1]?.text ?? '') && !NOUN_BEFORE.has(preceding[j + 1]!.lower) && !rules.notModalBeforeTo.has((preceding[j - 1] ?? tokens[from - 1])?.lower ?? ''));
    if (status === 'delivered' && (modalInClause || toAct)) status = 'pending';
    else if (status === 'ordered' && modalBefore) [status, weak] = ['announced', true];
  } else if (modal) {
    // "will be delivered" is awaited; "could be passed on" only possible; "will be donated" a pledge.
    const possible = preceding.some((t) => rules.possibilityModals.has(t.lower));
    status = cue.future ? (passive && cue.status === 'delivered' && !possible && cue.deal !== 'donation' ? 'pending' : cue.future) : status;
    // "plans to take over 33 Hornets", "plans to hand over": a handover is awaited only once agreed
    // ("will receive", "will hand over"); a plan is announced.
    if (status === 'pending' && cue.future === 'pending' && infinitive && rules.planVerbs.has(tokens[toIndex - 1]?.lower ?? '')) status = 'announced';
    weak = !cue.future || status === 'announced';
  }
  // "signed a contract ..., giving the country its first air defence": a giving verb's -ing form after
  // a comma tells what the act before gave, so its stage yields to that act's ("handing Ukraine dozens of
  // T-72 tanks" alone still delivers).
  if (cue.pos === 'verb' && cue.indirectObject && tokens[first - 1]?.text === ',' && isGerund(tokens[first]!.text)) weak = true;
  // "will no longer block the sale": lifting a veto states the approval.
  if (negated && cue.negatedStatus) return { first, last, cue, negated: false, modal, passive, status: cue.negatedStatus, weak: false };
  // "has received four of the six T129s ..., with the last two expected later this year": part delivered, the rest awaited.
  const restAwaited = cue.pos === 'verb' && !modal && tokens.slice(last + 1, clause.last + 1).some((t, j, after) => t.lower === 'with' && after[j + 1]?.lower === 'the' && rules.remainderWords.has(after[j + 2]?.lower ?? ''));
  // ("the remaining two of the five S-400 squadrons ... are expected next year", "still waiting for the
  // last two of five": the rest of an order awaited tells that its first part came.)
  const restOfOrder = status === 'pending' && !negated && remainderOfCount(tokens, clause);
  const begun = (status === 'delivered' && !negated && (restAwaited || rules.underWayVerbs.has((before?.lower === 'to' ? tokens[k - 1] : before)?.lower ?? ''))) || restOfOrder;
  const apposed = apposition !== null ? { apposition } : {};
  if (tentative) return { first, last, cue, negated, modal: true, passive, status: 'announced', weak: true, tentative, ...apposed };
  return { first, last, cue, negated, modal, passive, status, weak, ...(begun ? { begun } : {}), ...apposed };
}

/**
 * A word of wish, option or talks before the verb at `first`, with no comma between: "may buy", "is
 * considering buying", "under pressure from its allies to send". A noun ("pressure", "talks",
 * "interest") counts only where it leads on to the verb ("pressure ... to", "talks with Russia to",
 * "interest in"), not "After years of talks, Morocco took delivery"; "May" the month is none, and "a
 * deal that could see Kyiv acquire" tells the deal made.
 */
function tentativeBefore(tokens: readonly Token[], clause: Clause, first: number): boolean {
  const rules = transferRules();
  for (let k = first - 1; k >= clause.first && first - k <= TENTATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';') return false;
    if (!rules.tentativeWords.has(t.lower) || t.text !== t.lower || tokens[k + 1]?.lower === 'see') continue;
    // ("is seeking funds to purchase": a budget request is a plan, not a wish.)
    if (rules.fundingNouns.some((words) => phraseAt(tokens, k + 1, words))) continue;
    if (!rules.tentativeNouns.has(t.lower)) return true;
    if (tokens.slice(k + 1, first).some((u) => u.lower === 'to' || u.lower === 'in')) return true;
  }
  return false;
}

/**
 * "the remaining two of the five", "the last two of five": a remainder counted out of a larger count, in
 * the clause; or one that opens it ("The remaining four, built like the first pair, are due").
 */
function remainderOfCount(tokens: readonly Token[], clause: Clause): boolean {
  const { remainderWords, restWords } = transferRules();
  if (tokens[clause.first]?.lower === 'the' && restWords.has(tokens[clause.first + 1]?.lower ?? '') && isCount(tokens[clause.first + 2])) return true;
  for (let k = clause.first; k + 4 <= clause.last; k++) {
    if (tokens[k]!.lower !== 'the' || !remainderWords.has(tokens[k + 1]!.lower) || !isCount(tokens[k + 2]) || tokens[k + 3]!.lower !== 'of') continue;
    if (isCount(tokens[k + 4]) || (tokens[k + 4]!.lower === 'the' && isCount(tokens[k + 5]))) return true;
  }
  return false;
}


/** The clause's status: the first of the rules' order among the stated stages, else a planned one. */
export function clauseStatus(cues: readonly CueHit[]): TransferStatus | null {
  const { statusOrder } = transferRules();
  const live = cues.filter((c) => !c.negated);
  // "the last of the tanks, which began arriving last year, are due by 2025": deliveries under way are the stage reached.
  if (live.some((c) => c.begun) && !live.some((c) => c.status === 'cancelled' && !c.weak)) return 'delivered';
  for (const weak of [false, true]) {
    for (const status of statusOrder) if (live.some((c) => c.weak === weak && c.status === status)) return status;
  }
  return null;
}

/** Words between a plural deal noun and its listing verb: its recipient, "so far", a perfect's auxiliary. */
const LISTED_REACH = 6;

/** Whether a listing verb follows at `from`, past a "to" phrase and "so far", "have" ("to Ukraine have so far included"). */
function listedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + LISTED_REACH && tokens[k]; k++) {
    const t = tokens[k]!;
    if (transferRules().listingVerbs.has(t.lower)) return true;
    if (!/^\p{Lu}/u.test(t.text) && !transferRules().listedFillers.has(t.lower)) return false;
  }
  return false;
}

/** Words from a request noun back to the verb that refuses it ("declined | a Thai | request"). */
const REQUEST_REACH = 4;

/** "The United States declined a Thai request to buy F-35s": a cue after a request a negating verb refuses. */
function refusedRequest(tokens: readonly Token[], clause: Clause, first: number): boolean {
  const rules = transferRules();
  if (tokens[first - 1]?.lower !== 'to' || !rules.requestNouns.has(tokens[first - 2]?.lower ?? '')) return false;
  for (let k = first - 3; k >= Math.max(clause.first, first - 2 - REQUEST_REACH); k--) {
    const t = tokens[k]!;
    if (rules.negation.has(t.lower) || rules.denials.has(t.lower)) return true;
    if (/^[,.;:]$/.test(t.text)) return false;
  }
  return false;
}
