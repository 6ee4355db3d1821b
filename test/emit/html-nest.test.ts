import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, nestHighlights, type Highlight } from '../../src/6-emit/html-nest.js';

const h = (start: number, end: number, name: string, rank = 0): Highlight => ({ start, end, rank, open: `<${name}>`, close: `</${name}>` });
const identity = (s: string) => s;

/** Checks that tags balance, and returns for each character the names of the tags around it. */
function coverage(markup: string): { text: string; around: string[][] } {
  const stack: string[] = [];
  let text = '';
  const around: string[][] = [];
  for (const token of markup.match(/<\/?[a-z0-9]+>|[^<]+/g) ?? []) {
    if (token.startsWith('</')) {
      const name = token.slice(2, -1);
      expect(stack.pop(), `closing ${name}`).toBe(name);
    } else if (token.startsWith('<')) stack.push(token.slice(1, -1));
    else
      for (const ch of token) {
        text += ch;
        around.push([...stack].sort());
      }
  }
  expect(stack).toEqual([]);
  return { text, around };
}

describe('nesting highlights from offsets', () => {
  it('nests a mention inside a quote', () => {
    expect(nestHighlights('said "Serbia buys" now', [h(5, 18, 'q'), h(6, 12, 'a')], identity)).toBe('said <q>"<a>Serbia</a> buys"</q> now');
  });

  it('puts the lower rank outside when two spans coincide', () => {
    expect(nestHighlights('Serbia', [h(0, 6, 'a', 3), h(0, 6, 'q', 0)], identity)).toBe('<q><a>Serbia</a></q>');
  });

  it('splits a span that crosses another and keeps the markup well-formed', () => {
    expect(nestHighlights('abcdefgh', [h(0, 5, 'x'), h(3, 8, 'y')], identity)).toBe('<x>abc<y>de</y></x><y>fgh</y>');
  });

  it('escapes the text between tags, never the tags', () => {
    expect(nestHighlights('<script>x</script>', [h(8, 9, 'm')], escapeHtml)).toBe('&lt;script&gt;<m>x</m>&lt;/script&gt;');
  });

  it('drops empty and out-of-range spans', () => {
    expect(nestHighlights('abc', [h(1, 1, 'e'), h(2, 9, 'o'), h(-1, 2, 'n')], identity)).toBe('abc');
  });

  it('keeps every character under exactly the spans that cover it, whatever the spans', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    const spans = fc.array(
      fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(3)).map(([a, b, rank]) => [Math.min(a, b), Math.max(a, b), rank] as const),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(spans, (list) => {
        const highlights = list.map(([start, end, rank], i) => h(start, end, `s${i}`, rank));
        const { text: shown, around } = coverage(nestHighlights(text, highlights, identity));
        expect(shown).toBe(text);
        for (let i = 0; i < text.length; i++) {
          const expected = highlights.filter((x) => x.start <= i && i < x.end).map((x) => x.open.slice(1, -1)).sort();
          expect(around[i]).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
