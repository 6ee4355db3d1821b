/**
 * The working document every pipeline stage reads and adds to. It keeps the original text
 * untouched; every segment and annotation is a span of offsets into it.
 */
import type { ExplainEntry, ReferenceDateSource, Section, Warning } from './contract.js';
import type { AnnotationLayers } from './annotations.js';
import type { Token } from '../nlp/tokens.js';
import type { ParseCache } from '../nlp/parse.js';
import { IdRegistry } from '../4-resolve/ids.js';

export interface Span {
  start: number;
  end: number;
}

export type ParagraphRole = 'headline' | 'byline' | 'dateline' | 'body';

export interface Paragraph extends Span {
  index: number;
  role: ParagraphRole;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  role: ParagraphRole;
  /** This sentence's tokens are doc.tokens[tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

/** A quotation span: from its opening mark to its closing mark (or its paragraph end if never closed). */
export interface Quotation extends Span {
  index: number;
  open: Span;
  /** null when the quotation is never closed. */
  close: Span | null;
  /** The quoted words, marks and edge white space excluded. */
  inner: Span;
  /** Nesting depth: 0 for a top-level quotation, 1 for a quotation inside another. */
  depth: number;
  /** Paragraph indices the quotation runs over (several for a multi-paragraph quote). */
  paragraphs: number[];
}

export interface Layout {
  headline: Span | null;
  byline: Span | null;
  dateline: Span | null;
  /** Where the story body starts (after headline, byline and dateline). */
  bodyStart: number;
}

export interface DocumentOptions {
  path: string | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  sections: ReadonlySet<Section>;
  explain: boolean;
}

export interface AnalysisDocument {
  readonly text: string;
  readonly options: DocumentOptions;
  layout: Layout;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Every sentence's tokens, in text order (the shared token stream). */
  tokens: Token[];
  quotations: Quotation[];
  /** compromise parses, made on demand, at most one per sentence. */
  parses: ParseCache;
  /** Reference date after segmentation (the option, else the dateline). */
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  layers: AnnotationLayers;
  /** Ids handed out to actors, places and weapons: unique across all three. */
  ids: IdRegistry;
  warnings: Warning[];
  trace: ExplainEntry[];
}

export function createDocument(text: string, options: DocumentOptions, layers: AnnotationLayers): AnalysisDocument {
  return {
    text,
    options,
    layout: { headline: null, byline: null, dateline: null, bodyStart: 0 },
    paragraphs: [],
    sentences: [],
    tokens: [],
    quotations: [],
    parses: new Map(),
    referenceDate: options.referenceDate,
    referenceDateSource: options.referenceDateSource,
    layers,
    ids: new IdRegistry(),
    warnings: [],
    trace: [],
  };
}
