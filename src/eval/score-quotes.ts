/**
 * Quotes against GUM news (quotes.gold.jsonl): a system quote matches a gold speech item when
 * their spans overlap by at least 30% of the shorter, one to one. Gold items that are not speech
 * (scare quotes, titles) must not come out as quotes with a speaker. Speaker accuracy is over
 * matched quotes: the system speaker's name or one of its mentions equals the gold speaker.
 */
import type { Quote } from '../model/contract.js';
import { matchOneToOne, overlap, overlapRatio, quote, sameName } from './match.js';
import type { Metric, Scorer } from './types.js';

const MIN_OVERLAP = 0.3;

export const scoreQuotes: Scorer = (docs) => {
  const all: Metric = { label: 'quotes (overlap >= 30%)', tp: 0, fp: 0, fn: 0 };
  const byKind = new Map<string, Metric>();
  const speaker: Metric = { label: 'speaker accuracy (of matched)', tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  let any = false;
  for (const { gold, result } of docs) {
    if (!gold.quotes) continue;
    any = true;
    const speech = gold.quotes.filter((q) => q.kind !== 'not_speech');
    const notSpeech = gold.quotes.filter((q) => q.kind === 'not_speech');
    // A speakerless output quote that is mostly a not-speech item (a scare quote, a title) is not counted.
    const system = (result.quotes ?? []).filter((q) => !notSpeech.some((n) => q.speaker === null && overlap(n, q) >= 0.5 * (q.end - q.start)));
    const pairs = matchOneToOne(speech, system, (g, s) => overlapRatio(g, s) >= MIN_OVERLAP);
    all.tp += pairs.length;
    all.fp += system.length - pairs.length;
    all.fn += speech.length - pairs.length;
    const goldHit = new Set(pairs.map(([g]) => g));
    const sysHit = new Set(pairs.map(([, s]) => s));
    for (const [gi, si] of pairs) {
      const g = speech[gi]!;
      const s = system[si]!;
      const kind = (byKind.get(g.kind) ?? byKind.set(g.kind, { label: `  found: ${g.kind}`, tp: 0, fp: 0, fn: 0 }).get(g.kind))!;
      kind.tp++;
      if (!g.speaker) continue;
      const ok = speakerMatches(result.actors, s, g.speaker, g.speakerMention);
      if (ok) speaker.tp++;
      else {
        speaker.fp++;
        speaker.fn++;
        misses.push(`${gold.id}: speaker of ${quote(g.text, 40)} gold ${g.speaker} got ${speakerName(result.actors, s)}`);
      }
    }
    speech.forEach((g, i) => {
      if (goldHit.has(i)) return;
      const kind = (byKind.get(g.kind) ?? byKind.set(g.kind, { label: `  found: ${g.kind}`, tp: 0, fp: 0, fn: 0 }).get(g.kind))!;
      kind.fn++;
      misses.push(`${gold.id}: missed ${g.kind} ${quote(g.text)} (${g.speaker ?? 'no speaker'})`);
    });
    system.forEach((s, i) => {
      if (!sysHit.has(i)) misses.push(`${gold.id}: spurious ${s.kind} ${quote(s.text)}`);
    });
  }
  if (!any) return [];
  return [{ title: 'quotes', metrics: [all, ...[...byKind.values()].sort((a, b) => a.label.localeCompare(b.label)), speaker], misses }];
};

type ActorList = { id: string; name: string; aliases: string[]; mentions: { text: string; start: number; end: number }[] }[];

function speakerMatches(actors: ActorList, q: Quote, goldSpeaker: string, goldMention: { start: number; end: number } | null): boolean {
  const actor = actors.find((a) => a.id === q.speaker);
  if (actor) {
    if ([actor.name, ...actor.aliases].some((n) => sameName(n, goldSpeaker))) return true;
    if (actor.mentions.some((m) => sameName(m.text, goldSpeaker))) return true;
    if (goldMention && actor.mentions.some((m) => overlap(m, goldMention) > 0)) return true;
  }
  return Boolean(q.speakerMention && (sameName(q.speakerMention.text, goldSpeaker) || (goldMention && overlap(q.speakerMention, goldMention) > 0)));
}

function speakerName(actors: ActorList, q: Quote): string {
  return actors.find((a) => a.id === q.speaker)?.name ?? q.speakerMention?.text ?? 'none';
}
