/**
 * The story's named mentions (pronouns left out), sorted by start, so that the quote resolvers
 * find the mentions in or over a span by binary search instead of a scan over every actor: a
 * long story has thousands of mentions and thousands of quotes.
 */
import type { Actor } from '../../model/contract.js';
import type { Span } from '../../model/document.js';
import { SpanIndex } from '../../model/spans.js';

export interface IndexedMention {
  start: number;
  end: number;
  actor: Actor;
  /** Position in a scan over the actors and their mentions: the order ties are settled in. */
  order: number;
}

export class MentionIndex {
  private readonly index: SpanIndex<IndexedMention>;

  constructor(actors: readonly Actor[]) {
    const items: IndexedMention[] = [];
    for (const actor of actors) {
      for (const m of actor.mentions) if (m.form !== 'pronoun') items.push({ start: m.start, end: m.end, actor, order: items.length });
    }
    this.index = new SpanIndex(items);
  }

  /** Mentions that share a character with the span, in actor order. */
  overlapping(span: Span): IndexedMention[] {
    return this.index.overlapping(span.start, span.end).sort((a, b) => a.order - b.order);
  }

  /** Mentions inside the span, in text order. */
  inside(span: Span): IndexedMention[] {
    return this.index.startingIn(span.start, span.end).filter((m) => m.end <= span.end);
  }
}
