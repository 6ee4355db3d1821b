/**
 * The transfers stage: adds `layers.transfers` from weapons, actors and dates. Runs last.
 *   per sentence: clauses -> cues (status, deal) -> what is transferred (weapons, unnamed arms)
 *   -> parties (supplier, recipient) -> one draft per item
 *   then refine (./merge.ts): give a transfer with no recipient the sentence's or the story's
 *   recipient, and goods that arrived at an unnamed place the story's country; merge drafts of the
 *   same transfer; give one still without a supplier the maker, the story's one seller or supplier
 *   of the system, else its origin; mark requests of approved sales approved; read the stage the
 *   dates give (a purchase years back delivered, a delivery after the story pending); drop those
 *   still missing a party; number them t1, t2, ...
 * A clause whose cues are all negated ("would stop buying") states no transfer. A clause that names
 * nothing but a delivery ("Deliveries are expected to begin in 2028", "confirmed the delivery")
 * moves the transfer told just before it along. Unnamed arms need a verb cue, a transfer cue and both
 * parties, and count only where the clause names no system.
 */
import type { Actor, TransferStatus } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { isPossessiveMark, phraseAt, type Token } from '../../nlp/tokens.js';
import { parseSentence } from '../../nlp/parse.js';
import { actorSpans, type ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { scanSentence } from '../../3-annotate/weapons/scan.js';
import { isShipName } from '../../3-annotate/weapons/aliases.js';
import { SHIP_CATEGORIES } from '../../3-annotate/weapons/recognise.js';
import { dealPronoun, deliveryOnly, inheritParties, partGoods, passedOn, pronounGoods } from './anaphora.js';
import { draftsFor, listJoint, makerAfter, makerByNoun } from './assign.js';
import { evidenceOf, textOf } from './evidence.js';
import { disavowsHearsay, isParticiple, splitClauses, THING_RELATIVE, type Clause } from './clauses.js';
import { withTotalGivers } from './totals.js';
import { clauseStatus, findCues, type CueHit } from './cues.js';
import { isAgent, isAlternative, isGoverned, itemCues, listEnd, listedOn, overlapsCue, participleOn, platformsOf } from './goods.js';
import { itemsOf, type Item } from './items.js';
import { possessedSystems } from './holders.js';
import { complete, mergeDrafts, withClauseMates, withApprovedRequests, withHeadlineCompanies, withHomeArrivals, withHolders, withAdjectiveHolders, withMakersSelling, withRespectiveSuppliers, withHomeBodies, withPassedOnPurchases, withPlacedBodies, withMainRecipient, withNavyRecipients, withOriginSupplier, withPastDeliveries, withRelativeBuyers, withoutClassUnits, withRecentRecipients, withUnitClasses, type Draft, type Gift } from './merge.js';
import { weaponLexicon } from '../../lexicon/weapons.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { transferRules } from './rules.js';
import { actorBefore, forceNounAt, homeCountry, isSeller, isTerritory, livingState, partyOf, readParties, stateOfKind, type ClauseParties, type RolePhrase } from './parties.js';
import { earlierLeg, type EarlierLeg } from './onward.js';
import { kindOf, openingSystems, withLaterNames } from './later-name.js';
import { lexiconType } from '../../lexicon/actors.js';

export function assembleTransfers(doc: AnalysisDocument): void {
  const actors = actorSpans(doc);
  const drafts: Draft[] = [];
  // Offers to no one named: no transfer, but their supplier sells the system.
  const offered: Draft[] = [];
  // "44 Lynx vehicles built by Rheinmetall": the maker a sentence that tells a transfer names for a system.
  const builders = new Map<string, Set<string>>();
  // "The 91-metre ship was built by Turkish shipyard Dearsan": one a sentence that tells none names for
  // the system its subject refers to, the supplier of last resort.
  const laterBuilders = new Map<string, Set<string>>();
  // ... and in any sentence: who holds goods told of with no transfer ("ELM-2084 radars made by Elta Systems").
  const makers = new Map<string, Set<string>>();
  // Deals told with their parties and no goods ("a new donation package for Ukraine"): never output.
  const frames: Draft[] = [];
  // Each clause's supplier and recipient when a giving verb names both, in story order.
  const given: Gift[] = [];
  // The deal noun of the latest frame, and its sentence, for "It includes ..." in the sentence after.
  let frameCue: { cue: CueHit; sentence: number } | null = null;
  let previousSubject: Actor | null = null;
  // Where the latest transfer clause's subject was read, and the actor that opens each sentence.
  let subjectSentence = -1;
  let opener: Actor | null = null;
  // ... and the one that opens the story's first sentence.
  let lead: Actor | null | undefined;
  // The story's own state: the dateline's, else the one the headline opens with.
  const ownState = actors.datelineCountry ?? headlineCountry(doc, actors);
  const goodsStarts = new Set(doc.layers.weapons.flatMap((w) => w.mentions.map((m) => m.start)));
  // A company: an organisation that acts for itself, not for a state.
  const isCompany = (id: string) => {
    const actor = actors.byId.get(id);
    return actor !== undefined && isSeller(actor, actors);
  };
  for (const sentence of doc.sentences) {
    if (sentence.role === 'byline') continue;
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    // "Algeria has long been one of Russia's customers. Last year it received ...": a pronoun two
    // sentences or more after the latest transfer clause stands for the actor that opened the sentence before.
    const before = opener;
    opener = openingActor(tokens, actors);
    if (lead === undefined && sentence.role === 'body') lead = opener;
    if (before && subjectSentence < sentence.index - 1) previousSubject = before;
    const isActorEnd = (i: number) => {
      const span = tokens[i] && actors.at(tokens[i].start);
      return Boolean(span && span.end === tokens[i]!.end);
    };
    // A cue word inside a system's name is part of the name: "F-16 Block 70" blocks nothing.
    const inName = namedTokens(doc, tokens, sentence.start, sentence.end);
    // (A weapon's mention opens at a token: "once the Ankas enter service" names goods of its own.)
    const isGoods = (i: number) => goodsStarts.has(tokens[i]?.start ?? -1);
    // (Only a sentence with a verb of hearsay asks whether the next one disavows it.)
    const next = doc.sentences[sentence.index + 1];
    const hearsay = tokens.some((t) => transferRules().hearsayVerbs.has(t.lower));
    const disavowedNext = Boolean(hearsay && next && disavowsHearsay(doc.tokens.slice(next.tokenStart, next.tokenEnd)));
    const clauses = splitClauses(tokens, sentence.role === 'headline', isActorEnd, isGoods, disavowedNext).map((clause) => ({
      clause,
      // ... and so is one inside an actor's name: "China National Aero-Technology Import and Export Corporation".
      cues: findCues(tokens, clause, isActorEnd)
        .filter((c) => !inName.slice(c.first, c.last + 1).some(Boolean) && !inActorName(tokens, c, actors))
    }));
    // "It includes two ASC 890 aircraft" after a package told with no goods: the pronoun is the package.
    const opening = clauses[0];
    // (frameCue is set by keepFrame, a closure, which the compiler's narrowing does not follow.)
    const latest = frameCue as { cue: CueHit; sentence: number } | null;
    // ("That includes 22 M109 howitzers ..., delivered in 2022": the pronoun stands for it beside a stage told of the goods.)
    const referred = opening && latest?.sentence === sentence.index - 1 ? dealPronoun(tokens, opening.clause, latest.cue) : null;
    if (opening && referred) opening.cues = [referred, ...opening.cues];
    // "US sends Strykers to Ukraine in $2.5 billion aid package": a headline's present tense of a
    // giving verb, beside a package of aid, tells the decision; the body says whether the goods arrived.
    if (sentence.role === 'headline') {
      // ("Germany delivers first IRIS-T system to Ukraine under aid package": a first unit is a handover.)
      const first = tokens.some((t, k) => t.lower === 'first' && tokens[k + 1]?.lower !== 'time');
      for (const c of clauses) if (!first && c.cues.some((h) => h.cue.pos === 'noun' && h.cue.deal === 'aid')) c.cues = c.cues.map((h) => headlineStage(tokens, h));
    }
    const recordMakers = (found: readonly Item[], into: Map<string, Set<string>>) => {
      for (const item of found) {
        const builder = item.weapon ? makerAfter(tokens, item, actors) : null;
        if (builder && item.weapon) into.set(item.weapon.id, (into.get(item.weapon.id) ?? new Set()).add(builder.id));
      }
    };
    // ("The launchers work with ELM-2084 radars made by Elta Systems": a sentence that tells no transfer
    // names a maker that holds the goods, not one that supplies a transfer told elsewhere.)
    if (!clauses.some((c) => c.cues.some((cue) => !cue.negated))) {
      // (Only a sentence with a maker's verb can name one: most sentences of a story tell no transfer.)
      if (tokens.some((t) => transferRules().makerVerbs.has(t.lower))) {
        const found = itemsOf(doc, scanSentence(doc, sentence.index), actors);
        recordMakers(found, makers);
        // ("... commissioned the corvette Deniz Han. The 91-metre ship was built by Turkish shipyard
        // Dearsan": one that opens with a reference to a system told before names its builder, the
        // supplier of last resort.)
        recordMakers(found.filter((item) => item.phrase.first === 0 && weaponLexicon().words.referenceDeterminers.has(tokens[0]!.lower)), laterBuilders);
      }
      continue;
    }
    const sentenceCues = clauses.flatMap((c) => c.cues);
    const items = itemsOf(doc, scanSentence(doc, sentence.index), actors).map((item) => afterIndirectObject(item, tokens, sentenceCues, actors));
    recordMakers(items, builders);
    const byNoun = makerByNoun(tokens, items, actors);
    if (byNoun) builders.set(byNoun.system, (builders.get(byNoun.system) ?? new Set()).add(byNoun.maker.id));
    recordMakers(items, makers);
    const tagsAt = (i: number): Set<string> => {
      const token = tokens[i]!;
      return parseSentence(doc, sentence.index).terms.find((t) => t.start <= token.start && token.start < t.end)?.tags ?? new Set();
    };
    const isNounAt = (i: number): boolean => tagsAt(i).has('Noun') && !tagsAt(i).has('Verb');
    const platforms = platformsOf(tokens, items, sentenceCues);
    // Who holds goods the story told of with no transfer: the actor that opened the sentence before,
    // else the one maker the story names for them ("radars made by Elta Systems"), else the dateline's state.
    const holderOf = (system: string): string | null => {
      const made = makers.get(system);
      return before?.id ?? (made?.size === 1 ? [...made][0]! : null) ?? actors.datelineCountry?.id ?? null;
    };
    const inWeapon = tokens.map(() => false);
    for (const item of items) for (let k = item.phrase.first; k <= item.phrase.last; k++) inWeapon[k] = true;
    // The goods that open the clause before: "The first three Anka drones were built in Türkiye |
    // and handed over to the Kazakh Air Defence Forces" hands over the drones.
    let openingGoods: Item[] = [];
    // ... and those that open the clause an object relative interrupts ("The first four Leopards, | which
    // Ottawa pledged in January, | have already been flown to Poland").
    let mainGoods: Item[] = [];
    // ... and who received them in that relative ("which Lithuania received from Germany").
    let heldBy: Actor | null = null;
    // The drafts of the clause an object relative interrupts, for goods listed on after the relative.
    let [mainFrom, mainTo] = [drafts.length, drafts.length];
    let previousFirst = 0;
    for (const { clause, cues: all } of clauses) {
      if (!clause.relative && !clause.aside && !clause.resumes) mainFrom = drafts.length;
      if (clause.relative || clause.aside) mainTo = drafts.length;
      // ("Norway's Fridtjof Nansen-class frigates, which were built by Navantia | and delivered between
      // 2006 and 2011": a verb phrase after a relative shares the relative's subject, the goods it hangs on.)
      const relativeGoods = clause.sharesSubject ? goodsBeforeRelative(tokens, items, previousFirst, clause.first) : [];
      const opened = relativeGoods.length > 0 ? relativeGoods : clause.resumes ? mainGoods : openingGoods;
      previousFirst = clause.first;
      openingGoods = items.filter((item) => item.weapon && item.phrase.first >= clause.first && item.phrase.first - clause.first <= OPENING_GOODS_WORDS);
      if (!clause.relative && !clause.aside) mainGoods = openingGoods;
      // "approve any resale": a third party's consent is no transfer of its own, nor are the words
      // after it ("that Berlin has given to Ukraine, and turned down a request to re-export ...").
      const thirdParty = all.find((c) => c.cue.thirdParty && !c.negated);
      const told = thirdParty ? all.filter((c) => c.last < thirdParty.first) : all;
      // ("handed over to Ukraine the MiG-29s it had received from Germany": the relative's verb and
      // party tell the first leg, not this clause's transfer.)
      const leg = earlierLeg(tokens, clause, told, items, actors);
      const cues = leg ? told.filter((c) => c !== leg.cue) : told;
      const status = clauseStatus(cues);
      if (status === null && clause.resumes) drafts.push(...listedOn(doc, tokens, clause, items, drafts.slice(mainFrom, mainTo)));
      if (status === null || (thirdParty && !cues.some((c) => c.cue.pos === 'verb' && c.cue.transfer && !c.negated))) continue;
      // ("India has been Nepal's largest supplier and has already given it two Dhruvs": a verb phrase
      // that shares the subject of a clause with no transfer shares the actor that opens the sentence.)
      // ("Russian forces captured launchers. ... the Georgian army lost Hermes 450 drones, which it had
      // bought": a relative's "it" after a main clause that told no transfer stands for a name of that clause.)
      const ownName = (at: number) => at >= 0 && actors.at(tokens[at]!.start)?.form !== 'adjective';
      const relativeSubject = clause.relative && subjectSentence !== sentence.index ? actorBefore(tokens, clause.first, actors, null, false, ownName) : null;
      const sharedSubject = relativeSubject ?? ((clause.sharesSubject && subjectSentence !== sentence.index) || clause.subjectAfter ? (opener ?? previousSubject) : previousSubject);
      const parties = readParties(tokens, clause, cues, actors, inWeapon, sharedSubject, isNounAt);
      const kindRecipient = parties.phrases.some((p) => p.role === 'recipient') ? null : stateAfterTo(tokens, clause, actors, ownState, cues);
      if (kindRecipient) parties.phrases.push(kindRecipient);
      // ("Lockheed Martin has not yet handed over any of the 66 F-16s Taiwan ordered from the United
      // States": goods the relative's buyer awaits from another giver are not passed on by that buyer.)
      const otherGiver = leg?.holder && parties.subject && partyOf(parties.subject, actors) !== leg.holder && parties.phrases.some((p) => p.source === 'subject' && p.role === 'supplier' && p.party === parties.subject);
      if (leg && !otherGiver) drafts.push(...passOnward(doc, tokens, clause, leg, parties, sentence.index, actors));
      // ("dropped plans to buy Apaches, two years after Washington approved the sale. It has instead
      // received": "it" is the main clause's subject, not a subordinate clause's.)
      if (parties.subject && !(clause.first > 0 && transferRules().subordinators.has(tokens[clause.first]!.lower))) [previousSubject, subjectSentence] = [parties.subject, sentence.index];
      const live = cues.filter((c) => !c.negated);
      // Who gave to whom, goods named or not ("Luxembourg has sent arms to Kyiv"), for goods told next with no recipient.
      const [giver, taker] = [parties.phrases.find((p) => p.role === 'supplier')?.party, parties.phrases.find((p) => p.role === 'recipient')?.party];
      if (giver && taker && giver !== taker && live.some((c) => c.cue.pos === 'verb' && c.cue.transfer)) given.push({ supplier: giver.id, recipient: taker.id, sentence: sentence.index });
      // "The package includes Hellfire missiles": goods the clause only lists share the deal's stage.
      const inClause = items.filter((i) => i.weapon && i.phrase.first >= clause.first && i.phrase.last <= clause.last);
      const systems = new Set(inClause.map((i) => i.weapon!.id));
      // (Where the clause names a system for the first time.)
      const introduced = inClause.filter((i) => i.weapon!.mentions[0]!.start >= tokens[i.phrase.first]!.start && i.weapon!.mentions[0]!.start < tokens[i.phrase.last]!.end).map((i) => i.phrase.first);
      const deal = inheritParties(tokens, live, parties, frames.length ? [...drafts, ...frames].sort((a, b) => a.sentence - b.sentence) : drafts, actors, systems, introduced);
      // ("The package also includes ScanEagle drones ..., without giving a delivery date for the drones": listed, not handed over.)
      const untold = sentenceCues.some((c) => c.negated && c.cue.pos === 'noun' && c.cue.status === 'delivered');
      const listed = deal && !live.some((c) => c.cue.pos === 'verb') ? (untold && deal.status === 'delivered' ? 'announced' : deal.status) : null;
      const found = items.filter(
        (item) =>
          ((item.phrase.first >= clause.first && item.phrase.first <= clause.last && !isAgent(tokens, item, live, actors, inWeapon)) || antecedentOf(tokens, clause, item, inWeapon)) &&
          !platforms.has(item) &&
          // Goods set aside ("replaced the M109s") keep what their own partitive relative tells of them.
          (((clause.partitive || clause.relative) && item.phrase.last < clause.first) || !isAlternative(tokens, item, live, clause)) &&
          carried(tokens, item, live) &&
          isGoverned(tokens, clause, item, cues, inWeapon, actors, tagsAt),
      );
      // ("A planned transfer of three Gazelle helicopters, which had been agreed in 2023, | was called off":
      // the fate of goods an object relative interrupted is theirs too.)
      // ("The JF-17 fighters that Baku bought from Pakistan | are still awaited": so is the wait for them.)
      const shared = (clause.sharesSubject || clause.resumes) && !found.some((item) => item.weapon) && live.some((c) => c.cue.pos === 'verb' && (c.cue.transfer || (clause.resumes && (c.status === 'cancelled' || c.status === 'pending')))) ? opened : [];
      const here = shared.length > 0 ? shared : found;
      // The goods were the subject: the verb they share is passive, and the earlier subject is no party of it.
      if (shared.length > 0) parties.phrases = parties.phrases.filter((p) => p.source !== 'subject' && p.source !== 'pronoun');
      // ("Chile operates two Scorpène submarines, built by France's DCN | and delivered in 2005": goods a
      // reduced relative hangs on went to the one the clause before has hold them.)
      const holder = relativeGoods.length > 0 && shared.length > 0 && !parties.phrases.some((p) => p.role === 'recipient') ? drafts.find((d) => d.sentence === sentence.index && d.recipient && relativeGoods.some((i) => i.weapon!.id === d.system)) : undefined;
      const held = holder?.recipient ? actors.byId.get(holder.recipient) : undefined;
      if (held) parties.phrases.push({ role: 'recipient', party: held, at: clause.first, preposition: null, source: 'subject', cue: null });
      // ("The M113s, which Lithuania received from Germany, | have been handed to Ukraine": who received
      // them in the relative passes them on.)
      if (shared.length > 0 && clause.resumes && heldBy && !parties.phrases.some((p) => p.role === 'supplier') && parties.phrases.some((p) => p.role === 'recipient' && p.party !== heldBy) && live.some((c) => c.cue.agent === 'supplier' || c.status === 'pending')) {
        parties.phrases.push({ role: 'supplier', party: heldBy, at: clause.first, preposition: null, source: 'subject', cue: null });
      }
      // A deal with its parties and no goods of its own, for "The package includes ..." / "It includes ..." to refer to.
      const keepFrame = () => {
        const frame = dealFrame(tokens, clause, live, parties.phrases, status, sentence.index, evidenceOf(doc, tokens, clause));
        if (!frame) return;
        frames.push(frame);
        frameCue = { cue: frameNoun(live, status)!, sentence: sentence.index };
      };
      // ("Poland's version of the Patriot, whose first two batteries were delivered": the antecedent's owner holds its units.)
      const owner = clause.partitive && !parties.phrases.some((p) => p.role === 'recipient') ? antecedentOwner(tokens, clause, here, actors) : null;
      if (owner) parties.phrases.push({ role: 'recipient', party: owner.party, at: owner.at, preposition: null, source: 'owner', cue: null });
      if (clause.relative) heldBy = parties.phrases.find((p) => p.role === 'recipient' && (p.source === 'subject' || p.source === 'pronoun'))?.party ?? null;
      // ("Eight of them were handed to Ukraine": the count is no goods of its own.)
      // ("Eight of the radars were delivered": nor is a later reference the count takes part of.)
      const part = partGoods(doc, tokens, clause, live, status, drafts, sentence.index, parties, holderOf, here);
      if (part.length > 0) {
        drafts.push(...part);
        continue;
      }
      if (here.length === 0) {
        const given = parties.phrases.find((p) => p.role === 'recipient' && p.source === 'preposition')?.party.id ?? null;
        const passed = passedOn(doc, tokens, clause, live, status, drafts, sentence.index, given);
        const pronouns = passed.length ? [] : pronounGoods(doc, tokens, clause, live, status, drafts, sentence.index, parties, isCompany);
        drafts.push(...(passed.length ? passed : pronouns.length ? pronouns : deliveryOnly(doc, tokens, clause, live, status, drafts, sentence.index, parties.phrases, parties.subject?.id ?? null, actors.datelineCountry?.id ?? null)));
        // "approved a new donation package for Ukraine": a deal with its parties and no goods yet, for
        // "The package also includes ..." to refer to.
        keepFrame();
        continue;
      }
      // "Sweden unveiled its 16th military aid package for Ukraine": goods that are only the deal's own
      // words ("military aid") leave the deal a frame for "The package includes ..." too.
      // ("Norway has given Ukraine large amounts of equipment. That includes ...": so do goods named by no system.)
      // ("approved the sale to Israel of nearly $3 billion in bombs, guidance kits and bulldozers. The
      // package includes GBU-39 ...": so does a sale approved of goods named by no system.)
      if (here.every((item) => !item.weapon) && (here.every((item) => overlapsCue(item, live)) || givingVerb(live) !== undefined || approvedSale(live, status) !== undefined)) keepFrame();
      const named = here.some((item) => item.weapon);
      // The reduced relatives of the clause and the goods each hangs on ("Mi-17 helicopters bought from Russia").
      const participles = live.flatMap((cue) => {
        const on = participleOn(tokens, cue, inWeapon);
        return on === null ? [] : [{ cue, on }];
      });
      const unnamedAllowed = !named && live.some((c) => c.cue.pos === 'verb') && live.some((c) => c.cue.transfer);
      for (const item of here) {
        // Unnamed arms say whose or how many ("Israel-made arms", "six Chinese drones"); "keep buying weapons" is no transfer.
        const described = item.phrase.origin !== null || item.phrase.demonym !== null || item.phrase.quantity !== null || Boolean(item.phrase.vague);
        if (!item.weapon && (!unnamedAllowed || !described || overlapsCue(item, live))) continue;
        // "a Chinese offer of JF-17 jets": an offer to no one named is no transfer, and says nothing of
        // the other goods of its clause ("bought F-16s, ending a search that had included an offer of ...").
        const offer = offerOf(tokens, item, cues);
        const own = itemCues(tokens, item, cues, inWeapon).filter((c) => c === offer || !(c.cue.namedRecipient && c.cue.pos === 'noun' && tokens[c.last + 1]?.lower === 'of'));
        // No cue of the clause speaks of the item ("France, which offered Rafale fighters, and ... Turkey, whose KAAN jet").
        if (own.length === 0) continue;
        const stating = own.filter((c) => !c.negated && c.cue.transfer);
        const offerOnly = stating.length > 0 && stating.every((c) => c.cue.namedRecipient);
        // The subject of another verb is not whom an offer is made to: "to Serbia" must say it.
        if (offer && !parties.phrases.some((p) => p.role === 'recipient' && (p.source === 'preposition' || p.source === 'object'))) continue;
        // "unveiled two Mi-24s and a Mi-8 delivered by Russia": showing the goods tells no stage of its own.
        const shown = own.length > 0 && own.every((c) => !c.cue.transfer && c.cue.status === 'announced');
        const others = here.filter((other) => other !== item).map((other) => other.phrase.first);
        // Goods of the clause that are not its goods ("after failing to get Patriot missiles from the United States") keep their parties.
        const setApart = items.filter((other) => other.weapon && !here.includes(other) && other.phrase.first > item.phrase.last && other.phrase.last <= clause.last).map((other) => other.phrase.last);
        // ("took delivery of PCL-09 howitzers in 2021, adding to Mi-17 helicopters bought from Russia": so
        // do the parties of a reduced relative on later goods not listed with the item.)
        const goodsOf = (on: number) => items.find((other) => other.phrase.first <= on && on <= other.phrase.last);
        for (const { cue, on } of participles) {
          const goods = on > item.phrase.last ? goodsOf(on) : undefined;
          if (goods && !tokens.slice(item.phrase.last + 1, goods.phrase.first).every(listJoint)) setApart.push(cue.first);
        }
        // (Not when the goods are the same system, nor when the item says it shares them: "from the same yard".)
        const sameAgain = tokens.slice(item.phrase.last + 1, item.phrase.last + 1 + SAME_REACH).some((t) => t.lower === 'same');
        const earlierRelatives: [number, number][] = sameAgain
          ? []
          : participles
              .filter(({ cue, on }) => on < item.phrase.first && cue.last < item.phrase.first && goodsOf(on)?.weapon !== item.weapon)
              .map(({ cue }) => [cue.first, Math.min(item.phrase.first, ...items.filter((other) => other.phrase.first > cue.last).map((other) => other.phrase.first))]);
        const found = draftsFor(doc, tokens, clause, own.filter((c) => !c.negated), item, parties, listed ?? (shown ? null : clauseStatus(own)) ?? status, sentence.index, actors, live, others, setApart, earlierRelatives);
        if (listed) for (const d of found) d.deal = deal!.deal ?? d.deal;
        if (addedTo(tokens, clause, item)) for (const d of found) d.added = true;
        // ("Argentina has expressed interest in buying JF-17s": no claim unless another statement makes one.)
        // ("a framework deal under which it is considering transferring ...": the verb tells what the deal holds.)
        // ("had been in talks with Leonardo for M-346 trainers, but ...": so are talks only a later clause ends.)
        const verbs = stating.filter((c) => c.cue.pos === 'verb' || c.tentative);
        if (verbs.length > 0 && verbs.every((c) => c.tentative)) for (const d of found) d.tentative = true;
        for (const d of respectively(tokens, clause, item, found, parties.phrases)) {
          // An offer names whom it is made to ("offered Serbia ...", "to Serbia"), not whom it competes
          // with; the one who offers still says who sells the system.
          if (offerOnly && (!d.recipient || d.recipientSource === 'counterpart')) {
            if (d.system && d.supplier) offered.push({ ...d, recipient: null });
            continue;
          }
          if (item.weapon || (d.supplier && d.recipient)) drafts.push(d);
        }
      }
    }
  }
  // The maker of a system, when it is a country actor of the story, for transfers with no supplier.
  // (Not a state that no longer exists: "Soviet-era S-300 missiles" given away today are not the Soviet Union's.)
  const origins = new Map(doc.layers.weapons.filter((w) => w.origin && livingState(actors.byId.get(w.origin))).map((w) => [w.id, w.origin!]));
  const home = (id: string) => {
    const actor = actors.byId.get(id);
    return actor ? homeCountry(actor, actors) : null;
  };
  // The one company of a group the story names ("Airbus Helicopters" of Airbus), else null; not one
  // whose name says it makes goods of another kind (no A400M from "Airbus Helicopters").
  const divisionOf = (company: string, system: string | null) => {
    const category = doc.layers.weapons.find((w) => w.id === system)?.category;
    const divisions = [...actors.byId.values()].filter((a) => a.memberOf === company);
    const kind = divisions.length === 1 ? kindOf(divisions[0]!.name) : null;
    return divisions.length === 1 && (category === undefined || kind === null || kind === 'generic' || kind === category) ? divisions[0]!.id : null;
  };
  // A company at home in the recipient's country (a country itself is never "at home" in another),
  // or a state and a company of its own ("Navantia delivered the corvette built for Saudi Arabia" is no
  // sale from Spain to Navantia).
  const domestic = (supplier: string, recipient: string) => (actors.byId.get(supplier)?.kind !== 'country' || isCompany(recipient)) && home(supplier) !== null && home(supplier) === home(recipient);
  const years = new Map(doc.layers.dates.filter((t) => /^\d{4}/.test(t.value)).map((t) => [t.id, Number(t.value.slice(0, 4))]));
  const yearOf = (id: string) => years.get(id) ?? null;
  const referenceYear = doc.referenceDate ? Number(doc.referenceDate.slice(0, 4)) : null;
  // Whether a sentence names a year after the story's ("the first jets due in 2027"; not "retired next
  // year") or says that goods are still awaited ("Fourteen Su-30MKA fighters that Algeria ordered from
  // Moscow in 2019 are still awaited"). Asked only of purchases made years before the story.
  const awaitedIn = (index: number) => {
    const sentence = doc.sentences[index];
    if (!sentence || referenceYear === null) return false;
    const later = doc.layers.dates.some((t) => t.start >= sentence.start && t.end <= sentence.end && /\b\d{4}\b/.test(t.text) && /^\d{4}/.test(t.value) && Number(t.value.slice(0, 4)) > referenceYear);
    const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    return later || words.some((_, k) => transferRules().stillAwaited.some((phrase) => phraseAt(words, k, phrase)));
  };
  const storyCountry = ownState?.id ?? null;
  const headline = doc.sentences.find((s) => s.role === 'headline')?.index ?? null;
  // "Latvia receives first Naval Strike Missile coastal defence battery": the buyer the headline names.
  // (Not the buyer of a sale by the story's own state, "AOI signs deal to export Temsah armoured
  // vehicles to Djibouti" datelined CAIRO: what Egypt buys in that story is Egypt's; a gift's taker,
  // "Finland to send three Leopard mine-clearing tanks to Ukraine", stays the main one.)
  const headlineDraft = drafts.find((d) => d.sentence === headline && d.recipient);
  const homeExport = Boolean(headlineDraft?.supplier && headlineDraft.deal === 'sale' && storyCountry && (headlineDraft.supplier === storyCountry || home(headlineDraft.supplier) === actors.byId.get(storyCountry)?.name));
  const headlineBuyer = homeExport ? null : (headlineDraft?.recipient ?? null);
  // ... else the dateline's state, when the story has it buy or receive something else.
  const datelineBuyer = storyCountry && drafts.some((d) => d.recipient === storyCountry && d.supplier) ? storyCountry : null;
  // "(Bloomberg) -- Taiwan has received ..., its Defense Ministry said": with no dateline, the state the
  // headline opens with owns the story's stateless bodies, unless it supplies arms in the story.
  // With neither, the country the story names far more often than any other ("The Department of
  // Defence has signed ... over Ireland", "Irish troops").
  const supplies = (id: string | null) => id !== null && drafts.some((d) => d.supplier === id);
  const storyHome = storyCountry ?? actors.mostNamedCountry()?.id ?? null;
  // ("THE Trinidad and Tobago Coast Guard yesterday took delivery of four boats donated by the United
  // States": else the state whose name or body opens the story's first sentence, when it supplies nothing.)
  const leadHome = lead?.kind === 'country' && !supplies(lead.id) ? lead.id : null;
  const bodyHome = actors.datelineCountry?.id ?? (storyHome && !supplies(storyHome) ? storyHome : leadHome);
  const buyer = headlineBuyer ? { id: headlineBuyer, why: "the headline's buyer" } : datelineBuyer ? { id: datelineBuyer, why: "the dateline's state" } : null;
  const companyOf = (company: string, country: string) => isCompany(company) && home(company) === actors.byId.get(country)?.name && actors.byId.get(country)?.kind === 'country';
  // A state body the story ties to no country (no country word, no dateline): "the Equipment Development Department".
  const isCountry = (id: string) => actors.byId.get(id)?.kind === 'country';
  // An organisation that acts for no state the story names, no company, no alliance or militia: a body of some state.
  const stateless = (id: string) => {
    const actor = actors.byId.get(id);
    const type = actor ? lexiconType(actor) : null;
    if (actor === undefined || actor.kind !== 'organization' || partyOf(actor, actors) !== actor || homeCountry(actor, actors) !== null) return false;
    // "the Centre for Defence Investment": a name the lexicon lacks that speaks of defence is an agency, not a firm.
    const agency = type === null && actor.name.toLowerCase().split(/\s+/).some((w) => transferRules().agencyWords.has(w));
    return (!isSeller(actor, actors) || agency) && (type === null || actorRules().stateBodyTypes.has(type));
  };
  // ... named as a civil body ("Equipment Development Department"), no force (a force with a name of
  // its own may be a militia, "Liberation Army"): the state its system goes to, not the dateline's.
  const unplaced = (id: string) => {
    const name = ` ${actors.byId.get(id)?.name.toLowerCase() ?? ''} `;
    return stateless(id) && actorRules().governmentBodies.some((body) => !transferRules().forceNouns.includes(body) && name.includes(` ${body} `));
  };
  // The refiners, in the order they run: parties the clauses left open, one transfer per triple, then
  // the story-wide readings of suppliers, bodies, requests and dates; a claim needs both ends.
  const opening = openingSystems(doc);
  // Ships named on their own, and the classes of ships and submarines they may be units of.
  const weaponById = new Map(doc.layers.weapons.map((w) => [w.id, w]));
  const isUnit = (id: string) => isShipName(weaponById.get(id)?.name ?? '');
  const isClass = (id: string) => !isUnit(id) && SHIP_CATEGORIES.has(weaponById.get(id)?.category ?? '');
  // The classes of ships a sentence names.
  const classesNamedIn = (sentence: number) => {
    const { start, end } = doc.sentences[sentence] ?? { start: 0, end: 0 };
    return doc.layers.weapons.filter((w) => isClass(w.id) && w.mentions.some((m) => m.start >= start && m.end <= end)).map((w) => w.id);
  };
  // "Turkey handed two A400M aircraft back to Airbus": a person, or an arms maker taking goods from a
  // state, is a misreading of the recipient; states, their forces and armed groups receive.
  // (Nor a territory: "will be able to reach Antarctica"; the Cook Islands take patrol boats as a state does.)
  const receives = (recipient: string, supplier: string) => {
    const actor = actors.byId.get(recipient);
    return actor?.kind !== 'person' && !(actor && lexiconType(actor) === 'company' && isCountry(supplier)) && !(actor && isTerritory(actor));
  };
  const refiners: ((drafts: readonly Draft[]) => Draft[])[] = [
    (d) => withLaterNames(d, opening),
    (d) => withTotalGivers(d, doc, actors),
    withAdjectiveHolders,
    (d) => withRelativeBuyers(d, doc.text),
    (d) => withMakersSelling(d, origins, isCountry),
    (d) => withRespectiveSuppliers(d, origins, isCountry),
    (d) => withNavyRecipients(d, origins, isUnit),
    (d) => withMainRecipient(d, buyer, storyCountry, actors.datelineCountry === null, origins),
    (d) => withRecentRecipients(d, given),
    // ("ISTANBUL - Azerbaijan has taken delivery ...": the buyer the headline names, over a dateline's
    // state that receives nothing in the story, which may be only where the story was filed.)
    (d) => withHomeArrivals(d, datelineBuyer ?? (actors.datelineCountry && headlineBuyer) ?? storyCountry, origins, isUnit),
    (d) => withUnitClasses(d, isUnit, classesNamedIn),
    withClauseMates,
    mergeDrafts,
    withHolders,
    withPassedOnPurchases,
    (d) => withoutClassUnits(d, isUnit, isClass),
    (d) => withOriginSupplier(d, origins, domestic, isCompany, offered, builders, divisionOf, laterBuilders, possessedSystems(doc, actors)),
    (d) => withHeadlineCompanies(d, headline, companyOf),
    (d) => withPlacedBodies(d, unplaced, isCountry),
    (d) => withHomeBodies(d, stateless, bodyHome),
    withApprovedRequests,
    (d) => withPastDeliveries(d, referenceYear, yearOf, awaitedIn),
    (d) => complete(d, domestic, receives),
  ];
  refiners.reduce<readonly Draft[]>((d, refine) => refine(d), drafts).forEach((d, i) => {
    const id = `t${i + 1}`;
    doc.layers.transfers.push({
      id,
      system: d.system,
      ...(d.description ? { description: d.description } : {}),
      supplier: d.supplier,
      recipient: d.recipient,
      quantity: d.quantity,
      status: d.status,
      deal: d.deal,
      date: d.date,
      evidence: d.evidence,
    });
    if (doc.options.explain) doc.trace.push({ stage: 'transfers', rule: d.rules.join('; '), target: id, start: d.evidence.start, end: d.evidence.end });
  });
}

/** Words from "together with" to the goods it adds ("together with a consignment of AK-74M rifles"). */
const ADDED_REACH = 4;

/** Words after goods to a "same" that ties them to the goods before ("boats from the same yard", "bought in the same package"). */
const SAME_REACH = 6;

/** Goods a phrase of several words adds to the clause's other goods: "together with", "along with", "as well as". */
function addedTo(tokens: readonly Token[], clause: Clause, item: Item): boolean {
  const opens = (k: number) => transferRules().listContinuations.some((words) => words.length > 1 && phraseAt(tokens, k - words.length + 1, words));
  for (let k = item.phrase.first - 1; k > clause.first && item.phrase.first - k <= ADDED_REACH; k--) if (opens(k)) return true;
  return false;
}

/** A giving verb in the present tense ("sends") as a decision: announced. */
function headlineStage(tokens: readonly Token[], cue: CueHit): CueHit {
  const word = tokens[cue.first]!.lower;
  const present = /s$/.test(word) && !/ss$/.test(word);
  return cue.cue.pos === 'verb' && cue.cue.agent === 'supplier' && cue.status === 'delivered' && present ? { ...cue, status: 'announced', weak: true } : cue;
}

/**
 * "the 52 Gepard tanks | that Berlin has given to Ukraine": a clause split off at "that" before a name
 * is about the goods right before it.
 */
function antecedentOf(tokens: readonly Token[], clause: Clause, item: Item, inWeapon: readonly boolean[]): boolean {
  // "the M109A3GN howitzers, 22 of which Norway donated to Ukraine": a partitive relative's goods.
  // "the Naval Strike Missile (NSM) coastal defence system, which Latvia procured": its head noun between.
  const headless = (k: number) => /^(?:\p{Ll}+|-|\))$/u.test(tokens[k]!.text);
  if ((clause.partitive || clause.relative) && tokens[clause.first - 1]?.text === ',' && item.phrase.last < clause.first - 1 && clause.first - 2 - item.phrase.last <= HEAD_WORDS) {
    let k = item.phrase.last + 1;
    // "the Terminal High Altitude Area Defense, or THAAD, system, which it bought": an acronym set off by commas.
    if (tokens[k]?.text === ',' && tokens[item.phrase.first - 1]?.lower === 'or' && tokens[item.phrase.first - 2]?.text === ',') k++;
    while (k < clause.first - 1 && headless(k)) k++;
    // ("the Pacific-class patrol boats Lata and Auki, which Australia donated": the ships' own names.)
    const vessel = SHIP_CATEGORIES.has(item.weapon?.category ?? '');
    while (vessel && k < clause.first - 1 && (/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) || (tokens[k]!.lower === 'and' && k > item.phrase.last + 1))) k++;
    if (k === clause.first - 1) return true;
  }
  // ("its four Flyvefisken-class patrol vessels, including the flagship LNS Zemaitis, which Lithuania
  // bought from Denmark": past an "including" aside that names a part of them.)
  const included = item.phrase.last + 2;
  if (clause.relative && tokens[clause.first - 1]?.text === ',' && tokens[included - 1]?.text === ',' && tokens[included]?.lower === 'including' && clause.first - 1 - included <= INCLUDED_WORDS + 1) {
    if (tokens.slice(included + 1, clause.first - 1).every((t) => /^[\p{L}\p{N}]/u.test(t.text) || t.text === '-')) return true;
  }
  // "the first Bastion armoured personnel carriers, part of a batch of 24 vehicles that Paris agreed
  // to supply": the batch the goods are part of is what the relative tells of.
  if (/^(?:that|which)$/.test(tokens[clause.first]?.lower ?? '') && item.phrase.last < clause.first && partOfBatch(tokens, item.phrase.last + 1, clause.first)) return true;
  // "The Iskander-M systems and the S-400 system that Russia handed over": each of a list of goods.
  const last = Math.min(listEnd(tokens, item, inWeapon), clause.first - 1);
  if (tokens[clause.first]?.lower !== 'that' || item.phrase.last >= clause.first || clause.first - last > HEAD_WORDS + 1) return false;
  // Between them, only the head noun of the name ("anti-aircraft tanks").
  for (let k = last + 1; k < clause.first; k++) if (!/^(?:\p{Ll}+|-)$/u.test(tokens[k]!.text)) return false;
  return true;
}

/** Words of an "including" aside between goods and their relative ("including the flagship LNS Zemaitis"). */
const INCLUDED_WORDS = 5;

/** Words of the batch after ", part of" ("a batch of 24 vehicles", "an order for six"). */
const BATCH_PHRASE_WORDS = 7;

/** Whether tokens from..to-1 are ", part of" and an indefinite batch of lower-case words and counts, an optional comma closing it. */
function partOfBatch(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== ',' || tokens[from + 1]?.lower !== 'part' || tokens[from + 2]?.lower !== 'of' || !/^(?:a|an|the)$/.test(tokens[from + 3]?.lower ?? '')) return false;
  const end = tokens[to - 1]?.text === ',' ? to - 1 : to;
  if (end - (from + 4) > BATCH_PHRASE_WORDS) return false;
  for (let k = from + 4; k < end; k++) if (!/^(?:\p{Ll}[\p{Ll}-]*|\d[\d,]*)$/u.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * "Poland's version of the U.S. Patriot, | whose first two batteries ...", "Sweden's Patriot system, |
 * the first of which ...": the country whose goods a partitive relative counts, and where it is named.
 */
function antecedentOwner(tokens: readonly Token[], clause: Clause, here: readonly Item[], actors: ActorSpans): { party: Actor; at: number } | null {
  const item = here.find((i) => i.weapon && i.phrase.last < clause.first);
  if (!item) return null;
  let k = item.phrase.first - 1;
  // "the U.S. Patriot": the maker's country before the system is not its owner.
  const maker = tokens[k] ? actors.at(tokens[k]!.start) : null;
  if (maker && maker.actor.kind === 'country') while (k >= 0 && tokens[k]!.start >= maker.start) k--;
  if (transferRules().objectOpeners.has(tokens[k]?.lower ?? '')) k--;
  // "Poland's version of the Patriot": a version of the system is the owner's goods.
  if (tokens[k]?.lower === 'of' && transferRules().sameDesignNouns.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  if (k < 1 || !isPossessiveMark(tokens[k])) return null;
  // ("the navy's AW139 helicopters, three of which ...": a possessor that is no actor owns nothing here.)
  const span = actors.at(tokens[k - 1]!.start);
  const party = span && span.actor.kind === 'country' ? partyOf(span.actor, actors) : null;
  if (!span || !party) return null;
  let at = k - 1;
  while (at > 0 && tokens[at - 1]!.start >= span.start) at--;
  return { party, at };
}

/** Words of a head noun after a system's name: "anti - aircraft tanks". */
const HEAD_WORDS = 4;

/**
 * "Denmark and Norway will send 19 and 8 Caesar howitzers, respectively": a list of counts before the
 * goods goes, in order, to the parties listed in one role, when the clause says "respectively".
 */
function respectively(tokens: readonly Token[], clause: Clause, item: Item, drafts: Draft[], phrases: readonly RolePhrase[]): Draft[] {
  if (!tokens.slice(clause.first, clause.last + 1).some((t) => t.lower === 'respectively')) return drafts;
  const { numbers } = weaponLexicon().words;
  const count = (k: number): number | null => {
    const word = tokens[k]?.lower ?? '';
    return /^\d[\d,]*$/.test(word) ? Number(word.replace(/,/g, '')) : (numbers.get(word) ?? null);
  };
  // The counts: walk back from the goods' own count over "and" and commas.
  let k = item.phrase.first;
  while (k <= item.phrase.last && count(k) === null) k++;
  if (k > item.phrase.last) return drafts;
  const counts = [count(k)!];
  for (let j = k - 1; j >= clause.first; j--) {
    const word = tokens[j]!.lower;
    if (word === 'and' || word === ',') continue;
    const n = count(j);
    if (n === null) break;
    counts.unshift(n);
  }
  if (counts.length < 2) return drafts;
  for (const role of ['supplier', 'recipient'] as const) {
    const parties = [...new Set(drafts.map((d) => d[role]))];
    if (parties.length !== counts.length || parties.some((p) => p === null)) continue;
    const at = (id: string) => Math.min(...phrases.filter((p) => p.role === role && p.party.id === id).map((p) => p.at));
    const ordered = [...parties].sort((a, b) => at(a!) - at(b!));
    return drafts.map((d) => ({ ...d, quantity: counts[ordered.indexOf(d[role])]! }));
  }
  return drafts;
}

/**
 * "decided to give Ukraine S-300 missiles": a country right after a verb that takes an indirect object
 * is whom the goods go to, not a word of their noun phrase (as "US" is in "US Patriot systems").
 */
function afterIndirectObject(item: Item, tokens: readonly Token[], cues: readonly CueHit[], actors: ActorSpans): Item {
  const { first } = item.phrase;
  if (!cues.some((c) => c.cue.indirectObject && c.last === first - 1)) return item;
  const span = actors.at(tokens[first]!.start);
  if (!span || span.actor.kind !== 'country') return item;
  let last = first;
  while (last < item.phrase.last && tokens[last]!.end < span.end) last++;
  if (tokens[last]!.end !== span.end || last >= item.phrase.last || isPossessiveMark(tokens[last + 1])) return item;
  // The country's name, not its adjective ("gave Ukrainian troops").
  const written = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  if (![span.actor.name, ...span.actor.aliases].includes(written)) return item;
  return { ...item, phrase: { ...item.phrase, first: last + 1 }, possessor: null, holder: null };
}

/** The offer noun whose "of" introduces the item ("an offer of JF-17 jets", "offers of used F-16s"). */
function offerOf(tokens: readonly Token[], item: Item, cues: readonly CueHit[]): CueHit | undefined {
  return cues.find((c) => c.cue.namedRecipient && c.cue.pos === 'noun' && tokens[c.last + 1]?.lower === 'of' && item.phrase.first - c.last <= OFFER_REACH && c.last < item.phrase.first);
}

/** Words from an offer noun to the goods it offers ("offer of two used F-16s"). */
const OFFER_REACH = 4;

/**
 * Whether the clause's live cues can carry the item: "Two Shahed drones landed in Kyiv" is a strike,
 * "the jets landed at Fetesti" a delivery. A cue with no category list carries anything. An aircraft
 * that lands "to deliver" something else is its carrier ("Six Y-20 planes landed ... to deliver a
 * missile system"), not one that lands "giving the army its first surveillance aircraft".
 */
function carried(tokens: readonly Token[], item: Item, live: readonly CueHit[]): boolean {
  const landing = live.filter((c) => c.cue.categories !== null);
  if (landing.length === 0) return true;
  const fits = item.weapon !== null && landing.some((c) => c.cue.categories!.has(item.weapon!.category));
  const others = live.filter((c) => c.cue.categories === null);
  if (!fits) return others.length > 0;
  const purpose = others.some((c) => c.cue.transfer && tokens[c.first - 1]?.lower === 'to' && landing.some((l) => c.first > l.last));
  return !purpose || item.phrase.first > landing[0]!.last;
}

const REFERENCE = /^(?:the|these|those|such)\s/i;

/** Sentence tokens inside a weapon mention written as a name (not a later reference such as "the jets"). */
function namedTokens(doc: AnalysisDocument, tokens: readonly Token[], start: number, end: number): boolean[] {
  const spans = doc.layers.weapons.flatMap((w) => w.mentions.filter((m) => m.start >= start && m.end <= end && !REFERENCE.test(m.text)));
  return tokens.map((t) => spans.some((m) => m.start <= t.start && t.end <= m.end));
}

/**
 * "a batch of T-72B1MS tanks was shipped to the country the following year": a state named by its
 * kind after "to" is the latest state of that kind ("the kingdom"), or for "the country" the story's own.
 */
function stateAfterTo(tokens: readonly Token[], clause: Clause, actors: ActorSpans, ownState: Actor | null, cues: readonly CueHit[]): RolePhrase | null {
  const { stateKindNouns } = transferRules();
  // ("is supplying the kingdom's national guard with LAV 6.0 vehicles": so is the object of a giving verb, or its owner.)
  const giving = (k: number) => cues.some((c) => c.last === k && c.cue.pos === 'verb' && c.cue.indirectObject && !c.passive && !c.negated);
  for (let k = clause.first; k + 2 <= clause.last; k++) {
    const kind = tokens[k + 2]!;
    const object = giving(k);
    if ((tokens[k]!.lower !== 'to' && !object) || tokens[k + 1]!.lower !== 'the' || !stateKindNouns.has(kind.lower) || (!object && /^(?:['’]s|of)$/.test(tokens[k + 3]?.lower ?? ''))) continue;
    const party = stateOfKind(kind.lower, kind.start, actors) ?? ownState;
    return party ? { role: 'recipient', party, at: k + 2, preposition: object ? null : k, source: object ? 'object' : 'preposition', cue: null } : null;
  }
  return null;
}

/** The country the headline opens with ("Slovakia signs for Barak MX ..."), the story's own. */
function headlineCountry(doc: AnalysisDocument, actors: ActorSpans): Actor | null {
  const headline = doc.sentences.find((s) => s.role === 'headline');
  if (!headline) return null;
  const actor = openingActor(doc.tokens.slice(headline.tokenStart, headline.tokenEnd), actors);
  return actor?.kind === 'country' ? actor : null;
}

/**
 * The two legs of goods passed on: the clause's own transfer loses the parties its relative names and
 * gets the holder the relative names as supplier; the first leg, holder from the relative's party, is delivered.
 */
function passOnward(doc: AnalysisDocument, tokens: readonly Token[], clause: Clause, leg: EarlierLeg, parties: ClauseParties, sentence: number, actors: ActorSpans): Draft[] {
  parties.phrases = parties.phrases.filter((p) => p.at < leg.first || p.at > leg.last);
  if (parties.subject && leg.holderAt !== null && parties.phrases.every((p) => p.party !== parties.subject)) parties.subject = null;
  // ("Greece will send Ukraine the BMP-1s it received from ..., in exchange for Marders from Germany": "it" is the subject.)
  const suppliers = parties.phrases.filter((p) => p.role === 'supplier');
  const giver = leg.holder ?? (suppliers.find((p) => p.source === 'subject' || p.source === 'pronoun') ?? suppliers[0])?.party ?? null;
  if (leg.holder && leg.holderAt !== null && !parties.phrases.some((p) => p.role === 'supplier')) {
    parties.phrases.push({ role: 'supplier', party: leg.holder, at: leg.holderAt, preposition: null, source: 'subject', cue: null });
  }
  if (!giver) return [];
  const first: ClauseParties = {
    phrases: [
      { role: 'supplier', party: leg.supplier, at: leg.supplierAt, preposition: leg.supplierAt - 1, source: 'preposition', cue: null },
      { role: 'recipient', party: giver, at: leg.holderAt ?? clause.first, preposition: null, source: 'subject', cue: null },
    ],
    subject: null,
    unnamed: new Set(),
  };
  const drafts = draftsFor(doc, tokens, clause, [leg.cue], leg.item, first, 'delivered', sentence, actors, [leg.cue]);
  for (const d of drafts) {
    d.status = 'delivered';
    d.firstLeg = true;
    d.rules.push('delivered: the giver had the goods it passed on');
  }
  return drafts;
}

/** Tokens before the goods that open a clause ("The first three Anka drones"). */
const OPENING_GOODS_WORDS = 4;

/** Tokens before the verb a sentence's subject may take ("The Indian Air Force"). */
const OPENING_WORDS = 4;

/** The country or body that opens a sentence, its subject. */
function openingActor(tokens: readonly Token[], actors: ActorSpans): Actor | null {
  // "Since Washington lifted the embargo in 2022, Nicosia has turned ...": the main clause opens after
  // the comma (so after an absolute phrase: "With U.S. aid frozen, Georgia leans on Turkey").
  const comma = transferRules().subordinators.has(tokens[0]?.lower ?? '') || tokens[0]?.lower === 'with' ? tokens.findIndex((t) => t.text === ',') : -1;
  const from = comma + 1;
  // "The Andean country has a troubled record ...": a sentence that opens with the kind of a state is about the dateline's.
  if (tokens[from]?.lower === 'the' && actors.datelineCountry) {
    // ("The air arm has been more successful ...": so does one that opens with a force of no state named.)
    if (forceNounAt(tokens, from + 1) > 0) return actors.datelineCountry;
    // ("The kingdom ...": the latest monarchy named, unless the dateline's state is one.)
    for (let k = from + 1; k <= from + 3 && tokens[k]; k++) {
      if (!transferRules().stateKindNouns.has(tokens[k]!.lower)) continue;
      const states = transferRules().statesOfKind.get(tokens[k]!.lower);
      return states && !states.has(actors.datelineCountry.name.toLowerCase()) ? (stateOfKind(tokens[k]!.lower, tokens[k]!.start, actors) ?? actors.datelineCountry) : actors.datelineCountry;
    }
  }
  for (let k = from; k < tokens.length && k < from + OPENING_WORDS; k++) {
    const span = actors.at(tokens[k]!.start);
    if (span && span.form !== 'adjective') return partyOf(span.actor, actors);
  }
  return null;
}

/**
 * A deal noun whose clause names both its parties and no goods ("The Danish government has approved
 * a new donation package for Ukraine"): the parties a later "The package includes ..." lends.
 */
function dealFrame(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], phrases: readonly RolePhrase[], status: TransferStatus, sentence: number, evidence: Draft['evidence']): Draft | null {
  const noun = frameNoun(cues, status);
  const supplier = phrases.find((p) => p.role === 'supplier')?.party ?? null;
  const recipient = phrases.find((p) => p.role === 'recipient')?.party ?? null;
  if (!noun || !supplier || !recipient || supplier === recipient || clause.first > noun.first) return null;
  return { system: null, supplier: supplier.id, recipient: recipient.id, quantity: null, status, deal: noun.cue.deal, date: null, evidence, rules: [`deal frame from ${textOf(tokens, noun.first, noun.last)}`], sentence };
}

/** The noun of a deal of aid or donation ("a new donation package"), or of a sale approved, which a deal frame stands for. */
function frameNoun(cues: readonly CueHit[], status: TransferStatus): CueHit | undefined {
  const noun = cues.find((c) => c.cue.pos === 'noun' && (c.cue.deal === 'aid' || c.cue.deal === 'donation')) ?? approvedSale(cues, status);
  if (noun) return noun;
  // ("has given Ukraine large amounts of equipment": a gift told by its verb stands for a donation.)
  const verb = givingVerb(cues);
  return verb && { ...verb, cue: { ...verb.cue, pos: 'noun', deal: 'donation' } };
}

/** The sale noun of a clause that approves it ("approved the sale to Israel of ..."). */
function approvedSale(cues: readonly CueHit[], status: TransferStatus): CueHit | undefined {
  return status === 'approved' ? cues.find((c) => c.cue.pos === 'noun' && c.cue.deal === 'sale' && !c.negated) : undefined;
}

/** A verb that gives goods away as a fact ("has given", "donated"), not a sale nor a plan. */
function givingVerb(cues: readonly CueHit[]): CueHit | undefined {
  return cues.find((c) => c.cue.pos === 'verb' && c.cue.transfer && c.cue.agent === 'supplier' && (c.cue.deal === null || c.cue.deal === 'donation') && !c.negated && !c.modal && !c.tentative && c.status === 'delivered');
}

/** A cue whose words lie inside an actor's name, capitalised as part of it ("Import and Export Corporation"). */
function inActorName(tokens: readonly Token[], cue: CueHit, actors: ActorSpans): boolean {
  const span = actors.at(tokens[cue.first]!.start);
  return Boolean(span && span.start < tokens[cue.first]!.start && span.end >= tokens[cue.last]!.end && /^\p{Lu}/u.test(tokens[cue.first]!.text));
}

/** The goods a relative between `from` and `to` hangs on (", which were built by Navantia"), else none. */
function goodsBeforeRelative(tokens: readonly Token[], items: readonly Item[], from: number, to: number): Item[] {
  for (let k = to - 1; k > from; k--) {
    // ("the eight Um Almaradim-class craft built by France's CMN | and delivered between 1998 and 2000":
    // so does one after a reduced relative, a participle right after the goods with its agent.)
    const reduced = isParticiple(tokens[k]!) && transferRules().reducedRelativeAgents.has(tokens[k + 1]?.lower ?? '');
    if (!THING_RELATIVE.test(tokens[k]!.lower) && !reduced) continue;
    const end = tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
    const goods = items.filter((item) => item.weapon && item.phrase.last === end);
    if (goods.length > 0 || !reduced) return goods;
  }
  return [];
}
