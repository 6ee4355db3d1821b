/**
 * Annotation layers: what the annotate and resolve stages add to the working document.
 * Annotate stages add raw mentions (spans with the rule that found them); resolve stages
 * merge them into the entities of the output contract; assemble builds the result.
 */
import type { ActorKind, ExtractResult, MentionForm, Section, TextSpan, TimexType } from './contract.js';
import type { Span } from './document.js';

/** A span that names or refers to an actor or a place, before coreference. */
export interface EntityMention extends Span {
  text: string;
  kind: ActorKind | 'place';
  /** Lexicon id when a lexicon entry matched (e.g. `SRB`, `org:nato`). */
  entry: string | null;
  /** How the mention refers: by name, by a description ("the embassy"), by pronoun, metonymy (a capital). */
  form: MentionForm;
  sentence: number;
  rule: string;
  /** A name the recogniser built for an entity the lexicon lacks ("US Embassy in Serbia"). */
  canonical?: string;
  /** Lexicon id or canonical name of the entity this one is part of. */
  memberOf?: string;
  /** Role or title stated in the text ("spokesperson for Joseph Borrell"). */
  role?: string;
  /** For places: city, region, ... */
  placeKind?: string;
  /**
   * A name followed by a common noun ("the US embassy", "Russian government"): it names its entity
   * for coreference, but the output calls it a description, as the nested name is the name proper.
   */
  descriptive?: boolean;
}

/** A temporal expression with its TIMEX3 value, before it becomes an output date. */
export interface Timex extends Span {
  text: string;
  type: TimexType;
  value: string;
  sentence: number;
  rule: string;
  /** The output date's id (`d1`, ...). */
  id?: string;
  /** The verb (or auxiliary) of the clause the date modifies: what it dates. */
  verb?: TextSpan | null;
  tense?: 'past' | 'present' | 'future' | 'unknown';
  /** TIMEX3 mod: START, MID, END, APPROX, ... */
  mod?: string | null;
  /** How the value was reached; `narrative` values count from `anchor`. */
  anchoring?: 'absolute' | 'reference' | 'narrative' | 'unknown';
  anchor?: TextSpan | null;
}

/** Raw mentions and timexes, plus the output sections the resolve and assemble stages fill. */
export interface AnnotationLayers extends Pick<ExtractResult, Section> {
  mentions: EntityMention[];
  timexes: Timex[];
}

export function emptyLayers(): AnnotationLayers {
  return { mentions: [], timexes: [], actors: [], places: [], weapons: [], transfers: [], dates: [], quotes: [] };
}
