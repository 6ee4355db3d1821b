/**
 * One story task, read, extracted and formatted: what a worker thread does per message, and what
 * the main thread does for a single small story (./in-process.ts). It never throws: every failure
 * becomes an error outcome.
 *
 * Test hook: when EXTRACT_TEST_HANG_ON is set, a story whose text contains that string spins
 * here until the runner stops it. It lets the tests prove `--timeout` on a story that never
 * returns; nothing sets it outside the tests.
 */
import { decode, errorInfo, extract, extractBytes, formatResult, type ExtractOptions, type ExtractResult } from '../index.js';
import { readRegularFileSync } from './limits.js';
import type { StoryTask, TaskOutcome } from './protocol.js';

export { loadUserLexicon } from '../index.js';

const hangOn = process.env.EXTRACT_TEST_HANG_ON || null;

/** `onSize` hears the story's size once it is read, before it is extracted. */
export function runTask(task: StoryTask, onSize: (bytes: number) => void = () => {}): TaskOutcome {
  try {
    if (task.file) task = { ...task, bytes: readRegularFileSync(task.file.path, task.file.maxBytes) };
    onSize(task.bytes?.byteLength ?? task.text?.length ?? 0);
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

/** Loads compromise and the lexicons, so that the next story's time is its own. */
export function warmUp(): void {
  extract('Warm-up: the minister said on Monday that Serbia would buy 14 MiG-29 jets from Russia.');
}

function storyText(task: StoryTask): string {
  return task.bytes ? decode(task.bytes).text : (task.text ?? '');
}

function spin(): never {
  for (;;) {
    // Busy on purpose: only stopping the thread ends this.
  }
}
