/**
 * Recogniser: titles. "[Serbian|US] President [Aleksandar Vucic]" gives the following name a
 * role; "Serbia's President" with no name after it is a person mention of its own, described by
 * role ("President of Serbia"), which the resolve step may link to the office holder.
 */
import type { EntityMention } from '../../model/annotations.js';
import { actorLexicon } from '../../lexicon/actors.js';
import { titleGazetteer } from '../../lexicon/roles.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { claim, mentionFrom, type SentenceContext } from './context.js';

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
    }
    i = hit.last;
  }
  return { mentions, roles };
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
