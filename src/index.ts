/**
 * Library API. `extract(text, options)` runs the whole pipeline on one story and returns the
 * `extract/1` result; `extractBytes` decodes raw file bytes first. The CLI is a thin shell over these.
 */
import { decode } from './1-ingest/decode.js';
import { assemble } from './5-assemble/result.js';
import type { ExtractResult } from './model/contract.js';
import { emptyLayers } from './model/annotations.js';
import { createDocument } from './model/document.js';
import { resolveOptions, type ExtractOptions } from './options.js';
import { runPipeline } from './pipeline.js';

export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string') throw new TypeError('extract(text): text must be a string');
  const doc = createDocument(text, resolveOptions(options), emptyLayers());
  if (text.trim() === '') {
    doc.warnings.push({ code: 'empty-input', message: 'the input is empty or only white space' });
  } else {
    runPipeline(doc);
  }
  return assemble(doc);
}

export function extractBytes(bytes: Uint8Array, options: ExtractOptions = {}): ExtractResult {
  const decoded = decode(bytes);
  const result = extract(decoded.text, options);
  result.warnings.unshift(...decoded.warnings);
  return result;
}

export { decode } from './1-ingest/decode.js';
export { formatResult, type OutputFormat } from './6-emit/format.js';
export { ExtractError, toErrorInfo as errorInfo } from './model/errors.js';
export { loadUserLexicon } from './lexicon/user-lexicon.js';
export type { ExtractOptions } from './options.js';
export * from './model/contract.js';
