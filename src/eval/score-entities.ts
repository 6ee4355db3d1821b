/**
 * Named mentions against GUM news / MEANTIME: typed precision, recall and F1 with overlap
 * matching, one to one. Countries count as places (both corpora type them so); media and
 * organisations as organisations. Descriptions, pronouns and adjectives are not named mentions.
 * Gold spans marked optional (see ./datasets.ts) are matched last and count for nothing either way.
 */
import type { ExtractResult, Mention } from '../model/contract.js';
import { matchOneToOne, quote } from './match.js';
import type { GoldEntity, Metric, Scorer, SectionReport } from './types.js';

type EntityType = GoldEntity['type'];
const TYPES: EntityType[] = ['person', 'organization', 'place'];

const ACTOR_TYPES: Record<string, EntityType> = {
  person: 'person',
  group: 'person',
  organization: 'organization',
  media: 'organization',
  country: 'place',
};

interface SystemMention extends Mention {
  type: EntityType;
}

export function namedMentions(result: ExtractResult): SystemMention[] {
  const out: SystemMention[] = [];
  const named = (m: Mention) => !m.form || m.form === 'name' || m.form === 'acronym' || m.form === 'capital' || m.form === 'title';
  for (const actor of result.actors ?? []) {
    const type = ACTOR_TYPES[actor.kind];
    if (type) for (const m of actor.mentions) if (named(m)) out.push({ ...m, type });
  }
  for (const place of result.places ?? []) for (const m of place.mentions) if (named(m)) out.push({ ...m, type: 'place' });
  return out;
}

/**
 * The system mentions minus those that, once the required gold is matched, fill an optional gold
 * span: those count neither as right nor as wrong.
 */
function withoutOptional(
  required: GoldEntity[],
  optional: GoldEntity[],
  mentions: SystemMention[],
  accept: (g: GoldEntity, s: SystemMention) => boolean,
): SystemMention[] {
  if (optional.length === 0) return mentions;
  const used = new Set(matchOneToOne(required, mentions, accept).map(([, s]) => s));
  const rest = mentions.filter((_, i) => !used.has(i));
  const filled = new Set(matchOneToOne(optional, rest, accept).map(([, s]) => rest[s]));
  return mentions.filter((m) => !filled.has(m));
}

export const scoreEntities: Scorer = (docs) => {
  const metrics = new Map<string, Metric>(['all', ...TYPES].map((t) => [t, { label: t, tp: 0, fp: 0, fn: 0 }]));
  const untyped: Metric = { label: 'all (untyped)', tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  let any = false;
  for (const { gold, result } of docs) {
    if (!gold.entities) continue;
    any = true;
    const goldList = gold.entities.filter((e) => e.end <= gold.scoreEnd && !e.optional);
    const optional = gold.entities.filter((e) => e.end <= gold.scoreEnd && e.optional);
    const mentions = namedMentions(result).filter((m) => m.end <= gold.scoreEnd);
    const system = withoutOptional(goldList, optional, mentions, (g, s) => g.type === s.type);
    const pairs = matchOneToOne(goldList, system, (g, s) => g.type === s.type);
    const untypedSystem = withoutOptional(goldList, optional, mentions, () => true);
    const untypedPairs = matchOneToOne(goldList, untypedSystem, () => true);
    untyped.tp += untypedPairs.length;
    untyped.fp += untypedSystem.length - untypedPairs.length;
    untyped.fn += goldList.length - untypedPairs.length;
    const goldHit = new Set(pairs.map(([g]) => g));
    const sysHit = new Set(pairs.map(([, s]) => s));
    const untypedBySystem = new Map(matchOneToOne(goldList, system, () => true).map(([g, s]) => [s, g]));
    for (const type of TYPES) {
      const m = metrics.get(type)!;
      m.tp += pairs.filter(([g]) => goldList[g]!.type === type).length;
      m.fn += goldList.filter((g, i) => g.type === type && !goldHit.has(i)).length;
      m.fp += system.filter((s, i) => s.type === type && !sysHit.has(i)).length;
    }
    goldList.forEach((g, i) => {
      if (!goldHit.has(i)) misses.push(`${gold.id}: missed ${g.type} ${quote(g.text)}`);
    });
    system.forEach((s, i) => {
      if (sysHit.has(i)) return;
      const g = untypedBySystem.get(i);
      misses.push(`${gold.id}: ${g === undefined ? 'spurious' : `wrong type (gold ${goldList[g]!.type})`} ${s.type} ${quote(s.text)}`);
    });
  }
  if (!any) return [];
  const all = metrics.get('all')!;
  for (const type of TYPES) {
    const m = metrics.get(type)!;
    all.tp += m.tp;
    all.fp += m.fp;
    all.fn += m.fn;
  }
  const report: SectionReport = { title: 'entities (named mentions, typed overlap)', metrics: [...metrics.values(), untyped], misses };
  return [report];
};
