/**
 * Refiner: letters the story defines for a lower-case phrase ("six littoral combat ships (LCS)",
 * "offshore patrol vessels (OPVs)"), or for a name whose last word is a weapon's head noun ("80
 * Command and Liaison Reconnaissance Vehicles (CLRV)"), name a kind of thing, not an actor. A name
 * guessed from the letters alone (no lexicon entry) is dropped wherever the story uses them:
 * "missiles for the LCS" names no party.
 */
import type { AnalysisDocument } from '../../model/document.js';
import { opensHeadNoun } from '../../lexicon/weapons.js';
import { spelledBy } from '../../nlp/tokens.js';

/** Lower-case words, then letters in brackets: "littoral combat ships (LCS)". */
const DEFINITION = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})\((\p{Lu}{2,8})s?\)/gu;

export function dropThingAcronyms(doc: AnalysisDocument): void {
  const things = new Set<string>();
  for (const match of doc.text.matchAll(DEFINITION)) {
    const letters = match[2]!;
    const words = match[1]!.trim().split(/\s+/);
    const initials = words.slice(-letters.length).map((w) => w[0]!.toUpperCase()).join('');
    if (words.length >= letters.length && initials === letters) things.add(letters);
  }
  // (Token indices by offset, made once and only for a story with letters the lexicon lacks.)
  let indexOf: Map<number, number> | null = null;
  for (const m of doc.layers.mentions) {
    if (m.entry !== null || m.form !== 'acronym') continue;
    indexOf ??= new Map(doc.tokens.map((t, i) => [t.start, i]));
    if (namesWeapon(doc, indexOf.get(m.start) ?? -1)) things.add(m.text.replace(/s$/, ''));
  }
  if (things.size === 0) return;
  doc.layers.mentions = doc.layers.mentions.filter((m) => m.entry !== null || m.form !== 'acronym' || !things.has(m.text.replace(/s$/, '')));
}

/** Letters at token `at` in brackets after a capitalised name they spell, whose last word is a weapon's head noun. */
function namesWeapon(doc: AnalysisDocument, at: number): boolean {
  const tokens = doc.tokens;
  const head = at - 2;
  if (head < 0 || tokens[at - 1]!.text !== '(' || !/^\p{Lu}/u.test(tokens[head]!.text) || !opensHeadNoun(tokens, head)) return false;
  const first = spelledBy(tokens, head, tokens[at]!.text.replace(/s$/, ''));
  // ("Leonardo Rheinmetall Military Vehicles (LRMV)", "General Dynamics European Land Systems (GDELS)":
  // the letters of a name the actor stage read, or one that holds such a name.)
  return first !== null && !doc.layers.mentions.some((m) => m.start < tokens[head]!.end && m.end > tokens[first]!.start);
}
