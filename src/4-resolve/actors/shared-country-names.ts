/**
 * "BRAZZAVILLE - The Congolese Navy ...": a short name or demonym two countries share ("Congo",
 * "Congolese") stands for the one the story names by a name of its own, when it never names the
 * other so; else the lexicon's reading stays (data/actors/rules.json sharedCountryNames).
 */
import type { AnalysisDocument } from '../../model/document.js';
import { actorRules } from '../../lexicon/actor-rules.js';

export function applySharedCountryNames(doc: AnalysisDocument): void {
  const countries = doc.layers.mentions.filter((m) => m.kind === 'country' && m.entry);
  const form = (text: string) => text.toLowerCase().replace(/^the\s+/, '');
  for (const [id, { forms, other }] of actorRules().sharedCountryNames) {
    const shared = countries.filter((m) => m.entry === id && forms.has(form(m.text)));
    if (countries.some((m) => m.entry === id && !forms.has(form(m.text)))) continue;
    if (!countries.some((m) => m.entry === other)) continue;
    for (const m of shared) {
      m.entry = other;
      m.rule = 'shared-country-name';
      delete m.canonical;
    }
    // ... and so does one opening a state body's name ("the Congolese Navy").
    for (const m of doc.layers.mentions) {
      if (m.memberOf === id && forms.has(form(m.text).split(/\s+/)[0]!)) m.memberOf = other;
    }
  }
}
