/**
 * The HTML report (`--format html`): one self-contained page per story. The story text is shown
 * whole with every actor, place, date, weapon and quote highlighted from its offsets; hovering a
 * highlight shows what was extracted, clicking pins it and marks every mention of the same thing;
 * the tables beside the text list the same values. No network: the style and script are inline
 * and the page's Content-Security-Policy forbids loading anything else.
 */
import type { Actor, DateMention, ErrorRecord, ExtractResult, Place, Quote, Transfer, Weapon } from '../model/contract.js';
import { REPORT_CSP, REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { escapeHtml, nestHighlights, type Highlight } from './html-nest.js';
import { indexResult, isErrorRecord, quantitySuffix, quoteDate, type ResultIndex } from './lookup.js';

export interface HtmlOptions {
  /** The decoded story text the result's offsets point into. Without it the page has only the tables. */
  text?: string | undefined;
}

/** What a highlight shows when hovered or clicked. */
interface Detail {
  kind: HighlightKind;
  subkind?: string;
  label: string;
  title: string;
  /** Show the highlighted words themselves (a mention), not only the extracted value. */
  showText: boolean;
  fields: [string, string][];
}

type HighlightKind = 'quote' | 'transfer' | 'actor' | 'place' | 'weapon' | 'date' | 'cue' | 'speaker';

/** Outer to inner when two spans coincide: a quote holds mentions, a mention holds nothing. */
const RANK: Record<HighlightKind, number> = { quote: 0, transfer: 1, speaker: 2, actor: 3, place: 3, weapon: 3, date: 3, cue: 4 };

const LEGEND: { kind: HighlightKind; label: string; on: boolean }[] = [
  { kind: 'actor', label: 'actors', on: true },
  { kind: 'place', label: 'places', on: true },
  { kind: 'date', label: 'dates', on: true },
  { kind: 'weapon', label: 'weapons', on: true },
  { kind: 'quote', label: 'quotes', on: true },
  { kind: 'transfer', label: 'transfer evidence', on: false },
];

export function formatHtml(record: ExtractResult | ErrorRecord, options: HtmlOptions = {}): string {
  if (isErrorRecord(record)) return errorPage(record);
  return new Report(record, options.text).render();
}

class Report {
  private readonly index: ResultIndex;
  private readonly details: Detail[] = [];
  private readonly highlights: Highlight[] = [];

  constructor(
    private readonly result: ExtractResult,
    private readonly text: string | undefined,
  ) {
    this.index = indexResult(result);
  }

  render(): string {
    const { document } = this.result;
    const headline = document.headline?.text.trim() || document.path || 'Story';
    if (this.text !== undefined) this.collectHighlights();
    const storyHtml =
      this.text === undefined
        ? '<p class="none">The story text was not given, so only the extracted values are shown.</p>'
        : `<article class="story" id="story">${nestHighlights(this.text, this.highlights, escapeHtml)}</article>`;
    const data = { schema: this.result.schema, details: this.details, result: this.result };
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="extract (${escapeHtml(this.result.schema)})">
<title>${escapeHtml(oneLine(headline))} · extract</title>
<style>${REPORT_CSS}</style>
</head>
<body class="hide-transfer">
<header>
<h1>${escapeHtml(oneLine(headline))}</h1>
<p class="meta">${this.meta()}</p>
<nav class="legend" aria-label="Highlights">${LEGEND.map((l) => `<label><input type="checkbox" data-kind="${l.kind}"${l.on ? ' checked' : ''}> <span class="swatch hl-${l.kind}">${l.label}</span></label>`).join('')}</nav>
</header>
<main>
${storyHtml}
<aside>
<section id="inspector" aria-live="polite"><p class="hint">Hover over a highlight to see what was extracted; click it to keep it here and mark every mention of the same thing.</p></section>
${this.quotesTable()}
${this.actorsTable()}
${this.weaponsTable()}
${this.transfersTable()}
${this.datesTable()}
${this.placesTable()}
${this.warningsList()}
</aside>
</main>
<footer>Made by extract from an ${escapeHtml(this.result.schema)} result (embedded below as JSON). Offsets are UTF-16 code units into the decoded text.</footer>
<div id="tip" class="tip" role="tooltip" hidden></div>
<script type="application/json" id="extract-data">${jsonForScript(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
  }

  private meta(): string {
    const { document } = this.result;
    const parts: string[] = [];
    if (document.byline) parts.push(escapeHtml(oneLine(document.byline.text)));
    if (document.dateline) parts.push(escapeHtml(oneLine(document.dateline.text)));
    parts.push(
      document.referenceDate
        ? `reference date <strong>${escapeHtml(document.referenceDate)}</strong>${document.referenceDateSource === 'dateline' ? ' (from the dateline)' : ''}`
        : 'no reference date',
    );
    if (document.path) parts.push(`<code>${escapeHtml(document.path)}</code>`);
    parts.push(`${document.chars} characters`);
    return parts.join(' · ');
  }

  // ---- highlights in the text --------------------------------------------------------------

  private addDetail(detail: Detail): number {
    this.details.push(detail);
    return this.details.length - 1;
  }

  private mark(span: { start: number; end: number }, kind: HighlightKind, detail: number, entity: string, extra: { subkind?: string | undefined; form?: string | undefined; classes?: string[]; title: string }): void {
    const classes = [`hl-${kind}`, ...(extra.subkind ? [`k-${extra.subkind}`] : []), ...(extra.classes ?? [])];
    const attributes = [
      `class="${classes.join(' ')}"`,
      `data-k="${kind}"`,
      `data-h="${detail}"`,
      `data-e="${escapeHtml(entity)}"`,
      ...(extra.form ? [`data-form="${escapeHtml(extra.form)}"`] : []),
      `title="${escapeHtml(extra.title)}"`,
    ];
    this.highlights.push({ start: span.start, end: span.end, rank: RANK[kind], open: `<mark ${attributes.join(' ')}>`, close: '</mark>' });
  }

  private collectHighlights(): void {
    const speakerSpans = new Set((this.result.quotes ?? []).flatMap((q) => (q.speakerMention ? [spanKey(q.speakerMention)] : [])));
    const mentionSpans = new Set<string>();
    for (const actor of this.result.actors ?? []) {
      const detail = this.addDetail(this.actorDetail(actor));
      for (const mention of actor.mentions) {
        mentionSpans.add(spanKey(mention));
        const speaker = speakerSpans.has(spanKey(mention));
        this.mark(mention, 'actor', detail, `a:${actor.id}`, {
          subkind: actor.kind,
          form: mention.form,
          classes: speaker ? ['speaker'] : [],
          title: `${actor.name} (${actor.kind}${mention.form ? `, ${mention.form}` : ''})${speaker ? ', speaker of a quote' : ''}`,
        });
      }
    }
    for (const place of this.result.places ?? []) {
      const detail = this.addDetail(this.placeDetail(place));
      for (const mention of place.mentions) {
        this.mark(mention, 'place', detail, `p:${place.id}`, { form: mention.form, title: `${place.name} (${place.kind})` });
      }
    }
    for (const weapon of this.result.weapons ?? []) {
      const detail = this.addDetail(this.weaponDetail(weapon));
      for (const mention of weapon.mentions) {
        this.mark(mention, 'weapon', detail, `w:${weapon.id}`, { title: `${weapon.name} (${weapon.category})` });
      }
    }
    for (const date of this.result.dates ?? []) {
      const detail = this.addDetail(this.dateDetail(date));
      this.mark(date, 'date', detail, `d:${date.id}`, { title: `${date.type} ${date.value}` });
    }
    for (const quote of this.result.quotes ?? []) {
      const detail = this.addDetail(this.quoteDetail(quote));
      const speaker = this.speakerName(quote);
      this.mark(quote, 'quote', detail, `q:${quote.id}`, { title: `${quote.kind} quote by ${speaker} [${quote.stance}]` });
      if (quote.cue) this.mark(quote.cue, 'cue', detail, `q:${quote.id}`, { title: `cue of a quote by ${speaker}` });
      // A speaker named by words that are no actor mention (unresolved) still gets its highlight.
      if (quote.speakerMention && !mentionSpans.has(spanKey(quote.speakerMention))) {
        mentionSpans.add(spanKey(quote.speakerMention));
        this.mark(quote.speakerMention, 'speaker', detail, `q:${quote.id}`, { title: `speaker: ${speaker}` });
      }
    }
    for (const transfer of this.result.transfers ?? []) {
      const detail = this.addDetail(this.transferDetail(transfer));
      this.mark(transfer.evidence, 'transfer', detail, `t:${transfer.id}`, { title: this.transferLine(transfer) });
    }
  }

  private actorDetail(actor: Actor): Detail {
    const quotes = (this.result.quotes ?? []).filter((q) => q.speaker === actor.id).length;
    return {
      kind: 'actor',
      subkind: actor.kind,
      label: actor.kind,
      title: actor.name,
      showText: true,
      fields: compact([
        ['canonical name', actor.name],
        ['id', actor.id],
        ['role', actor.role],
        ['member of', actor.memberOf ? this.index.name(actor.memberOf) : null],
        ['also called', actor.aliases.join(', ')],
        ['mentions', String(actor.mentions.length)],
        ['quotes', quotes ? String(quotes) : null],
      ]),
    };
  }

  private placeDetail(place: Place): Detail {
    return { kind: 'place', label: 'place', title: place.name, showText: true, fields: compact([['kind', place.kind], ['country', place.country], ['id', place.id]]) };
  }

  private weaponDetail(weapon: Weapon): Detail {
    return {
      kind: 'weapon',
      label: 'weapon',
      title: weapon.name,
      showText: true,
      fields: compact([
        ['category', weapon.category],
        ['origin', weapon.origin ? this.index.name(weapon.origin) : null],
        ['quantity', weapon.quantity === null ? null : String(weapon.quantity)],
        ['id', weapon.id],
      ]),
    };
  }

  private dateDetail(date: DateMention): Detail {
    return { kind: 'date', label: 'date', title: date.value, showText: true, fields: [['value', date.value], ['type', date.type], ['id', date.id]] };
  }

  private quoteDetail(quote: Quote): Detail {
    const date = this.index.date(quote.date);
    return {
      kind: 'quote',
      label: `${quote.kind} quote`,
      title: this.speakerName(quote),
      showText: false,
      fields: compact([
        ['speaker', this.speakerName(quote)],
        ['named as', quote.speakerMention?.text],
        ['cue', quote.cue?.text],
        ['stance', quote.stance],
        ['date', date ? `${date.value} (“${date.text}”)` : null],
        ['via', quote.via.map((id) => this.index.name(id)).join(', ')],
        ['about', quote.about.map((id) => this.index.name(id)).join(', ')],
        ['id', quote.id],
      ]),
    };
  }

  private transferDetail(transfer: Transfer): Detail {
    return {
      kind: 'transfer',
      label: 'transfer',
      title: this.transferLine(transfer),
      showText: false,
      fields: compact([
        ['supplier', this.index.name(transfer.supplier)],
        ['recipient', this.index.name(transfer.recipient)],
        ['system', this.systemName(transfer)],
        ['quantity', transfer.quantity === null ? null : String(transfer.quantity)],
        ['status', transfer.status],
        ['deal', transfer.deal],
        ['date', this.index.date(transfer.date)?.value],
        ['id', transfer.id],
      ]),
    };
  }

  private speakerName(quote: Quote): string {
    if (quote.speaker) return this.index.name(quote.speaker)!;
    return quote.speakerMention ? `${quote.speakerMention.text} (unresolved)` : 'unknown speaker';
  }

  private systemName(transfer: Transfer): string {
    return transfer.system ? this.index.name(transfer.system)! : (transfer.description ?? 'unnamed arms');
  }

  private transferLine(transfer: Transfer): string {
    const party = (id: string | null) => this.index.name(id) ?? 'unknown';
    return `${party(transfer.supplier)} -> ${party(transfer.recipient)}: ${this.systemName(transfer)}${quantitySuffix(transfer.quantity)} (${transfer.status})`;
  }

  // ---- tables beside the text ----------------------------------------------------------------

  private quotesTable(): string {
    const quotes = this.result.quotes;
    if (!quotes) return '';
    return section(
      'Quotes',
      quotes.length,
      ['speaker', 'stance', 'date', 'text'],
      quotes.map((q) => ({
        entity: `q:${q.id}`,
        cells: [
          `<span class="speaker">${escapeHtml(this.speakerName(q))}</span>${q.via.length ? `<br><small>via ${escapeHtml(q.via.map((id) => this.index.name(id)).join(', '))}</small>` : ''}`,
          escapeHtml(q.stance),
          escapeHtml(quoteDate(q, this.index) ?? ''),
          escapeHtml(excerpt(q.text, 160)),
        ],
      })),
    );
  }

  private actorsTable(): string {
    const actors = this.result.actors;
    if (!actors) return '';
    return section(
      'Actors',
      actors.length,
      ['name', 'kind', 'mentions', 'role'],
      actors.map((a) => ({
        entity: `a:${a.id}`,
        cells: [
          `<span class="swatch hl-actor k-${escapeHtml(a.kind)}">${escapeHtml(a.name)}</span>`,
          escapeHtml(a.kind),
          a.mentions.length,
          escapeHtml([a.role, a.memberOf ? `part of ${this.index.name(a.memberOf)}` : ''].filter(Boolean).join('; ')),
        ],
      })),
    );
  }

  private weaponsTable(): string {
    const weapons = this.result.weapons;
    if (!weapons) return '';
    return section(
      'Weapons',
      weapons.length,
      ['system', 'category', 'origin', 'quantity'],
      weapons.map((w) => ({
        entity: `w:${w.id}`,
        cells: [
          `<span class="swatch hl-weapon">${escapeHtml(w.name)}</span>`,
          escapeHtml(w.category),
          escapeHtml(w.origin ? (this.index.name(w.origin) ?? '') : ''),
          w.quantity ?? '',
        ],
      })),
    );
  }

  private transfersTable(): string {
    const transfers = this.result.transfers;
    if (!transfers) return '';
    return section(
      'Transfers',
      transfers.length,
      ['supplier -> recipient', 'system', 'status'],
      transfers.map((t) => ({
        entity: `t:${t.id}`,
        cells: [
          `${escapeHtml(this.index.name(t.supplier) ?? 'unknown')} -&gt; ${escapeHtml(this.index.name(t.recipient) ?? 'unknown')}`,
          escapeHtml(this.systemName(t) + quantitySuffix(t.quantity)),
          escapeHtml([t.status, t.deal, this.index.date(t.date)?.value].filter(Boolean).join(', ')),
        ],
      })),
    );
  }

  private datesTable(): string {
    const dates = this.result.dates;
    if (!dates) return '';
    return section(
      'Dates',
      dates.length,
      ['text', 'value', 'type'],
      dates.map((d) => ({ entity: `d:${d.id}`, cells: [escapeHtml(d.text), `<strong>${escapeHtml(d.value)}</strong>`, escapeHtml(d.type)] })),
    );
  }

  private placesTable(): string {
    const places = this.result.places;
    if (!places) return '';
    return section(
      'Places',
      places.length,
      ['name', 'kind', 'country'],
      places.map((p) => ({ entity: `p:${p.id}`, cells: [escapeHtml(p.name), escapeHtml(p.kind), escapeHtml(p.country ?? '')] })),
    );
  }

  private warningsList(): string {
    const warnings = this.result.warnings ?? [];
    if (warnings.length === 0) return '';
    const items = warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}${w.start !== undefined ? ` (at ${w.start})` : ''}</li>`);
    return `<section><h2>Warnings (${warnings.length})</h2><ul>${items.join('')}</ul></section>`;
  }
}

interface Row {
  entity: string;
  /** Cells as HTML, already escaped, or numbers (aligned right). */
  cells: (string | number)[];
}

function section(title: string, count: number, headings: string[], rows: Row[]): string {
  const body =
    rows.length === 0
      ? '<p class="none">none found</p>'
      : `<table><thead><tr>${headings.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr data-e="${escapeHtml(r.entity)}" tabindex="0">${r.cells.map((c) => (typeof c === 'number' ? `<td class="num">${c}</td>` : `<td>${c}</td>`)).join('')}</tr>`)
          .join('')}</tbody></table>`;
  return `<section><h2>${escapeHtml(title)} (${count})</h2>${body}</section>`;
}

function compact(fields: [string, string | null | undefined][]): [string, string][] {
  return fields.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '');
}

function spanKey(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function excerpt(text: string, max: number): string {
  const line = oneLine(text);
  return line.length <= max ? line : line.slice(0, max - 1) + '…';
}

/** JSON inside <script>: no sequence in it can end the element or start a comment. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function errorPage(record: ErrorRecord): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>${escapeHtml(record.path)} · extract</title>
</head>
<body>
<h1>${escapeHtml(record.path)}</h1>
<p>This story could not be read: ${escapeHtml(record.error.message)} (<code>${escapeHtml(record.error.code)}</code>).</p>
</body>
</html>
`;
}
