/** Words that end with a period without ending a sentence (data/segment/abbreviations.json), read once. */
import { loadData } from '../data.js';

let abbreviations: Set<string> | null = null;

/** "Gen", "Feb", "Corp": matched case-sensitively on the word without its period. */
export function isAbbreviation(word: string): boolean {
  if (!abbreviations) {
    const file = loadData<Record<string, string[] | string>>('segment/abbreviations.json');
    abbreviations = new Set(Object.values(file).filter(Array.isArray).flat());
  }
  return abbreviations.has(word);
}
