/**
 * The weapons stage: adds `layers.weapons`. Runs after actors are resolved (origins are actor ids).
 *   scan (one gazetteer pass per sentence: systems and head nouns)
 *   -> recognise (lexicon, designation shapes, names before head nouns; each with its noun phrase)
 *   -> confirm context forms over the whole story -> join the names a story gives one system
 *   -> build one weapon per family
 *   -> link later references ("the jets", "the system")
 * With `explain`, one trace entry per mention (its rule) and per weapon (its origin rule).
 */
import type { AnalysisDocument } from '../../model/document.js';
import { isNounForm } from '../../nlp/word-classes.js';
import { actorSpans } from './actor-spans.js';
import { joinStoryAliases } from './aliases.js';
import { buildWeapons } from './build.js';
import { confirmContext, type Located } from './context.js';
import { dropSystemNamedActors } from './drop-system-names.js';
import { recognise } from './recognise.js';
import { linkReferences } from './references.js';
import { scanSentence, type ScannedSentence } from './scan.js';

const LIST_WORDS = new Set([',', 'and', 'or']);

export function annotateWeapons(doc: AnalysisDocument): void {
  const actors = actorSpans(doc);
  const scans: ScannedSentence[] = [];
  const candidates: Located[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.role === 'byline') continue;
    const scan = scanSentence(doc, sentence.index);
    scans.push(scan);
    for (const c of recognise(scan, actors)) candidates.push({ ...c, sentence: sentence.index });
  }
  // Two candidates of one sentence with nothing but list words between them.
  const listed = (a: Located, b: Located): boolean => {
    const offset = doc.sentences[a.sentence]!.tokenStart;
    const between = doc.tokens.slice(offset + a.last + 1, offset + b.first);
    return between.length > 0 && between.length <= 2 && between.every((t) => LIST_WORDS.has(t.lower));
  };
  const kept = confirmContext(
    candidates,
    ({ candidate, reason }) => {
      if (!doc.options.explain) return;
      const offset = doc.sentences[candidate.sentence]!.tokenStart;
      doc.trace.push({ stage: 'weapons', rule: 'context-rejected', start: doc.tokens[offset + candidate.first]!.start, end: doc.tokens[offset + candidate.last]!.end, note: reason });
    },
    listed,
    (c) => {
      const next = doc.tokens[doc.sentences[c.sentence]!.tokenStart + c.last + 1];
      // A noun in lower case ("two Abrams brothers"), or any word in a headline's capitals ("FIVE BONUS SHARE ISSUE").
      return Boolean(next && ((/^\p{Ll}+$/u.test(next.text) && isNounForm(next.lower)) || /^\p{Lu}{2,}$/u.test(next.text)));
    },
  );
  const built = buildWeapons(doc, joinStoryAliases(doc, kept), actors);
  const references = linkReferences(scans, built, doc.text, actors);
  for (const r of references) {
    r.weapon.weapon.mentions.push(r.mention);
    // A count the story gives only on a later reference ("The four radars") is the system's.
    if (r.quantity !== null && r.weapon.weapon.quantity === null) r.weapon.weapon.quantity = r.quantity;
  }
  for (const b of built) {
    b.weapon.mentions.sort((x, y) => x.start - y.start);
    doc.layers.weapons.push(b.weapon);
  }
  dropSystemNamedActors(doc, built.flatMap((b) => b.named));
  if (!doc.options.explain) return;
  for (const b of built) {
    const id = b.weapon.id;
    b.candidates.forEach((c, i) => {
      const m = b.named[i]!;
      doc.trace.push({ stage: 'weapons', rule: c.rule, target: id, start: m.start, end: m.end, ...(c.free ? {} : { note: 'context form confirmed' }) });
    });
    const first = b.weapon.mentions[0]!;
    doc.trace.push({ stage: 'weapons', rule: b.originRule, target: id, start: first.start, end: first.end, note: `origin ${b.weapon.origin ?? 'unknown'}` });
  }
  for (const r of references) doc.trace.push({ stage: 'weapons', rule: 'later-reference', target: r.weapon.weapon.id, start: r.mention.start, end: r.mention.end });
}
