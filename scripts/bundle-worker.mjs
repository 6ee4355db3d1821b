#!/usr/bin/env node
/**
 * Bundles the command line (dist/cli/main.js) and the batch worker (dist/batch/worker.js), with the
 * library, commander and the yaml package, into a few files in dist/: cli.bundle.js (what
 * bin/extract.js starts), worker.bundle.js (what src/batch/pool.ts starts) and the chunks they
 * share or load on demand (*.chunk.js: the library is loaded by the command line only for a story
 * it runs itself, so that `--help` and `--version` stay fast). Node 20 loads ES modules one by one
 * (resolve, read, compile: about 150 files for the library): a few files save about a tenth of a
 * second of every start. compromise stays outside (it is required at run time, one file already).
 * Run by `npm run build` after tsc; the bundles sit in dist/ itself, so the paths their modules
 * take from import.meta.url (data/, node_modules/, package.json) resolve as from dist/*.js.
 */
import { rmSync, readdirSync } from 'node:fs';
import { rolldown } from 'rolldown';

const dist = new URL('../dist/', import.meta.url).pathname;
for (const file of readdirSync(dist)) if (file.endsWith('.bundle.js') || file.endsWith('.chunk.js')) rmSync(dist + file);

const bundle = await rolldown({
  input: { cli: dist + 'cli/main.js', worker: dist + 'batch/worker.js' },
  platform: 'node',
  external: [/^node:/, /^compromise/],
  logLevel: 'warn',
});
await bundle.write({ dir: dist, format: 'esm', entryFileNames: '[name].bundle.js', chunkFileNames: '[name].chunk.js' });
await bundle.close();
