#!/usr/bin/env node
/**
 * Builds data/lexicons/english-words.json: the lower-case words of an English spelling list (SCOWL,
 * as Debian's `wamerican` package installs it at /usr/share/dict/american-english), for telling
 * common words ("Stock", "University") from names ("Lukaku") when a capital letter says nothing.
 * Build time only: `apt-get install wamerican && node scripts/build-english-words.mjs [LIST]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? '/usr/share/dict/american-english';
const out = fileURLToPath(new URL('../data/lexicons/english-words.json', import.meta.url));

const words = new Set();
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const word = line.trim();
  // Lower-case entries only (capitalised ones are names), no possessives.
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(word)) words.add(word);
}
const sorted = [...words].sort();
const file = {
  comment:
    'Lower-case English words from SCOWL (Copyright 2000-2011 by Kevin Atkinson; see data/lexicons/ENGLISH-WORDS-SOURCES.md), ' +
    'built by scripts/build-english-words.mjs. Do not edit by hand.',
  words: sorted.join(' '),
};
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`${sorted.length} words -> ${out}`);
