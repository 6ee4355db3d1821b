/**
 * The terminal reading view (`--format pretty`): the story's headline, byline and reference
 * date, a short actors table, each quote as `speaker (via ...) [stance, date]: "text"`, weapons,
 * and transfers as `supplier -> recipient: system x quantity (status)`. Fits the given width
 * (100 columns by default); colour only when the caller asks for it.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ErrorRecord, ExtractResult, Quote } from '../model/contract.js';
import { table, terminalText, wrap, type Segment, type Style } from './columns.js';
import { indexResult, isErrorRecord, quantitySuffix, quoteDate, type ResultIndex } from './lookup.js';

export interface PrettyOptions {
  /** ANSI colours (the CLI decides: a terminal, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
  /** Columns to fit; 100 by default. */
  width?: number;
}

/** How many actors the short table shows; the rest are counted. */
const ACTOR_ROWS = 15;
const MIN_WIDTH = 40;

export function formatPretty(record: ExtractResult | ErrorRecord, options: PrettyOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 100));
  if (isErrorRecord(record)) {
    return wrap([{ text: terminalText(record.path), style: c.bold }, { text: `: ${terminalText(record.error.message)}`, style: c.red }], width, 2).join('\n') + '\n';
  }
  const view = new PrettyView(record, c, width);
  return view.render();
}

class PrettyView {
  private readonly lines: string[] = [];
  private readonly index: ResultIndex;

  constructor(
    private readonly result: ExtractResult,
    private readonly c: ChalkInstance,
    private readonly width: number,
  ) {
    this.index = indexResult(result);
  }

  render(): string {
    this.header();
    this.actors();
    this.quotes();
    this.weapons();
    this.transfers();
    this.places();
    this.dates();
    this.warnings();
    return this.lines.join('\n') + '\n';
  }

  private header(): void {
    const { document } = this.result;
    const c = this.c;
    const headline = document.headline ? terminalText(document.headline.text) : '(no headline)';
    this.lines.push(...wrap([{ text: headline, style: c.bold }], this.width, 0));
    const facts: string[] = [];
    if (document.byline) facts.push(terminalText(document.byline.text));
    if (document.dateline) facts.push(terminalText(document.dateline.text));
    facts.push(
      document.referenceDate
        ? `reference date ${document.referenceDate}${document.referenceDateSource === 'dateline' ? ' (from the dateline)' : ''}`
        : 'no reference date',
    );
    if (document.path) facts.push(terminalText(document.path));
    this.lines.push(...wrap([{ text: facts.join(' · '), style: c.dim }], this.width, 0));
  }

  private section(title: string, count: number | null, note = ''): void {
    this.lines.push('');
    const counted = count === null ? '' : ` ${count}`;
    this.lines.push(this.c.bold.cyan(title) + this.c.dim(counted + note));
  }

  private none(): void {
    this.lines.push('  ' + this.c.dim('none found'));
  }

  private actors(): void {
    const actors = this.result.actors;
    if (!actors) return;
    const c = this.c;
    // The short table keeps the most mentioned actors, in the order the story introduces them.
    const kept = new Set([...actors].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, ACTOR_ROWS));
    const shown = actors.filter((a) => kept.has(a));
    this.section('Actors', actors.length);
    if (actors.length === 0) return this.none();
    const rows: Segment[][] = shown.map((actor) => {
      const notes = [actor.role, actor.memberOf ? `part of ${this.index.name(actor.memberOf)}` : undefined].filter(Boolean);
      return [
        { text: terminalText(actor.name), style: c.bold },
        { text: actor.kind, style: kindStyle(c)[actor.kind] },
        { text: `${actor.mentions.length}×`, style: c.dim },
        { text: terminalText(notes.join('; ')), style: c.dim },
      ];
    });
    this.lines.push(...table(rows, [{ min: 12 }, {}, { align: 'right' }, { shrink: true, min: 8 }], { width: this.width }));
    if (actors.length > shown.length) {
      this.lines.push('  ' + c.dim(`and ${actors.length - shown.length} more, mentioned less often`));
    }
  }

  private quotes(): void {
    const quotes = this.result.quotes;
    if (!quotes) return;
    this.section('Quotes', quotes.length);
    if (quotes.length === 0) return this.none();
    for (const quote of quotes) this.lines.push(...wrap(this.quoteSegments(quote), this.width, 6, 2).map((l, i) => (i === 0 ? '  ' + l : l)));
  }

  /** `speaker (via ...) [stance, date]: "text"` */
  private quoteSegments(quote: Quote): Segment[] {
    const c = this.c;
    const speaker = quote.speaker
      ? this.index.name(quote.speaker)!
      : quote.speakerMention
        ? `${quote.speakerMention.text} (unresolved)`
        : 'unknown speaker';
    const segments: Segment[] = [{ text: terminalText(speaker), style: quote.speaker ? c.bold : c.dim }];
    if (quote.via.length) segments.push({ text: ` (via ${quote.via.map((id) => terminalText(this.index.name(id) ?? id)).join(', ')})`, style: c.dim });
    const date = quoteDate(quote, this.index);
    segments.push({ text: ' [' }, { text: quote.stance, style: stanceStyle(c, quote.stance) });
    if (date) segments.push({ text: ', ' }, { text: date, style: c.green });
    segments.push({ text: ']:' });
    segments.push({ text: ` "${terminalText(quote.text)}"`, style: quote.kind === 'indirect' ? c.italic : undefined });
    return segments;
  }

  private weapons(): void {
    const weapons = this.result.weapons;
    if (!weapons) return;
    const c = this.c;
    this.section('Weapons', weapons.length);
    if (weapons.length === 0) return this.none();
    const rows: Segment[][] = weapons.map((weapon) => [
      { text: terminalText(weapon.name) + quantitySuffix(weapon.quantity), style: c.bold.red },
      { text: terminalText(weapon.category) },
      { text: weapon.origin ? `from ${terminalText(this.index.name(weapon.origin) ?? weapon.origin)}` : '', style: c.dim },
      { text: `${weapon.mentions.length}×`, style: c.dim },
    ]);
    this.lines.push(...table(rows, [{ min: 10 }, { shrink: true, min: 8 }, { shrink: true, min: 8 }, { align: 'right' }], { width: this.width }));
  }

  private transfers(): void {
    const transfers = this.result.transfers;
    if (!transfers) return;
    const c = this.c;
    this.section('Transfers', transfers.length);
    if (transfers.length === 0) return this.none();
    const party = (id: string | null) => (id ? terminalText(this.index.name(id) ?? id) : 'unknown');
    const rows: Segment[][] = transfers.map((transfer) => {
      const system = transfer.system ? this.index.name(transfer.system)! : (transfer.description ?? 'unnamed arms');
      const details = [transfer.status, transfer.deal, this.index.date(transfer.date)?.value].filter(Boolean).join(', ');
      return [
        { text: party(transfer.supplier), style: c.bold },
        { text: '->', style: c.dim },
        { text: party(transfer.recipient) + ':', style: c.bold },
        { text: terminalText(system) + quantitySuffix(transfer.quantity), style: c.red },
        { text: `(${details})`, style: statusStyle(c, transfer.status) },
      ];
    });
    this.lines.push(...table(rows, [{ min: 8 }, {}, { min: 8 }, { shrink: true, min: 10 }, { shrink: true, min: 10 }], { width: this.width, gap: 1 }));
  }

  private places(): void {
    const places = this.result.places;
    if (!places || places.length === 0) return;
    this.section('Places', places.length);
    const segments: Segment[] = [];
    places.forEach((place, i) => {
      if (i > 0) segments.push({ text: ' · ', style: this.c.dim });
      segments.push({ text: terminalText(place.name) }, { text: ` (${[place.kind, place.country].filter(Boolean).join(', ')})`, style: this.c.dim });
    });
    this.lines.push(...wrap(segments, this.width, 2, 2).map((l, i) => (i === 0 ? '  ' + l : l)));
  }

  private dates(): void {
    const dates = this.result.dates;
    if (!dates) return;
    this.section('Dates', dates.length);
    if (dates.length === 0) return this.none();
    const segments: Segment[] = [];
    dates.forEach((date, i) => {
      if (i > 0) segments.push({ text: ' · ', style: this.c.dim });
      segments.push({ text: terminalText(date.text) }, { text: ` ${date.value}`, style: this.c.green });
    });
    this.lines.push(...wrap(segments, this.width, 2, 2).map((l, i) => (i === 0 ? '  ' + l : l)));
  }

  private warnings(): void {
    const warnings = this.result.warnings;
    if (!warnings || warnings.length === 0) return;
    this.section('Warnings', warnings.length);
    for (const warning of warnings) {
      const at = warning.start !== undefined ? ` (at ${warning.start})` : '';
      const line = wrap([{ text: warning.code + at + ':', style: this.c.yellow }, { text: ' ' + terminalText(warning.message), style: this.c.dim }], this.width, 4, 2);
      this.lines.push(...line.map((l, i) => (i === 0 ? '  ' + l : l)));
    }
  }
}

function kindStyle(c: ChalkInstance): Record<string, Style> {
  return { country: c.blue, person: c.magenta, organization: c.cyan, media: c.yellow, group: c.green };
}

function stanceStyle(c: ChalkInstance, stance: string): Style {
  switch (stance) {
    case 'demand':
    case 'warning':
      return c.red;
    case 'concern':
    case 'criticism':
      return c.yellow;
    case 'support':
    case 'confirmation':
      return c.green;
    case 'denial':
      return c.magenta;
    case 'announcement':
      return c.cyan;
    default:
      return c.dim;
  }
}

function statusStyle(c: ChalkInstance, status: string): Style {
  if (status === 'delivered') return c.green;
  if (status === 'cancelled') return c.strikethrough;
  return c.dim;
}
