/**
 * Paragraphs from lines. Blank lines always separate paragraphs. Within a block of lines,
 * a newline is a paragraph break unless the text is hard-wrapped (wire style: lines of about
 * 70 characters, a new paragraph marked by an indent), where it is a soft wrap inside a paragraph.
 */
import type { Span } from '../model/document.js';
import { trimSpan } from '../model/spans.js';
import type { Line } from './lines.js';

/** A line this much shorter than the wrap width, ending a sentence, ends its paragraph. */
const SHORT_LINE_RATIO = 0.6;
/** Hard-wrapped text has no line (followed by another) longer than this. */
const MAX_WRAP_WIDTH = 100;
const MIN_INDENT = 2;
/** Lines wrapped narrower than this are more likely short lines of their own (headline, dateline). */
const MIN_WRAP_WIDTH = 45;

export function findParagraphs(text: string, lines: Line[]): Span[] {
  const wrapWidth = hardWrapWidth(lines);
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.blank) {
      if (current) paragraphs.push(current);
      current = null;
      previous = null;
      continue;
    }
    if (current && previous && continuesParagraph(text, previous, line, wrapWidth)) {
      current.end = line.end;
    } else {
      if (current) paragraphs.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}

function continuesParagraph(text: string, previous: Line, line: Line, wrapWidth: number | null): boolean {
  if (wrapWidth === null) return false;
  if (line.indent >= MIN_INDENT) return false;
  if (isTableRow(text, previous) || isTableRow(text, line)) return false;
  const width = previous.end - previous.start;
  if (width < wrapWidth * SHORT_LINE_RATIO && endsSentence(text, previous)) return false;
  return true;
}

/** A row of a table: columns separated by runs of spaces. Each row stays a paragraph of its own. */
function isTableRow(text: string, line: Line): boolean {
  return /\S {3,}\S/.test(text.slice(line.contentStart, line.end));
}

function endsSentence(text: string, line: Line): boolean {
  const last = text.slice(Math.max(line.start, line.end - 3), line.end).trimEnd();
  return /[.!?:"'”’)]$/.test(last);
}

/**
 * The wrap width when the text looks hard-wrapped, else null. Looks at lines that are followed
 * by another non-blank line: in wrapped text most of them are nearly as long as the longest.
 */
export function hardWrapWidth(lines: Line[]): number | null {
  const widths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!line.blank && !next.blank && line.indent < MIN_INDENT && next.indent < MIN_INDENT) widths.push(line.end - line.start);
  }
  if (widths.length < 2) return null;
  let width = 0;
  for (const w of widths) if (w > width) width = w;
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return null;
  const full = widths.filter((w) => w >= width * 0.75).length;
  return full / widths.length >= 0.6 ? width : null;
}
