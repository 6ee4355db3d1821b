/**
 * Refiner, after the untyped names are typed: a name made of nothing but everyday English words
 * ("Software Development Kit", "Financial Markets", "Classic") that only compromise's tagger could
 * type is more often a thing, a title or a heading than an actor, and is dropped. A name typed by
 * the story's evidence ("Jobs" after "Steve Jobs") stays, and so does one the text defines with an
 * acronym ("United Auto Workers (UAW)").
 */
import type { AnalysisDocument } from '../../model/document.js';
import { actorRules } from '../../lexicon/actor-rules.js';
import { isEnglishWord } from '../../lexicon/english-words.js';

const DEFINED_BY_ACRONYM = /^\s*\(\p{Lu}[\p{Lu}\d&-]+\)/u;

export function dropCommonWordNames(doc: AnalysisDocument): void {
  const connectors = actorRules().nameConnectors;
  doc.layers.mentions = doc.layers.mentions.filter((m) => {
    if (!m.rule.endsWith('>tagger')) return true;
    const words = m.text.toLowerCase().split(/[\s-]+/).filter(Boolean);
    if (!words.every((w) => isEnglishWord(w) || connectors.has(w))) return true;
    return DEFINED_BY_ACRONYM.test(doc.text.slice(m.end, m.end + 16));
  });
}
