import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { displayWidth, table, terminalText, truncate, wrap } from '../../src/6-emit/columns.js';

// eslint-disable-next-line no-control-regex -- removing colour codes
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('terminal columns', () => {
  it('measures wide and zero-width characters', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('北京')).toBe(4);
    expect(displayWidth('Vuc\u030cic')).toBe(5);
  });

  it('truncates to the width with an ellipsis', () => {
    expect(truncate('Radio Free Europe', 10)).toBe('Radio Fre…');
    expect(displayWidth(truncate('北京北京北京', 5))).toBeLessThanOrEqual(5);
    expect(truncate('short', 10)).toBe('short');
  });

  it('wraps at spaces within the width, with a hanging indent', () => {
    const words = 'the quick brown fox jumps over the lazy dog '.repeat(6);
    const lines = wrap([{ text: words }], 30, 4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.slice(1).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(words.trim());
  });

  it('breaks a word only when it is wider than a line', () => {
    const lines = wrap([{ text: 'x'.repeat(50) }], 20, 2);
    expect(lines.map(displayWidth).every((w) => w <= 20)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('x'.repeat(50));
  });

  it('keeps styled pieces of one word together and colours runs, not words', () => {
    const c = new Chalk({ level: 1 });
    const lines = wrap([{ text: 'speaker name', style: c.bold }, { text: ' [' }, { text: 'demand', style: c.red }, { text: ']:' }], 100, 4);
    expect(lines).toHaveLength(1);
    expect(plain(lines[0]!)).toBe('speaker name [demand]:');
    expect(lines[0]).toContain(c.bold('speaker name'));
  });

  it('aligns a table and shrinks it to the width', () => {
    const rows = [
      [{ text: 'United States' }, { text: 'country' }, { text: '8' }, { text: 'a long note that will not fit in a narrow table at all' }],
      [{ text: 'N1' }, { text: 'media' }, { text: '10' }, { text: '' }],
    ];
    const lines = table(rows, [{}, {}, { align: 'right' }, { shrink: true }], { width: 50 });
    expect(lines.every((l) => displayWidth(l) <= 50)).toBe(true);
    expect(lines[0]!.indexOf('country')).toBe(lines[1]!.indexOf('media'));
    expect(lines[0]).toContain('…');
    expect(lines[1]).toMatch(/10$/);
  });

  it('never sends control characters or bidi overrides to the terminal', () => {
    const shown = terminalText('a\u001b[2Jb\u0007c\u202ed\r\ne');
    expect(shown).toBe('a\u241b[2Jb\u2407c\ufffdd e');
  });
});
