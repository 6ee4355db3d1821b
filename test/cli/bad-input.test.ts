/**
 * The bad-input matrix of the README, one test per row: what reaches stderr (one line naming the
 * input and the reason, never a stack trace), what reaches stdout, and the exit status.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { offsetErrors, schemaErrors } from '../helpers/invariants.js';
import { BIN, finished, runCli, spawnCli } from '../helpers/cli.js';

let dir: string;
const story = (n: number) => `Headline number ${n}\n\nBELGRADE, March ${n}, 2020 (Reuters) - Serbia said on Thursday it would buy jets.\n`;
const lines = (s: string) => s.split('\n').filter(Boolean);
const records = (s: string) => lines(s).map((l) => JSON.parse(l) as Record<string, unknown>);
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-bad-'));
  // Another user must be able to reach the files (the permission test runs as nobody under root).
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'good.txt'), story(1));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'zero.txt'), '');
});

describe('bad input matrix', () => {
  it('missing path: one line naming it, exit 1', async () => {
    const r = await runCli([join(dir, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, 'nope.txt')}: no such file or directory\n`);
    expect(r.stdout).toBe('');
  });

  it('permission denied: one line, exit 1 (as root, run as nobody: root reads any file)', async () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, story(2));
    chmodSync(file, 0o000);
    const r = await runCli([file], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(r.stderr).toBe(`extract: ${file}: permission denied\n`);
    expect(r.code).toBe(1);
  });

  it('folder with no matching files: exit 1', async () => {
    const r = await runCli([join(dir, 'empty')]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`extract: ${join(dir, 'empty')}: folder has no files matching *.txt`);
  });

  it('binary file: one line with the offset of the NUL byte, exit 1', async () => {
    const r = await runCli([join(dir, 'binary.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, 'binary.txt')}: binary file (NUL byte at offset 4)\n`);
  });

  it('empty or white-space file: a valid empty result with a warning, exit 0', async () => {
    for (const name of ['blank.txt', 'zero.txt']) {
      const r = await runCli([join(dir, name), '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout);
      expect(schemaErrors(result)).toEqual([]);
      expect(result.warnings[0].code).toBe('empty-input');
    }
  });

  it('invalid UTF-8: decoded as Windows-1252 with a warning, exit 0', async () => {
    const file = join(dir, 'latin.txt');
    // é and curly quotes in Windows-1252: 0xE9, 0x93, 0x94.
    const cp1252 = (s: string) => Buffer.from(s.replace('é', '\xe9').replace('“', '\x93').replace('”', '\x94'), 'latin1');
    writeFileSync(file, cp1252('Café owners say “no”\n\nPARIS, March 5, 2020 (Reuters) - The owners said on Thursday they would close.\n'));
    const r = await runCli([file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain('invalid-utf8');
    expect(result.document.headline.text).toBe('Café owners say “no”');
  });

  it('UTF-16 with BOM (little and big endian): decoded, exit 0', async () => {
    const text = story(3);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, 'le.txt'), le);
    writeFileSync(join(dir, 'be.txt'), be);
    for (const name of ['le.txt', 'be.txt']) {
      const r = await runCli([join(dir, name), '--format', 'json']);
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout);
      expect(result.document.headline.text).toBe('Headline number 3');
      expect(offsetErrors(text.replace(/^\ufeff/, ''), result)).toEqual([]);
    }
  });

  it('a 50 MB file: refused above --max-bytes (10M by default) before it is read, exit 1', async () => {
    const file = join(dir, 'huge.txt');
    // Sparse: 50 MiB long, no disk used; the refusal comes from its size alone.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = await runCli([file, join(dir, 'good.txt')]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`extract: ${file}: file is 50 MiB, more than --max-bytes (10 MiB); raise the limit to read it`);
    const out = records(r.stdout);
    expect(out[0]).toEqual({ path: file, error: { code: 'too-large', message: expect.stringMatching(/^file is 50 MiB/) } });
    expect(out[1]!.schema).toBe('extract/1');
  });

  it('a 50 MB stream on standard input: refused once it passes --max-bytes, exit 1', () => {
    const out = execFileSync('bash', ['-c', `head -c 52428800 /dev/zero | node ${BIN} --max-bytes 1M; echo "status=$?"`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toMatch(/status=1/);
  });

  it('a symbolic link loop in a folder: skipped with a notice, exit 0', async () => {
    const loop = join(dir, 'loop');
    mkdirSync(loop);
    writeFileSync(join(loop, 'x.txt'), story(4));
    symlinkSync(loop, join(loop, 'again'));
    const r = await runCli([loop]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toBe(`extract: ${join(loop, 'again')}: skipped: symbolic link loop: folder already visited`);
  });

  it('a FIFO or a device in a folder: skipped with a notice, exit 0', async () => {
    const special = join(dir, 'special');
    mkdirSync(special);
    writeFileSync(join(special, 'a.txt'), story(5));
    execFileSync('mkfifo', [join(special, 'fifo.txt')]);
    symlinkSync('/dev/null', join(special, 'device.txt'));
    const r = await runCli([special]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(lines(r.stderr).slice(0, 2).sort()).toEqual([
      `extract: ${join(special, 'device.txt')}: skipped: not a regular file (FIFO, socket or device)`,
      `extract: ${join(special, 'fifo.txt')}: skipped: not a regular file (FIFO, socket or device)`,
    ]);
  });

  it('a file that disappears mid-batch: one line for it, the rest done, exit 1', async () => {
    const batch = join(dir, 'vanishing');
    mkdirSync(batch);
    const names = Array.from({ length: 60 }, (_, i) => `s${String(i).padStart(2, '0')}.txt`);
    for (const [i, name] of names.entries()) writeFileSync(join(batch, name), story(i));
    const last = join(batch, names[names.length - 1]!);
    const child = spawnCli([batch, '--jobs', '1']);
    child.stdin.end();
    // At most a small window of files is read ahead; the last one is deleted as soon as the first result is out.
    child.stdout.once('data', () => unlinkSync(last));
    const r = await finished(child);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`extract: ${last}: no such file or directory`);
    const out = records(r.stdout);
    expect(out).toHaveLength(60);
    expect(out.filter((x) => x.schema === 'extract/1')).toHaveLength(59);
    expect(out[59]).toEqual({ path: last, error: { code: 'not-found', message: 'no such file or directory' } });
  });

  it('a bad --lexicon file: one line with the file and line, exit 2, no output', async () => {
    const lexicon = join(dir, 'bad-lexicon.yaml');
    writeFileSync(lexicon, 'actors:\n  - name: Wagner Group\n    kind: person\n  - kind: group\n');
    const r = await runCli([join(dir, 'good.txt'), '--lexicon', lexicon]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`extract: ${lexicon}:4: entry has no name\n`);
    const missing = await runCli([join(dir, 'good.txt'), '--lexicon', join(dir, 'none.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`extract: ${join(dir, 'none.yaml')}: no such file or directory\n`);
  });

  it('a story that takes longer than --timeout: stopped, an error record, the batch goes on, exit 1', async () => {
    const batch = join(dir, 'slow');
    mkdirSync(batch);
    writeFileSync(join(batch, 'a.txt'), story(1));
    writeFileSync(join(batch, 'b.txt'), story(2) + 'NEVER-ENDING STORY\n');
    writeFileSync(join(batch, 'c.txt'), story(3));
    const r = await runCli([batch, '--timeout', '1', '--jobs', '1'], { env: { EXTRACT_TEST_HANG_ON: 'NEVER-ENDING STORY' } });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`extract: ${join(batch, 'b.txt')}: took longer than 1 s (--timeout); stopped`);
    const out = records(r.stdout);
    expect(out.map((x) => (x.schema ? 'ok' : (x.error as { code: string }).code))).toEqual(['ok', 'timeout', 'ok']);
    // The worker that replaced the stopped one did the third story.
    expect((out[2]!.document as { path: string }).path).toBe(join(batch, 'c.txt'));
  });

  it('one story, run on the main thread, keeps its time limit: stopped, exit 1; Ctrl-C stops it at once', async () => {
    const slow = join(dir, 'slow-one.txt');
    writeFileSync(slow, story(5) + 'NEVER-ENDING STORY\n');
    const r = await runCli([slow, '--timeout', '1', '--format', 'json'], { env: { EXTRACT_TEST_HANG_ON: 'NEVER-ENDING STORY' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`extract: ${slow}: took longer than 1 s (--timeout); stopped\n`);
    const child = spawnCli([slow, '--timeout', '60'], { env: { EXTRACT_TEST_HANG_ON: 'NEVER-ENDING STORY' } });
    const result = finished(child);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const signalled = Date.now();
    child.kill('SIGINT');
    const interrupted = await result;
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toBe('extract: interrupted after 0 stories\n');
    expect(Date.now() - signalled).toBeLessThan(5000);
  });

  it('a story of several MiB gets the time limit per MiB: 2.5 MiB, --timeout 1 -> stopped after 3 s', async () => {
    const big = join(dir, 'big.txt');
    const paragraph = story(4) + '\n';
    writeFileSync(big, paragraph.repeat(Math.ceil((2.5 * 1024 * 1024) / paragraph.length)) + 'NEVER-ENDING STORY\n');
    const started = Date.now();
    const r = await runCli([big, '--timeout', '1', '--format', 'json'], { env: { EXTRACT_TEST_HANG_ON: 'NEVER-ENDING STORY' } });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`extract: ${big}: took longer than 3 s (--timeout: 1 s per MiB of story); stopped`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
  });

  it('unknown option: exit 2, one line', async () => {
    const r = await runCli(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: unknown option '--frobnicate'/);
  });

  it('bad --reference-date, --only, --format, --jobs, --timeout, --max-bytes: exit 2, one line each', async () => {
    const good = join(dir, 'good.txt');
    const cases: [string[], string][] = [
      [['--reference-date', '2020-02-30'], "extract: reference date must be YYYY-MM-DD or 'today' (got '2020-02-30')"],
      [['--only', 'actors,nonsense'], "extract: unknown section 'nonsense' (choose from actors, places, weapons, transfers, dates, quotes)"],
      [['--jobs', '0'], "extract: --jobs must be a whole number of 1 or more (got '0')"],
      [['--timeout', '-1'], "extract: --timeout must be a number of seconds, 0 for no limit (got '-1')"],
      [['--max-bytes', 'lots'], "extract: --max-bytes must be a size such as 10M, 512k or 2000000 (got 'lots')"],
      [['--resume'], 'extract: --resume needs --out-dir (it skips inputs whose output file is there and newer)'],
    ];
    for (const [args, message] of cases) {
      const r = await runCli([good, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(message + '\n');
    }
    expect((await runCli([good, '--format', 'xml'])).code).toBe(2);
  });

  it('a bad JSON Lines record (--input jsonl): an error record with its id and line, the rest go on, exit 1', async () => {
    const input = ['{"id": "a", "text": "Serbia said on Monday it would buy jets."}', '{"id": "b", "text": 42}', 'not json', '{"id": "c", "text": "", "date": "yesterday"}', ''].join('\n');
    const r = await runCli(['--input', 'jsonl'], { input });
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 3)).toEqual([
      'extract: <stdin>:2 (id "b"): "text" must be a string',
      `extract: <stdin>:3: not JSON (Unexpected token 'o', "not json" is not valid JSON)`,
      `extract: <stdin>:4 (id "c"): reference date must be YYYY-MM-DD or 'today' (got 'yesterday')`,
    ]);
    expect(records(r.stdout).map((x) => [x.id, x.schema ?? (x.error as { code: string }).code])).toEqual([
      ['a', 'extract/1'],
      ['b', 'bad-line'],
      [null, 'bad-line'],
      ['c', 'bad-reference-date'],
    ]);
  });

  it('the reader closes the pipe (| head -n 1): exit 0, no trace', () => {
    const stories = join(dir, 'many');
    mkdirSync(stories);
    for (let i = 0; i < 40; i++) writeFileSync(join(stories, `s${i}.txt`), story(i));
    // stderr joins stdout: any trace would show.
    const out = execFileSync('bash', ['-c', `set -o pipefail; { node ${BIN} ${stories} | head -n 1 > /dev/null; } 2>&1; echo "status=$?"`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('status=0\n');
  });
});
