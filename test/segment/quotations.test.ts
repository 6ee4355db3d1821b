import { describe, expect, it } from 'vitest';
import { segmented } from '../helpers/segment.js';

const quotes = (text: string) => {
  const doc = segmented(text);
  return doc.quotations.map((q) => ({ inner: text.slice(q.inner.start, q.inner.end), closed: q.close !== null, depth: q.depth }));
};

describe('quotations', () => {
  it('finds curly and straight quotes', () => {
    expect(quotes('He said “we will go” and she said "we stay", they reported.')).toEqual([
      { inner: 'we will go', closed: true, depth: 0 },
      { inner: 'we stay', closed: true, depth: 0 },
    ]);
  });

  it('keeps apostrophes out of quotations', () => {
    expect(quotes("Serbia's president said the allies' talks were \"America's business.\"")).toEqual([
      { inner: "America's business.", closed: true, depth: 0 },
    ]);
  });

  it('nests single quotes inside double quotes', () => {
    const found = quotes('She said: “They called it ‘a mistake’ yesterday.”');
    expect(found).toContainEqual({ inner: 'They called it ‘a mistake’ yesterday.', closed: true, depth: 0 });
    expect(found).toContainEqual({ inner: 'a mistake', closed: true, depth: 1 });
  });

  it('ends a quotation never closed at its paragraph, with a warning', () => {
    const text = 'It added that “the purchase caused concern.\n\nThe next paragraph is narration.';
    const doc = segmented(text);
    expect(doc.quotations).toHaveLength(1);
    expect(doc.quotations[0]!.close).toBeNull();
    expect(text.slice(doc.quotations[0]!.inner.start, doc.quotations[0]!.inner.end)).toBe('the purchase caused concern.');
    expect(doc.warnings.map((w) => w.code)).toContain('unclosed-quote');
  });

  it('runs a quotation over paragraphs when the next paragraph reopens it', () => {
    const text = '“The first part of the statement.\n\n“The second part,” the minister said.';
    const doc = segmented(text);
    expect(doc.quotations).toHaveLength(1);
    expect(doc.quotations[0]!.paragraphs).toEqual([0, 1]);
    expect(doc.warnings).toEqual(expect.not.arrayContaining([expect.objectContaining({ code: 'unclosed-quote' })]));
  });
});
