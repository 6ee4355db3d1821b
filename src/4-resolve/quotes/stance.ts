/** Stance labels from data/quotes/stance.json: the cue's rule first, then rules on the content. */
import { loadData } from '../../data.js';

interface StanceFile {
  default: string;
  labels: Record<string, string>;
  rules: { label: string; cues?: string[]; content?: string[] }[];
}

interface StanceRule {
  label: string;
  cues: Set<string>;
  content: RegExp[];
}

let compiled: { fallback: string; cueRules: StanceRule[]; contentRules: StanceRule[] } | null = null;

function rules() {
  if (compiled) return compiled;
  const file = loadData<StanceFile>('quotes/stance.json');
  const all = file.rules.map((r) => {
    if (!(r.label in file.labels)) throw new Error(`stance.json: rule label '${r.label}' is not documented in labels`);
    return { label: r.label, cues: new Set(r.cues ?? []), content: (r.content ?? []).map((p) => new RegExp(p, 'i')) };
  });
  compiled = { fallback: file.default, cueRules: all.filter((r) => r.cues.size), contentRules: all.filter((r) => r.content.length) };
  return compiled;
}

/** The stance of a quote with this cue lemma (or none) and this text; also the rule that gave it. */
export function stanceOf(cueLemma: string | null, text: string): { label: string; rule: string } {
  const { fallback, cueRules, contentRules } = rules();
  if (cueLemma) {
    const byCue = cueRules.find((r) => r.cues.has(cueLemma));
    if (byCue) return { label: byCue.label, rule: `cue:${cueLemma}` };
  }
  for (const rule of contentRules) {
    const pattern = rule.content.find((p) => p.test(text));
    if (pattern) return { label: rule.label, rule: `content:${pattern.source}` };
  }
  return { label: fallback, rule: 'default' };
}
