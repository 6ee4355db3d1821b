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

/** A ship's name written with its navy's prefix ("INS Kirpan", "PNS Hangor"). */
function isShipName(name: string): boolean {
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
  }
  return joined;
}

/** The candidate, where it stands, as a mention of the other's system. */
function asSystem(c: Located, system: Located): Located {
  return { ...c, family: system.family, name: system.name, category: system.category, origin: system.origin, free: true };
}
