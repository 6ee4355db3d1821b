/** `extract summary` through the built binary. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, runCli } from '../helpers/cli.js';
import type { Summary } from '../../src/summary/aggregate.js';

let dir: string;
let stories: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-summary-'));
  stories = join(dir, 'stories');
  mkdirSync(join(stories, 'more'), { recursive: true });
  // The same story carried twice: its quotes are shared by two stories.
  copyFileSync(SEED, join(stories, 'n1.txt'));
  copyFileSync(SEED, join(stories, 'more/n1-again.txt'));
});

describe('extract summary', () => {
  it('summarises a folder as JSON', async () => {
    const r = await runCli(['summary', stories, '--format', 'json', '-r', '2020-03-05']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as Summary;
    expect(summary.schema).toBe('extract-summary/1');
    expect(summary.stories).toBe(2);
    expect(summary.failed).toEqual([]);
    expect(summary.whoSaidWhat.length).toBeGreaterThan(0);
    expect(summary.whoSaidWhat.every((row) => row.stories.length === 2)).toBe(true);
    expect(summary.actors[0]!.stories).toBe(2);
    expect(summary.transfers.length % 2).toBe(0);
    expect(summary.sharedQuotes.length).toBeGreaterThan(0);
    expect(summary.sharedQuotes.every((q) => q.stories.length === 2)).toBe(true);
    expect(r.stderr).toMatch(/2 stories summarised, 0 failed/);
  });

  it('prints the pretty text by default, without colour in a pipe', async () => {
    const r = await runCli(['summary', stories, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Summary of 2 stories');
    expect(r.stdout).toMatch(/^Who said what /m);
    expect(r.stdout).toMatch(/^Quotes carried by several stories /m);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).toBe('');
  });

  it('writes the chosen table as CSV', async () => {
    const who = await runCli(['summary', stories, '--format', 'csv', '-q']);
    expect(who.stdout.split('\r\n')[0]).toBe('speaker,speaker_id,stance,about,about_id,quotes,stories,story_paths');
    const transfers = await runCli(['summary', stories, '--format', 'csv', '--table', 'transfers', '-q']);
    expect(transfers.stdout.split('\r\n')[0]).toMatch(/^story,supplier,supplier_id,recipient/);
  });

  it('reads extract output (a .jsonl file, or piped) instead of stories, to the same summary', async () => {
    const direct = JSON.parse((await runCli(['summary', stories, '--format', 'json', '-q'])).stdout) as Summary;
    const claims = (await runCli([stories, '-q'])).stdout;
    const file = join(dir, 'claims.jsonl');
    writeFileSync(file, claims);
    expect(JSON.parse((await runCli(['summary', file, '--format', 'json', '-q'])).stdout)).toEqual(direct);
    expect(JSON.parse((await runCli(['summary', '-', '--format', 'json', '-q'], { input: claims })).stdout)).toEqual(direct);
  });

  it('goes on past a bad input, lists it and exits 1', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    copyFileSync(SEED, join(bad, 'good.txt'));
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const r = await runCli(['summary', bad, '--format', 'json', '-q']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as Summary;
    expect(summary.stories).toBe(1);
    expect(summary.failed).toEqual([{ path: join(bad, 'binary.txt'), error: { code: 'binary', message: 'binary file (NUL byte at offset 1)' } }]);
    expect(r.stderr).toMatch(/binary\.txt: binary file/);
  });

  it('refuses a bad --top or --format: exit 2', async () => {
    const top = await runCli(['summary', stories, '--top', 'ten']);
    expect(top.code).toBe(2);
    expect(top.stderr).toBe("extract: --top must be a whole number (got 'ten')\n");
    expect((await runCli(['summary', stories, '--format', 'yaml'])).code).toBe(2);
  });
});
