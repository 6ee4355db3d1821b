import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/index.js';
import { BatchSummary, quoteKey, statements } from '../../src/summary/aggregate.js';
import { formatSummaryPretty } from '../../src/summary/pretty.js';
import { displayWidth } from '../../src/6-emit/columns.js';
import { storyResult } from '../emit/story.js';

/** The hand-made story under another path, optionally changed. */
function story(path: string, change: (r: ExtractResult) => void = () => {}): ExtractResult {
  const result = storyResult();
  result.document.path = path;
  change(result);
  return result;
}

describe('batch summary', () => {
  const batch = new BatchSummary();
  batch.add(story('a.txt'));
  batch.add(story('b.txt'));
  batch.add(story('c.txt', (r) => (r.quotes = r.quotes.filter((q) => q.id === 'q3'))));
  batch.fail('d.txt', { code: 'binary', message: 'binary file' });
  const summary = batch.summary();

  it('counts stories and failures', () => {
    expect(summary.stories).toBe(3);
    expect(summary.failed).toEqual([{ path: 'd.txt', error: { code: 'binary', message: 'binary file' } }]);
  });

  it('tallies who said what about whom, a quote nested in another of the same speaker once', () => {
    const embassy = summary.whoSaidWhat.filter((r) => r.speaker === 'us-embassy-in-serbia');
    expect(embassy.map((r) => [r.stance, r.aboutName, r.quotes, r.stories])).toEqual([
      ['demand', 'Russia', 2, ['a.txt', 'b.txt']],
      ['demand', 'Serbia', 2, ['a.txt', 'b.txt']],
    ]);
    const unresolved = summary.whoSaidWhat.find((r) => r.speaker === null)!;
    expect(unresolved).toMatchObject({ speakerName: 'officials (unresolved)', stance: 'claim', about: null, quotes: 3 });
  });

  it('ranks actors and weapons by mentions, counting the stories they appear in', () => {
    expect(summary.actors[0]).toEqual({ id: 'serbia', name: 'Serbia', kind: 'country', mentions: 9, stories: 3 });
    expect(summary.weapons).toEqual([{ id: 'mig-29', name: 'MiG-29', category: 'fighter aircraft', mentions: 6, stories: 3 }]);
  });

  it('lists every transfer with its story and names', () => {
    expect(summary.transfers).toHaveLength(3);
    expect(summary.transfers[0]).toMatchObject({ story: 'a.txt', supplierName: 'Belarus', recipientName: 'Serbia', systemName: 'MiG-29', quantity: 4, status: 'pending', deal: 'donation' });
  });

  it('groups identical quotes carried by several stories, the largest groups first', () => {
    expect(summary.sharedQuotes.map((q) => [q.text, q.stories])).toEqual([
      ['and <script>alert(1)</script> arrive very soon.', ['a.txt', 'b.txt', 'c.txt']],
      // The mixed quote and the direct one inside it come from the same two stories: the longer stays.
      ['that "Serbia must stop buying arms from Russia,"', ['a.txt', 'b.txt']],
    ]);
    expect(summary.sharedQuotes[1]!.speakers).toEqual([{ id: 'us-embassy-in-serbia', name: 'US Embassy in Serbia' }]);
  });

  it('cuts tables to the top rows but keeps every transfer and the totals', () => {
    const top = batch.summary(1);
    expect(top.whoSaidWhat).toHaveLength(1);
    expect(top.actors).toHaveLength(1);
    expect(top.transfers).toHaveLength(3);
    expect(top.totals.actors).toBe(summary.actors.length);
  });

  it('prints as text within 100 columns', () => {
    const text = formatSummaryPretty(summary);
    expect(text.split('\n')[0]).toBe('Summary of 3 stories, 1 failed');
    expect(text).toMatch(/^ {2}US Embassy in Serbia +demand +Russia +2 +2$/m);
    expect(text).toMatch(/^ {2}Belarus -> Serbia: MiG-29 x 4 \(pending, donation\) a\.txt$/m);
    expect(text).toMatch(/^ {2}3 stories: a\.txt, b\.txt, c\.txt\n {4}officials \(unresolved\): "and <script>alert\(1\)<\/script> arrive very soon\."$/m);
    expect(text).toMatch(/^ {2}d\.txt: binary file$/m);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });
});

describe('quotes as statements', () => {
  it('drops a quote inside a longer one of the same speaker only', () => {
    const quotes = storyResult().quotes;
    expect(statements(quotes).map((q) => q.id)).toEqual(['q1', 'q3']);
    quotes[1]!.speaker = 'someone-else';
    expect(statements(quotes).map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('finds quotes identical but for case, spacing and quotation marks', () => {
    expect(quoteKey('“We call on  all our allies,”')).toBe(quoteKey('we call on all\nour allies'));
    expect(quoteKey("it's")).toBe(quoteKey('it’s'));
  });
});
