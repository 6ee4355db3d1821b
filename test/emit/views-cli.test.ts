/** The views through the built binary: format choice, defaults on a terminal, colours, files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SEED, runCli } from '../helpers/cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-views-'));
  mkdirSync(join(dir, 'stories/sub'), { recursive: true });
  writeFileSync(join(dir, 'stories/a.txt'), 'Serbia buys jets\n\nBELGRADE, March 1, 2020 - Serbia said on Thursday it would buy jets.\n');
  writeFileSync(join(dir, 'stories/sub/b.txt'), 'Russia <script>x</script>\n\nMOSCOW, March 2, 2020 - Russia said it would sell jets.\n');
});

describe('--format pretty', () => {
  it('prints the reading view, without colour when piped', async () => {
    const r = await runCli([SEED, '-r', '2020-03-05', '--format', 'pretty']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('US asks Serbia to stop buying arms from Russia, RFE reports');
    expect(r.stdout).toMatch(/^Quotes \d+$/m);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours with FORCE_COLOR, and not with NO_COLOR', async () => {
    expect((await runCli([SEED, '--format', 'pretty'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[1m');
    expect((await runCli([SEED, '--format', 'pretty'], { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('is the default for one story on a terminal; YAML stays the default in a pipe', async () => {
    expect((await runCli([SEED])).stdout).toMatch(/^schema: extract\/1$/m);
    if (spawnSync('script', ['--version']).status !== 0) return;
    // `script` gives the command a terminal of its own.
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const out = execFileSync('script', ['-qec', `${process.execPath} ${BIN} ${SEED} -r 2020-03-05`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env });
    expect(out).toMatch(/^US asks Serbia/);
    expect(out).not.toMatch(/^schema:/m);
  });

  it('writes several stories one after another', async () => {
    const r = await runCli([join(dir, 'stories'), '--format', 'pretty', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Serbia buys jets$/m);
    expect(r.stdout).toMatch(/^Russia <script>x<\/script>$/m);
  });
});

describe('--format html', () => {
  it('writes one page for one story on stdout', async () => {
    const r = await runCli([SEED, '-r', '2020-03-05', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<article class="story" id="story">');
  });

  it('writes <name>.claims.html files under --out-dir, mirroring sub-folders', async () => {
    const out = join(dir, 'html');
    const r = await runCli([join(dir, 'stories'), '--format', 'html', '--out-dir', out, '-q']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.claims.html', 'sub']);
    const page = readFileSync(join(out, 'sub/b.claims.html'), 'utf8');
    expect(page).toContain('Russia &lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toContain('<script>x</script>');
  });

  it('refuses several stories on stdout: exit 2, one line', async () => {
    const r = await runCli([join(dir, 'stories'), '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: --format html makes one page per story: give --out-dir for several stories\n');
    expect(r.stdout).toBe('');
  });
});
