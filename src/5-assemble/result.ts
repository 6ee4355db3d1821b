/** Builds the `extract/1` result from the working document. */
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, SECTIONS, type ExtractResult } from '../model/contract.js';
import type { AnalysisDocument, Span } from '../model/document.js';
import { textSpan } from '../model/spans.js';

export function assemble(doc: AnalysisDocument): ExtractResult {
  const { text, layout, layers, options } = doc;
  const span = (s: Span | null) => (s ? textSpan(text, s) : null);
  const result: ExtractResult = {
    schema: SCHEMA_VERSION,
    document: {
      path: options.path,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      chars: text.length,
      headline: span(layout.headline),
      byline: span(layout.byline),
      dateline: span(layout.dateline),
      referenceDate: doc.referenceDate,
      referenceDateSource: doc.referenceDateSource,
    },
    actors: layers.actors,
    places: layers.places,
    weapons: layers.weapons,
    transfers: layers.transfers,
    dates: layers.dates,
    quotes: layers.quotes,
    warnings: doc.warnings,
  };
  // --only drops the sections nobody asked for (they may still have been computed as dependencies).
  for (const section of SECTIONS) if (!options.sections.has(section)) delete (result as Partial<ExtractResult>)[section];
  if (options.explain) result.explain = doc.trace;
  return result;
}
