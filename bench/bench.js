#!/usr/bin/env node
// Benchmark (not a test): `npm run bench [-- DIR] [--limit N] [--repeat N] [--skip-startup] [--scaling]`. Over a folder of
// stories (default ../shared/corpus/wire/reuters21578, read in place: never copy those stories),
// prints stories/s, MB/s and peak RSS for
//   (a) the extract command with --jobs 1, (b) with --jobs 2, (c) compromise's nlp(text) with
//   .people()/.places()/.organizations() on the same stories,
// the ratios a/c and b/a, start-up times and, with --scaling, the time per MiB of one story of
// 0.5 to 10 MiB (the corpus's stories joined in memory). Each measurement runs in a fresh child process, so
// that its peak RSS (getrusage, all threads) is its own. CPU seconds are printed beside wall
// seconds: on a busy machine the ratio shows how much of the wall time was waiting for a core.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !['--limit', '--repeat'].includes(args[i - 1] ?? '')) ?? join(root, '../shared/corpus/wire/reuters21578'));
const limit = Number(option('--limit', '0')) || Infinity;

const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
const files = names.map((f) => join(dir, f));
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const MB = bytes / 1048576;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`bench: ${files.length} stories, ${MB.toFixed(2)} MiB from ${dir}`);
console.log(`node ${process.version}, load average ${load()}`);

// The extract runs walk a folder: with --limit, one of symbolic links to the first N stories.
let storyDir = dir;
if (limit !== Infinity) {
  storyDir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  for (const name of names) symlinkSync(join(dir, name), join(storyDir, name));
}

function child(script, childArgs, input) {
  const r = spawnSync(process.execPath, [join(root, 'bench', script), ...childArgs], {
    input: input ?? '',
    encoding: 'utf8',
    stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const report = r.output[3]?.trim();
  if (r.status !== 0 || !report) {
    console.error(`${script} ${childArgs.join(' ')}: failed (status ${r.status})\n${r.stderr}`);
    process.exit(1);
  }
  return JSON.parse(report);
}

function line(label, m) {
  const rate = files.length / m.seconds;
  console.log(
    `${label.padEnd(38)} ${rate.toFixed(1).padStart(7)} stories/s ${(MB / m.seconds).toFixed(3).padStart(6)} MB/s  peak RSS ${m.rssMB.toFixed(0).padStart(4)} MB  (${m.seconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} s CPU)`,
  );
  return rate;
}

// On a shared or virtual machine the speed of a core drifts over minutes: with --repeat N the three
// runs are interleaved N times and each keeps its fastest run (and its highest peak RSS).
const repeat = Math.max(1, Number(option('--repeat', '1')) || 1);
const best = (runs) => ({ ...runs.reduce((x, y) => (y.seconds < x.seconds ? y : x)), rssMB: Math.max(...runs.map((r) => r.rssMB)) });
const runs = { c: [], a: [], b: [] };
for (let i = 0; i < repeat; i++) {
  runs.c.push(child('run-compromise.js', [], files.join('\n')));
  runs.a.push(child('run-cli.js', [storyDir, '--jobs', '1', '-q']));
  runs.b.push(child('run-cli.js', [storyDir, '--jobs', '2', '-q']));
}
if (repeat > 1) console.log(`fastest of ${repeat} interleaved runs each`);
const c = line('(c) compromise nlp + people/places/orgs', best(runs.c));
const aRun = best(runs.a);
const a = line('(a) extract, --jobs 1', aRun);
const b = line('(b) extract, --jobs 2', best(runs.b));
console.log(`a/c = ${(a / c).toFixed(2)}  (target >= 1.5)    b/a = ${(b / a).toFixed(2)}  (target >= 1.8)`);
// Before the workers are stopped at the end (95%): flat means no growth with the number of stories.
const at = (s, f) => s[Math.max(0, Math.floor(f * s.length) - 1)]?.toFixed(0) ?? '-';
console.log(`(a) RSS at 25%, 50%, 75% and 95% of the run: ${[0.25, 0.5, 0.75, 0.95].map((f) => at(aRun.samplesMB, f)).join(', ')} MB`);
console.log(`load average now ${load()}`);
if (storyDir !== dir) rmSync(storyDir, { recursive: true });

if (args.includes('--scaling')) {
  // One story of growing length (the corpus's stories joined): time per MiB should stay flat.
  for (const mib of [0.5, 1, 2, 4, 10]) {
    const m = child('run-long-story.js', [dir, String(Math.round(mib * 1048576))]);
    console.log(`one ${String(mib).padStart(4)} MiB story  ${m.seconds.toFixed(1).padStart(6)} s  ${(m.seconds / (m.bytes / 1048576)).toFixed(2)} s/MiB  peak RSS ${m.rssMB.toFixed(0)} MB`);
  }
}

if (!args.includes('--skip-startup')) {
  // Start-up: the fastest of several runs of each, interleaved, against `node -e 0`.
  const time = (argv) => {
    const t = performance.now();
    spawnSync(process.execPath, argv, { stdio: 'ignore', cwd: root });
    return performance.now() - t;
  };
  const commands = {
    'node -e 0': ['-e', '0'],
    'extract --version': ['bin/extract.js', '--version'],
    'extract --help': ['bin/extract.js', '--help'],
    'extract seed story (end to end)': ['bin/extract.js', 'fixtures/n1-us-serbia-russia-arms.txt', '-r', '2020-03-05'],
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < 15; i++) for (const [k, argv] of Object.entries(commands)) if (i < 5 || !k.includes('seed')) times[k].push(time(argv));
  const stats = (t) => {
    const s = [...t].sort((x, y) => x - y);
    return { min: s[0], median: s[Math.floor(s.length / 2)] };
  };
  const base = stats(times['node -e 0']);
  for (const [k, t] of Object.entries(times)) {
    const { min, median } = stats(t);
    console.log(`${k.padEnd(32)} min ${min.toFixed(0).padStart(5)} ms  median ${median.toFixed(0).padStart(5)} ms  (${(min / base.min).toFixed(2)} x node -e 0 by min)`);
  }
}
