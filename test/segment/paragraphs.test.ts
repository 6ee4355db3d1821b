import { describe, expect, it } from 'vitest';
import { segmented, slices } from '../helpers/segment.js';

describe('paragraphs', () => {
  it('splits on blank lines', () => {
    const text = 'First paragraph here.\n\nSecond one.\r\n\r\nThird.';
    expect(slices(text, segmented(text).paragraphs)).toEqual(['First paragraph here.', 'Second one.', 'Third.']);
  });

  it('joins hard-wrapped lines and breaks at indents', () => {
    const text = [
      'WIRE HEADLINE',
      '',
      'PARIS, March 3 - The ministry said on Tuesday that it would',
      'buy twelve new aircraft from a domestic maker before the end of',
      'the year, officials told reporters at a briefing in the capital.',
      '    The deal follows months of talks between the two sides over',
      'the price of the planes and the date of the first delivery to it.',
    ].join('\n');
    const doc = segmented(text);
    const body = doc.paragraphs.filter((p) => p.role === 'body');
    expect(body).toHaveLength(2);
    expect(text.slice(body[0]!.start, body[0]!.end)).toMatch(/^The ministry said .* capital\.$/s);
    expect(text.slice(body[1]!.start, body[1]!.end)).toMatch(/^The deal follows .* it\.$/s);
    // One sentence per paragraph: newlines inside a wrapped paragraph do not end sentences.
    expect(doc.sentences.filter((s) => s.role === 'body')).toHaveLength(2);
  });

  it('keeps one paragraph per line when lines are long', () => {
    const long = 'This line is a whole paragraph of a story that was not hard-wrapped by its sender at all, so it runs long.';
    const text = `${long}\n${long}\n${long}`;
    expect(segmented(text).paragraphs).toHaveLength(3);
  });

  it('keeps table rows apart', () => {
    const text = 'RESULTS\n\nLONDON, May 1 - The company reported results for the first quarter of\nthe year as follows:\n   Shr   10 cts   vs   8 cts\n   Net   5 mln    vs   4 mln\n';
    const rows = slices(text, segmented(text).paragraphs).filter((p) => p.startsWith('Shr') || p.startsWith('Net'));
    expect(rows).toHaveLength(2);
  });
});
