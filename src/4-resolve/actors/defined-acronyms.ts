/**
 * An acronym the story defines ("the Philippine Air Force (PAF)") means that entity everywhere in
 * the story, the headline included, even where the lexicon gives the same letters to another
 * ("PAF", the Pakistan Air Force): the writer's own definition beats the lexicon's guess.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';
import { initials } from '../../3-annotate/actors/acronyms.js';

export function applyDefinedAcronyms(doc: AnalysisDocument): void {
  const defined = new Map<string, EntityMention>();
  for (const m of doc.layers.mentions) {
    // Two long forms for one acronym: the story is ambiguous, leave the lexicon's reading.
    if (m.rule !== 'acronym-definition' && m.rule !== 'acronym-foreign') continue;
    const other = defined.get(m.text);
    if (other?.rule === 'ambiguous') continue;
    if (other && (other.entry ?? other.canonical) !== (m.entry ?? m.canonical)) defined.set(m.text, { ...m, rule: 'ambiguous' });
    else defined.set(m.text, m);
  }
  if (defined.size === 0) return;
  for (const m of doc.layers.mentions) {
    const d = defined.get(m.text);
    if (!d || d === m || d.rule === 'ambiguous') continue;
    // Letters the long form does not spell, read again as no entry ("the Brazilian Air Force (FAB)
    // ... The FAB is studying"): the definition's entity, whatever kind they were guessed.
    if (!m.entry && !m.canonical && d.rule === 'acronym-foreign' && d.canonical) {
      m.kind = d.kind;
      m.entry = d.entry;
      m.canonical = d.canonical;
      m.rule = 'acronym-defined-elsewhere';
      if (d.memberOf) m.memberOf = d.memberOf;
      continue;
    }
    // Only a lexicon reading of the same kind is replaced: the definition's own typing may be a guess.
    if (!m.entry || m.kind !== d.kind) continue;
    if (m.entry === d.entry) continue;
    m.entry = d.entry;
    m.rule = 'acronym-defined-elsewhere';
    if (d.canonical) m.canonical = d.canonical;
    else delete m.canonical;
    if (d.memberOf) m.memberOf = d.memberOf;
    else delete m.memberOf;
  }
}

/**
 * "The Indian Air Force already operates 22 Apaches ... The IAF also flies": letters the lexicon gives
 * to another body ("IAF", the Israeli Air Force) stand for the story's own name they spell, when the
 * story never names the lexicon's body in full.
 */
export function applySpelledAcronyms(doc: AnalysisDocument): void {
  const named = doc.layers.mentions.filter((m) => m.form === 'name' && m.kind === 'organization' && /\s/.test(m.text));
  const fullNames = new Set(named.map((m) => m.entry).filter(Boolean));
  for (const m of doc.layers.mentions) {
    if (m.form !== 'acronym' || m.kind !== 'organization' || !m.entry || m.rule.startsWith('acronym-') || fullNames.has(m.entry)) continue;
    const spelled = named.find((n) => n.entry !== m.entry && n.start < m.start && initials(n.text) === m.text);
    if (!spelled) continue;
    m.entry = spelled.entry;
    m.rule = 'acronym-spelled';
    if (spelled.canonical) m.canonical = spelled.canonical;
    else if (!spelled.entry) m.canonical = spelled.text;
    if (spelled.memberOf) m.memberOf = spelled.memberOf;
    else delete m.memberOf;
  }
}
