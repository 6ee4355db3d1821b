/**
 * Resolve step of the quotes stage: speakers to actors (pronouns included), reporting chains,
 * dates, stance and the actors each quote is about; then the output quotes, numbered q1, q2, ...
 * in text order, with a trace of the rules behind each one when `explain` is on.
 */
import type { Actor, ActorKind, Quote } from '../../model/contract.js';
import { textSpan } from '../../model/spans.js';
import type { QuoteContext } from '../../3-annotate/quotes/context.js';
import type { QuoteCandidate } from '../../3-annotate/quotes/types.js';
import { aboutOf } from './about.js';
import { dateOf } from './dating.js';
import { addMention, SpeakerResolver } from './speakers.js';
import { stanceOf } from './stance.js';
import { viaChains } from './via.js';

const COLLECTIVE_KINDS: ReadonlySet<ActorKind> = new Set(['organization', 'country', 'media', 'group']);

export function resolveQuotes(ctx: QuoteContext, candidates: QuoteCandidate[]): Quote[] {
  const { doc } = ctx;
  // A candidate whose span holds no word (an empty pair of marks) states nothing.
  const ordered = candidates
    .filter((c) => /[\p{L}\p{N}]/u.test(doc.text.slice(c.span.start, c.span.end)))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const speakers = new SpeakerResolver(ctx, ordered);
  const chains = viaChains(ordered, speakers);
  const contents = ordered.map((c) => c.span);
  const children = new Map<QuoteCandidate, QuoteCandidate[]>();
  for (const c of ordered) if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
  return ordered.map((c, i): Quote => {
    const id = `q${i + 1}`;
    const text = doc.text.slice(c.span.start, c.span.end);
    const speaker = speakers.actorOf(c.speaker);
    if (speaker && c.kind !== 'indirect' && COLLECTIVE_KINDS.has(speaker.kind)) markFirstPerson(ctx, c, speaker);
    const date = dateOf(ctx, c, contents);
    const stance = stanceOf(c.cue?.entry.lemma ?? null, ownWords(doc.text, c, children.get(c) ?? []));
    if (doc.options.explain) {
      doc.trace.push({ stage: 'quotes', rule: c.rule, target: id, start: c.span.start, end: c.span.end, note: `${c.kind} quote${c.cue ? `, cue "${doc.text.slice(c.cue.start, c.cue.end)}"` : ''}` });
      if (c.speaker) {
        doc.trace.push({ stage: 'quotes', rule: `speaker:${c.speaker.rule}`, target: id, start: c.speaker.span.start, end: c.speaker.span.end, note: speaker ? `speaker ${speaker.id}` : 'speaker phrase matches no actor' });
      }
      doc.trace.push({ stage: 'quotes', rule: `stance:${stance.rule}`, target: id, note: stance.label });
    }
    return {
      id,
      kind: c.kind,
      text,
      start: c.span.start,
      end: c.span.end,
      speaker: speaker?.id ?? null,
      speakerMention: c.speaker ? textSpan(doc.text, c.speaker.span) : null,
      cue: c.cue ? textSpan(doc.text, c.cue) : null,
      date: date?.id ?? null,
      via: (chains.get(c) ?? []).map((a) => a.id),
      stance: stance.label,
      about: aboutOf(speakers.mentions, c.span),
    };
  });
}

/** A quote's text without the reports nested in it (their words are their speakers' stance, not this one's). */
function ownWords(text: string, c: QuoteCandidate, children: readonly QuoteCandidate[]): string {
  let out = '';
  let at = c.span.start;
  for (const child of children) {
    if (child.span.start < at || child.span.end > c.span.end) continue;
    out += text.slice(at, child.span.start);
    at = child.span.end;
  }
  return out + text.slice(at, c.span.end);
}

/** "We" and "us" in an organisation's own (quoted) words are that organisation; "US" in capitals is a country. */
function markFirstPerson(ctx: QuoteContext, c: QuoteCandidate, speaker: Actor): void {
  for (let k = ctx.tokenAtOrAfter(c.span.start); k < ctx.tokens.length && ctx.token(k)!.end <= c.span.end; k++) {
    const token = ctx.token(k)!;
    if (!ctx.lex.firstPerson.has(token.lower) || token.text === token.text.toUpperCase() || !ctx.quotationAround(token.start)) continue;
    addMention(speaker, { text: token.text, start: token.start, end: token.end, form: 'pronoun' });
  }
}
