/**
 * No catastrophic backtracking. Two checks, each within a fixed budget:
 * 1. every regular expression that lives in the data files (the date rules as compiled from
 *    data/dates/*.json, the stance patterns of data/quotes/stance.json, the calibre pattern of
 *    data/lexicons/weapon-designations.json) against long runs of the characters and words it
 *    repeats, in a worker thread that is stopped if one never returns;
 * 2. every rule family end to end (segmenter, dates, actors, weapons, quotes, transfers: the
 *    regexes that live in src/**) through the CLI, one adversarial story per line, under --timeout.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { compiledRules } from '../../src/3-annotate/dates/rules.js';
import { ROOT, runCli } from '../helpers/cli.js';

interface Pattern {
  name: string;
  source: string;
  flags: string;
}

const LENGTH = 3000;
/** Per pattern, over all its adversarial strings; linear patterns take a few milliseconds. */
const PATTERN_BUDGET_MS = 1000;
/** For the whole data-regex check, after which the worker is stopped. */
const TOTAL_BUDGET_MS = 240_000;

const json = (path: string) => JSON.parse(readFileSync(ROOT + path, 'utf8'));

function dataPatterns(): Pattern[] {
  const patterns: Pattern[] = compiledRules().map((r) => ({ name: `dates rule ${r.name}`, source: r.regex.source, flags: r.regex.flags }));
  for (const rule of json('data/quotes/stance.json').rules as { label: string; content?: string[] }[]) {
    for (const source of rule.content ?? []) patterns.push({ name: `stance ${rule.label}: ${source}`, source, flags: 'i' });
  }
  patterns.push({ name: 'weapon calibre', source: json('data/lexicons/weapon-designations.json').calibre.pattern, flags: 'gu' });
  return patterns;
}

const RUN_CHARACTERS = [' ', '\t', '\n', '.', ',', '-', '–', "'", '’', '"', '/', ':', '(', '0', '1', '5', '9', 'a', 'A', 'x', 'Z', 'é'];

/** Long runs of single characters, pairs, and the words of the pattern itself. */
function adversarial(source: string): string[] {
  const runs = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const out = RUN_CHARACTERS.map(runs);
  for (const a of ['1', 'a', 'A', ' ']) for (const b of [' ', ',', '.', '-', '1']) if (a !== b) out.push(runs(a + b));
  const words = [...new Set(source.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !/^(?:u|p|b|d|s|w)$/i.test(w)).slice(0, 40);
  for (const word of words) for (const joint of [' ', ', ', '-', '']) out.push(runs(word + joint));
  if (words.length) out.push(runs(words.join(' ') + ' '), runs(words.join(', ') + ' 5 1987 ').toLowerCase());
  return out;
}

// Plain JavaScript for the worker: times each pattern over its strings, says which one it starts.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
for (const [i, p] of workerData.entries()) {
  parentPort.postMessage({ starting: i });
  const regex = new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g');
  const started = performance.now();
  let slowest = { ms: 0, sample: '' };
  for (const s of p.strings) {
    const t = performance.now();
    regex.lastIndex = 0;
    for (let m = regex.exec(s); m; m = regex.exec(s)) if (m[0] === '') regex.lastIndex++;
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, sample: s.slice(0, 24) };
  }
  parentPort.postMessage({ done: i, ms: performance.now() - started, slowest });
}
`;

describe('regular expressions: no catastrophic backtracking', () => {
  it('every data-file pattern over long runs of what it repeats stays within budget', async () => {
    const patterns = dataPatterns().map((p) => ({ ...p, strings: adversarial(p.source) }));
    expect(patterns.length).toBeGreaterThan(50);
    const results: { name: string; ms: number; slowest: { ms: number; sample: string } }[] = [];
    let current = -1;
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true, workerData: patterns });
      const deadline = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`still running after ${TOTAL_BUDGET_MS} ms: ${patterns[current]?.name}`));
      }, TOTAL_BUDGET_MS);
      worker.on('message', (m: { starting?: number; done?: number; ms?: number; slowest?: { ms: number; sample: string } }) => {
        if (m.starting !== undefined) current = m.starting;
        if (m.done !== undefined) results.push({ name: patterns[m.done]!.name, ms: m.ms!, slowest: m.slowest! });
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        clearTimeout(deadline);
        resolve();
      });
    });
    expect(results).toHaveLength(patterns.length);
    const over = results.filter((r) => r.ms > PATTERN_BUDGET_MS).map((r) => `${r.name}: ${r.ms.toFixed(0)} ms (slowest on ${JSON.stringify(r.slowest.sample)}...)`);
    expect(over).toEqual([]);
  }, TOTAL_BUDGET_MS + 10_000);

  it('every rule family end to end on adversarial stories, each within --timeout', async () => {
    const n = 2500;
    const runs = (unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const families: Record<string, string[]> = {
      segment: [' ', '\n', '\n\n', '    ', '.', '. ', 'Mr. ', 'U.S. ', 'A.', '...', '?!', '-\n', 'WORD ', '\r\n\r\n'],
      dates: ['March 5, 2020 ', '5 5 ', '1987-', '12:30 ', 'Monday, ', 'the 5th of ', 'last ', 'next year ', 'Feb. ', 'mid-', 'the following day ', '1980s '],
      actors: ['President Minister ', 'Serbia ', 'Serbia-Russia-', 'U.S.-', 'Al-', 'Abu ', '(ABC) ', 'John Smith, ', 'the Ministry of ', 'Aaa Bbb '],
      weapons: ['MiG-29 ', 'S-400', 'F-16-', 'Su-35 jets ', '14 ', '-made ', '155mm ', 'missiles, tanks and ', 'T-'],
      quotes: ['"', '“', '” ', "'", 'said ', 'he said, "', 'according to ', '“ ” ‘ ’ ', '« ', 'told reporters that '],
      transfers: ['would buy ', 'from Russia to Serbia ', 'sell ', 'deal ', 'delivered to ', 'will receive ', 'a $1 billion deal for '],
    };
    const lines = Object.entries(families).flatMap(([family, units]) => units.map((unit) => JSON.stringify({ id: `${family} ${JSON.stringify(unit)}`, text: runs(unit) })));
    const r = await runCli(['--input', 'jsonl', '--timeout', '20', '-q'], { input: lines.join('\n') + '\n' });
    const records = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; error?: { code: string } });
    expect(records.map((x) => x.id)).toEqual(lines.map((l) => JSON.parse(l).id));
    expect(records.filter((x) => x.error).map((x) => `${x.id}: ${x.error!.code}`)).toEqual([]);
    expect(r.code).toBe(0);
  }, 600_000);
});
