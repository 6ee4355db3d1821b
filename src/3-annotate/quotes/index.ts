/**
 * Quote stage: who says what, to whom, through whom and when. Runs after actors and dates.
 *   cues -> frames (speaker + cue + complement) -> recognisers (indirect, direct, closing and
 *   parenthetical attributions, source phrases) -> refiners (mixed, floating, nesting, dedupe) -> resolve
 *   (src/4-resolve/quotes: actors, via, dates, stance, about) -> `layers.quotes`.
 */
import type { AnalysisDocument } from '../../model/document.js';
import { resolveQuotes } from '../../4-resolve/quotes/index.js';
import { quotesFromSources } from './according-to.js';
import { QuoteContext } from './context.js';
import { findCues } from './cues.js';
import { directQuotes } from './direct.js';
import { findFrames } from './frames.js';
import { indirectFromAsClauses, indirectFromClosings, indirectFromComplements, indirectFromParentheticals } from './indirect.js';
import { dedupe, dropNestedFindings, floatingQuotes, mixedQuotes, nestReports } from './refine.js';

export function annotateQuotes(doc: AnalysisDocument): void {
  const ctx = new QuoteContext(doc);
  const cues = findCues(ctx);
  const { frames, cueStarts } = findFrames(ctx, cues);
  let candidates = [...indirectFromComplements(ctx, frames), ...indirectFromAsClauses(ctx, frames, cueStarts), ...directQuotes(ctx, frames)];
  candidates.push(...indirectFromClosings(ctx, frames, candidates));
  candidates.push(...indirectFromParentheticals(ctx, frames, candidates));
  candidates.push(...quotesFromSources(ctx, cues, cueStarts, candidates));
  candidates = mixedQuotes(ctx, candidates);
  candidates = dropNestedFindings(candidates);
  candidates = floatingQuotes(ctx, candidates, frames);
  candidates = dedupe(candidates);
  nestReports(candidates);
  doc.layers.quotes.push(...resolveQuotes(ctx, candidates));
}
