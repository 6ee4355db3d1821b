/** The batch summary as text for a terminal: aligned tables within the given width. */
import { Chalk } from 'chalk';
import { table, terminalText, wrap, type Segment } from '../6-emit/columns.js';
import { quantitySuffix } from '../6-emit/lookup.js';
import type { Summary } from './aggregate.js';

export interface SummaryPrettyOptions {
  color?: boolean;
  width?: number;
}

/** Stories named under a shared quote; the rest are counted. */
const STORIES_LISTED = 5;

export function formatSummaryPretty(summary: Summary, options: SummaryPrettyOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, Math.floor(options.width ?? 100));
  const lines: string[] = [];
  const title = (name: string, shown: number, total: number, unit = '') => {
    lines.push('');
    const count = shown < total ? ` top ${shown} of ${total}${unit}` : ` ${total}${unit}`;
    lines.push(c.bold.cyan(name) + c.dim(count));
  };
  const none = () => lines.push('  ' + c.dim('none found'));
  const text = (s: string | null | undefined) => terminalText(s ?? '');

  const failed = summary.failed.length ? `, ${summary.failed.length} failed` : '';
  lines.push(c.bold(`Summary of ${summary.stories} ${summary.stories === 1 ? 'story' : 'stories'}`) + c.dim(failed));

  title('Who said what', summary.whoSaidWhat.length, summary.totals.whoSaidWhat, ' rows');
  if (summary.whoSaidWhat.length === 0) none();
  else {
    const rows: Segment[][] = summary.whoSaidWhat.map((r) => [
      { text: text(r.speakerName), style: r.speaker ? c.bold : c.dim },
      { text: r.stance },
      { text: r.about ? text(r.aboutName) : '-', style: r.about ? undefined : c.dim },
      { text: String(r.quotes) },
      { text: String(r.stories.length) },
    ]);
    const header = ['speaker', 'stance', 'about', 'quotes', 'stories'].map((t) => ({ text: t }));
    lines.push(...table(rows, [{ shrink: true, min: 12 }, {}, { shrink: true, min: 10 }, { align: 'right' }, { align: 'right' }], { width, header, headerStyle: c.dim }));
  }

  title('Most mentioned actors', summary.actors.length, summary.totals.actors);
  if (summary.actors.length === 0) none();
  else {
    const rows: Segment[][] = summary.actors.map((a) => [{ text: text(a.name), style: c.bold }, { text: a.kind }, { text: String(a.mentions) }, { text: String(a.stories) }]);
    const header = ['actor', 'kind', 'mentions', 'stories'].map((t) => ({ text: t }));
    lines.push(...table(rows, [{ shrink: true, min: 12 }, {}, { align: 'right' }, { align: 'right' }], { width, header, headerStyle: c.dim }));
  }

  title('Most mentioned weapons', summary.weapons.length, summary.totals.weapons);
  if (summary.weapons.length === 0) none();
  else {
    const rows: Segment[][] = summary.weapons.map((w) => [{ text: text(w.name), style: c.bold.red }, { text: text(w.category) }, { text: String(w.mentions) }, { text: String(w.stories) }]);
    const header = ['weapon', 'category', 'mentions', 'stories'].map((t) => ({ text: t }));
    lines.push(...table(rows, [{ shrink: true, min: 10 }, { shrink: true, min: 8 }, { align: 'right' }, { align: 'right' }], { width, header, headerStyle: c.dim }));
  }

  title('Transfers', summary.transfers.length, summary.totals.transfers);
  if (summary.transfers.length === 0) none();
  else {
    const rows: Segment[][] = summary.transfers.map((t) => [
      { text: text(t.supplierName ?? 'unknown'), style: c.bold },
      { text: '->', style: c.dim },
      { text: text(t.recipientName ?? 'unknown') + ':', style: c.bold },
      { text: text(t.systemName) + quantitySuffix(t.quantity), style: c.red },
      { text: `(${[t.status, t.deal, t.date].filter(Boolean).join(', ')})` },
      { text: text(fileName(t.story)), style: c.dim },
    ]);
    lines.push(...table(rows, [{ min: 6 }, {}, { min: 6 }, { shrink: true, min: 10 }, { shrink: true, min: 10 }, { shrink: true, min: 16 }], { width, gap: 1 }));
  }

  title('Quotes carried by several stories', summary.sharedQuotes.length, summary.totals.sharedQuotes);
  if (summary.sharedQuotes.length === 0) none();
  // Under each set of stories, the quotes they all carry.
  let storySet = '';
  for (const q of summary.sharedQuotes) {
    const set = q.stories.join('\n');
    if (set !== storySet) {
      storySet = set;
      const more = q.stories.length > STORIES_LISTED ? `, and ${q.stories.length - STORIES_LISTED} more` : '';
      const names = q.stories.slice(0, STORIES_LISTED).map((s) => text(fileName(s))).join(', ');
      lines.push(...wrap([{ text: `${q.stories.length} stories: ${names}${more}`, style: c.bold }], width, 4, 2).map((l, i) => (i === 0 ? '  ' + l : l)));
    }
    const by = q.speakers.map((s) => text(s.name)).join(', ');
    const quote: Segment[] = [{ text: by, style: c.dim }, { text: `: "${text(q.text)}"` }];
    lines.push(...wrap(quote, width, 6, 4).map((l, i) => (i === 0 ? '    ' + l : l)));
  }

  if (summary.failed.length) {
    title('Failed', summary.failed.length, summary.failed.length);
    for (const f of summary.failed) lines.push(...wrap([{ text: text(f.path), style: c.bold }, { text: `: ${text(f.error.message)}`, style: c.red }], width, 4, 2).map((l, i) => (i === 0 ? '  ' + l : l)));
  }
  return lines.join('\n') + '\n';
}

/** A story by its file name: the folders are the same for most of a batch (CSV and JSON keep the path). */
function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}
