/** Shapes of the dates stage: candidates from the rules, and the annotations it adds. */
import type { TextSpan, TimexType } from '../../model/contract.js';
import type { Timex } from '../../model/annotations.js';
import type { ParagraphRole } from '../../model/document.js';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** A match of one rule, before overlaps are settled and before its value is resolved. */
export interface TimexCandidate {
  start: number;
  end: number;
  text: string;
  rule: string;
  /** Rule order in rules.json, for ties. */
  order: number;
  type: TimexType;
  /** The filled value template: final ("2020-03-05") or relative ("UNDEF-tense-02-25"). */
  template: string;
  mod: string | null;
  sentence: number;
  role: ParagraphRole;
}

/** A candidate read in its clause: the verb it modifies and the tense there. */
export interface PlacedCandidate extends TimexCandidate {
  tense: Tense;
  /** The verb (or auxiliary) whose tense was read: the clause the date modifies. */
  verb: TextSpan | null;
  /** Nothing but prepositions, conjunctions and punctuation before it in its sentence ("Next month, ..."). */
  sentenceInitial: boolean;
}

/** How a value was reached. */
export type Anchoring = 'absolute' | 'reference' | 'narrative' | 'unknown';

/**
 * What the dates stage pushes to `doc.layers.timexes`: the Timex of the model plus what the
 * quotes and transfers stages can use (the clause verb, the anchor).
 */
export interface DateAnnotation extends Timex {
  /** TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, ... */
  mod: string | null;
  tense: Tense;
  verb: TextSpan | null;
  anchoring: Anchoring;
  /** The earlier date the value counts from when `anchoring` is `narrative`. */
  anchor: TextSpan | null;
  /** Output id (`d1`, ...). */
  id: string;
}
