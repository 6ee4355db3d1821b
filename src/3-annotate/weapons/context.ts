/**
 * Refiner: a context form ("Patriot", "Leopard", "Caesar", "Archer") stands for a weapon only next to
 * a head noun of its category ("Patriot missiles", "the howitzer Archer"), a count ("250 Abrams"), a confirming noun ("Patriot batteries"), an
 * origin adjective ("US-made Patriots") or a country's adjective ("the American Patriot"), in a list that ends in one ("Hellfire and JAGM missiles"),
 * or once the story has named the family unambiguously.
 */
import { weaponLexicon, type HeadNoun, type WeaponFamily } from '../../lexicon/weapons.js';
import type { Candidate } from './recognise.js';

export interface Located extends Candidate {
  sentence: number;
}

const YEAR = /^(?:19|20)\d\d$/;

export type Rejection = { candidate: Located; reason: string };

export function confirmContext(
  candidates: readonly Located[],
  reject: (r: Rejection) => void,
  listed: (a: Located, b: Located) => boolean = () => false,
  nounAfter: (c: Located) => boolean = () => true,
): Located[] {
  // A count before it is context too ("250 Abrams", "14 Leopards"), unless a noun follows ("two Abrams brothers").
  // A year is no count: "In the whole of 1986 Puma posted a loss".
  const counted = (c: Located) => (c.phrase.quantity ?? 0) > 0 && !YEAR.test(String(c.phrase.quantity)) && !nounAfter(c);
  const own = (c: Located) => c.free || (c.phrase.head !== null && fits(c)) || c.phrase.contextNoun || c.phrase.origin !== null || c.phrase.demonym !== null || counted(c);
  // "Hellfire and JAGM missiles", "Patriot, IRIS-T and NASAMS systems": a list shares its head noun.
  const shared = new Set<Located>();
  for (let i = candidates.length - 2; i >= 0; i--) {
    const next = candidates[i + 1]!;
    if (next.sentence === candidates[i]!.sentence && (own(next) || shared.has(next)) && listed(candidates[i]!, next)) shared.add(candidates[i]!);
  }
  const hasContext = (c: Located) => own(c) || shared.has(c);
  const confirmed = new Set(candidates.filter(hasContext).map((c) => c.family?.id ?? c.name));
  // "every Jaguar we bought" after "Jaguar armoured vehicles": a shared name with no context of its
  // own is the family the story has confirmed.
  const settled = candidates.map((c) => {
    const other = hasContext(c) || (c.family && confirmed.has(c.family.id)) ? undefined : c.others?.find((f) => confirmed.has(f.id));
    return other ? { ...c, family: other, name: other.name, category: other.category, origin: other.origin } : c;
  });
  return settled.filter((c) => {
    // "A Lynx helicopter" after "the Lynx infantry fighting vehicle": a head of another category says no.
    const clash = !c.free && c.phrase.head !== null && !fits(c);
    const keep = hasContext(c) || (confirmed.has(c.family?.id ?? c.name) && !clash);
    if (!keep) reject({ candidate: c, reason: 'context form without a head noun or an earlier mention' });
    return keep;
  });
}

/**
 * A head noun confirms a context form only when it can name the family's category: "Challenger
 * business jet" is no Challenger tank, "Puma drones" no Puma vehicle; "Gepard guns" and "Patriot
 * missiles" are theirs.
 */
function fits(c: Located): boolean {
  return !c.family || !c.phrase.head || headFits(c.phrase.head, c.family);
}

function headFits(head: HeadNoun, family: WeaponFamily): boolean {
  if (head.category === 'generic' || head.category === family.category) return true;
  const { relatedCategories } = weaponLexicon().words;
  return Boolean(relatedCategories.get(head.category)?.includes(family.category) || referenceFits(lastWord(head.phrase), family));
}

const lastWord = (phrase: string) => phrase.toLowerCase().split(/\s+/).pop() ?? '';
const referenceFits = (word: string, family: WeaponFamily) => Boolean(weaponLexicon().words.referenceNouns.get(word)?.some((k) => k === family.category || k === '*'));

/**
 * Of the families a shared name has ("Jaguar": the fighter, the armoured vehicle; "Hawk": the jet,
 * the missile), the one the noun after it names: its head's category ("Jaguar armoured vehicles"),
 * else a category the head or a confirming noun can stand for ("Hawk batteries"), else none.
 */
export function ownerNamed(owners: readonly WeaponFamily[], head: HeadNoun | null, next: string | undefined): WeaponFamily | undefined {
  const own = head ? owners.find((f) => f.category === head.category) : undefined;
  if (own) return own;
  const only = (fits: (f: WeaponFamily) => boolean) => {
    const found = owners.filter(fits);
    return found.length === 1 ? found[0] : undefined;
  };
  // ("systems" stands for any kind, so it picks none.)
  const word = head ? lastWord(head.phrase) : (next ?? '');
  const named = weaponLexicon().words.referenceNouns.get(word)?.includes('*') ? undefined : only((f) => referenceFits(word, f));
  return named ?? (head && head.category !== 'generic' ? only((f) => headFits(head, f)) : undefined);
}
