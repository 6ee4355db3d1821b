/**
 * Who supplies and who receives, read in one clause. Each actor mention of the clause gets at most
 * one reading, tried in this order:
 *   premodifier   the possessor of a noun cue: "Moscow donation" supplier, "Serbia's purchase" recipient
 *   preposition   "from Belarus" supplier, "to Ukraine" / "for Ukraine" recipient, "by Germany" the
 *                 agent of a passive cue, "with Russia" the other party, "together with the US" the
 *                 same party as the subject, "arrived in Serbia" recipient
 *   object        right after a giving verb: "gave Ukraine", "sent Kyiv"
 *   subject       the last actor before the clause's main verb, in the role the verb gives its subject
 *                 ("Belgrade expects" recipient, "Germany sent" supplier), skipping relative clauses
 *                 (", which wants to join the EU,"); a verb inside a relative clause takes its
 *                 antecedent ("France, which agreed to sell"); "it"/"they" stand for the actor before
 *                 them in the sentence, else the subject of the story's previous transfer clause
 * A pronoun after a giving verb is the latest other actor ("agreed to sell it 30 jets").
 * Coordinated actors share a reading ("Poland and Norway are expected to send"). A country's name
 * before a common noun is a modifier, not a party ("the NATO member"), unless the noun stands for the
 * state ("the Kyiv government"). A ministry or an embassy acts for its state, a person for the
 * country their role names; media never. A role filled by an unnamed party ("other European
 * countries to re-export") is reported, so that no one else is put in its place.
 */
import type { Actor } from '../../model/contract.js';
import { beforeCurrency, isPossessiveMark, joinedByHyphen, opensWord, phraseAt, wordsAt, type Token } from '../../nlp/tokens.js';
import { actorLexicon, lexiconType } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { isGerund, isNounForm, isVerbForm } from '../../nlp/word-classes.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { afterShortDate, tellingVerbBefore, type Clause } from './clauses.js';
import { dealWithTo, isParticiple, placeObjectStart, wordBeforeAdverbs, type CueHit } from './cues.js';
import { goodsEndingAt } from './goods.js';
import { latestNamedBefore } from './latest.js';
import { transferRules, type Party, type PrepositionRole } from './rules.js';
import { headNounEnd, weaponLexicon } from '../../lexicon/weapons.js';
import { familyOfDesignation } from '../../3-annotate/weapons/recognise.js';

export interface RolePhrase {
  role: Party;
  party: Actor;
  /** Token index of the actor mention's first token (sentence tokens). */
  at: number;
  /** Token index of the preposition's last word, for prepositional readings. */
  preposition: number | null;
  /** ("joined": a name a hyphen joins to a giving participle, "U.S.-donated".) */
  source: 'preposition' | 'arrival' | 'premodifier' | 'joined' | 'object' | 'subject' | 'pronoun' | 'counterpart' | 'coordination' | 'anaphora' | 'force' | 'owner' | 'funder';
  /** For premodifiers: the noun cue they modify; items after it take the role. */
  cue: CueHit | null;
  /** For coordinated actors: the reading of the first one ("Poland" in "Poland and Norway"). */
  head?: RolePhrase;
}

export interface ClauseParties {
  phrases: RolePhrase[];
  /** The clause's subject, whatever its role, for "it"/"they" in later clauses. */
  subject: Actor | null;
  /** Roles an unnamed party fills ("other countries", "NATO members"). */
  unnamed: Set<Party>;
}

interface ActorMention {
  first: number;
  last: number;
  actor: Actor;
  /** A company named by description ("the German company"): a party, never a modifier. */
  described?: boolean;
}

export function readParties(
  tokens: readonly Token[],
  clause: Clause,
  cues: readonly CueHit[],
  actors: ActorSpans,
  inWeapon: readonly boolean[],
  previousSubject: Actor | null,
  isNounAt: (i: number) => boolean,
): ClauseParties {
  const rules = transferRules();
  // "scrapped the contract for Attack-class submarines ... in favor of nuclear-powered boats under the
  // AUKUS pact with the U.S.": the parties after an alternative of no named system, up to a comma,
  // are the alternative's ("in favour of used F-16s from Denmark" names goods that keep theirs).
  const alternative = alternativeAt(tokens, clause);
  const ofAlternative = (m: ActorMention) => alternative !== null && m.first > alternative && !tokens.slice(alternative, m.first).some((t, k) => t.text === ',' || inWeapon[alternative + k]);
  // "delivered JF-17 fighters, which it co-produces with China, to Nigeria": a relative that tells no
  // transfer of its own names no party of the clause.
  const silent = [...silentRelatives(tokens, clause, cues), ...silentParticiples(tokens, clause, cues)];
  const mentions = mentionsIn(tokens, clause, actors, inWeapon).filter((m) => !ofAlternative(m) && !silent.some((r) => r.first < m.first && m.last <= r.last));
  const live = cues.filter((c) => !c.negated);
  // "Poland and Norway are expected to send": a passive qualifier hands the subject to the verb after it.
  const verbs = live.filter((c) => c.cue.pos === 'verb');
  // ("Tunis had been in talks with Leonardo for M-346 trainers": talks a later clause ends stand for the verb.)
  const mainVerb = verbs.find((c) => !(c.passive && !c.cue.transfer)) ?? verbs[0] ?? live.find((c) => c.cue.clauseVerb || (c.cue.ended && c.tentative)) ?? null;
  const unnamed = unnamedRoles(tokens, clause, live, mentions);
  // The subject takes the main verb's role, else the role of a verb or noun it governs ("signed a
  // contract to buy"), unless an unnamed party holds that one ("authorized other countries to export").
  // A noun cue that is the topic of another act ("sanctions on Turkey over Ankara's purchase") lends no role.
  const lent = live.find((c) => c.cue.pos === 'verb' && !c.passive && c.cue.agent)?.cue.agent ?? live.find((c) => c.cue.agent && !embedded(tokens, clause, c))?.cue.agent ?? null;
  // "unveiled two Mi-24 helicopters delivered by Russia": the subject of a verb that tells no transfer
  // holds what a passive giving verb after the goods brought it.
  // ("Ukraine has used Storm Shadow missiles provided by Britain": so does the subject of a use word before them.)
  // ("Washington agreed to supply 48 Patriot launchers, which are to be delivered": not past an active
  // verb that gives its subject a role of its own.)
  // (Nor past a gift the subject makes: "Australia announced a new package of military assistance,
  // which includes 30 Bushmaster vehicles, to be delivered by the end of the year".)
  const ownRole = (a: CueHit) => (a.cue.pos === 'verb' && !a.passive && a.cue.agent !== null) || (a.cue.pos === 'noun' && a.cue.agent === 'supplier' && (a.cue.deal === 'aid' || a.cue.deal === 'donation'));
  const givenAfter = (from: number) => live.some((c) => c.passive && c.cue.pos === 'verb' && c.cue.agent === 'supplier' && c.first > from && !live.some((a) => ownRole(a) && a.first > from && a.first < c.first));
  // ("The used aircraft ... are to be handed over": after a determiner the word describes the goods.)
  const usedBefore = (verb: CueHit) =>
    tokens.slice(clause.first, verb.first).some((t, k, all) => rules.useWords.has(t.lower) && !rules.objectOpeners.has(all[k - 1]?.lower ?? '') && !all.slice(Math.max(0, k - 3), k).some((b) => rules.planWords.has(b.lower) || b.lower === 'by'));
  // ("used HIMARS launchers to destroy ammunition depots supplied by North Korea": the participle must follow the goods.)
  const held = mainVerb && ((!mainVerb.cue.transfer && !mainVerb.cue.agent && givenAfter(mainVerb.last)) || (mainVerb.passive && inWeapon[mainVerb.first - 1] && givenAfter(mainVerb.first - 1) && usedBefore(mainVerb)));
  // "Hanwha is due to begin deliveries of 54 K9s": a qualifier with no act of its own lends its subject
  // the role of the deal noun it leads on to.
  const qualified = mainVerb?.passive && !mainVerb.cue.transfer && verbs.every((v) => !v.cue.transfer) && tokens[mainVerb.last + 1]?.lower === 'to';
  const ledTo = qualified ? live.find((c) => c.cue.pos === 'noun' && c.cue.agent && c.first > mainVerb.last && c.first - mainVerb.last <= QUALIFIED_NOUN_REACH && !embedded(tokens, clause, c)) : undefined;
  // "Poland will retire the LAR-160 systems, bought from Israel": the subject of a clause whose only
  // transfer verb is a buying participle on its goods holds what was bought.
  // (The goods end right before it, past a comma: "the LAR-160 systems, | bought".)
  const boughtOn = mainVerb !== null && verbs.length === 1 && mainVerb.passive && mainVerb.cue.agent === 'recipient' && tokens[mainVerb.last + 1]?.lower !== 'by' && goodsEndingAt(tokens, mainVerb.first - (tokens[mainVerb.first - 1]?.text === ',' ? 2 : 1), inWeapon) !== null;
  const roleOfSubject: Party | null = held || boughtOn ? 'recipient' : ledTo ? ledTo.cue.agent : mainVerb?.passive ? null : (mainVerb?.cue.agent ?? (lent && !unnamed.has(lent) ? lent : null));
  const phrases: RolePhrase[] = [];
  const read = new Set<ActorMention>();
  const counterparts: { mention: ActorMention; preposition: number; role: PrepositionRole }[] = [];
  const unread: ActorMention[] = [];

  // "from South Korea's Hanwha Aerospace": the company is the party, its country only says whose it is.
  const owners = new Map<ActorMention, ActorMention>();
  for (const [k, m] of mentions.entries()) {
    const owner = mentions[k - 1];
    // ("from Turkey's state-owned Roketsan": lower-case words describing the firm may stand between.)
    if (owner && owner.actor.kind === 'country' && isPossessiveMark(tokens[owner.last + 1]) && describes(tokens.slice(owner.last + 2, m.first)) && m.actor.kind === 'organization' && isCompany(m.actor) && partyOf(m.actor, actors) === m.actor) owners.set(m, owner);
    // "from US manufacturer Kaman", "from German shipbuilder TKMS": the country describes the firm.
    else if (owner && owner.actor.kind === 'country' && m.actor.kind === 'organization' && describesFirm(tokens, owner.last + 1, m.first)) owners.set(m, owner);
    // "to Khalifa Haftar's Libyan National Army", "Sudan's Rapid Support Forces": a leader's name, or
    // the country of an armed group, says whose the force is.
    // ("Haftar's self-styled Libyan National Army": lower-case words describing the force may stand between.)
    else if (owner && (owner.actor.kind === 'person' || (owner.actor.kind === 'country' && isArmedGroup(m.actor))) && isPossessiveMark(tokens[owner.last + 1]) && describes(tokens.slice(owner.last + 2, m.first)) && m.actor.kind === 'organization') owners.set(m, owner);
  }
  const owned = new Set(owners.values());
  // "and to Russia, | from which Nigeria took delivery of Mi-35M helicopters": the antecedent of a
  // relative opened by a party's preposition takes that preposition's role.
  const antecedent = /^(?:which|whom)$/.test(tokens[clause.first + 1]?.lower ?? '') && tokens[clause.first - 1]?.text === ',' ? actors.at(tokens[clause.first - 2]?.start ?? -1) : undefined;
  const relativeRole = antecedent ? rules.prepositions.get(tokens[clause.first]!.lower) : undefined;
  const relativeParty = antecedent && (relativeRole === 'supplier' || relativeRole === 'recipient') ? partyOf(antecedent.actor, actors) : null;
  if (relativeParty) phrases.push({ role: relativeRole as Party, party: relativeParty, at: clause.first, preposition: clause.first, source: 'preposition', cue: null });
  // "suspended talks with Washington on 50 F-35s": the other side of talks a cancelling verb ended.
  const talks = live.find((c) => c.cue.ended && tokens[c.last + 1]?.lower === 'with');
  for (const m of mentions) {
    // "signed for Paramount's Mbombe 4 vehicles": the goods' maker, not whom "for" names; "missiles for
    // the ASDF's F-35A fighters": a force that flies the platform the goods are for is no party either
    // ("rockets for Ukraine's HIMARS": a state there is the recipient).
    const forPlatform = isPossessiveMark(tokens[m.last + 1]) && inWeapon[m.last + 2] && tokens[m.first - (tokens[m.first - 1]?.lower === 'the' ? 2 : 1)]?.lower === 'for';
    if (owned.has(m) || (forPlatform && (isSeller(m.actor, actors) || partyOf(m.actor, actors)?.kind !== 'country'))) {
      read.add(m);
      continue;
    }
    // "to Panama's National Aeronautical Service": a state's own body (no firm, no armed group:
    // "Sudan's Rapid Support Forces") acts for the state.
    const owner = mentions[mentions.indexOf(m) - 1];
    const ownState = owner?.actor.kind === 'country' && m.first === owner.last + 2 && isPossessiveMark(tokens[owner.last + 1]) && m.actor.kind === 'organization' && !isSeller(m.actor, actors) && !isArmedGroup(m.actor) && partyOf(m.actor, actors) === m.actor;
    const party = ownState ? owner.actor : governmentOf(tokens, m.last, m.actor, actors);
    if (!party) continue;
    // "to buy from the United States on Ukraine's behalf".
    if (tokens[m.first - 1]?.lower === 'on' && isPossessiveMark(tokens[m.last + 1]) && tokens[m.last + 2]?.lower === 'behalf') {
      phrases.push({ role: 'recipient', party, at: m.first, preposition: m.last + 2, source: 'preposition', cue: null });
      read.add(m);
      continue;
    }
    // ("talks with Italy's Leonardo": or the firm after its state's possessive.)
    const ownerOf = owners.get(m);
    if (talks && (nameAfter(tokens, talks.last + 1, m) || (ownerOf !== undefined && nameAfter(tokens, talks.last + 1, ownerOf)))) {
      counterparts.push({ mention: m, preposition: talks.last + 1, role: 'counterpart' });
      read.add(m);
      continue;
    }
    // "as U.S.-donated surveillance plane arrives": a giving participle joined to a name says who gave
    // (the goods it opens, not those named before it: "gets Turkish drones as India-gifted aircraft ...").
    if (givenBy(tokens, m.last) && !inWeapon.slice(clause.first, m.first).some(Boolean)) {
      phrases.push({ role: 'supplier', party, at: m.first, preposition: null, source: 'joined', cue: null });
      read.add(m);
      continue;
    }
    const noun = nounCueAfter(tokens, m.last, live);
    if (noun) {
      // ("Seoul's agreement in February to sell": the possessor of a deal noun does what its infinitive says.)
      // ("Under the AUKUS agreement, Australia is to buy": a pact of states on the deal a clause acts under
      // names the framework, no party; "Under the Poland deal, Hyundai Rotem will supply" names the buyer.)
      const framework = tokens[m.first - 1]?.lower === 'the' && tokens[m.first - 2]?.lower === 'under' && lexiconType(m.actor) === 'igo';
      const role = framework ? null : (infinitiveAgent(tokens, clause, noun, live) ?? noun.cue.agent);
      if (role) phrases.push({ role, party, at: m.first, preposition: null, source: 'premodifier', cue: noun });
      read.add(m);
      continue;
    }
    if (!m.described && isModifier(tokens, m, actors, live, isNounAt)) continue;
    // "customer for Russia's Pantsir-S1": the preposition governs the goods; their maker, named as
    // their possessor, is no party of it (unlike "rockets for Ukraine's HIMARS").
    if (isPossessiveMark(tokens[m.last + 1]) && inWeapon[m.last + 2] && familyOfDesignation(tokens[m.last + 2]!.text)?.family.origin === m.actor.name) continue;
    const p = prepositionBefore(tokens, clause, owners.get(m)?.first ?? m.first, m.last);
    if (p === 'other') continue;
    // "24 Bastion vehicles reached Armenia": the place an arrival reaches is its recipient.
    const reached = live.find((c) => c.cue.placeObject && c.cue.pos === 'verb' && placeObjectStart(tokens, c.last) === m.first);
    if (p === null && reached) {
      phrases.push({ role: 'recipient', party, at: m.first, preposition: reached.last, source: 'arrival', cue: null });
      read.add(m);
      continue;
    }
    // "signed a deal for U.S. SeaGuardian drones": a country's name right before the goods says whose
    // they are, not whom the preposition names.
    // ("delivered to Ukraine 18 Leopard tanks", "sent to Ukraine Leopard tanks": after "to", the goods follow their recipient.)
    if (p !== null && m.actor.kind === 'country' && inWeapon[m.last + 1] && /^\p{Lu}/u.test(tokens[m.last + 1]!.text) && tokens[p.index]!.lower !== 'to' && tokens.slice(p.index + 1, m.first).every((t) => t.lower === 'the')) continue;
    if (p !== null) {
      read.add(m);
      if (p.role === 'supplier' || p.role === 'recipient') {
        if (!afterCueAside(tokens, clause, live, p.index)) phrases.push({ role: awarded(tokens, clause, p.index) ? 'supplier' : p.role, party, at: m.first, preposition: p.index, source: 'preposition', cue: null });
      }
      else if (p.role === 'agent') {
        // "delivered to Ukraine by Germany", "jets ordered from France by India": the agent of the verb
        // before it; "the sale of Eurofighters to Saudi Arabia by Germany": of the deal noun before it.
        const verb = [...live].reverse().find((c) => c.last < p.index && (c.cue.pos === 'verb' || (c.cue.agent !== null && nounReaches(tokens, c.last, p.index, inWeapon))));
        // "took delivery of the submarine built for it by ThyssenKrupp": the agent of a maker verb is the maker.
        if (verb && tokens.slice(verb.last + 1, p.index).some((t) => rules.makerVerbs.has(t.lower))) continue;
        // ("tanks bought from Ukraine reached Mombasa after the ship carrying them had been held for months
        // by Somali pirates": so is the agent of another passive verb between.)
        if (verb && passiveBetween(tokens, verb.last + 1, p.index, live)) continue;
        if (verb?.cue.agent) phrases.push({ role: verb.cue.agent, party, at: m.first, preposition: p.index, source: 'preposition', cue: null });
      }
      else if (p.role === 'funder') phrases.push({ role: 'supplier', party, at: m.first, preposition: p.index, source: 'funder', cue: null });
      else if (p.role === 'arrival' && live.some((c) => c.cue.arrival && c.cue.pos === 'verb' && p.index > c.last && p.index - c.last <= 2)) phrases.push({ role: 'recipient', party, at: m.first, preposition: p.index, source: 'arrival', cue: null });
      // ("with Niamey flying TB2s since 2022": a name after "with" with a gerund of its own is that verb's subject, no one dealt with.)
      // ("the fighter it is developing with Britain and Italy": a partner in making goods is no side of a deal.)
      // ("will fly alongside the Air Force's P-8A aircraft": nor a name that owns what the preposition governs.)
      else if ((p.role === 'counterpart' || p.role === 'co-agent') && !(p.role === 'co-agent' && isPossessiveMark(tokens[m.last + 1])) && !(tokens[p.index]!.lower === 'with' && (isGerund(tokens[m.last + 1]?.text ?? '') || rules.makerVerbs.has(tokens[wordBeforeAdverbs(tokens, p.index - 1, clause.first)]?.lower ?? '')))) counterparts.push({ mention: m, preposition: p.index, role: p.role });
      else if (p.role === 'inherit') {
        // "to more than 30 countries, including Ukraine": the role of the party preposition before.
        const role = listRole(tokens, clause, p.index);
        if (role) phrases.push({ role, party, at: m.first, preposition: p.index, source: 'preposition', cue: null });
      }
      continue;
    }
    if (beneficiary(tokens, m) || aidedBeforeParticiple(tokens, m, live)) {
      phrases.push({ role: 'recipient', party, at: m.first, preposition: null, source: 'object', cue: null });
      read.add(m);
      continue;
    }
    if (holdsFleet(tokens, m.last) || buildsFleet(tokens, m.last)) {
      phrases.push({ role: 'recipient', party, at: m.first, preposition: null, source: 'owner', cue: null });
      read.add(m);
      continue;
    }
    // ("to receive donated US Stryker vehicles": a participle right after a verb or a determiner describes the goods; it has no object.)
    const describing = (c: CueHit) => isParticiple(tokens[c.last]!) && (live.some((v) => v.last === c.first - 1 && v.cue.pos === 'verb') || transferRules().objectOpeners.has(tokens[c.first - 1]?.lower ?? ''));
    const verb = live.find((c) => c.cue.indirectObject && !describing(c) && objectAfter(tokens, c.last, owners.get(m) ?? m));
    if (verb) {
      phrases.push({ role: 'recipient', party, at: m.first, preposition: null, source: 'object', cue: null });
      read.add(m);
      continue;
    }
    unread.push(m);
  }

  // "Poland has been one of Ukraine's biggest backers. Its donations include 200 T-72 tanks": "its"
  // before a deal noun stands for the state the story spoke of before, the noun's agent.
  for (const noun of live.filter((c) => c.cue.pos === 'noun' && c.cue.agent && c.cue.deal && !phrases.some((p) => p.cue === c))) {
    let k = noun.first - 1;
    while (k > clause.first && rules.premodifierFillers.has(tokens[k]!.lower)) k--;
    // (Not "The United States, under its military assistance programme, has pledged": an actor before it in the sentence is its owner.)
    const ownerBefore = tokens.slice(0, k).some((t) => actors.at(t.start) !== undefined);
    if (tokens[k]?.lower !== 'its' || ownerBefore || previousSubject?.kind !== 'country' || phrases.some((p) => p.party === previousSubject)) continue;
    phrases.push({ role: noun.cue.agent!, party: previousSubject, at: k, preposition: null, source: 'premodifier', cue: noun });
  }
  // "imposed sanctions on the Chinese military's agency for buying Su-35s": the one punished did the act.
  const punished = punishedAgent(tokens, clause, live, mentions.filter((m) => !read.has(m)));
  if (punished) {
    const party = partyOf(punished.mention.actor, actors);
    if (party) phrases.push({ role: punished.role, party, at: punished.mention.first, preposition: null, source: 'object', cue: null });
    read.add(punished.mention);
    if (unread.includes(punished.mention)) unread.splice(unread.indexOf(punished.mention), 1);
  }
  // "the bombs arrived at the port of Ashdod", "landed at Kecskemet air base": a place after an
  // arrival is in the recipient's country.
  const arrivedAt = arrivalPlace(tokens, clause, live, actors);
  if (arrivedAt && !phrases.some((p) => p.role === 'recipient')) phrases.push({ role: 'recipient', party: arrivedAt.party, at: arrivedAt.at, preposition: arrivedAt.preposition, source: 'arrival', cue: null });
  let subject: Actor | null = null;
  // "The United States is helping Croatia to finance the purchase of eight UH-60M helicopters": with
  // no cue verb, the actor nearest before a deal noun is the one who makes the deal.
  if (!mainVerb) {
    for (const noun of live.filter((c) => c.cue.pos === 'noun' && c.cue.agent && c.cue.deal && !embedded(tokens, clause, c) && !phrases.some((p) => p.cue === c))) {
      // "Croatia to finance the purchase": the actor is joined to the deal by "to" and a verb, not
      // the subject of a verb of its own ("China protested the delivery of ...").
      const agent = [...unread].reverse().find((m) => m.last < noun.first && noun.first - m.last <= NOUN_AGENT_REACH && tokens.slice(m.last + 1, noun.first).some((t) => t.lower === 'to'));
      const party = agent ? partyOf(agent.actor, actors) : null;
      if (!agent || !party) continue;
      phrases.push({ role: noun.cue.agent!, party, at: agent.first, preposition: null, source: 'premodifier', cue: noun });
      read.add(agent);
      unread.splice(unread.indexOf(agent), 1);
    }
  }
  if (mainVerb) {
    // "It signed in December for 152 CV90s from Sweden": a verb that names no party ("sign") leaves
    // the subject the role the clause's "from" or "to" phrase does not take.
    const by = (role: Party) => phrases.some((p) => p.source === 'preposition' && p.role === role);
    const other = by('supplier') && !by('recipient') ? 'recipient' : by('recipient') && !by('supplier') ? 'supplier' : null;
    // "Switzerland suspended the delivery of Patriots from the United States": a role lent by a noun
    // that a "from" or "to" phrase already fills leaves the subject the other one.
    const lentTaken = roleOfSubject !== null && mainVerb.cue.agent === null && by(roleOfSubject) && other !== null;
    // "the Senator carriers that Canada bought for Ukraine from Roshel": who buys for another gives.
    const onBehalf = (k: number) => rules.behalfWords.has(tokens[k]!.lower) || (tokens[k]!.lower === 'of' && rules.behalfWords.has(tokens[k - 1]?.lower ?? ''));
    const buying = verbs.find((c) => c.cue.deal === 'sale' && c.cue.agent === 'recipient' && !c.passive);
    // "India bought 36 Rafale jets for the Indian Air Force": buying for one's own forces is buying.
    const buyers = new Set([...mentions.filter((m) => m.last < (buying?.first ?? 0)).map((m) => partyOf(m.actor, actors)), previousSubject]);
    // ("the agency ordered 500 Carl-Gustaf M4 rifles from Saab for the Territorial Defence Forces": so is
    // buying for a body of the buyer's state.)
    // (A force the story names with no state is the buyer's.)
    const stateless = (party: Actor) => party.kind === 'organization' && !party.memberOf && namedAsForce(party);
    const own = (party: Actor) => buyers.has(party) || stateless(party) || [...buyers].some((b) => b !== null && party.memberOf === b.id);
    const buysFor = buying !== undefined && phrases.some((p) => p.source === 'preposition' && p.role === 'recipient' && p.preposition !== null && p.preposition > buying.last && onBehalf(p.preposition) && !own(p.party));
    if (buysFor) for (let k = phrases.length - 1; k >= 0; k--) if (phrases[k]!.role === 'supplier' && phrases[k]!.source === 'preposition') phrases.splice(k, 1);
    const role = punished ? null : buysFor ? 'supplier' : lentTaken ? other : (roleOfSubject ?? (!mainVerb.passive && mainVerb.cue.agent === null ? other : null));
    // "Washington had also cleared the sale of Boeing's Super Hornet": who approves a sale is not its buyer.
    const approvesSale =
      mainVerb.status === 'approved' &&
      mainVerb.cue.pos === 'verb' &&
      live.some((c) => c.cue.pos === 'noun' && c.cue.deal === 'sale' && c.cue.agent === 'supplier') &&
      !live.some((c) => c.cue.pos === 'noun' && c.cue.deal === 'sale' && c.cue.agent === 'recipient');
    const fromSupplier = phrases.some((p) => p.source === 'preposition' && p.role === 'supplier' && p.preposition !== null && tokens[p.preposition]!.lower === 'from');
    // "Washington blocked the sale of six L-159 jets from the Czech Republic": who blocks (whose
    // consent a sale would need) is never its buyer.
    const blocks = mainVerb.cue.negatedStatus === 'approved' && !mainVerb.negated;
    const subjectRole = ((approvesSale && !fromSupplier) || blocks) && role === 'recipient' ? null : role;
    // "Mozambique has signed for an undisclosed number of Paramount's Mbombe 4 vehicles": a state that
    // signs, with no party named but its own, signs to buy.
    // ("the agreements that Doha signed with Washington": so does a state that signs with another.)
    const signsToBuy = (signer: Actor | null) => !mainVerb.passive && mainVerb.cue.agent === null && mainVerb.status === 'ordered' && phrases.length === 0 && counterparts.every((c) => c.role === 'counterpart') && signer?.kind === 'country';
    const relatives = relativeClauses(tokens, clause);
    const holding = relatives.find((r) => r.first < mainVerb.first && mainVerb.first <= r.last);
    // "The S-400, which Turkey bought from Russia": a relative clause on goods has its own subject.
    const onGoods = holding && !mentions.some((m) => m.last === holding.first - 1);
    // "Berlin has been strengthening Ukraine's defences, handing over a Patriot battery": a participle
    // after a comma shares the sentence's subject, its first actor, not the nearest one; and not an
    // actor of an opening subordinate clause ("As Russia pressed its offensive, the United States acted, sending").
    const participial = /\p{Ll}ing$/u.test(tokens[mainVerb.first]!.text) && tokens[mainVerb.first - 1]?.text === ',';
    // "Georgia had turned largely to Israel, buying Hermes 450 drones from Elbit Systems": a party's
    // preposition before the comma is the earlier verb's, not the participle's.
    if (participial && !live.some((c) => c.cue.pos === 'verb' && c.last < mainVerb.first)) {
      for (let k = phrases.length - 1; k >= 0; k--) if (phrases[k]!.source === 'preposition' && phrases[k]!.at < mainVerb.first) phrases.splice(k, 1);
    }
    const opening = participial && rules.subordinators.has(tokens[clause.first]!.lower) ? tokens.findIndex((t, k) => k > clause.first && t.text === ',') : -1;
    // ("Ankara, Mogadishu's closest partner, pledged": not a name inside an apposition on the subject.)
    const apposed = (m: ActorMention) => mainVerb.apposition !== undefined && m.first > mainVerb.apposition;
    // ("built around ex-Soviet types, including Su-27s bought from Moscow": a former owner describes goods; it is no subject.)
    const former = (m: ActorMention) => tokens[m.first - 1]?.text === '-' && tokens[m.first - 2]?.lower === 'ex';
    // ("The Chinese vehicles we received": nor is a country's adjective on the goods.)
    const onGoodsWord = (m: ActorMention) => actors.at(tokens[m.first]!.start)?.form === 'adjective' && (inWeapon[m.last + 1] === true || weaponLexicon().words.referenceNouns.has(tokens[m.last + 1]?.lower ?? ''));
    // ("Tess Defence, a joint venture of Indra, Santa Bárbara Sistemas and Escribano, under licence": nor a member of a list after "of".)
    const ofList = (m: ActorMention) => tokens[listStart(tokens, mentions, m) - 1]?.lower === 'of';
    const before = unread.filter((m) => m.last < mainVerb.first && m.first > opening && !apposed(m) && !former(m) && !onGoodsWord(m) && !ofList(m) && (onGoods ? m.first > holding.first : !relatives.some((r) => r.first <= m.first && m.last <= r.last)));
    // "Since Russia's full-scale invasion in 2022 it has handed over": the owner of an act against
    // others in an opening phrase, with a pronoun after it before the verb, is not the subject; the
    // pronoun is ("After Turkey's removal from the programme, it ordered": "it" is Turkey).
    const ownerBeforePronoun = (m: ActorMention) =>
      isPossessiveMark(tokens[m.last + 1]) &&
      tokens.slice(m.last + 2, m.last + 2 + EVENT_NOUN_REACH).some((t) => rules.hostileActs.has(t.lower)) &&
      tokens.slice(m.last + 2, mainVerb.first).some((t) => rules.pronouns.has(t.lower) && t.lower !== 'its' && t.lower !== 'their');
    const candidates = participial ? before : before.filter((m, k) => k < before.length - 1 || !ownerBeforePronoun(m));
    const nearest = participial ? candidates[0] : candidates[candidates.length - 1];
    // "Japan confirmed it would supply": "it" is the actor before it, in this clause or an earlier one
    // of the sentence; with none, the subject of the story's previous transfer clause.
    // "The country was also the first export customer for ...": a state named by its kind stands for one, like "it".
    const pronoun = tokens
      .slice(nearest ? nearest.last + 1 : clause.first, mainVerb.first)
      .some((t, k, all) => (rules.pronouns.has(t.lower) && t.lower !== 'its' && t.lower !== 'their') || (rules.stateKindNouns.has(t.lower) && all[k - 1]?.lower === 'the'));
    // "France, which agreed to sell": the actor the relative clause hangs on.
    const antecedent = holding ? mentions.find((m) => m.last === holding.first - 1) : undefined;
    // ("help from Beijing, | which in 2021 donated": the name a relative split off; "Poland, | whose
    // army is buying": the name a body acts for.)
    const splitFrom = /^(?:which|who|whose)$/.test(tokens[clause.first]!.lower) && tokens[clause.first - 1]?.text === ',' ? actors.at(tokens[clause.first - 2]?.start ?? -1) : undefined;
    const splitAntecedent = splitFrom ? partyOf(splitFrom.actor, actors) : null;
    if (antecedent) {
      subject = partyOf(antecedent.actor, actors);
      if (subject && subjectRole) phrases.push({ role: subjectRole, party: subject, at: antecedent.first, preposition: null, source: 'subject', cue: null });
    } else if (pronoun && !nearest) {
      // ", which it had bought from Austria": in an object relative, the subject of the clause it hangs on.
      // ("from which it acquired": the subject of the clause the relative hangs on, not its antecedent.)
      // ("the UAE told Washington | it was suspending": the teller, not the one told.)
      const teller = tellingVerbBefore(tokens, clause.first);
      // ("Iran denied supplying drones to Russia but admitted it had sent ...": after a contrast, the first clause's subject.)
      // ("The last of the jets it bought from the United States arrived in 2023, while the howitzers it
      // acquired ...": a name a preposition governs is no subject; with none other, the one the
      // pronoun before stood for is.)
      const contrasted = rules.clauseBreaks.has(tokens[clause.first]!.lower);
      const pronounBefore = tokens.slice(0, clause.first).some((t) => STANDING_PRONOUNS.has(t.lower));
      const contrast = contrasted ? (actorBefore(tokens, clause.first, actors, null, true, (at) => at >= 0 && !governed(tokens, at)) ?? (pronounBefore ? previousSubject : null) ?? actorBefore(tokens, clause.first, actors, null, true)) : null;
      // ("The kingdom has bought drones": the latest monarchy named, whoever was named since.)
      const kind = tokens.slice(clause.first, mainVerb.first).find((t, k, all) => all[k - 1]?.lower === 'the' && rules.stateKindNouns.has(t.lower));
      // ("Moscow's ties with Bangui began in 2018, when it shipped rifles": after a subordinator, the
      // sentence's opening name, not one a preposition governs; so after ", and": "Australia has stepped
      // up ... since the Solomons signed a pact with Beijing, and it has provided ...".)
      const joined = rules.subordinators.has(tokens[clause.first]!.lower) || (tokens[clause.first]!.lower === 'and' && tokens[clause.first - 1]?.text === ',');
      const opener = joined ? openingSubject(tokens, clause.first, actors, previousSubject) : null;
      // ("Cambodia fired rockets into Thai territory and deployed PHL-03 launchers that it received":
      // a country's adjective is no one "it" stands for while a name stands before it.)
      const named = (at: number) => at >= 0 && actors.at(tokens[at]!.start)?.form !== 'adjective';
      const nearestBefore = (end: number) => actorBefore(tokens, end, actors, null, false, named) ?? actorBefore(tokens, end, actors);
      // ("approved the donation of missiles, which were delivered to Ukraine last year, and the country has
      // sent ...": a state's kind noun stands for no name a party's preposition governs.)
      const kindBefore = (end: number) => (kind ? (actorBefore(tokens, end, actors, null, false, (at) => named(at) && !governed(tokens, at)) ?? previousSubject) : null);
      subject = (relativeParty ? actorBefore(tokens, clause.first, actors, relativeParty, true) : null) ?? (clause.relative || clause.partitive ? previousSubject : null) ?? contrast ?? opener ?? kindBefore(teller ?? besideAside(tokens, clause.first)) ?? nearestBefore(teller ?? besideAside(tokens, clause.first)) ?? previousSubject;
      // (Only when the actor it would stand for is of another kind: "Jordan bought F-16s from the
      // Netherlands. The kingdom has since ordered ..." is still Jordan.)
      const states = kind ? rules.statesOfKind.get(kind.lower) : undefined;
      if (kind && states && !(subject && states.has(subject.name.toLowerCase()))) subject = stateOfKind(kind.lower, kind.start, actors) ?? subject;
      // (Never the party the clause's "from" or "to" phrase names in the other role: "the previous
      // government had said it would buy Super Hornets from the United States" after the State
      // Department's approval is not Washington buying from itself.)
      if (subject && subjectRole && phrases.some((p) => p.source === 'preposition' && p.party === subject && p.role !== subjectRole)) subject = null;
      // ("... due to arrive in 2026, and the country has already signed for the JASSM-ER": so does one
      // its kind noun stands for; not "it", which as often stands for a firm that signs to sell.)
      const pronounRole = subjectRole ?? (kind && signsToBuy(subject) ? 'recipient' : null);
      if (subject && pronounRole) phrases.push({ role: pronounRole, party: subject, at: mainVerb.first, preposition: null, source: 'pronoun', cue: null });
    } else if (!nearest && (clause.relative || clause.aside) && splitAntecedent) {
      // "help from Beijing, | which in 2021 donated six VN-4s": a relative split off its antecedent has it for its subject.
      subject = splitAntecedent;
      if (subjectRole) phrases.push({ role: subjectRole, party: subject, at: mainVerb.first, preposition: null, source: 'subject', cue: null });
    } else if (!nearest && (clause.sharesSubject || clause.subjectAfter) && previousSubject) {
      // "... and ordered 19 ATMOS guns from Elbit": the subject of the verb phrase before (for an
      // opening gerund phrase, "After receiving TB2 drones, | Mali ...", the one after).
      subject = previousSubject;
      if (subjectRole) phrases.push({ role: subjectRole, party: subject, at: mainVerb.first, preposition: null, source: 'subject', cue: null });
    } else if (nearest) {
      // ("The kingdom's Western Fleet already operates ...": a body of no state named after a kind
      // noun's possessive is the state the kind noun stands for.)
      subject = kindOwnerBefore(tokens, nearest, actors) ?? governmentOf(tokens, nearest.last, nearest.actor, actors);
      // "Ukraine was given", "Turkey was removed from": the subject of a passive giving verb receives;
      // a state that signs to buy does too.
      const role = subjectRole ?? (passiveReceiver(tokens, nearest, mainVerb) ? 'recipient' : signsToBuy(subject) ? 'recipient' : null);
      if (subject && role) {
        const coordinated = coordinatedBefore(tokens, before, nearest).map((m) => ({ m, party: partyOf(m.actor, actors) }));
        // "Embraer and the Slovak defence ministry signed a contract for three C-390s": a company and
        // a state that sign together are the seller and the buyer.
        const seller = (a: Actor) => isSeller(a, actors);
        const parties = [subject, ...coordinated.map((c) => c.party)].filter((p): p is Actor => p !== null);
        const joined = coordinated.length === 1 && tokens.slice(coordinated[0]!.m.last + 1, nearest.first).some((t) => t.lower === 'and');
        const split = joined && parties.length === 2 && parties.filter(seller).length === 1 && live.some((c) => c.cue.deal === 'sale');
        const roleOf = (party: Actor): Party => (split ? (seller(party) ? 'supplier' : 'recipient') : role);
        const head: RolePhrase = { role: roleOf(subject), party: subject, at: nearest.first, preposition: null, source: 'subject', cue: null };
        phrases.push(head);
        read.add(nearest);
        for (const { m, party } of coordinated) {
          // ("Angola and Brazil signed a contract for 40 Guarani carriers for the Angolan Armed Forces": a
          // co-subject a preposition already names on the other side is that side, not the subject's.)
          const placed = !split && party !== null && phrases.some((p) => p.source === 'preposition' && p.party === party && p.role !== role);
          if (party && !placed) phrases.push(split ? { role: roleOf(party), party, at: m.first, preposition: null, source: 'subject', cue: null } : { role, party, at: m.first, preposition: null, source: 'coordination', cue: null, head });
          read.add(m);
        }
      }
    }
  }
  // "agreed to sell it 30 jets", "has supplied it with F-16 jets": "it" is the latest actor before that is not the subject.
  // ("handed it over to Greece", "sold them in 2019": "it" is the goods, a particle, preposition or stop after it.)
  for (const verb of live) {
    if (!verb.cue.indirectObject || !/^(?:it|them)$/.test(tokens[verb.last + 1]?.lower ?? '') || pronounGoodsAt(tokens, verb) !== null) continue;
    // (With none in its sentence, the subject of the story's previous transfer clause: "Azerbaijan has
    // bought heavily from Israel, Turkey and Belarus. Belarus supplied it with Polonez launchers".)
    const party = actorBefore(tokens, verb.first, actors, subject) ?? (previousSubject !== subject ? previousSubject : null);
    if (party) phrases.push({ role: 'recipient', party, at: verb.last + 1, preposition: null, source: 'pronoun', cue: null });
  }
  const agentRole = mainVerb?.cue.agent ?? roleOfSubject;
  // "signed a contract with BAE Systems": a company the buyer deals with sells, whoever the buyer is.
  // ("the ministry signed with Airbus for 25 Eurofighters": so does one a buyer signs with.)
  const signsWith = mainVerb !== null && !mainVerb.passive && mainVerb.cue.pos === 'verb' && mainVerb.cue.agent === null && mainVerb.status === 'ordered';
  // ("Poland signed a contract with Hyundai Rotem to supply 180 K2 tanks": a giving verb after the deal
  // tells what the deal is for, and the company signed with gives, not the signer.)
  const signedFor = signsWith && live.some((c) => c.cue.pos === 'verb' && c.cue.agent === 'supplier' && !c.passive && dealWithTo(tokens, clause, c.first));
  // ("Baykar has signed Akinci contracts with Pakistan and Saudi Arabia": a company that signs with
  // buyers sells to them.)
  const subjectSells = signsWith && subject !== null && subject.kind === 'organization' && isSeller(subject, actors);
  const sideOf = (agent: Party | null): Party | null => agent && (agent === 'supplier' ? 'recipient' : 'supplier');
  for (const { mention, preposition, role } of counterparts) {
    const party = partyOf(mention.actor, actors);
    const seller = role === 'counterpart' && party !== null && isSeller(mention.actor, actors) && (signsWith || live.some((c) => c.cue.agent === 'recipient' && c.cue.deal === 'sale'));
    const sellerSigns = subjectSells && role === 'counterpart' && !seller;
    if (sellerSigns) for (const p of phrases) if (p.source === 'subject' && p.party === subject) p.role = 'supplier';
    if (seller && signedFor && !subjectSells) for (const p of phrases) if (p.source === 'subject' && p.party === subject) p.role = 'recipient';
    // ("Talks with Moscow over Mi-17 helicopters were abandoned": with no subject, the other side of
    // talks is the other side of the talks noun's agent, the buyer.)
    const talked = talks !== undefined && preposition === talks.last + 1 && !subject;
    const same = role === 'co-agent' ? agentRole : seller ? 'supplier' : sellerSigns ? 'recipient' : talked ? sideOf(talks.cue.agent) : sideOf(roleOfSubject);
    // "a deal with Algeria" with no subject says nothing of which side Algeria is on.
    if (!party || !same || (role !== 'co-agent' && !subject && !seller && !talked)) continue;
    // "Together with Germany, Denmark has delivered": the co-agent joins the subject's reading (so does
    // one of a pronoun subject: "Together with France, it supplied Kyiv").
    const subjectPhrase = role === 'co-agent' ? phrases.find((p) => (p.source === 'subject' || p.source === 'pronoun') && p.role === same && p.party !== party) : undefined;
    const phrase: RolePhrase = { role: same, party, at: mention.first, preposition, source: 'counterpart', cue: null, ...(subjectPhrase ? { head: subjectPhrase.head ?? subjectPhrase } : {}) };
    phrases.push(phrase);
    // "A first Patriot battery, donated together with the United States, arrived": the one it was
    // done together with is the subject of the story's previous transfer clause.
    if (role === 'co-agent' && !subject && previousSubject && previousSubject !== party) {
      phrases.push({ role: same, party: previousSubject, at: mention.first, preposition, source: 'pronoun', cue: null, head: phrase });
    }
  }
  // "to Brazil and to Hungary", "to Brazil, as well as to Hungary": a repeated preposition continues the list.
  for (const phrase of phrases) {
    if (phrase.source !== 'preposition' || phrase.preposition === null) continue;
    const before = tokens[phrase.preposition - 1]?.lower ?? '';
    const asWellAs = before === 'as' && tokens[phrase.preposition - 2]?.lower === 'well';
    if (before !== 'and' && !asWellAs) continue;
    const word = tokens[phrase.preposition]!.lower;
    const first = phrases.find((p) => p !== phrase && p.source === 'preposition' && p.role === phrase.role && p.preposition !== null && p.preposition < phrase.preposition! && tokens[p.preposition]!.lower === word);
    if (first) phrase.head = first.head ?? first;
  }
  // "to Ukraine and Moldova", "from Poland, Norway and Finland": the rest share the first one's reading.
  for (const phrase of [...phrases]) {
    if (phrase.source === 'subject' || phrase.source === 'coordination' || phrase.source === 'pronoun') continue;
    const start = mentions.findIndex((m) => m.first === phrase.at);
    // A list ends in "and": "from Russia, Air Force chief X said" is no list.
    const chain: { m: ActorMention; party: Actor; and: boolean }[] = [];
    for (let i = start + 1; i > 0 && i < mentions.length; i++) {
      const m = mentions[i]!;
      const gap = tokens.slice(mentions[i - 1]!.last + 1, m.first).map((t) => t.lower);
      const joined = gap.length > 0 && gap.every((w) => w === ',' || w === 'and' || w === 'the');
      const party = partyOf(m.actor, actors);
      const adjective = actors.at(tokens[m.first]!.start)?.form === 'adjective';
      // ("The F-16s promised by Denmark and the Netherlands are expected": after a passive's "by" and a
      // bare "and", the verb is the goods' own.)
      const agentList = phrase.preposition !== null && tokens[phrase.preposition]!.lower === 'by' && !gap.includes(',');
      if (!joined || read.has(m) || !party || adjective || (startsVerb(tokens, m.last + 1) && !agentList)) break;
      chain.push({ m, party, and: gap.includes('and') });
    }
    const end = chain.map((c) => c.and).lastIndexOf(true);
    for (const { m, party } of chain.slice(0, end + 1)) {
      phrases.push({ ...phrase, party, at: m.first, source: 'coordination', head: phrase.head ?? phrase });
      read.add(m);
    }
  }
  // "The modernisation of the Croatian Armed Forces also includes 12 Rafale jets bought from France":
  // a clause that names no recipient of a purchase or a delivery is for the armed force it names.
  if (!phrases.some((p) => p.role === 'recipient') && live.some((c) => c.cue.transfer && (c.cue.agent === 'recipient' || c.cue.status === 'delivered'))) {
    const body = mentions.find((m) => !read.has(m) && m.actor.kind === 'organization' && m.actor !== subject && isForce(m.actor, actors));
    const party = body ? partyOf(body.actor, actors) : null;
    if (body && party && party !== subject) phrases.push({ role: 'recipient', party, at: body.first, preposition: null, source: 'force', cue: null });
  }
  // "MANILA - ... the military had also received 32 S-70i Black Hawk helicopters": a force the
  // receiving verb's subject names with no country is the dateline's state's.
  // ("PARIS - Kyiv said the army has received ...": the state that speaks of its army, before the dateline's;
  // never the supplier the clause names.)
  const receiving = live.find((c) => c.cue.pos === 'verb' && c.cue.transfer && c.cue.agent === 'recipient' && !c.passive);
  const force = receiving && !phrases.some((p) => p.role === 'recipient') ? unnamedForce(tokens, clause.first, receiving.first, actors) : null;
  // "MANILA - Hyundai is building six patrol vessels for the Navy": goods a supplier makes or sends for
  // such a force are that state's too (not "for the Army of Hungary", a force named with its country).
  const giving = live.find((c) => c.cue.pos === 'verb' && c.cue.agent === 'supplier' && !c.passive);
  let forAt = -1;
  if (force === null && giving && !phrases.some((p) => p.role === 'recipient')) for (let k = giving.last + 1; k < clause.last && forAt === -1; k++) if (tokens[k]!.lower === 'for' && tokens[k + 1]?.lower === 'the') forAt = k;
  const forForce = forAt !== -1 ? unnamedForce(tokens, forAt + 1, Math.min(clause.last + 1, forAt + 4), actors) : null;
  const unowned = forForce !== null && tokens[forForce + 1]?.lower !== 'of' && tokens[forForce + 2]?.lower !== 'of';
  // The state of a force named with no country at `at`: the state that speaks of it, else the dateline's.
  const forceState = (at: number): Actor | null => {
    const speaker = actorBefore(tokens, clause.first, actors);
    // ("Its army received 73 T-90S tanks": the state the story spoke of before, never the supplier.)
    const owner = /^(?:its|their)$/.test(tokens[at - 1]?.lower ?? '') && previousSubject?.kind === 'country' ? previousSubject : null;
    return owner ?? (speaker?.kind === 'country' ? speaker : actors.datelineCountry);
  };
  const at = force ?? (unowned ? forForce : null);
  const home = at === null ? null : forceState(at);
  if (at !== null && home && !phrases.some((p) => p.role === 'supplier' && p.party === home)) phrases.push({ role: 'recipient', party: home, at, preposition: force === null ? forAt : null, source: 'force', cue: null });
  // ("WELLINGTON - In 2016 the Army sold 22 surplus LAV III vehicles to Chile": so is one the subject
  // of a giving verb names, the giver; never the recipient the clause names.)
  const seller = giving && !phrases.some((p) => p.role === 'supplier') ? unnamedForce(tokens, clause.first, giving.first, actors) : null;
  const giver = seller === null ? null : forceState(seller);
  if (seller !== null && giver && !phrases.some((p) => p.role === 'recipient' && p.party === giver)) phrases.push({ role: 'supplier', party: giver, at: seller, preposition: null, source: 'force', cue: null });
  // "SECO authorised Rheinmetall Air Defence ... to export Skynex systems", "let Germany send": the
  // object of a verb of leave does what the verb after it says; who allows it is no party.
  const allowed = leftToAct(tokens, clause, live, mentions, actors);
  if (allowed) {
    const kept = phrases.filter((p) => p.source !== 'subject' && p.source !== 'pronoun' && p.source !== 'coordination' && p.party !== allowed.party);
    phrases.splice(0, phrases.length, ...kept, allowed);
  }
  // "Otokar has signed a contract with Romania's Defense Ministry for 1,059 Cobra II vehicles": a
  // company that signs with a state sells to it, whichever of them is the subject.
  const buyerCompany = phrases.find((p) => p.source === 'subject' && p.role === 'recipient' && isSeller(p.party, actors));
  const sellerState = phrases.find((p) => p.source === 'counterpart' && p.role === 'supplier' && !isSeller(p.party, actors));
  if (buyerCompany && sellerState) [buyerCompany.role, sellerState.role] = ['supplier', 'recipient'];
  // "45 T-72B tanks from the Czech Republic, paid for by Washington": who pays supplies only when the
  // clause names no other supplier.
  // ("howitzers made by Konstrukta-Defence are shipped to Ukraine under a contract financed by
  // Denmark": nor when it names the goods' maker.)
  const funded = (p: RolePhrase) => p.source === 'funder' || p.head?.source === 'funder';
  // (Of a sale only: who pays for a gift built by a firm, "boats built by Metal Shark and funded by
  // Washington were donated", gives it.)
  const sale = live.some((c) => c.cue.deal === 'sale') && !live.some((c) => c.cue.deal === 'donation' || c.cue.deal === 'aid');
  const makerNamed = sale && tokens.slice(clause.first, clause.last).some((t, k) => rules.makerVerbs.has(t.lower) && tokens[clause.first + k + 1]!.lower === 'by');
  if (makerNamed || phrases.some((p) => p.role === 'supplier' && !funded(p))) return { phrases: phrases.filter((p) => !funded(p)), subject, unnamed };
  return { phrases, subject, unnamed };
}

/**
 * "Nicosia handed it over to Greece", "Russia delivered them in 2020": the index of "it" or "them"
 * standing for the goods right after a transfer verb (a particle, a preposition, a comma or the
 * clause's end follows, not more goods: "sell it 30 jets"), else null.
 */
export function pronounGoodsAt(tokens: readonly Token[], verb: CueHit): number | null {
  const at = verb.last + 1;
  if (!/^(?:it|them)$/.test(tokens[at]?.lower ?? '')) return null;
  const next = tokens[at + 1];
  const rules = transferRules();
  // ("turned it over", "handed it back": a verb's particle after the pronoun.)
  const particle = rules.separableVerbs.get(tokens[verb.last]!.lower) === next?.lower || /^(?:over|back|off|up)$/.test(next?.lower ?? '');
  // ("Belarus supplied it with Polonez launchers": the one supplied, before "with" and the goods.)
  if (verb.cue.indirectObject && next?.lower === 'with') return null;
  return !next || /^[.,;:]$/.test(next.text) || rules.prepositions.has(next.lower) || rules.otherPrepositions.has(next.lower) || particle ? at : null;
}

/** A country's armed force, which buys and receives arms: "the Croatian Armed Forces", "the Slovak Air Force". */
function isForce(actor: Actor, actors: ActorSpans): boolean {
  const party = partyOf(actor, actors);
  return party !== null && party !== actor && party.kind === 'country' && namedAsForce(actor);
}

/** An actor whose name ends with a force noun ("the Slovak Air Force", "Territorial Defence Forces"). */
function namedAsForce(actor: Actor): boolean {
  const name = actor.name.toLowerCase();
  return transferRules().forceNouns.some((noun) => name.endsWith(` ${noun}`));
}

/**
 * Actor mentions that start in the clause, outside weapon noun phrases ("Russian-made" is an origin),
 * and country words the actor stage left unclaimed ("The Nigerian Air Force") when their country is
 * an actor of the story.
 */
function mentionsIn(tokens: readonly Token[], clause: Clause, actors: ActorSpans, inWeapon: readonly boolean[]): ActorMention[] {
  const found: ActorMention[] = [];
  const { countryWords } = actorLexicon();
  const { makerVerbs } = transferRules();
  for (let i = clause.first; i <= clause.last; i++) {
    if (inWeapon[i]) continue;
    // "Patriot missiles, built in Japan by MHI under license from U.S. firms, to the United States": a
    // maker's aside after the goods names their maker, no party of the clause.
    if (tokens[i - 1]?.text === ',' && inWeapon[i - 2] && makerVerbs.has(tokens[i]!.lower)) {
      while (i < clause.last && tokens[i + 1]!.text !== ',') i++;
      continue;
    }
    const span = actors.at(tokens[i]!.start);
    if (!span) {
      // (not a currency's letters: "US$23.27 million")
      // (nor the first word of an event's name: "a Korean War memorial")
      const event = /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && actorRules().eventHeads.has(tokens[i + 1]!.lower);
      const entry = /^\p{Lu}/u.test(tokens[i]!.text) && !beforeCurrency(tokens, i) && !event ? countryWords.get(tokens[i]!.lower) : undefined;
      const country = entry ? actors.countryNamed(entry.name) : undefined;
      if (country) found.push({ first: i, last: i, actor: country });
      continue;
    }
    if (span.start !== tokens[i]!.start) continue;
    let last = i;
    while (last < clause.last && tokens[last + 1]!.start < span.end) last++;
    // "ordered 218 KF41 vehicles from the German company", "The Turkish firm is due to hand over": the story's company of that country.
    const company = span.actor.kind === 'country' ? describedCompany(tokens, i, last, span.actor.name, actors) : null;
    if (company) {
      found.push({ first: i, last, actor: company, described: true });
      i = last;
      continue;
    }
    // "the National Air Force of Angola (FANA)": a name in brackets after another restates it.
    const restated = found[found.length - 1];
    const bracketed = partyOf(span.actor, actors);
    const other = bracketed?.kind === 'country' && bracketed !== (restated && partyOf(restated.actor, actors));
    if (tokens[i - 1]?.text === '(' && tokens[last + 1]?.text === ')' && restated?.last === i - 2 && !other) {
      i = last;
      continue;
    }
    found.push({ first: i, last, actor: span.actor });
    i = last;
  }
  return found;
}

/**
 * "the NATO member", "U.S. companies": a name before a common noun modifies it. Adjectives stay
 * parties ("Ukrainian forces"), and so do names before a noun that stands for the state ("the Kyiv
 * government"). Whether the next word is a noun is asked of compromise, and only here.
 */
/** Words after a name that take an amount, not a noun it modifies. */
const AMOUNT_WORDS = new Set(['worth', 'valued', 'totalling', 'totaling', 'costing']);

function isModifier(tokens: readonly Token[], m: ActorMention, actors: ActorSpans, cues: readonly CueHit[], isNounAt: (i: number) => boolean): boolean {
  const span = actors.at(tokens[m.first]!.start);
  const next = tokens[m.last + 1];
  // "from Kyiv-based Ukroboronprom", "to the UN-recognised Government of National Accord", "the
  // US-backed government": a name joined to a lower-case word describes what follows; it is no party.
  if (nameJoinedToWord(tokens, m.last + 1)) return true;
  // "Swedish manufacturer Saab": an adjective before a description of the actor named after it.
  if (span?.form === 'adjective' || !span) {
    // "for a Romanian program": a competition is no party.
    // ("to Guyanese waters": nor is a place a ship or troops are sent to.)
    // ("from the British arm of MBDA": nor the country of a part of a firm.)
    if (transferRules().bidNouns.has(next?.lower ?? '') || transferRules().placeNouns.has(next?.lower ?? '')) return true;
    if (transferRules().firmPartNouns.has(next?.lower ?? '') && tokens[m.last + 2]?.lower === 'of') return true;
    // ("signs for Norwegian coastal missiles": nor the maker's country of the goods a preposition governs.)
    if (goodsKindAfter(tokens, m.last + 1)) return true;
    return describedAfter(tokens, m.last + 1, actors) && !transferRules().actorNouns.has(next?.lower ?? '');
  }
  if (!next || !/^\p{Ll}+$/u.test(next.text) || cues.some((c) => c.first === m.last + 1)) return false;
  const rules = transferRules();
  const two = wordsAt(tokens, m.last + 1, 2);
  if (rules.actorNouns.has(next.lower) || rules.actorNouns.has(two) || rules.adverbs.has(next.lower) || isVerbForm(next.lower)) return false;
  // "Russia's Irkut corporation": a company noun after a company's name describes it.
  if (actorRules().companyNouns.has(next.lower) || actorRules().companySuffixes.has(next.lower)) return false;
  // "sent Russia hundreds of drones": a count opens the goods; the name before it is no modifier.
  if (weaponLexicon().words.numbers.has(next.lower)) return false;
  // ("has sent Ukraine its entire stock of FH70 howitzers": a determiner opens the goods too.)
  if (rules.objectOpeners.has(next.lower)) return false;
  // "a package for Ukraine worth DKK 4.2 billion": a word that takes an amount modifies nothing.
  if (AMOUNT_WORDS.has(next.lower)) return false;
  // ("bought T-72 tanks from Ukraine years ago": a span of time after the name dates the clause.)
  if (rules.timeSpans.has(next.lower)) return false;
  return isNounAt(m.last + 1);
}

/** Lower-case words an adjective may take before the kind of goods it gives the origin of ("coastal"). */
const GOODS_KIND_WORDS = 2;

/**
 * "coastal missiles", "howitzers": up to two lower-case words from token `from` on, then a head noun of
 * goods that ends its noun phrase ("missiles from", "drones,", "missiles days after"); not one that
 * describes the noun after it ("an American air defence purchase", "the Russian arms exporter",
 * "Polish tank crews").
 */
function goodsKindAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + GOODS_KIND_WORDS && tokens[k] && /^\p{Ll}+$/u.test(tokens[k]!.text); k++) {
    const head = headNounEnd(tokens, k);
    if (head === null) continue;
    const next = tokens[head + 1];
    return !next || !/^\p{Ll}+$/u.test(next.text) || transferRules().phraseEnds.has(next.lower) || transferRules().prepositions.has(next.lower) || isVerbForm(next.lower);
  }
  return false;
}

/** Lower-case words between an adjective and the name it describes ("Swedish manufacturer Saab"). */
const ADJECTIVE_DESCRIPTION_WORDS = 2;

/**
 * "Swedish defence firm Saab", "Turkish state-owned Baykar": one or two lower-case words from token
 * `from` on (a hyphenated word counts as one), then a name.
 */
function describedAfter(tokens: readonly Token[], from: number, actors: ActorSpans): boolean {
  let k = from;
  for (let words = 0; tokens[k] && (/^\p{Ll}+$/u.test(tokens[k]!.text) || inCompound(tokens, k)); k++) if (opensWord(tokens, k) && ++words > ADJECTIVE_DESCRIPTION_WORDS) return false;
  return k > from && tokens[k] !== undefined && Boolean(actors.at(tokens[k]!.start));
}

/**
 * Whether every cue of the clause stands in a relative set off by commas that closes before `at`
 * ("the 4x4 vehicles, which are to be handed over next year, would equip a battalion earmarked for
 * the alliance's pool"): a preposition there belongs to the clause's own verb, and names no party.
 */
function afterCueAside(tokens: readonly Token[], clause: Clause, live: readonly CueHit[], at: number): boolean {
  if (live.length === 0) return false;
  const first = Math.min(...live.map((c) => c.first));
  const last = Math.max(...live.map((c) => c.last));
  // The comma nearest before the first cue opens the relative.
  let comma = first - 1;
  while (comma > clause.first && tokens[comma]!.text !== ',') comma--;
  const opens = comma > clause.first && transferRules().relativePronouns.has(tokens[comma + 1]?.lower ?? '');
  return opens && tokens.slice(last + 1, at).some((t) => t.text === ',');
}

/**
 * The party-marking preposition before a mention ("from Belarus", "to the Ukrainian army",
 * "together with the United States"); 'other' for one that marks no party ("according to",
 * "warnings from", "against", "in Brussels").
 */
function prepositionBefore(tokens: readonly Token[], clause: Clause, first: number, last?: number): { index: number; role: PrepositionRole } | 'other' | null {
  const rules = transferRules();
  // ("to a string of African states, among them Burkina Faso": "them" is no word of a description.)
  if (first >= 2 && rules.prepositions.get(wordsAt(tokens, first - 2, 2)) === 'inherit') return { index: first - 1, role: 'inherit' };
  let p = forceOfBefore(tokens, first) ?? first - 1;
  // "from the manufacturer, Baykar": a firm's name set off after the noun that describes it.
  if (tokens[p]?.text === ',' && actorRules().companyNouns.has(tokens[p - 1]?.lower ?? '')) p--;
  // "from Swedish manufacturer Saab", "to the state-owned firm X": a short description before the name.
  // A hyphen joins two words into one ("state-owned", "pan-European") and counts for none.
  for (let words = 0; words < DESCRIPTION_WORDS && p > clause.first; p--) {
    // "from San Diego-based General Atomics": where a firm is based describes it; so does who backs
    // or recognises a body ("to the UN-recognised Government of National Accord").
    if (nameJoinedToWord(tokens, p - 1)) {
      p -= 2;
      for (let k = 0; k < PLACE_WORDS && p > clause.first && /^\p{Lu}/u.test(tokens[p - 1]!.text) && /^\p{Lu}/u.test(tokens[p]!.text); k++) p--;
      words++;
      // (the loop's p-- then steps past the place's first word)
      continue;
    }
    // ("two of which Russia delivered": a relative pronoun ends the description; "of" is not Russia's;
    // nor is "under" in "Under an earlier agreement Georgia took delivery": a deal noun ends it too.)
    // ("For decades Kazakhstan relied on Russia": nor is a span of time a description.)
    if (!isDescriptionWord(tokens[p]!, tokens, p) || /^(?:which|whom|whose|who)$/.test(tokens[p]!.lower) || rules.dealNouns.has(tokens[p]!.lower) || rules.timeSpans.has(tokens[p]!.lower)) break;
    // ("to favour the Czech bid": a word between "to" and the description's article is a verb, and the phrase no party's.)
    if (tokens[p - 1]?.lower === 'to' && /^(?:the|a|an)$/.test(tokens[p + 1]?.lower ?? '') && p + 1 < first && /^\p{Ll}+$/u.test(tokens[p]!.text) && !rules.prepositions.has(tokens[p]!.lower)) return null;
    if (opensWord(tokens, p)) words++;
  }
  // "from the British arm of European missile maker MBDA": a part of the firm, named by its country
  // or not, stands for the firm.
  if (tokens[p]?.lower === 'of' && rules.firmPartNouns.has(tokens[p - 1]?.lower ?? '')) {
    p -= 2;
    if (/^\p{Lu}/u.test(tokens[p]?.text ?? '')) p--;
    if (tokens[p]?.lower === 'the') p--;
  }
  if (p < clause.first) return null;
  // ("adds to the military equipment Portugal has sent to Ukraine": goods named right before a name
  // that a verb follows are the object of the name's own relative clause, not what the name describes.)
  if (p < first - 1 && last !== undefined && weaponLexicon().words.headKinds.has(tokens[first - 1]!.lower) && startsVerb(tokens, last + 1)) return null;
  const word = tokens[p]!.lower;
  // "| after Ankara bought ...": a subordinator that opens the clause governs its verb, not the name.
  // ("The announcement comes a month after the government signed ...": so is one inside the clause
  // whose name is followed by a verb.)
  if (rules.subordinators.has(word) && (p === clause.first || (last !== undefined && startsVerb(tokens, last + 1)))) return null;
  const two = wordsAt(tokens, p - 1, 2);
  const three = wordsAt(tokens, p - 2, 3);
  const role = rules.prepositions.get(three) ?? rules.prepositions.get(two) ?? rules.prepositions.get(word);
  if (!role) return rules.otherPrepositions.has(word) ? 'other' : null;
  return [two, three, wordsAt(tokens, p - 3, 4)].some((w) => rules.notPrepositions.has(w)) ? 'other' : { index: p, role };
}

/** "to the army of the Central African Republic": where the words before a force of the named state end. */
function forceOfBefore(tokens: readonly Token[], first: number): number | null {
  let k = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  // "to the police of neighbouring Solomon Islands": one describing word before the state.
  if (tokens[k]?.lower !== 'of' && tokens[k - 1]?.lower === 'of' && /^\p{Ll}+$/u.test(tokens[k]!.text)) k--;
  if (tokens[k]?.lower !== 'of') return null;
  for (const n of [2, 1]) {
    const start = k - n;
    if (start > 0 && forceNounAt(tokens, start) === n) return tokens[start - 1]!.lower === 'the' ? start - 2 : start - 1;
  }
  return null;
}

/** Where an alternative to the clause's goods opens ("in favour of", "rather than"), if it does. */
function alternativeAt(tokens: readonly Token[], clause: Clause): number | null {
  const { alternativeOpeners } = transferRules();
  for (let k = clause.first; k <= clause.last; k++) if (alternativeOpeners.has(wordsAt(tokens, k, 3))) return k;
  return null;
}

/** Words between a country and the firm it describes ("US defence manufacturer Kaman"). */
const FIRM_DESCRIPTION_WORDS = 3;

/** Lower-case words (hyphenated too) few enough to describe a firm: "state-owned", "defence group", "state-owned arms maker" (a hyphened pair is one word). */
function describes(between: readonly Token[]): boolean {
  const hyphens = between.filter((t) => t.text === '-').length;
  return between.length - 2 * hyphens <= FIRM_DESCRIPTION_WORDS && between.every((t) => /^(?:\p{Ll}+|-)$/u.test(t.text));
}

/** Lower-case words from `from` to `to` that name a kind of firm ("manufacturer", "defence contractor"). */
function describesFirm(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to);
  // ("to Algeria by shipbuilder TKMS": a preposition between, and the country is a party of its own.)
  const describing = (t: Token) => /^\p{Ll}+$/u.test(t.text) && isDescriptionWord(t);
  return between.length > 0 && between.length <= FIRM_DESCRIPTION_WORDS && between.every(describing) && between.some((t) => actorRules().companyNouns.has(t.lower));
}

const DESCRIPTION_WORDS = 4;
/** Words of a place name before "-based". */
const PLACE_WORDS = 2;
/** Words from "awarded" to its "to" ("awarded in 2023 to"). */
const AWARD_REACH = 4;

/** "The contract, awarded in 2023 to Pap Tecnos": a contract is awarded to its seller. */
function awarded(tokens: readonly Token[], clause: Clause, to: number): boolean {
  if (tokens[to]?.lower !== 'to') return false;
  for (let k = to - 1; k >= clause.first && to - k <= AWARD_REACH; k--) if (transferRules().awardWords.has(tokens[k]!.lower)) return true;
  return false;
}

/** Words from a deal noun to the "by" of its agent ("the sale of Eurofighter jets to Saudi Arabia by"). */
const NOUN_BY_REACH = 8;

/** Whether a deal noun ending at `last` reaches "by" at `by`: near, with no verb between ("package ..., paid for by"). */
function nounReaches(tokens: readonly Token[], last: number, by: number, inWeapon: readonly boolean[]): boolean {
  if (by - last > NOUN_BY_REACH) return false;
  for (let k = last + 1; k < by; k++) if (!inWeapon[k] && /^\p{Ll}/u.test(tokens[k]!.text) && isVerbForm(tokens[k]!.lower) && !isNounForm(tokens[k]!.lower)) return false;
  return true;
}

/** Words from the maker of a deal to its noun ("Croatia to finance the purchase"). */
const NOUN_AGENT_REACH = 5;
/** Words from a qualifier ("is due to") to the deal noun it leads on to ("begin deliveries"). */
const QUALIFIED_NOUN_REACH = 4;
/** Words between an embedding preposition and its noun cue ("over Ankara's planned purchase"). */
const EMBEDDED_REACH = 5;

/** A noun cue inside a prepositional phrase that makes it the reason or topic of another act. */
function embedded(tokens: readonly Token[], clause: Clause, cue: CueHit): boolean {
  if (cue.cue.pos !== 'noun') return false;
  const { embeddingPrepositions } = transferRules();
  for (let k = cue.first - 1; k >= clause.first && cue.first - k <= EMBEDDED_REACH; k--) {
    const word = tokens[k]!.lower;
    if (embeddingPrepositions.has(word) || embeddingPrepositions.has(`${tokens[k - 1]?.lower ?? ''} ${word}`)) return true;
    // "suspending discussions on the $23 billion package": the topic of talks.
    if (word === 'on' && transferRules().talksNouns.has(tokens[k - 1]?.lower ?? '')) return true;
    if (isVerbForm(word) && !isNounForm(word)) return false;
  }
  return false;
}
/** How far before "including" the preposition of the unnamed party it lists may stand. */
const LIST_REACH = 12;

/** The supplier or recipient role of the nearest "from" / "to" / "for" before a list word. */
function listRole(tokens: readonly Token[], clause: Clause, at: number): Party | null {
  const { prepositions } = transferRules();
  for (let k = at - 1; k >= clause.first && at - k <= LIST_REACH; k--) {
    const role = prepositions.get(tokens[k]!.lower);
    if (role === 'supplier' || role === 'recipient') return role;
  }
  return null;
}

function isDescriptionWord(token: Token, tokens: readonly Token[] = [], k = -1): boolean {
  const rules = transferRules();
  if (token.lower === 'the' || token.lower === 'a' || token.text === '-') return true;
  // "from state-owned Baykar", "from privately held Elbit Systems": who owns or runs the firm, though
  // a part of the word ("owned", "state") may also be a verb.
  if (/^\p{Ll}+$/u.test(token.text) && (rules.ownershipWords.has(token.lower) || inCompound(tokens, k))) return true;
  // "to India and China": a list, not a description; China is read as India's coordinate.
  if (token.lower === 'and' || token.lower === 'or') return false;
  // "from European missile maker MBDA": a country's or a region's adjective.
  // ("from South Korean state-backed Hyundai Rotem": the first word of a country's adjective of two words;
  // "from the Anglo-Italian company AgustaWestland": a form joined to one.)
  if (/^\p{Lu}/u.test(token.text)) return actorLexicon().countryWords.has(token.lower) || actorLexicon().countryWords.has(`${token.lower} ${tokens[k + 1]?.lower ?? ''}`) || rules.regionAdjectives.has(token.lower) || actorRules().combiningForms.has(token.lower);
  // ("German arms maker Diehl Defence": a goods word names the firm's trade.)
  if (rules.tradeWords.has(token.lower)) return true;
  return /^\p{Ll}+$/u.test(token.text) && !rules.prepositions.has(token.lower) && !rules.otherPrepositions.has(token.lower) && !rules.unnamedParties.has(token.lower) && !isVerbForm(token.lower);
}

/** Whether token k is a part of a hyphenated word, or its hyphen ("state-owned", "government-run"). */
function inCompound(tokens: readonly Token[], k: number): boolean {
  return k >= 0 && (joinedByHyphen(tokens, k) || joinedByHyphen(tokens, k + 1) || joinedByHyphen(tokens, k + 2));
}

/** The hyphen at h joins a capitalised name to a lower-case word: "Kyiv-based", "UN-recognised", "US-backed". */
function nameJoinedToWord(tokens: readonly Token[], h: number): boolean {
  return joinedByHyphen(tokens, h + 1) && /^\p{Lu}/u.test(tokens[h - 1]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[h + 1]!.text);
}

/** "U.S.-donated", "Iranian-supplied": the name ending at `last` joined by a hyphen to a participle of giving. */
function givenBy(tokens: readonly Token[], last: number): boolean {
  const rules = transferRules();
  const word = tokens[last + 2];
  if (!nameJoinedToWord(tokens, last + 1) || !word || !(word.lower.endsWith('ed') || rules.irregularParticiples.has(word.lower))) return false;
  return Boolean(rules.cues.longestAt(tokens, last + 2)?.payloads.some((p) => p?.pos === 'verb' && p.transfer !== false && p.agent === 'supplier' && p.status === 'delivered'));
}

/** A noun cue that the mention ending at `last` modifies: "Moscow donation", "Serbia's new $1bn purchase". */
function nounCueAfter(tokens: readonly Token[], last: number, cues: readonly CueHit[]): CueHit | null {
  let k = last + 1;
  for (let skipped = 0; skipped <= 3 && tokens[k]; skipped++, k++) {
    const cue = cues.find((c) => c.first === k);
    // ("assembled by SEMAN under a licence": a noun standing for the clause's verb has no premodifier.)
    if (cue) return cue.cue.pos === 'noun' && !cue.cue.clauseVerb ? cue : null;
    if (!transferRules().premodifierFillers.has(tokens[k]!.lower) && !/^[\d.,]+$/.test(tokens[k]!.text)) return null;
  }
  return null;
}

/** "Seoul's agreement in February to sell", "Warsaw's deal to buy": the agent of the verb a deal noun's infinitive opens. */
function infinitiveAgent(tokens: readonly Token[], clause: Clause, noun: CueHit, cues: readonly CueHit[]): Party | null {
  if (!noun.cue.transfer) return null;
  // (Only a short date may come between: not "The Iraq deal follows a contract to sell".)
  const to = afterShortDate(tokens, noun.last + 1);
  if (to > clause.last || tokens[to]?.lower !== 'to') return null;
  return cues.find((c) => c.first === to + 1 && c.cue.pos === 'verb')?.cue.agent ?? null;
}

/** Words of an aside between the object of a verb of leave and its "to" ("Rheinmetall Air Defence, the former Oerlikon Contraves, to"). */
const LEAVE_ASIDE = 12;

/** The party a verb of leave lets act, or whose intent it is, in the role of the verb it lets happen ("authorised Rheinmetall to export", "a Danish plan to give"). */
function leftToAct(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], mentions: readonly ActorMention[], actors: ActorSpans): RolePhrase | null {
  const { leaveVerbs, intentNouns } = transferRules();
  for (const c of cues) {
    if (c.cue.pos !== 'verb' || c.passive || !c.cue.agent) continue;
    let j = c.first - 1;
    const to = tokens[j]?.lower === 'to';
    if (to) j--;
    if (tokens[j]?.text === ',') {
      let open = j - 1;
      while (open > clause.first && j - open <= LEAVE_ASIDE && tokens[open]!.text !== ',') open--;
      if (tokens[open]?.text !== ',') continue;
      j = open - 1;
    }
    // ("blocked a Danish plan to give Ukraine Piranha III carriers", "Spain's request to pass on": so is the owner of an intent.)
    const intent = to && intentNouns.has(tokens[j]?.lower ?? '') ? j : -1;
    // (A noun: after its article and a country's adjective, or after a possessive; not the verb of "Peru plans to acquire".)
    const owner = intent < 0 ? undefined : mentions.find((x) => (x.last === intent - 1 && /^(?:a|an|the)$/.test(tokens[x.first - 1]?.lower ?? '')) || (x.last === intent - 2 && isPossessiveMark(tokens[intent - 1])));
    const m = owner ?? mentions.find((x) => x.last === j);
    if (!m) continue;
    const verb = tokens[m.first - 1]?.lower ?? '';
    if (!owner && (!leaveVerbs.has(verb) || (!to && !/^(?:let|lets|letting)$/.test(verb)))) continue;
    const party = partyOf(m.actor, actors);
    if (party) return { role: c.cue.agent, party, at: m.first, preposition: null, source: 'subject', cue: null };
  }
  return null;
}

/** ", which wants to join the European Union,": token ranges of relative clauses after a comma, to the next comma or the clause's end. */
function relativeClauses(tokens: readonly Token[], clause: Clause): Clause[] {
  const found: Clause[] = [];
  for (let i = clause.first; i < clause.last; i++) {
    if (tokens[i]!.text !== ',' || !transferRules().asideOpeners.has(tokens[i + 1]!.lower)) continue;
    let end = i + 1;
    while (end < clause.last && tokens[end]!.text !== ',') end++;
    found.push({ first: i, last: end });
    i = end - 1;
  }
  return found;
}

/** ", which it co-produces with China,": relative clauses opened by a relative pronoun that hold no cue. */
function silentRelatives(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[]): Clause[] {
  const { relativePronouns } = transferRules();
  return relativeClauses(tokens, clause).filter((r) => relativePronouns.has(tokens[r.first + 1]!.lower) && !cues.some((c) => c.last >= r.first && c.first <= r.last));
}

/**
 * ", first raised during a visit by Evo Morales to Russia in 2019,": an aside set off by commas that
 * opens on a participle (past adverbs) with no agent right after it, and holds no cue, tells no transfer
 * and names no party of the clause's.
 */
function silentParticiples(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[]): Clause[] {
  const { adverbs, timeAdverbs } = transferRules();
  const found: Clause[] = [];
  for (let open = clause.first; open <= clause.last; open++) {
    if (tokens[open]!.text !== ',') continue;
    let close = open + 1;
    while (close <= clause.last && tokens[close]!.text !== ',') close++;
    if (close > clause.last) break;
    let k = open + 1;
    while (k < close && (adverbs.has(tokens[k]!.lower) || timeAdverbs.has(tokens[k]!.lower) || tokens[k]!.lower === 'first')) k++;
    // (Not one whose agent follows it: ", won by France's Naval Group," names the seller of a tender.)
    const participle = k < close && /^\p{Ll}+$/u.test(tokens[k]!.text) && isParticiple(tokens[k]!) && tokens[k + 1]?.lower !== 'by';
    if (participle && !cues.some((c) => c.last > open && c.first < close)) found.push({ first: open + 1, last: close - 1 });
    open = close - 1;
  }
  return found;
}

/**
 * A passive giving verb right after its subject ("Kyiv was given", "Turkey has been removed from"):
 * the subject is the one the verb gives to. Only auxiliaries and adverbs may stand between them.
 */
function passiveReceiver(tokens: readonly Token[], subject: ActorMention, verb: CueHit): boolean {
  if (!verb.passive || !verb.cue.indirectObject || verb.cue.agent !== 'supplier') return false;
  const { passiveAuxiliaries, adverbs, modality } = transferRules();
  const between = tokens.slice(subject.last + 1, verb.first);
  return between.length > 0 && between.every((t) => passiveAuxiliaries.has(t.lower) || adverbs.has(t.lower) || modality.has(t.lower) || HAVE.has(t.lower));
}

const HAVE = new Set(['has', 'have', 'had']);

/** Actors coordinated before a subject: "Poland and Norway", "Poland, Finland and Norway". */
/** The first word of the list of names `m` closes ("Indra, Santa Bárbara Sistemas and Escribano"), or of `m` alone. */
function listStart(tokens: readonly Token[], mentions: readonly ActorMention[], m: ActorMention): number {
  const first = (coordinatedBefore(tokens, mentions, m).at(-1) ?? m).first;
  return tokens[first - 1]?.lower === 'the' ? first - 1 : first;
}

function coordinatedBefore(tokens: readonly Token[], before: readonly ActorMention[], subject: ActorMention): ActorMention[] {
  const found: ActorMention[] = [];
  const { besideWords } = transferRules();
  let current = subject;
  for (let i = before.indexOf(subject) - 1; i >= 0; i--) {
    const m = before[i]!;
    // "Denmark, Norway and the Netherlands": an article may open a member of the list.
    const gap = tokens.slice(m.last + 1, current.first).map((t) => t.lower);
    if (!gap.some((w) => w === ',' || w === 'and') || !gap.every((w) => w === ',' || w === 'and' || w === 'the')) break;
    // ("Besides Bangladesh, Yugoimport has sold the howitzer to Cyprus": a name set beside the subject is none of its list.)
    if (besideWords.has(tokens[m.first - 1]?.lower ?? '') || besideWords.has(wordsAt(tokens, m.first - 2, 2))) break;
    found.push(m);
    current = m;
  }
  return found;
}

/** Words from another passive verb to its "by": "had been held for months by". */
const PASSIVE_BY_REACH = 4;

/** A passive verb that is no cue ("had been held") in the few words before `by`, after `from`. */
function passiveBetween(tokens: readonly Token[], from: number, by: number, cues: readonly CueHit[]): boolean {
  for (let k = Math.max(from + 1, by - PASSIVE_BY_REACH); k < by; k++) {
    const t = tokens[k]!;
    // ("when rebels backed by neighbouring Sudan were advancing": a participle right before "by" takes it without an auxiliary.)
    if (/^\p{Ll}/u.test(t.text) && isParticiple(t) && (k === by - 1 || transferRules().passiveAuxiliaries.has(tokens[k - 1]!.lower)) && !cues.some((c) => c.first <= k && c.last >= k)) return true;
  }
  return false;
}

/** "The kingdom's Western Fleet": the state a kind noun's possessive before an organisation of no state stands for. */
function kindOwnerBefore(tokens: readonly Token[], mention: ActorMention, actors: ActorSpans): Actor | null {
  const actor = mention.actor;
  if (actor.kind !== 'organization' || partyOf(actor, actors) !== actor || homeCountry(actor, actors) !== null) return null;
  const [the, kind, s] = [tokens[mention.first - 3], tokens[mention.first - 2], tokens[mention.first - 1]];
  if (the?.lower !== 'the' || !kind || !isPossessiveMark(s)) return null;
  return stateOfKind(kind.lower, kind.start, actors);
}

/**
 * "The kingdom": the state named before `offset` that a kind noun with states of its own (rules'
 * statesOfKind) stands for: the one named most often, the latest on a tie ("RIYADH - ... The Royal
 * Saudi Air Force received ... from Britain's BAE Systems. ... The Kingdom also operates" is Saudi Arabia).
 */
export function stateOfKind(noun: string, offset: number, actors: ActorSpans): Actor | null {
  const states = transferRules().statesOfKind.get(noun);
  if (!states) return null;
  const named = actors.within(0, offset).filter((span) => span.actor.kind === 'country' && states.has(span.actor.name.toLowerCase()));
  const times = new Map<Actor, number>();
  for (const span of named) times.set(span.actor, (times.get(span.actor) ?? 0) + 1);
  let best: Actor | null = null;
  for (const span of named) if (!best || times.get(span.actor)! >= times.get(best)!) best = span.actor;
  return best;
}

/** Words of a relative set off by commas between a reporter and its verb. */
const ASIDE_REACH = 24;

/**
 * "The coast guard, which also runs radar sites on behalf of NATO, said | it had agreed": before a
 * reporting verb, a relative set off by commas is no one the pronoun after the verb stands for; the
 * index of its opening comma, else `first`.
 */
function besideAside(tokens: readonly Token[], first: number): number {
  const verb = first - 1;
  if (!transferRules().reportingVerbs.has(tokens[verb]?.lower ?? '') || tokens[verb - 1]?.text !== ',') return first;
  for (let j = verb - 2; j > 0 && verb - j <= ASIDE_REACH; j--) {
    if (tokens[j]!.text !== ',') continue;
    return /^(?:which|who)$/.test(tokens[j + 1]?.lower ?? '') ? j : first;
  }
  return first;
}

/**
 * The party of the latest actor mention before token `end` in the sentence, other than `not`; with
 * `first`, of the earliest one (the subject a relative's "it" stands for: "Ukraine praised Poland, ...,
 * and Slovakia, from which it received"); only a name whose first token `accept` takes (-1 for a name
 * met past its first token).
 */
export function actorBefore(tokens: readonly Token[], end: number, actors: ActorSpans, not: Actor | null = null, first = false, accept: (at: number) => boolean = () => true): Actor | null {
  for (let i = 0; i < end; i++) {
    const k = first ? i : end - 1 - i;
    // "the US-led programme": a name inside a hyphenated modifier is no one a pronoun stands for.
    if (tokens[k + 1]?.text === '-' && !tokens[k + 1]!.spaceBefore) continue;
    const span = actors.at(tokens[k]!.start);
    // ("Patria 6x6 vehicles that it bought", "a Saab 340 it flies": a maker's name that opens a model's is no one either.)
    if (span && span.end === tokens[k]!.end && /^\p{Lu}*\d/u.test(tokens[k + 1]?.text ?? '')) continue;
    let nameEnd = k;
    while (span && tokens[nameEnd + 1] && actors.at(tokens[nameEnd + 1]!.start) === span) nameEnd++;
    const party = span ? governmentOf(tokens, nameEnd, span.actor, actors) : null;
    if (party && party !== not && accept(span!.start === tokens[k]!.start ? k : -1)) return party;
  }
  return null;
}

/** Whether a party preposition ("from", "to the") governs the name that opens at token `first`. */
function governed(tokens: readonly Token[], first: number): boolean {
  return transferRules().prepositions.get(tokens[first - (tokens[first - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '') !== undefined;
}

/**
 * The name that opens the sentence ("Moscow's ties with Bangui ...", "The United States ..."), when
 * the latest name before `end` follows a preposition ("with Bangui"): the subject a pronoun after a
 * subordinator stands for.
 */
/** Words of a phrase that opens a sentence before its comma ("In addition to the M113s,"). */
const OPENING_PHRASE_WORDS = 8;

/** Subject pronouns that stand for a party told before ("it", "they"). */
const STANDING_PRONOUNS = new Set(['it', 'they']);

function openingSubject(tokens: readonly Token[], end: number, actors: ActorSpans, previousSubject: Actor | null): Actor | null {
  // ("In July the kingdom activated ...": past a short date that opens the sentence.)
  let start = afterShortDate(tokens, 0);
  if (tokens[start]?.text === ',') start++;
  // ("In addition to the M113s, it has handed over ..., and it has pledged": past an opening phrase a
  // preposition opens and a comma closes.)
  const { prepositions, otherPrepositions, besideWords } = transferRules();
  const opening = [prepositions, otherPrepositions, besideWords].some((words) => words.has(tokens[start]?.lower ?? '')) ? tokens.findIndex((t, k) => k > start && k < end && k - start <= OPENING_PHRASE_WORDS && t.text === ',') : -1;
  if (opening > 0) start = opening + 1;
  if (tokens[start]?.lower === 'the') start++;
  const span = tokens[start] ? actors.at(tokens[start]!.start) : undefined;
  // ("The country has had no combat aircraft since 1997, when it sold 21 MiG-29s": a state named by
  // its kind is the latest state of that kind, or for "the country" the dateline's state.)
  const kind = !span && transferRules().stateKindNouns.has(tokens[start]?.lower ?? '') ? tokens[start]! : null;
  // ("It took delivery of TB2s from Turkey, and the Apaches it ordered ...": an opening pronoun stands
  // for the subject the clause before was given.)
  const pronoun = !span && !kind && STANDING_PRONOUNS.has(tokens[start]?.lower ?? '') ? previousSubject : null;
  const opener = span ? partyOf(span.actor, actors) : kind ? (stateOfKind(kind.lower, kind.start, actors) ?? actors.datelineCountry) : pronoun;
  if (!opener) return null;
  let k = end - 1;
  while (k > start && !actors.at(tokens[k]!.start)) k--;
  // (A kind noun with no name after it stands for its state as a name would; a name is left to the
  // nearest actor before, which is itself.)
  if (k === start) return kind ? opener : null;
  let first = k;
  while (first > 0 && actors.at(tokens[first - 1]!.start) === actors.at(tokens[k]!.start)) first--;
  if (first <= start || !governed(tokens, first)) return null;
  return opener;
}

function startsVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  return Boolean(next && isVerbForm(next.lower) && !isNounForm(next.lower));
}

/**
 * Roles that an unnamed party takes: the noun right before a cue verb (or its "to") is one of
 * "countries", "allies", "members" ... and no actor stands between it and the verb.
 */
function unnamedRoles(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], mentions: readonly ActorMention[]): Set<Party> {
  const { unnamedParties } = transferRules();
  const roles = new Set<Party>();
  for (const cue of cues) {
    if (cue.cue.pos !== 'verb' || !cue.cue.agent || cue.passive) continue;
    let k = cue.first - 1;
    if (tokens[k]?.text === '-') k -= 2;
    if (tokens[k]?.lower === 'to') k--;
    while (k >= clause.first && transferRules().modality.has(tokens[k]!.lower)) k--;
    // "with the United States to buy": a word of a name ("States") is no unnamed party.
    if (k >= clause.first && unnamedParties.has(tokens[k]!.lower) && !mentions.some((m) => m.last >= k && m.last < cue.first)) roles.add(cue.cue.agent);
  }
  // "has exported the TB2 to more than two dozen countries": a party's preposition before an unnamed party.
  for (let k = clause.first; k <= clause.last; k++) {
    const role = transferRules().prepositions.get(tokens[k]!.lower);
    if (role !== 'supplier' && role !== 'recipient') continue;
    for (let j = k + 1; j <= clause.last && j - k <= UNNAMED_REACH && /^(?:\p{Ll}+|\d[\d,]*)$/u.test(tokens[j]!.text); j++) {
      if (unnamedParties.has(tokens[j]!.lower)) {
        if (!mentions.some((m) => m.first > k && m.first < j)) roles.add(role);
        break;
      }
    }
  }
  // "signing deals for K9 howitzers and K2 tanks in Europe": buyers told, after the cue, only by where
  // they are (not "its only ally in Africa, donated two UH-1H helicopters").
  const market = (k: number) => transferRules().unnamedMarkets.some((words) => phraseAt(tokens, k, words) && !isPossessiveMark(tokens[k + words.length]));
  const afterCue = cues.length > 0 ? Math.min(...cues.map((c) => c.last)) + 1 : clause.last + 1;
  for (let k = Math.max(clause.first, afterCue); k <= clause.last; k++) if (market(k)) roles.add('recipient');
  return roles;
}

/** Words from a party's preposition to the unnamed party it names ("to more than two dozen countries"). */
const UNNAMED_REACH = 5;

/**
 * The party an actor stands for in a transfer: a state body acts for its state ("the US embassy",
 * "the Indian Navy", "Kenya Defence Forces"), a person for the country their role names ("President of Serbia"); media are
 * never parties; companies and groups are parties of their own.
 */
const isArmedGroup = (actor: Actor) => lexiconType(actor) === 'armed-group';

/**
 * The party a name ending at token `last` stands for; "the Duterte administration": a leader's
 * government, its state named nowhere in it, is the story's own state.
 */
function governmentOf(tokens: readonly Token[], last: number, actor: Actor, actors: ActorSpans): Actor | null {
  const party = partyOf(actor, actors);
  // (Not a person's: "the Trump administration" in a story from Kyiv is no Ukrainian body.)
  const leader = transferRules().leaderBodyNouns.has(tokens[last + 1]?.lower ?? '') && actor.kind === 'organization' && !actor.memberOf;
  return leader && party?.kind !== 'country' ? (actors.datelineCountry ?? party) : party;
}

/** "The Senate", part of Congress, acts for the United States: up a chain of state bodies to the state, or the top body. */
function bodyAbove(body: Actor, actors: ActorSpans): Actor {
  const seen = new Set([body.id]);
  let top = body;
  while (top.kind === 'organization' && top.memberOf && !isCompany(top)) {
    const up = actors.byId.get(top.memberOf);
    if (!up || seen.has(up.id)) break;
    seen.add(up.id);
    top = up;
  }
  return top;
}

export function partyOf(actor: Actor, actors: ActorSpans): Actor | null {
  if (actor.kind === 'media') return null;
  if (actor.kind === 'country') return actor;
  const parent = actor.memberOf ? actors.byId.get(actor.memberOf) : undefined;
  // "bought from the Americans": a country's people stand for it.
  if (actor.kind === 'group') return parent?.kind === 'country' ? parent : actor;
  // A body of a state acts for it; a company that is part of a group ("Rosoboronexport, part of
  // Rostec") is a party of its own.
  if (parent) return parent.kind === 'country' || actor.kind !== 'organization' || !isCompany(parent) ? bodyAbove(parent, actors) : actor;
  if (actor.kind === 'person') return countryIn(actor.role, actors) ?? countryIn(actor.name, actors);
  // "Khalifa Haftar's Libyan National Army": an armed group the lexicon knows acts for no state, whatever its name says.
  if (isArmedGroup(actor)) return actor;
  const name = actor.name.toLowerCase();
  const bodies = [...actorRules().governmentBodies, ...transferRules().actorNouns];
  // "the Indian Navy", "Ministry of Defence", "the National Air Force of Angola".
  const stateBody = bodies.some((body) => name === body || name.endsWith(` ${body}`) || name.startsWith(`${body} `) || name.includes(` ${body} of `));
  // "Defence Ministry" with no country in its name: the ministry of the dateline's country; not a
  // force with a name of its own ("Rapid Support Forces", a militia).
  // ("Air Defence-Air Force": words a hyphen joins are words of the name too.)
  const own = name.split(/[\s-]+/).filter((w) => !bodies.some((body) => body.split(' ').includes(w)) && !transferRules().genericBodyWords.has(w));
  // ("TRIPOLI - The Ministry of Defence of the Government of National Unity (GNU)": else the dateline's
  // state, when the lexicon has the government its name or alias names act for it; "Ministry of
  // Defence" alone is also the British one's alias.)
  const lexiconHome = () => (actors.datelineCountry && homeCountry(actor, actors) === actors.datelineCountry.name ? actors.datelineCountry : null);
  return (stateBody ? (countryIn(actor.name, actors) ?? (own.length === 0 ? actors.datelineCountry : null) ?? lexiconHome()) : null) ?? actor;
}

/** Words from an arrival's "in"/"at" to the place it names ("at the port of Ashdod", "at Kecskemet air base"). */
const ARRIVAL_PLACE_REACH = 5;

/** The country of the place an arrival verb names ("arrived at the port of Ashdod" -> Israel), when it is a country of the story. */
function arrivalPlace(tokens: readonly Token[], clause: Clause, live: readonly CueHit[], actors: ActorSpans): { party: Actor; at: number; preposition: number } | null {
  for (const c of live) {
    if (!c.cue.arrival || c.cue.pos !== 'verb') continue;
    let k = c.last + 1;
    while (transferRules().adverbs.has(tokens[k]?.lower ?? '')) k++;
    // ("reached Colombo": a place as the object of its arrival.)
    if (c.cue.placeObject) k = placeObjectStart(tokens, c.last) - 1;
    else if (!/^(?:in|at)$/.test(tokens[k]?.lower ?? '')) continue;
    for (let j = k + 1; j <= clause.last && j - k <= ARRIVAL_PLACE_REACH; j++) {
      if (actors.at(tokens[j]!.start)) break;
      const party = actors.placeCountryAt(tokens[j]!.start);
      if (party) return { party, at: j, preposition: k };
    }
  }
  return null;
}

/** Words between a punishing word and the act it punishes ("sanctions on X and its director for buying"). */
const PUNISHED_REACH = 14;

/**
 * "imposed sanctions on Turkey for buying", "penalized China's agency over purchasing": the actor
 * right after the punishing word is the agent of the act after "for" / "over", not the clause's subject.
 */
function punishedAgent(tokens: readonly Token[], clause: Clause, cues: readonly CueHit[], unread: readonly ActorMention[]): { mention: ActorMention; role: Party } | null {
  const { punishingWords } = transferRules();
  const act = cues.find((c) => c.cue.pos === 'verb' && c.cue.agent && /ing$/.test(tokens[c.first]!.lower) && /^(?:for|over)$/.test(tokens[c.first - 1]?.lower ?? ''));
  if (!act) return null;
  for (let k = act.first - 2; k >= clause.first && act.first - k <= PUNISHED_REACH; k--) {
    if (!punishingWords.has(tokens[k]!.lower)) continue;
    const mention = unread.find((m) => m.first > k && m.first - k <= 3 && m.last < act.first);
    return mention ? { mention, role: act.cue.agent! } : null;
  }
  return null;
}

/** Tokens between an owner's "'s" and the act it owns ("Russia's full - scale invasion"). */
const EVENT_NOUN_REACH = 5;

/** Words between a country's adjective and the company noun it describes ("the Turkish defence firm"). */
const COMPANY_NOUN_REACH = 2;

/**
 * "from the German company", "the South Korean manufacturer": a country's adjective before a company
 * noun, with no name after it, is the latest company of that country the story named before.
 */
function describedCompany(tokens: readonly Token[], first: number, last: number, country: string, actors: ActorSpans): Actor | null {
  if (!/^(?:the|a)$/.test(tokens[first - 1]?.lower ?? '')) return null;
  const { companyNouns } = actorRules();
  let k = last + 1;
  while (k - last <= COMPANY_NOUN_REACH && tokens[k] && !companyNouns.has(tokens[k]!.lower) && /^\p{Ll}+$/u.test(tokens[k]!.text)) k++;
  if (!companyNouns.has(tokens[k]?.lower ?? '') || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return null;
  const sellers = [...actors.byId.values()].filter((actor) => isSeller(actor, actors) && homeCountry(actor, actors) === country);
  return latestNamedBefore(sellers, tokens[first]!.start);
}

/** The mention stands right after token k, or after a "the" there: "gave Ukraine", "talks with the United States". */
function nameAfter(tokens: readonly Token[], k: number, m: ActorMention): boolean {
  return m.first === k + 1 || (m.first === k + 2 && tokens[k + 1]?.lower === 'the');
}

/** The object named right after a verb at `k`, lower-case words describing it between ("supplied the self-styled Libyan National Army with"). */
function objectAfter(tokens: readonly Token[], k: number, m: ActorMention): boolean {
  // (After "the" only: "delivered through Iran" names no object.)
  return nameAfter(tokens, k, m) || (tokens[k + 1]?.lower === 'the' && m.first > k + 2 && describes(tokens.slice(k + 2, m.first)));
}

/**
 * Where "the army", "the military", "the air force", "the service" with no country before it stands
 * (or "its army", "their navy"), between from and to, or null.
 */
function unnamedForce(tokens: readonly Token[], from: number, to: number, actors: ActorSpans): number | null {
  for (let k = from; k < to - 1; k++) {
    if (!/^(?:the|its|their)$/.test(tokens[k]!.lower) || actors.at(tokens[k + 1]!.start)) continue;
    if (forceNounAt(tokens, k + 1) > 0 || transferRules().forceReferences.includes(tokens[k + 1]!.lower)) return k + 1;
  }
  return null;
}

/** How many words of a force noun ("the air force", "the army") start at token k: 2, 1, or 0 for none. */
export function forceNounAt(tokens: readonly Token[], k: number): number {
  const { forceNouns } = transferRules();
  return forceNouns.includes(wordsAt(tokens, k, 2)) ? 2 : forceNouns.includes(tokens[k]?.lower ?? '') ? 1 : 0;
}

/**
 * "Prague was among the first to arm Kyiv, sending dozens of T-72 tanks": the one a verb of aid
 * governs receives what a participle of giving after a comma sends.
 */
function aidedBeforeParticiple(tokens: readonly Token[], m: ActorMention, live: readonly CueHit[]): boolean {
  const verb = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  if (!transferRules().aidVerbs.has(tokens[verb]?.lower ?? '')) return false;
  return live.some((c) => c.cue.pos === 'verb' && c.cue.agent === 'supplier' && c.first > m.last && /\p{Ll}ing$/u.test(tokens[c.first]!.text) && tokens[c.first - 1]?.text === ',');
}

/** Words between a helping verb and the possessor it helps ("bolster Ukraine's", "strengthen the Kyiv government's"). */
const BENEFICIARY_REACH = 3;

/** "strengthening Ukraine's defences", "to bolster Kyiv's air defences": the possessor receives what the clause gives. */
function beneficiary(tokens: readonly Token[], m: ActorMention): boolean {
  const { beneficiaryVerbs, beneficiaryNouns } = transferRules();
  if (!isPossessiveMark(tokens[m.last + 1])) return false;
  const noun = [tokens[m.last + 2]?.lower, `${tokens[m.last + 2]?.lower ?? ''} ${tokens[m.last + 3]?.lower ?? ''}`];
  if (!noun.some((n) => n && beneficiaryNouns.has(n))) return false;
  // "strengthening Ukraine's defences", "to bolster Kyiv's"; not "will replenish Poland's stocks after Warsaw sent".
  for (let k = m.first - 1; k >= 0 && m.first - k <= BENEFICIARY_REACH; k--) if (beneficiaryVerbs.has(tokens[k]!.lower) && (/ing$/.test(tokens[k]!.lower) || tokens[k - 1]?.lower === 'to')) return true;
  return false;
}

/** Words from a subject to the fleet noun it builds ("has itself built up a large arsenal"). */
const FLEET_VERB_REACH = 8;

/**
 * "Azerbaijan has itself built up a large arsenal of ..., including Polonez launchers delivered by Belarus",
 * "Qatar has built up its air defences, including Patriot batteries supplied by ...": the subject holds the goods.
 */
function buildsFleet(tokens: readonly Token[], last: number): boolean {
  const { fleetNouns, fleetVerbs, beneficiaryNouns } = transferRules();
  const listed = (k: number) => tokens[k]?.lower === 'including' || (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'including');
  let verb = false;
  for (let k = last + 1; k <= last + FLEET_VERB_REACH && tokens[k]; k++) {
    const word = tokens[k]!.lower;
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) return false;
    if (fleetVerbs.has(word)) verb = true;
    else if (fleetNouns.has(word)) return verb && (tokens[k + 1]?.lower === 'of' || listed(k + 1));
    else if (verb && beneficiaryNouns.has(word) && listed(k + 1)) return true;
  }
  return false;
}

/** Words between a possessor's "'s" and its fleet noun ("Colombia's ageing fleet of"). */
const FLEET_REACH = 3;

/** "Colombia's ageing fleet of Kfir fighters": the mention ending at `last` holds the goods after "fleet of". */
function holdsFleet(tokens: readonly Token[], last: number): boolean {
  if (!isPossessiveMark(tokens[last + 1])) return false;
  for (let k = last + 2; k <= last + 2 + FLEET_REACH && tokens[k]; k++) {
    if (transferRules().fleetNouns.has(tokens[k]!.lower)) return tokens[k + 1]?.lower === 'of';
    if (!/^\p{Ll}/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** A company that acts for itself (not a state body, nor a part of a state): "Hanwha Aerospace". */
export function isSeller(actor: Actor, actors: ActorSpans): boolean {
  return actor.kind === 'organization' && isCompany(actor) && partyOf(actor, actors) === actor;
}

/** A country that still exists: "Soviet-era" goods given away today are not the Soviet Union's. */
export function livingState(actor: Actor | null | undefined): boolean {
  return actor?.kind === 'country' && !countryEntry(actor)?.historical;
}

/** A territory that takes no arms as a state does ("reach Antarctica"; not the Cook Islands, rules' receivingTerritories). */
export function isTerritory(actor: Actor): boolean {
  return actor.kind === 'country' && countryEntry(actor)?.territory === true && !transferRules().receivingTerritories.has(actor.name);
}

const countryEntry = (actor: Actor) => actorLexicon().countryWords.get(actor.name.toLowerCase());

/** An organisation whose canonical name reads as a company or a group of companies, not a state body. */
function isCompany(actor: Actor): boolean {
  const name = actor.name.toLowerCase();
  return !actorRules().governmentBodies.some((body) => name.includes(body)) && !transferRules().actorNouns.has(name.split(' ').pop() ?? '');
}

function countryIn(text: string | undefined, actors: ActorSpans): Actor | null {
  if (!text) return null;
  for (const word of text.split(/[\s,]+/)) {
    const entry = actorLexicon().countryWords.get(word.toLowerCase());
    const country = entry ? actors.countryNamed(entry.name) : undefined;
    if (country) return country;
  }
  return null;
}

let homes: Map<string, string> | null = null;
let groups: Map<string, string> | null = null;

/**
 * The country an actor belongs to, by name: a country itself, else the country the actor lexicon
 * gives an organisation ("Larsen & Toubro" -> India), else the country it is a member of.
 */
export function homeCountry(actor: Actor, actors: ActorSpans): string | null {
  if (actor.kind === 'country') return actor.name;
  if (!homes) {
    const { entries } = actorLexicon();
    homes = new Map();
    groups = new Map();
    for (const e of entries.values()) {
      const country = e.country ? entries.get(e.country)?.name : undefined;
      if (country && e.kind === 'organization') for (const name of [e.name, ...e.aliases]) homes.set(name.toLowerCase(), country);
      if (country && e.type === 'company') for (const name of [e.name, ...e.aliases]) groups.set(name.toLowerCase(), country);
    }
  }
  const named = [actor.name, ...actor.aliases].map((n) => homes!.get(n.toLowerCase())).find(Boolean);
  if (named) return named;
  // "Thales Australia", "Airbus Spain": a group's company named by its country is at home there
  // (so is the group, when the story only ever writes it so: "KNDS France").
  const suffixed = (name: string) => {
    const words = name.split(' ');
    const last = actor.kind === 'organization' && words.length > 1 ? actorLexicon().countryWords.get(words[words.length - 1]!.toLowerCase()) : undefined;
    return last && last.kind === 'country' && [last.name, ...last.aliases].includes(words[words.length - 1]!) ? last.name : null;
  };
  const written = new Set(actor.mentions.filter((m) => m.form === 'name').map((m) => suffixed(m.text)));
  const home = suffixed(actor.name) ?? (written.size === 1 ? [...written][0] : null);
  if (home) return home;
  const parent = actor.memberOf ? actors.byId.get(actor.memberOf) : undefined;
  if (parent?.kind === 'country') return parent.name;
  // "Denel Land Systems", "Denel Dynamics": a firm named by a known company's name and more words is
  // a division of that company, at home where it is.
  const nameWords = actor.name.split(' ');
  for (let n = nameWords.length - 1; n > 0 && actor.kind === 'organization'; n--) {
    const group = groups!.get(nameWords.slice(0, n).join(' ').toLowerCase());
    if (group) return group;
  }
  return null;
}

/** "Azerbaijan's Azad Systems": the country whose possessive names a firm the lexicon lacks, when always the same. */
export function possessiveHome(actor: Actor, actors: ActorSpans): string | null {
  // (A country's name ending three characters before the firm's: "'s ".)
  const ownerOf = (m: { start: number }) => {
    const span = actors.at(m.start - 4);
    return span?.actor.kind === 'country' && span.end === m.start - 3 && span.form === 'name' ? span.actor.name : null;
  };
  const owners = new Set(actor.mentions.filter((m) => m.form === 'name').map(ownerOf));
  return owners.size === 1 ? [...owners][0]! : null;
}
