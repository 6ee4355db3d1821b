/**
 * The HTML report in a real browser: headless Chromium driven by playwright-core, with a new
 * empty profile and no network. Loads the seed story's report made by the built binary, checks
 * the highlights, hovers and clicks them, and takes pictures of the report and of the terminal
 * view (written to $SCREENSHOT_DIR, or a temporary folder; `npm run screenshots` writes docs/).
 * Skipped, saying why, only when no Chromium can be found.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/index.js';
import { BIN, ROOT, SEED, runCli } from '../helpers/cli.js';
import { ansiToHtml } from './ansi.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p)) ?? null;
if (!CHROMIUM) console.warn('test/browser skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!CHROMIUM)('HTML report in headless Chromium', () => {
  let work: string;
  let shots: string;
  let context: BrowserContext;
  let result: ExtractResult;
  let reportUrl: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'extract-browser-'));
    shots = resolve(ROOT, process.env.SCREENSHOT_DIR ?? join(work, 'shots'));
    mkdirSync(shots, { recursive: true });
    const out = join(work, 'reports');
    const made = await runCli([relative(ROOT, SEED), '-r', '2020-03-05', '--format', 'html', '--out-dir', out]);
    expect(made.code).toBe(0);
    reportUrl = pathToFileURL(join(out, 'n1-us-serbia-russia-arms.claims.html')).href;
    result = JSON.parse((await runCli([relative(ROOT, SEED), '-r', '2020-03-05', '--format', 'json'])).stdout) as ExtractResult;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM!,
      headless: true,
      args: ARGS,
      viewport: { width: 1440, height: 1000 },
      offline: true,
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A page that records every request and every error it meets. */
  async function open(url: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    await page.goto(url);
    return { page, requests, problems };
  }

  it('highlights every actor mention, date, weapon and quote, loading nothing else', async () => {
    const { page, requests, problems } = await open(reportUrl);
    expect(requests).toEqual([reportUrl]);
    const entities = async (kind: string) => new Set(await page.locator(`#story mark[data-k="${kind}"]`).evaluateAll((ms) => ms.map((m) => m.getAttribute('data-e'))));
    expect(await entities('actor')).toEqual(new Set(result.actors.map((a) => `a:${a.id}`)));
    expect(await entities('quote')).toEqual(new Set(result.quotes.map((q) => `q:${q.id}`)));
    expect(await entities('date')).toEqual(new Set(result.dates.map((d) => `d:${d.id}`)));
    expect(await entities('weapon')).toEqual(new Set(result.weapons.map((w) => `w:${w.id}`)));
    const mentions = result.actors.reduce((n, a) => n + a.mentions.length, 0);
    expect(await page.locator('#story mark[data-k="actor"]').count()).toBe(mentions);
    // The story is all there, character for character.
    expect(await page.locator('#story').textContent()).toBe(readFileSync(SEED, 'utf8'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the speaker of every quote when it is clicked', async () => {
    const { page, problems } = await open(reportUrl);
    const name = (id: string | null) => result.actors.find((a) => a.id === id)?.name;
    for (const quote of result.quotes) {
      await page.locator(`#story mark[data-e="q:${quote.id}"]`).first().click();
      const inspector = page.locator('#inspector');
      await expect.poll(() => inspector.textContent()).toContain(`${quote.kind} quote`);
      expect(await inspector.textContent()).toContain(name(quote.speaker) ?? 'unknown speaker');
    }
    // Clicking marks every mention of the same actor.
    await page.locator('#story mark[data-e="a:serbia"]').first().click();
    const serbia = result.actors.find((a) => a.id === 'serbia')!;
    expect(await page.locator('#story mark.selected[data-e="a:serbia"]').count()).toBe(serbia.mentions.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the canonical name and the date value on hover', async () => {
    const { page } = await open(reportUrl);
    const capital = result.actors.flatMap((a) => a.mentions.filter((m) => m.form === 'capital').map((m) => ({ actor: a, m })))[0]!;
    await page.locator(`#story mark[data-e="a:${capital.actor.id}"][data-form="capital"]`).first().hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').textContent()).toContain(capital.actor.name);
    const date = result.dates[0]!;
    await page.locator(`#story mark[data-e="d:${date.id}"]`).hover();
    await expect.poll(() => page.locator('#tip').textContent()).toContain(date.value);
    await page.close();
  });

  it('takes a picture of the report with a quote selected', async () => {
    const { page } = await open(reportUrl);
    const quote = result.quotes.find((q) => q.kind === 'direct') ?? result.quotes[0]!;
    await page.locator(`#story mark[data-e="q:${quote.id}"]`).first().click();
    await page.mouse.move(0, 0);
    const file = join(shots, 'html-report.png');
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(20_000);
    await page.close();
  });

  it('renders a story holding markup as text: no script runs', async () => {
    const story = join(work, 'hostile.txt');
    writeFileSync(
      story,
      'Serbia says <script>window.pwned = 1</script> is not news\n\n' +
        'BELGRADE, March 5, 2020 - Serbia said "<img src=x onerror="window.pwned=2"> and </script><script>window.pwned=3</script>" on Thursday.\n',
    );
    const out = join(work, 'hostile');
    expect((await runCli([story, '--format', 'html', '--out-dir', out])).code).toBe(0);
    const url = pathToFileURL(join(out, 'hostile.claims.html')).href;
    const { page, requests } = await open(url);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#story').textContent()).toBe(readFileSync(story, 'utf8'));
    expect(await page.locator('#story script, #story img').count()).toBe(0);
    expect(requests).toEqual([url]);
    // The embedded data survived the "</script>" in the story: the page still works.
    await page.locator('#story mark[data-k="actor"]').first().click();
    expect(await page.locator('#inspector').textContent()).toContain('Serbia');
    await page.close();
  });

  it('takes a picture of the pretty view on a real terminal', async () => {
    const ansi = terminalCapture();
    expect(ansi.replace(/\x1b\[[0-9;]*m/g, '')).toContain('US asks Serbia to stop buying arms from Russia'); // eslint-disable-line no-control-regex -- colour codes
    expect(ansi).toContain('\u001b[1m');
    const html = join(work, 'terminal.html');
    writeFileSync(html, ansiToHtml(ansi, 'extract fixtures/n1-us-serbia-russia-arms.txt -r 2020-03-05', 100));
    const { page } = await open(pathToFileURL(html).href);
    const file = join(shots, 'terminal-view.png');
    await page.locator('.window').screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(20_000);
    await page.close();
  });
});

/**
 * The pretty view as a terminal shows it: run in a 100-column tmux pane (a real terminal, so the
 * CLI picks the pretty format and colours by itself), captured with its colour codes. Without
 * tmux, the same output forced into colour.
 */
function terminalCapture(): string {
  const args = [BIN, relative(ROOT, SEED), '-r', '2020-03-05'];
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  if (spawnSync('tmux', ['-V']).status !== 0) {
    return execFileSync(process.execPath, [...args, '--format', 'pretty'], { cwd: ROOT, env: { ...env, FORCE_COLOR: '1' }, encoding: 'utf8' });
  }
  const socket = `extract-shot-${process.pid}`;
  const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, ...a], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
  const command = `${quote(process.execPath)} ${args.map(quote).join(' ')}; tmux -L ${socket} wait-for -S done; sleep 30`;
  try {
    tmux('new-session', '-d', '-x', '100', '-y', '90', '-c', ROOT, `sh -c ${quote(command)}`);
    tmux('wait-for', 'done');
    return tmux('capture-pane', '-p', '-e', '-S', '0', '-E', '-').replace(/\s+$/, '') + '\n';
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
