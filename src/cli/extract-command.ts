/**
 * `extract [paths...]`: checks the options, lists the inputs and hands them to the batch loop
 * (./run.ts). Loaded only when there is work to do, so that `--help` and `--version` stay fast.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readJsonLines } from '../batch/jsonl-input.js';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../batch/limits.js';
import { ProgressLine } from '../batch/progress.js';
import type { OutputFormat } from '../6-emit/formats.js';
import { ExtractError, toErrorInfo } from '../model/errors.js';
import { parseReferenceDate, parseSections } from '../options.js';
import { extensionFilter, globFilter } from './glob.js';
import { listInputs, type InputOptions } from './inputs.js';
import type { CliOptions } from './main.js';
import * as say from './messages.js';
import { exitCodeFor, run, type WorkItem } from './run.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;

export async function runExtract(paths: string[], options: CliOptions): Promise<number> {
  const referenceDate = parseReferenceDate(options.referenceDate ?? null);
  const only = options.only !== undefined ? parseSections(options.only) : undefined;
  const jobs = positiveInteger(options.jobs, '--jobs');
  const timeoutMs = seconds(options.timeout) * 1000;
  const maxBytes = options.maxBytes !== undefined ? parseByteSize(options.maxBytes) : DEFAULT_MAX_BYTES;
  const jsonl = options.input === 'jsonl';
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new ExtractError('usage', 'no input: give story files or folders, or pipe a story in (see --help)');
    paths = ['-'];
  }
  if (paths.filter((p) => p === '-').length > 1) throw new ExtractError('usage', 'standard input (-) can be read only once');
  if (options.resume && !options.outDir) throw new ExtractError('usage', '--resume needs --out-dir (it skips inputs whose output file is there and newer)');
  if (jsonl && options.outDir) throw new ExtractError('usage', '--input jsonl writes one record per line on stdout; it does not take --out-dir');
  const batch = jsonl || paths.length > 1 || (await anyDirectory(paths));
  // One file per story reads best as YAML; a stream of several stories as JSON Lines.
  // On a terminal, one story reads best as the pretty view.
  const format: OutputFormat = options.format ?? (batch && !options.outDir ? 'jsonl' : !batch && !options.outDir && process.stdout.isTTY ? 'pretty' : 'yaml');
  if (format === 'html' && batch && !options.outDir) throw new ExtractError('usage', '--format html makes one page per story: give --out-dir for several stories');
  const filter = options.glob ? globFilter(options.glob) : extensionFilter(options.ext);
  const filterDescription = options.glob ?? options.ext.split(',').map((e) => `*.${e.trim().replace(/^\*?\./, '')}`).join(', ');
  const inputOptions: InputOptions = { filter, filterDescription };
  // Checked here, so that a bad file stops the command before any output (the workers load them).
  // (The YAML reader is loaded only when there is a lexicon to read: it would delay the first worker.)
  const { parseUserLexicon } = options.lexicon.length ? await import('../lexicon/user-lexicon.js') : { parseUserLexicon: () => undefined };
  const lexicons = options.lexicon.map((file) => {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ExtractError('bad-lexicon', `${file}: ${toErrorInfo(error).message}`);
    }
    parseUserLexicon(source, file);
    return { file, source };
  });

  const progress = batch && !options.quiet && process.stderr.isTTY ? new ProgressLine(process.stderr) : null;
  if (progress) {
    say.setStatusLine(progress);
    if (!jsonl) void countStories(paths, inputOptions).then((total) => progress.setTotal(total));
  }
  const started = Date.now();
  const summary = await run(jsonl ? jsonlInputs(paths, maxBytes) : listInputs(paths, inputOptions), {
    format,
    batch,
    outDir: options.outDir ?? null,
    failFast: Boolean(options.failFast),
    quiet: Boolean(options.quiet),
    extract: { referenceDate, ...(only ? { only } : {}), explain: Boolean(options.explain) },
    view: { color: say.colorEnabled(process.stdout), width: process.stdout.isTTY ? Math.min(process.stdout.columns || 100, 100) : undefined },
    jobs,
    ordered: !options.unordered,
    timeoutMs,
    maxBytes,
    resume: Boolean(options.resume),
    setup: { lexicons },
    progress,
  });
  say.setStatusLine(null);
  if (summary.interrupted) {
    say.error(null, `interrupted after ${summary.done} stories${options.outDir ? ` (their files are complete)` : ''}`);
    return exitCodeFor(summary.interrupted);
  }
  if (batch && !options.quiet) {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? (summary.done / elapsed).toFixed(1) : '-';
    const extra = [summary.skipped ? `${summary.skipped} skipped` : '', summary.upToDate ? `${summary.upToDate} up to date` : ''].filter(Boolean);
    say.info(`${summary.done + summary.failed} stories, ${summary.failed} failed${extra.map((e) => `, ${e}`).join('')}, ${elapsed.toFixed(1)} s, ${rate} stories/s`);
  }
  return summary.failed > 0 ? EXIT_FAILED : EXIT_OK;
}

/** JSON Lines records from standard input or the files named, each line labelled `file:line`. */
async function* jsonlInputs(paths: string[], maxBytes: number): AsyncGenerator<WorkItem> {
  const { createReadStream } = await import('node:fs');
  for (const path of paths) {
    const label = path === '-' ? '<stdin>' : path;
    const stream = path === '-' ? process.stdin : createReadStream(path);
    try {
      for await (const item of readJsonLines(stream, maxBytes)) {
        yield item.kind === 'story'
          ? { kind: 'record', label: `${label}:${item.line}`, id: item.id, text: item.text, date: item.date }
          : { kind: 'bad-record', label: `${label}:${item.line}`, id: item.id, code: item.code, message: item.message };
      }
    } catch (error) {
      yield { kind: 'error', path: label, ...toErrorInfo(error) };
    }
  }
}

/** How many stories the inputs hold, for the progress line's ETA (a second, cheap walk). */
async function countStories(paths: string[], options: InputOptions): Promise<number> {
  let total = 0;
  for await (const item of listInputs(paths, options)) if (item.kind === 'file' || item.kind === 'stdin') total++;
  return total;
}

async function anyDirectory(paths: string[]): Promise<boolean> {
  for (const path of paths) {
    if (path === '-') continue;
    try {
      if ((await stat(path)).isDirectory()) return true;
    } catch {
      // A missing path is reported when it is read.
    }
  }
  return false;
}

function positiveInteger(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ExtractError('usage', `${option} must be a whole number of 1 or more (got '${value}')`);
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new ExtractError('usage', `--timeout must be a number of seconds, 0 for no limit (got '${value}')`);
  return n;
}
