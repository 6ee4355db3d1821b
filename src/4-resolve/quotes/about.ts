/** What a quote is about: the actors named (not pronouns) inside its text, in order of first mention. */
import type { Actor } from '../../model/contract.js';
import type { Span } from '../../model/document.js';

export function aboutOf(actors: readonly Actor[], span: Span): string[] {
  const named: { id: string; start: number }[] = [];
  for (const actor of actors) {
    const first = actor.mentions.find((m) => m.form !== 'pronoun' && m.start >= span.start && m.end <= span.end);
    if (first) named.push({ id: actor.id, start: first.start });
  }
  return named.sort((a, b) => a.start - b.start).map((n) => n.id);
}
