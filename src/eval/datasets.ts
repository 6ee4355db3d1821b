/**
 * Gold data for `extract eval`: the project's fixtures (fixtures/*.gold.yaml beside their
 * stories, set `seed`), the held-out arms-trade stories (eval/heldout/, same format, set
 * `heldout`: measured, never tuned on; eval/heldout2/, set `heldout2`, a second blind round) and,
 * when present, the shared development sets (GUM news, MEANTIME). The shared sets are read
 * only here, by the evaluation command; the extractor never reads them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { GoldDoc, GoldEntity, GoldQuote, GoldTimex, SeedGold } from './types.js';

export function loadFixtures(dir: string, set: 'seed' | 'heldout' = 'seed'): GoldDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((file) => {
      const seed = YAML.parse(readFileSync(join(dir, file), 'utf8'), { version: '1.2' }) as SeedGold;
      const text = readFileSync(join(dir, seed.document), 'utf8');
      return { id: seed.document, set, text, referenceDate: String(seed.reference_date), scoreEnd: text.length, seed };
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
      entities: [...markCoordinations(doc.entities.map(({ start, end, text, type }) => ({ start, end, text, type }))), ...namesInsideNominals(file, doc)],
      timexes,
      quotes: quotes.get(doc.id) ?? [],
    };
  });
}

interface GumMention {
  start: number;
  end: number;
  text: string;
  type: GoldEntity['type'];
  kind: 'name' | 'nominal' | 'pronoun' | 'other';
  head: string;
}

const GUM_TYPES = new Set(['person', 'organization', 'place']);
/** A run of capitalised words ("Mark Zuckerberg", "Kim Jong-un", "Joseph D. Smith"). */
const TRAILING_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|bin|al|-))*$/u;

/**
 * GUM names a mention by its syntactic head, so "Facebook co-founder Mark Zuckerberg" (head
 * "co-founder") is a nominal mention and the name in it, being the same entity, is no mention of
 * its own: the converted gold has no named mention there. Every named-entity scheme counts that
 * name, so it is an optional span: finding it is not counted wrong, missing it costs nothing.
 */
function namesInsideNominals(docFile: string, doc: GumDoc): GoldEntity[] {
  const file = docFile.replace(/\.json$/, '.mentions.jsonl');
  if (!existsSync(file)) return [];
  const out: GoldEntity[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line) as GumMention;
    if (m.kind !== 'nominal' || !GUM_TYPES.has(m.type)) continue;
    const headAt = m.text.lastIndexOf(` ${m.head} `);
    if (headAt === -1) continue;
    const nameAt = headAt + m.head.length + 2;
    const name = m.text.slice(nameAt);
    if (!TRAILING_NAME.test(name)) continue;
    const start = m.start + nameAt;
    const end = m.end;
    if (doc.entities.some((e) => e.start < end && start < e.end)) continue;
    out.push({ start, end, text: name, type: m.type, optional: true });
  }
  return out;
}

/**
 * GUM also marks a coordination of names as one mention of a group ("Gary Chan of DAB and Eunice
 * Yung of New People's Party"), beside its members. No named-entity scheme counts the coordination:
 * its members are the names, and the coordination is optional.
 */
function markCoordinations(entities: GoldEntity[]): GoldEntity[] {
  return entities.map((e) => {
    const members = entities.filter((m) => m !== e && m.type === e.type && e.start <= m.start && m.end <= e.end);
    if (members.length < 2) return e;
    const uncovered = [...e.text].filter((_, k) => !members.some((m) => m.start <= e.start + k && e.start + k < m.end)).join('');
    return /\band\b|&/.test(uncovered) ? { ...e, optional: true } : e;
  });
}

interface MeantimeDoc {
  id: string;
  text: string;
  dct: string;
  annotated_end: number;
  entities: {
    start: number;
    end: number;
    text: string;
    type: string | null;
    zone: string;
    syntactic_type: string | null;
    entity_m_id?: string;
    instance_id?: string;
  }[];
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
    // Named mentions only (NAM, and PRE.NAM for names used as modifiers), as the extractor reports.
    const named = doc.entities.filter(
      (e) => e.type && MEANTIME_TYPES[e.type] && (e.syntactic_type === 'NAM' || e.syntactic_type === 'PRE.NAM') && e.zone === 'doc' && e.end <= doc.annotated_end,
    );
    const entities: GoldEntity[] = named.map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      type: MEANTIME_TYPES[e.type!]!,
      ...(named.some((inner) => inner !== e && sameEntity(inner, e) && e.start <= inner.start && inner.end <= e.end) ? { optional: true } : {}),
    }));
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

/**
 * MEANTIME marks a mention's whole noun phrase, and marks the name inside it again when the phrase
 * is a descriptor with an apposition: "US automaker GM" and "GM", "Ryanair CEO, Michael O'Leary"
 * and "Michael O'Leary", one entity named once. The outer span is optional, so that one name is
 * not counted twice.
 */
function sameEntity(a: MeantimeDoc['entities'][number], b: MeantimeDoc['entities'][number]): boolean {
  return Boolean((a.instance_id && a.instance_id === b.instance_id) || (a.entity_m_id && a.entity_m_id === b.entity_m_id));
}

function jsonDocs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The last round of arms-trade stories under eval/ (eval/heldout2/ ... eval/heldout114/). */
const LAST_ROUND = 132;

type Loader = (project: string, shared: string) => GoldDoc[];

/**
 * Sets `heldout2` to `heldout22` (eval/heldout2/ ...) are later rounds of blind arms-trade
 * stories, loaded like `heldout` (their documents carry that set's name) and scored under their
 * own names.
 */
const ROUNDS: Record<string, Loader> = Object.fromEntries(
  Array.from({ length: LAST_ROUND - 1 }, (_, i) => `heldout${i + 2}`).map((name) => [
    name,
    (project: string) => loadFixtures(join(project, 'eval', name), 'heldout'),
  ]),
);

export const LOADERS: Record<string, Loader> = {
  seed: (project) => loadFixtures(join(project, 'fixtures')),
  heldout: (project) => loadFixtures(join(project, 'eval/heldout'), 'heldout'),
  ...ROUNDS,
  gum: (_fixtures, shared) => loadGum(shared),
  meantime: (_fixtures, shared) => loadMeantime(shared),
};
