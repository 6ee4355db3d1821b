/**
 * Refiners over the quote candidates, run in order after the recognisers:
 *  - mixedQuotes: reported content holding a quotation is a mixed quote ("said that the US and
 *    Russia “have very different views”"), and the quoted words are one more mixed quote of the
 *    same speaker; when the quotation is all of the content ("said that “...”") they are one quote;
 *  - floatingQuotes: a quotation standing alone gives the words of a statement announced in the
 *    sentence before it ("X issued a statement."), else continues the speaker of the quote before
 *    it (same or previous paragraph); with neither, it is dropped;
 *  - dropNestedFindings: a finding inside another report's content ("Heald noted the findings show ...") is no report;
 *  - nestReports: a report whose cue lies inside another report's content is part of it (for `via`);
 *  - dedupe: one candidate per span.
 */
import type { Quotation } from '../../model/document.js';
import { SpanIndex } from '../../model/spans.js';
import type { QuoteContext } from './context.js';
import { spanOf } from './direct.js';
import type { Frame } from './frames.js';
import { candidate, type QuoteCandidate } from './types.js';

/** A quoted name or title: capitalised words only (small words allowed), at most this many. */
const MAX_TITLE_WORDS = 6;
const SMALL_WORDS = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'vs', 'vs.', 'or']);

export function mixedQuotes(ctx: QuoteContext, candidates: QuoteCandidate[]): QuoteCandidate[] {
  const byQuotation = new Map<Quotation, QuoteCandidate>();
  for (const c of candidates) if (c.quotation) byQuotation.set(c.quotation, c);
  const drop = new Set<QuoteCandidate>();
  const added: QuoteCandidate[] = [];
  for (const report of candidates) {
    if (report.kind !== 'indirect') continue;
    for (const quotation of ctx.quotationsIn(report.span)) {
      const existing = byQuotation.get(quotation);
      if (existing && (existing.rule === 'mixed:fragment' || existing.rule === 'mixed:quoted-content')) continue;
      if (!existing && isNameOrTerm(ctx, quotation)) continue;
      if (existing) drop.add(existing);
      report.kind = 'mixed';
      if (!report.rule.startsWith('mixed:')) report.rule = `mixed:clause(${report.rule})`;
      const mixed = candidate({
        kind: 'mixed',
        span: spanOf(ctx, quotation),
        cue: report.cue,
        speaker: report.speaker,
        addressee: report.addressee,
        reporters: report.reporters,
        quotation,
        sentence: report.sentence,
        frame: report.frame,
        rule: 'mixed:fragment',
      });
      byQuotation.set(quotation, mixed);
      added.push(mixed);
      // "said that “...”" with nothing unquoted: the quotation is the only item.
      if (unquotedWords(ctx, report, quotation) === 0) {
        drop.add(report);
        mixed.rule = 'mixed:quoted-content';
      }
    }
  }
  return [...candidates, ...added].filter((c) => !drop.has(c));
}

function unquotedWords(ctx: QuoteContext, report: QuoteCandidate, quotation: Quotation): number {
  const before = ctx.doc.text.slice(report.span.start, quotation.start);
  const after = ctx.doc.text.slice(Math.min(quotation.end, report.span.end), report.span.end);
  return (before + ' ' + after).split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/** A quotation right after a naming word ("named “Hope”", "the website “...”") or written as a title. */
export function isNameOrTerm(ctx: QuoteContext, quotation: Quotation): boolean {
  const before = ctx.tokenAtOrAfter(quotation.start) - 1;
  if (before >= 0 && ctx.lex.naming.has(ctx.lower(before))) return true;
  const words = ctx.text(quotation.inner).replace(/[,.;:!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  return words.every((w) => /^[\p{Lu}\p{N}#@]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) && /^[\p{Lu}\p{N}]/u.test(words[0]!) && words.length > 1;
}

export function floatingQuotes(ctx: QuoteContext, candidates: QuoteCandidate[], frames: readonly Frame[]): QuoteCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.span.start - b.span.start);
  const out: QuoteCandidate[] = [];
  let previous: QuoteCandidate | null = null;
  for (const c of sorted) {
    if (c.rule === 'direct:floating') {
      const paragraph = ctx.doc.sentences[c.sentence]!.paragraph;
      const last: QuoteCandidate | null = previous;
      const statement = statementBefore(ctx, c, frames);
      if (statement) {
        // "Cornyn issued a statement ... . “Like many Texans, ...”": the statement's words follow it.
        c.speaker = { ...statement.speaker!, rule: 'statement', borrowed: true };
        c.cue = statement.cue;
        c.rule = 'direct:after-statement';
      } else {
        if (!last?.speaker || paragraph - lastParagraph(ctx, last) > 1) continue;
        c.speaker = { ...last.speaker, rule: 'continuation', borrowed: true };
        c.reporters = last.reporters;
        c.addressee = last.addressee;
        c.rule = 'direct:continuation';
      }
    }
    out.push(c);
    if (c.speaker) previous = c;
  }
  return out;
}

/** A frame with a speaker and a quotation-only cue ("issued a statement") in the sentence right before the quote. */
function statementBefore(ctx: QuoteContext, c: QuoteCandidate, frames: readonly Frame[]): Frame | null {
  const before = c.sentence - 1;
  if (before < 0 || ctx.doc.sentences[before]!.paragraph !== ctx.doc.sentences[c.sentence]!.paragraph) return null;
  return frames.find((f) => f.cue.sentence === before && f.cue.entry.noClause && f.speaker && !f.complement) ?? null;
}

/** The paragraph a quote ends in (a multi-paragraph quotation ends in its last one). */
function lastParagraph(ctx: QuoteContext, c: QuoteCandidate): number {
  const last = ctx.tokenBefore(c.span.end);
  return ctx.sentenceOf(Math.max(0, last)).paragraph;
}

/** Findings ("the findings show ...") inside another report's content are part of what it says, not reports. */
export function dropNestedFindings(candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter(
    (c) => !(c.cue?.entry.finding && candidates.some((p) => p !== c && p.kind !== 'direct' && p.span.start <= c.cue!.start && c.cue!.end <= p.span.end)),
  );
}

/** Each report's parent: the shortest other report whose words hold its cue (of equal ones, the first listed). */
export function nestReports(candidates: QuoteCandidate[]): void {
  const reports = new SpanIndex(candidates.map((p, index) => ({ start: p.span.start, end: p.span.end, p, index })));
  for (const c of candidates) {
    // A quoted fragment shares its report's cue; it has no report of its own to sit in.
    if (!c.cue || c.rule === 'mixed:fragment') continue;
    let parent: { start: number; end: number; p: QuoteCandidate; index: number } | null = null;
    for (const r of reports.containing(c.cue.start, c.cue.end)) {
      if (r.p === c) continue;
      const length = r.end - r.start;
      const best = parent ? parent.end - parent.start : Infinity;
      if (length < best || (length === best && r.index < parent!.index)) parent = r;
    }
    c.parent = parent?.p ?? null;
  }
}

export function dedupe(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.kind}:${c.span.start}:${c.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
