#!/usr/bin/env node
// Benchmark: stories/s, MB/s and peak RSS of the extract pipeline beside the raw cost of
// compromise itself on the same stories. Not a test: run it with `npm run bench [-- DIR] [--limit N]`.
// Each measurement runs in a fresh child process so that peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(root, '../shared/corpus/wire/reuters21578'));
const limit = Number(option('--limit', '0')) || Infinity;

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit).map((f) => join(dir, f));
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`bench: ${files.length} stories, ${(bytes / 1048576).toFixed(2)} MiB from ${dir}`);

function measure(label, script, extraArgs = []) {
  const r = spawnSync(process.execPath, [join(root, 'bench', script), ...extraArgs], {
    input: files.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    console.error(`${label}: failed\n${r.stderr}`);
    process.exit(1);
  }
  const { seconds, rssMB } = JSON.parse(r.stdout.trim().split('\n').pop());
  const rate = files.length / seconds;
  console.log(`${label.padEnd(34)} ${rate.toFixed(1).padStart(8)} stories/s ${(bytes / 1048576 / seconds).toFixed(3).padStart(7)} MB/s  peak RSS ${rssMB.toFixed(0).padStart(4)} MB  (${seconds.toFixed(1)} s)`);
  return rate;
}

const c = measure('(c) compromise nlp + people/places/orgs', 'run-compromise.js');
const a = measure('(a) extract pipeline, 1 job', 'run-extract.js');
console.log(`a/c = ${(a / c).toFixed(2)}  (target >= 1.5)`);
