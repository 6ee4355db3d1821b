/**
 * The story's named mentions (pronouns left out), sorted by start, so that the quote resolvers
 * find the mentions in or over a span by binary search instead of a scan over every actor: a
 * long story has thousands of mentions and thousands of quotes.
 */
import type { Actor } from '../../model/contract.js';
import type { Span } from '../../model/document.js';
import { lastStartingBy } from '../../model/spans.js';

export interface IndexedMention {
  start: number;
  end: number;
  actor: Actor;
  /** Position in a scan over the actors and their mentions: the order ties are settled in. */
  order: number;
}

export class MentionIndex {
  private readonly items: IndexedMention[] = [];
  private readonly longest: number;

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      for (const m of actor.mentions) if (m.form !== 'pronoun') this.items.push({ start: m.start, end: m.end, actor, order: this.items.length });
    }
    this.items.sort((a, b) => a.start - b.start || a.order - b.order);
    this.longest = this.items.reduce((max, m) => Math.max(max, m.end - m.start), 0);
  }

  /** Mentions that share a character with the span, in actor order. */
  overlapping(span: Span): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let k = lastStartingBy(this.items, span.end - 1); k >= 0 && this.items[k]!.start > span.start - this.longest; k--) {
      const m = this.items[k]!;
      if (m.end > span.start) out.push(m);
    }
    return out.sort((a, b) => a.order - b.order);
  }

  /** Mentions inside the span, in text order. */
  inside(span: Span): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let k = lastStartingBy(this.items, span.start - 1) + 1; k < this.items.length && this.items[k]!.start < span.end; k++) {
      if (this.items[k]!.end <= span.end) out.push(this.items[k]!);
    }
    return out;
  }
}

/** Spans (which may nest), asked whether any of them covers a range. */
export class SpanCover {
  private readonly spans: Span[];
  private readonly longest: number;

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.spans.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  }

  covers(start: number, end: number, except: (s: Span) => boolean = () => false): boolean {
    for (let k = lastStartingBy(this.spans, start); k >= 0 && this.spans[k]!.start >= end - this.longest; k--) {
      const s = this.spans[k]!;
      if (end <= s.end && !except(s)) return true;
    }
    return false;
  }
}
