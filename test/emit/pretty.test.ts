import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/6-emit/columns.js';
import { formatPretty } from '../../src/6-emit/pretty.js';
import { extract, type ExtractResult } from '../../src/index.js';
import { storyResult } from './story.js';

const SEED = new URL('../../fixtures/n1-us-serbia-russia-arms.txt', import.meta.url);
// eslint-disable-next-line no-control-regex -- removing colour codes
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
/** The view as one line: wrapping and alignment undone. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('pretty view', () => {
  const view = formatPretty(storyResult());

  it('starts with the headline, byline and reference date', () => {
    const [headline, facts] = view.split('\n');
    expect(headline).toBe('Serbia <b>buys</b> MiG-29 jets from Belarus');
    expect(facts).toBe('N1 · reference date 2020-03-05 · stories/serbia.txt');
  });

  it('has a short actors table with kinds and mention counts', () => {
    expect(view).toMatch(/^Actors 6$/m);
    expect(view).toMatch(/^ {2}Serbia +country +3×$/m);
    expect(view).toMatch(/^ {2}US Embassy in Serbia +organization +1×$/m);
  });

  it('writes each quote as speaker (via ...) [stance, date]: "text"', () => {
    expect(flat(view)).toContain('US Embassy in Serbia (via Radio Free Europe) [demand, 2020-03-05]: "Serbia must stop buying arms from Russia,"');
    expect(flat(view)).toContain('officials (unresolved) [claim]: "and <script>alert(1)</script> arrive very soon."');
  });

  it('writes transfers as supplier -> recipient: system x quantity (status)', () => {
    expect(view).toMatch(/^ {2}Belarus -> Serbia: MiG-29 x 4 \(pending, donation\)$/m);
    expect(view).toMatch(/^ {2}MiG-29 x 4 +fighter aircraft +from Russia +2×$/m);
  });

  it('fits 100 columns, and narrower widths when asked', () => {
    const seed = extract(readFileSync(SEED, 'utf8'), { referenceDate: '2020-03-05' });
    for (const [width, text] of [
      [100, formatPretty(seed)],
      [100, formatPretty(seed, { color: true })],
      [60, formatPretty(seed, { width: 60 })],
    ] as const) {
      for (const line of text.split('\n')) expect(displayWidth(plain(line)), line).toBeLessThanOrEqual(width);
    }
  });

  it('shows every quote of the seed story with its speaker', () => {
    const seed = extract(readFileSync(SEED, 'utf8'), { referenceDate: '2020-03-05' });
    const text = flat(formatPretty(seed));
    const name = (id: string | null) => seed.actors.find((a) => a.id === id)?.name ?? 'unknown speaker';
    for (const quote of seed.quotes) expect(text).toContain(`${name(quote.speaker)}${quote.via.length ? ' (via' : ' ['}`);
    for (const quote of seed.quotes) expect(text).toContain(`"${flat(quote.text)}"`);
    expect(text).toContain('United States (via Radio Free Europe/Radio Liberty) [demand]: "Serbia to stop buying arms from Russia"');
  });

  it('colours only when asked', () => {
    expect(view).not.toContain('\u001b[');
    const coloured = formatPretty(storyResult(), { color: true });
    expect(coloured).toContain('\u001b[');
    expect(plain(coloured)).toBe(view);
  });

  it('shows control characters from the story as symbols, never as escapes', () => {
    const result = storyResult();
    result.document.headline = { text: 'Bad \u001b[2J headline', start: 0, end: 0 };
    const out = formatPretty(result);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Bad \u241b[2J headline');
  });

  it('leaves out sections the result does not have, and says when one is empty', () => {
    const partial: Partial<ExtractResult> = { ...storyResult(), quotes: [] };
    delete partial.actors;
    delete partial.weapons;
    const out = formatPretty(partial as ExtractResult);
    expect(out).not.toMatch(/^Actors/m);
    expect(out).not.toMatch(/^Weapons/m);
    expect(out).toMatch(/^Quotes 0\n {2}none found$/m);
  });

  it('formats an error record as one line', () => {
    expect(formatPretty({ path: 'a.txt', error: { code: 'binary', message: 'binary file (NUL byte at offset 4)' } })).toBe('a.txt: binary file (NUL byte at offset 4)\n');
  });
});
