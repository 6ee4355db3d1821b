/**
 * Quotation spans. Curly and straight double quotes, guillemets and low-9 quotes open and close
 * top-level quotations; single quotes open nested ones (and top-level ones at word boundaries).
 * A quotation open at the end of a paragraph continues when the next paragraph opens with a
 * quotation mark (the multi-paragraph convention); otherwise it ends with its paragraph and the
 * document gets an `unclosed-quote` warning.
 */
import type { Warning } from '../model/contract.js';
import type { Quotation, Span } from '../model/document.js';
import { isSpace, trimSpan } from '../model/spans.js';

type Family = 'double' | 'single';

interface OpenMark {
  family: Family;
  open: Span;
  paragraphs: number[];
  /** The closing marks that fit this opening one. */
  closers: string;
}

const DOUBLE_OPENERS: Record<string, string> = { '“': '”"', '„': '“”"', '«': '»', '"': '"”' };
const SINGLE_OPENERS: Record<string, string> = { '‘': '’\'', "'": '\'’', '‹': '›' };
const DOUBLE_CLOSERS = new Set(['”', '»', '"', '“']);
/** Every character the openers and closers above use. */
const MARKS = /["'“”„«»‘’‹›]/g;

export interface QuotationResult {
  quotations: Quotation[];
  warnings: Warning[];
}

export function findQuotations(text: string, paragraphs: Span[]): QuotationResult {
  const quotations: Omit<Quotation, 'index'>[] = [];
  const warnings: Warning[] = [];
  const stack: OpenMark[] = [];

  const finish = (mark: OpenMark, close: Span | null, end: number): void => {
    const inner = trimSpan(text, { start: mark.open.end, end: close ? close.start : end });
    if (inner.end <= inner.start) return;
    quotations.push({
      start: mark.open.start,
      end: close ? close.end : inner.end,
      open: mark.open,
      close,
      inner,
      depth: stack.length,
      paragraphs: mark.paragraphs,
    });
  };

  paragraphs.forEach((paragraph, index) => {
    for (const mark of stack) if (!mark.paragraphs.includes(index)) mark.paragraphs.push(index);
    // Only quotation marks matter: jump from one to the next.
    MARKS.lastIndex = paragraph.start;
    for (let m = MARKS.exec(text); m && m.index < paragraph.end; m = MARKS.exec(text)) {
      const i = m.index;
      const ch = m[0];
      const top = stack[stack.length - 1];
      // A reopening mark at the start of a continued paragraph belongs to the open quotation.
      if (i === paragraph.start && top?.family === 'double' && ch in DOUBLE_OPENERS && top.paragraphs.length > 1) continue;
      if (top && top.closers.includes(ch) && isClosing(text, i, paragraph, top.family)) {
        stack.pop();
        finish(top, { start: i, end: i + 1 }, i);
        continue;
      }
      if (ch in DOUBLE_OPENERS && isOpening(text, i, paragraph) && !stack.some((m) => m.family === 'double')) {
        stack.push({ family: 'double', open: { start: i, end: i + 1 }, paragraphs: [index], closers: DOUBLE_OPENERS[ch]! });
      } else if (ch in SINGLE_OPENERS && isOpening(text, i, paragraph) && isWordNext(text, i + 1)) {
        stack.push({ family: 'single', open: { start: i, end: i + 1 }, paragraphs: [index], closers: SINGLE_OPENERS[ch]! });
      } else if (DOUBLE_CLOSERS.has(ch) && top?.family === 'single' && stack.some((m) => m.family === 'double')) {
        // A double closer while a single is open: the single was an apostrophe; drop it and close the double.
        stack.pop();
        const outer = stack.pop()!;
        finish(outer, { start: i, end: i + 1 }, i);
      }
    }
    // Single quotes never run over a paragraph break: an unmatched one was an apostrophe.
    while (stack.length && stack[stack.length - 1]!.family === 'single') stack.pop();
    const open = stack[0];
    if (!open) return;
    const next = paragraphs[index + 1];
    if (next && startsWithDoubleOpener(text, next)) return;
    stack.length = 0;
    finish(open, null, paragraph.end);
    warnings.push({
      code: 'unclosed-quote',
      message: 'quotation mark never closed; the quotation ends with its paragraph',
      start: open.open.start,
      end: open.open.end,
    });
  });

  quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotations: quotations.map((q, index) => ({ ...q, index })), warnings };
}

function startsWithDoubleOpener(text: string, paragraph: Span): boolean {
  return text[paragraph.start]! in DOUBLE_OPENERS;
}

function isWordNext(text: string, at: number): boolean {
  return at < text.length && /[\p{L}\p{N}“"]/u.test(text[at]!);
}

/** An opening mark follows the paragraph start, white space, an opening bracket or dash, or another mark. */
function isOpening(text: string, i: number, paragraph: Span): boolean {
  if (i + 1 >= paragraph.end || isSpace(text.charCodeAt(i + 1))) return false;
  if (i === paragraph.start) return true;
  const before = text[i - 1]!;
  return isSpace(text.charCodeAt(i - 1)) || /[([{\-–—/:“‘"'«„]/.test(before);
}

/** A closing mark follows a non-space and is followed by white space, punctuation or the paragraph end. */
function isClosing(text: string, i: number, paragraph: Span, family: Family): boolean {
  if (i === paragraph.start || isSpace(text.charCodeAt(i - 1))) {
    // A curly closer after a space is still a closer ("text ”"); a straight one is an opener.
    return text[i] === '”' || text[i] === '»';
  }
  if (i + 1 >= paragraph.end) return true;
  const after = text[i + 1]!;
  if (family === 'single' && /\p{L}/u.test(after)) return false; // an apostrophe inside a word
  return !/[\p{L}\p{N}]/u.test(after) || family === 'double';
}
