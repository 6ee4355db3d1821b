/** Lines of the text with their offsets; \n, \r\n and \r all end a line. */
import type { Span } from '../model/document.js';
import { isSpace } from '../model/spans.js';

export interface Line extends Span {
  /** Offset of the first non-space character, or `end` for a blank line. */
  contentStart: number;
  blank: boolean;
  /** Width of the leading white space (a tab counts as 4). */
  indent: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 0x0a || c === 0x0d || c === -1) {
      lines.push(makeLine(text, start, i));
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  return lines;
}

function makeLine(text: string, start: number, end: number): Line {
  let p = start;
  let indent = 0;
  while (p < end && isSpace(text.charCodeAt(p))) {
    indent += text.charCodeAt(p) === 0x09 ? 4 : 1;
    p++;
  }
  return { start, end, contentStart: p, blank: p === end, indent };
}
