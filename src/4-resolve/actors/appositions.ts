/**
 * Roles from appositions: "Matthew Palmer, the State Department special envoy for the Western
 * Balkans, was ..." gives Palmer the role "State Department special envoy for the Western Balkans".
 */
import type { AnalysisDocument } from '../../model/document.js';
import { isRoleWord } from '../../lexicon/roles.js';

const MAX_ROLE_TOKENS = 14;

export function rolesFromAppositions(doc: AnalysisDocument): void {
  const { tokens } = doc;
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => byEnd.set(t.end, i));
  for (const mention of doc.layers.mentions) {
    if (mention.kind !== 'person' || mention.form !== 'name' || mention.role) continue;
 const last = byEnd.get(mention.end) ?? -1;
    if (last === -1 || tokens[last + 1]?.text !== ',' || tokens[last + 1]!.sentence !== mention.sentence) continue;
    let from = last + 2;
    if (/^(?:a|an|the)$/.test(tokens[from]?.lower ?? '')) from++;
    let to = from;
    let hasRole = false;
    while (to < tokens.length && to - from < MAX_ROLE_TOKENS && tokens[to]!.sentence === mention.sentence && !/^[,;.()]$/.test(tokens[to]!.text)) {
      if (isRoleWord(tokens[to]!.lower.replace(/\.$/, ''))) hasRole = true;
      to++;
    }
    const closer = tokens[to];
    // The apposition must close (a comma, or the sentence end) and name a role.
    if (!hasRole || to === from || (closer && !/^[,;.)]$/.test(closer.text))) continue;
    mention.role = doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  }
}

