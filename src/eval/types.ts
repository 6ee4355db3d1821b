/** Shapes shared by the evaluation datasets and scorers. */
import type { ExtractResult } from '../model/contract.js';

export type DatasetName = 'seed' | 'heldout' | 'gum' | 'meantime';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldEntity extends GoldSpan {
  type: 'person' | 'organization' | 'place';
  /**
   * A span the gold's own conventions leave open: a system mention matched to it counts neither
   * as right nor as wrong, and missing it costs nothing (see the loaders for when).
   */
  optional?: boolean;
}

export interface GoldTimex extends GoldSpan {
  type: string;
  /** TIMEX3 value; GUM ranges come as their start value with `to` kept. */
  value: string | null;
}

export interface GoldQuote extends GoldSpan {
  kind: 'direct' | 'indirect' | 'mixed' | 'not_speech';
  speaker: string | null;
  speakerMention: GoldSpan | null;
  cue: string | null;
}

export interface GoldDoc {
  id: string;
  set: DatasetName;
  text: string;
  referenceDate: string | null;
  /** Score only spans that end before this offset (MEANTIME annotates the opening sentences only). */
  scoreEnd: number;
  entities?: GoldEntity[];
  timexes?: GoldTimex[];
  quotes?: GoldQuote[];
  /** The seed-style gold file, as parsed YAML (fixtures/*.gold.yaml). */
  seed?: SeedGold;
}

export interface SeedGold {
  document: string;
  reference_date: string;
  headline?: string;
  byline?: string;
  actors?: { name: string; kind: string; aliases?: string[]; role?: string; part_of?: string; mentions?: string[]; optional_mentions?: string[] }[];
  places?: { name: string; kind: string; country?: string; optional?: boolean }[];
  weapons?: { name: string; category: string; origin?: string; quantity?: number; mentions?: string[] }[];
  transfers?: { system: string | null; description?: string; supplier: string; recipient: string; status: string; deal?: string; quantity?: number; optional?: boolean }[];
  dates?: { text: string; value: string; optional?: boolean }[];
  quotes?: {
    id: string;
    kind: string;
    speaker: string;
    speaker_accept?: string[];
    cue: string;
    via?: string[];
    date?: string;
    text: string;
    optional?: boolean;
  }[];
}

export interface Scored {
  gold: GoldDoc;
  result: ExtractResult;
}

/** One line of the report: counts and the figures derived from them. */
export interface Metric {
  label: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface SectionReport {
  /** e.g. `dates (meantime)`. */
  title: string;
  metrics: Metric[];
  /** Examples of what went wrong, one line each, for reading. */
  misses: string[];
}

export type Scorer = (docs: Scored[]) => SectionReport[];

export function prf(m: Metric): { precision: number; recall: number; f1: number } {
  const precision = m.tp + m.fp === 0 ? 0 : m.tp / (m.tp + m.fp);
  const recall = m.tp + m.fn === 0 ? 0 : m.tp / (m.tp + m.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
