/**
 * The segment stage: layout, paragraphs, sentences and quotation spans, all as offsets
 * into the untouched text. Also settles the reference date when no option gave one.
 */
import type { AnalysisDocument } from '../model/document.js';
import { findLayout } from './layout.js';
import { splitLines } from './lines.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotations } from './quotations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from '../nlp/tokens.js';

export function segment(doc: AnalysisDocument): void {
  const { text } = doc;
  const blocks = findParagraphs(text, splitLines(text));
  const { layout, roles, paragraphs, datelineDate, datelinePartial } = findLayout(text, blocks);
  doc.layout = layout;
  doc.paragraphs = paragraphs.map((p, index) => ({ ...p, index, role: roles[index]! }));
  for (const paragraph of doc.paragraphs) {
    const spans = paragraph.role === 'body' ? splitSentences(text, paragraph) : [paragraph];
    // A wire dateline cut off the front of this paragraph is a sentence of its own ("TAIPEI (AP) -").
    const dateline = layout.dateline;
    if (dateline && paragraph.role === 'body' && dateline.end <= paragraph.start && dateline.start >= (doc.paragraphs[paragraph.index - 1]?.end ?? 0)) {
      spans.unshift(dateline);
    }
    for (const span of spans) {
      const role = span === dateline ? 'dateline' : paragraph.role;
      const index = doc.sentences.length;
      const tokens = tokenize(text, span, index);
      const tokenStart = doc.tokens.length;
      for (const token of tokens) doc.tokens.push(token);
      doc.sentences.push({ start: span.start, end: span.end, index, paragraph: paragraph.index, role, tokenStart, tokenEnd: doc.tokens.length });
    }
  }
  const { quotations, warnings } = findQuotations(text, doc.paragraphs);
  doc.quotations = quotations;
  doc.warnings.push(...warnings);

  if (doc.referenceDateSource === 'none') {
    if (datelineDate) {
      doc.referenceDate = datelineDate;
      doc.referenceDateSource = 'dateline';
    } else {
      doc.warnings.push({
        code: 'no-reference-date',
        message: datelinePartial
          ? 'the dateline gives no year and no --reference-date was given: relative dates keep unknown parts'
          : 'no --reference-date and no dated dateline: relative dates keep unknown parts',
        ...(layout.dateline ? { start: layout.dateline.start, end: layout.dateline.end } : {}),
      });
    }
  }
}
