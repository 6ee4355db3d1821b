/**
 * The batch loop: read each input, run the library, write the result in the chosen format,
 * report failures as one-line messages (and as error records in a stream), never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { toErrorInfo } from '../model/errors.js';
import type { ErrorRecord, ExtractResult } from '../model/contract.js';
import type { ExtractOptions } from '../options.js';
import type { OutputFormat } from '../6-emit/format.js';
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
  extract: ExtractOptions;
}

export interface RunSummary {
  done: number;
  failed: number;
  skipped: number;
}

type Library = typeof import('../index.js');

export async function run(inputs: AsyncIterable<InputItem>, options: RunOptions, library: Library): Promise<RunSummary> {
  const out = new StreamWriter(process.stdout);
  const summary: RunSummary = { done: 0, failed: 0, skipped: 0 };
  const framing = frame(options);
  let first = true;

  const emit = async (record: ExtractResult | ErrorRecord): Promise<void> => {
    const text = library.formatResult(record, options.format);
    await out.write((first ? framing.open : framing.separator) + text);
    first = false;
  };

  for await (const item of inputs) {
    if (item.kind === 'skipped') {
      summary.skipped++;
      if (!options.quiet) say.notice(item.path, `skipped: ${item.message}`);
      continue;
    }
    const path = item.kind === 'stdin' ? '<stdin>' : item.path;
    try {
      if (item.kind === 'error') throw Object.assign(new library.ExtractError(item.code, item.message));
      const bytes = item.kind === 'stdin' ? await readStdin() : await readFile(item.path);
      const result = library.extractBytes(bytes, { ...options.extract, path: item.kind === 'stdin' ? null : item.path });
      if (options.outDir) {
        const target = outputPath(options.outDir, item.kind === 'stdin' ? 'stdin' : item.relativePath, options.format === 'yaml' ? 'yaml' : 'json');
        await writeFileAtomic(target, library.formatResult(result, options.format === 'jsonl' ? 'json' : options.format));
      } else {
        await emit(result);
      }
      summary.done++;
    } catch (error) {
      summary.failed++;
      const info = toErrorInfo(error);
      say.error(path, info.message);
      if (options.batch && !options.outDir) await emit({ path, error: info });
      if (options.failFast) break;
    }
  }
  if (!first) await out.write(framing.close);
  return summary;
}

function frame(options: RunOptions): { open: string; separator: string; close: string } {
  if (!options.batch || options.outDir) return { open: '', separator: '', close: '' };
  if (options.format === 'json') return { open: '[\n', separator: ',\n', close: ']\n' };
  if (options.format === 'yaml') return { open: '---\n', separator: '---\n', close: '' };
  return { open: '', separator: '', close: '' };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
