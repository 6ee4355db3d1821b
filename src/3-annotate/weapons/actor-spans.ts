/**
 * The resolved actors as spans: which actor a token belongs to, and in which form ("Russian" is
 * Russia's adjective, "Moscow" its capital). The weapons stage reads origins from it ("Russian-made"),
 * the transfers stage suppliers and recipients.
 */
import type { Actor, MentionForm, Place } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { lastStartingBy } from '../../model/spans.js';

export interface ActorSpan {
  start: number;
  end: number;
  actor: Actor;
  form: MentionForm | undefined;
}

export class ActorSpans {
  /** Sorted by start; the longest span bounds how far back a covering span can start. */
  private readonly spans: ActorSpan[];
  private readonly longest: number;
  private readonly placeSpans: { start: number; end: number }[];
  private readonly longestPlace: number;
  readonly byId: Map<string, Actor>;
  /** The country the dateline names ("NEW DELHI" -> India), when it is an actor of the story. */
  readonly datelineCountry: Actor | null;

  constructor(actors: readonly Actor[], places: readonly Place[], dateline: { start: number; end: number } | null = null) {
    this.spans = actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor, form: m.form }))).sort((a, b) => a.start - b.start);
    this.longest = Math.max(0, ...this.spans.map((s) => s.end - s.start));
    this.placeSpans = places.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
    this.longestPlace = Math.max(0, ...this.placeSpans.map((s) => s.end - s.start));
    this.byId = new Map(actors.map((a) => [a.id, a]));
    this.datelineCountry = dateline ? (this.spans.find((s) => s.actor.kind === 'country' && s.start >= dateline.start && s.end <= dateline.end)?.actor ?? null) : null;
  }

  /** Whether a place mention ("Baranovichi", "Kharkiv") covers the offset. */
  isPlace(offset: number): boolean {
    for (let k = lastStartingBy(this.placeSpans, offset); k >= 0 && this.placeSpans[k]!.start > offset - this.longestPlace; k--) {
      if (offset < this.placeSpans[k]!.end) return true;
    }
    return false;
  }

  /** The actor mention that covers the offset, if any (the longest when mentions nest). */
  at(offset: number): ActorSpan | undefined {
    let best: ActorSpan | undefined;
    // Back from the last span starting at or before the offset; of equal lengths the first wins.
    for (let k = lastStartingBy(this.spans, offset); k >= 0 && this.spans[k]!.start > offset - this.longest; k--) {
      const span = this.spans[k]!;
      if (offset < span.end && (!best || span.end - span.start >= best.end - best.start)) best = span;
    }
    return best;
  }

  /** Mentions that start inside [start, end), in text order. */
  within(start: number, end: number): ActorSpan[] {
    const out: ActorSpan[] = [];
    for (let k = lastStartingBy(this.spans, start - 1) + 1; k < this.spans.length && this.spans[k]!.start < end; k++) out.push(this.spans[k]!);
    return out;
  }

  /** A country actor of the story by its name ("Russia"), for lexicon origins. */
  countryNamed(name: string): Actor | undefined {
    const wanted = name.toLowerCase();
    for (const actor of this.byId.values()) {
      if (actor.kind === 'country' && (actor.name.toLowerCase() === wanted || actor.aliases.some((a) => a.toLowerCase() === wanted))) return actor;
    }
    return undefined;
  }
}


const cache = new WeakMap<AnalysisDocument, { count: number; spans: ActorSpans }>();

/** The spans of `doc.layers.actors`, built once per document (and again if actors were added). */
export function actorSpans(doc: AnalysisDocument): ActorSpans {
  const cached = cache.get(doc);
  if (cached && cached.count === doc.layers.actors.length) return cached.spans;
  const spans = new ActorSpans(doc.layers.actors, doc.layers.places, datelineOf(doc));
  cache.set(doc, { count: doc.layers.actors.length, spans });
  return spans;
}

/** The dateline, else an opening line that holds nothing but a place in capitals ("NEW DELHI"). */
function datelineOf(doc: AnalysisDocument): { start: number; end: number } | null {
  if (doc.layout.dateline) return doc.layout.dateline;
  return (
    doc.paragraphs.slice(0, 4).find((p) => {
      const line = doc.text.slice(p.start, p.end).trim();
      return p.role !== 'headline' && /^\p{Lu}[\p{Lu}\s.,'-]{2,30}$/u.test(line);
    }) ?? null
  );
}
