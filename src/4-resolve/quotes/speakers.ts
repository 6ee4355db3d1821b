/**
 * Speaker phrases to actors. A name or description maps to the actor whose mention covers the
 * phrase's head best ("embassy" of "The US embassy to Serbia" picks the embassy, not the US). A
 * pronoun takes a compatible speaker of the last two sentences, else the most recent compatible
 * speaker or narration mention within two paragraphs (he/she: a person; it: an organisation,
 * country or medium), and is added to that actor's mentions. Phrases no actor covers keep
 * `speaker: null`.
 */
import type { Actor, ActorKind } from '../../model/contract.js';
import type { Span } from '../../model/document.js';
import type { QuoteContext } from '../../3-annotate/quotes/context.js';
import type { QuoteCandidate, SpeakerPhrase } from '../../3-annotate/quotes/types.js';
import { lastStartingBy, SpanIndex } from '../../model/spans.js';
import { MentionIndex } from './mention-index.js';

/** How far back (in paragraphs) a pronoun looks for its antecedent. */
const PRONOUN_PARAGRAPHS = 2;
/** How far back (in sentences) a speaker is the first choice for a pronoun. */
const RECENT_SENTENCES = 2;

interface Salient {
  start: number;
  paragraph: number;
  actor: Actor;
}

export class SpeakerResolver {
  private readonly byPhrase = new Map<string, Actor | null>();
  private readonly salient: Salient[] = [];
  private readonly narration: Salient[];
  /** The story's named mentions, for overlap look-ups (pronouns added later are not among them). */
  readonly mentions: MentionIndex;

  constructor(
    private readonly ctx: QuoteContext,
    candidates: readonly QuoteCandidate[],
  ) {
    this.mentions = new MentionIndex(ctx.doc.layers.actors);
    const contents = new SpanIndex(candidates.map((c) => c.span));
    this.narration = [];
    for (const actor of ctx.doc.layers.actors) {
      for (const m of actor.mentions) {
        if (m.form === 'pronoun' || contents.containing(m.start, m.end).length > 0) continue;
        this.narration.push({ start: m.start, paragraph: this.paragraphAt(m.start), actor });
      }
    }
    this.narration.sort((a, b) => a.start - b.start);
    const phrases: SpeakerPhrase[] = [];
    for (const c of candidates) {
      if (c.speaker) phrases.push(c.speaker);
      phrases.push(...c.reporters);
    }
    phrases.sort((a, b) => a.span.start - b.span.start);
    for (const p of phrases) this.resolve(p);
  }

  actorOf(phrase: SpeakerPhrase | null): Actor | null {
    return phrase ? (this.byPhrase.get(key(phrase.span)) ?? null) : null;
  }

  /** The actor a span (a hearer, a reporter) names, by mention overlap. */
  actorAt(span: Span): Actor | null {
    return bestByOverlap(this.mentions, span, span);
  }

  private resolve(phrase: SpeakerPhrase): void {
    const k = key(phrase.span);
    if (this.byPhrase.has(k)) return;
    const actor = phrase.form === 'pronoun' ? this.antecedent(phrase) : bestByOverlap(this.mentions, phrase.head, phrase.span);
    this.byPhrase.set(k, actor);
    if (actor) this.salient.push({ start: phrase.span.start, paragraph: this.paragraphAt(phrase.span.start), actor });
  }

  /**
   * A speaker of the last two sentences first (a pronoun that reports continues the last reporter:
   * "Ingram dubbed it ... . He characterized ..."), else the most recent compatible mention.
   */
  private antecedent(phrase: SpeakerPhrase): Actor | null {
    const kinds = this.ctx.lex.pronouns.get(this.ctx.text(phrase.span).toLowerCase());
    if (!kinds) return null;
    const paragraph = this.paragraphAt(phrase.span.start);
    const sentence = this.sentenceAt(phrase.span.start);
    // Both lists are in text order and `near` fails for good once it fails: look back from the phrase.
    // Of mentions at the same place the first listed wins.
    const latest = (list: readonly Salient[], near: (s: Salient) => boolean): Salient | null => {
      let best: Salient | null = null;
      for (let k = lastStartingBy(list, phrase.span.start - 1); k >= 0; k--) {
        const s = list[k]!;
        if (best && s.start < best.start) break;
        if (!near(s)) break;
        if (compatible(kinds, s.actor.kind)) best = s;
      }
      return best;
    };
    const inParagraphs = (s: Salient) => paragraph - s.paragraph <= PRONOUN_PARAGRAPHS;
    const latestOf = (a: Salient | null, b: Salient | null) => (a && (!b || a.start >= b.start) ? a : b);
    const best =
      latest(this.salient, (s) => sentence - this.sentenceAt(s.start) <= RECENT_SENTENCES) ??
      latestOf(latest(this.salient, inParagraphs), latest(this.narration, inParagraphs));
    if (!best) return null;
    addMention(best.actor, { text: this.ctx.text(phrase.span), start: phrase.span.start, end: phrase.span.end, form: 'pronoun' });
    return best.actor;
  }

  private sentenceAt(offset: number): number {
    const token = this.ctx.token(Math.min(this.ctx.tokenAtOrAfter(offset), this.ctx.tokens.length - 1));
    return token ? token.sentence : 0;
  }

  private paragraphAt(offset: number): number {
    const token = this.ctx.token(Math.min(this.ctx.tokenAtOrAfter(offset), this.ctx.tokens.length - 1));
    return token ? this.ctx.doc.sentences[token.sentence]!.paragraph : 0;
  }
}

function compatible(kinds: readonly ActorKind[], kind: ActorKind): boolean {
  return kinds.includes(kind);
}

/** The actor whose mention overlaps `head` most (ties: overlaps `span` most); none if no mention touches the head. */
function bestByOverlap(mentions: MentionIndex, head: Span, span: Span): Actor | null {
  let best: Actor | null = null;
  let bestScore = 0;
  for (const m of mentions.overlapping(head)) {
    const onHead = overlap(m, head);
    if (onHead === 0) continue;
    const score = onHead * 10_000 + overlap(m, span) - Math.abs(m.end - m.start - (span.end - span.start)) / 1000;
    if (score > bestScore) {
      best = m.actor;
      bestScore = score;
    }
  }
  return best;
}

export function addMention(actor: Actor, mention: Actor['mentions'][number]): void {
  if (actor.mentions.some((m) => m.start === mention.start && m.end === mention.end)) return;
  actor.mentions.push(mention);
  actor.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function key(span: Span): string {
  return `${span.start}:${span.end}`;
}
