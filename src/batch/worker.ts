/**
 * A batch worker thread: loads the library, compromise and the lexicons once, then extracts and
 * formats one story per message (./task.ts). It never throws: every failure becomes an error outcome.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { errorInfo } from '../index.js';
import { MIB, type TaskMessage, type WorkerMessage, type WorkerSetup } from './protocol.js';
import { loadUserLexicon, runTask, warmUp } from './task.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker.js runs only as a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);

function setUp(setup: WorkerSetup): void {
  for (const lexicon of setup.lexicons) loadUserLexicon(lexicon.source, lexicon.file);
  // Load compromise and the lexicons now, so that the first story's time limit is its own.
  warmUp();
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

try {
  setUp(workerData as WorkerSetup);
  post({ type: 'ready' });
  port.on('message', ({ seq, task }: TaskMessage) => {
    const outcome = runTask(task, (bytes) => {
      if (bytes > MIB) post({ type: 'size', seq, bytes });
    });
    post({ type: 'done', seq, outcome });
    collectIfFull();
  });
} catch (error) {
  post({ type: 'setup-failed', error: errorInfo(error) });
}
