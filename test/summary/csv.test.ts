import { describe, expect, it } from 'vitest';
import { BatchSummary } from '../../src/summary/aggregate.js';
import { formatSummaryCsv } from '../../src/summary/csv.js';
import { SUMMARY_TABLES } from '../../src/summary/options.js';
import { storyResult } from '../emit/story.js';

/** A small RFC 4180 reader, to check that what is written reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('summary as CSV', () => {
  const batch = new BatchSummary();
  const hostile = storyResult();
  hostile.document.path = '=HYPERLINK("x"),b.txt';
  batch.add(storyResult());
  batch.add(hostile);
  const summary = batch.summary();

  it('writes every table with a header and CRLF line ends that read back', () => {
    for (const table of SUMMARY_TABLES) {
      const csv = formatSummaryCsv(summary, table);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(csv);
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    }
  });

  it('has the who-said-what columns', () => {
    const rows = parseCsv(formatSummaryCsv(summary, 'who-said-what'));
    expect(rows[0]).toEqual(['speaker', 'speaker_id', 'stance', 'about', 'about_id', 'quotes', 'stories', 'story_paths']);
    expect(rows[1]!.slice(0, 7)).toEqual(['US Embassy in Serbia', 'us-embassy-in-serbia', 'demand', 'Russia', 'russia', '2', '2']);
  });

  it('quotes fields with commas and quotation marks, and defuses formulas', () => {
    const rows = parseCsv(formatSummaryCsv(summary, 'transfers'));
    expect(rows[2]![0]).toBe('\'=HYPERLINK("x"),b.txt');
    const quotes = parseCsv(formatSummaryCsv(summary, 'shared-quotes'));
    expect(quotes.map((r) => r[0])).toContain('that "Serbia must stop buying arms from Russia,"');
  });
});
