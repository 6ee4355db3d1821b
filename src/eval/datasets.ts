/**
 * Gold data for `extract eval`: the project's fixtures (fixtures/*.gold.yaml beside their
 * stories) and, when present, the shared development sets (GUM news, MEANTIME). The shared
 * sets are read only here, by the evaluation command; the extractor never reads them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { DatasetName, GoldDoc, GoldEntity, GoldQuote, GoldTimex, SeedGold } from './types.js';

export function loadFixtures(dir: string): GoldDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((file) => {
      const seed = YAML.parse(readFileSync(join(dir, file), 'utf8'), { version: '1.2' }) as SeedGold;
      const text = readFileSync(join(dir, seed.document), 'utf8');
      return { id: seed.document, set: 'seed' as const, text, referenceDate: String(seed.reference_date), scoreEnd: text.length, seed };
    });
}

interface GumDoc {
  id: string;
  text: string;
  source: { dateCreated?: string };
  entities: (GoldEntity & { core?: { start: number; end: number; text: string } })[];
  dates: { start: number; end: number; text: string; tag: string; when?: string; from?: string; to?: string; notBefore?: string; notAfter?: string }[];
}

interface GumQuoteLine {
  doc: string;
  kind: GoldQuote['kind'];
  quote_start: number;
  quote_end: number;
  quote_text: string;
  speaker: string | null;
  speaker_mention_text: string | null;
  speaker_mention_start: number | null;
  speaker_mention_end: number | null;
  cue: string | null;
}

export function loadGum(shared: string): GoldDoc[] {
  const dir = join(shared, 'eval/gum-news');
  if (!existsSync(join(dir, 'docs'))) return [];
  const quotes = new Map<string, GoldQuote[]>();
  const quoteFile = join(dir, 'quotes.gold.jsonl');
  if (existsSync(quoteFile)) {
    for (const line of readFileSync(quoteFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const q = JSON.parse(line) as GumQuoteLine;
      const list = quotes.get(q.doc) ?? [];
      list.push({
        start: q.quote_start,
        end: q.quote_end,
        text: q.quote_text,
        kind: q.kind,
        speaker: q.speaker,
        speakerMention:
          q.speaker_mention_start !== null && q.speaker_mention_end !== null
            ? { start: q.speaker_mention_start, end: q.speaker_mention_end, text: q.speaker_mention_text ?? '' }
            : null,
        cue: q.cue,
      });
      quotes.set(q.doc, list);
    }
  }
  return jsonDocs(join(dir, 'docs')).map((file) => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as GumDoc;
    const timexes: GoldTimex[] = doc.dates.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      type: d.tag === 'time' ? 'TIME' : 'DATE',
      value: d.when ?? null,
    }));
    return {
      id: doc.id,
      set: 'gum' as const,
      text: doc.text,
      referenceDate: null,
      scoreEnd: doc.text.length,
      entities: doc.entities.map(({ start, end, text, type }) => ({ start, end, text, type })),
      timexes,
      quotes: quotes.get(doc.id) ?? [],
    };
  });
}

interface MeantimeDoc {
  id: string;
  text: string;
  dct: string;
  annotated_end: number;
  entities: { start: number; end: number; text: string; type: string | null; zone: string; syntactic_type: string | null }[];
  timexes: { start: number; end: number; text: string; type: string; value: string; functionInDocument?: string }[];
}

const MEANTIME_TYPES: Record<string, GoldEntity['type']> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  LOCATION: 'place',
};

export function loadMeantime(shared: string): GoldDoc[] {
  const dir = join(shared, 'eval/meantime/docs');
  if (!existsSync(dir)) return [];
  return jsonDocs(dir).map((file) => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as MeantimeDoc;
    const entities: GoldEntity[] = [];
    for (const e of doc.entities) {
      const type = e.type ? MEANTIME_TYPES[e.type] : undefined;
      // Named mentions only (NAM, and PRE.NAM for names used as modifiers), as the extractor reports.
      const named = e.syntactic_type === 'NAM' || e.syntactic_type === 'PRE.NAM';
      if (type && named && e.zone === 'doc' && e.end <= doc.annotated_end) entities.push({ start: e.start, end: e.end, text: e.text, type });
    }
    return {
      id: doc.id,
      set: 'meantime' as const,
      text: doc.text,
      referenceDate: doc.dct,
      scoreEnd: doc.annotated_end,
      entities,
      timexes: doc.timexes
        .filter((t) => t.functionInDocument !== 'CREATION_TIME' && t.end <= doc.annotated_end)
        .map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value })),
    };
  });
}

function jsonDocs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export const LOADERS: Record<DatasetName, (fixtures: string, shared: string) => GoldDoc[]> = {
  seed: (fixtures) => loadFixtures(fixtures),
  gum: (_fixtures, shared) => loadGum(shared),
  meantime: (_fixtures, shared) => loadMeantime(shared),
};
