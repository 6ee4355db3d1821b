/** Options of the library API, checked and resolved once per call. */
import { SECTIONS, type ReferenceDateSource, type Section } from './model/contract.js';
import type { DocumentOptions } from './model/document.js';
import { ExtractError } from './model/errors.js';
import { isValidDate } from './2-segment/dateline.js';

export interface ExtractOptions {
  /** Publication date that relative dates resolve against: `YYYY-MM-DD`, a Date, or `today`. */
  referenceDate?: string | Date | null;
  /** Where the text came from; reported in `document.path`. */
  path?: string | null;
  /** Sections to produce (default: all). */
  only?: readonly Section[];
  /** Add `explain`: which rule produced each value. */
  explain?: boolean;
}

export function resolveOptions(options: ExtractOptions = {}): DocumentOptions {
  const referenceDate = parseReferenceDate(options.referenceDate ?? null);
  const source: ReferenceDateSource = referenceDate ? 'option' : 'none';
  return {
    path: options.path ?? null,
    referenceDate,
    referenceDateSource: source,
    sections: new Set(options.only ?? SECTIONS),
    explain: options.explain ?? false,
  };
}

export function parseReferenceDate(value: string | Date | null): string | null {
  if (value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ExtractError('bad-reference-date', 'reference date is an invalid Date');
    return value.toISOString().slice(0, 10);
  }
  if (value === 'today') {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new ExtractError('bad-reference-date', `reference date must be YYYY-MM-DD or 'today' (got '${value}')`);
  }
  return value;
}

export function parseSections(list: string): Section[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (bad.length || names.length === 0) {
    throw new ExtractError('bad-sections', `unknown section '${bad[0] ?? list}' (choose from ${SECTIONS.join(', ')})`);
  }
  return names as Section[];
}
