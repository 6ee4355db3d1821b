/**
 * Reads the project's data files (lexicons, rule tables) from `data/` at the package root.
 * Each file is read and parsed once per process; the large lexicons that are compiled into
 * matchers once are read with `readData` and not kept. This module sits directly under src/ so
 * that `../data` resolves the same from the sources (tests), from dist/ and from the bundles in
 * dist/ (the binary); modules in sub-folders take the package's paths from here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, unknown>();

/** The package's root folder (where package.json is), from the sources, dist/ or a bundle in dist/. */
export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
export const DATA_DIR = PACKAGE_DIR + 'data/';

export function loadData<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    value = readData<T>(relativePath);
    cache.set(relativePath, value);
  }
  return value as T;
}

/** Reads and parses a data file, uncached: for a file compiled once into something else. */
export function readData<T>(relativePath: string): T {
  return JSON.parse(readFileSync(DATA_DIR + relativePath, 'utf8')) as T;
}
