/**
 * Terminal layout for the views people read (the pretty view, the batch summary): display
 * widths, truncation, word wrapping and aligned tables. Colour is applied after measuring and
 * padding, so alignment never depends on escape codes.
 */

export type Style = (text: string) => string;

/** A piece of text with the colour it is shown in. */
export interface Segment {
  text: string;
  style?: Style | undefined;
}

const plain: Style = (text) => text;

// Zero-width code points (combining marks, joiners, variation selectors) and double-width ones
// (East Asian wide and full-width forms, most emoji), which a terminal shows in two columns.
const COMBINING_MARK = /^\p{M}$/u;

function isZeroWidth(code: number, ch: string): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f) || COMBINING_MARK.test(ch);
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isZeroWidth(code, ch)) return 0;
  return isWide(code) ? 2 : 1;
}

/** Columns the text takes on a terminal (without escape codes). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Cuts the text to at most `width` columns, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

/**
 * Story text made safe and compact for one terminal line: white space collapsed, and control
 * characters (an escape sequence in a story could repaint the reader's terminal) and bidi
 * overrides shown as visible symbols instead of being sent to the terminal.
 */
export function terminalText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .trim();
}

/**
 * Greedy word wrap of styled segments to `width` columns. The first line starts after
 * `firstIndent` columns already used (a caller's prefix); the following lines are indented by
 * `indent` spaces. Lines break only at spaces, wherever they fall across segments; a word wider
 * than a line is broken.
 */
export function wrap(segments: readonly Segment[], width: number, indent: number, firstIndent = 0): string[] {
  // A word is the run of text between spaces, possibly made of pieces in several styles.
  const words: Segment[][] = [];
  let current: Segment[] = [];
  for (const segment of segments) {
    segment.text.split(/( +)/).forEach((part) => {
      if (part === '') return;
      if (part.startsWith(' ')) {
        if (current.length) words.push(current);
        current = [];
      } else {
        current.push({ text: part, style: segment.style });
      }
    });
  }
  if (current.length) words.push(current);

  // A line is built as runs of one style each, so that escape codes come only where the style changes.
  const lines: string[] = [];
  let runs: Segment[] = [];
  let used = firstIndent;
  let lineStart = true;
  const room = () => width - used;
  const put = (text: string, style: Style | undefined) => {
    const last = runs[runs.length - 1];
    if (last && last.style === style) last.text += text;
    else runs.push({ text, style });
    used += displayWidth(text);
  };
  const newLine = () => {
    lines.push(runs.map((r) => (r.style ?? plain)(r.text)).join(''));
    runs = [{ text: ' '.repeat(indent) }];
    used = indent;
    lineStart = true;
  };
  for (const word of words) {
    const wordWidth = word.reduce((sum, piece) => sum + displayWidth(piece.text), 0);
    if (!lineStart && 1 + wordWidth > room()) newLine();
    else if (!lineStart) put(' ', runs[runs.length - 1]?.style === word[0]!.style ? word[0]!.style : undefined);
    for (const piece of word) {
      let text = piece.text;
      // Only a word wider than a whole line is broken, where the line ends.
      while (displayWidth(text) > room() && room() > 0 && wordWidth > width - indent) {
        const head = sliceColumns(text, room());
        if (head === '') break;
        put(head, piece.style);
        text = text.slice(head.length);
        newLine();
      }
      put(text, piece.style);
    }
    lineStart = false;
  }
  newLine();
  return lines;
}

function sliceColumns(text: string, columns: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > columns) break;
    out += ch;
    used += w;
  }
  return out;
}

export interface Column {
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right';
  /** This column gives up width first when the table is too wide; then the widest do. */
  shrink?: boolean;
  /** Never narrower than this when shrinking. */
  min?: number;
}

export interface TableOptions {
  width: number;
  indent?: number;
  gap?: number;
  header?: Segment[];
  headerStyle?: Style;
}

/**
 * Aligned columns within `width`: each column as wide as its widest cell; when the whole is too
 * wide, the columns marked `shrink` are cut first, then the widest, their cells truncated with "…".
 */
export function table(rows: readonly Segment[][], columns: readonly Column[], options: TableOptions): string[] {
  const indent = options.indent ?? 2;
  const gap = options.gap ?? 2;
  const all = options.header ? [options.header, ...rows] : [...rows];
  const widths = columns.map((_, i) => Math.max(0, ...all.map((row) => displayWidth(row[i]?.text ?? ''))));
  const total = () => indent + widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, columns.length - 1);
  // First the columns marked to shrink give up width, then, if that is not enough, any column.
  const shrink = (allowed: (column: Column) => boolean) => {
    while (total() > options.width) {
      let widest = -1;
      for (let i = 0; i < columns.length; i++) {
        if (!allowed(columns[i]!) || widths[i]! <= (columns[i]!.min ?? 4)) continue;
        if (widest === -1 || widths[i]! > widths[widest]!) widest = i;
      }
      if (widest === -1) return;
      widths[widest]!--;
    }
  };
  shrink((column) => Boolean(column.shrink));
  shrink(() => true);
  const render = (row: readonly Segment[], headerStyle?: Style): string => {
    const cells = columns.map((column, i) => {
      const cell = row[i] ?? { text: '' };
      const text = truncate(cell.text, widths[i]!);
      const pad = ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
      const styled = (headerStyle ?? cell.style ?? plain)(text);
      return column.align === 'right' ? pad + styled : i === columns.length - 1 ? styled : styled + pad;
    });
    return (' '.repeat(indent) + cells.join(' '.repeat(gap))).replace(/ +$/, '');
  };
  const lines = rows.map((row) => render(row));
  if (options.header) lines.unshift(render(options.header, options.headerStyle));
  return lines;
}
