/** Shapes the quote recognisers, refiners and resolvers pass along before quotes become output. */
import type { QuoteKind } from '../../model/contract.js';
import type { Quotation, Span } from '../../model/document.js';
import type { CueEntry } from './lexicon.js';

/** A reporting cue in the token stream: a verb ("said"), a verb with particle ("called on") or a phrase ("according to"). */
export interface Cue extends Span {
  /** Token indices into doc.tokens, inclusive. */
  first: number;
  last: number;
  sentence: number;
  entry: CueEntry;
}

export type SpeakerForm = 'name' | 'description' | 'pronoun';

/** The words that name the speaker, as written, and the word(s) an actor mention must cover. */
export interface SpeakerPhrase {
  span: Span;
  /** The whole phrase with titles and appositions ("Peter Stano, a spokesperson for ..."). */
  extent: Span;
  /** The head: the name without titles ("Mohib" of "Ambassador Mohib"), or the head noun of a description. */
  head: Span;
  form: SpeakerForm;
  /** Which rule found it (for --explain). */
  rule: string;
  /** Taken from another clause or quote ("..., adding that", a floating quote): not part of this frame. */
  borrowed?: boolean;
}

export interface QuoteCandidate {
  kind: QuoteKind;
  span: Span;
  cue: Cue | null;
  speaker: SpeakerPhrase | null;
  /** The hearer of an addressee cue ("told RFE"), a possible intermediary. */
  addressee: Span | null;
  /** Reporters of this statement found in its sentence ("..., RFE reported"; "according to X, Y said"). */
  reporters: SpeakerPhrase[];
  /** The report this one is part of (a clause of it, or nested in its content), for `via`. */
  parent: QuoteCandidate | null;
  /** The quotation a direct or mixed quote comes from. */
  quotation: Quotation | null;
  sentence: number;
  /** The reporting clause without the content: where the quote's date may be written. */
  frame: Span | null;
  rule: string;
}

export function candidate(fields: Partial<QuoteCandidate> & Pick<QuoteCandidate, 'kind' | 'span' | 'sentence' | 'rule'>): QuoteCandidate {
  return { cue: null, speaker: null, addressee: null, reporters: [], parent: null, quotation: null, frame: null, ...fields };
}
