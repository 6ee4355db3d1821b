#!/usr/bin/env node
/**
 * Builds data/compiled/actors.json and weapons.json: the actor lexicon (data/lexicons/*.json) and
 * the weapons gazetteer (data/lexicons/weapon*.json) compiled into the flat gazetteers and tables
 * the extractor loads in one JSON.parse each (src/lexicon/actors.ts, src/lexicon/weapons.ts,
 * src/nlp/compiled-gazetteer.ts). Run by `npm run build` after tsc (it compiles with the built
 * dist/, so with the same tokenizer); a test fails when the committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { COMPILED_ACTORS, compileActorLexicon } from '../dist/lexicon/actors.js';
import { COMPILED_WEAPONS, compileWeaponLexicon } from '../dist/lexicon/weapons.js';
import { DATA_DIR } from '../dist/data.js';

write(COMPILED_ACTORS, compileActorLexicon(), 'data/lexicons/*.json');
write(COMPILED_WEAPONS, compileWeaponLexicon(), 'data/lexicons/weapon*.json');

function write(file, compiled, sources) {
  const out = DATA_DIR + file;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, layout({ comment: `Built by scripts/build-compiled-lexicons.mjs from ${sources}. Do not edit by hand.`, ...compiled }));
}

/** JSON with one entry per line (readable diffs) and the gazetteer's arrays one per line. */
function layout(object) {
  const fields = Object.entries(object).map(([key, value]) => {
    if (Array.isArray(value)) return `${JSON.stringify(key)}: [\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
    if (value && typeof value === 'object') return `${JSON.stringify(key)}: {\n${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}`;
    return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
