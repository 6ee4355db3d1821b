/** What a quote is about: the actors named (not pronouns) inside its text, in order of first mention. */
import type { Span } from '../../model/document.js';
import type { MentionIndex } from './mention-index.js';

export function aboutOf(mentions: MentionIndex, span: Span): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const m of mentions.inside(span)) {
    if (seen.has(m.actor.id)) continue;
    seen.add(m.actor.id);
    ids.push(m.actor.id);
  }
  return ids;
}
