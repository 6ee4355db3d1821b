/**
 * The output contract `extract/1`: what a user of the CLI or the library receives.
 * schema/extract-1.schema.json describes the same shape for other languages; keep both in step.
 * Offsets are JavaScript string indices (UTF-16 code units) into the decoded text, end exclusive.
 */

export const SCHEMA_VERSION = 'extract/1' as const;

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** How a mention refers to its entity. */
/** `title`: a capitalised title standing for its holder ("the Home Secretary said"). */
/** 'metonym': a state body's name that stands for its state ("the Kremlin" for Russia, "the State Department" for the United States). */
export type MentionForm = 'name' | 'acronym' | 'description' | 'pronoun' | 'capital' | 'adjective' | 'title' | 'metonym';

/** A span of text that refers to an actor, place or weapon. */
export interface Mention extends TextSpan {
  form?: MentionForm;
}

export type ReferenceDateSource = 'option' | 'dateline' | 'none';

export interface DocumentInfo {
  path: string | null;
  /** SHA-256 of the decoded text encoded as UTF-8. */
  sha256: string;
  chars: number;
  headline: TextSpan | null;
  byline: TextSpan | null;
  dateline: TextSpan | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
}

export type ActorKind = 'country' | 'person' | 'organization' | 'media' | 'group';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role?: string;
  memberOf?: string;
  mentions: Mention[];
}

export interface Place {
  id: string;
  name: string;
  kind: string;
  country?: string;
  mentions: Mention[];
}

export interface Weapon {
  id: string;
  name: string;
  /** Other names of the system: the lexicon's designations and aliases, and the story's own names for it. */
  aliases: string[];
  category: string;
  origin: string | null;
  quantity: number | null;
  mentions: Mention[];
}

export type TransferStatus =
  | 'delivered'
  | 'pending'
  | 'ordered'
  | 'approved'
  | 'announced'
  | 'cancelled'
  | 'unknown';

export interface Transfer {
  id: string;
  /** Weapon id, or null when the story names no system ("Israel-made arms"). */
  system: string | null;
  description?: string;
  supplier: string | null;
  recipient: string | null;
  quantity: number | null;
  status: TransferStatus;
  deal: string | null;
  /** Date id. */
  date: string | null;
  evidence: TextSpan;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention {
  id: string;
  text: string;
  start: number;
  end: number;
  type: TimexType;
  value: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  id: string;
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerMention: TextSpan | null;
  cue: TextSpan | null;
  date: string | null;
  via: string[];
  stance: string;
  about: string[];
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface ExtractResult {
  /** With `--input jsonl`: the input line's id, echoed so results can be joined back. */
  id?: string | number;
  schema: typeof SCHEMA_VERSION;
  document: DocumentInfo;
  actors: Actor[];
  places: Place[];
  weapons: Weapon[];
  transfers: Transfer[];
  dates: DateMention[];
  quotes: Quote[];
  warnings: Warning[];
  /** Present only with the `explain` option: which rule produced which value. */
  explain?: ExplainEntry[];
}

export interface ExplainEntry {
  stage: string;
  rule: string;
  /** The id of the output value the rule produced or changed, when it has one. */
  target?: string;
  start?: number;
  end?: number;
  note?: string;
}

/** A batch record for an input that could not be processed. */
export interface ErrorRecord {
  id?: string | number | null;
  path: string;
  error: { code: string; message: string };
}

export const SECTIONS = ['actors', 'places', 'weapons', 'transfers', 'dates', 'quotes'] as const;
export type Section = (typeof SECTIONS)[number];
