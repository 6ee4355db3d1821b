/**
 * Markup from offsets: wraps spans of a text in tags that nest correctly whatever the spans do.
 * Spans inside spans (actor mentions inside a quote) nest; spans that cross (a quote ending inside
 * a transfer's evidence) are split: the inner one is closed where the outer one ends and opened
 * again right after, so the HTML stays well-formed and every character keeps all its highlights.
 * The text between tags is escaped here; nothing in it is ever interpreted as markup.
 */

export interface Highlight {
  start: number;
  end: number;
  /** Among spans with the same start and end, the lower rank is the outer one. */
  rank: number;
  /** The opening tag, written as is (the caller escapes its attributes). */
  open: string;
  close: string;
}

export function nestHighlights(text: string, highlights: readonly Highlight[], escape: (text: string) => string): string {
  // Outer before inner: earlier start first; at the same start the longer span; then by rank.
  const spans = highlights
    .map((h, order) => ({ ...h, order }))
    .filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order);
  const boundaries = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);

  const open: typeof spans = [];
  let out = '';
  let position = 0;
  let next = 0;
  for (const boundary of boundaries) {
    out += escape(text.slice(position, boundary));
    position = boundary;
    // Close every span that ends here, with all the spans opened inside it; those that go on
    // past this point are opened again.
    const lowest = open.findIndex((s) => s.end <= boundary);
    if (lowest !== -1) {
      const goOn: typeof spans = [];
      for (let i = open.length - 1; i >= lowest; i--) {
        const span = open[i]!;
        out += span.close;
        if (span.end > boundary) goOn.unshift(span);
      }
      open.length = lowest;
      for (const span of goOn) {
        out += span.open;
        open.push(span);
      }
    }
    while (next < spans.length && spans[next]!.start === boundary) {
      const span = spans[next++]!;
      out += span.open;
      open.push(span);
    }
  }
  return out + escape(text.slice(position));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
