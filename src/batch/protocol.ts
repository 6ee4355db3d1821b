/**
 * The messages between the batch runner (main thread) and its workers. Kept free of imports so
 * that the CLI can name these types without loading the library.
 */
import type { OutputFormat } from '../6-emit/formats.js';
import type { Section } from '../model/contract.js';

/** A worker reports the size of a story above this; the time limit is per MiB of story. */
export const MIB = 1024 * 1024;

/** What every worker loads once, before its first story. */
export interface WorkerSetup {
  /** User lexicons (`--lexicon`), already read by the main thread. */
  lexicons: { file: string; source: string }[];
}

/**
 * One story: a regular file the worker reads itself (so that reading runs in parallel too), raw
 * bytes (standard input, a FIFO) or text (a JSON Lines record).
 */
export interface StoryTask {
  file?: { path: string; maxBytes: number };
  bytes?: Uint8Array;
  text?: string;
  /** The JSON Lines `id`, written as the first key of the record. */
  id?: string | number;
  path: string | null;
  referenceDate: string | null;
  only?: Section[];
  explain: boolean;
  format: OutputFormat;
  /** For the pretty view: colours and the columns to fit. */
  view?: { color: boolean; width?: number | undefined };
}

/** The time limit of a story of this many bytes: `--timeout` per MiB, and never less than `--timeout`. */
export function storyLimitMs(timeoutMs: number, bytes: number): number {
  return Math.round(timeoutMs * Math.max(1, bytes / MIB));
}

/** The error of a story stopped at its time limit. */
export function timeoutError(timeoutMs: number, limitMs: number): ErrorInfo {
  const seconds = timeoutMs / 1000;
  const message =
    limitMs > timeoutMs
      ? `took longer than ${Math.round(limitMs / 1000)} s (--timeout: ${seconds} s per MiB of story); stopped`
      : `took longer than ${seconds} s (--timeout); stopped`;
  return { code: 'timeout', message };
}

export interface ErrorInfo {
  code: string;
  message: string;
}

export type TaskOutcome = { ok: true; output: string } | { ok: false; error: ErrorInfo };

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'setup-failed'; error: ErrorInfo }
  | { type: 'done'; seq: number; outcome: TaskOutcome }
  /** A story of more than a MiB, once read: its time limit grows with its size. */
  | { type: 'size'; seq: number; bytes: number };

/** Runs stories: a pool of worker threads (./pool.ts), or the main thread for one story (./in-process.ts). */
export interface StoryRunner {
  run(task: StoryTask): Promise<TaskOutcome>;
  /** Stops: stories still queued or running end as `interrupted`. */
  close(): Promise<void>;
}

export interface TaskMessage {
  seq: number;
  task: StoryTask;
}
