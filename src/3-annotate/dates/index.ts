/**
 * The dates stage: temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) with their values.
 *   recognise (rules of data/dates over each sentence) -> refine (overlaps, merges)
 *   -> read the clause (tense, verb) -> resolve values (src/4-resolve/dates)
 * Adds `layers.timexes` (DateAnnotation), `layers.dates` (ids d1, d2, ... in text order) and,
 * with `explain`, one trace entry per date saying which rule found it and how its value was reached.
 */
import type { AnalysisDocument } from '../../model/document.js';
import { resolveDates, type ResolvedDate } from '../../4-resolve/dates/index.js';
import { recognise, type Region } from './recognise.js';
import { refine } from './refine.js';
import { readClause, tokenize } from './tense.js';
import type { DateAnnotation, PlacedCandidate } from './types.js';

export type { DateAnnotation } from './types.js';

export function annotateDates(doc: AnalysisDocument): void {
  const { text } = doc;
  const referenceYear = doc.referenceDate ? Number(doc.referenceDate.slice(0, 4)) : null;
  const placed: PlacedCandidate[] = [];
  for (const region of dateRegions(doc)) {
    const candidates = refine(recognise(text, region, { referenceYear }), text);
    if (candidates.length === 0) continue;
    const tokens = tokenize(text, region.start, region.end);
    const inSentence = candidates.map((c) => ({ ...c, ...readClause(tokens, c.start, c.end) }));
    placed.push(...shareCoordinatedClauses(inSentence, text));
  }
  resolveDates(doc.referenceDate, placed).forEach((resolved, i) => {
    const annotation = toAnnotation(resolved, `d${i + 1}`);
    doc.layers.timexes.push(annotation);
    doc.layers.dates.push({
      id: annotation.id,
      text: annotation.text,
      start: annotation.start,
      end: annotation.end,
      type: annotation.type,
      value: annotation.value,
    });
    if (doc.options.explain) {
      doc.trace.push({ stage: 'dates', rule: annotation.rule, target: annotation.id, start: annotation.start, end: annotation.end, note: explain(resolved) });
    }
  });
}

const COORDINATION = /^\s*,?\s*(?:and|or|to|through|until|till|-|–|—)?\s*(?:on|in|at)?\s*$/i;

/** "on Tuesday and Wednesday", "between April and June": coordinated dates modify the same verb. */
function shareCoordinatedClauses(candidates: PlacedCandidate[], text: string): PlacedCandidate[] {
  for (let i = 1; i < candidates.length; i++) {
    const previous = candidates[i - 1]!;
    const current = candidates[i]!;
    if (COORDINATION.test(text.slice(previous.end, current.start))) {
      candidates[i] = { ...current, tense: previous.tense, verb: previous.verb };
    }
  }
  return candidates;
}

/** Every sentence but the byline, and a wire dateline ("BELGRADE, March 5 (Reuters) -") that no sentence covers. */
function dateRegions(doc: AnalysisDocument): Region[] {
  const regions: Region[] = doc.sentences
    .filter((s) => s.role !== 'byline')
    .map((s) => ({ start: s.start, end: s.end, sentence: s.index, role: s.role }));
  const dateline = doc.layout.dateline;
  if (dateline && !doc.sentences.some((s) => s.start <= dateline.start && dateline.end <= s.end)) {
    const next = doc.sentences.find((s) => s.start >= dateline.end);
    regions.push({ start: dateline.start, end: dateline.end, sentence: next ? next.index : doc.sentences.length, role: 'dateline' });
    regions.sort((a, b) => a.start - b.start);
  }
  return regions;
}

function toAnnotation(resolved: ResolvedDate, id: string): DateAnnotation {
  const c = resolved.candidate;
  const anchor = resolved.anchor?.candidate;
  return {
    id,
    start: c.start,
    end: c.end,
    text: c.text,
    type: c.type,
    value: resolved.value,
    sentence: c.sentence,
    rule: c.rule,
    mod: c.mod,
    tense: c.tense,
    verb: c.verb,
    anchoring: resolved.how,
    anchor: anchor ? { text: anchor.text, start: anchor.start, end: anchor.end } : null,
  };
}

function explain(resolved: ResolvedDate): string {
  const c = resolved.candidate;
  const parts = [c.template === resolved.value ? resolved.value : `${c.template} -> ${resolved.value}`];
  if (resolved.how === 'narrative' && resolved.anchor) parts.push(`counted from "${resolved.anchor.candidate.text}"`);
  else if (resolved.how === 'reference') parts.push('counted from the reference date');
  else if (resolved.how === 'unknown') parts.push('no reference date');
  if (c.template.includes('-tense-')) parts.push(`tense ${c.tense}${c.verb ? ` ("${c.verb.text}")` : ''}`);
  return parts.join('; ');
}
