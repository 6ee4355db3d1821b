/**
 * An acronym the story defines ("the Philippine Air Force (PAF)") means that entity everywhere in
 * the story, the headline included, even where the lexicon gives the same letters to another
 * ("PAF", the Pakistan Air Force): the writer's own definition beats the lexicon's guess.
 */
import type { EntityMention } from '../../model/annotations.js';
import type { AnalysisDocument } from '../../model/document.js';
import { actorLexicon, type LexiconEntry } from '../../lexicon/actors.js';

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

/**
 * "The Indian Air Force already operates 22 Apaches ... The IAF also flies": letters the lexicon gives
 * to another body ("IAF", the Israeli Air Force) stand for the story's own name they spell, when the
 * story never names the lexicon's body in full.
 */
export function applySpelledAcronyms(doc: AnalysisDocument): void {
  const named = doc.layers.mentions.filter((m) => m.form === 'name' && m.kind === 'organization' && /\s/.test(m.text));
  const fullNames = new Set(named.map((m) => m.entry).filter(Boolean));
  for (const m of doc.layers.mentions) {
    if (m.form !== 'acronym' || m.kind !== 'organization' || !m.entry || m.rule === 'acronym-definition' || fullNames.has(m.entry)) continue;
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

/** "Indian Air Force" -> "IAF": the capitals that open its words. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "the Army and the IAF will get eight drones each" in a story about India: letters the lexicon gives
 * to a state body of a country the story never names ("IAF", the Israeli Air Force) stand for the
 * one body of a country the story does name whose name they spell (the Indian Air Force).
 */
export function applyHomeAcronyms(doc: AnalysisDocument): void {
  const { entries } = actorLexicon();
  const named = new Set(doc.layers.mentions.filter((m) => m.kind === 'country' && m.entry).map((m) => m.entry!));
  for (const m of doc.layers.mentions) {
    if (m.form !== 'acronym' || m.kind !== 'organization' || !m.entry || !m.rule.startsWith('lexicon')) continue;
    const country = entries.get(m.entry)?.country;
    if (!country || named.has(country)) continue;
    const home = (bodiesByInitials().get(m.text) ?? []).filter((e) => e.id !== m.entry && named.has(e.country!));
    // Of several ("Indian Armed Forces", "Indian Air Force"), the one that shares most words with the lexicon's body.
    const words = new Set(entries.get(m.entry)!.name.split(/\s+/));
    const shared = (e: LexiconEntry) => e.name.split(/\s+/).filter((w) => words.has(w)).length;
    const best = Math.max(0, ...home.map(shared));
    const chosen = home.filter((e) => shared(e) === best);
    if (chosen.length !== 1) continue;
    m.entry = chosen[0]!.id;
    m.rule = 'acronym-home';
    delete m.canonical;
    delete m.memberOf;
  }
}

let byInitials: Map<string, LexiconEntry[]> | null = null;

/** State bodies of the lexicon (organisations with a country) by the initials of their names. */
function bodiesByInitials(): Map<string, LexiconEntry[]> {
  if (byInitials) return byInitials;
  byInitials = new Map();
  for (const e of actorLexicon().entries.values()) {
    if (e.kind !== 'organization' || !e.country || !/\s/.test(e.name)) continue;
    const key = initials(e.name);
    if (key.length >= 2) byInitials.set(key, [...(byInitials.get(key) ?? []), e]);
  }
  return byInitials;
}
