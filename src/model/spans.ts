/** Small helpers for offset spans. */
import type { TextSpan } from './contract.js';
import type { Span } from './document.js';

export function textSpan(text: string, span: Span): TextSpan {
  return { text: text.slice(span.start, span.end), start: span.start, end: span.end };
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** White space as the segmenter sees it, NBSP and other Unicode spaces included. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Index of the last span (sorted by start) that starts at or before `offset`, or -1. */
export function lastStartingBy(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Spans (they may nest or overlap) sorted by start, for look-ups by offset whose cost does not grow
 * with the story: a span that covers a point starts at most the longest span's length before it.
 * Spans with equal starts keep the order they were given in.
 */
export class SpanIndex<T extends Span> {
  readonly spans: readonly T[];
  private readonly longest: number;

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.spans.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  }

  /** Spans that hold all of [start, end), the latest start first. */
  containing(start: number, end = start + 1): T[] {
    const out: T[] = [];
    for (let k = lastStartingBy(this.spans, start); k >= 0 && this.spans[k]!.start >= end - this.longest; k--) {
      if (this.spans[k]!.end >= end) out.push(this.spans[k]!);
    }
    return out;
  }

  /** Spans that share a character with [start, end), the latest start first. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = lastStartingBy(this.spans, end - 1); k >= 0 && this.spans[k]!.start > start - this.longest; k--) {
      if (this.spans[k]!.end > start) out.push(this.spans[k]!);
    }
    return out;
  }

  /** Spans that start inside [start, end), in text order. */
  startingIn(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = lastStartingBy(this.spans, start - 1) + 1; k < this.spans.length && this.spans[k]!.start < end; k++) out.push(this.spans[k]!);
    return out;
  }
}
