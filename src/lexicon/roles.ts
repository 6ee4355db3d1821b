/**
 * Titles and role nouns (data/lexicons/roles.json): "President", "Foreign Minister", "Gen.",
 * "spokesperson". Used to split titles off names, and to recognise appositions that give a role.
 */
import { loadData } from '../data.js';
import { Gazetteer } from '../nlp/gazetteer.js';

export interface RoleInfo {
  title: string;
  /** head of state, head of government, minister, military, honorific, spokesperson, diplomat, official, ... */
  type: string;
}

interface RolesFile {
  titles: Record<string, { type?: string; [flag: string]: unknown } | string>;
  agents?: Record<string, unknown>;
}

let titles: Gazetteer<RoleInfo> | null = null;
let roleWords: Set<string> | null = null;

function load(): void {
  const file = loadData<RolesFile>('lexicons/roles.json');
  titles = new Gazetteer<RoleInfo>();
  roleWords = new Set();
  for (const [title, info] of Object.entries(file.titles)) {
    const type = typeof info === 'string' ? info : (info.type ?? 'official');
    titles.add(title, { title, type });
    // Both cases: "President Vucic" and "the president".
    if (title.toLowerCase() === title) titles.add(title.replace(/^\p{L}/u, (c) => c.toUpperCase()), { title, type });
    roleWords.add(title.toLowerCase().split(' ').pop()!.replace(/\.$/, ''));
  }
}

export function titleGazetteer(): Gazetteer<RoleInfo> {
  if (!titles) load();
  return titles!;
}

/** Head words of roles ("minister", "spokesperson", "envoy"): an apposition containing one gives a role. */
export function isRoleWord(lower: string): boolean {
  if (!roleWords) load();
  return roleWords!.has(lower);
}
