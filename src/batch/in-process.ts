/**
 * One story run on the main thread (`extract story.txt`): a worker thread would add its own
 * start-up and a warm-up story, a tenth of a second or more, to a command that takes half a second.
 * The story keeps its time limit (V8 stops it, as it stops a `vm` script at its `timeout`) and
 * Ctrl-C stops it at once. A story larger than IN_PROCESS_MAX_BYTES, which takes seconds anyway,
 * goes to a worker, where running out of memory costs only the worker and every signal is heard.
 */
import { setFlagsFromString } from 'node:v8';
import { Script, createContext } from 'node:vm';
import { toErrorInfo } from '../model/errors.js';
import { readRegularFileSync } from './limits.js';
import type { PoolOptions, WorkerPool } from './pool.js';
import { storyLimitMs, timeoutError, type StoryRunner, type StoryTask, type TaskOutcome } from './protocol.js';

type Library = typeof import('./task.js');

/** A quarter of a MiB: ten times a long news story, about 1.5 s of work. */
const IN_PROCESS_MAX_BYTES = 256 * 1024;

/** Runs the story through a script so that V8's time limit and Ctrl-C apply to it. */
const RUN_STORY = new Script('runStory()');

export class InProcessRunner implements StoryRunner {
  private library: Promise<Library> | null = null;
  private pool: WorkerPool | null = null;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  async run(task: StoryTask): Promise<TaskOutcome> {
    if (this.closed) return interrupted();
    if (task.file) {
      const { file, ...rest } = task;
      try {
        task = { ...rest, bytes: readRegularFileSync(file.path, file.maxBytes) };
      } catch (error) {
        return { ok: false, error: toErrorInfo(error) };
      }
    }
    const size = task.bytes?.byteLength ?? task.text?.length ?? 0;
    if (size > IN_PROCESS_MAX_BYTES) {
      this.pool ??= new (await import('./pool.js')).WorkerPool(this.options);
      return this.pool.run(task);
    }
    let library: Library;
    try {
      library = await this.load();
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
    if (this.closed) return interrupted();
    return this.runTimed(library, task, storyLimitMs(this.options.timeoutMs, size));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.close();
  }

  private load(): Promise<Library> {
    // V8 runs a regex first in its interpreter, then compiles it to machine code the second time:
    // the 129 date rules, run once per sentence, were compiled twice (~0.05 s of a single story).
    // A single story is better off with machine code at once. (Process-wide, so not for batches.)
    setFlagsFromString('--no-regexp-tier-up');
    this.library ??= import('./task.js').then((library) => {
      for (const lexicon of this.options.setup.lexicons) library.loadUserLexicon(lexicon.source, lexicon.file);
      return library;
    });
    return this.library;
  }

  private runTimed(library: Library, task: StoryTask, limitMs: number): TaskOutcome {
    const context = createContext({ runStory: () => library.runTask(task) });
    try {
      return RUN_STORY.runInContext(context, { breakOnSigint: true, ...(limitMs > 0 ? { timeout: limitMs } : {}) }) as TaskOutcome;
    } catch (error) {
      switch ((error as NodeJS.ErrnoException).code) {
        case 'ERR_SCRIPT_EXECUTION_TIMEOUT':
          return { ok: false, error: timeoutError(this.options.timeoutMs, limitMs) };
        case 'ERR_SCRIPT_EXECUTION_INTERRUPTED':
          // The script took the Ctrl-C: hand it to the batch loop's handler, which stops the run.
          process.emit('SIGINT', 'SIGINT');
          return interrupted();
        default:
          return { ok: false, error: toErrorInfo(error) };
      }
    }
  }
}

function interrupted(): TaskOutcome {
  return { ok: false, error: { code: 'interrupted', message: 'interrupted' } };
}
