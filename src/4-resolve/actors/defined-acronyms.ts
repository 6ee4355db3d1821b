/**
 * An acronym the story defines ("the Philippine Air Force (PAF)") means that entity everywhere in
 * the story, the headline included, even where the lexicon gives the same letters to another
 * ("PAF", the Pakistan Air Force): the writer's own definition beats the lexicon's guess.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';

export function applyDefinedAcronyms(doc: AnalysisDocument): void {
  const defined = new Map<string, EntityMention>();
  for (const m of doc.layers.mentions) {
    // Two long forms for one acronym: the story is ambiguous, leave the lexicon's reading.
    if (m.rule !== 'acronym-definition') continue;
    const other = defined.get(m.text);
    if (other?.rule === 'ambiguous') continue;
    if (other && (other.entry ?? other.canonical) !== (m.entry ?? m.canonical)) defined.set(m.text, { ...m, rule: 'ambiguous' });
    else defined.set(m.text, m);
  }
  if (defined.size === 0) return;
  for (const m of doc.layers.mentions) {
    const d = defined.get(m.text);
    // Only a lexicon reading of the same kind is replaced: the definition's own typing may be a guess.
    if (!d || d === m || d.rule === 'ambiguous' || !m.entry || m.kind !== d.kind) continue;
    if (m.entry === d.entry) continue;
    m.entry = d.entry;
    m.rule = 'acronym-defined-elsewhere';
    if (d.canonical) m.canonical = d.canonical;
    else delete m.canonical;
    if (d.memberOf) m.memberOf = d.memberOf;
    else delete m.memberOf;
  }
}
