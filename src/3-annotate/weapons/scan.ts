/**
 * One pass of the weapons gazetteer over a sentence: system names and designations, and head nouns
 * ("fighter jets", "air defence system", "weapons"). A plural "s" is stripped before lookup
 * ("T-72s", "Leopards", "MiG-29s") when that gives a longer match than the token as written.
 */
import type { AnalysisDocument, Sentence } from '../../model/document.js';
import type { GazetteerHit } from '../../nlp/gazetteer.js';
import type { Token } from '../../nlp/tokens.js';
import { weaponLexicon, type HeadNoun, type SystemForm, type WeaponPhrase } from '../../lexicon/weapons.js';
import { actorRules } from '../../lexicon/actor-rules.js';

export interface SystemHit {
  first: number;
  last: number;
  form: SystemForm;
  /** Other families a shared context form names ("Jaguar": the fighter, the armoured vehicle). */
  others: SystemForm[];
}

export interface HeadHit {
  first: number;
  last: number;
  head: HeadNoun;
}

export interface ScannedSentence {
  sentence: Sentence;
  /** The sentence's tokens; indices below are into this array. */
  tokens: Token[];
  systems: SystemHit[];
  heads: HeadHit[];
  /** Head noun by its first and by its last token index. */
  headStartingAt: Map<number, HeadHit>;
  headEndingAt: Map<number, HeadHit>;
}

const PLURAL = /^(.*[\p{L}\p{N}])(?<!s)s$/u;

export function scanSentence(doc: AnalysisDocument, index: number): ScannedSentence {
  const sentence = doc.sentences[index]!;
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const singular = tokens.map((t) => {
    const m = PLURAL.exec(t.text);
    // "Leopard 2s", "Challenger 2s": a number's plural too.
    return m && (t.text.length > 2 || /^\p{N}s$/u.test(t.text)) ? { ...t, text: m[1]!, lower: m[1]!.toLowerCase() } : t;
  });
  // "Hermes 900s": only the code's plural, where the name before it ends in "s" of its own.
  const codes = tokens.map((t, k) => (/\p{N}/u.test(t.text) ? singular[k]! : t));
  const { phrases } = weaponLexicon();
  const systems: SystemHit[] = [];
  const heads: HeadHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = longer(longer(phrases.longestAt(tokens, i), phrases.longestAt(singular, i)), phrases.longestAt(codes, i));
    if (!hit) {
      i++;
      continue;
    }
    const payload = hit.payloads[0]!;
    if (payload.system) systems.push({ first: hit.first, last: hit.last, form: payload.system, others: hit.payloads.slice(1).flatMap((p) => (p.system ? [p.system] : [])) });
    // "sub-contractors", "tank-like": a head noun is no head as the first part of a compound.
    // ("arms maker Diehl Defence", "the weapons manufacturer": a head before a company noun names a trade, not goods.)
    else if (!(tokens[hit.last + 1]?.text === '-' && !tokens[hit.last + 1]!.spaceBefore) && !actorRules().companyNouns.has(tokens[hit.last + 1]?.lower ?? '')) heads.push({ first: hit.first, last: hit.last, head: payload.head });
    i = hit.last + 1;
  }
  return {
    sentence,
    tokens,
    systems,
    heads,
    headStartingAt: new Map(heads.map((h) => [h.first, h])),
    headEndingAt: new Map(heads.map((h) => [h.last, h])),
  };
}

function longer(a: GazetteerHit<WeaponPhrase> | null, b: GazetteerHit<WeaponPhrase> | null): GazetteerHit<WeaponPhrase> | null {
  if (!a) return b;
  if (!b) return a;
  return b.last > a.last ? b : a;
}
