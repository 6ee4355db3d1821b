/**
 * A batch worker thread: loads the library, compromise and the lexicons once, then extracts and
 * formats one story per message. It never throws: every failure becomes an error outcome.
 *
 * Test hook: when EXTRACT_TEST_HANG_ON is set, a story whose text contains that string spins
 * here until the runner stops the worker. It lets the tests prove `--timeout` on a story that
 * never returns; nothing sets it outside the tests.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { decode, errorInfo, extract, extractBytes, formatResult, loadUserLexicon, type ExtractOptions, type ExtractResult } from '../index.js';
import { readRegularFileSync } from './limits.js';
import { MIB, type StoryTask, type TaskMessage, type TaskOutcome, type WorkerMessage, type WorkerSetup } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker.js runs only as a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);
const hangOn = process.env.EXTRACT_TEST_HANG_ON || null;

function setUp(setup: WorkerSetup): void {
  for (const lexicon of setup.lexicons) loadUserLexicon(lexicon.source, lexicon.file);
  // Load compromise and the lexicons now, so that the first story's time limit is its own.
  extract('Warm-up: the minister said on Monday that Serbia would buy 14 MiG-29 jets from Russia.');
  heapCeiling = getHeapStatistics().used_heap_size + HEAP_HEADROOM;
}

/**
 * Memory stays flat over a batch: V8 lets the old generation fill with the few objects of each story
 * that outlive a young-generation collection until the heap is several times its live size (a worker
 * grew from 80 to 200 MB over 9,000 Reuters stories before its first full collection). Once the heap
 * holds HEAP_HEADROOM more than after loading, a full collection between two stories empties it: one
 * every few thousand stories, a few tens of milliseconds each.
 */
const HEAP_HEADROOM = 32 * 1024 * 1024;
let heapCeiling = Infinity;
let fullCollection: (() => void) | null = null;

function collectIfFull(): void {
  if (getHeapStatistics().used_heap_size < heapCeiling) return;
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
}

function run(seq: number, task: StoryTask): TaskOutcome {
  try {
    if (task.file) task = { ...task, bytes: readRegularFileSync(task.file.path, task.file.maxBytes) };
    const size = task.bytes?.byteLength ?? task.text?.length ?? 0;
    if (size > MIB) post({ type: 'size', seq, bytes: size });
    if (hangOn && storyText(task).includes(hangOn)) spin();
    const options: ExtractOptions = { path: task.path, referenceDate: task.referenceDate, explain: task.explain, ...(task.only ? { only: task.only } : {}) };
    const result = task.bytes ? extractBytes(task.bytes, options) : extract(task.text ?? '', options);
    const record = task.id === undefined ? result : ({ id: task.id, ...result } as ExtractResult);
    // The HTML report shows the story itself, which the result does not carry.
    const text = task.format === 'html' ? storyText(task) : undefined;
    return { ok: true, output: formatResult(record, task.format, { ...task.view, text }) };
  } catch (error) {
    return { ok: false, error: errorInfo(error) };
  }
}

function storyText(task: StoryTask): string {
  return task.bytes ? decode(task.bytes).text : (task.text ?? '');
}

function spin(): never {
  for (;;) {
    // Busy on purpose: only terminating the thread ends this.
  }
}

try {
  setUp(workerData as WorkerSetup);
  post({ type: 'ready' });
  port.on('message', ({ seq, task }: TaskMessage) => {
    post({ type: 'done', seq, outcome: run(seq, task) });
    collectIfFull();
  });
} catch (error) {
  post({ type: 'setup-failed', error: errorInfo(error) });
}
