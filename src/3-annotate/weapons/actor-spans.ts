/**
 * The resolved actors as spans: which actor a token belongs to, and in which form ("Russian" is
 * Russia's adjective, "Moscow" its capital). The weapons stage reads origins from it ("Russian-made"),
 * the transfers stage suppliers and recipients.
 */
import type { Actor, MentionForm, Place } from '../../model/contract.js';
import type { AnalysisDocument } from '../../model/document.js';
import { SpanIndex } from '../../model/spans.js';

export interface ActorSpan {
  start: number;
  end: number;
  actor: Actor;
  form: MentionForm | undefined;
}

/** How many times the most named country must be named, and how many times as often as the next. */
const HOME_MENTIONS = 3;
const HOME_LEAD = 2;

export class ActorSpans {
  private readonly spans: SpanIndex<ActorSpan>;
  private readonly placeSpans: SpanIndex<{ start: number; end: number; country: string | undefined }>;
  readonly byId: Map<string, Actor>;
  /** The country the dateline names ("NEW DELHI" -> India), when it is an actor of the story. */
  readonly datelineCountry: Actor | null;

  constructor(actors: readonly Actor[], places: readonly Place[], dateline: { start: number; end: number } | null = null) {
    this.spans = new SpanIndex(actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor, form: m.form }))));
    this.placeSpans = new SpanIndex(places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, country: p.country ?? undefined }))));
    this.byId = new Map(actors.map((a) => [a.id, a]));
    // ("GEELONG, July 8 -": a town the lexicon does not place is in the country the story names far more often than any other.)
    const town = dateline !== null && this.placeSpans.spans.some((p) => !p.country && p.start === dateline.start && p.end <= dateline.end);
    this.datelineCountry = dateline ? (this.onlyCountryIn(dateline) ?? (town ? this.mostNamedCountry() : null)) : null;
  }

  /** The country the story names most often, when named at least HOME_MENTIONS times and HOME_LEAD times as often as any other. */
  mostNamedCountry(): Actor | null {
    const counts = [...this.byId.values()].filter((a) => a.kind === 'country').map((a) => ({ actor: a, n: a.mentions.length })).sort((a, b) => b.n - a.n);
    const [first, second] = counts;
    return first && first.n >= HOME_MENTIONS && first.n >= HOME_LEAD * (second?.n ?? 0) ? first.actor : null;
  }

  /**
   * The one country a dateline names, by a country's name or capital or by a city the lexicon places
   * in a country the story names ("ISTANBUL (AA) -"); none when it names two ("BENGHAZI/ISLAMABAD,
   * Dec 22 (Reuters) -": a story filed from both says not which state it is about).
   */
  private onlyCountryIn(span: { start: number; end: number }): Actor | null {
    const inside = (s: { start: number; end: number }) => s.start >= span.start && s.end <= span.end;
    const named = this.spans.spans.filter((s) => s.actor.kind === 'country' && inside(s)).map((s) => s.actor);
    const placed = this.placeSpans.spans.filter((p) => p.country && inside(p) && !named.some((a) => a.name === p.country)).map((p) => this.countryNamed(p.country!));
    const countries = [...new Set([...named, ...placed].filter((a): a is Actor => a !== undefined))];
    return countries.length === 1 ? countries[0]! : null;
  }

  /** Whether a place mention ("Baranovichi", "Kharkiv") covers the offset. */
  isPlace(offset: number): boolean {
    return this.placeSpans.containing(offset).length > 0;
  }

  /** The country actor of the place mention that covers the offset ("Ashdod" -> Israel), if the story has it. */
  placeCountryAt(offset: number): Actor | undefined {
    const country = this.placeSpans.containing(offset).find((p) => p.country)?.country;
    return country ? this.countryNamed(country) : undefined;
  }

  /** The actor mention that covers the offset, if any (the longest when mentions nest). */
  at(offset: number): ActorSpan | undefined {
    let best: ActorSpan | undefined;
    // Latest start first: of equal lengths the first in text order wins.
    for (const span of this.spans.containing(offset)) if (!best || span.end - span.start >= best.end - best.start) best = span;
    return best;
  }

  /** Mentions that start inside [start, end), in text order. */
  within(start: number, end: number): ActorSpan[] {
    return this.spans.startingIn(start, end);
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


const cache = new WeakMap<AnalysisDocument, { ids: string; spans: ActorSpans }>();

/**
 * The spans of `doc.layers.actors`, built once per document (and again if its actors changed: by
 * their ids, not their count, since a stage may drop one actor and add another).
 */
export function actorSpans(doc: AnalysisDocument): ActorSpans {
  const ids = doc.layers.actors.map((a) => a.id).join('\u0000');
  const cached = cache.get(doc);
  if (cached && cached.ids === ids) return cached.spans;
  const spans = new ActorSpans(doc.layers.actors, doc.layers.places, doc.layout.dateline);
  cache.set(doc, { ids, spans });
  return spans;
}
