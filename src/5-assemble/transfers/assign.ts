/**
 * Drafts of transfers for one item of a clause: its supplier and recipient chosen among the clause's
 * readings (./parties.ts), its status, deal, count, date and evidence.
 */
import type { Actor, TransferStatus } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { isPossessiveMark, opensWord, phraseAt, tokenAfter, wordsAt, type Token } from '../../nlp/tokens.js';
import type { ActorSpans } from '../../3-annotate/weapons/actor-spans.js';
import { THING_RELATIVE, type Clause } from './clauses.js';
import { clauseStatus, isParticiple, pastPerfectDeal, type CueHit } from './cues.js';
import { dateIn, evidenceOf, textOf } from './evidence.js';
import type { Item } from './items.js';
import { relativeOpening } from './goods.js';
import type { Draft } from './merge.js';
import { actorBefore, homeCountry, isSeller, possessiveHome, livingState, partyOf, type ClauseParties, type RolePhrase } from './parties.js';
import { transferRules, type Party } from './rules.js';
import { isCount, weaponLexicon } from '../../lexicon/weapons.js';

/** One draft per supplier and recipient the clause gives the item ("Poland and Norway are expected to send"). */
/** Words of listed goods before a reduced relative on them ("Mi-35 attack helicopters"). */
const LISTED_GOODS_WORDS = 8;

export function draftsFor(
  doc: AnalysisDocument,
  tokens: readonly Token[],
  clause: Clause,
  cues: readonly CueHit[],
  item: Item,
  parties: ClauseParties,
  status: TransferStatus,
  sentence: number,
  actors: ActorSpans,
  clauseCues: readonly CueHit[] = cues,
  otherGoods: readonly number[] = [],
  setApart: readonly number[] = [],
  earlierRelatives: readonly (readonly [number, number])[] = [],
): Draft[] {
  const governing = governingNoun(item, parties.phrases);
  const used = inUse(tokens, cues, clause);
  // ("F-16s which were built by Fokker under licence": a licensed builder supplies nothing.)
  const licensed = tokens.slice(clause.first, clause.last + 1).some((t, k) => transferRules().licenceWords.has(wordsAt(tokens, clause.first + k, 2)));
  const builtBy = licensed ? null : makerAfter(tokens, item, actors);
  // Verbs of a statement coordinated after the item ("... and plans to buy"), not its own predicate
  // ("arrived in"), and verbs of other goods after it ("to replace the NH90s it had ordered from France").
  // Goods that are the clause's subject ("The C-390 is in service with ... and has been ordered by
  // ...") take the parties of every verb after them.
  const object = clauseCues.some((c) => c.cue.pos === 'verb' && c.last < item.phrase.first);
  // ("received most of the 44 Leopard tanks and all 24 PzH 2000 howitzers it ordered from KMW": a
  // relative after goods listed with the item is about the whole list.)
  // (Walked token by token, not sliced: a long clause has many goods and cues.)
  const listedWith = (g: number) => {
    for (let k = item.phrase.last + 1; k < g; k++) if (!listJoint(tokens[k]!)) return false;
    return g > item.phrase.last;
  };
  const listed = otherGoods.filter(listedWith);
  const relativeOn = (g: number, c: CueHit) => {
    for (let k = g; k < c.first; k++) if (transferRules().relativeSubjects.has(tokens[k]!.lower)) return true;
    return false;
  };
  // ("Yak-130 jets and Mi-35 attack helicopters bought from Russia", "K-8 jets and F-7TN fighters,
  // both bought from China": so is a reduced relative right after the last goods of the list.)
  const reducedOn = (g: number, c: CueHit) =>
    c.cue.pos === 'verb' && isParticiple(tokens[c.first]!) && transferRules().reducedRelativeAfter.has(tokens[c.last + 1]?.lower ?? '') && c.first - g <= LISTED_GOODS_WORDS && tokens.slice(g, relativeOpening(tokens, c.first)).every((t) => /^[\p{L}\p{N}-]/u.test(t.text));
  const onList = (c: CueHit) => listed.some((g) => g < c.first && (relativeOn(g, c) || reducedOn(g, c)));
  const laterVerbs = clauseCues
    .filter((c) => c.cue.pos === 'verb' && c.cue.transfer && c.first > item.phrase.last && !onList(c) && ((object && tokens.slice(item.phrase.last + 1, c.first).some((t) => t.lower === 'and')) || otherGoods.some((g) => g > item.phrase.last && g < c.first && relativeOn(g, c))))
    .map((c) => c.first);
  // ("signed contracts for 30 Turkish-made armoured vehicles and three light attack aircraft from
  // Brazil": goods whose origin is stated take no seller's "from" told after later goods of their list.)
  const ownOrigin = (p: RolePhrase, role: Party) => role === 'supplier' && item.origin !== null && p.source === 'preposition' && p.party !== item.origin && listed.some((g) => g < p.at);
  const readings = (role: Party): (RolePhrase | null)[] => {
    // ("Mi-35M helicopters acquired from Russia as well as Chinese CH-3 drones": nor the parties of a
    // reduced relative on goods before it.)
    const theirs = (p: RolePhrase) => earlierRelatives.some(([from, to]) => p.at > from && p.at < to);
    const found = partyFor(item, parties.phrases.filter((p) => !theirs(p) && !(p.at > item.phrase.last && (setApart.some((g) => g < p.at) || ownOrigin(p, role)))), governing, role, laterVerbs);
    const head = found?.head ?? found;
    return head ? [head, ...parties.phrases.filter((p) => p.head === head)] : [null];
  };
  // "is in service with Portugal, and has been ordered by Austria": the holders of the fleet and the
  // buyers are two groups of recipients.
  const fleetHead = (p: RolePhrase) => p.role === 'recipient' && !p.head && p.preposition !== null && transferRules().fleetWords.has(tokens[p.preposition - 1]?.lower ?? '');
  const recipients = [...readings('recipient')];
  const both = parties.phrases.find(fleetHead) && parties.phrases.find((p) => p.role === 'recipient' && !p.head && !fleetHead(p));
  if (both) for (const extra of [parties.phrases.find(fleetHead)!, both]) if (!recipients.includes(extra)) recipients.push(extra, ...parties.phrases.filter((p) => p.head === extra));
  const suppliers = readings('supplier');
  // "has exported the TB2 to more than two dozen countries": a party no one names; the transfer is no
  // claim, but it still says who sells the system.
  const unnamed = (!suppliers[0] && parties.unnamed.has('supplier')) || (!recipients[0] && parties.unnamed.has('recipient'));
  const cueWords = cues.map((c) => textOf(tokens, c.first, c.last)).join(', ');
  const deal = governing?.cue?.cue.deal ?? cues.find((c) => c.cue.deal)?.cue.deal ?? null;
  const evidence = evidenceOf(doc, tokens, clause);
  const request = cues.some((c) => c.cue.request && !c.negated);
  // "It also flies six TB2 drones bought from Turkey": the stage comes from a state of having. "is in
  // service with Portugal, and has been ordered by Austria": only the fleet's holder has it in service.
  const having = cues.some((c) => c.cue.background && !c.negated);
  const acts = cues.filter((c) => !c.cue.background);
  const fleet = (r: RolePhrase | null) => r?.preposition != null && transferRules().fleetWords.has(tokens[r.preposition - 1]?.lower ?? '');
  // "acquired 48 used howitzers from South Korean army stocks": goods that exist already, bought
  // (not planned), are handed over with the sale.
  // (A headline's present "buys" tells the deal, not the handover.)
  const bought = cues.some((c) => c.cue.pos === 'verb' && c.cue.agent === 'recipient' && c.status === 'ordered' && isParticiple(tokens[c.first]!));
  const secondHand = bought && cues.every((c) => !c.modal) && doc.sentences[sentence]?.role !== 'headline' && isSecondHand(tokens, clause, item);
  // ("the army's Hermes 900 drones were bought from Elbit": goods told as someone's, bought before, are held.)
  const owned = bought && cues.some((c) => c.passive && c.first > item.phrase.last) && /^(?:'s|’s|its|their)$/.test(tokens[item.phrase.first - 1]?.lower ?? '');
  const boughtBefore = pastPerfectDeal(tokens, cues) || owned;
  const out: Draft[] = [];
  for (const r of recipients) {
    // A holder of a fleet that the story names as no state ("the Portuguese Air Force" with no Portugal) is no claim.
    if (fleet(r) && r!.party.kind !== 'country') continue;
    // A holder named with "in service with" states the delivery itself; the buyers beside it take the other cues.
    const fleetClause = having && recipients.some(fleet);
    // "already operates 28 K9 howitzers, delivered by Hanwha from 2019": a delivery told with the fleet is an event.
    // A noun ("before their transfer") tells no event of the fleet's own.
    const background = having && !fleetClause && !acts.some((c) => c.status === 'delivered' && c.cue.transfer && c.cue.pos === 'verb' && !c.negated);
    const told = fleetClause ? (fleet(r) ? 'delivered' : (clauseStatus(acts) ?? status)) : status;
    const stage = told === 'ordered' && (secondHand || boughtBefore) ? 'delivered' : told;
    for (const s of suppliers) {
      const rules = [`status ${stage} from ${cueWords}${stage !== told ? (secondHand ? ' (second-hand goods)' : ' (bought before the past the story tells)') : ''}`];
      if (r) rules.push(`recipient ${r.party.name} (${r.source})`);
      if (s) rules.push(`supplier ${s.party.name} (${s.source})`);
      let supplier = s?.party ?? null;
      let recipient = r?.party ?? null;
      // "Hanwha will deliver 18 K9 howitzers to Estonia": a company delivers what it was ordered to;
      // its delivery still to come is awaited, not promised.
      const owed = stage === 'announced' && s?.source === 'subject' && supplier !== null && isSeller(supplier, actors) && cues.some((c) => c.modal && c.cue.status === 'delivered' && c.cue.pos === 'verb' && !c.cue.deal && FUTURE.has(tokens[c.first - 1]?.lower ?? ''));
      if (owed) rules.push('status pending (a company delivers what it was ordered to)');
      // The owner the noun phrase names ("Russia's S-400", "its own F-35s") is the party the clause
      // has not named yet: the recipient when a supplier is known, else the supplier. A pronoun
      // that stands for the subject ("their own Leopard 2 tanks" after "Poland and Norway") names no one new.
      const subjects = new Set(parties.phrases.filter((p) => p.source === 'subject' || p.source === 'coordination' || p.source === 'pronoun').map((p) => p.party));
      const pronounOwner = item.pronounOwner ? (parties.subject ?? actorBefore(tokens, item.phrase.first, actors, supplier)) : null;
      const owner = item.possessor ?? (pronounOwner && !subjects.has(pronounOwner) ? pronounOwner : null);
      // ("Israel's first KC-46 tankers slip to 2026", "Chile's new frigates arrive": goods that arrive
      // or are awaited, with no party named, are awaited by their owner; not by their maker, "the
      // first parts of Russia's S-400 system have arrived".)
      const awaited = !supplier && !recipient && Boolean(item.possessor) && owner?.id !== item.weapon?.origin && cues.some((c) => c.cue.pos === 'verb' && (c.cue.arrival || (c.cue.transfer === false && c.status === 'pending')));
      // ("Nigeria's 12 Super Tucanos ... were sold through the US government": goods told as someone's
      // that a seller's verb in the passive moves, with no party named, were sold to their owner.)
      const sold = !supplier && !recipient && Boolean(item.possessor) && owner?.id !== item.weapon?.origin && cues.some((c) => c.passive && c.cue.pos === 'verb' && c.cue.agent === 'supplier' && c.first > item.phrase.last);
      if (owner && (awaited || sold)) {
        recipient = owner;
        rules.push(`recipient ${owner.name} (owner of goods ${awaited ? 'awaited' : 'sold to it'})`);
      } else if (owner && supplier && !recipient && owner !== supplier) {
        recipient = owner;
        rules.push(`recipient ${owner.name} (owner)`);
      } else if (owner && !supplier && owner !== recipient && (item.possessor || recipient)) {
        // "three of its Leopard 2 tanks were handed over to Kyiv": goods of their holder go to another.
        supplier = owner;
        rules.push(`supplier ${owner.name} (possessor)`);
      }
      // "Polish Leopard 2 tanks arrived in Ukraine": the country that holds them gives them.
      if (!supplier && item.holder && recipient && item.holder !== recipient && livingState(item.holder)) {
        supplier = item.holder;
        rules.push(`supplier ${supplier.name} (holder)`);
      }
      // ("The Arab Organization for Industrialization signed an agreement with Korea Aerospace Industries
      // to produce 36 FA-50 aircraft under licence": a licensee firm makes the goods for its state.)
      const licensee = recipient && recipient.kind === 'organization' && licensed ? (licenseeState(recipient, supplier, actors) ?? stateFirmHome(tokens, recipient, actors)) : null;
      // (Not the maker's own state: "Hanwha Aerospace, which agreed to produce K9A1EGY howitzers under licence" in Egypt.)
      if (licensee && licensee.id !== item.weapon?.origin) {
        rules.push(`recipient ${licensee.name} (the state of the licensee ${recipient!.name})`);
        recipient = licensee;
      }
      // ("signed a letter of intent with the United States ..., ending its plan to buy Brazilian-made
      // Guarani vehicles": a state the clause deals with sells no goods the story says another state made.)
      const otherState = s?.source === 'counterpart' && supplier?.kind === 'country' && item.origin?.kind === 'country' && item.origin !== supplier && livingState(item.origin);
      if ((!supplier || otherState) && item.origin && item.origin !== recipient && (item.origin.kind !== 'country' || livingState(item.origin))) {
        supplier = item.origin;
        rules.push(`supplier ${supplier.name} (stated origin${otherState ? ", over the clause's counterpart" : ''})`);
      }
      // A fleet in service names its supplier with "from" ("drones bought from Turkey", "donated by Denmark and Sweden"),
      // or its maker right after it ("frigates, which were built by Spain's Navantia"), or is no claim.
      // ("operates its own patrol boat and a surveillance aircraft from Banjul": a capital after the
      // fleet's verb and "from" is where the fleet is based, no seller; not after another verb's "from",
      // "were delivered from Beijing ..., and the service flies", "flies J-10s bought from Beijing".)
      const from = s?.source === 'preposition' && s.preposition !== null && tokens[s.preposition]?.lower === 'from' ? s.preposition : null;
      const usedFrom = (c: CueHit) => from !== null && c.cue.background && c.last < from && !cues.some((o) => !o.cue.background && o.first > c.last && o.first < from);
      const based = from !== null && actors.at(tokens[s!.at]!.start)?.form === 'capital' && cues.some(usedFrom);
      const fleetUnnamed = background && ((s?.source !== 'preposition' && s?.head?.source !== 'preposition') || based);
      const fleetMaker = fleetUnnamed && builtBy && builtBy !== recipient ? builtBy : null;
      out.push({
        system: item.weapon?.id ?? null,
        ...(item.description ? { description: item.description } : {}),
        supplier: fleetUnnamed ? (fleetMaker?.id ?? null) : (supplier?.id ?? null),
        recipient: recipient?.id ?? null,
        quantity: item.phrase.quantity,
        status: owed ? 'pending' : stage === 'ordered' && used ? 'delivered' : stage,
        deal,
        date: dateIn(doc, evidence),
        evidence,
        rules: [
          ...rules,
          ...(!owed && stage === 'ordered' && used ? ['status delivered (goods bought and in use)'] : []),
          ...(fleetMaker ? [`supplier ${fleetMaker.name} (the fleet's maker)`] : []),
        ],
        sentence,
        maker: (builtBy ?? item.maker)?.id ?? null,
        ...(!supplier && !recipient && item.holder && livingState(item.holder) ? { heldBy: item.holder.id } : {}),
        ...(request ? { request } : {}),
        ...(cues.some((c) => c.cue.arrival && c.cue.pos === 'verb' && !c.negated) ? { arrival: true } : {}),
        // ("from Sweden and Britain": so is one listed after that phrase's state.)
        ...(((s?.source === 'preposition' && s.at > item.phrase.last) || (s?.source === 'coordination' && s.head?.source === 'preposition' && s.head.at > item.phrase.last)) ? { boughtFrom: true } : {}),
        ...(cues.some((c) => c.cue.passOn && !c.negated) ? { passOn: true } : {}),
        ...(stage === 'announced' && cues.some((c) => c.cue.pledge && !c.negated) ? { pledged: true } : {}),
        ...(stage !== told ? { secondHand: true } : {}),
        ...(stage === 'delivered' && cues.some((c) => c.begun && !c.negated) ? { begun: true } : {}),
        ...(r ? { recipientSource: r.source } : {}),
        ...(s ? { supplierSource: s.source } : {}),
        ...purchaseYearOf(doc, tokens, cues, clauseCues, evidence.start, evidence.end),
        ...(background ? { background } : {}),
        ...(unnamed ? { tentative: true } : {}),
      });
    }
  }
  return out;
}

/** Words before a use word whose subject, after the purchase, is the goods bought ("both fleets have been used"). */
const USE_SUBJECT_REACH = 4;

/**
 * Goods bought (a past purchase verb, stated as a fact) that the sentence has in use were delivered:
 * the goods are the object of the use verb before the purchase ("relied heavily on armed drones bought
 * abroad", "has operated eight Hornets bought from the United States"), or the subject of a use verb
 * after it is the goods ("Khartoum bought Su-24s from Belarus ..., and both fleets have been used").
 * ("replacing MiG-29s that the air force operated", "China has deployed similar missiles": other goods.)
 */
function inUse(tokens: readonly Token[], cues: readonly CueHit[], clause: Clause): boolean {
  const rules = transferRules();
  const bought = cues.find((c) => c.cue.pos === 'verb' && c.status === 'ordered' && !c.modal && !c.negated && rules.pastPurchases.has(tokens[c.first]!.lower));
  if (!bought) return false;
  const words = tokens.map((t) => t.lower);
  // ("will continue to fly its MiG-29Ks": goes on using what it has, no plan.)
  const goesOn = (i: number) => words[i - 1] === 'to' && rules.goingOnVerbs.has(words[i - 2] ?? '');
  const useAt = (i: number) => rules.useWords.has(words[i]!) && (goesOn(i) || !words.slice(Math.max(0, i - 3), i).some((b) => rules.planWords.has(b)));
  // ("fields Aksungur drones | that it bought from Turkey": a relative's goods are used in the clause they hang on.)
  // ("flies its MiG-29K fighters, | 45 of which were bought from Russia": so are a partitive relative's.)
  const partitive = tokens[clause.first + 1]?.lower === 'of' && THING_RELATIVE.test(tokens[clause.first + 2]?.lower ?? '');
  const from = THING_RELATIVE.test(tokens[clause.first]?.lower ?? '') || partitive ? 0 : clause.first;
  for (let i = from; i < bought.first; i++) if (useAt(i)) return true;
  // (", first displayed at a military parade in 2016": a participle set off after the goods is theirs.)
  // (not another's use: ", used by Ukraine against Russian forces", ", operated by the French Air Force")
  const setOff = (i: number) => (words[i - 1] === ',' || (words[i - 2] === ',' && (rules.adverbs.has(words[i - 1]!) || rules.timeAdverbs.has(words[i - 1]!)))) && !words.slice(i + 1, i + 4).includes('by');
  // ("were bought from Nexter ... more than a decade ago and have been used against armed groups": a
  // use verb joined to the purchase by "and", with only auxiliaries and adverbs between, shares its subject.)
  const auxiliary = (w: string) => rules.passiveAuxiliaries.has(w) || rules.perfectAuxiliaries.has(w) || rules.adverbs.has(w) || rules.timeAdverbs.has(w);
  const joined = (i: number) => {
    let j = i - 1;
    while (j > bought.last && i - j <= USE_SUBJECT_REACH && auxiliary(words[j]!)) j--;
    return j > bought.last && words[j] === 'and';
  };
  for (let i = bought.last + 1; i < words.length; i++) {
    // ("have bought HIMARS from the United States and already have them in service": so is one held since.)
    if (joined(i) && rules.heldPhrases.some((phrase) => phraseAt(tokens, i, phrase))) return true;
    if (useAt(i) && (setOff(i) || joined(i) || words.slice(Math.max(bought.last + 1, i - USE_SUBJECT_REACH), i).some((w) => rules.useSubjects.has(w) || rules.fleetNouns.has(w)))) return true;
  }
  return false;
}

/**
 * "Armenia bought Su-30SM fighters from Russia in 2019": the year of the first date after a past
 * purchase verb, with no other cue verb between them ("ordered 30 more, adding to the 24 it bought
 * in 2015" dates the older purchase, not this one).
 */
function purchaseYearOf(doc: AnalysisDocument, tokens: readonly Token[], cues: readonly CueHit[], clauseCues: readonly CueHit[], start: number, end: number): { purchaseYear?: number } {
  const verb = cues.find((c) => c.cue.pos === 'verb' && c.status === 'ordered' && !c.modal && !c.negated);
  if (!verb) return {};
  const after = tokens[verb.last]!.end;
  // "In 2019, Armenia bought ...": with no date after the verb, the one before it in the clause.
  const before = (d: { start: number }) => !clauseCues.some((c) => c !== verb && c.cue.pos === 'verb' && tokens[c.first]!.start < d.start);
  // ("since 1997, when it sold 21 MiG-29s": a clause opened by "when" after a date is of that date.)
  const when = (d: { end: number }) => /^\s*,\s*$/.test(doc.text.slice(d.end, start)) && /^when\b/i.test(doc.text.slice(start, start + 5));
  // ("ordered 30 more, adding to the 24 it bought in 2015": another verb between the purchase and a date takes the date.)
  const verbBetween = (to: number) => clauseCues.some((c) => c !== verb && c.cue.pos === 'verb' && tokens[c.first]!.start >= after && tokens[c.first]!.start < to);
  const date =
    doc.layers.dates.find((d) => d.type === 'DATE' && d.start >= after && d.end <= end) ??
    doc.layers.dates.find((d) => d.type === 'DATE' && ((d.start >= start && d.end <= tokens[verb.first]!.start && before(d)) || (d.end <= start && when(d))));
  // ("which has bought Israeli Barak 8 air defence systems ... over the past decade": purchases spread
  // over the years before the story date from the span's start.)
  const span = doc.layers.dates.find((d) => d.type === 'DURATION' && d.start >= after && d.end <= end && (!date || d.start < date.start) && /^P\d+Y$/.test(d.value) && /\b(?:past|last)\b/i.test(d.text) && /\b(?:over|in|during)\s+$/i.test(doc.text.slice(Math.max(0, d.start - 8), d.start)));
  if (span && doc.referenceDate && !verbBetween(span.start)) return { purchaseYear: Number(doc.referenceDate.slice(0, 4)) - Number(span.value.slice(1, -1)) };
  // ("bought T-72 tanks from Ukraine years ago": an unnumbered span of years back, taken as several
  // (three) years, or ten for decades.)
  const ago = !date && doc.referenceDate ? doc.layers.dates.find((d) => d.type === 'DURATION' && d.start >= after && d.end <= end && /^PX(?:Y|DE)$/.test(d.value) && /^\s+ago\b/i.test(doc.text.slice(d.end, d.end + 5))) : undefined;
  if (ago && !verbBetween(ago.start)) return { purchaseYear: Number(doc.referenceDate!.slice(0, 4)) - (ago.value === 'PXY' ? 3 : 10) };
  if (!date || verbBetween(date.start)) return {};
  // "in the 1990s" (TIMEX3 "199"): the decade's first year.
  const year = /^\d{4}/.exec(date.value)?.[0] ?? (/^\d{3}$/.test(date.value) ? `${date.value}0` : undefined);
  return year ? { purchaseYear: Number(year) } : {};
}

/** The nearest noun cue before the item whose possessor names a party: "the Moscow donation of T-72 tanks". */
function governingNoun(item: Item, phrases: readonly RolePhrase[]): RolePhrase | null {
  let best: RolePhrase | null = null;
  for (const p of phrases) if ((p.source === 'premodifier' || p.source === 'anaphora') && p.cue!.last < item.phrase.first && (!best || p.cue!.last > best.cue!.last)) best = p;
  return best;
}

/**
 * The party in a role for one item: a phrase right after its noun phrase ("MiG-29 fighter aircraft
 * from Belarus") first, then the noun cue that governs it, then the nearest other reading in the
 * clause (a little nearer when it follows the item).
 */
function partyFor(item: Item, phrases: readonly RolePhrase[], governing: RolePhrase | null, role: Party, laterVerbs: readonly number[] = []): RolePhrase | null {
  // "bought 12 Caesar howitzers and plans to buy Bradley vehicles from the United States": a party
  // after another verb belongs to that verb's goods.
  const inRole = phrases.filter((p) => p.role === role && !(p.at > item.phrase.last && laterVerbs.some((v) => v > item.phrase.last && v < p.at)));
  const adjacent = inRole.find((p) => p.preposition === item.phrase.last + 1 || (p.preposition === item.phrase.last + 2 && p.source !== 'preposition'));
  if (adjacent) return adjacent;
  const governed = governing ? inRole.find((p) => p.cue === governing.cue) : undefined;
  // ("Under the second agreement, SAMI will produce the K9 under license from Hanwha Aerospace": a
  // party the clause names after the goods outranks one the deal told before lends.)
  const after = governed?.source === 'anaphora' ? inRole.filter((p) => p.source === 'preposition' && p.at > item.phrase.last).sort((a, b) => a.at - b.at)[0] : undefined;
  if (after) return after;
  if (governed) return governed;
  let best: RolePhrase | null = null;
  let bestDistance = Infinity;
  for (const p of inRole) {
    if (p.cue && p.cue.first > item.phrase.last) continue;
    const distance = p.at > item.phrase.last ? p.at - item.phrase.last : item.phrase.first - p.at + 5;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/** The future of a plain statement ("will deliver"), not a wish or an offer ("wants to", "offered to"). */
const FUTURE = new Set(['will', "'ll", 'shall']);

/** Words between a maker verb and its "by" ("built for it by"). */
const MAKER_FOR_REACH = 3;
/** Words between "built by" and the maker's name ("built by the Colombian state shipyard COTECMAR"). */
const MAKER_REACH = 5;
/** Words that are no part of a head noun between goods and their maker verb. */
const NOT_HEAD_WORDS = new Set(['a', 'an', 'the', 'some', 'several', 'other', 'more', 'its', 'their', 'which', 'that', 'who', 'were', 'was', 'are', 'is', 'to', 'of', 'for', 'from', 'in', 'on', 'with']);
/** Lower-case words of a head noun between goods and their maker verb ("turboprop trainer and light attack aircraft"). */
const HEAD_GAP = 6;

/** Words from a relative's "that" to the firm that is its subject ("that the Israeli company Rafael"). */
const RELATIVE_FIRM_REACH = 5;

/** "that the Israeli company Rafael was to produce": the firm a relative at k names as the subject of a maker's verb, else null. */
function firmMakingInRelative(tokens: readonly Token[], k: number, actors: ActorSpans): Actor | null {
  const { makerVerbs, makerAuxiliaries, futureAuxiliaries } = transferRules();
  if (!/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) return null;
  for (let j = k + 1; j <= k + RELATIVE_FIRM_REACH && j < tokens.length; j++) {
    const span = actors.at(tokens[j]!.start);
    if (!span || span.form === 'adjective') continue;
    if (span.actor.kind !== 'organization' || !isSeller(span.actor, actors)) return null;
    let v = tokenAfter(tokens, j, span.end);
    while (makerAuxiliaries.has(tokens[v]?.lower ?? '') || futureAuxiliaries.has(tokens[v]?.lower ?? '')) v++;
    return makerVerbs.has(tokens[v]?.lower ?? '') ? span.actor : null;
  }
  return null;
}

/**
 * "cancelled its contract for 14 NH90 helicopters and returned the aircraft to the manufacturer
 * NHIndustries": a firm the sentence names after "the manufacturer", "its maker", when the sentence
 * tells of one system only.
 */
export function makerByNoun(tokens: readonly Token[], items: readonly Item[], actors: ActorSpans): { system: string; maker: Actor } | null {
  const systems = new Set(items.flatMap((item) => (item.weapon ? [item.weapon.id] : [])));
  if (systems.size !== 1) return null;
  const { makerNouns } = transferRules();
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!makerNouns.has(tokens[k]!.lower) || !/^(?:the|its|their)$/.test(tokens[k - 1]!.lower)) continue;
    const span = actors.at(tokens[k + 1]!.start);
    if (span && span.actor.kind === 'organization' && span.form !== 'adjective') return { system: [...systems][0]!, maker: span.actor };
  }
  return null;
}

/** "vehicles built by Rheinmetall", "jets, made by Saab": the party of the maker named right after the item. */
export function makerAfter(tokens: readonly Token[], item: Item, actors: ActorSpans): Actor | null {
  let k = item.phrase.last + 1;
  // "four KT-1S turboprop trainer and light attack aircraft made by ...": a head the lexicon lacks
  // (not other goods: "12 Mi-8 helicopters and some transport planes made by Airbus").
  const { makerVerbs, makerAuxiliaries } = transferRules();
  const headWord = (t: Token | undefined) => /^[\p{Ll}-]+$/u.test(t?.text ?? '') && !makerVerbs.has(t!.lower) && !makerAuxiliaries.has(t!.lower) && !NOT_HEAD_WORDS.has(t!.lower) && !weaponLexicon().words.numbers.has(t!.lower);
  if (headWord(tokens[k]) && !/^(?:and|or)$/.test(tokens[k]!.lower)) for (let gap = 0; gap < HEAD_GAP && headWord(tokens[k]); gap++) k++;
  if (tokens[k]?.text === ',') k++;
  // ("168 Spike LR2 launchers that the Israeli company Rafael was to produce": a firm the relative
  // names as the subject of a maker's verb.)
  const relativeMaker = firmMakingInRelative(tokens, k, actors);
  if (relativeMaker) return relativeMaker;
  // "corvettes being built for Pakistan by ASFAT".
  while (transferRules().makerAuxiliaries.has(tokens[k]?.lower ?? '')) k++;
  if (!transferRules().makerVerbs.has(tokens[k]?.lower ?? '')) return null;
  // "was built in Brazil": a country named as where it was built made it.
  const place = tokens[k + 1]?.lower === 'in' ? actors.at(tokens[k + 2]?.start ?? -1) : undefined;
  if (place?.actor.kind === 'country' && place.form !== 'adjective') return place.actor;
  // "built by Saab", "built for it by Germany's ThyssenKrupp Marine Systems".
  let by = k + 1;
  while (by < tokens.length && by - k <= MAKER_FOR_REACH && tokens[by]!.lower !== 'by') by++;
  if (tokens[by]?.lower !== 'by') return null;
  let maker: Actor | null = null;
  // A hyphenated word ("state-owned") counts once.
  for (let j = by + 1, words = 0; j < tokens.length && words < MAKER_REACH; j++) {
    if (opensWord(tokens, j)) words++;
    const span = actors.at(tokens[j]!.start);
    if (!span || span.form === 'adjective') continue;
    // "Germany's ThyssenKrupp Marine Systems", "U.S. startup Anduril Industries": the company, not its country.
    maker = partyOf(span.actor, actors);
    if (span.actor.kind === 'country' && /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '')) {
      const company = actors.at(tokens[j + 2]?.start ?? -1) ?? actors.at(tokens[j + 3]?.start ?? -1);
      if (company && company.actor.kind === 'organization' && isSeller(company.actor, actors)) return company.actor;
    }
    if (!isPossessiveMark(tokens[j + 1])) return maker;
  }
  return maker;
}

/** A word that joins goods of one list: "and", a comma, a count ("the 44 Leopard tanks and all 24 PzH 2000s"). */
export function listJoint(t: Token): boolean {
  return transferRules().listJoints.has(t.lower) || isCount(t);
}

/** Words before the goods that may describe them ("48 and 18 used howitzers"). */
const SECOND_HAND_REACH = 2;

/** Goods told as second-hand ("used", "surplus") or taken from a holder's stocks ("from South Korean army stocks"). */
function isSecondHand(tokens: readonly Token[], clause: Clause, item: Item): boolean {
  const { secondHandWords } = transferRules();
  for (let k = Math.max(clause.first, item.phrase.first - SECOND_HAND_REACH); k <= item.phrase.last; k++) if (secondHandWords.has(tokens[k]!.lower)) return true;
  // "from South Korean army stocks", not "from France for its fleet": the stocks are what "from" governs.
  for (let k = item.phrase.last + 1; k <= clause.last; k++) {
    if (tokens[k]!.lower !== 'from') continue;
    for (let j = k + 1; j <= clause.last && j - k <= SECOND_HAND_REACH + 2; j++) {
      if (transferRules().stockNouns.has(tokens[j]!.lower)) return true;
      if (transferRules().prepositions.has(tokens[j]!.lower) || tokens[j]!.text === ',') break;
    }
  }
  return false;
}

/** Words before a firm's name that may stand between "state" and it ("the state shipyard ASTINAVE"). */
const STATE_FIRM_REACH = 3;

/** "The state shipyard ASTINAVE is building two Stan Patrol 4207 vessels under licence": a firm the story calls the state's is the dateline state's. */
function stateFirmHome(tokens: readonly Token[], firm: Actor, actors: ActorSpans): Actor | null {
  if (!actors.datelineCountry) return null;
  for (const m of firm.mentions) {
    // (A mention in another sentence is not among these tokens.)
    const k = tokens.findIndex((t) => t.start === m.start);
    if (k > 0 && tokens.slice(Math.max(0, k - STATE_FIRM_REACH), k).some((t) => transferRules().stateFirmWords.has(t.lower))) return actors.datelineCountry;
  }
  return null;
}

/** The country of the story a licensee firm is at home in, when the licensor is not at home there too. */
function licenseeState(firm: Actor, licensor: Actor | null, actors: ActorSpans): Actor | null {
  const home = homeCountry(firm, actors) ?? possessiveHome(firm, actors);
  const state = home ? actors.countryNamed(home) : undefined;
  if (!state || (licensor && homeCountry(licensor, actors) === home)) return null;
  return state;
}
