/**
 * The batch summary: results are added one story at a time and only the tallies are kept, so a
 * folder of any size is summarised in one pass with little memory. Across stories an actor or
 * weapon is the same when its id is (ids are canonical names: `united-states`, `mig-29`).
 */
import type { ExtractResult, Quote } from '../model/contract.js';
import { indexResult } from '../6-emit/lookup.js';

export const SUMMARY_SCHEMA = 'extract-summary/1' as const;

/** One line of the who-said-what table: a speaker's quotes of one stance about one actor. */
export interface WhoSaidWhatRow {
  speaker: string | null;
  speakerName: string;
  stance: string;
  /** The actor the quotes are about; null for quotes about no known actor. */
  about: string | null;
  aboutName: string;
  quotes: number;
  stories: string[];
}

export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  mentions: number;
  stories: number;
}

export interface WeaponRow {
  id: string;
  name: string;
  category: string;
  mentions: number;
  stories: number;
}

export interface TransferRow {
  story: string;
  supplier: string | null;
  supplierName: string | null;
  recipient: string | null;
  recipientName: string | null;
  system: string | null;
  systemName: string;
  quantity: number | null;
  status: string;
  deal: string | null;
  /** The date's value, not its id. */
  date: string | null;
  evidence: string;
}

/** The same words quoted in several stories. */
export interface SharedQuoteRow {
  text: string;
  speakers: { id: string | null; name: string }[];
  stories: string[];
}

export interface Summary {
  schema: typeof SUMMARY_SCHEMA;
  stories: number;
  failed: { path: string; error: { code: string; message: string } }[];
  /** Rows before any `top` cut. */
  totals: { whoSaidWhat: number; actors: number; weapons: number; transfers: number; sharedQuotes: number };
  whoSaidWhat: WhoSaidWhatRow[];
  actors: ActorRow[];
  weapons: WeaponRow[];
  transfers: TransferRow[];
  sharedQuotes: SharedQuoteRow[];
}

interface Tally {
  name: string;
  kind: string;
  mentions: number;
  stories: number;
}

/** Quotes of fewer words than this are too common to say that stories share them. */
const SHARED_QUOTE_MIN_WORDS = 4;

export class BatchSummary {
  private stories = 0;
  private readonly failed: Summary['failed'] = [];
  private readonly said = new Map<string, WhoSaidWhatRow & { storySet: Set<string> }>();
  private readonly actors = new Map<string, Tally>();
  private readonly weapons = new Map<string, Tally>();
  private readonly transfers: TransferRow[] = [];
  private readonly quotes = new Map<string, { text: string; speakers: Map<string, string>; stories: Set<string> }>();

  add(result: ExtractResult, story = result.document.path ?? '<stdin>'): void {
    this.stories++;
    const index = indexResult(result);
    const actorName = (id: string | null) => (id ? (index.name(id) ?? id) : null);

    for (const actor of result.actors ?? []) tally(this.actors, actor.id, actor.name, actor.kind, actor.mentions.length);
    for (const weapon of result.weapons ?? []) tally(this.weapons, weapon.id, weapon.name, weapon.category, weapon.mentions.length);

    const quotes = result.quotes ?? [];
    const speakerName = (quote: Quote) =>
      actorName(quote.speaker) ?? (quote.speakerMention ? `${quote.speakerMention.text.replace(/\s+/g, ' ')} (unresolved)` : 'unknown speaker');
    // An unresolved speaker is known only by its words, in any case ("The company", "the company").
    const speakerKey = (quote: Quote) => quote.speaker ?? `~${speakerName(quote).toLowerCase()}`;
    for (const quote of statements(quotes)) {
      const abouts = quote.about.length ? [...new Set(quote.about)] : [null];
      for (const about of abouts) {
        const key = JSON.stringify([speakerKey(quote), quote.stance, about]);
        let row = this.said.get(key);
        if (!row) {
          row = { speaker: quote.speaker, speakerName: speakerName(quote), stance: quote.stance, about, aboutName: actorName(about) ?? '', quotes: 0, stories: [], storySet: new Set() };
          this.said.set(key, row);
        }
        row.quotes++;
        if (!row.storySet.has(story)) {
          row.storySet.add(story);
          row.stories.push(story);
        }
      }
    }

    // Every quote counts here, nested ones too: the inner words of a mixed quote are what
    // other outlets are most likely to carry unchanged.
    for (const quote of quotes) {
      const key = quoteKey(quote.text);
      if (key.split(' ').length < SHARED_QUOTE_MIN_WORDS) continue;
      let entry = this.quotes.get(key);
      if (!entry) {
        entry = { text: quote.text.replace(/\s+/g, ' ').trim(), speakers: new Map(), stories: new Set() };
        this.quotes.set(key, entry);
      }
      entry.speakers.set(speakerKey(quote), speakerName(quote));
      entry.stories.add(story);
    }

    for (const transfer of result.transfers ?? []) {
      this.transfers.push({
        story,
        supplier: transfer.supplier,
        supplierName: actorName(transfer.supplier),
        recipient: transfer.recipient,
        recipientName: actorName(transfer.recipient),
        system: transfer.system,
        systemName: transfer.system ? (index.name(transfer.system) ?? transfer.system) : (transfer.description ?? 'unnamed arms'),
        quantity: transfer.quantity,
        status: transfer.status,
        deal: transfer.deal,
        date: index.date(transfer.date)?.value ?? null,
        evidence: transfer.evidence.text.replace(/\s+/g, ' ').trim(),
      });
    }
  }

  fail(path: string, error: { code: string; message: string }): void {
    this.failed.push({ path, error });
  }

  /** The tables, each cut to `top` rows (all transfers are always kept). */
  summary(top = Infinity): Summary {
    const cut = <T>(rows: T[]) => (Number.isFinite(top) && top > 0 ? rows.slice(0, top) : rows);
    const whoSaidWhat = [...this.said.values()]
      .sort((a, b) => b.quotes - a.quotes || b.stories.length - a.stories.length || compare(a.speakerName, b.speakerName) || compare(a.stance, b.stance) || compare(a.aboutName, b.aboutName))
      .map(({ storySet: _storySet, ...row }) => row);
    const ranked = (map: Map<string, Tally>) =>
      [...map.entries()].sort(([ia, a], [ib, b]) => b.mentions - a.mentions || b.stories - a.stories || compare(a.name, b.name) || compare(ia, ib));
    const actors = ranked(this.actors).map(([id, t]) => ({ id, name: t.name, kind: t.kind, mentions: t.mentions, stories: t.stories }));
    const weapons = ranked(this.weapons).map(([id, t]) => ({ id, name: t.name, category: t.kind, mentions: t.mentions, stories: t.stories }));
    const sharedQuotes = this.sharedQuotes();
    return {
      schema: SUMMARY_SCHEMA,
      stories: this.stories,
      failed: this.failed,
      totals: { whoSaidWhat: whoSaidWhat.length, actors: actors.length, weapons: weapons.length, transfers: this.transfers.length, sharedQuotes: sharedQuotes.length },
      whoSaidWhat: cut(whoSaidWhat),
      actors: cut(actors),
      weapons: cut(weapons),
      transfers: this.transfers,
      sharedQuotes: cut(sharedQuotes),
    };
  }

  private sharedQuotes(): SharedQuoteRow[] {
    const groups = [...this.quotes.entries()].filter(([, q]) => q.stories.size > 1);
    // A quote nested in a longer one carried by the very same stories adds nothing: keep the longer.
    const storyKey = (stories: Set<string>) => [...stories].sort().join('\n');
    const byStories = new Map<string, string[]>();
    for (const [key, q] of groups) {
      const k = storyKey(q.stories);
      byStories.set(k, [...(byStories.get(k) ?? []), key]);
    }
    return groups
      .filter(([key, q]) => !byStories.get(storyKey(q.stories))!.some((other) => other !== key && other.length > key.length && other.includes(key)))
      // Quotes carried by the same stories come together.
      .sort(([ka, a], [kb, b]) => b.stories.size - a.stories.size || compare(storyKey(a.stories), storyKey(b.stories)) || compare(ka, kb))
      .map(([, q]) => ({
        text: q.text,
        speakers: [...q.speakers.entries()].map(([key, name]) => ({ id: key.startsWith('~') ? null : key, name })),
        stories: [...q.stories],
      }));
  }
}

/** Code-point order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tally(map: Map<string, Tally>, id: string, name: string, kind: string, mentions: number): void {
  const entry = map.get(id);
  if (entry) {
    entry.mentions += mentions;
    entry.stories++;
  } else {
    map.set(id, { name, kind, mentions, stories: 1 });
  }
}

/**
 * The quotes that are statements of their own. A quote inside a longer quote of the same speaker
 * (the quoted words of a mixed quote, which the contract lists as well) is the same statement
 * and is not counted twice.
 */
export function statements(quotes: readonly Quote[]): Quote[] {
  return quotes.filter(
    (q) => !quotes.some((p) => p !== q && p.speaker === q.speaker && p.start <= q.start && q.end <= p.end && p.end - p.start > q.end - q.start),
  );
}

/** Identical modulo case, spacing, quotation-mark style and closing punctuation. */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s'.,;:]+|[\s'.,;:]+$/g, '');
}
