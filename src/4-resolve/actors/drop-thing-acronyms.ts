/**
 * Refiner: letters the story defines for a lower-case phrase ("six littoral combat ships (LCS)",
 * "offshore patrol vessels (OPVs)") name a kind of thing, not an actor. A name guessed from the
 * letters alone (no lexicon entry) is dropped wherever the story uses them: "missiles for the LCS"
 * names no party.
 */
import type { AnalysisDocument } from '../../model/document.js';

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
  if (things.size === 0) return;
  doc.layers.mentions = doc.layers.mentions.filter((m) => m.entry !== null || m.form !== 'acronym' || !things.has(m.text.replace(/s$/, '')));
}
