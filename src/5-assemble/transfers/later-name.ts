/**
 * Arms described first and named after: "The State Department approved the sale of up to 3,000
 * laser-guided rockets to Kuwait. | The APKWS rockets, built by BAE Systems, ..." A transfer of unnamed
 * arms takes the system that opens the next sentence, when that system is of the kind the description's
 * noun names (rockets, tanks; "systems" any kind).
 */
import type { AnalysisDocument } from '../../model/document.js';
import type { Weapon } from '../../model/contract.js';
import { weaponLexicon } from '../../lexicon/weapons.js';
import type { Draft } from './merge.js';

/** Words before the system in the sentence that names it: "The M1A2 SEPv3". */
const OPENING_WORDS = 3;
const DETERMINERS = new Set(['the', 'these', 'those']);

/** Per sentence, the system that opens it after a determiner ("The Arrow 3 interceptors ..."). */
export function openingSystems(doc: AnalysisDocument): Map<number, Weapon> {
  const found = new Map<number, Weapon>();
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    if (!DETERMINERS.has(tokens[0]?.lower ?? '')) continue;
    const limit = tokens[Math.min(tokens.length - 1, OPENING_WORDS)]?.end ?? sentence.end;
    const weapon = doc.layers.weapons.find((w) => w.mentions.some((m) => m.start > tokens[0]!.start && m.start < limit));
    if (weapon) found.set(sentence.index, weapon);
  }
  return found;
}

/** The kind of arms a description's head noun names ("main battle tanks" -> tank; "weapons" -> generic). */
export function kindOf(description: string): string | null {
  const kinds = weaponLexicon().words.headKinds;
  const words = description.toLowerCase().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const kind = kinds.get(words.slice(-n).join(' '));
    if (kind) return kind;
  }
  return null;
}

/** Refiner: unnamed arms take the system of their kind that opens the next sentence. */
export function withLaterNames(drafts: readonly Draft[], opening: ReadonlyMap<number, Weapon>): Draft[] {
  return drafts.map((d) => {
    if (d.system || !d.description) return d;
    const weapon = opening.get(d.sentence + 1);
    const kind = kindOf(d.description);
    if (!weapon || !kind || (kind !== weapon.category && kind !== 'generic')) return d;
    const named: Draft = { ...d, system: weapon.id, rules: [...d.rules, `system ${weapon.name} (named in the next sentence)`] };
    delete named.description;
    return named;
  });
}
