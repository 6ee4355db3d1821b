/**
 * Recogniser: parts of a state named by country and body, "the US embassy to Serbia",
 * "Russian Defence Ministry", "Serbia's army". The mention gets a canonical name
 * ("US Embassy in Serbia") and is a member of the country.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon, stateBodyName, type LexiconEntry } from '../../lexicon/actors.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { continuesNounPhrase } from '../../nlp/word-classes.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';

export function governmentBodies(ctx: SentenceContext, found: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const lexicon = actorLexicon();
  const { tokens } = ctx;
  for (const country of found) {
    if (country.kind !== 'country' || !country.entry) continue;
    const entry = lexicon.entries.get(country.entry);
    if (!entry) continue;
    let i = tokens.findIndex((t) => t.start >= country.end);
    if (i === -1) continue;
    if (tokens[i]!.lower === "'s") i++; // Serbia's army
    const body = matchBody(ctx, i);
    if (!body) continue;
    // "US government": the lexicon knows it already.
    const bodyStart = tokens[i]!.start;
    const bodyEnd = tokens[body.last]!.end;
    // "Lithuania's Defence Ministry": a name the organisation recogniser took for the body alone
    // gives way to the body of that country.
    const overlapping = found.filter((m) => m !== country && m.start < bodyEnd && bodyStart < m.end);
    if (overlapping.some((m) => m.entry || m.kind !== 'organization' || m.start < bodyStart || m.end > bodyEnd)) continue;
    for (const m of overlapping) found.splice(found.indexOf(m), 1);
    let first = tokens.findIndex((t) => t.start === country.start);
    if (tokens[first - 1]?.lower === 'the') first--; // "The US embassy to Serbia" is the mention
    let last = body.last;
    let host: LexiconEntry | undefined;
    // "embassy to Serbia" / "embassy in Belgrade"
    const prep = tokens[last + 1];
    if (/^(?:embassy|consulate|mission)$/.test(body.phrase) && prep && (prep.lower === 'to' || prep.lower === 'in')) {
      const next = found.find((m) => m.kind === 'country' && m.entry && m.start === tokens[last + 2]?.start);
      if (next?.entry) {
        host = lexicon.entries.get(next.entry);
        last = tokens.findIndex((t) => t.end === next.end);
      }
    }
    const canonical = `${stateBodyName(entry, body.phrase)}${host ? ` in ${host.name}` : ''}`;
    out.push(
      mentionFrom(ctx, first, last, {
        kind: 'organization',
        entry: null,
        form: 'name',
        rule: 'government-body',
        canonical,
        memberOf: entry.id,
        // "the US embassy": the country is the name, the body a common noun; "US Embassy" is a name.
        ...(/^\p{Ll}/u.test(tokens[body.last]!.text) ? { descriptive: true } : {}),
      }),
    );
    claim(ctx, first, last);
  }
  return out;
}

function matchBody(ctx: SentenceContext, at: number): { phrase: string; last: number } | null {
  for (const phrase of actorRules().governmentBodies) {
    const words = phrase.split(' ');
    if (!words.every((w, k) => ctx.tokens[at + k]?.lower === w)) continue;
    const last = at + words.length - 1;
    // "Russian military equipment": the body word modifies a noun after it, so it is no body.
    const next = ctx.tokens[last + 1];
    if (next && continuesNounPhrase(next)) return null;
    return { phrase, last };
  }
  return null;
}

