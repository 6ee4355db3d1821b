/** Runs the segmenter alone on a text and returns the pieces as strings, for readable assertions. */
import { segment } from '../../src/2-segment/segment.js';
import { emptyLayers } from '../../src/model/annotations.js';
import { createDocument, type AnalysisDocument } from '../../src/model/document.js';
import { resolveOptions, type ExtractOptions } from '../../src/options.js';

export function segmented(text: string, options: ExtractOptions = {}): AnalysisDocument {
  const doc = createDocument(text, resolveOptions(options), emptyLayers());
  segment(doc);
  return doc;
}

export function slices(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
