/**
 * Refiner: names the story itself gives a system it has just named are the same weapon.
 *   "Poland ordered 218 Chunmoo launchers under the local name Homar-K", "the K239, known in
 *   Poland as Homar-K", "a drone dubbed Lancet": the second name joins the first system.
 *   "the SILAM programme, to build launchers based on the PULS system": a name of the story's own
 *   (one the lexicon lacks) for a build of a known system joins that system.
 * Both names must be in one sentence with no other system between them.
 */
import type { AnalysisDocument } from '../../model/document.js';
import type { Located } from './context.js';
import { weaponLexicon } from '../../lexicon/weapons.js';

/** Text between a system and a name that the story gives it: "known (in Poland) as", "under the local name". */
const NAMED_AS = /(?:\bknown(?: (?:in|to) (?:\p{Lu}[\p{L}-]*\s?){1,3})? as|\bunder the (?:[\p{L}-]+ )?name|\bdubbed|\b(?:also |locally )?called|\bdesignated)\s+(?:the\s+)?["“']?$/u;
/** Text between a name of the story's own and the known system it is built on. */
const BASED_ON = /\bbased on (?:the |its |an? )?$/;
/** Text between a ship's name and the class it belongs to: ", a", ", one of the". */
const APPOSITION = /^,\s+(?:an?|the|one of the)\s+$/;
const CLASS = /-class\b/i;
/** At most this many words between a class and the name of its ship. */
const CLASS_TO_SHIP_WORDS = 5;

/** A ship's name written with its navy's prefix ("INS Kirpan", "PNS Hangor"). */
export function isShipName(name: string): boolean {
  return weaponLexicon().words.shipPrefixes.has(name.split(' ', 1)[0]!);
}

/** How far apart the two names may be, in characters. */
const REACH = 120;

export function joinStoryAliases(doc: AnalysisDocument, candidates: readonly Located[]): Located[] {
  const span = (c: Located) => {
    const offset = doc.sentences[c.sentence]!.tokenStart;
    return { start: doc.tokens[offset + c.first]!.start, end: doc.tokens[offset + c.last]!.end };
  };
  const joined = [...candidates];
  for (let i = 1; i < joined.length; i++) {
    const a = joined[i - 1]!;
    const b = joined[i]!;
    if (a.sentence !== b.sentence || (a.family && a.family === b.family)) continue;
    const between = doc.text.slice(span(a).end, span(b).start);
    if (between.length > REACH) continue;
    if (NAMED_AS.test(between)) joined[i] = asSystem(b, a);
    else if (!a.family && b.family && BASED_ON.test(between)) joined[i - 1] = asSystem(a, b);
    // "the corvette INS Kirpan, a Khukri-class warship": a named ship is one of the class after it.
    else if (isShipName(a.name) && CLASS.test(b.name) && APPOSITION.test(between)) joined[i - 1] = asSystem(a, b);
    // "the Type 071E landing platform dock HTMS Chang", "two Jose Rizal-class frigates, BRP Jose Rizal
    // and BRP Antonio Luna", "the Pohang-class corvette ROKS Chungju, now BRP Conrado Yap": a ship
    // named right after its class (or after a ship of it) is one of that class.
    else if (isShipName(b.name) && !isShipName(a.name) && isShipClass(a) && followsClass(between, isShipName(candidates[i - 1]!.name))) joined[i] = asSystem(b, a);
  }
  // "BRP Miguel Malvar ... the Miguel Malvar-class ships": a ship that gives its class its name.
  const texts = joined.map((c) => doc.text.slice(span(c).start, span(c).end).toLowerCase());
  const classes = joined.map((c, j) => ({ c, text: texts[j]! })).filter((k) => CLASS.test(k.text));
  // ("Portugal orders 40 Tekever AR3 drones ... the AR3 has shown": a name the story also writes after its
  // maker's is the maker's system, whatever other family a lexicon code of that form names; not one a
  // head noun of another kind types: "Cobra gunships" beside "Otokar Cobra armoured vehicles".)
  const makerWord = (t: string, text: string) => t.endsWith(` ${text}`) && /^\p{L}[\p{L}-]*$/u.test(t.slice(0, t.length - text.length - 1));
  const sameKind = (c: Located, k: Located) => !c.phrase.head || c.phrase.head.category === 'generic' || c.phrase.head.category === k.category;
  const withMaker = (c: Located, text: string) => joined.find((k, j) => k.family && k.family !== c.family && makerWord(texts[j]!, text) && sameKind(c, k));
  // ("Uzbekistan to assemble Turkish NMS armoured vehicles" over "200 NMS 4x4 armoured vehicles": a name
  // read off its head noun that opens the name of a system of its kind the story writes is that system.)
  const opening = (c: Located, text: string) => (c.family || c.rule !== 'name-head' ? undefined : joined.find((k, j) => k.family && texts[j]!.startsWith(`${text} `) && sameKind(c, k)));
  return joined.map((c, i) => {
    const maker = withMaker(c, texts[i]!) ?? opening(c, texts[i]!);
    if (maker) return asSystem(c, maker);
    if (!isShipName(c.name)) return c;
    const own = c.name.split(' ').slice(1).join(' ').toLowerCase();
    const named = classes.find((k) => k.text.startsWith(`${own}-class`));
    return named ? asSystem(c, named.c) : c;
  });
}

/** A class of ships or submarines: a "-class" name, a family or a designation of those categories. */
function isShipClass(c: Located): boolean {
  return CLASS.test(c.name) || c.category === 'ship' || c.category === 'submarine';
}

/**
 * Text between a class and a ship of it: its type ("landing platform dock"), list words, ", now";
 * after a ship of the class, list words only ("BRP Jose Rizal and the offshore patrol vessel BRP
 * Ramon Alcaraz" names a ship of another type). Words, not a pattern: a pattern over free text backtracks.
 */
function followsClass(between: string, afterShip: boolean): boolean {
  const { shipListWords, shipTypeWords } = weaponLexicon().words;
  const words = between.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter((w) => w.length > 0);
  return words.length <= CLASS_TO_SHIP_WORDS && words.every((w) => shipListWords.has(w) || (!afterShip && shipTypeWords.has(w)));
}

/** The candidate, where it stands, as a mention of the other's system. */
function asSystem(c: Located, system: Located): Located {
  return { ...c, family: system.family, name: system.name, category: system.category, origin: system.origin, free: true };
}
