/**
 * The fixtures' gold (fixtures/*.gold.yaml): actors with their kinds and mentions, places,
 * weapons with attributes, transfers and quotes. Entities are matched by name or alias, quotes
 * by overlap (half of the shorter span), as the gold file's header describes.
 */
import type { Actor, ExtractResult, Quote, Weapon } from '../model/contract.js';
import { quote, sameName } from './match.js';
import type { Metric, Scorer, SectionReport, SeedGold } from './types.js';

type Names = { name: string; aliases?: string[] };

function namesOf(entity: Names): string[] {
  return [entity.name, ...(entity.aliases ?? [])];
}

function findByName<T extends Names>(list: readonly T[] | undefined, names: (string | null | undefined)[]): T | undefined {
  return list?.find((e) => namesOf(e).some((n) => names.some((m) => sameName(n, m))));
}

const metric = (label: string): Metric => ({ label, tp: 0, fp: 0, fn: 0 });

export const scoreSeed: Scorer = (docs) => {
  const reports: Record<string, { metrics: Record<string, Metric>; misses: string[] }> = {};
  const section = (title: string) => (reports[title] ??= { metrics: {}, misses: [] });
  const count = (title: string, label: string, ok: boolean, miss: string | null, fp = false): void => {
    const s = section(title);
    const m = (s.metrics[label] ??= metric(label));
    if (ok) m.tp++;
    else if (fp) m.fp++;
    else m.fn++;
    if (!ok && miss) s.misses.push(miss);
  };

  for (const { gold, result } of docs) {
    const seed = gold.seed;
    if (!seed) continue;
    const id = gold.id;
    scoreActors(seed, result, id, count);
    scorePlaces(seed, result, id, count);
    scoreWeapons(seed, result, id, count);
    scoreTransfers(seed, result, id, count);
    scoreSeedQuotes(seed, result, id, count);
  }
  return Object.entries(reports).map(
    ([title, r]): SectionReport => ({ title, metrics: Object.values(r.metrics), misses: r.misses }),
  );
};

type Count = (title: string, label: string, ok: boolean, miss: string | null, fp?: boolean) => void;

function scoreActors(seed: SeedGold, result: ExtractResult, id: string, count: Count): void {
  const matched = new Set<Actor>();
  for (const g of seed.actors ?? []) {
    const actor = findByName(result.actors, namesOf(g));
    const kindOk = actor?.kind === g.kind;
    count('actors (seed)', 'actor + kind', Boolean(actor && kindOk), `${id}: actor ${g.name} (${g.kind}) ${actor ? `has kind ${actor.kind}` : 'missing'}`);
    if (actor) matched.add(actor);
    for (const text of g.mentions ?? []) {
      const found = actor?.mentions.some((m) => m.text.toLowerCase() === text.toLowerCase()) ?? false;
      count('actors (seed)', 'mentions', found, `${id}: mention ${JSON.stringify(text)} not attached to ${g.name}`);
    }
    if (g.role) {
      const ok = Boolean(actor?.role && actor.role.toLowerCase().includes(g.role.toLowerCase().split(' ')[0]!));
      count('actors (seed)', 'roles', ok, `${id}: role of ${g.name}: gold ${JSON.stringify(g.role)} got ${JSON.stringify(actor?.role ?? null)}`);
    }
    if (g.part_of) {
      const parent = actor?.memberOf ? result.actors.find((a) => a.id === actor.memberOf) : undefined;
      count('actors (seed)', 'memberOf', sameName(parent?.name, g.part_of), `${id}: ${g.name} memberOf gold ${g.part_of} got ${parent?.name ?? null}`);
    }
  }
  for (const actor of result.actors ?? []) {
    if (!matched.has(actor)) count('actors (seed)', 'actor + kind', false, `${id}: extra actor ${actor.name} (${actor.kind})`, true);
  }
}

function scorePlaces(seed: SeedGold, result: ExtractResult, id: string, count: Count): void {
  for (const g of seed.places ?? []) {
    const place = findByName(result.places, [g.name]);
    if (!place && g.optional) continue;
    count('places (seed)', 'place', Boolean(place), `${id}: place ${g.name} missing`);
  }
}

function scoreWeapons(seed: SeedGold, result: ExtractResult, id: string, count: Count): void {
  const matched = new Set<Weapon>();
  for (const g of seed.weapons ?? []) {
    const weapon = findByName(result.weapons, [g.name]);
    count('weapons (seed)', 'weapon', Boolean(weapon), `${id}: weapon ${g.name} missing`);
    if (!weapon) continue;
    matched.add(weapon);
    count('weapons (seed)', 'category', weapon.category === g.category, `${id}: ${g.name} category gold ${g.category} got ${weapon.category}`);
    if (g.origin) {
      const origin = result.actors.find((a) => a.id === weapon.origin)?.name ?? weapon.origin;
      count('weapons (seed)', 'origin', sameName(origin, g.origin), `${id}: ${g.name} origin gold ${g.origin} got ${origin}`);
    }
    if (g.quantity !== undefined) count('weapons (seed)', 'quantity', weapon.quantity === g.quantity, `${id}: ${g.name} quantity gold ${g.quantity} got ${weapon.quantity}`);
  }
  for (const weapon of result.weapons ?? []) {
    if (!matched.has(weapon)) count('weapons (seed)', 'weapon', false, `${id}: extra weapon ${weapon.name}`, true);
  }
}

function scoreTransfers(seed: SeedGold, result: ExtractResult, id: string, count: Count): void {
  const actorName = (actorId: string | null) => result.actors.find((a) => a.id === actorId)?.name ?? null;
  const weaponName = (weaponId: string | null) => result.weapons.find((w) => w.id === weaponId)?.name ?? null;
  // Parties and systems match by name or alias, as in the actors and weapons sections
  // ("KNDS Deutschland" is an alias of the actor KNDS).
  const named = <T extends Names & { id: string }>(list: readonly T[] | undefined, id: string | null, gold: string) => {
    const entity = list?.find((e) => e.id === id);
    return Boolean(entity && namesOf(entity).some((n) => sameName(n, gold)));
  };
  const used = new Set<number>();
  for (const g of seed.transfers ?? []) {
    const index = (result.transfers ?? []).findIndex(
      (t, i) =>
        !used.has(i) &&
        (g.system ? named(result.weapons, t.system, g.system) : t.system === null) &&
        named(result.actors, t.supplier, g.supplier) &&
        named(result.actors, t.recipient, g.recipient) &&
        t.status === g.status,
    );
    if (index === -1 && g.optional) continue;
    if (index !== -1) used.add(index);
    count('transfers (seed)', 'transfer (system, supplier, recipient, status)', index !== -1, `${id}: transfer ${g.system ?? g.description} ${g.supplier} -> ${g.recipient} (${g.status}) missing`);
  }
  (result.transfers ?? []).forEach((t, i) => {
    if (!used.has(i)) count('transfers (seed)', 'transfer (system, supplier, recipient, status)', false, `${id}: extra transfer ${weaponName(t.system)} ${actorName(t.supplier)} -> ${actorName(t.recipient)} (${t.status})`, true);
  });
}

function scoreSeedQuotes(seed: SeedGold, result: ExtractResult, id: string, count: Count): void {
  const quotes = result.quotes ?? [];
  const text = (q: Quote) => q.text;
  const used = new Set<number>();
  const actorById = new Map(result.actors.map((a) => [a.id, a]));
  if (!seed.quotes) return;
  for (const g of seed.quotes ?? []) {
    let index = -1;
    let best = 0.5;
    quotes.forEach((q, i) => {
      if (used.has(i)) return;
      const score = dice(text(q), g.text) + (q.kind === g.kind ? 0.001 : 0);
      if (score >= best) {
        best = score;
        index = i;
      }
    });
    if (index === -1) {
      if (!g.optional) count('quotes (seed)', 'quote', false, `${id}: ${g.id} missing ${quote(g.text)}`);
      continue;
    }
    used.add(index);
    const q = quotes[index]!;
    count('quotes (seed)', 'quote', true, null);
    const speaker = q.speaker ? actorById.get(q.speaker) : undefined;
    const accept = [g.speaker, ...(g.speaker_accept ?? [])];
    const speakerOk =
      Boolean(speaker && accept.some((a) => namesOf(speaker).some((n) => sameName(n, a)) || speaker.mentions.some((m) => sameName(m.text, a)))) ||
      accept.some((a) => sameName(q.speakerMention?.text, a));
    count('quotes (seed)', 'speaker', speakerOk, `${id}: ${g.id} speaker gold ${g.speaker} got ${speaker?.name ?? q.speakerMention?.text ?? null}`);
    count('quotes (seed)', 'kind', q.kind === g.kind, `${id}: ${g.id} kind gold ${g.kind} got ${q.kind}`);
    count('quotes (seed)', 'cue', sameName(q.cue?.text, g.cue), `${id}: ${g.id} cue gold ${g.cue} got ${q.cue?.text ?? null}`);
    if (g.via) {
      const via = q.via.map((v) => actorById.get(v));
      const ok = g.via.every((v) => via.some((a) => a !== undefined && namesOf(a).some((n) => sameName(n, v))));
      count('quotes (seed)', 'via', ok, `${id}: ${g.id} via gold ${g.via.join(', ')} got ${via.map((a) => a?.name).join(', ') || '[]'}`);
    }
    if (g.date) {
      const date = result.dates.find((d) => d.id === q.date)?.value ?? null;
      count('quotes (seed)', 'date', date === g.date, `${id}: ${g.id} date gold ${g.date} got ${date}`);
    }
  }
  quotes.forEach((q, i) => {
    if (!used.has(i) && !(seed.quotes ?? []).some((g) => g.optional && textOverlap(q.text, g.text) >= 0.5)) {
      count('quotes (seed)', 'quote', false, `${id}: extra quote ${quote(q.text)}`, true);
    }
  });
}

/** Overlap of two quote texts found in the same story, as a share of the shorter: by words. */
function textOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.length, wb.size);
}

/** Word overlap as a share of both texts (Dice): a long quote does not match a short one. */
function dice(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wb) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wa) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}


