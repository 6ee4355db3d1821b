/**
 * What the quote rules read: the shared token stream with word-class tests from the lexicons,
 * part-of-speech tags from compromise asked for one token at a time (a sentence is parsed only
 * when a rule needs a tag in it, and at most once), and the top-level quotations.
 */
import type { AnalysisDocument, Quotation, Sentence, Span } from '../../model/document.js';
import { parseSentence } from '../../nlp/parse.js';
import { isNounForm, isVerbForm } from '../../nlp/word-classes.js';
import type { Token } from '../../nlp/tokens.js';
import { lastStartingBy, SpanIndex } from '../../model/spans.js';
import { quoteLexicon, type QuoteLexicon } from './lexicon.js';

const NO_TAGS: ReadonlySet<string> = new Set();
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’', '‹', '›']);

export class QuoteContext {
  readonly lex: QuoteLexicon = quoteLexicon();
  readonly tokens: readonly Token[];
  /** Top-level quotations, in text order. */
  readonly quotations: readonly Quotation[];
  private readonly tagCache = new Map<number, ReadonlySet<string>[]>();
  private names: SpanIndex<Span> | undefined;
  private timexIndex: { byStart: Map<number, Span>; byEnd: Map<number, Span> } | undefined;

  constructor(readonly doc: AnalysisDocument) {
    this.tokens = doc.tokens;
    this.quotations = doc.quotations.filter((q) => q.depth === 0);
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  sentenceOf(i: number): Sentence {
    return this.doc.sentences[this.tokens[i]!.sentence]!;
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last token ending at or before `offset`, or -1. */
  tokenBefore(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** compromise's tags for token i (its sentence is parsed on first use). */
  tags(i: number): ReadonlySet<string> {
    const token = this.tokens[i];
    if (!token) return NO_TAGS;
    const sentence = this.doc.sentences[token.sentence]!;
    let tags = this.tagCache.get(sentence.index);
    if (!tags) {
      tags = alignTags(this.tokens, sentence, parseSentence(this.doc, sentence.index).terms);
      this.tagCache.set(sentence.index, tags);
    }
    return tags[i - sentence.tokenStart] ?? NO_TAGS;
  }

  isWord(i: number): boolean {
    const t = this.tokens[i];
    return Boolean(t && /^[\p{L}\p{N}]/u.test(t.text));
  }

  isCapitalized(i: number): boolean {
    const t = this.tokens[i];
    return Boolean(t && /^\p{Lu}/u.test(t.text));
  }

  isQuoteMark(i: number): boolean {
    return QUOTE_MARKS.has(this.tokens[i]?.text ?? '');
  }

  isPunct(i: number): boolean {
    const t = this.tokens[i];
    return Boolean(t && !/[\p{L}\p{N}]/u.test(t.text));
  }

  /**
   * A lower-case past form compromise's lexicon knows only as a verb ("collapsed", "contacted"):
   * no parse needed to call it a verb. The lexicon keeps one reading of many words that have two
   * ("plan", "state", "raise", "wishes"), so nothing else is decided from it.
   */
  isPastVerb(i: number): boolean {
    if (this.isCapitalized(i) || !this.isWord(i)) return false;
    const w = this.lower(i);
    return w.endsWith('ed') && isVerbForm(w) && !isNounForm(w);
  }

  /** A finite or auxiliary verb by the lexicons, else by compromise's tags. */
  isFiniteVerb(i: number): boolean {
    const w = this.lower(i);
    if (this.lex.auxiliaries.has(w) || this.lex.be.has(w)) return true;
    if (!this.isWord(i) || this.lex.determiners.has(w) || this.lex.prepositions.has(w) || this.lex.pronouns.has(w)) return false;
    if (this.isPastVerb(i)) {
      // "has said", "was told", "the combined lapses": a participle, not the finite verb.
      const before = this.lower(i - 1);
      return !(this.lex.auxiliaries.has(before) || this.lex.be.has(before) || this.lex.determiners.has(before));
    }
    const tags = this.tags(i);
    if (!tags.has('Verb') || tags.has('Gerund') || (tags.has('Adjective') && !tags.has('PastTense'))) return false;
    // compromise tags a present-tense base form as Infinitive too ("they apply"): only after "to" or an auxiliary is it one.
    if (tags.has('Infinitive')) {
      const before = this.lower(i - 1);
      return !(before === 'to' || this.lex.auxiliaries.has(before) || this.lex.be.has(before)) && tags.has('PresentTense');
    }
    return true;
  }

  isVerb(i: number): boolean {
    const w = this.lower(i);
    if (this.lex.auxiliaries.has(w) || this.lex.be.has(w)) return true;
    if (!this.isWord(i) || this.lex.determiners.has(w) || this.lex.prepositions.has(w)) return false;
    return this.isPastVerb(i) || this.tags(i).has('Verb');
  }

  /** Not a verb: a noun or adjective by compromise's tags (a word both verb and noun counts as a noun). */
  isNominalWord(i: number): boolean {
    if (this.isPastVerb(i) && !this.lex.determiners.has(this.lower(i - 1))) return false;
    const tags = this.tags(i);
    return !tags.has('Verb') || tags.has('Noun') || tags.has('Adjective');
  }

  /** An adverb by the lexicon or by its -ly ending, unless a determiner makes it an adjective ("his nightly address"). */
  isAdverb(i: number): boolean {
    const w = this.lower(i);
    if (this.lex.adverbs.has(w)) return true;
    return /^[a-z]{3,}ly$/.test(w) && !this.isCapitalized(i) && !this.lex.determiners.has(this.lower(i - 1)) && this.lower(i - 1) !== "'s";
  }

  /** Token i lies in a name the actor stages found ("Barclays", "Martens"). */
  isActorName(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return false;
    this.names ??= new SpanIndex(this.doc.layers.actors.flatMap((a) => a.mentions.filter((m) => m.form !== 'pronoun' && m.form !== 'description')));
    return this.names.containing(token.start, token.end).length > 0;
  }

  /** A month or weekday name written with its capital. */
  isCalendarWord(i: number): boolean {
    return this.isCapitalized(i) && this.lex.calendar.has(this.lower(i).replace(/\.$/, ''));
  }

  /** The first date expression (of the dates layer) that starts at `offset`, if any. */
  timexStartingAt(offset: number): Span | undefined {
    this.timexIndex ??= indexTimexes(this.doc);
    return this.timexIndex.byStart.get(offset);
  }

  /** The first date expression that ends at `offset`, if any. */
  timexEndingAt(offset: number): Span | undefined {
    this.timexIndex ??= indexTimexes(this.doc);
    return this.timexIndex.byEnd.get(offset);
  }

  /** The top-level quotation whose opening mark starts at `offset`, if any. */
  quotationOpeningAt(offset: number): Quotation | null {
    const q = this.quotations[lastStartingBy(this.quotations, offset)];
    return q && q.open.start === offset ? q : null;
  }

  /** The top-level quotation whose marks enclose `offset`, if any. */
  quotationAround(offset: number): Quotation | null {
    // Top-level quotations do not overlap: only the last one starting by the offset can hold it.
    const q = this.quotations[lastStartingBy(this.quotations, offset)];
    return q && offset < q.end ? q : null;
  }

  /** Top-level quotations that start inside `span`. */
  quotationsIn(span: Span): Quotation[] {
    const out: Quotation[] = [];
    for (let k = lastStartingBy(this.quotations, span.start - 1) + 1; k < this.quotations.length && this.quotations[k]!.start < span.end; k++) out.push(this.quotations[k]!);
    return out;
  }

  text(span: Span): string {
    return this.doc.text.slice(span.start, span.end);
  }
}

/** compromise's tags per token: the term that covers the token's first character. */
function alignTags(
  tokens: readonly Token[],
  sentence: Sentence,
  terms: readonly { start: number; end: number; tags: Set<string> }[],
): ReadonlySet<string>[] {
  const out: ReadonlySet<string>[] = [];
  let t = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    while (t < terms.length && terms[t]!.end <= token.start) t++;
    const term = terms[t];
    out.push(term && term.start <= token.start ? term.tags : NO_TAGS);
  }
  return out;
}

function indexTimexes(doc: AnalysisDocument): { byStart: Map<number, Span>; byEnd: Map<number, Span> } {
  const byStart = new Map<number, Span>();
  const byEnd = new Map<number, Span>();
  for (const t of doc.layers.timexes) {
    if (!byStart.has(t.start)) byStart.set(t.start, t);
    if (!byEnd.has(t.end)) byEnd.set(t.end, t);
  }
  return { byStart, byEnd };
}
