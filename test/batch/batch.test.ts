/**
 * Batches through the built binary: worker threads, order, JSON Lines in and out (also under GNU
 * parallel), --resume, Ctrl-C and kill -9 mid-batch, and a start-up that loads nothing it needs not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { schemaErrors } from '../helpers/invariants.js';
import { BIN, ROOT, finished, runCli, spawnCli } from '../helpers/cli.js';

let dir: string;
const STORIES = 40;
const story = (n: number) =>
  `Serbia to buy ${n} jets\n\nBELGRADE, March ${1 + (n % 28)}, 2020 (Reuters) - President Aleksandar Vucic said on Thursday that Serbia would buy ${n} MiG-29 jets from Russia. "We will not give up," he told reporters.\n`;
const lines = (s: string) => s.split('\n').filter(Boolean);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-batch-'));
  mkdirSync(join(dir, 'stories'));
  for (let i = 0; i < STORIES; i++) writeFileSync(join(dir, 'stories', `s${String(i).padStart(3, '0')}.txt`), story(i));
});

describe('worker pool', () => {
  it('gives the same bytes with --jobs 1 and --jobs 2, in input order', async () => {
    const one = await runCli([join(dir, 'stories'), '--jobs', '1', '-r', '2020-03-05']);
    const two = await runCli([join(dir, 'stories'), '--jobs', '2', '-r', '2020-03-05']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const paths = lines(one.stdout).map((l) => JSON.parse(l).document.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(STORIES);
    expect(one.stderr).toMatch(new RegExp(`^${STORIES} stories, 0 failed, [\\d.]+ s, [\\d.]+ stories/s\\n$`));
  });

  it('writes every result with --unordered, in whatever order they finish', async () => {
    const r = await runCli([join(dir, 'stories'), '--unordered', '-q']);
    expect(r.code).toBe(0);
    const paths = lines(r.stdout).map((l) => JSON.parse(l).document.path);
    expect([...paths].sort()).toEqual(readdirSync(join(dir, 'stories')).map((f) => join(dir, 'stories', f)).sort());
  });
});

describe('progress', () => {
  it('shows a progress line when stderr is a terminal, and the summary at the end', (context) => {
    if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) context.skip('util-linux `script` (a pseudo-terminal) is not installed');
    const log = join(dir, 'terminal.log');
    execFileSync('script', ['-qfc', `node ${BIN} ${join(dir, 'stories')} --jobs 1 > /dev/null`, log], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const terminal = readFileSync(log, 'utf8');
    expect(terminal).toMatch(new RegExp(`\\r\\u001b\\[2Kextract: \\d+/${STORIES} stories · [\\d.]+ stories/s · `));
    expect(terminal).toMatch(new RegExp(`\\u001b\\[2K${STORIES} stories, 0 failed, `));
  });
});

describe('JSON Lines input (--input jsonl)', () => {
  const records = Array.from({ length: 7 }, (_, i) => ({ id: i % 2 ? `story-${i}` : i, text: story(i), ...(i === 3 ? { date: '2019-12-31' } : {}) }));
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

  it('writes one result per line with the same id, in order; "date" sets the reference date', async () => {
    const r = await runCli(['--input', 'jsonl', '-q'], { input });
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(records.map((x) => x.id));
    for (const o of out) {
      // The id is the pipeline's, outside extract/1: the rest is a result like any other.
      const result = Object.fromEntries(Object.entries(o).filter(([key]) => key !== 'id')) as typeof o;
      expect(schemaErrors(result)).toEqual([]);
      expect(result.document.path).toBeNull();
    }
    expect(out[3].document.referenceDate).toBe('2019-12-31');
    expect(out[3].document.referenceDateSource).toBe('option');
    // Without "date", the dateline gives it (or --reference-date would).
    expect(out[2].document.referenceDate).toBe('2020-03-03');
  });

  it('reads JSON Lines files named on the command line', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, input);
    const r = await runCli(['--input', 'jsonl', file, '-q']);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(records.map((x) => x.id));
  });

  const parallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
  it('runs as a stage of GNU parallel --pipe (the README example)', (context) => {
    if (!parallel) context.skip('GNU parallel is not installed: apt-get install parallel (.ci/run does)');
    const file = join(dir, 'parallel.jsonl');
    writeFileSync(file, input);
    // Blocks of 3 lines to separate extract processes, output kept in input order.
    const out = execFileSync('bash', ['-c', `parallel --will-cite --pipe -N 3 -k node ${BIN} --input jsonl --jobs 1 -q < ${file}`], { encoding: 'utf8' });
    expect(lines(out).map((l) => JSON.parse(l).id)).toEqual(records.map((x) => x.id));
  });
});

describe('time limits', () => {
  it('a 1 MB line of words without a full stop ends within --timeout, and the next story goes on', async () => {
    const words = ['the', 'Serbian', 'army', 'said', 'Russia', 'would', 'sell', 'jets', 'on', 'Thursday', 'Vucic', 'told', 'reporters'];
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 1_000_000; i++, length += parts[parts.length - 1]!.length + 1) parts.push(words[(i * 7 + (i >> 4)) % words.length]!);
    const input = [JSON.stringify({ id: 'huge', text: parts.join(' ') }), JSON.stringify({ id: 'next', text: story(1) })].join('\n') + '\n';
    const started = Date.now();
    const r = await runCli(['--input', 'jsonl', '--timeout', '5', '--jobs', '1', '-q'], { input });
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['huge', 'next']);
    // Either it finished (schema-valid) or it was stopped: never a hang, never a crash.
    if (out[0].error) expect(out[0].error.code).toBe('timeout');
    else expect(schemaErrors(Object.fromEntries(Object.entries(out[0]).filter(([k]) => k !== 'id')))).toEqual([]);
    expect(out[1].schema).toBe('extract/1');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

describe('--out-dir: resume, Ctrl-C, kill -9', () => {
  const big = () => {
    const folder = mkdtempSync(join(dir, 'big-'));
    for (let i = 0; i < 150; i++) writeFileSync(join(folder, `s${String(i).padStart(3, '0')}.txt`), story(i).repeat(3));
    return folder;
  };
  const claims = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.claims.yaml')) : []);
  async function untilFiles(out: string, n: number): Promise<void> {
    for (let waited = 0; claims(out).length < n; waited += 50) {
      if (waited > 60_000) throw new Error('no output files appeared');
      await sleep(50);
    }
  }

  it('--resume skips inputs whose output is there and newer, and redoes changed ones', async () => {
    const out = join(dir, 'resume-out');
    expect((await runCli([join(dir, 'stories'), '--out-dir', out, '-q'])).code).toBe(0);
    expect(claims(out)).toHaveLength(STORIES);
    const again = await runCli([join(dir, 'stories'), '--out-dir', out, '--resume']);
    expect(again.stderr).toMatch(new RegExp(`^0 stories, 0 failed, ${STORIES} up to date, `));
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'stories', 's005.txt'), future, future);
    const changed = await runCli([join(dir, 'stories'), '--out-dir', out, '--resume']);
    expect(changed.stderr).toMatch(new RegExp(`^1 stories, 0 failed, ${STORIES - 1} up to date, `));
  });

  it('Ctrl-C stops the workers, keeps every finished file whole, and exits 130', async () => {
    const input = big();
    const out = join(input, 'out');
    const child = spawnCli([input, '--out-dir', out, '--jobs', '1']);
    child.stdin.end();
    const result = finished(child);
    await untilFiles(out, 3);
    child.kill('SIGINT');
    const r = await result;
    expect(r.code).toBe(130);
    const match = /^extract: interrupted after (\d+) stories \(their files are complete\)$/m.exec(r.stderr);
    expect(match, r.stderr).not.toBeNull();
    const written = claims(out);
    expect(written.length).toBe(Number(match![1]));
    expect(written.length).toBeLessThan(150);
    for (const f of written) expect(YAML.parse(readFileSync(join(out, f), 'utf8')).schema).toBe('extract/1');
    // Nothing half-written: no temporary file is left.
    expect(readdirSync(out).filter((f) => !f.endsWith('.claims.yaml'))).toEqual([]);
  });

  it('kill -9 mid-batch: every file written parses; --resume then finishes the batch', async () => {
    const input = big();
    const out = join(input, 'out');
    const child = spawnCli([input, '--out-dir', out, '--format', 'json']);
    child.stdin.end();
    const result = finished(child);
    for (let waited = 0; !existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length < 5; waited += 20) {
      if (waited > 60_000) throw new Error('no output files appeared');
      await sleep(20);
    }
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');
    const written = readdirSync(out).filter((f) => f.endsWith('.claims.json'));
    expect(written.length).toBeGreaterThanOrEqual(5);
    for (const f of written) expect(schemaErrors(JSON.parse(readFileSync(join(out, f), 'utf8')))).toEqual([]);
    // Only a hidden temporary file, never a *.claims.json, can be partial after kill -9.
    expect(readdirSync(out).filter((f) => !f.endsWith('.claims.json') && !/^\.extract-\d+-\d+\.tmp$/.test(f))).toEqual([]);
    const rest = await runCli([input, '--out-dir', out, '--format', 'json', '--resume']);
    expect(rest.code).toBe(0);
    expect(rest.stderr).toMatch(new RegExp(`^${150 - written.length} stories, 0 failed, ${written.length} up to date, `));
    expect(readdirSync(out).filter((f) => f.endsWith('.claims.json'))).toHaveLength(150);
  });
});

describe('start-up', () => {
  // Runs the CLI (its bundle, as bin/extract.js does) in a process that records every file read and whether compromise was required.
  const probe = (args: string[]) => {
    const script = `
      import fs from 'node:fs';
      import { createRequire, syncBuiltinESMExports } from 'node:module';
      const read = fs.readFileSync;
      const files = [];
      fs.readFileSync = function (path, ...rest) { files.push(String(path)); return read.call(this, path, ...rest); };
      syncBuiltinESMExports();
      const { main } = await import(${JSON.stringify(join(ROOT, 'dist/cli.bundle.js'))});
      await main(${JSON.stringify(args)});
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      process.stderr.write(JSON.stringify({ data: files.filter((f) => f.includes('/data/')), compromise: loaded.some((f) => f.includes('/compromise/')) }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    return JSON.parse(r.stderr) as { data: string[]; compromise: boolean };
  };

  it('--version and --help load neither compromise nor any lexicon or rule file', () => {
    for (const args of [['--version'], ['-V'], ['--help']]) expect(probe(args), args[0]).toEqual({ data: [], compromise: false });
  });
});
