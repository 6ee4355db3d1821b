/**
 * A name the actors stage took for an organisation the lexicon lacks, where the weapons stage reads
 * a system ("High Mobility Artillery Rocket Systems (HIMARS)", "108 M1A2Ts Taiwan ordered"): the
 * system's name, no actor. The actor goes when every mention of it lies on a system's name; so does
 * a news agency's ("TCG Anadolu" is a ship, not Anadolu Agency).
 */
import type { AnalysisDocument, Span } from '../../model/document.js';

export function dropSystemNamedActors(doc: AnalysisDocument, systemNames: readonly Span[]): void {
  // (Also a maker's name inside a system's, "CASA" in "CASA C-212", when the story names it nowhere
  // else: holding only to names that hold a system's kept more false actors than it saved makers.)
  const onSystem = (m: Span) => systemNames.some((s) => s.start < m.end && m.start < s.end);
  const lexiconSpans = new Set(doc.layers.mentions.filter((e) => e.entry !== null).map((e) => `${e.start}:${e.end}`));
  const known = (m: Span) => lexiconSpans.has(`${m.start}:${m.end}`);
  // ("The amphibious assault ship TCG Anadolu": so is a news agency's name, known or not, inside a system's.)
  const dropped = new Set(doc.layers.actors.filter((a) => (a.kind === 'organization' || a.kind === 'media') && a.mentions.length > 0 && a.mentions.every((m) => onSystem(m) && (a.kind === 'media' || !known(m)))).map((a) => a.id));
  if (dropped.size === 0) return;
  const members = new Set(doc.layers.actors.filter((a) => dropped.has(a.id)).flatMap((a) => a.mentions.map((m) => `${m.start}:${m.end}`)));
  doc.layers.actors = doc.layers.actors.filter((a) => !dropped.has(a.id));
  for (const a of doc.layers.actors) if (a.memberOf && dropped.has(a.memberOf)) delete a.memberOf;
  doc.layers.mentions = doc.layers.mentions.filter((m) => !members.has(`${m.start}:${m.end}`));
}
