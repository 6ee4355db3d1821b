/**
 * Id look-ups for the views: a result refers to actors, places, weapons and dates by id; people
 * want their names and values. Sections left out with `--only` are simply empty here.
 */
import type { Actor, DateMention, ErrorRecord, ExtractResult, Place, Quote, Weapon } from '../model/contract.js';

export interface ResultIndex {
  actor(id: string | null | undefined): Actor | undefined;
  place(id: string | null | undefined): Place | undefined;
  weapon(id: string | null | undefined): Weapon | undefined;
  date(id: string | null | undefined): DateMention | undefined;
  /** The canonical name of an actor, place or weapon id; the id itself when it is unknown. */
  name(id: string | null | undefined): string | null;
}

export function indexResult(result: ExtractResult): ResultIndex {
  const byId = <T extends { id: string }>(list: readonly T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x]));
  const actors = byId(result.actors);
  const places = byId(result.places);
  const weapons = byId(result.weapons);
  const dates = byId(result.dates);
  const get = <T>(map: Map<string, T>, id: string | null | undefined) => (id ? map.get(id) : undefined);
  return {
    actor: (id) => get(actors, id),
    place: (id) => get(places, id),
    weapon: (id) => get(weapons, id),
    date: (id) => get(dates, id),
    name: (id) => (id ? (actors.get(id)?.name ?? places.get(id)?.name ?? weapons.get(id)?.name ?? id) : null),
  };
}

export function isErrorRecord(record: ExtractResult | ErrorRecord): record is ErrorRecord {
  return 'error' in record && !('schema' in record);
}

/** The date of a quote as people read it: its value, else nothing. */
export function quoteDate(quote: Quote, index: ResultIndex): string | null {
  return index.date(quote.date)?.value ?? null;
}

/** "x 4" after a system, or nothing. */
export function quantitySuffix(quantity: number | null | undefined): string {
  return quantity === null || quantity === undefined ? '' : ` x ${quantity}`;
}
