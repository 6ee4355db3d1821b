/**
 * The transfer rules of data/transfers/rules.json, compiled once per process: a cue gazetteer
 * (verbs and nouns with the status, deal and agent they give) and the word lists that read a clause
 * (modals, negations, prepositions and the role they mark, clause breaks, reporting verbs).
 */
import { loadData } from '../../data.js';
import type { TransferStatus } from '../../model/contract.js';
import { Gazetteer } from '../../nlp/gazetteer.js';

export type Party = 'supplier' | 'recipient';
export type PrepositionRole = Party | 'agent' | 'counterpart' | 'arrival' | 'co-agent' | 'inherit' | 'funder';

export interface Cue {
  pos: 'verb' | 'noun';
  status: TransferStatus;
  deal: string | null;
  /** The party the cue's subject, possessor or by-phrase names; null when the cue does not say. */
  agent: Party | null;
  /** False for cues that only qualify a transfer another cue states ("announce", "expect"). */
  transfer: boolean;
  /** The status under a modal or a plan ("will send" -> announced, "will receive" -> pending). */
  future: TransferStatus | null;
  arrival: boolean;
  indirectObject: boolean;
  /** The clause's subject is neither party: "approve any resale", "authorized the re-export". */
  thirdParty: boolean;
  /** The status holds only when no other cue of the clause gives one ("the $8 billion sale"). */
  weak: boolean;
  /** A noun phrase that stands for the clause's verb: its agent is the clause's subject ("building drones under licence"). */
  clauseVerb: boolean;
  /** The weapon categories the cue can carry ("landed": aircraft); null for any. */
  categories: ReadonlySet<string> | null;
  /** The cue states a transfer only to a recipient its clause names ("offered Serbia six jets"). */
  namedRecipient: boolean;
  /** A request ("has requested to buy"): the approval of a sale to the same buyer covers it. */
  request: boolean;
  /** A state of having, not an event ("already operates 36 K9 howitzers"): it tells a transfer only the story tells no other way. */
  background: boolean;
  /** The status the cue states when negated ("will no longer block the sale" -> approved); null: none. */
  negatedStatus: TransferStatus | null;
  /** A cue only in a progressive or future tense ("is building two corvettes for Ukraine"), not as a participle ("built by"). */
  progressive: boolean;
  /** Goods passed on by whoever holds them ("could be passed on to Ukraine"): with no supplier named, their holder gives them. */
  passOn: boolean;
  /** A word that must follow the cue in its clause for it to state a transfer ("turned to KAI for 24 trainers"); null: none. */
  followedBy: readonly string[] | null;
  /** A noun that tells a transfer only as the object of a cancelling verb: "suspended talks with Washington on 50 F-35s". */
  ended: boolean;
  /** A pledge ("pledged", "promise"): a gift promised stays announced until it is handed over. */
  pledge: boolean;
  /** The party the subject is when a "from" phrase follows the cue ("leases five drones from IAI": the lessee); null: the agent holds. */
  fromAgent: Party | null;
  /** The status of "will" + the cue when its subject is the fromAgent ("the Air Force will lease two Dash 8s from PAL": agreed, awaited); null: the future holds. */
  fromFuture: TransferStatus | null;
  /** An arrival whose object is the place it reaches ("reached Armenia"); with no name after it ("reached a deal") it is no cue. */
  placeObject: boolean;
}

/** A phrase that holds a cue word but states no transfer ("in order to", "give up"). */
export type CuePayload = Cue | null;

export interface TransferRules {
  cues: Gazetteer<CuePayload>;
  statusOrder: TransferStatus[];
  lifecycle: TransferStatus[];
  modality: Set<string>;
  negation: Set<string>;
  prepositions: Map<string, PrepositionRole>;
  /** "according to", "talks with": lower-cased two-word phrases whose preposition marks no party. */
  notPrepositions: Set<string>;
  notModalBeforeTo: Set<string>;
  /** "Besides Bangladesh, Yugoimport has sold": words before a name that set it beside a list, not in it. */
  besideWords: Set<string>;
  /** "over", "instead of": phrases before a system that make it an alternative, not the goods. */
  notGoodsBefore: Set<string>;
  /** "includes", "is": verbs that do not break a cue's hold on the systems after them. */
  carrierVerbs: Set<string>;
  actorNouns: Set<string>;
  /** Nouns heading the name of a country's armed force ("air force", "armed forces"), lower case. */
  forceNouns: string[];
  /** Words that make goods second-hand ("used howitzers"): a past purchase of them is a delivery. */
  secondHandWords: Set<string>;
  /** "Colombia's ageing fleet of Kfir fighters": nouns whose possessor holds the goods after "of". */
  fleetNouns: Set<string>;
  /** "a contract awarded in 2023 to Pap Tecnos": words after which "to" names the seller. */
  awardWords: Set<string>;
  /** The noun before the preposition of a fleet's holder: "in service with", "in use with". */
  fleetWords: Set<string>;
  /** Words that open a relative clause of other goods: "the NH90s it had ordered from France", "jets which were sold by". */
  relativeSubjects: Set<string>;
  /** Subjects that open a relative clause with no pronoun: "the jets it had ordered". */
  contactSubjects: Set<string>;
  /** "offering its Redback for a Romanian program": nouns of a competition, whose country's adjective names no party. */
  bidNouns: Set<string>;
  /** "sent the patrol ship HMS Trent to Guyanese waters": nouns of a place, whose country's adjective names no party (a deployment). */
  placeNouns: Set<string>;
  /** "China regularly sends J-16 fighters and warships around the island": goods sent around or near a place are deployed, not handed over. */
  deploymentPrepositions: Set<string>;
  /** Territories that take arms as states do ("Cook Islands"); any other territory ("reach Antarctica") receives none. */
  receivingTerritories: Set<string>;
  /** "will continue to fly its MiG-29Ks": verbs before "to" and a use word that make it use going on, no plan. */
  goingOnVerbs: Set<string>;
  personRelatives: Set<string>;
  stateFirmWords: Set<string>;
  /** "F-16 parts", "Leopard 2 upgrades": words after a system that make the goods something for it (one or two words). */
  partNouns: Set<string>;
  /** 'sensors used on the drone': the goods after one of these carry what is sold. */
  platformPhrases: Set<string>;
  armingPhrases: Set<string>;
  namingWords: Set<string>;
  reducedRelativeAgents: Set<string>;
  /** "a contract to build two submarines": verbs of making the goods, after a deal and "to". */
  productionVerbs: Set<string>;
  /** "vehicles built by Rheinmetall": participles whose "by" names the maker, no party of the clause's cue. */
  makerVerbs: Set<string>;
  unnamedParties: Set<string>;
  /** Where buyers told only by their region are ("in europe", "abroad"), as words. */
  unnamedMarkets: string[][];
  /** "are still awaited": phrases (as words) that say goods ordered long ago have not come. */
  stillAwaited: string[][];
  sourcePhrases: string[][];
  /** States whose arms makers export through the state ("Boeing KC-46" sold to Israel is a US sale): a maker named only in the system's name gives way to them. */
  stateExporters: Set<string>;
  /** "in", "against": prepositions that take an actor out of the subject's place without naming a party. */
  otherPrepositions: Set<string>;
  /** Verbs whose object does what the verb after it says ("authorised Rheinmetall to export", "let Germany send"). */
  leaveVerbs: Set<string>;
  /** Categories of goods that arm a platform ("Barak MX missiles ... for the Adelaide-class ships"), and of the platforms they arm. */
  armingCategories: Set<string>;
  armedCategories: Set<string>;
  /** Verbs by which one party asks another to act ("asked Athens to transfer"); the last word of "called on". */
  askingVerbs: Set<string>;
  /** Nouns of an intent whose owner does what their infinitive says ("a Danish plan to give", "Spain's request to pass on"). */
  intentNouns: Set<string>;
  /** Words between a possessor and its noun cue ("Serbia's new $1bn purchase"). */
  premodifierFillers: Set<string>;
  irregularParticiples: Set<string>;
  clauseBreaks: Set<string>;
  /** "over", "because of": before a noun cue, they make it the topic of another act ("sanctions over the purchase"). */
  /** "equipped for strike missions before their transfer": a preposition that makes the deal noun after it a time, no stage. */
  datingPrepositions: Set<string>;
  embeddingPrepositions: Set<string>;
  /** "after", "because": open a clause of their own before a subject pronoun ("after it bought"). */
  subordinators: Set<string>;
  reportingVerbs: Set<string>;
  /** Verbs that split off a reporting tail only (", the minister announced on Friday."). */
  reportingTails: Set<string>;
  passiveAuxiliaries: Set<string>;
  /** Words after a verb that open no object of it ("scrapped in 2019", "dropped last year", "froze it"). */
  notObjectWords: Set<string>;
  pronouns: Set<string>;
  adverbs: Set<string>;
  /** "from European missile maker MBDA": region adjectives in a description before a company (lower case). */
  regionAdjectives: Set<string>;
  /** Modals of what may happen, not of what is due ("could be delivered"). */
  possibilityModals: Set<string>;
  /** Words that make a verb cue after them a wish, an option or talks ("may buy", "is considering buying"). */
  tentativeWords: Set<string>;
  /** What a wish word asks for when it is a budget request ("seeking funds to"), as words. */
  fundingNouns: string[][];
  /** Reporting verbs that take the one told before what is told ("told Washington it ..."). */
  tellingVerbs: Set<string>;
  /** Tentative words that are nouns ("pressure", "talks"): tentative only through "to" or "in". */
  tentativeNouns: Set<string>;
  /** "would", "could": modals whose subject, a deal noun after such a determiner, is only supposed. */
  hypotheticalModals: Set<string>;
  /** "is", "would": verbs whose subject a gerund cue opening the clause is ("Buying the jet is the easy part"). */
  gerundSubjectVerbs: Set<string>;
  /** "a Rafale deal would add", "such a purchase could expose": determiners of a deal noun that is only supposed. */
  hypotheticalDeterminers: Set<string>;
  /** "the possible purchase of Russian S-400 systems": adjectives that make a deal noun a deal of its own, told here first. */
  prospectWords: Set<string>;
  /** "includes", "comprises": verbs after such a pronoun that list the deal's goods. */
  listingVerbs: Set<string>;
  /** "It includes two ASC 890 aircraft": pronouns that open a clause for the deal noun of the sentence before. */
  dealPronouns: Set<string>;
  /** "..., which it had bought from Austria, | as well as Stinger missiles": words that go on listing the goods of the clause a relative interrupted. */
  listContinuations: string[][];
  /** Words that say who owns or runs a firm before its name ("state owned", "privately held"). */
  /** Prefixes a hyphen joins to a verb, which stays a verb ("co-producing", "re-exported"). */
  verbPrefixes: Set<string>;
  /** Words that add a measured delivery noun to a verb's object ("two more along with a batch of"). */
  measureJoints: Set<string>;
  /** Nouns of a part of a firm that stands for the firm ("from the British arm of MBDA"). */
  firmPartNouns: Set<string>;
  ownershipWords: Set<string>;
  /** Goods words that describe a firm's trade ("arms maker"). */
  tradeWords: Set<string>;
  /** Verbs besides the cues after "expected to", "due to" that await a stage ("begin", "follow", "join"). */
  awaitedVerbs: Set<string>;
  /** Verbs after "expected to (be)" that await no stage of a transfer ("retired", "upgraded"). */
  unawaitedVerbs: Set<string>;
  /** "are due for a mid-life refit": what the goods held await is no transfer. */
  unawaitedNouns: Set<string>;
  /** "a deal that required Washington's approval": words that make an approval a condition, no stage. */
  requirementWords: Set<string>;
  /** Verbs that put a delivery under way ("began arriving", "started to deliver"). */
  underWayVerbs: Set<string>;
  /** Words that put goods in use ("both fleets have been used", "has operated ... Hornets bought"): goods bought and in use were delivered. */
  useWords: Set<string>;
  /** "and already have them in service": goods bought that a verb joined to the purchase has held since. */
  heldPhrases: string[][];
  /** "has assembled ... under licence": the verbs of making in the past, for goods made under a licence as a fact. */
  madeParticiples: Set<string>;
  /** "assembles Orbiter drones under licence", "has been assembling the Marauder under licence since 2017": making that goes on, whose goods are handed over as made. */
  makingNow: Set<string>;
  /** Subjects of a use verb after a purchase that stand for the goods bought ("they", "both"; fleet nouns too). */
  useSubjects: Set<string>;
  /** "first", "later": adverbs of time between a comma or an auxiliary and a participle (", first displayed", "were later scrapped"). */
  timeAdverbs: Set<string>;
  /** Words before a verb that make it a plan, not a fact ("will be used", "to operate"). */
  planWords: Set<string>;
  /** Purchase verbs in the past ("bought"): with goods in use, a purchase delivered. */
  pastPurchases: Set<string>;
  /** A seller's verb in the simple past ("sold"), and the words before it that make it no simple past. */
  pastSales: Set<string>;
  saleAuxiliaries: Set<string>;
  /** Words of a price ("for 3.5 billion euros", "$"). */
  moneyWords: Set<string>;
  /** Three words that open the alternative chosen over the clause's goods ("in favour of"), whose parties are not theirs. */
  alternativeOpeners: Set<string>;
  /** Nouns of a deal whose "for the supply of" names its content, not a delivery. */
  dealNouns: Set<string>;
  /** Verbs with which a subject holds a fleet ("has built up a large arsenal of"). */
  fleetVerbs: Set<string>;
  /** Things received or delivered that are no goods ("no formal offer has been received"). */
  paperNouns: Set<string>;
  /** Nouns that a head noun before them only modifies ("tank destroyers", "helicopter carrier", "drone maker"). */
  compoundHeads: Set<string>;
  /** Verbs whose "for" names what is bought ("signed for Paramount's Mbombe 4 vehicles"). */
  signingFor: Set<string>;
  /** Verbs of saying whose "when" or "whether" a negation leaves open ("did not say when"). */
  sayingVerbs: Set<string>;
  /** Acts a country does to others ("Russia's invasion"): their owner is no subject of the clause after them. */
  hostileActs: Set<string>;
  /** Nouns of a collection whose "of" phrase names a kind, not one system ("a series of retired warships"). */
  collectionNouns: Set<string>;
  /** Nouns of an intention whose fate is the goods' ("an earlier plan to acquire ... was abandoned"). */
  planNouns: Set<string>;
  /** Things sold for a system that are not the system ("ammunition for Leopard 1 tanks", "spare parts for its F-16s"). */
  supportNouns: Set<string>;
  /** Ordinals after "the" that make the infinitive after them a fact ("the first country to receive"). */
  ordinalFacts: Set<string>;
  /** Words for the part of an order still to come ("with the last two expected"). */
  remainderWords: Set<string>;
  /** Auxiliaries of a present passive ("are handed over"). */
  presentAuxiliaries: Set<string>;
  /** "are often blocked": frequency adverbs that make a stage what usually happens. */
  habitualAdverbs: Set<string>;
  /** Auxiliaries of the past before a negation: "did not arrive until 2019" tells when it came. */
  pastAuxiliaries: Set<string>;
  /** Verbs of a relative on a deal that list its goods ("a deal ... that also covers"). */
  coveringVerbs: Set<string>;
  /** Prepositions that open a relative with an act of its own ("a swap in which Germany supplied"). */
  relativePrepositions: Set<string>;
  /** Words that join goods of one list ("the 44 Leopard tanks and all 24 PzH 2000s"). */
  listJoints: Set<string>;
  /** Words of a build under licence: a licensed builder supplies no fleet ("built by Fokker under licence"). */
  licenceWords: Set<string>;
  /** Auxiliaries of the perfect ("has been received"). */
  perfectAuxiliaries: Set<string>;
  /** Past tenses that are no participle ("gave", "took"): never a present. */
  irregularPast: Set<string>;
  /** Words of a span of time before a subordinator ("weeks before"): it dates, it does not await. */
  timeSpans: Set<string>;
  /** Subordinators of time after which a delivery in the present tense is still to come ("before they are handed over"). */
  awaitingSubordinators: Set<string>;
  /** Words after a participle that make it a reduced relative on the goods before it ("tankers ordered from"). */
  reducedRelativeAfter: Set<string>;
  /** Words that negate a verb plainly ("did not disclose"). */
  plainNegation: Set<string>;
  /** Words after "no" that make a comparison, not a denial ("sold no fewer than 40 jets"). */
  comparativesAfterNo: Set<string>;
  /** Nouns a stage noun can modify to name a detail of it ("a delivery schedule"). */
  detailNouns: Set<string>;
  /** Verbs of telling: a negated one leaves its object untold ("did not disclose ... a delivery schedule"). */
  untoldVerbs: Set<string>;
  /** Words (besides a number) that open a verb's object ("delivered two AW109s", "delivered the jets"). */
  objectOpeners: Set<string>;
  /** Holders' stores goods come from ("from army stocks"); fleets and squadrons are what goods go to. */
  stockNouns: Set<string>;
  /** Words that open an aside set off by commas: a relative clause or an apposition (", then known as AgustaWestland,"). */
  asideOpeners: Set<string>;
  /** Relative pronouns: a relative clause they open that holds no cue names no party ("JF-17s, which it co-produces with China,"). */
  relativePronouns: Set<string>;
  /** Nouns besides the force nouns that name a state's armed force after "the" ("the service"). */
  forceReferences: string[];
  /** Nouns that, after "the", name a state by its kind ("the country", "the Andean country"). */
  stateKindNouns: Set<string>;
  /** States a kind noun can only stand for ("kingdom" -> the monarchies), by lower-case name. */
  statesOfKind: Map<string, Set<string>>;
  /** Objects of a giving verb that are no goods ("give the air force the ability to strike"). */
  abstractGifts: Set<string>;
  /** Words after "given" that make it "considering" ("given what is happening", "given that"), no giving. */
  considering: Set<string>;
  /** Adverbs that make a giver's participle in the goods' phrase an earlier leg ("originally supplied by"). */
  earlierWords: Set<string>;
  /** Words that count part of a group before "of them" ("some of them"). */
  partWords: Set<string>;
  /** Words that open a clause whose subject follows ("the two that the country received"): the participle after the noun is its verb. */
  subjectOpeners: Set<string>;
  /** Words at which a walk back from a noun before a participle leaves its phrase ("a transit point for | cocaine"). */
  nounPhraseStops: Set<string>;
  /** Words between a plural gift noun and its listing verb ("donations to Ukraine have so far included"). */
  listedFillers: Set<string>;
  /** Nouns of asking whose "to" leads on to a cue ("declined a Thai request to buy"): refused, the cue states nothing. */
  requestNouns: Set<string>;
  /** Verbs of a service on goods held that a deal's "to" leads on to ("a contract to overhaul two frigates"): no transfer. */
  serviceVerbs: Set<string>;
  /** Words that open a deal noun told next, not the transfer told before ("One deal has fallen through."). */
  indefiniteOpeners: Set<string>;
  /** What is left of an order, opening a clause with a count ("The remaining four ... are due"): its first part came. */
  restWords: Set<string>;
  /** Particles of a phrasal participle after a plan noun ("a plan drawn up in 2019 to acquire"). */
  participleParticles: Set<string>;
  /** Goods no story names that a later "it" of their clause refers to ("buying whatever it can get from whoever will sell it"). */
  freeRelatives: Set<string>;
  /** Cue words that are adjectives, which tell no stage when a determiner opens their noun phrase ("the western operational command"). */
  adjectiveCues: Set<string>;
  modifierHeads: Set<string>;
  opinionVerbs: Set<string>;
  /** Words after a head noun of goods that end its noun phrase ("coastal missiles days after"), besides prepositions and verbs. */
  phraseEnds: Set<string>;
  /** Words after a headline's "as"/"while" that keep it inside its clause ("as part of"). */
  notSubordinateAfterAs: Set<string>;
  /** Verbs of a headline's clause after "as"/"while" that the word lists do not take for verbs ("as howitzers near delivery"). */
  headlineVerbs: Set<string>;
  /** Verbs that end a cancellation: their cancelling noun object tells none ("lifted its own suspension"). */
  liftingVerbs: Set<string>;
  /** Nouns after "whose" that stand for the state or firm before it ("Germany, whose navy is buying"). */
  whoseBodies: Set<string>;
  /** Words that make a name the lexicon lacks a state agency's, not a firm's ("Centre for Defence Investment"). */
  agencyWords: Set<string>;
  /** Words of a state body's name that name no one ("Ministry of National Defense"). */
  genericBodyWords: Set<string>;
  /** Nouns after a leader's name that make it the state's government ("the Duterte administration"). */
  leaderBodyNouns: Set<string>;
  beneficiaryVerbs: Set<string>;
  beneficiaryNouns: Set<string>;
  punishingWords: Set<string>;
  separableVerbs: Map<string, string>;
  losingWords: Set<string>;
  /** Refusals of an offer told later in its sentence, and the nouns for the offer they take. */
  offerRefusals: { verbs: string[][]; nouns: Set<string> };
  /** Participles that tell goods were only offered ("Germany's Type 212CD offered by TKMS"): set aside, the offer is what lost. */
  offerParticiples: Set<string>;
  /** Verbs whose object lost a competition to their subject, no particle needed ("Diehl's offer beat Israel's Barak MX and Norway's NASAMS"). */
  beatingWords: Set<string>;
  losingParticles: Set<string>;
  talksNouns: Set<string>;
  behalfWords: Set<string>;
  dealSubjectVerbs: Set<string>;
  sameDesignNouns: Set<string>;
  /** Nouns a maker is named after in apposition ("returned the aircraft to the manufacturer NHIndustries"). */
  makerNouns: Set<string>;
  makerAuxiliaries: Set<string>;
  futureAuxiliaries: Set<string>;
  progressiveAuxiliaries: Set<string>;
  planVerbs: Set<string>;
  /** "denied that": verbs before "that" whose clause states nothing. */
  denials: Set<string>;
  /** "ruled out buying": phrases that deny the cue after them. */
  negatingPhrases: string[][];
  /** "bringing the total Spain has delivered": nouns of a running total. */
  totalNouns: Set<string>;
  /** "denied reports ... that": nouns for hearsay that a "that" clause may follow. */
  hearsayNouns: Set<string>;
  /** "Telegram channels claimed that": verbs that tell hearsay. */
  hearsayVerbs: Set<string>;
  /** "completely false", "not confirmed", "no such aircraft": words that disavow hearsay; unsaid ones after a negation or a refusal. */
  disavowals: { words: Set<string>; unsaid: Set<string>; refusals: Set<string>; noSuch: string[][] };
  /** "agreed to send": verbs whose infinitive of giving is a pledge. */
  pledgeVerbs: Set<string>;
  /** "agreed in principle to sell": phrases after a cue that make it and what follows a decision in principle. */
  hedges: string[][];
  /** "to arm Kyiv, sending T-72 tanks": verbs of aid whose object receives what a participle after them gives. */
  aidVerbs: Set<string>;
}

interface CueRecord {
  forms: string[];
  pos: 'verb' | 'noun' | 'none';
  status?: TransferStatus;
  deal?: string | null;
  agent?: Party | null;
  transfer?: boolean;
  future?: TransferStatus;
  arrival?: boolean;
  indirectObject?: boolean;
  thirdParty?: boolean;
  weak?: boolean;
  clauseVerb?: boolean;
  categories?: string[];
  namedRecipient?: boolean;
  progressive?: boolean;
  request?: boolean;
  background?: boolean;
  negated?: TransferStatus;
  passOn?: boolean;
  followedBy?: string | string[];
  ended?: boolean;
  pledge?: boolean;
  fromAgent?: Party;
  fromFuture?: TransferStatus;
  placeObject?: boolean;
}

interface RulesFile {
  cues: CueRecord[];
  statusOrder: TransferStatus[];
  lifecycle: TransferStatus[];
  modality: string[];
  negation: string[];
  prepositions: Record<string, PrepositionRole>;
  notPrepositions: string[];
  notModalBeforeTo: string[];
  besideWords: string[];
  notGoodsBefore: string[];
  carrierVerbs: string[];
  actorNouns: string[];
  forceNouns: string[];
  secondHandWords: string[];
  fleetNouns: string[];
  awardWords: string[];
  fleetWords: string[];
  relativeSubjects: string[];
  contactSubjects: string[];
  bidNouns: string[];
  placeNouns: string[];
  deploymentPrepositions: string[];
  receivingTerritories: string[];
  goingOnVerbs: string[];
  personRelatives: string[];
  stateFirmWords: string[];
  partNouns: string[];
  platformPhrases: string[];
  armingPhrases: string[];
  namingWords: string[];
  reducedRelativeAgents: string[];
  productionVerbs: string[];
  makerVerbs: string[];
  unnamedParties: string[];
  unnamedMarkets: string[];
  stateExporters: string[];
  stillAwaited: string[];
  sourcePhrases: string[];
  otherPrepositions: string[];
  leaveVerbs: string[];
  armingCategories: string[];
  armedCategories: string[];
  askingVerbs: string[];
  intentNouns: string[];
  premodifierFillers: string[];
  irregularParticiples: string[];
  clauseBreaks: string[];
  subordinators: string[];
  datingPrepositions: string[];
  embeddingPrepositions: string[];
  reportingVerbs: string[];
  reportingTails: string[];
  passiveAuxiliaries: string[];
  notObjectWords: string[];
  pronouns: string[];
  adverbs: string[];
  regionAdjectives: string[];
  possibilityModals: string[];
  tentativeWords: string[];
  fundingNouns: string[];
  tellingVerbs: string[];
  tentativeNouns: string[];
  hypotheticalModals: string[];
  gerundSubjectVerbs: string[];
  hypotheticalDeterminers: string[];
  prospectWords: string[];
  listingVerbs: string[];
  dealPronouns: string[];
  listContinuations: string[];
  verbPrefixes: string[];
  measureJoints: string[];
  firmPartNouns: string[];
  ownershipWords: string[];
  tradeWords: string[];
  awaitedVerbs: string[];
  unawaitedVerbs: string[];
  unawaitedNouns: string[];
  requirementWords: string[];
  underWayVerbs: string[];
  useWords: string[];
  heldPhrases: string[];
  madeParticiples: string[];
  makingNow: string[];
  useSubjects: string[];
  timeAdverbs: string[];
  planWords: string[];
  pastPurchases: string[];
  pastSales: string[];
  saleAuxiliaries: string[];
  moneyWords: string[];
  alternativeOpeners: string[];
  dealNouns: string[];
  fleetVerbs: string[];
  paperNouns: string[];
  compoundHeads: string[];
  supportNouns: string[];
  planNouns: string[];
  collectionNouns: string[];
  hostileActs: string[];
  sayingVerbs: string[];
  signingFor: string[];
  ordinalFacts: string[];
  remainderWords: string[];
  presentAuxiliaries: string[];
  habitualAdverbs: { words: string[] };
  pastAuxiliaries: string[];
  coveringVerbs: string[];
  relativePrepositions: string[];
  listJoints: string[];
  licenceWords: string[];
  perfectAuxiliaries: string[];
  irregularPast: string[];
  timeSpans: string[];
  awaitingSubordinators: string[];
  reducedRelativeAfter: string[];
  plainNegation: string[];
  comparativesAfterNo: string[];
  detailNouns: string[];
  untoldVerbs: string[];
  objectOpeners: string[];
  stockNouns: string[];
  asideOpeners: string[];
  relativePronouns: string[];
  forceReferences: string[];
  stateKindNouns: string[];
  statesOfKind: Record<string, string[] | string>;
  abstractGifts: { words: string[] };
  considering: { words: string[] };
  earlierWords: { words: string[] };
  partWords: { words: string[] };
  serviceVerbs: { words: string[] };
  requestNouns: { words: string[] };
  subjectOpeners: { words: string[] };
  nounPhraseStops: { words: string[] };
  listedFillers: { words: string[] };
  freeRelatives: { words: string[] };
  participleParticles: { words: string[] };
  indefiniteOpeners: { words: string[] };
  restWords: { words: string[] };
  adjectiveCues: { words: string[] };
  modifierHeads: { words: string[] };
  opinionVerbs: { words: string[] };
  phraseEnds: { words: string[] };
  notSubordinateAfterAs: { words: string[] };
  headlineVerbs: { words: string[] };
  liftingVerbs: { words: string[] };
  whoseBodies: { words: string[] };
  agencyWords: string[];
  genericBodyWords: string[];
  leaderBodyNouns: string[];
  beneficiaryVerbs: string[];
  beneficiaryNouns: string[];
  punishingWords: string[];
  separableVerbs: Record<string, string>;
  losingWords: string[];
  offerRefusals: { verbs: string[]; nouns: string[] };
  offerParticiples: string[];
  beatingWords: string[];
  losingParticles: string[];
  talksNouns: string[];
  behalfWords: string[];
  dealSubjectVerbs: string[];
  sameDesignNouns: string[];
  makerNouns: string[];
  makerAuxiliaries: string[];
  futureAuxiliaries: string[];
  progressiveAuxiliaries: string[];
  planVerbs: string[];
  denials: string[];
  negatingPhrases: { phrases: string[] };
  totalNouns: { words: string[] };
  hearsayNouns: { words: string[] };
  hearsayVerbs: { words: string[] };
  disavowals: { words: string[]; unsaid: string[]; refusals: string[]; noSuch: string[] };
  pledgeVerbs: string[];
  hedges: string[];
  aidVerbs: string[];
}

let compiled: TransferRules | null = null;

export function transferRules(): TransferRules {
  compiled ??= compile();
  return compiled;
}

function compile(): TransferRules {
  const file = loadData<RulesFile>('transfers/rules.json');
  const cues = new Gazetteer<CuePayload>();
  for (const record of file.cues) {
    const payload: CuePayload =
      record.pos === 'none'
        ? null
        : {
            pos: record.pos,
            status: record.status ?? 'unknown',
            deal: record.deal ?? null,
            agent: record.agent ?? null,
            transfer: record.transfer ?? true,
            future: record.future ?? null,
            arrival: record.arrival ?? false,
            indirectObject: record.indirectObject ?? false,
            thirdParty: record.thirdParty ?? false,
            weak: record.weak ?? false,
            clauseVerb: record.clauseVerb ?? false,
            categories: record.categories ? new Set(record.categories) : null,
            namedRecipient: record.namedRecipient ?? false,
            request: record.request ?? false,
            background: record.background ?? false,
            negatedStatus: record.negated ?? null,
            progressive: record.progressive ?? false,
            passOn: record.passOn ?? false,
            followedBy: record.followedBy === undefined ? null : [record.followedBy].flat(),
            ended: record.ended ?? false,
            pledge: record.pledge ?? false,
            fromAgent: record.fromAgent ?? null,
            fromFuture: record.fromFuture ?? null,
            placeObject: record.placeObject ?? false,
          };
    for (const form of record.forms) cues.add(form, payload);
  }
  return {
    cues,
    statusOrder: file.statusOrder,
    lifecycle: file.lifecycle,
    modality: new Set(file.modality),
    negation: new Set(file.negation),
    prepositions: new Map(Object.entries(file.prepositions)),
    notPrepositions: new Set(file.notPrepositions),
    notModalBeforeTo: new Set(file.notModalBeforeTo),
    besideWords: new Set(file.besideWords),
    notGoodsBefore: new Set(file.notGoodsBefore),
    carrierVerbs: new Set(file.carrierVerbs),
    actorNouns: new Set(file.actorNouns),
    forceNouns: file.forceNouns,
    secondHandWords: new Set(file.secondHandWords),
    fleetNouns: new Set(file.fleetNouns),
    awardWords: new Set(file.awardWords),
    fleetWords: new Set(file.fleetWords),
    relativeSubjects: new Set(file.relativeSubjects),
    contactSubjects: new Set(file.contactSubjects),
    bidNouns: new Set(file.bidNouns),
    placeNouns: new Set(file.placeNouns),
    deploymentPrepositions: new Set(file.deploymentPrepositions),
    receivingTerritories: new Set(file.receivingTerritories),
    goingOnVerbs: new Set(file.goingOnVerbs),
    personRelatives: new Set(file.personRelatives),
    stateFirmWords: new Set(file.stateFirmWords),
    partNouns: new Set(file.partNouns),
    platformPhrases: new Set(file.platformPhrases),
    armingPhrases: new Set(file.armingPhrases),
    namingWords: new Set(file.namingWords),
    reducedRelativeAgents: new Set(file.reducedRelativeAgents),
    productionVerbs: new Set(file.productionVerbs),
    makerVerbs: new Set(file.makerVerbs),
    unnamedParties: new Set(file.unnamedParties),
    unnamedMarkets: file.unnamedMarkets.map((phrase) => phrase.split(' ')),
    stateExporters: new Set(file.stateExporters),
    stillAwaited: file.stillAwaited.map((phrase) => phrase.split(' ')),
    sourcePhrases: file.sourcePhrases.map((phrase) => phrase.split(' ')),
    otherPrepositions: new Set(file.otherPrepositions),
    leaveVerbs: new Set(file.leaveVerbs),
    armingCategories: new Set(file.armingCategories),
    armedCategories: new Set(file.armedCategories),
    askingVerbs: new Set(file.askingVerbs),
    intentNouns: new Set(file.intentNouns),
    premodifierFillers: new Set(file.premodifierFillers),
    irregularParticiples: new Set(file.irregularParticiples),
    clauseBreaks: new Set(file.clauseBreaks),
    subordinators: new Set(file.subordinators),
    datingPrepositions: new Set(file.datingPrepositions),
    embeddingPrepositions: new Set(file.embeddingPrepositions),
    reportingVerbs: new Set(file.reportingVerbs),
    reportingTails: new Set(file.reportingTails),
    passiveAuxiliaries: new Set(file.passiveAuxiliaries),
    notObjectWords: new Set(file.notObjectWords),
    pronouns: new Set(file.pronouns),
    adverbs: new Set(file.adverbs),
    regionAdjectives: new Set(file.regionAdjectives),
    possibilityModals: new Set(file.possibilityModals),
    tentativeWords: new Set(file.tentativeWords),
    fundingNouns: file.fundingNouns.map((phrase) => phrase.split(' ')),
    tellingVerbs: new Set(file.tellingVerbs),
    tentativeNouns: new Set(file.tentativeNouns),
    hypotheticalModals: new Set(file.hypotheticalModals),
    gerundSubjectVerbs: new Set(file.gerundSubjectVerbs),
    hypotheticalDeterminers: new Set(file.hypotheticalDeterminers),
    prospectWords: new Set(file.prospectWords),
    listingVerbs: new Set(file.listingVerbs),
    dealPronouns: new Set(file.dealPronouns),
    listContinuations: file.listContinuations.map((phrase) => phrase.split(' ')),
    verbPrefixes: new Set(file.verbPrefixes),
    measureJoints: new Set(file.measureJoints),
    firmPartNouns: new Set(file.firmPartNouns),
    ownershipWords: new Set(file.ownershipWords),
    tradeWords: new Set(file.tradeWords),
    awaitedVerbs: new Set(file.awaitedVerbs),
    unawaitedVerbs: new Set(file.unawaitedVerbs),
    unawaitedNouns: new Set(file.unawaitedNouns),
    requirementWords: new Set(file.requirementWords),
    underWayVerbs: new Set(file.underWayVerbs),
    useWords: new Set(file.useWords),
    heldPhrases: file.heldPhrases.map((phrase) => phrase.split(' ')),
    madeParticiples: new Set(file.madeParticiples),
    makingNow: new Set(file.makingNow),
    useSubjects: new Set(file.useSubjects),
    timeAdverbs: new Set(file.timeAdverbs),
    planWords: new Set(file.planWords),
    pastPurchases: new Set(file.pastPurchases),
    pastSales: new Set(file.pastSales),
    saleAuxiliaries: new Set(file.saleAuxiliaries),
    moneyWords: new Set(file.moneyWords),
    alternativeOpeners: new Set(file.alternativeOpeners),
    dealNouns: new Set(file.dealNouns),
    fleetVerbs: new Set(file.fleetVerbs),
    paperNouns: new Set(file.paperNouns),
    compoundHeads: new Set(file.compoundHeads),
    supportNouns: new Set(file.supportNouns),
    planNouns: new Set(file.planNouns),
    collectionNouns: new Set(file.collectionNouns),
    hostileActs: new Set(file.hostileActs),
    sayingVerbs: new Set(file.sayingVerbs),
    signingFor: new Set(file.signingFor),
    ordinalFacts: new Set(file.ordinalFacts),
    remainderWords: new Set(file.remainderWords),
    presentAuxiliaries: new Set(file.presentAuxiliaries),
    habitualAdverbs: new Set(file.habitualAdverbs.words),
    pastAuxiliaries: new Set(file.pastAuxiliaries),
    coveringVerbs: new Set(file.coveringVerbs),
    relativePrepositions: new Set(file.relativePrepositions),
    listJoints: new Set(file.listJoints),
    licenceWords: new Set(file.licenceWords),
    perfectAuxiliaries: new Set(file.perfectAuxiliaries),
    irregularPast: new Set(file.irregularPast),
    timeSpans: new Set(file.timeSpans),
    awaitingSubordinators: new Set(file.awaitingSubordinators),
    reducedRelativeAfter: new Set(file.reducedRelativeAfter),
    plainNegation: new Set(file.plainNegation),
    comparativesAfterNo: new Set(file.comparativesAfterNo),
    detailNouns: new Set(file.detailNouns),
    untoldVerbs: new Set(file.untoldVerbs),
    objectOpeners: new Set(file.objectOpeners),
    stockNouns: new Set(file.stockNouns),
    asideOpeners: new Set(file.asideOpeners),
    relativePronouns: new Set(file.relativePronouns),
    forceReferences: file.forceReferences,
    stateKindNouns: new Set(file.stateKindNouns),
    abstractGifts: new Set(file.abstractGifts.words),
    considering: new Set(file.considering.words),
    earlierWords: new Set(file.earlierWords.words),
    partWords: new Set(file.partWords.words),
    serviceVerbs: new Set(file.serviceVerbs.words),
    requestNouns: new Set(file.requestNouns.words),
    subjectOpeners: new Set(file.subjectOpeners.words),
    nounPhraseStops: new Set(file.nounPhraseStops.words),
    listedFillers: new Set(file.listedFillers.words),
    freeRelatives: new Set(file.freeRelatives.words),
    participleParticles: new Set(file.participleParticles.words),
    indefiniteOpeners: new Set(file.indefiniteOpeners.words),
    restWords: new Set(file.restWords.words),
    adjectiveCues: new Set(file.adjectiveCues.words),
    modifierHeads: new Set(file.modifierHeads.words),
    opinionVerbs: new Set(file.opinionVerbs.words),
    phraseEnds: new Set(file.phraseEnds.words),
    notSubordinateAfterAs: new Set(file.notSubordinateAfterAs.words),
    headlineVerbs: new Set(file.headlineVerbs.words),
    liftingVerbs: new Set(file.liftingVerbs.words),
    whoseBodies: new Set(file.whoseBodies.words),
    statesOfKind: new Map(Object.entries(file.statesOfKind).flatMap(([kind, names]) => (Array.isArray(names) ? [[kind, new Set(names.map((n) => n.toLowerCase()))] as const] : []))),
    agencyWords: new Set(file.agencyWords),
    genericBodyWords: new Set(file.genericBodyWords),
    leaderBodyNouns: new Set(file.leaderBodyNouns),
    beneficiaryVerbs: new Set(file.beneficiaryVerbs),
    beneficiaryNouns: new Set(file.beneficiaryNouns),
    punishingWords: new Set(file.punishingWords),
    separableVerbs: new Map(Object.entries(file.separableVerbs)),
    losingWords: new Set(file.losingWords),
    offerRefusals: { verbs: file.offerRefusals.verbs.map((v) => v.split(' ')), nouns: new Set(file.offerRefusals.nouns) },
    offerParticiples: new Set(file.offerParticiples),
    beatingWords: new Set(file.beatingWords),
    losingParticles: new Set(file.losingParticles),
    talksNouns: new Set(file.talksNouns),
    behalfWords: new Set(file.behalfWords),
    dealSubjectVerbs: new Set(file.dealSubjectVerbs),
    sameDesignNouns: new Set(file.sameDesignNouns),
    makerNouns: new Set(file.makerNouns),
    makerAuxiliaries: new Set(file.makerAuxiliaries),
    futureAuxiliaries: new Set(file.futureAuxiliaries),
    progressiveAuxiliaries: new Set(file.progressiveAuxiliaries),
    planVerbs: new Set(file.planVerbs),
    denials: new Set(file.denials),
    negatingPhrases: file.negatingPhrases.phrases.map((p) => p.split(' ')),
    totalNouns: new Set(file.totalNouns.words),
    hearsayNouns: new Set(file.hearsayNouns.words),
    hearsayVerbs: new Set(file.hearsayVerbs.words),
    disavowals: { words: new Set(file.disavowals.words), unsaid: new Set(file.disavowals.unsaid), refusals: new Set(file.disavowals.refusals), noSuch: file.disavowals.noSuch.map((p) => p.split(' ')) },
    pledgeVerbs: new Set(file.pledgeVerbs),
    hedges: file.hedges.map((h) => h.split(' ')),
    aidVerbs: new Set(file.aidVerbs),
  };
}
