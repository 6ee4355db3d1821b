/**
 * The pipeline: an ordered list of stages over one working document.
 *   ingest (bytes -> text, in src/1-ingest) -> segment -> annotate -> resolve -> assemble -> emit
 * Each stage says which output sections it serves; a stage runs only when one of them is
 * wanted, directly or through a section that depends on it.
 */
import type { Section } from './model/contract.js';
import type { AnalysisDocument } from './model/document.js';
import { segment } from './2-segment/segment.js';
import { annotateDates } from './3-annotate/dates/index.js';
import { annotateQuotes } from './3-annotate/quotes/index.js';
import { annotateActors } from './3-annotate/actors/index.js';
import { resolveActors } from './4-resolve/actors/index.js';
import { annotateWeapons } from './3-annotate/weapons/index.js';
import { assembleTransfers } from './5-assemble/transfers/index.js';

export interface Stage {
  name: string;
  /** Sections this stage contributes to; empty means it always runs. */
  serves: readonly Section[];
  run(doc: AnalysisDocument): void;
}

/** What each section needs from others (quotes need speakers and dates, transfers need weapons). */
const SECTION_NEEDS: Record<Section, readonly Section[]> = {
  // A country named only in a weapon's noun phrase ("Chinese CH-92A drones") is made an actor there.
  actors: ['weapons'],
  places: ['actors'],
  weapons: ['actors'],
  transfers: ['weapons', 'actors', 'dates'],
  dates: [],
  quotes: ['actors', 'dates'],
};

export const STAGES: readonly Stage[] = [
  { name: 'segment', serves: [], run: segment },
  { name: 'dates', serves: ['dates'], run: annotateDates },
  { name: 'actors', serves: ['actors', 'places'], run: annotateActors },
  { name: 'resolve-actors', serves: ['actors', 'places'], run: resolveActors },
  { name: 'weapons', serves: ['weapons'], run: annotateWeapons },
  { name: 'quotes', serves: ['quotes'], run: annotateQuotes },
  { name: 'transfers', serves: ['transfers'], run: assembleTransfers },
];

export function expandSections(wanted: Iterable<Section>): Set<Section> {
  const out = new Set<Section>();
  const visit = (section: Section): void => {
    if (out.has(section)) return;
    out.add(section);
    SECTION_NEEDS[section].forEach(visit);
  };
  for (const section of wanted) visit(section);
  return out;
}

export function runPipeline(doc: AnalysisDocument, stages: readonly Stage[] = STAGES): void {
  const needed = expandSections(doc.options.sections);
  for (const stage of stages) {
    if (stage.serves.length === 0 || stage.serves.some((s) => needed.has(s))) stage.run(doc);
  }
}
