/**
 * The batch loop: inputs are read here (within --max-bytes), extracted and formatted by a pool of
 * worker threads (within --timeout; a single story on the main thread, see ../batch/in-process.ts), and written in input order (or as they finish) to stdout or
 * to one file each under --out-dir. At most a small window of stories is in flight, so memory
 * stays flat over any number of inputs, and a full pipe holds the whole batch back. Failures
 * are one-line messages (and error records in a stream), never a stack trace.
 */
import { stat } from 'node:fs/promises';
import { boundedMap } from '../batch/bounded-map.js';
import { readStoryFile, readStream } from '../batch/limits.js';
import { WorkerPool } from '../batch/pool.js';
import type { ProgressLine } from '../batch/progress.js';
import type { ErrorInfo, StoryRunner, StoryTask, WorkerSetup } from '../batch/protocol.js';
import { fileExtension, type OutputFormat } from '../6-emit/formats.js';
import type { ErrorRecord, Section } from '../model/contract.js';
import { toErrorInfo } from '../model/errors.js';
import { parseReferenceDate } from '../options.js';
import type { InputItem } from './inputs.js';
import * as say from './messages.js';
import { StreamWriter, outputPath, writeFileAtomic } from './output.js';

export interface RunOptions {
  format: OutputFormat;
  /** Several documents: frame JSON as an array and YAML as a multi-document stream. */
  batch: boolean;
  outDir: string | null;
  failFast: boolean;
  quiet: boolean;
  extract: { referenceDate: string | null; only?: Section[]; explain: boolean };
  /** For the pretty view: colours, and the columns to fit. */
  view?: { color: boolean; width?: number | undefined };
  /** Worker threads. */
  jobs: number;
  /** Results in input order (the default) or as they finish. */
  ordered: boolean;
  /** Per-story limit in milliseconds; 0 for none. */
  timeoutMs: number;
  maxBytes: number;
  /** Skip inputs whose --out-dir file exists and is newer. */
  resume: boolean;
  setup: WorkerSetup;
  progress: ProgressLine | null;
}

export interface RunSummary {
  done: number;
  failed: number;
  skipped: number;
  /** Inputs skipped by --resume. */
  upToDate: number;
  /** The signal that stopped the batch, if one did. */
  interrupted: NodeJS.Signals | null;
}

/** A JSON Lines record (`--input jsonl`), or a line that could not be read as one. */
export type RecordItem =
  | { kind: 'record'; label: string; id: string | number; text: string; date: string | null | undefined }
  | { kind: 'bad-record'; label: string; id: string | number | null; code: string; message: string };

export type WorkItem = InputItem | RecordItem;

type Outcome =
  | { kind: 'output'; text: string }
  | { kind: 'written' }
  | { kind: 'up-to-date' }
  | { kind: 'skipped'; path: string; message: string }
  | { kind: 'failed'; path: string; id?: string | number | null; error: ErrorInfo }
  | { kind: 'interrupted' };

/** Stories in flight per worker: enough to keep every worker busy while results wait their turn. */
const WINDOW_PER_JOB = 4;

export async function run(items: AsyncIterable<WorkItem>, options: RunOptions): Promise<RunSummary> {
  const poolOptions = { size: options.jobs, timeoutMs: options.timeoutMs, setup: options.setup };
  // One story runs on the main thread: a worker would cost more to start than the story takes.
  const pool: StoryRunner = options.batch ? new WorkerPool(poolOptions) : new (await import('../batch/in-process.js')).InProcessRunner(poolOptions);
  const out = new StreamWriter(process.stdout);
  const summary: RunSummary = { done: 0, failed: 0, skipped: 0, upToDate: 0, interrupted: null };
  const framing = frame(options);
  let first = true;
  const writes = new Set<Promise<void>>();

  const emit = async (text: string): Promise<void> => {
    await out.write((first ? framing.open : framing.separator) + text);
    first = false;
  };

  // Ctrl-C (or SIGTERM): stop the workers, let files being written finish, write nothing more.
  let abort!: () => void;
  const aborted = new Promise<void>((resolve) => (abort = resolve));
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second Ctrl-C does not wait.
    if (summary.interrupted) process.exit(exitCodeFor(signal));
    summary.interrupted = signal;
    abort();
    options.progress?.stop();
    // A read of standard input that may never end would keep the process alive.
    process.stdin.destroy();
    void pool.close();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const work = async (item: WorkItem): Promise<Outcome> => {
    switch (item.kind) {
      case 'skipped':
        return { kind: 'skipped', path: item.path, message: item.message };
      case 'error':
        return { kind: 'failed', path: item.path, error: { code: item.code, message: item.message } };
      case 'bad-record':
        return { kind: 'failed', path: item.label, id: item.id, error: { code: item.code, message: item.message } };
      case 'record': {
        let referenceDate = options.extract.referenceDate;
        try {
          if (typeof item.date === 'string') referenceDate = parseReferenceDate(item.date);
        } catch (error) {
          return { kind: 'failed', path: item.label, id: item.id, error: toErrorInfo(error) };
        }
        return extractOne({ ...taskBase(), text: item.text, id: item.id, referenceDate }, item.label, null, item.id);
      }
      case 'file':
      case 'stdin': {
        const path = item.kind === 'stdin' ? null : item.path;
        const target = options.outDir ? outputPath(options.outDir, item.kind === 'stdin' ? 'stdin' : item.relativePath, fileExtension(options.format)) : null;
        if (options.resume && path && target && (await isNewer(target, path))) return { kind: 'up-to-date' };
        if (item.kind === 'file' && item.regular) return extractOne({ ...taskBase(), file: { path: item.path, maxBytes: options.maxBytes }, path }, item.path, target, undefined);
        let bytes: Buffer;
        try {
          bytes = path ? await readStoryFile(path, options.maxBytes) : await readStream(process.stdin, options.maxBytes);
        } catch (error) {
          return { kind: 'failed', path: path ?? '<stdin>', error: toErrorInfo(error) };
        }
        return extractOne({ ...taskBase(), bytes, path }, path ?? '<stdin>', target, undefined);
      }
    }
  };

  const taskBase = (): StoryTask => ({
    path: null,
    referenceDate: options.extract.referenceDate,
    ...(options.extract.only ? { only: options.extract.only } : {}),
    explain: options.extract.explain,
    // A file per story holds one JSON document, not a line.
    format: options.outDir && options.format === 'jsonl' ? 'json' : options.format,
    ...(options.view ? { view: options.view } : {}),
  });

  const extractOne = async (task: StoryTask, label: string, target: string | null, id: string | number | undefined): Promise<Outcome> => {
    const outcome = await pool.run(task);
    if (!outcome.ok) {
      if (outcome.error.code === 'interrupted') return { kind: 'interrupted' };
      return { kind: 'failed', path: label, ...(id !== undefined ? { id } : {}), error: outcome.error };
    }
    if (!target) return { kind: 'output', text: outcome.output };
    const write = writeFileAtomic(target, outcome.output);
    writes.add(write);
    try {
      await write;
      // Counted here rather than when its turn comes: an interrupted batch reports every file it left.
      summary.done++;
      return { kind: 'written' };
    } catch (error) {
      return { kind: 'failed', path: label, error: toErrorInfo(error) };
    } finally {
      writes.delete(write);
    }
  };

  try {
    const outcomes = boundedMap(untilAborted(items, aborted), work, { window: Math.max(8, options.jobs * WINDOW_PER_JOB), ordered: options.ordered });
    for await (const outcome of outcomes) {
      if (outcome.kind === 'interrupted' || summary.interrupted) break;
      switch (outcome.kind) {
        case 'output':
          summary.done++;
          await emit(outcome.text);
          break;
        case 'written':
          break;
        case 'up-to-date':
          summary.upToDate++;
          break;
        case 'skipped':
          summary.skipped++;
          if (!options.quiet) say.notice(outcome.path, `skipped: ${outcome.message}`);
          break;
        case 'failed':
          summary.failed++;
          say.error(outcome.id !== undefined && outcome.id !== null ? `${outcome.path} (id ${JSON.stringify(outcome.id)})` : outcome.path, outcome.error.message);
          if (options.batch && !options.outDir) await emit(await errorRecord(outcome, options));
          break;
      }
      options.progress?.update(summary.done + summary.failed, summary.failed);
      if (outcome.kind === 'failed' && options.failFast) break;
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    options.progress?.stop();
    await pool.close();
    await Promise.allSettled(writes);
  }
  if (!first) await out.write(framing.close);
  return summary;
}

/** An error record in the output format; JSON Lines input records keep their id. */
async function errorRecord(outcome: Extract<Outcome, { kind: 'failed' }>, options: RunOptions): Promise<string> {
  const record = (outcome.id !== undefined ? { id: outcome.id, path: outcome.path, error: outcome.error } : { path: outcome.path, error: outcome.error }) as ErrorRecord;
  if (options.format === 'jsonl') return JSON.stringify(record) + '\n';
  const { formatResult } = await import('../6-emit/format.js');
  return formatResult(record, options.format, { ...options.view });
}

async function isNewer(target: string, input: string): Promise<boolean> {
  try {
    const [output, source] = await Promise.all([stat(target), stat(input)]);
    return output.mtimeMs >= source.mtimeMs;
  } catch {
    return false;
  }
}

/** The source, ended early once `aborted` settles, even in the middle of a read. */
function untilAborted<T>(source: AsyncIterable<T>, aborted: Promise<void>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = source[Symbol.asyncIterator]();
      const end = aborted.then((): IteratorResult<T> => ({ done: true, value: undefined }));
      return {
        next: () => Promise.race([iterator.next(), end]),
        return: async (value?: unknown) => (await iterator.return?.(value)) ?? { done: true, value: undefined },
      };
    },
  };
}

export function exitCodeFor(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

function frame(options: RunOptions): { open: string; separator: string; close: string } {
  if (!options.batch || options.outDir) return { open: '', separator: '', close: '' };
  if (options.format === 'json') return { open: '[\n', separator: ',\n', close: ']\n' };
  if (options.format === 'yaml') return { open: '---\n', separator: '---\n', close: '' };
  if (options.format === 'pretty') return { open: '', separator: '\n', close: '' };
  return { open: '', separator: '', close: '' };
}
