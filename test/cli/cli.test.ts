import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { offsetErrors, schemaErrors } from '../helpers/invariants.js';
import { SEED, runCli } from '../helpers/cli.js';

let dir: string;
const story = (n: number) => `Headline number ${n}\n\nBELGRADE, March ${n}, 2020 (Reuters) - Serbia said on Thursday it would buy jets.\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  mkdirSync(join(dir, 'stories/sub'), { recursive: true });
  writeFileSync(join(dir, 'stories/b.txt'), story(2));
  writeFileSync(join(dir, 'stories/a.txt'), story(1));
  writeFileSync(join(dir, 'stories/sub/c.txt'), story(3));
  writeFileSync(join(dir, 'stories/notes.md'), 'not a story');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
});

const lines = (s: string) => s.trim().split('\n').filter(Boolean);

describe('extract FILE', () => {
  it('prints schema-valid YAML for the seed story', async () => {
    const r = await runCli([SEED, '--reference-date', '2020-03-05']);
    expect(r.code).toBe(0);
    const result = YAML.parse(r.stdout);
    expect(schemaErrors(result)).toEqual([]);
    expect(offsetErrors(readFileSync(SEED, 'utf8'), result)).toEqual([]);
    expect(result.document.headline.text).toBe('US asks Serbia to stop buying arms from Russia, RFE reports');
    expect(result.document.byline.text).toBe('N1');
    expect(result.document.referenceDate).toBe('2020-03-05');
    expect(result.document.referenceDateSource).toBe('option');
  });

  it('prints JSON with --format json, identical on every run', async () => {
    const a = await runCli([SEED, '--format', 'json', '-r', '2020-03-05']);
    const b = await runCli([SEED, '--format', 'json', '-r', '2020-03-05']);
    expect(a.stdout).toBe(b.stdout);
    expect(schemaErrors(JSON.parse(a.stdout))).toEqual([]);
  });

  it('selects sections with --only', async () => {
    const r = await runCli([SEED, '--format', 'json', '--only', 'dates,quotes']);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['schema', 'document', 'dates', 'quotes', 'warnings']);
  });
});

describe('standard input', () => {
  it('reads piped input when no path is given', async () => {
    const r = await runCli(['--format', 'json'], { input: readFileSync(SEED) });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.document.path).toBeNull();
    expect(result.document.headline.text).toMatch(/^US asks Serbia/);
  });

  it('reads - as standard input', async () => {
    const r = await runCli(['-', '--format', 'jsonl'], { input: 'A headline\n\nText body here.' });
    expect(lines(r.stdout)).toHaveLength(1);
  });
});

describe('folders and batches', () => {
  it('streams JSON Lines in sorted order, recursively, *.txt only', async () => {
    const r = await runCli([join(dir, 'stories')]);
    expect(r.code).toBe(0);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.document.path.replace(dir + '/', ''))).toEqual(['stories/a.txt', 'stories/b.txt', 'stories/sub/c.txt']);
    for (const record of records) expect(schemaErrors(record)).toEqual([]);
    expect(records[0].document.referenceDate).toBe('2020-03-01');
    expect(r.stderr).toMatch(/3 stories, 0 failed/);
  });

  it('selects files with --ext and --glob', async () => {
    expect(lines((await runCli([join(dir, 'stories'), '--ext', 'md', '-q'])).stdout)).toHaveLength(1);
    expect(lines((await runCli([join(dir, 'stories'), '--glob', 'sub/*.txt', '-q'])).stdout)).toHaveLength(1);
  });

  it('writes a JSON array with --format json for several inputs', async () => {
    const r = await runCli([join(dir, 'stories'), '--format', 'json', '-q']);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  });

  it('writes a YAML stream with --format yaml for several inputs', async () => {
    const r = await runCli([join(dir, 'stories'), '--format', 'yaml', '-q']);
    expect(YAML.parseAllDocuments(r.stdout)).toHaveLength(3);
  });

  it('mirrors sub-folders with --out-dir', async () => {
    const out = join(dir, 'out');
    const r = await runCli([join(dir, 'stories'), '--out-dir', out, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['a.claims.yaml', 'b.claims.yaml', 'sub']);
    expect(YAML.parse(readFileSync(join(out, 'sub/c.claims.yaml'), 'utf8')).schema).toBe('extract/1');
  });

  it('keeps going after a bad input and exits 1', async () => {
    const r = await runCli([join(dir, 'missing.txt'), join(dir, 'stories/a.txt'), join(dir, 'binary.txt')]);
    expect(r.code).toBe(1);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual({ path: join(dir, 'missing.txt'), error: { code: 'not-found', message: 'no such file or directory' } });
    expect(records[1].schema).toBe('extract/1');
    expect(records[2].error.code).toBe('binary');
    for (const record of records) expect(schemaErrors(record)).toEqual([]);
  });

  it('stops at the first failure with --fail-fast', async () => {
    const r = await runCli([join(dir, 'missing.txt'), join(dir, 'stories/a.txt'), '--fail-fast']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toHaveLength(1);
  });
});

describe('process behaviour', () => {
  it('prints --version and --help, exit 0', async () => {
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
  });

  it('writes no colour codes when piped', async () => {
    const r = await runCli([join(dir, 'nope.txt')], { env: { NO_COLOR: '' } });
    expect(r.stderr.includes('\u001b[')).toBe(false);
  });
});
