/**
 * Recogniser: titles. "[Serbian|US] President [Aleksandar Vucic]" gives the following name a
 * role; "Serbia's President" with no name after it is a person mention of its own, described by
 * role ("President of Serbia"), which the resolve step may link to the office holder.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { titleGazetteer } from '../../lexicon/roles.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { isEnglishWord } from '../../lexicon/english-words.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';

/** Title types that name a job or a form of address, not an office ("the CEO", "Mr"): no holder of their own. */
const NOT_OFFICES = new Set(['business', 'honorific', 'expert', 'media', 'activist', 'occupation']);

export interface TitleRole {
  /** Token index of the first token after the title: the name it belongs to. */
  nameAt: number;
  role: string;
  country?: string;
}

export function titles(ctx: SentenceContext, found: EntityMention[]): { mentions: EntityMention[]; roles: TitleRole[] } {
  const mentions: EntityMention[] = [];
  const roles: TitleRole[] = [];
  const { tokens } = ctx;
  const lexicon = actorLexicon();
  for (let i = 0; i < tokens.length; i++) {
    const hit = titleGazetteer().longestAt(tokens, i);
    if (!hit || ctx.claimed[i]) continue;
    const capitalised = /^\p{Lu}/u.test(tokens[i]!.text);
    // A lower-case title counts right before a name: "government spokesman Steffen Hebestreit".
    const beforeName = /^\p{Lu}\p{Ll}/u.test(tokens[hit.last + 1]?.text ?? '') && !ctx.claimed[hit.last + 1];
    if (!capitalised && !isAfterPossessive(ctx, i) && !beforeName) continue;
    // The country before the title: "Serbia's President", "Serbian President", "US President".
    const country = found.find((m) => m.kind === 'country' && m.entry && (m.end === tokens[i - 1]?.start || (tokens[i - 1]?.lower === "'s" && m.end === tokens[i - 1]!.start)));
    const countryEntry = country?.entry ? lexicon.entries.get(country.entry) : undefined;
    const title = ctx.doc.text.slice(capitalised ? hit.start : tokens[roleStart(ctx, i)]!.start, hit.end);
    const role = countryEntry ? `${capitalise(title)} of ${countryEntry.name}` : title;
    const next = tokens[hit.last + 1];
    if (next && /^\p{Lu}/u.test(next.text) && !ctx.allCaps) {
      if (endsInOrganizationHead(ctx, hit.last + 1)) continue; // General Motors Corp.
      roles.push({ nameAt: hit.last + 1, role, ...(countryEntry ? { country: countryEntry.id } : {}) });
      claim(ctx, i, hit.last);
    } else if (countryEntry && country) {
      const first = tokens.findIndex((t) => t.start === country.start);
      mentions.push(mentionFrom(ctx, first, hit.last, { kind: 'person', entry: null, form: 'description', rule: 'title:possessive', role, memberOf: countryEntry.id }));
      claim(ctx, first, hit.last);
    } else {
      // "The Home Secretary and I", "the Sheriff said": a capitalised title standing for its
      // holder; "Joseph Borrell, the EU High Commissioner": one naming the person before it.
      const bare = bareTitle(ctx, i, hit.last);
      if (bare && !hit.payloads.some((p) => NOT_OFFICES.has(p.type))) {
        const first = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
        mentions.push(mentionFrom(ctx, first, hit.last, { kind: 'person', entry: null, form: 'title', rule: `title:${bare}`, role: title }));
        claim(ctx, first, hit.last);
      }
    }
    i = hit.last;
  }
  return { mentions, roles };
}

/**
 * A title written with a capital as an office, not because it starts the sentence or sits in a
 * headline in capitals: mid-sentence, or after "The", or a title of two capitalised words.
 */
function bareTitle(ctx: SentenceContext, i: number, last: number): 'bare' | 'apposition' | null {
  const { tokens } = ctx;
  if (ctx.allCaps || !/^\p{Lu}/u.test(tokens[i]!.text)) return null;
  // "Joseph Borrell, the EU High Commissioner": an apposition, which gives the name its role.
  let back = i - 1;
  while (back >= 0 && (/^\p{Lu}/u.test(tokens[back]!.text) || tokens[back]!.lower === 'the' || tokens[back]!.lower === "'s")) back--;
  if (back >= 0 && back < i - 1 && tokens[back]!.text === ',') return 'apposition';
  // "the Akeron MP missile": a title after a capitalised word no recogniser took, neither an
  // everyday word nor an acronym, is part of a name.
  const previous = tokens[i - 1];
  if (i > 1 && previous && /^\p{Lu}\p{Ll}/u.test(previous.text) && !ctx.claimed[i - 1] && !isEnglishWord(previous.lower)) return null;
  const first = i === 0 || /^[^\p{L}\p{N}]+$/u.test(previous!.text);
  if (!first) return 'bare';
  return last > i && /^\p{Lu}/u.test(tokens[last]!.text) ? 'bare' : null;
}

/** Where a lower-case title's phrase starts: "Air Force chief", "government spokesman". */
function roleStart(ctx: SentenceContext, i: number): number {
  let from = i;
  while (from > 0 && (actorRules().roleModifiers.has(ctx.tokens[from - 1]!.lower) || /^\p{Lu}\p{L}+$/u.test(ctx.tokens[from - 1]!.text))) from--;
  return from;
}

function endsInOrganizationHead(ctx: SentenceContext, from: number): boolean {
  let last = from;
  while (last + 1 < ctx.tokens.length && /^\p{Lu}/u.test(ctx.tokens[last + 1]!.text)) last++;
  return actorRules().organizationHeads.has(ctx.tokens[last]!.lower.replace(/\.$/, ''));
}

function isAfterPossessive(ctx: SentenceContext, i: number): boolean {
  return ctx.tokens[i - 1]?.lower === "'s";
}

function capitalise(s: string): string {
  return s.replace(/^\p{L}/u, (c) => c.toUpperCase());
}
