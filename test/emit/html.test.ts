import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/6-emit/html.js';
import { extract } from '../../src/index.js';
import { STORY, storyResult } from './story.js';

const SEED = new URL('../../fixtures/n1-us-serbia-russia-arms.txt', import.meta.url);

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const article = (html: string) => /<article class="story" id="story">([\s\S]*?)<\/article>/.exec(html)![1]!;
const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1]!, body: m[2]! }));

describe('HTML report', () => {
  const html = formatHtml(storyResult(), { text: STORY });

  it('shows the whole story, escaped: markup in it is text', () => {
    const story = article(html);
    expect(story).not.toMatch(/<script|<b>/);
    expect(story).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(unescape(story.replace(/<\/?mark[^>]*>/g, ''))).toBe(STORY);
  });

  it('is self-contained: one inline style, one inline script, nothing loaded', () => {
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\bsrc=|\bhref=|@import|url\(/i);
    const all = scripts(html);
    expect(all).toHaveLength(2);
    expect(all[0]!.attributes).toBe(' type="application/json" id="extract-data"');
    expect(all[1]!.attributes).toBe('');
  });

  it('allows by its Content-Security-Policy exactly its own style and script', () => {
    const csp = unescape(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(scripts(html)[1]!.body)}`);
    expect(csp).toContain(`style-src ${hash(/<style>([\s\S]*?)<\/style>/.exec(html)![1]!)}`);
  });

  it('embeds the data so that no story text can end the script element', () => {
    const data = scripts(html)[0]!.body;
    expect(data).not.toMatch(/<\/script|<!--/i);
    const parsed = JSON.parse(data) as { result: { quotes: { text: string }[] }; details: unknown[] };
    expect(parsed.result.quotes[2]!.text).toBe('and <script>alert(1)</script> arrive very soon.');
    expect(parsed.details.length).toBeGreaterThan(0);
  });

  it('highlights every actor mention, date, weapon, quote and cue', () => {
    const result = storyResult();
    const count = (kind: string) => (article(html).match(new RegExp(`data-k="${kind}"`, 'g')) ?? []).length;
    expect(count('actor')).toBe(result.actors.reduce((n, a) => n + a.mentions.length, 0));
    expect(count('date')).toBe(1);
    expect(count('weapon')).toBe(2);
    for (const q of result.quotes) expect(article(html)).toMatch(new RegExp(`class="hl-quote" data-k="quote" data-h="\\d+" data-e="q:${q.id}"`));
    expect(count('cue')).toBe(3);
    // The speaker named by words that are no actor ("officials") still gets a highlight.
    expect(article(html)).toMatch(/<mark class="hl-speaker"[^>]*data-e="q:q3"[^>]*>officials<\/mark>/);
  });

  it('nests mentions inside quotes and splits the quote the transfer evidence crosses', () => {
    expect(article(html)).toMatch(/<mark class="hl-quote"[^>]*data-e="q:q2"[^>]*><mark class="hl-actor k-country"[^>]*>Serbia<\/mark> must stop/);
    // q3 starts inside the evidence of t1: it is closed where the evidence ends and opened again.
    expect((article(html).match(/data-e="q:q3"[^>]*title="direct quote/g) ?? []).length).toBe(2);
  });

  it('lists the values in tables beside the text', () => {
    expect(html).toContain('<h2>Quotes (3)</h2>');
    expect(html).toMatch(/<tr data-e="q:q2" tabindex="0"><td><span class="speaker">US Embassy in Serbia<\/span><br><small>via Radio Free Europe<\/small><\/td><td>demand<\/td><td>2020-03-05<\/td>/);
    expect(html).toContain('<td>Belarus -&gt; Serbia</td><td>MiG-29 x 4</td><td>pending, donation</td>');
    expect(html).toContain('<tr data-e="a:serbia" tabindex="0">');
  });

  it('names the speaker of every quote of the seed story', () => {
    const text = readFileSync(SEED, 'utf8');
    const seed = extract(text, { referenceDate: '2020-03-05' });
    const page = formatHtml(seed, { text });
    const rows = [...page.matchAll(/<tr data-e="q:(q\d+)"[^>]*><td><span class="speaker">([^<]*)<\/span>/g)].map((m) => [m[1], unescape(m[2]!)]);
    const name = (id: string | null) => seed.actors.find((a) => a.id === id)?.name ?? 'unknown speaker';
    expect(rows).toEqual(seed.quotes.map((q) => [q.id, name(q.speaker)]));
    expect(unescape(article(page).replace(/<\/?mark[^>]*>/g, ''))).toBe(text);
  });

  it('works without the story text, and for an error record', () => {
    expect(formatHtml(storyResult())).toContain('The story text was not given');
    const error = formatHtml({ path: '<x>.txt', error: { code: 'binary', message: 'binary file' } });
    expect(error).toContain('&lt;x&gt;.txt');
    expect(error).not.toContain('<x>');
  });
});
