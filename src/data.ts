/**
 * Reads the project's data files (lexicons, rule tables) from `data/` at the package root.
 * Each file is read and parsed once per process. This module sits directly under src/ so
 * that `../data` resolves the same from the sources (tests) and from dist/ (the binary).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, unknown>();

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export function loadData<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    value = JSON.parse(readFileSync(DATA_DIR + relativePath, 'utf8')) as T;
    cache.set(relativePath, value);
  }
  return value as T;
}
