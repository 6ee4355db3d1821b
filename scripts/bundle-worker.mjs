#!/usr/bin/env node
/**
 * Bundles the batch worker (dist/batch/worker.js, the library and the yaml package) into one file,
 * dist/worker.bundle.js, which src/batch/pool.ts starts when it is there. Node 20 loads ES modules
 * one by one (resolve, read, compile: about 150 files for a worker): one file saves about a tenth
 * of a second of every start. compromise stays outside (it is required at run time, one file
 * already). Run by `npm run build` after tsc; the bundle sits in dist/ itself, so the paths its
 * modules take from import.meta.url (data/, node_modules/) resolve as from dist/*.js.
 */
import { rolldown } from 'rolldown';

const bundle = await rolldown({
  input: new URL('../dist/batch/worker.js', import.meta.url).pathname,
  platform: 'node',
  external: [/^node:/, /^compromise/],
  logLevel: 'warn',
});
await bundle.write({ file: new URL('../dist/worker.bundle.js', import.meta.url).pathname, format: 'esm' });
await bundle.close();
