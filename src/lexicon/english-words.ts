/**
 * Common English words (data/lexicons/english-words.json, from a spelling list): a word written
 * with a capital that is also an everyday lower-case word ("Stock", "University", "Unless") is
 * no evidence of a name on its own; one the list lacks ("Lukaku", "Thibaut") is.
 */
import { readData } from '../data.js';

let words: Set<string> | null = null;

export function isEnglishWord(lower: string): boolean {
  words ??= new Set(readData<{ words: string }>('lexicons/english-words.json').words.split(' '));
  return words.has(lower);
}
