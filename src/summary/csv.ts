/**
 * One table of the batch summary as CSV (RFC 4180: CRLF line ends, fields quoted when needed),
 * for a spreadsheet. Story text starting with = + - @ is prefixed with an apostrophe so that a
 * spreadsheet shows it instead of evaluating it as a formula.
 */
import type { Summary } from './aggregate.js';
import type { SummaryTable } from './options.js';

type Cell = string | number | null;

export function formatSummaryCsv(summary: Summary, tableName: SummaryTable): string {
  const { header, rows } = TABLES[tableName](summary);
  return [header, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
}

const TABLES: Record<SummaryTable, (s: Summary) => { header: string[]; rows: Cell[][] }> = {
  'who-said-what': (s) => ({
    header: ['speaker', 'speaker_id', 'stance', 'about', 'about_id', 'quotes', 'stories', 'story_paths'],
    rows: s.whoSaidWhat.map((r) => [r.speakerName, r.speaker, r.stance, r.aboutName, r.about, r.quotes, r.stories.length, r.stories.join('; ')]),
  }),
  actors: (s) => ({
    header: ['actor', 'actor_id', 'kind', 'mentions', 'stories'],
    rows: s.actors.map((a) => [a.name, a.id, a.kind, a.mentions, a.stories]),
  }),
  weapons: (s) => ({
    header: ['weapon', 'weapon_id', 'category', 'mentions', 'stories'],
    rows: s.weapons.map((w) => [w.name, w.id, w.category, w.mentions, w.stories]),
  }),
  transfers: (s) => ({
    header: ['story', 'supplier', 'supplier_id', 'recipient', 'recipient_id', 'system', 'system_id', 'quantity', 'status', 'deal', 'date', 'evidence'],
    rows: s.transfers.map((t) => [t.story, t.supplierName, t.supplier, t.recipientName, t.recipient, t.systemName, t.system, t.quantity, t.status, t.deal, t.date, t.evidence]),
  }),
  'shared-quotes': (s) => ({
    header: ['quote', 'speakers', 'stories', 'story_paths'],
    rows: s.sharedQuotes.map((q) => [q.text, q.speakers.map((x) => x.name).join('; '), q.stories.length, q.stories.join('; ')]),
  }),
};

function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
