/**
 * Story layout: headline (a first line standing alone), byline (a short line of names such as
 * `N1` or `By Jane Doe`) and dateline (a date line of its own, or a wire dateline opening the
 * first paragraph). Everything after them is body.
 */
import type { Layout, ParagraphRole, Span } from '../model/document.js';
import { actorLexicon } from '../lexicon/actors.js';
import { tokenize } from '../nlp/tokens.js';
import { matchLeadingDate, matchStandaloneDate, matchWireDateline } from './dateline.js';

const MAX_HEADLINE_CHARS = 250;
const MAX_BYLINE_CHARS = 60;
const BYLINE = /^(?:(?:[Ww]ritten\s+|[Rr]eported\s+)?[Bb]y\s+\S.*|[\p{Lu}\d][\p{L}\d.&'’-]*(?:,?\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*|and|with|of|the|de|van|von|&|\/)){0,6})$/u;

/** A place name in capitals standing alone: "NEW DELHI", "ST. PETERSBURG". */
const PLACE_LINE = /^\p{Lu}[\p{Lu}\s.,'’-]{2,40}$/u;

export interface LayoutResult {
  layout: Layout;
  roles: ParagraphRole[];
  /** The paragraphs after layout: a wire dateline is cut off the front of the first body paragraph. */
  paragraphs: Span[];
  datelineDate: string | null;
  datelinePartial: boolean;
}

export function findLayout(text: string, paragraphs: Span[]): LayoutResult {
  const roles: ParagraphRole[] = paragraphs.map(() => 'body');
  const out = paragraphs.map((p) => ({ ...p }));
  const layout: Layout = { headline: null, byline: null, dateline: null, bodyStart: 0 };
  let datelineDate: string | null = null;
  let datelinePartial = false;
  let next = 0;

  const single = (p: Span): string | null => {
    const s = text.slice(p.start, p.end);
    return /[\r\n]/.test(s) ? null : s;
  };

  const first = out[0];
  if (first && out.length > 1) {
    const line = single(first);
    // A headline ends in no punctuation, but may end in an abbreviation ("... from U.S.").
    const end = line?.replace(/(?:\b\p{Lu}\.){2,}$/u, '') ?? null;
    if (line !== null && end !== null && line.length <= MAX_HEADLINE_CHARS && !/[.,;:]$/.test(end) && !matchStandaloneDate(line)) {
      layout.headline = { ...first };
      roles[0] = 'headline';
      next = 1;
    }
  }
  // Byline and a date line may come in either order after the headline.
  for (let tries = 0; tries < 3 && next < out.length - 1; tries++) {
    const p = out[next]!;
    const line = single(p);
    if (line === null) break;
    const date = !layout.dateline ? matchStandaloneDate(line) : null;
    if (date) {
      layout.dateline = { ...p };
      roles[next] = 'dateline';
      datelineDate = date.date;
      next++;
    } else if (!layout.dateline && PLACE_LINE.test(line) && (layout.byline || namesPlace(line))) {
      // A place in capitals on a line of its own ("NEW DELHI"): a dateline with no date. Before any
      // byline only a place the lexicon knows counts: "REUTERS" on its own line is a byline.
      layout.dateline = { ...p };
      roles[next] = 'dateline';
      next++;
    } else if (layout.byline && roles[next - 1] === 'byline' && isBylineTitle(line)) {
      // "By Gabriel Dominguez" over "Staff writer": the writer's title on a line of its own, part of
      // the byline's block but not of the names.
      roles[next] = 'byline';
      next++;
    } else if (!layout.byline && isByline(line)) {
      // "Written by Thandi Mokoena - Tuesday, 12 November 2024": a byline and its date line in one.
      const dash = line.lastIndexOf(' - ');
      const dated = dash > 0 && !layout.dateline ? matchStandaloneDate(line.slice(dash + 3)) : null;
      if (dated) {
        layout.byline = { start: p.start, end: p.start + dash };
        layout.dateline = { start: p.start + dash + 3, end: p.end };
        datelineDate = dated.date;
      } else layout.byline = { ...p };
      roles[next] = 'byline';
      next++;
    } else break;
  }
  const body = out[next];
  if (body && !layout.dateline) {
    const wire = matchWireDateline(text, body.start, body.end) ?? matchLeadingDate(text, body.start, body.end);
    // "NEW DELHI:" stands only where the lexicon knows the place ("NOTE:" is no dateline).
    // ("Dar es Salaam." is looked up as written, "KAMPALA" in title case.)
    const known = !wire?.place || namesPlace(wire.place) || namesPlace(wire.place.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()));
    if (wire && known && wire.span.end < body.end) {
      layout.dateline = wire.span;
      datelineDate = wire.date;
      datelinePartial = wire.partial;
      body.start = skipSpace(text, wire.span.end, body.end);
    }
  }
  layout.bodyStart = body ? body.start : text.length;
  return { layout, roles, paragraphs: out, datelineDate, datelinePartial };
}

/** "By Jane Doe", "Reuters", or a press release's source: "Ministry of Defence of the Republic of Latvia | Press release". */
function isByline(line: string): boolean {
  if (line.length <= MAX_BYLINE_CHARS && BYLINE.test(line)) return true;
  // "Embraer press release": a company's or a ministry's release.
  if (line.length <= MAX_BYLINE_CHARS && /^\p{Lu}[\p{L}\s&'’.-]*\s(?:press|news) release$/iu.test(line)) return true;
  const [source, kind, ...rest] = line.split(' | ');
  return rest.length === 0 && kind !== undefined && /^(?:press release|news release|statement)$/i.test(kind) && source!.length <= MAX_BYLINE_CHARS && /^\p{Lu}[\p{L}\s'’-]+$/u.test(source!);
}

/** Words of a writer's title under a byline ("Staff writer", "Defense News correspondent"). */
const MAX_TITLE_WORDS = 5;

/** A title line under a byline: a few words, with a lower-case one, and no sentence's end. */
function isBylineTitle(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return line.length <= MAX_BYLINE_CHARS && words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(line) && words.some((w) => /^\p{Ll}/u.test(w)) &&
    /^[\p{L}\s,&'’.-]+$/u.test(line) && !/[.!?:;,]$/.test(line.trim());
}

/** The whole line is a country, capital or place of the actor lexicon. */
function namesPlace(line: string): boolean {
  const tokens = tokenize(line, { start: 0, end: line.length }, 0);
  const hit = actorLexicon().gazetteer.longestAt(tokens, 0);
  return hit?.last === tokens.length - 1 && hit.payloads.some((p) => p.entry.kind === 'country' || p.entry.kind === 'place' || p.form === 'capital');
}

function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i]!)) i++;
  return i;
}
