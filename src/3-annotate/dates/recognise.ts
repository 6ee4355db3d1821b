/**
 * Runs every compiled rule over one sentence and returns all matches as candidates (they may
 * overlap: the refiners settle that). A match is dropped when a capitalised fragment matched a
 * lower-case word, a guard refuses it, or its value template cannot be filled.
 */
import type { ParagraphRole } from '../../model/document.js';
import { fillTemplate, type NormaliseContext } from './normalise.js';
import { compiledRules, fragments, table, type CompiledRule } from './rules.js';
import type { TimexCandidate } from './types.js';

export interface Region {
  start: number;
  end: number;
  sentence: number;
  role: ParagraphRole;
}

type Guard = (text: string, start: number, end: number, region: Region) => boolean;

/** Named checks a rule can ask for in rules.json (`guards`), for what a case-insensitive regex cannot see. */
const GUARDS: Record<string, Guard> = {
  // "LA Weekly", "Radio Daily": a capitalised word inside a name (a sentence may start with one).
  notInName: (text, start, _end, region) => {
    if (!/^\p{Lu}/u.test(text[start] ?? '')) return true;
    const before = previousWord(text, region, start);
    return before === null || !/^\p{Lu}/u.test(before);
  },
  // A number after a capitalised word (not the first of the sentence) names a thing when a word
  // other than a month or a function word follows: "the Russell 2000 Index", "PzH 2000 howitzers",
  // "Mirage 2000-5 jets"; but "WWDC 2005 June 6", "Expo 2020 in Dubai" are dates.
  yearNotInName: (text, start, end, region) => {
    const before = previousWord(text, region, start);
    if (before === null || !/^\p{Lu}/u.test(before) || previousWord(text, region, start - before.length - 1) === null) return true;
    if (/^-\d/.test(text.slice(end, end + 2))) return false;
    const after = nextWord(text, region, end);
    if (after === null) return true;
    return /^\p{Lu}/u.test(after) ? isCalendarWord(after) : after.toLowerCase() in table('normalisation.yearFollowers');
  },
};

const WINDOW = 40;

/** The word just before `at` in the region (white space between), or null at the region's start. */
function previousWord(text: string, region: Region, at: number): string | null {
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(region.start, at - WINDOW), at));
  return m ? m[1]!.replace(/^[("“‘'’]+/, '') : null;
}

function nextWord(text: string, region: Region, at: number): string | null {
  const m = /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(at, Math.min(region.end, at + WINDOW)));
  return m ? m[1]! : null;
}

function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in table('calendar.months') || lower in table('calendar.weekdays');
}

export function recognise(text: string, region: Region, context: NormaliseContext): TimexCandidate[] {
  const slice = text.slice(region.start, region.end);
  const out: TimexCandidate[] = [];
  const specs = fragments();
  for (const rule of compiledRules()) {
    const regex = rule.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = region.start + m.index;
      const end = start + m[0].length;
      const groups = m.groups ?? {};
      if (!capitalsHold(rule, groups, specs)) continue;
      if (!rule.guards.every((g) => guardFor(g)(text, start, end, region))) continue;
      const normOf = (group: string) => specs[rule.groups.get(group) ?? '']?.norm;
      const template = fillTemplate(rule.value, groups, normOf, context);
      if (template === null) continue;
      const mod = rule.mod ? fillTemplate(rule.mod, groups, normOf, context) || null : null;
      out.push({
        start,
        end,
        text: m[0],
        rule: rule.name,
        order: rule.order,
        type: rule.type,
        template,
        mod,
        sentence: region.sentence,
        role: region.role,
      });
    }
  }
  return out;
}

function capitalsHold(rule: CompiledRule, groups: Record<string, string | undefined>, specs: ReturnType<typeof fragments>): boolean {
  for (const [group, fragment] of rule.groups) {
    const value = groups[group];
    if (value !== undefined && specs[fragment]?.capitalised && !/^\p{Lu}/u.test(value)) return false;
  }
  return true;
}

function guardFor(name: string): Guard {
  const guard = GUARDS[name];
  if (!guard) throw new Error(`dates: unknown guard ${name}`);
  return guard;
}
