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

export interface Stage {
  name: string;
  /** Sections this stage contributes to; empty means it always runs. */
  serves: readonly Section[];
  run(doc: AnalysisDocument): void;
}

/** What each section needs from others (quotes need speakers and dates, transfers need weapons). */
const SECTION_NEEDS: Record<Section, readonly Section[]> = {
  actors: [],
  places: [],
  weapons: ['actors'],
  transfers: ['weapons', 'actors', 'dates'],
  dates: [],
  quotes: ['actors', 'dates'],
};

export const STAGES: readonly Stage[] = [
  { name: 'segment', serves: [], run: segment },
  { name: 'dates', serves: ['dates'], run: annotateDates },
  // actors (annotate + resolve) and weapons come here
  { name: 'quotes', serves: ['quotes'], run: annotateQuotes },
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
