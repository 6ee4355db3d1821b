/**
 * Refiner, after the untyped names are typed: a name the tagger could type in one sentence ("the
 * Sea Org group") but not in another ("joined the Sea Org") is the same name: the mention dropped
 * for want of a type comes back with the type its twin got.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';

/** The untyped names before typing, to compare with what typing kept. */
export function untypedNames(doc: AnalysisDocument): EntityMention[] {
  return doc.layers.mentions.filter((m) => m.rule === 'name:untyped');
}

export function retypeRepeatedNames(doc: AnalysisDocument, untyped: EntityMention[]): void {
  if (untyped.length === 0) return;
  const kept = new Set(doc.layers.mentions);
  const typedByText = new Map<string, EntityMention>();
  // People and organisations only: the tagger's place guesses are too often a product or an event ("Polaroid", "Hajj").
  for (const m of doc.layers.mentions) if (m.form === 'name' && (m.kind === 'person' || m.kind === 'organization') && !typedByText.has(m.text)) typedByText.set(m.text, m);
  const back: EntityMention[] = [];
  for (const m of untyped) {
    const twin = kept.has(m) ? undefined : typedByText.get(m.text);
    if (!twin) continue;
    m.kind = twin.kind;
    m.rule = `name:untyped>repeated`;
    back.push(m);
  }
  if (back.length) doc.layers.mentions = [...doc.layers.mentions, ...back].sort((a, b) => a.start - b.start || b.end - a.end);
}
