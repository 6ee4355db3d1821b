/**
 * Later references: a definite noun phrase whose head noun names the category of a system the story
 * has named before ("the jets", "these howitzers", "the new tanks", "the system") becomes a mention of
 * that system: the latest one of a fitting category. "The system" (any category) reaches back two
 * sentences at most, and the one system the sentence before counts ("19 Caesar howitzers. The guns")
 * comes first; "the weapons" or "the equipment" refer to no one system and stay unlinked. A
 * reference that states an origin ("the American-made jets") takes only a system of that origin.
 */
import type { Mention } from '../../model/contract.js';
import { actorLexicon, lexiconType } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { isCount, weaponLexicon } from '../../lexicon/weapons.js';
import { relativeAsideEnd, type Token } from '../../nlp/tokens.js';
import { isPastForm } from '../../nlp/word-classes.js';
import type { BuiltWeapon } from './build.js';
import type { Located } from './context.js';
import type { ActorSpans } from './actor-spans.js';
import { countEndingAt, nounPhrase, type StatedOrigin } from './noun-phrase.js';
import type { ScannedSentence } from './scan.js';

export interface Reference {
  weapon: BuiltWeapon;
  mention: Mention;
  sentence: number;
  /** A count the reference states of the whole: "the four radars", "The howitzers, 18 in total". */
  quantity: number | null;
}

const ANY = '*';
/**
 * Modifiers of a reference that only some families fit: "the stealth jets" after F-35s and Rafales
 * are the F-35s. Families by lexicon id.
 */
const TRAITS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['stealth', new Set(['f-35', 'f-22-raptor', 'su-57', 'j-20', 'j-35', 'b-2-spirit', 'b-21-raider', 'kaan', 'kf-21-boramae'])],
]);
const PARTITIVES = new Set(['rest', 'remainder', 'bulk', 'most', 'half', 'part', 'batch']);
const GENERIC_REACH = 2;
const APART_REACH = 5;
/** Words from a reference to the "from" of its seller ("The system was bought from Moscow"). */
const SELLER_REACH = 3;

/** How many sentences back a counted system outranks the story's most named one. */
const COUNTED_REACH = 2;

export function linkReferences(scans: readonly ScannedSentence[], weapons: readonly BuiltWeapon[], text: string, actors: ActorSpans): Reference[] {
  const { words } = weaponLexicon();
  const references: Reference[] = [];
  const occupied = new Map<number, boolean[]>();
  for (const w of weapons) {
    for (const c of w.candidates) {
      const scan = scans.find((s) => s.sentence.index === c.sentence);
      if (!scan) continue;
      const row = occupied.get(c.sentence) ?? scan.tokens.map(() => false);
      for (let k = c.phrase.first; k <= c.phrase.last; k++) row[k] = true;
      occupied.set(c.sentence, row);
    }
  }
  // Where each weapon was last mentioned, kept up to date as the text is read.
  const lastSeen = (w: BuiltWeapon, before: number) => {
    let best: { start: number; sentence: number } | null = null;
    for (const n of w.named) if (n.start < before && (!best || n.start > best.start)) best = n;
    for (const r of references) if (r.weapon === w && r.mention.start < before && (!best || r.mention.start > best.start)) best = { start: r.mention.start, sentence: r.sentence };
    return best;
  };

  for (const scan of scans) {
    const t = scan.tokens;
    const taken = occupied.get(scan.sentence.index) ?? t.map(() => false);
    for (let k = 0; k < t.length; k++) {
      if (taken[k]) continue;
      const head = scan.headStartingAt.get(k);
      const last = head ? head.last : k;
      if (!head && scan.heads.some((h) => h.first <= k && k <= h.last)) continue;
      const noun = t[last]!.lower;
      const categories = head && head.head.category !== 'generic' ? [head.head.category, ...(words.referenceNouns.get(noun) ?? [])] : words.referenceNouns.get(noun);
      if (!categories) continue;
      const determiner = determinerBefore(scan, k);
      if (determiner === null) continue;
      // "the first batteries of the BrahMos cruise missile": a noun whose "of" names a system is that system's, no reference.
      if (ofSystem(t, last, taken)) continue;
      // ("MBDA, the French-British missile maker": a noun before a company noun says what the firm makes.)
      if (actorRules().companyNouns.has(t[last + 1]?.lower ?? '')) continue;
      // ("The helicopter package also includes Hellfire missiles": a noun before a deal noun says what the deal is for.)
      if (words.dealModifiedNouns.has(t[last + 1]?.lower ?? '')) continue;
      // ("Its newest helicopters, two Mi-171E transports, were handed over": an apposition names the system itself.)
      if (t[last + 1]?.text === ',' && apposedSystem(t, last + 2, taken)) continue;
      // ("Nurol Makina has exported its armoured vehicles to more than ten countries": a firm's "its" is
      // the firm's whole range, no one system the story named.)
      if (FIRM_POSSESSIVES.has(t[determiner]!.lower) && firmBefore(t, determiner, actors) && soldToMarkets(t, last)) continue;
      const start = t[determiner]!.start;
      const any = categories.includes(ANY);
      // "the American-made jets": only a system of that origin.
      const phrase = nounPhrase(scan, actors, k, last);
      // ("The Israeli systems": a country's adjective is the origin when the story names systems of
      // that origin before; "the Dutch F-16s" are only held by that country.)
      const made = (w: BuiltWeapon, origin: StatedOrigin) => w.weapon.origin === origin.actor?.id || w.weapon.origin === origin.name;
      const demonymOrigin = phrase.demonym && weapons.some((w) => (any || categories.includes(w.weapon.category)) && made(w, phrase.demonym!) && lastSeen(w, start)) ? phrase.demonym : null;
      const stated = phrase.origin ?? demonymOrigin;
      // "the stealth jets": only a family the trait fits.
      const traits = t.slice(determiner + 1, last).flatMap((w) => TRAITS.get(w.lower) ?? []);
      const hasTraits = (w: BuiltWeapon) => traits.every((families) => w.candidates.some((c) => c.family !== null && families.has(c.family.id)));
      // A system the reference can name: of its category, its stated origin, its traits.
      const fits = (w: BuiltWeapon) => (any || categories.includes(w.weapon.category)) && (!stated || made(w, stated)) && hasTraits(w);
      // The latest fitting system of this sentence; else the one the story has named most often so
      // far (the latest on a tie): a passing mention in the sentence before ("a Chinese offer of
      // JF-17 jets") does not take "the aircraft" from the story's own system.
      let best: { weapon: BuiltWeapon; at: number; named: number; here: boolean } | null = null;
      const fixedWingToo = categories.includes('fighter aircraft');
      for (const w of weapons) {
        if (!fits(w)) continue;
        const seen = lastSeen(w, start);
        if (!seen || (any && !demonymOrigin && scan.sentence.index - seen.sentence > GENERIC_REACH)) continue;
        const named = w.named.filter((n) => n.start < start).length;
        const here = seen.sentence === scan.sentence.index;
        // "the aircraft" is a helicopter or a drone only when one is named in its own sentence, not
        // in an aside ("The air force, which already flies H225M helicopters, expects the last aircraft").
        if (fixedWingToo && !stated && ROTARY.has(w.weapon.category) && (!here || asideBefore(t, t.findIndex((x) => x.start === seen.start), k))) continue;
        const better = !best || (here && !best.here) || (here === best.here && (here ? seen.start > best.at : named > best.named || (named === best.named && seen.start > best.at)));
        if (better) best = { weapon: w, at: seen.start, named, here };
      }
      // "... will contribute 19 Caesar howitzers. The guns are due to arrive": the one system the
      // two sentences before counted (the goods of a deal) outranks a system named more often earlier.
      if (best && !best.here) {
        const sentence = scan.sentence.index;
        const counted = weapons.filter(
          (w) =>
            fits(w) &&
            w.candidates.some((c) => c.sentence < sentence && c.sentence >= sentence - COUNTED_REACH && (c.phrase.quantity ?? 0) > 0),
        );
        const previous = weapons.filter((w) => fits(w) && w.candidates.some((c) => c.sentence === sentence - 1));
        // "Baykar has exported its combat-proven TB2 to more than 30 countries. Croatia and Kosovo took
        // delivery of the drones": the one fitting system the sentence before names as its own topic
        // (not set apart: "a Chinese offer of JF-17 jets") outranks one the story named more often, and
        // one counted two sentences back ("... replaced by 72 F-35A fighters. Australia has sold its old
        // Hornets before. Canada bought 25 of the jets"), unless that sentence only has it in use ("Poland
        // ordered 48 Patriot launchers. The country still operates S-125 batteries. Warsaw will receive the system").
        const before = scans.find((x) => x.sentence.index === sentence - 1);
        const wordBefore = (c: Located, set: ReadonlySet<string>) => before!.tokens.slice(Math.max(0, c.phrase.first - APART_REACH), c.phrase.first).some((w) => set.has(w.lower));
        const topical = (c: Located) => c.sentence === sentence - 1 && before !== undefined && !wordBefore(c, words.referenceApartWords);
        const topic = previous.length === 1 && previous[0]!.candidates.filter((c) => c.sentence === sentence - 1).every(topical) ? previous[0]! : null;
        const inUse = (c: Located) => wordBefore(c, words.fleetUseWords);
        const countedBefore = counted.length === 1 && counted[0]!.candidates.some((c) => c.sentence === sentence - 1 && (c.phrase.quantity ?? 0) > 0);
        const overCounted = topic !== null && !countedBefore && !topic.candidates.filter((c) => c.sentence === sentence - 1).some(inUse);
        if (topic && (counted.length !== 1 || overCounted)) best = { ...best, weapon: topic };
        else if (counted.length === 1) best = { ...best, weapon: counted[0]! };
        // ("... the 24 PzH 2000 howitzers and 62 Leopard 2A7+ tanks that Qatar bought in 2013. Those
        // vehicles were delivered between 2015 and 2018": a reference after a sentence that names two
        // or more fitting systems, none of them the one picked, names none.)
        else if (previous.length > 1 && !previous.includes(best.weapon)) best = null;
      }
      // "Cyprus bought the system from Russia": a seller named right after the reference, the maker of
      // one system the two sentences before named, picks that one over another counted or named more.
      // ("The system was bought from Moscow by Cyprus": past the verb of a passive too; "Six of the jets
      // were donated by Russia": a giver of a passive names its goods' maker state as a seller does.)
      const from = t.slice(last + 1, last + 2 + SELLER_REACH).findIndex((w, j, after) => w.lower === 'from' || (w.lower === 'by' && isPastForm(after[j - 1]?.lower ?? '')));
      const seller = from !== -1 && t[last + 2 + from] ? actors.at(t[last + 2 + from]!.start)?.actor : undefined;
      if (best && seller?.kind === 'country' && best.weapon.weapon.origin !== seller.id) {
        // (A Soviet design is Russia's too: the lexicon's producing state beside the story's designer.)
        const madeBy = (w: BuiltWeapon) => w.weapon.origin === seller.id || w.candidates.some((c) => c.family?.origin === seller.name);
        const made = weapons.filter((w) => fits(w) && madeBy(w) && (lastSeen(w, start)?.sentence ?? -Infinity) >= scan.sentence.index - COUNTED_REACH);
        if (made.length === 1) best = { ...best, weapon: made[0]! };
      }
      if (!best) continue;
      const end = t[last]!.end;
      references.push({ weapon: best.weapon, mention: { text: text.slice(start, end), start, end }, sentence: scan.sentence.index, quantity: countOfWhole(scan, determiner, k, last) });
      k = last;
    }
  }
  return references;
}

/** Words between "of" and the system it names: "batteries of the BrahMos", "a squadron of its new F-16s". */
const OF_REACH = 3;

/** Whether "of" after the noun at `last` opens a phrase that names a system (`taken`: tokens of a named system). */
function ofSystem(t: readonly Token[], last: number, taken: readonly boolean[]): boolean {
  const { words } = weaponLexicon();
  if (t[last + 1]?.lower !== 'of') return false;
  for (let j = last + 2; j < t.length && j - last - 2 <= OF_REACH; j++) {
    if (taken[j]) return true;
    if (!words.referenceDeterminers.has(t[j]!.lower) && !words.modifiers.has(t[j]!.lower)) return false;
  }
  return false;
}

/** Whether token `at` (-1: none) lies in a ", which ... ," aside that closes before token `before`. */
function asideBefore(t: readonly Token[], at: number, before: number): boolean {
  const close = at < 0 ? null : relativeAsideEnd(t, at, at);
  return close !== null && close < before;
}

/** Categories "the aircraft" reaches only in its own sentence. */
const ROTARY = new Set(['helicopter', 'drone']);

/** Words that make a count in a reference a part, not the whole: "the first two launchers", "the remaining four". */
const PART_WORDS = new Set(['first', 'last', 'next', 'remaining', 'other', 'initial', 'final']);

/**
 * The count of the whole a reference states: before its noun ("the four radars") or in an
 * apposition after it ("The howitzers, 18 in total,"); none for a part ("the first two launchers").
 */
function countOfWhole(scan: ScannedSentence, determiner: number, k: number, last: number): number | null {
  const t = scan.tokens;
  const before = countEndingAt(t, k - 1);
  if (before && before.first > determiner && before.value > 0) {
    const part = t.slice(determiner + 1, before.first).some((w) => PART_WORDS.has(w.lower) || w.lower === 'of');
    return part ? null : before.value;
  }
  if (t[last + 1]?.text === ',') {
    const after = countEndingAt(t, last + 2);
    if (after && after.first === last + 2 && after.value > 0 && t[last + 3]?.lower === 'in' && ['total', 'all'].includes(t[last + 4]?.lower ?? '')) return after.value;
  }
  return null;
}

const FIRM_POSSESSIVES = new Set(['its', 'their']);

/** The nearest actor named before token k in its sentence is a company the lexicon lists ("Nurol Makina has exported its ..."). */
function firmBefore(t: readonly Token[], k: number, actors: ActorSpans): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const span = actors.at(t[j]!.start);
    if (span) return span.actor.kind === 'organization' && lexiconType(span.actor) === 'company';
  }
  return false;
}

/** Words from the range's noun to its markets ("to more than ten countries", "to some 30 customers"). */
const MARKET_REACH = 6;

/** A "to" after the noun leads to markets, no one buyer ("its armoured vehicles to more than ten countries"). */
function soldToMarkets(t: readonly Token[], last: number): boolean {
  const { rangeMarkets } = weaponLexicon().words;
  const to = t.slice(last + 1, last + 1 + MARKET_REACH).findIndex((w) => w.lower === 'to');
  return to !== -1 && t.slice(last + 2 + to, last + 2 + to + MARKET_REACH).some((w, j, rest) => rangeMarkets.has(w.lower) || rangeMarkets.has(`${w.lower} ${rest[j + 1]?.lower ?? ''}`));
}

/** A calibre or a wheel formula before a head noun ("155mm", "8x8"). */
const MEASURE = /^\d+(?:mm|x\d+)$/i;

/** The determiner that opens a definite noun phrase ending before token k ("the new jets", "the first 10 tanks"), or null. */
function determinerBefore(scan: ScannedSentence, k: number): number | null {
  const { words } = weaponLexicon();
  const t = scan.tokens;
  let j = k - 1;
  while (j >= 0) {
    const token = t[j]!;
    if (words.referenceDeterminers.has(token.lower)) return j;
    // "the first of three submarines", "the rest of the jets"
    if (token.lower === 'of' && j > 0 && (words.modifiers.has(t[j - 1]!.lower) || countEndingAt(t, j - 1) || PARTITIVES.has(t[j - 1]!.lower))) {
      j--;
      continue;
    }
    const headEnd = scan.headEndingAt.get(j);
    const count = countEndingAt(t, j);
    if (headEnd) j = headEnd.first - 1;
    else if (count) j = count.first - 1;
    // (A hyphenated word whole, though its last part is a modifier too: "the six-wheeled vehicles".)
    else if (j >= 2 && t[j - 1]!.text === '-' && !t[j - 1]!.spaceBefore && !token.spaceBefore) j -= 3;
    else if (words.modifiers.has(token.lower) || actorLexicon().countryWords.has(token.lower)) j--; // "the Israeli howitzers"
    else if (MEASURE.test(token.text)) j--; // "The 155mm truck-mounted guns", "the 8x8 vehicles"
    else return null;
  }
  return null;
}

/** Words an apposition may open with before the system it names ("two", "all 12", "the"). */
const APPOSITION_OPENERS = 3;

/** Whether a system's name opens the words from `from` on, after up to three determiners or counts. */
function apposedSystem(t: readonly Token[], from: number, taken: readonly boolean[]): boolean {
  for (let j = from; j < t.length && j - from <= APPOSITION_OPENERS; j++) {
    if (taken[j]) return true;
    if (!/^(?:the|its|their|all|some|about)$/.test(t[j]!.lower) && !isCount(t[j])) return false;
  }
  return false;
}
