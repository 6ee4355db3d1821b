/**
 * Refiners over the drafts of a story.
 * mergeDrafts: one transfer per system, supplier and recipient. A later statement of the same
 * transfer fills in what the earlier one left open (a party, a count, a deal) and moves it along its
 * life cycle ("ordered" then "delivered"); a statement that leaves a party open joins the latest
 * transfer of that system it fits. Transfers still missing a party are dropped (complete): a claim
 * needs both ends.
 */
import type { Transfer } from '../../model/contract.js';
import { transferRules } from './rules.js';

export interface Draft extends Omit<Transfer, 'id' | 'supplier' | 'recipient'> {
  supplier: string | null;
  recipient: string | null;
  /** How each part was read, for the trace. */
  rules: string[];
  /** Index of the sentence that states it. */
  sentence: number;
  /** The maker the clause names for the system ("vehicles built by Rheinmetall"), an actor id. */
  maker?: string | null;
  /** Told as a request ("has requested to buy"). */
  request?: boolean;
  /** Told by an arrival ("arrived at Kuchyna Air Base"): where it arrived names no party. */
  arrival?: boolean;
  /** The supplier is named by a "from" phrase after the goods, the buyer left unstated ("bought from France"). */
  boughtFrom?: boolean;
  /** How the clause named the recipient ("counterpart" for "competing with Rheinmetall"). */
  recipientSource?: string;
  /** How the clause named the supplier ("counterpart" for "seals a deal with Indonesia"). */
  supplierSource?: string;
  /** The year the clause dates a purchase to: the first date after its verb ("bought ... in 2017"). */
  purchaseYear?: number;
  /** Told by a state of having ("already operates"): kept only when no statement of the story tells the transfer. */
  background?: boolean;
  /** Told as goods passed on ("could be passed on to Ukraine"): with no supplier, their holder gives them. */
  passOn?: boolean;
  /** Delivered in part, the rest awaited ("has received 13 of the 40 F-35As, with the rest due by 2021"): a later date is the rest's. */
  begun?: boolean;
  /** Delivered only because second-hand goods were bought: a delivery still awaited outranks it. */
  secondHand?: boolean;
  /** Told as a pledge ("has pledged 30 F-16s to Kyiv"). */
  pledged?: boolean;
  /** Named as added to the clause's other goods ("together with a consignment of rifles"). */
  added?: boolean;
  /** The first leg of goods passed on ("a Kilo-class boat, originally bought from the Soviet Union"): background, no deal a later "the sale" refers to. */
  firstLeg?: boolean;
  /** The state a country's adjective other than the maker's names as holding the goods ("The Kazakh aircraft"), when the clause names no party. */
  heldBy?: string;
  /** Told only as a wish, an option or talks ("may buy"), or to unnamed parties ("exported to 30 countries"): it fills in other statements but is no claim, and moves none along. */
  tentative?: boolean;
}

/**
 * Refiner, before merging: "The vehicles were handed over ..., together with a consignment of AK-74M
 * rifles": goods a clause adds with no party to goods told before, which it names no party for either,
 * go where those goods went.
 */
export function withClauseMates(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d, i) => {
    if (d.supplier || d.recipient || !d.system || !d.added) return d;
    const mate = drafts.slice(0, i).find((e) => e.system && e.system !== d.system && !e.supplier && !e.recipient && e.sentence === d.sentence && e.evidence.start === d.evidence.start);
    const told = mate ? drafts.slice(0, i).reverse().find((e) => e.system === mate.system && e.sentence < d.sentence && e.supplier && e.recipient) : undefined;
    if (!told) return d;
    return { ...d, supplier: told.supplier, recipient: told.recipient, rules: [...d.rules, `supplier and recipient of the goods told with it (${told.system})`] };
  });
}

/**
 * Refiner, before the main recipient: "Aero Vodochody handed over the first two of 12 L-39NG jet trainers | that
 * Hungary ordered in 2024": goods a clause gives to no one named, whose relative names only who bought
 * them, went to that buyer; the buyer bought them from the giver.
 */
export function withRelativeBuyers(drafts: readonly Draft[], text: string): Draft[] {
  const out = [...drafts];
  out.forEach((given, i) => {
    if (!given.system || !given.supplier || given.recipient) return;
    const k = out.findIndex((b, j) => j > i && b.sentence === given.sentence && b.system === given.system && !b.supplier && b.recipient && b.recipient !== given.supplier && RELATIVE_BEFORE.test(text.slice(Math.max(0, b.evidence.start - RELATIVE_WORD_CHARS), b.evidence.start)));
    if (k < 0) return;
    const bought = out[k]!;
    out[i] = { ...given, recipient: bought.recipient, rules: [...given.rules, `recipient ${bought.recipient} (the buyer its relative names)`] };
    out[k] = { ...bought, supplier: given.supplier, rules: [...bought.rules, `supplier ${given.supplier} (the giver of the clause it hangs on)`] };
  });
  return out;
}

/** A relative word right before a clause's evidence: the clause is a relative on the goods before it. */
const RELATIVE_BEFORE = /\b(?:that|which)\s+$/i;
const RELATIVE_WORD_CHARS = 8;

export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const { lifecycle } = transferRules();
  const stage = (d: Draft) => lifecycle.indexOf(d.status);
  const merged: Draft[] = [];
  // The sentence that first told each transfer: transfers told together move on together.
  const told = new Map<Draft, number>();
  // "Taiwan already flies F-16s" beside the sale of new ones: the fleet in service is an earlier
  // transfer, which moves nothing along and counts only when nothing else tells the triple.
  const events = drafts.filter((d) => !d.background);
  // (An event that stands for the fleet and names no supplier takes the fleet's: "Condor carriers, which
  // were bought from Germany's Thyssen Henschel and have been in service ...", then "the vehicles ... were
  // built under licence" with no licensor named.)
  const filled = new Map<Draft, Draft>();
  for (const draft of drafts.filter((d) => d.background && d.supplier)) {
    // (a statement that names neither party, "assembled in Finland under licence", tells no transfer to stand for it)
    const same = (m: Draft) => sameSystem(m, draft) && fits(m.supplier, draft.supplier) && fits(m.recipient, draft.recipient) && Boolean(m.supplier || m.recipient);
    const standing = events.filter(same);
    if (standing.length === 0 && !merged.some(same)) merged.push({ ...draft, rules: [...draft.rules] });
    for (const event of standing.filter((e) => !e.supplier && !filled.has(e))) filled.set(event, { ...event, supplier: draft.supplier, rules: [...event.rules, `supplier ${draft.supplier} (the fleet's, told in sentence ${draft.sentence + 1})`] });
  }
  for (const original of events) {
    const draft = filled.get(original) ?? original;
    const match = [...merged].reverse().find((m) => sameSystem(m, draft) && fits(m.supplier, draft.supplier) && fits(m.recipient, draft.recipient));
    if (!match) {
      const copy = { ...draft, rules: [...draft.rules] };
      merged.push(copy);
      told.set(copy, draft.sentence);
      continue;
    }
    // "Denmark and Norway will contribute ... The guns are due to arrive": a statement that names
    // neither party moves every transfer of the system told in the same sentence.
    const siblings = draft.supplier || draft.recipient ? [] : merged.filter((m) => m !== match && sameSystem(m, draft) && told.get(m) === told.get(match));
    for (const m of [match, ...siblings]) update(m, draft, stage);
  }
  return merged;
}

/** A later statement fills in what the transfer left open and moves it along its life cycle. */
function update(match: Draft, draft: Draft, stage: (d: Draft) => number): void {
  // "approved the possible sale of 32 F-35s ... The stealth jets would be delivered from 2030": a
  // delivery awaited is the stage of an agreed transfer; one only approved stays approved until a
  // statement of the deal itself moves it on.
  // ("pledged 30 of the jets to Kyiv ... the first would be handed over before the end of the year":
  // so does a pledge until the goods are handed over.)
  const awaitedOnly = (match.status === 'approved' || (match.status === 'announced' && match.pledged === true)) && draft.status === 'pending' && draft.deal === null;
  match.supplier ??= draft.supplier;
  match.recipient ??= draft.recipient;
  match.quantity ??= draft.quantity;
  match.deal ??= draft.deal;
  match.maker ??= draft.maker;
  // (A statement that names a party of its own makes a wish a claim; "once the shield is operational" does not.)
  if (!draft.tentative && (draft.supplier || draft.recipient)) delete match.tentative;
  // "bought 24 used F-16s ...; the first six are expected to arrive in December": still awaited.
  const stillAwaited = match.secondHand === true && draft.status === 'pending';
  // (A transfer that is no claim, a wish or one to unnamed parties, moves no claim along.)
  if (((stage(draft) > stage(match) && !awaitedOnly) || stillAwaited) && !draft.tentative) {
    if (stillAwaited) match.secondHand = false;
    match.status = draft.status;
    match.evidence = draft.evidence;
    match.sentence = draft.sentence;
    match.date = draft.date ?? match.date;
    if (draft.begun) match.begun = true;
    else delete match.begun;
  }
  match.rules.push(...draft.rules.map((r) => `merged ${r}`));
}

/**
 * Drafts that name both ends, and two different ones: a claim needs both. A company supplying its
 * own country ("97 Tejas jets from Hindustan Aeronautics" for India) is procurement at home, no transfer.
 */
export function complete(drafts: readonly Draft[], domestic: (supplier: string, recipient: string) => boolean, receives: (recipient: string, supplier: string) => boolean = () => true): Draft[] {
  // ("signed a contract with Irving Shipbuilding for three River-class destroyers, which the Halifax
  // shipyard will build under licence from Britain's BAE Systems": an order placed at home is the stage of
  // the foreign design that is only said to be built there.)
  const { lifecycle } = transferRules();
  const atHome = drafts.filter((d) => d.supplier && d.recipient && !d.tentative && domestic(d.supplier, d.recipient));
  const staged = drafts.map((d) => {
    const order = d.status === 'announced' && d.system ? atHome.find((h) => h.system === d.system && h.recipient === d.recipient && lifecycle.indexOf(h.status) > lifecycle.indexOf(d.status)) : undefined;
    return order ? { ...d, status: order.status, rules: [...d.rules, `status ${order.status} (the order placed at home, ${order.supplier})`] } : d;
  });
  const whole = staged.filter((d) => d.supplier && d.recipient && d.supplier !== d.recipient && !d.tentative && !domestic(d.supplier, d.recipient) && receives(d.recipient, d.supplier));
  // "Malaysia receives last China-built patrol ship | ... received the final Keris-class ship ordered
  // from China": unnamed arms at the stage a named system has between the same parties are that system.
  return whole.filter((d) => d.system || !whole.some((e) => e.system && e.supplier === d.supplier && e.recipient === d.recipient && e.status === d.status));
}

/**
 * Refiner: "bought 26 Gripen fighters and 24 Hawk trainers from Sweden and Britain": goods and the states
 * one clause lists for them go together by the goods' make, when each state makes one of them.
 */
export function withRespectiveSuppliers(drafts: readonly Draft[], origins: ReadonlyMap<string, string>, isCountry: (actor: string) => boolean): Draft[] {
  const told = (d: Draft) => `${d.sentence}:${d.evidence.start}:${d.recipient}`;
  const clauses = new Map<string, Draft[]>();
  for (const d of drafts) if (d.system && d.supplier && isCountry(d.supplier)) clauses.set(told(d), [...(clauses.get(told(d)) ?? []), d]);
  const dropped = new Set<Draft>();
  for (const group of clauses.values()) {
    const systems = new Set(group.map((d) => d.system!));
    const suppliers = new Set(group.map((d) => d.supplier!));
    // Every system with every supplier, and each supplier the make of exactly one system.
    if (systems.size < 2 || suppliers.size !== systems.size || group.length !== systems.size * suppliers.size) continue;
    const makes = [...systems].map((s) => origins.get(s));
    if (!makes.every((m) => m && suppliers.has(m)) || new Set(makes).size !== systems.size) continue;
    for (const d of group) if (origins.get(d.system!) !== d.supplier) dropped.add(d);
  }
  return drafts.filter((d) => !dropped.has(d));
}

/**
 * Refiner: "India seals $450 million BrahMos deal with Indonesia": a state that signs a deal for goods
 * of its own make with another state sells them; the one it signs with buys.
 */
export function withMakersSelling(drafts: readonly Draft[], origins: ReadonlyMap<string, string>, isCountry: (actor: string) => boolean): Draft[] {
  return drafts.map((d) => {
    // (Only a state the clause signs with: "Japan will send Patriot interceptors made under licence to the
    // United States" stands; "Poland signed a deal with South Korea to supply 180 K2 tanks": whichever side it is on.)
    const signedWith = d.supplierSource === 'counterpart' || d.recipientSource === 'counterpart';
    if (!d.system || !d.supplier || !d.recipient || !signedWith || origins.get(d.system) !== d.recipient || !isCountry(d.supplier)) return d;
    return { ...d, supplier: d.recipient, recipient: d.supplier, rules: [...d.rules, `supplier ${d.recipient} and recipient ${d.supplier} (the maker's state sells its own goods)`] };
  });
}

/**
 * Refiner, before the main recipient: "signed a contract with Kazakhstan for two A400M ... The Kazakh
 * aircraft are due to be handed over in 2027": goods a country's adjective names as its own, told with
 * no party, go to that country when the story has them go there already (not "the Dutch aircraft are
 * expected to follow", the Netherlands' own F-16s given away, nor "Italian F-35 fighters arrived").
 */
export function withAdjectiveHolders(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (!d.heldBy || d.supplier || d.recipient || !d.system) return d;
    const told = drafts.some((e) => e !== d && e.system === d.system && e.recipient === d.heldBy && e.supplier);
    return told ? { ...d, recipient: d.heldBy, rules: [...d.rules, `recipient ${d.heldBy} (the holder its country's adjective names)`] } : d;
  });
}

/**
 * Refiner, after merging: goods passed on with no supplier named ("the Tor and Buk systems could be
 * passed on to Ukraine") come from their holder, the latest recipient the story had them delivered to.
 */
export function withHolders(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d, i) => {
    if (!d.passOn || d.supplier || !d.system) return d;
    const held = drafts.slice(0, i).reverse().find((e) => e.system === d.system && e.recipient && e.recipient !== d.recipient && e.status === 'delivered');
    return held ? { ...d, supplier: held.recipient, rules: [...d.rules, `supplier ${held.recipient} (the holder of the goods passed on)`] } : d;
  });
}

/**
 * Refiner, after merging: goods a state bought and passes on ("AMRAAM missiles that Stockholm bought
 * from the United States" in Sweden's aid package to Ukraine) are goods it holds: the purchase was
 * delivered. (Runs before the origin supplier, so only transfers the story states move.)
 */
export function withPassedOnPurchases(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (d.status !== 'ordered' || !d.system || !d.supplier || !d.recipient) return d;
    // (Told in the same sentence: "Norway ordered 54 Leopard 2A8 tanks ... It has given Ukraine eight
    // older Leopard 2A4 tanks" passes on other tanks than it bought.)
    const on = drafts.find((e) => e !== d && e.system === d.system && e.sentence === d.sentence && e.supplier === d.recipient && e.recipient && e.recipient !== d.supplier && !e.tentative && e.status !== 'cancelled');
    return on ? { ...d, status: 'delivered', rules: [...d.rules, `status delivered (the goods ${d.recipient} passes on to ${on.recipient})`] } : d;
  });
}

/**
 * Refiner, after merging: a transfer that no statement of the story gives a supplier comes from the
 * maker its clause names ("44 Lynx vehicles built by Rheinmetall"), else from the country that makes
 * the system, when the story names that country ("Poland received 24 more of the howitzers" after
 * "South Korean arms sales"; "Türkiye was removed from the US-led F-35 program").
 */
export function withOriginSupplier(
  drafts: readonly Draft[],
  origins: ReadonlyMap<string, string>,
  domestic: (maker: string, recipient: string) => boolean,
  isCompany: (actor: string) => boolean,
  offers: readonly Draft[] = [],
  builders: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  divisionOf: (company: string, system: string | null) => string | null = () => null,
  laterBuilders: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  holders: ReadonlyMap<string, string> = new Map(),
): Draft[] {
  // "Embraer won a Swedish order for the C-390 ... Portugal took delivery of its first C-390s": the
  // one company the story has supply (or offer) a system supplies it where no statement names a supplier.
  // "The United States handed over a Hamilton-class cutter to Vietnam ... Similar cutters have been
  // transferred to the Philippines": with no maker named, the one supplier the story gives the system.
  const bySystem = (list: readonly Draft[], keep: (supplier: string) => boolean) => {
    const found = new Map<string, Set<string>>();
    for (const d of list) if (d.system && d.supplier && keep(d.supplier)) found.set(d.system, (found.get(d.system) ?? new Set()).add(d.supplier));
    return found;
  };
  const sellers = bySystem([...drafts, ...offers], isCompany);
  const suppliers = bySystem(drafts, () => true);
  // "The State Department has approved ... Norway was cleared to buy six MH-60R helicopters, built by
  // Sikorsky": a sale cleared with no seller named is the approving state's, the one that approves the story's other sales.
  const approvers = new Set(drafts.filter((d) => d.status === 'approved' && d.supplier && !isCompany(d.supplier)).map((d) => d.supplier!));
  return drafts.map((d) => {
    if (d.supplier || !d.recipient) return d;
    if (d.status === 'approved' && approvers.size === 1) {
      const [state] = approvers;
      if (state !== d.recipient) return { ...d, supplier: state!, rules: [...d.rules, `supplier ${state} (the state that approves the story's sales)`] };
    }
    // A maker at home ("howitzers built by Larsen & Toubro" for India's army) supplies no transfer.
    if (d.maker && domestic(d.maker, d.recipient)) return d;
    // ("six Airbus H145M helicopters" in a story that names Airbus Helicopters: the one division of the
    // maker's group the story names makes them.)
    const division = d.maker ? divisionOf(d.maker, d.system) : null;
    if (division && division !== d.recipient) return { ...d, supplier: division, rules: [...d.rules, `supplier ${division} (the division of ${d.maker} the story names)`] };
    if (d.maker && d.maker !== d.recipient) return { ...d, supplier: d.maker, rules: [...d.rules, `supplier ${d.maker} (the maker the clause names)`] };
    const recipient = d.recipient;
    const built = (from: ReadonlyMap<string, ReadonlySet<string>>): Draft | null => {
      const found = d.system ? from.get(d.system) : undefined;
      const [builder] = found?.size === 1 ? found : [];
      return builder && builder !== recipient && !domestic(builder, recipient) ? { ...d, supplier: builder, rules: [...d.rules, `supplier ${builder} (the maker the story names)`] } : null;
    };
    const builtHere = built(builders);
    if (builtHere) return builtHere;
    const seller = d.system ? sellers.get(d.system) : undefined;
    if (seller?.size === 1) {
      const [company] = seller;
      if (company !== d.recipient && !domestic(company!, d.recipient)) return { ...d, supplier: company!, rules: [...d.rules, `supplier ${company} (the company the story has supply the system)`] };
    }
    const origin = d.system ? origins.get(d.system) : undefined;
    const only = d.system && !origin && suppliers.get(d.system)?.size === 1 ? [...suppliers.get(d.system)!][0]! : null;
    if (only && only !== d.recipient && !domestic(only, d.recipient)) return { ...d, supplier: only, rules: [...d.rules, `supplier ${only} (the one supplier the story gives the system)`] };
    // ("The Australian Army will replace its ageing M113 carriers ... pledged M113s to Ukraine": goods
    // the story has a state hold come from that state, not from the one that made them.)
    const holder = d.system ? holders.get(d.system) : undefined;
    if (holder && holder !== d.recipient && origin !== d.recipient && !domestic(holder, d.recipient)) return { ...d, supplier: holder, rules: [...d.rules, `supplier ${holder} (the state the story has hold the system)`] };
    // ("... commissioned the corvette Deniz Han. The 91-metre ship was built by Turkish shipyard Dearsan.")
    if (!origin || origin === d.recipient) return built(laterBuilders) ?? d;
    return { ...d, supplier: origin, rules: [...d.rules, `supplier ${origin} (the system's maker, named in the story)`] };
  });
}

function sameSystem(a: Draft, b: Draft): boolean {
  if (a.system || b.system) return a.system === b.system;
  return (a.description ?? '').toLowerCase() === (b.description ?? '').toLowerCase();
}

function fits(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Refiner, before the main recipient: a ship named with its navy's prefix that is handed over or awaited
 * with no recipient named goes to that navy's state ("TCG Piri Reis, ... built under licence from
 * Germany's ThyssenKrupp Marine Systems, entered service last year" in a story of Spain's purchases).
 */
export function withNavyRecipients(drafts: readonly Draft[], navies: ReadonlyMap<string, string>, isUnit: (system: string) => boolean): Draft[] {
  return drafts.map((d) => {
    const navy = d.system && isUnit(d.system) ? navies.get(d.system) : undefined;
    if (d.recipient || !navy || navy === d.supplier || (d.status !== 'delivered' && d.status !== 'pending')) return d;
    return { ...d, recipient: navy, rules: [...d.rules, `recipient ${navy} (the navy its name's prefix tells)`] };
  });
}

/**
 * Refiner: a transfer whose clause names no recipient takes, for aid or a donation, where the story's
 * latest gift (or that supplier's latest transfer) went; else the story's main recipient, the one that
 * more than half of the complete transfers go to ("Meanwhile, the delivery of the S-400 from Russia
 * has been delayed", in a story on India's purchases).
 */
export function withMainRecipient(drafts: readonly Draft[], buyer: { id: string; why: string } | null = null, storyCountry: string | null = null, headlined = false, origins: ReadonlyMap<string, string> = new Map()): Draft[] {
  const home = buyer?.id ?? null;
  const complete = drafts.filter((d) => d.supplier && d.recipient);
  // Counted by sentence: "has given Kyiv T-72s, PT-91s and 14 Leopard 2A4s" is one act of the story,
  // not three beside its own state's two purchases told apart.
  const sentences = new Map<string, Set<number>>();
  const drafted = new Map<string, number>();
  for (const d of complete) {
    sentences.set(d.recipient!, (sentences.get(d.recipient!) ?? new Set<number>()).add(d.sentence));
    drafted.set(d.recipient!, (drafted.get(d.recipient!) ?? 0) + 1);
  }
  const counts = new Map([...sentences].map(([recipient, told]) => [recipient, told.size]));
  const told = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const top = (tally: Map<string, number>) => [...tally.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const [main, count] = top(counts);
  const [mostDrafted, draftCount] = top(drafted);
  // Whether the story's own state receives arms in it.
  const homeReceives = storyCountry !== null && counts.has(storyCountry);
  // "LOMÉ - ... Neighbouring Benin ordered Chinese-made armoured vehicles": the one transfer a story
  // tells with both parties is no majority over the story's own state, when that state supplies nothing;
  // nor, in a story with no dateline, whose own state is the headline's ("Chad turns to Russian
  // helicopters"), is one sentence's list ("Mali has received Su-24 bombers, L-39 jets and Mi-8
  // helicopters"). (A dateline's state, "WASHINGTON", is as often only where the story was filed.)
  const idle = storyCountry && !drafts.some((d) => d.supplier === storyCountry) ? storyCountry : null;
  const ownState = draftCount === 1 || (headlined && count === 1) ? idle : null;
  // ("MASERU - ... help from Beijing, which in 2021 donated six VN-4 vehicles": with no such transfer,
  // a gift to no one named goes to the story's own state.)
  const giftHome = count === 0 ? idle : null;
  // ("PRAIA - ... four Defender-class boats that the United States delivered last year as part of a
  // security assistance package": so does one in a story that has its own state receive arms.)
  const aidHome = giftHome ?? (homeReceives ? storyCountry : null);
  // (With no majority of sentences, a majority of the transfers told: "bought 12 Su-24 and Mi-24
  // aircraft from Belarus and Russia" beside one gift to a rebel force; but not over the story's own
  // state when it receives arms too: "WARSAW - ... received 250 Abrams" beside a list given to Kyiv.)
  const byList = mostDrafted && draftCount * 2 > complete.length && !homeReceives ? mostDrafted : null;
  // ("RABAT, Morocco - Morocco has received its first Caesar howitzers from France, which France has
  // also given to Ukraine": the story's own state, level at the top of the sentences, is the main one.)
  const tied = homeReceives && counts.get(storyCountry) === count ? storyCountry : null;
  const majority = ownState ?? (main && count * 2 > told ? main : (byList ?? tied));
  // "Copenhagen announced a further aid package that includes 30 Leopard 1A5 tanks" after its gifts
  // to Ukraine: aid goes where the story's latest gift went, or the latest transfer of that supplier.
  // Kept as the drafts are read, in one pass: a long story has thousands.
  let lastGift: string | null = null;
  const lastBySupplier = new Map<string, string>();
  // "includes 12 Rafale jets bought from France, ..., and six CAESAR howitzers ordered from KNDS
  // France": goods the same sentence lists go to the recipient of the transfer it told before them.
  let last: Draft | null = null;
  return drafts.map((d) => {
    let out = d;
    const to = (recipient: string, why: string) => ({ ...d, recipient, rules: [...d.rules, `recipient ${recipient} (${why})`] });
    const sibling = last && last.sentence === d.sentence && last.recipient && last.recipient !== d.supplier ? last.recipient : null;
    const listed = d.boughtFrom ? sibling : null;
    if (!d.recipient && d.supplier) {
      const gift = d.deal === 'aid' || d.deal === 'donation' ? ([lastGift, lastBySupplier.get(d.supplier)].find((r) => r && r !== d.supplier) ?? null) : null;
      // "released a shipment of 1,800 MK-84 bombs; the bombs arrived at the port of Ashdod": the same
      // goods told right after it, with a recipient and no supplier of their own.
      // (Not a deal of another kind: "the F2000 rifles bought from FN Herstal in 2007. ... most of the
      // F2000s will be donated to Ukraine" passes on what the buyer holds.)
      const beside = d.system ? drafts.find((e) => e !== d && e.system === d.system && e.recipient && e.recipient !== d.supplier && e.supplier === null && e.sentence >= d.sentence && e.sentence - d.sentence <= 1 && (e.deal === null || e.deal === d.deal)) : undefined;
      if (listed) out = to(listed, "the sentence's transfer before");
      else if (beside) out = to(beside.recipient!, 'the same goods told beside it');
      // "... procured from the German company Diehl Defence": a purchase with no buyer named is the buyer's the headline names.
      else if (d.boughtFrom && home && home !== d.supplier) out = to(home, buyer!.why);
      // ("China sold it two Shanghai-class patrol boats in 2010, and South Korea donated three Chamsuri-class
      // boats the following year": a gift the sentence tells after a transfer goes where that one went.)
      else if (sibling && gift) out = to(sibling, "the sentence's transfer before");
      else if (gift) out = to(gift, "where the story's latest gift went");
      else if (aidHome && (d.deal === 'aid' || d.deal === 'donation') && d.supplier !== aidHome) out = to(aidHome, "a gift to the dateline's state");
      else if (majority && d.supplier !== majority) out = to(majority, "the story's main recipient");
    }
    // "A possible sale of the THAAD system ... never went ahead" in a story of Qatar's purchases: a
    // sale of a named system cleared or called off that names no party is the main recipient's
    // (a purchase or a delivery with no party is as often another state's, told in passing).
    else if (!d.recipient && !d.supplier && d.system && d.deal === 'sale' && (d.status === 'cancelled' || d.status === 'approved') && majority) out = to(majority, "the story's main recipient");
    // ("An Airbus C295W transport aircraft ... is due to be delivered in November" in a story of
    // Mexico's purchases: goods whose maker the clause names, awaited or handed over, go there too;
    // so do such goods whose maker's state the story names, "A batch of BTR-82A armoured personnel
    // carriers is expected later this year" after Chad's Russian helicopters.)
    else if (!d.recipient && !d.supplier && d.system && (d.status === 'pending' || d.status === 'delivered') && majority && [d.maker, origins.get(d.system)].some((maker) => maker && maker !== majority)) out = to(majority, "the story's main recipient");
    if (d.recipient && d.supplier) {
      if (d.deal === 'aid' || d.deal === 'donation') lastGift = d.recipient;
      lastBySupplier.set(d.supplier, d.recipient);
    }
    last = out;
    return out;
  });
}

/**
 * Refiner, after merging: "The State Department has approved a possible sale to Croatia of HIMARS
 * ... Croatia has requested to buy eight HIMARS launchers, 36 GMLRS pods and six ATACMS missiles":
 * what the buyer requested is part of the sale approved to it by the same supplier.
 */
export function withApprovedRequests(drafts: readonly Draft[]): Draft[] {
  const approved = drafts.filter((d) => d.status === 'approved' && d.supplier && d.recipient);
  return drafts.map((d) => {
    if (!d.request || d.status !== 'announced' || !approved.some((a) => a.supplier === d.supplier && a.recipient === d.recipient)) return d;
    return { ...d, status: 'approved', rules: [...d.rules, 'status approved (requested of a sale approved to the same buyer)'] };
  });
}

/** Years after which a purchase the story dates is taken to have been delivered. */
const DELIVERED_AFTER_YEARS = 3;

/**
 * Refiner, after merging, on the dates the story gives: a delivery dated after the story is still
 * awaited; a purchase the story dates years back and tells no later stage of ("Armenia
 * bought Su-30SM fighters from Russia in 2019", "two C-27J aircraft, which were bought from Leonardo in
 * 2017") has long been delivered; arms deals take two to three years to deliver. `yearOf` gives a
 * date id's year, `awaitedIn` whether a sentence awaits goods (a year after the story, "still awaited").
 */
export function withPastDeliveries(drafts: readonly Draft[], referenceYear: number | null, yearOf: (date: string) => number | null, awaitedIn: (sentence: number) => boolean = () => false): Draft[] {
  if (referenceYear === null) return [...drafts];
  return drafts.map((d) => {
    const dated = d.date ? yearOf(d.date) : null;
    // "will have delivered two more S-400 squadrons to India by 2026": a delivery dated after the story is awaited.
    // ("received 13 of the 40 ..., with the rest due by 2021": the date is the rest's, the delivery has begun.)
    if (dated !== null && d.status === 'delivered' && !d.begun && dated > referenceYear) return { ...d, status: 'pending', rules: [...d.rules, `status pending (delivery dated ${dated}, after the story)`] };
    const year = d.purchaseYear ?? null;
    if (year === null || d.status !== 'ordered' || referenceYear - year < DELIVERED_AFTER_YEARS) return d;
    // ("80 Rafale F4 fighters ordered in 2021 remain on track, with the first jets due in 2027": unless
    // its sentence awaits them.)
    if (awaitedIn(d.sentence)) return { ...d, status: 'pending', rules: [...d.rules, `status pending (bought in ${year}, and its sentence awaits them)`] };
    return { ...d, status: 'delivered', rules: [...d.rules, `status delivered (bought in ${year}, ${referenceYear - year} years before the story)`] };
  });
}

/**
 * Refiner, before merging: a ship named on its own ("will transfer the patrol ship NRP Guadiana to
 * Cape Verde. | The vessel is one of four Flyvefisken-class patrol vessels") where its sentence or
 * the next names one class of ships is a unit of that class, and its transfer
 * the class's, unless the story tells a transfer of the class to the same recipient (the unit's is
 * then dropped after merging: withoutClassUnits).
 */
export function withUnitClasses(drafts: readonly Draft[], isUnit: (system: string) => boolean, classesNamedIn: (sentence: number) => string[]): Draft[] {
  return drafts.map((d) => {
    if (!d.system || !isUnit(d.system)) return d;
    const classes = [...new Set([...classesNamedIn(d.sentence), ...classesNamedIn(d.sentence + 1)])];
    const told = classes.length === 1 && drafts.some((e) => e.system === classes[0] && e.recipient === d.recipient);
    return classes.length === 1 && !told ? { ...d, system: classes[0]!, rules: [...d.rules, `system ${classes[0]} (the class the ship is one of)`] } : d;
  });
}

/**
 * Refiner, after merging: a ship named on its own ("commissioned as SLNS Sayurala", "took delivery of
 * PNS Tughril, the first of four Type 054A/P frigates") beside a transfer of its class to the same
 * recipient, in the same or the next sentence, is one of that class's units, no transfer of its own.
 */
export function withoutClassUnits(drafts: readonly Draft[], isUnit: (system: string) => boolean, isClass: (system: string) => boolean): Draft[] {
  return drafts.filter((d) => !(d.system && isUnit(d.system) && drafts.some((e) => e !== d && e.system && isClass(e.system) && e.recipient === d.recipient && Math.abs(e.sentence - d.sentence) <= 1)));
}

/** A supplier and a recipient a clause's giving verb names, with or without goods. */
export interface Gift {
  supplier: string;
  recipient: string;
  sentence: number;
}

/**
 * Refiner, after the main recipient's and before merging: "Luxembourg has sent arms to Kyiv. Since 2022 the country has delivered
 * dozens of NLAW anti-tank weapons": goods a supplier gives to no one named go where that supplier's
 * giving in the same or the sentence before went.
 */
export function withRecentRecipients(drafts: readonly Draft[], gifts: readonly Gift[]): Draft[] {
  return drafts.map((d) => {
    if (d.recipient || !d.supplier) return d;
    const gift = gifts.filter((g) => g.supplier === d.supplier && g.sentence <= d.sentence && d.sentence - g.sentence <= 1).pop();
    return gift ? { ...d, recipient: gift.recipient, rules: [...d.rules, `recipient ${gift.recipient} (where the supplier's giving just before went)`] } : d;
  });
}

/**
 * Refiner, before merging: goods that arrived at a place the story names as no party ("The first two
 * of 14 F-16s ordered from the United States arrived at Kuchyna Air Base") arrived in the story's own
 * country: the dateline's, else the one its headline opens with.
 */
export function withHomeArrivals(drafts: readonly Draft[], home: string | null, origins: ReadonlyMap<string, string> = new Map(), isUnit: (system: string) => boolean = () => false): Draft[] {
  if (!home) return [...drafts];
  // ("ADDIS ABABA - ... two batteries of Russian Tor-M2 systems are also due to arrive next year": so
  // do goods of another country's make, arriving or awaited, that the clause names no party for.)
  // (Not a ship named on its own, whose origin is the navy it serves: "BRP Diego Silang".)
  const foreign = (d: Draft) => (d.supplier ? d.supplier !== home : d.system !== null && (d.status === 'pending' || d.status === 'delivered') && !isUnit(d.system) && origins.has(d.system) && origins.get(d.system) !== home);
  return drafts.map((d) => (d.arrival && !d.recipient && foreign(d) ? { ...d, recipient: home, rules: [...d.rules, `recipient ${home} (arrived in the story's country)`] } : d));
}

/**
 * Refiner, after merging: a headline names the seller's country where the story names the company
 * ("Poland receives first Bayraktar TB2 drones from Türkiye" over "bought from Turkish defense company
 * Baykar"): a transfer told only by the headline, from a country, is the same as the story's transfer
 * of that system to that recipient from a company of that country, and moves that one along.
 */
export function withHeadlineCompanies(drafts: readonly Draft[], headline: number | null, companyOf: (company: string, country: string) => boolean): Draft[] {
  if (headline === null) return [...drafts];
  return foldInto(drafts, "headline, the company's country", (d, all) => {
    if (d.sentence !== headline || !d.supplier || !d.system || d.rules.some((r) => r.startsWith('merged '))) return undefined;
    const body = all.find((e) => e !== d && e.system === d.system && e.recipient === d.recipient && e.supplier && companyOf(e.supplier, d.supplier!));
    return body && { target: body, draft: d };
  });
}

/**
 * Refiner, after merging: a state body the story never ties to a country ("The EDD took delivery of 10
 * Su-35s from Russia") acts for the country that the story's other transfer of the same system from
 * the same supplier goes to ("China ordered 24 of the aircraft"), and the two are one transfer.
 */
export function withPlacedBodies(drafts: readonly Draft[], unplaced: (actor: string) => boolean, isCountry: (actor: string) => boolean): Draft[] {
  return foldInto(drafts, 'a state body of the recipient', (d, all) => {
    if (!d.recipient || !d.system || !unplaced(d.recipient)) return undefined;
    const countries = all.filter((e) => e !== d && e.system === d.system && e.supplier === d.supplier && e.recipient && isCountry(e.recipient));
    if (new Set(countries.map((e) => e.recipient)).size !== 1) return undefined;
    return { target: countries[0]!, draft: { ...d, recipient: countries[0]!.recipient } };
  });
}

/**
 * Refiner, after the placed bodies: a body of no state the story names, and no company ("the Centre for
 * Defence Investment", "FANA"), that receives goods in a datelined story is the dateline state's.
 */
export function withHomeBodies(drafts: readonly Draft[], stateless: (actor: string) => boolean, home: string | null): Draft[] {
  if (!home) return [...drafts];
  const { lifecycle } = transferRules();
  const stage = (d: Draft) => lifecycle.indexOf(d.status);
  const out = drafts.map((d) => ({ ...d, rules: [...d.rules] }));
  const moves = (d: Draft) => d.recipient !== null && d.recipient !== home && d.supplier !== home && stateless(d.recipient);
  // The same transfer told of the state itself, which a moved one folds into.
  const key = (d: Draft) => `${d.system}|${d.supplier}|${d.description ?? ''}`;
  const told = new Map<string, Draft>();
  for (const d of out) if (d.recipient === home && !told.has(key(d))) told.set(key(d), d);
  const kept: Draft[] = [];
  for (const d of out) {
    if (!moves(d)) {
      kept.push(d);
      continue;
    }
    const draft = { ...d, recipient: home, rules: [...d.rules, `recipient ${home} (a body of the dateline's state)`] };
    const target = told.get(key(d));
    if (target) update(target, draft, stage);
    else {
      told.set(key(d), draft);
      kept.push(draft);
    }
  }
  return kept;
}

/**
 * Folds each draft that `into` pairs with another into that one (which moves along its life cycle
 * with it), noting why in the rules; the other drafts are kept as they are.
 */
function foldInto(drafts: readonly Draft[], why: string, into: (d: Draft, all: readonly Draft[]) => { target: Draft; draft: Draft } | undefined): Draft[] {
  const { lifecycle } = transferRules();
  const stage = (d: Draft) => lifecycle.indexOf(d.status);
  const out = drafts.map((d) => ({ ...d, rules: [...d.rules] }));
  return out.filter((d) => {
    const pair = into(d, out);
    if (!pair) return true;
    update(pair.target, { ...pair.draft, rules: pair.draft.rules.map((r) => `${r} (${why})`) }, stage);
    return false;
  });
}
