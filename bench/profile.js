#!/usr/bin/env node
// Where the pipeline spends its time: `npm run profile [-- DIR] [--limit N]` (default the first
// 300 Reuters stories) runs the library under `node --cpu-prof` and prints the time of each
// pipeline stage (inclusive), of compromise's tagger, and the functions with the most self time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt === -1 ? 300 : Number(args[limitAt + 1]);
const dir = resolve(args.find((a, i) => !a.startsWith('--') && i !== limitAt + 1) ?? join(root, '../shared/corpus/wire/reuters21578'));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit).map((f) => join(dir, f));

const out = mkdtempSync(join(tmpdir(), 'extract-profile-'));
const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, join(root, 'bench/run-extract.js')], { input: files.join('\n'), encoding: 'utf8' });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const profile = JSON.parse(readFileSync(join(out, readdirSync(out)[0]), 'utf8'));
rmSync(out, { recursive: true });

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const sampled = new Map();
profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...sampled.values()].reduce((a, b) => a + b, 0);

const where = (frame) => frame.url.replace(/^file:\/\//, '').replace(root, '').replace(/node_modules\/compromise\/.*/, 'compromise');
const self = new Map();
const inclusive = new Map();
/** Who asks compromise to tag: the caller of parseSentence or tagWindow. */
const askers = new Map();
for (const [id, time] of sampled) {
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const f = nodes.get(cur).callFrame;
    if (f.functionName !== 'parseSentence' && f.functionName !== 'tagWindow') continue;
    const caller = nodes.get(parent.get(cur))?.callFrame;
    const key = `${f.functionName} <- ${caller?.functionName || '(anonymous)'}  ${caller ? where(caller) : ''}`;
    askers.set(key, (askers.get(key) ?? 0) + time);
    break;
  }
  const frame = nodes.get(id).callFrame;
  const key = `${frame.functionName || '(anonymous)'}  ${where(frame)}:${frame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + time);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const f = nodes.get(cur).callFrame;
    const name = `${f.functionName}  ${where(f)}`;
    if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + time);
    seen.add(name);
  }
}
const byName = (fn) => [...inclusive].filter(([k]) => k.startsWith(fn + '  ')).reduce((a, [, v]) => a + v, 0);
const row = (label, time) => console.log(`${(time / 1000).toFixed(0).padStart(7)} ms ${((100 * time) / total).toFixed(1).padStart(5)}%  ${label}`);

console.log(`profile: ${files.length} stories from ${dir}, ${(total / 1e6).toFixed(2)} s sampled\n\nstages (inclusive):`);
for (const stage of ['segment', 'annotateDates', 'annotateActors', 'resolveActors', 'annotateWeapons', 'annotateQuotes', 'assembleTransfers', 'assemble']) row(stage, byName(stage));
console.log('\ncompromise (inclusive, wherever called from):');
for (const fn of ['parseSentence', 'tagWindow', 'postTagger', 'preTagger', 'compromise']) row(fn, byName(fn));
row('garbage collector', byName('(garbage collector)'));
console.log('\nwho asks for the tags:');
for (const [k, v] of [...askers].sort((a, b) => b[1] - a[1]).slice(0, 10)) row(k, v);
console.log('\nmost self time:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) row(k, v);
