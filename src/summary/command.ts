/**
 * `extract summary PATHS`: reads a batch (stories, which are extracted on the way, or the JSON
 * and JSON Lines that `extract` wrote), adds each result to the tallies and prints the summary
 * once at the end. A story that fails is reported and listed; the rest go on.
 */
import { readFile } from 'node:fs/promises';
import { extensionFilter, globFilter } from '../cli/glob.js';
import { listInputs } from '../cli/inputs.js';
import * as say from '../cli/messages.js';
import { StreamWriter } from '../cli/output.js';
import type { ErrorRecord, ExtractResult } from '../model/contract.js';
import { ExtractError, toErrorInfo } from '../model/errors.js';
import { parseReferenceDate } from '../options.js';
import { BatchSummary } from './aggregate.js';
import { formatSummaryCsv } from './csv.js';
import type { SummaryCommandOptions } from './options.js';
import { formatSummaryPretty } from './pretty.js';

const PRETTY_TOP = 20;

export async function runSummary(paths: string[], options: SummaryCommandOptions): Promise<number> {
  const referenceDate = parseReferenceDate(options.referenceDate ?? null);
  const top = parseTop(options.top, options.format === 'pretty' ? PRETTY_TOP : Infinity);
  if (paths.filter((p) => p === '-').length > 1) throw new ExtractError('usage', 'standard input (-) can be read only once');
  const filter = options.glob ? globFilter(options.glob) : extensionFilter(options.ext);
  const filterDescription = options.glob ?? options.ext.split(',').map((e) => `*.${e.trim().replace(/^\*?\./, '')}`).join(', ');
  // The extractor is loaded only for stories: summarising extract output does not need it.
  let library: typeof import('../index.js') | undefined;

  const batch = new BatchSummary();
  const started = Date.now();
  for await (const item of listInputs(paths, { filter, filterDescription })) {
    if (item.kind === 'skipped') {
      if (!options.quiet) say.notice(item.path, `skipped: ${item.message}`);
      continue;
    }
    const path = item.kind === 'stdin' ? '<stdin>' : item.path;
    try {
      if (item.kind === 'error') throw new ExtractError(item.code, item.message);
      const bytes = item.kind === 'stdin' ? await readStdin() : await readFile(item.path);
      const records = isClaimsFile(path) || (item.kind === 'stdin' && looksLikeClaims(bytes)) ? parseClaims(bytes) : null;
      if (records) {
        for (const record of records) {
          if ('error' in record) batch.fail(record.path, record.error);
          else batch.add(record, record.document.path ?? path);
        }
      } else {
        library ??= await import('../index.js');
        batch.add(library.extractBytes(bytes, { referenceDate, path: item.kind === 'stdin' ? null : item.path }));
      }
    } catch (error) {
      const info = toErrorInfo(error);
      say.error(path, info.message);
      batch.fail(path, info);
    }
  }

  const summary = batch.summary(top);
  const out = new StreamWriter(process.stdout);
  if (options.format === 'json') await out.write(JSON.stringify(summary, null, 2) + '\n');
  else if (options.format === 'csv') await out.write(formatSummaryCsv(summary, options.table));
  else {
    const width = process.stdout.isTTY ? Math.min(process.stdout.columns || 100, 100) : 100;
    await out.write(formatSummaryPretty(summary, { color: say.colorEnabled(process.stdout), width }));
  }
  if (!options.quiet) {
    const seconds = (Date.now() - started) / 1000;
    say.info(`${summary.stories} stories summarised, ${summary.failed.length} failed, ${seconds.toFixed(1)} s`);
  }
  return summary.failed.length > 0 ? 1 : 0;
}

function parseTop(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new ExtractError('usage', `--top must be a whole number (got '${value}')`);
  return Number(value) === 0 ? Infinity : Number(value);
}

/** `extract` output, named by its extension: `.jsonl` (a stream) or `.json` (one result or an array). */
function isClaimsFile(path: string): boolean {
  return /\.jsonl?$/i.test(path);
}

/** Piped input that is `extract` output rather than a story. */
function looksLikeClaims(bytes: Buffer): boolean {
  return /^\s*[[{]\s*"(schema|path)"/.test(bytes.subarray(0, 64).toString('utf8'));
}

function parseClaims(bytes: Buffer): (ExtractResult | ErrorRecord)[] {
  const text = bytes.toString('utf8');
  let values: unknown[];
  try {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('[')) values = JSON.parse(text) as unknown[];
    else if (/^\{[^\n]*\}\s*(\n|$)/.test(trimmed)) values = text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);
    else values = [JSON.parse(text)];
  } catch (error) {
    throw new ExtractError('bad-claims', `not extract output: ${error instanceof Error ? error.message : String(error)}`);
  }
  return values.map((value, i) => {
    const record = value as Partial<ExtractResult & ErrorRecord> | null;
    if (record && (record.schema === 'extract/1' || (typeof record.path === 'string' && record.error))) return record as ExtractResult | ErrorRecord;
    throw new ExtractError('bad-claims', `record ${i + 1} is not an extract/1 result`);
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
