/**
 * A pool of worker threads (src/batch/worker.ts), started as work arrives up to `size`. Each
 * story runs under a time limit: a worker that overruns it is terminated and replaced, its story
 * gets a `timeout` error, and the batch goes on. A worker that dies (out of memory, a crash)
 * costs only the story it was running.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { PACKAGE_DIR } from '../data.js';
import { storyLimitMs, timeoutError, type ErrorInfo, type StoryRunner, type StoryTask, type TaskMessage, type TaskOutcome, type WorkerMessage, type WorkerSetup } from './protocol.js';

export interface PoolOptions {
  size: number;
  /** Per-story limit in milliseconds; 0 for none. */
  timeoutMs: number;
  setup: WorkerSetup;
  /** The worker script (default: dist/worker.bundle.js, else dist/batch/worker.js). */
  script?: URL;
}

interface Job {
  seq: number;
  task: StoryTask;
  resolve: (outcome: TaskOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** When the job started (ms), and its time limit. */
  startedAt: number;
  limitMs: number;
}

/** The worker bundled into one file by `npm run build` (scripts/bundle-worker.mjs), else its modules. */
const BUNDLED_WORKER = PACKAGE_DIR + 'dist/worker.bundle.js';
const WORKER_SCRIPT = existsSync(BUNDLED_WORKER) ? BUNDLED_WORKER : PACKAGE_DIR + 'dist/batch/worker.js';
/**
 * A story's garbage is short-lived: a young generation of this size collects it as fast as V8's
 * default (64 MB on this kind of machine) with a third of the resident memory (bench/README.md).
 */
const YOUNG_GENERATION_MB = 16;
/** Stories done per running worker before another one is started. */
const STORIES_PER_NEW_WORKER = 16;

export class WorkerPool implements StoryRunner {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextSeq = 0;
  private completed = 0;
  private closed = false;
  /** Set when a worker could not load (nothing else will): every story then fails with it. */
  private setupError: ErrorInfo | null = null;

  constructor(private readonly options: PoolOptions) {
    // The first worker loads while the inputs are listed and read.
    this.spawn();
  }

  run(task: StoryTask): Promise<TaskOutcome> {
    if (this.closed) return Promise.resolve(interrupted());
    if (this.setupError) return Promise.resolve({ ok: false, error: this.setupError });
    return new Promise((resolve) => {
      this.queue.push({ seq: this.nextSeq++, task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; stories still queued or running end as `interrupted`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(interrupted());
    const stopping: Promise<number>[] = [];
    for (const slot of this.slots) {
      this.release(slot, interrupted());
      stopping.push(slot.worker.terminate());
    }
    this.slots.clear();
    await Promise.allSettled(stopping);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.job) this.start(slot, this.queue.shift()!);
    }
    if (this.queue.length === 0 || this.slots.size >= this.options.size) return;
    // Workers still loading will take the next jobs. A new worker costs about a second of loading:
    // start one only once the batch has shown it is long enough to repay it (a few stories do not).
    const loading = [...this.slots].filter((s) => !s.ready).length;
    if (this.queue.length > loading && (this.slots.size === 0 || this.completed >= this.slots.size * STORIES_PER_NEW_WORKER)) this.spawn();
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    const message: TaskMessage = { seq: job.seq, task: job.task };
    const bytes = job.task.bytes;
    // Hand the bytes over rather than copy them, when the buffer is the story's alone.
    const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
    slot.worker.postMessage(message, transfer);
    slot.startedAt = Date.now();
    slot.limitMs = this.options.timeoutMs;
    if (this.options.timeoutMs > 0) slot.timer = setTimeout(() => this.timeout(slot), slot.limitMs);
  }

  /** The limit holds per MiB of story: a story of more than a MiB gets its size's share of time. */
  private resize(slot: Slot, bytes: number): void {
    if (this.options.timeoutMs <= 0 || !slot.timer) return;
    slot.limitMs = storyLimitMs(this.options.timeoutMs, bytes);
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.timeout(slot), Math.max(0, slot.startedAt + slot.limitMs - Date.now()));
  }

  private timeout(slot: Slot): void {
    this.retire(slot, { ok: false, error: timeoutError(this.options.timeoutMs, slot.limitMs) });
  }

  private spawn(): void {
    const worker = new Worker(this.options.script ?? WORKER_SCRIPT, {
      workerData: this.options.setup,
      stdout: false,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, startedAt: 0, limitMs: 0 };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => this.receive(slot, message));
    worker.on('error', (error: Error & { code?: string }) => {
      const code = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'worker-failed';
      const message = code === 'out-of-memory' ? 'ran out of memory; stopped' : `the worker stopped: ${error.message.split('\n', 1)[0]}`;
      this.retire(slot, { ok: false, error: { code, message } });
    });
    worker.on('exit', () => {
      if (this.slots.has(slot)) this.retire(slot, { ok: false, error: { code: 'worker-failed', message: 'the worker exited unexpectedly' } });
    });
  }

  private receive(slot: Slot, message: WorkerMessage): void {
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        this.dispatch();
        return;
      case 'setup-failed':
        this.failSetup(slot, message.error);
        return;
      case 'size':
        if (slot.job?.seq === message.seq) this.resize(slot, message.bytes);
        return;
      case 'done':
        if (slot.job?.seq !== message.seq) return;
        this.completed++;
        this.release(slot, message.outcome);
        this.dispatch();
    }
  }

  /** Ends the slot's current job (if any) with this outcome. */
  private release(slot: Slot, outcome: TaskOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(outcome);
  }

  /** Terminates a worker that overran or broke, fails its job, and lets a new one take its place. */
  private retire(slot: Slot, outcome: TaskOutcome): void {
    if (!this.slots.delete(slot)) return;
    this.release(slot, outcome);
    void slot.worker.terminate();
    // It died while loading: no other worker would load either, so do not respawn forever.
    if (!slot.ready && !outcome.ok) this.failSetup(slot, outcome.error);
    else if (!this.closed) this.dispatch();
  }

  private failSetup(slot: Slot, error: ErrorInfo): void {
    this.setupError ??= error;
    this.slots.delete(slot);
    void slot.worker.terminate();
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, error: this.setupError });
  }
}

function interrupted(): TaskOutcome {
  return { ok: false, error: { code: 'interrupted', message: 'interrupted' } };
}
